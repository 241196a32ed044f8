// bench_layout — what a diagram render costs, over the 44 bundled diagrams:
//   * through LayoutEngine (worker process, pipe, sanitize, style, geometry), cache off;
//   * one `dot -Tsvg` process per diagram (what spawning Graphviz would cost);
//   * the same pipeline in-process (GraphvizRenderer without the worker): what the process
//     boundary costs; once more with the text-metrics cache emptied before every render, the
//     cost of a diagram whose labels the worker has never measured;
//   * a bare in-process libgvc loop on the unstyled files (BareRender: parse, layout, SVG);
// and the app's peak memory after showing every card's diagram in the study window.
//
//   bench_layout [ROUNDS]     (default 5)
#include "applicationidentity.h"
#include "barerender.h"
#include "benchdiagrams.h"
#include "clock.h"
#include "deck.h"
#include "diagrampane.h"
#include "graphvizrenderer.h"
#include "layoutengine.h"
#include "mainwindow.h"
#include "studypage.h"
#include "textmetricscache.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

QTextStream out(stdout);

using Diagram = BenchDiagram;

double engineMsPerRender(const QList<Diagram> &diagrams, int rounds)
{
    ArchDeck::LayoutEngine::Options options;
    options.workerPath = QStringLiteral(LAYOUT_WORKER_EXE);
    options.cacheEntries = 0; // measure layouts, not cache hits
    ArchDeck::LayoutEngine engine(options);
    for (const Diagram &d : diagrams) // start the worker, warm fontconfig
        engine.renderNow({d.dot, d.name, ArchDeck::DiagramTheme::Light});
    QElapsedTimer timer;
    timer.start();
    int failures = 0;
    for (int r = 0; r < rounds; ++r)
        for (const Diagram &d : diagrams)
            failures
                += engine.renderNow({d.dot, d.name, ArchDeck::DiagramTheme::Light}).isOk() ? 0 : 1;
    if (failures)
        out << "  (" << failures << " engine renders failed)\n";
    return double(timer.nsecsElapsed()) / 1e6 / double(rounds * diagrams.size());
}

double dotMsPerRender(const QList<Diagram> &diagrams, int rounds, const QString &scratch)
{
    const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
    if (dot.isEmpty())
        return -1;
    QStringList files;
    for (const Diagram &d : diagrams) {
        const QString path = QDir(scratch).filePath(QFileInfo(d.name).fileName());
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(d.dot);
        files.append(path);
    }
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < rounds; ++r) {
        for (const QString &file : std::as_const(files)) {
            QProcess process;
            process.start(dot, {QStringLiteral("-Tsvg"), file});
            process.waitForFinished(30000);
            process.readAllStandardOutput();
        }
    }
    return double(timer.nsecsElapsed()) / 1e6 / double(rounds * files.size());
}

enum class TextMetrics { Remembered, MeasuredEveryTime };

double inProcessMsPerRender(const QList<Diagram> &diagrams, int rounds, TextMetrics metrics)
{
    ArchDeck::GraphvizRenderer renderer;
    for (const Diagram &d : diagrams)
        renderer.render({d.dot, d.name, ArchDeck::DiagramTheme::Light}, {});
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < rounds; ++r)
        for (const Diagram &d : diagrams) {
            if (metrics == TextMetrics::MeasuredEveryTime)
                ArchDeck::TextMetricsCache::clear();
            renderer.render({d.dot, d.name, ArchDeck::DiagramTheme::Light}, {});
        }
    return double(timer.nsecsElapsed()) / 1e6 / double(rounds * diagrams.size());
}

double bareMsPerRender(const QList<Diagram> &diagrams, int rounds)
{
    ArchDeck::BareRender bare;
    for (const Diagram &d : diagrams)
        bare.svg(d.dot);
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < rounds; ++r)
        for (const Diagram &d : diagrams)
            bare.svg(d.dot);
    return double(timer.nsecsElapsed()) / 1e6 / double(rounds * diagrams.size());
}

