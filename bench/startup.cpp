// bench_startup — how long from launching `archdeck` to its main window with the first card
// painted, against a bare Qt window; plus what content loading costs in-process and how it grows
// with the deck.
//
//   bench_startup [RUNS]      (default 15; uses $QT_QPA_PLATFORM or $DISPLAY as the session has
//   them)
#include "cardfile.h"
#include "deck.h"
#include "markdown.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

QTextStream out(stdout);

/// Milliseconds from start() to the child printing "first-paint"; -1 on failure.
double timeToFirstPaint(const QString &program, const QString &configHome)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ARCHDECK_STARTUP_PROBE"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome); // never touch the user's settings
    env.insert(
        QStringLiteral("ARCHDECK_DATA_DIR"), configHome + QLatin1String("/data")); // nor collection
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, {});
    while (process.waitForReadyRead(10000)) {
        if (process.readAllStandardOutput().contains("first-paint")) {
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            process.waitForFinished(10000);
            return ms;
        }
    }
    process.kill();
    process.waitForFinished();
    return -1;
}

struct Summary
{
    double median = 0, min = 0, max = 0;
};

Summary summarize(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    if (samples.isEmpty())
        return {};
    const qsizetype n = samples.size();
    const double median
        = n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2;
    return {median, samples.first(), samples.last()};
}

bool measureLaunch(
    const QString &label, const QString &program, int runs, const QString &configHome)
{
    timeToFirstPaint(program, configHome); // warm the page cache
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        const double ms = timeToFirstPaint(program, configHome);
        if (ms < 0) {
            out << label
                << ": did not report a first paint (is a display or QT_QPA_PLATFORM set?)\n";
            return false;
        }
        samples.append(ms);
    }
    const Summary s = summarize(samples);
    out << QStringLiteral("%1 median %2 ms  (min %3, max %4, %5 runs)\n")
               .arg(label, -34)
               .arg(s.median, 0, 'f', 1)
               .arg(s.min, 0, 'f', 1)
               .arg(s.max, 0, 'f', 1)
               .arg(runs);
    out.flush();
    return true;
}

/// Content cost in-process: loading the bundled deck, a deck 100× larger, and one card's Markdown.
void measureContent(const QString &scratch)
{
    QElapsedTimer timer;
    timer.start();
    const ArchDeck::Deck deck = ArchDeck::Deck::bundled();
    const double bundledMs = double(timer.nsecsElapsed()) / 1e6;

    QDir dir(scratch);
    dir.mkpath(QStringLiteral("big"));
    int written = 0;
    for (int copy = 0; copy < 100; ++copy) {
        for (ArchDeck::Card card : deck.cards()) {
            if (!card.isQuestion())
                continue;
            card.id = QStringLiteral("c%1-%2").arg(copy, 3, 10, QLatin1Char('0')).arg(card.id);
            QFile file(dir.filePath(QStringLiteral("big/%1.md").arg(card.id)));
            if (file.open(QIODevice::WriteOnly))
                written += file.write(ArchDeck::CardFile::serialize(card)) > 0;
        }
    }
    timer.restart();
    const ArchDeck::Deck big
        = ArchDeck::Deck::load(dir.filePath(QStringLiteral("big")), QStringLiteral("big/"));
    const double bigMs = double(timer.nsecsElapsed()) / 1e6;

    timer.restart();
    int bytes = 0;
    for (const ArchDeck::Card &card : deck.cards())
        bytes += int(ArchDeck::Markdown::toHtml(card.answer).size());
    const double renderMs = double(timer.nsecsElapsed()) / 1e6 / double(deck.cards().size());

    out << QStringLiteral("load bundled deck (%1 cards)            %2 ms\n")
               .arg(deck.cards().size())
               .arg(bundledMs, 0, 'f', 2);
    out << QStringLiteral("load a %1-card deck from disk        %2 ms\n")
               .arg(big.cards().size())
               .arg(bigMs, 0, 'f', 2);
    out << QStringLiteral("render one answer's Markdown (mean)      %1 ms\n")
               .arg(renderMs, 0, 'f', 3);
    Q_UNUSED(written);
    Q_UNUSED(bytes);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, QString::fromLocal8Bit(argv[1]).toInt()) : 15;
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        out << "cannot create a temporary folder\n";
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    out << "platform: "
        << (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
                   ? QStringLiteral("xcb (DISPLAY)")
                   : qEnvironmentVariable("QT_QPA_PLATFORM"))
        << "\n";
    const bool ok
        = measureLaunch(QStringLiteral("bare Qt window, launch → first paint"),
              QStringLiteral(BARE_WINDOW_EXE), runs, scratch.filePath(QStringLiteral("bare")))
        && measureLaunch(QStringLiteral("archdeck, launch → first card painted"),
            QStringLiteral(ARCHDECK_EXE), runs, scratch.filePath(QStringLiteral("archdeck")));
    measureContent(scratch.path());
    return ok ? 0 : 2;
}