/// Peak resident memory (VmHWM) of a process, in MiB; 0 when unknown.
double peakMiB(const QString &pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

QStringList childPids()
{
    QStringList pids;
    const QStringList tasks
        = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile children(QStringLiteral("/proc/self/task/%1/children").arg(task));
        if (children.open(QIODevice::ReadOnly))
            pids += QString::fromLatin1(children.readAll())
                        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return pids;
}

/// Shows every card with its diagram in the real window, then reports peak memory.
void windowTour(const ArchDeck::Deck &deck)
{
    QSettings().setValue(QStringLiteral("study/diagramBeforeAnswer"), true);
    qputenv("ARCHDECK_LAYOUT_WORKER", LAYOUT_WORKER_EXE);
    ArchDeck::SystemClock clock;
    ArchDeck::MainWindow window(&deck, &clock);
    window.show();
    auto *pane = window.findChild<ArchDeck::DiagramPane *>(QStringLiteral("diagramPane"));
    QElapsedTimer timer;
    timer.start();
    int shown = 0;
    for (const ArchDeck::Card &card : deck.cards()) {
        if (!card.isQuestion())
            continue;
        QSignalSpy spy(pane, &ArchDeck::DiagramPane::diagramShown);
        window.studyPage()->selectCard(card.id);
        if (spy.isEmpty() && !spy.wait(10000))
            continue;
        shown += spy.first().first().toBool() ? 1 : 0;
        QApplication::processEvents(); // paint it
    }
    const double tourMs = double(timer.nsecsElapsed()) / 1e6;
    double workers = 0;
    for (const QString &pid : childPids())
        workers = std::max(workers, peakMiB(pid));
    out << QStringLiteral("window tour: %1 diagrams shown in %2 ms (%3 ms each, incl. painting)\n")
               .arg(shown)
               .arg(tourMs, 0, 'f', 0)
               .arg(tourMs / std::max(shown, 1), 0, 'f', 1);
    out << QStringLiteral("peak RSS, app process            %1 MiB\n")
               .arg(peakMiB(QStringLiteral("self")), 0, 'f', 1);
    out << QStringLiteral("peak RSS, layout worker          %1 MiB\n").arg(workers, 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir scratch;
    qputenv("XDG_CONFIG_HOME",
        scratch.filePath(QStringLiteral("config")).toUtf8()); // not the user's settings
    QApplication app(argc, argv);
    ArchDeck::setApplicationIdentity(QStringLiteral("0.0.0-bench"));
    const int rounds = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;

    const ArchDeck::Deck deck = ArchDeck::Deck::bundled();
    const QList<Diagram> diagrams = bundledDiagrams(deck);
    out << "diagrams: " << diagrams.size() << ", rounds: " << rounds << "\n";
    out.flush();
    const double engine = engineMsPerRender(diagrams, rounds);
    const double inProcess = inProcessMsPerRender(diagrams, rounds, TextMetrics::Remembered);
    const double inProcessCold
        = inProcessMsPerRender(diagrams, rounds, TextMetrics::MeasuredEveryTime);
    const double bare = bareMsPerRender(diagrams, rounds);
    const double dot = dotMsPerRender(diagrams, std::max(1, rounds / 2), scratch.path());
    // `dot` on an empty graph: starting the process, without the fonts a real diagram loads.
    // It varies between machines far more than layout does, and so does the ratio to `dot`.
    const QList<Diagram> empty(
        diagrams.size(), Diagram {QStringLiteral("empty.dot"), "digraph {}"});
    const double dotStart = dotMsPerRender(empty, std::max(1, rounds / 2), scratch.path());
    out << QStringLiteral("LayoutEngine (worker process)    %1 ms/render\n").arg(engine, 0, 'f', 2);
    out << QStringLiteral("same pipeline, in-process        %1 ms/render\n")
               .arg(inProcess, 0, 'f', 2);
    out << QStringLiteral("  the same, every label measured %1 ms/render\n")
               .arg(inProcessCold, 0, 'f', 2);
    out << QStringLiteral("bare libgvc loop, unstyled files %1 ms/render\n").arg(bare, 0, 'f', 2);
    if (dot > 0) {
        out << QStringLiteral("dot -Tsvg, one process each      %1 ms/render\n")
                   .arg(dot, 0, 'f', 2);
        out << QStringLiteral("dot -Tsvg, an empty graph        %1 ms/process\n")
                   .arg(dotStart, 0, 'f', 2);
    } else
        out << "dot -Tsvg: `dot` not found\n";
    out << QStringLiteral("engine vs dot: %1x faster (goal >= 12x)\n")
               .arg(dot > 0 ? dot / engine : 0, 0, 'f', 1);
    out << QStringLiteral(
        "engine vs same pipeline in-process: %1x; vs bare loop: %2x (goal <= 1.5x)\n")
               .arg(engine / inProcess, 0, 'f', 2)
               .arg(engine / bare, 0, 'f', 2);
    out.flush();
    windowTour(deck);
    return 0;
}
