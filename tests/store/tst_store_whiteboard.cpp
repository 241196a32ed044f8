// Tests for the whiteboard's side of the CollectionStore: your versions of a card's diagram
// (numbering, the current one, autosave in place, reset to the reference, restoring an old one),
// attempts at drawing from memory and their best and last scores, a version-2 collection
// migrated, and an autosave committed before SIGKILL found after reopening
// (store/storedurabilitywriter.cpp --diagram).
#include "collectionstore.h"
#include "store/storetestsupport.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <limits>
#include <memory>

using namespace ArchDeck;
using namespace ArchDeck::StoreTest;
using namespace Qt::StringLiterals;

namespace {

const QString card = u"q04-outbox-pattern"_s;

/// "digraph { b }" for "b": each step of a script below writes a diagram named by one word.
QByteArray dotFor(const QString &word)
{
    return "digraph { " + word.toUtf8() + " }";
}

/// The word dotFor() wrapped, or the whole text when it is some other diagram.
QString wordOf(const QByteArray &dot)
{
    if (dot.startsWith("digraph { ") && dot.endsWith(" }"))
        return QString::fromUtf8(dot.mid(10, dot.size() - 12));
    return QString::fromUtf8(dot);
}

/// A card's versions, newest first, as "3:c* 2:b 1:a" (the star marks the current one).
QString describe(const QList<DiagramVersion> &versions)
{
    QStringList parts;
    for (const DiagramVersion &v : versions)
        parts.append(u"%1:%2%3"_s.arg(v.version).arg(wordOf(v.dot), v.isCurrent ? u"*"_s : u""_s));
    return parts.join(u' ');
}

WhiteboardAttempt attempt(
    const QString &cardId, const QDateTime &startedAt, double score, const QStringList &missed = {})
{
    WhiteboardAttempt a;
    a.cardId = cardId;
    a.startedAt = startedAt;
    a.finishedAt = startedAt.addSecs(150);
    a.drawing = "digraph { client -> api }\n";
    a.score = score;
    a.missed = missed;
    return a;
}

QString describe(const WhiteboardAttempt &a)
{
    return u"{id %1, %2, %3 → %4, score %5, missed [%6], drawing %7}"_s.arg(a.id)
        .arg(a.cardId, a.startedAt.toString(Qt::ISODateWithMs),
            a.finishedAt.toString(Qt::ISODateWithMs))
        .arg(a.score)
        .arg(a.missed.join(u" | "_s), QString::fromUtf8(a.drawing.toPercentEncoding()));
}

} // namespace

class TestStoreWhiteboard : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_tempDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tempDir->isValid());
        m_dir = m_tempDir->path();
        const StoreOpenResult opened = m_store.open(m_dir, noBackup());
        QVERIFY2(opened.isOpen(), qPrintable(opened.errorMessage()));
    }
    void cleanup() { m_store.close(); }

    void versions_data();
    void versions();
    void versionTimes();
    void versionsArePerCard();
    void dotRoundTripsExactly_data();
    void dotRoundTripsExactly();
    void versionsSurviveReopen();
    void firstVersionAddsTheCard();
    void rejectsInvalidDiagram_data();
    void rejectsInvalidDiagram();

    void attemptsNewestFirst();
    void attemptRoundTrips();
    void missedList_data();
    void missedList();
    void scores_data();
    void scores();
    void rejectsInvalidAttempt_data();
    void rejectsInvalidAttempt();

    void failsCleanlyWhenClosed();
    void migratesVersion2Collection();
    void killedAutosaveLosesNothingReported();

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dir;
    CollectionStore m_store;
};

void TestStoreWhiteboard::versions_data()
{
    // A script of steps, one a minute, then the card's versions. Steps: "start w" (a new version
    // holding w; its number follows "="), "update N w" (autosave w into version N), "reset",
    // "restore N" (start a version with N's text); "!" after a step: it must fail.
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("versions");
    const auto row = [](const char *name, const char *script, const char *versions) {
        QTest::newRow(name) << QString::fromUtf8(script) << QString::fromUtf8(versions);
    };
    row("none", "", "");
    row("first", "start a=1", "1:a*");
    row("numbered in order", "start a=1; start b=2; start c=3", "3:c* 2:b 1:a");
    row("autosave in place", "start a=1; update 1 ab; update 1 abc", "1:abc*");
    row("autosave the newest", "start a=1; start b=2; update 2 bc", "2:bc* 1:a");
    row("autosave an older one makes it current", "start a=1; start b=2; update 1 a2", "2:b 1:a2*");
    row("reset keeps every version", "start a=1; start b=2; reset", "2:b 1:a");
    row("reset twice", "start a=1; reset; reset", "1:a");
    row("reset with none", "reset", "");
    row("editing after reset starts a version", "start a=1; start b=2; reset; start c=3",
        "3:c* 2:b 1:a");
    row("autosave after reset makes it current again", "start a=1; reset; update 1 a2", "1:a2*");
    row("restore", "start a=1; start b=2; restore 1=3", "3:a* 2:b 1:a");
    row("restore after reset", "start a=1; reset; restore 1=2", "2:a* 1:a");
    row("restore then edit", "start a=1; start b=2; restore 1=3; update 3 a3", "3:a3* 2:b 1:a");
    row("autosave a version that is not there", "start a=1; update 2 x!", "1:a*");
    row("autosave with no versions", "update 1 x!", "");
    row("autosave version 0", "start a=1; update 0 x!", "1:a*");
}

void TestStoreWhiteboard::versions()
{
    QFETCH(QString, script);
    QFETCH(QString, versions);
    QDateTime now = t0;
    const QStringList steps = script.split(u';', Qt::SkipEmptyParts);
    for (QString step : steps) {
        step = step.trimmed();
        const bool mustFail = step.endsWith(u'!');
        if (mustFail)
            step.chop(1);
        const QStringList words = step.split(u' ');
        const QString verb = words.at(0);
        Status status;
        if (verb == u"start" || verb == u"restore") {
            const QStringList argument = words.at(1).split(u'=');
            QByteArray dot = dotFor(argument.at(0));
            if (verb == u"restore") {
                const QList<DiagramVersion> all = m_store.diagramVersions(card).value;
                const auto old = std::find_if(all.cbegin(), all.cend(),
                    [&](const DiagramVersion &v) { return v.version == argument.at(0).toInt(); });
                QVERIFY2(old != all.cend(), qPrintable(step));
                dot = old->dot;
            }
            const Result<int> started = m_store.startDiagramVersion(card, dot, now);
            status.diagnostics = started.diagnostics;
            if (started.isOk())
                QCOMPARE(started.value, argument.value(1).toInt());
        } else if (verb == u"update") {
            status
                = m_store.updateDiagramVersion(card, words.at(1).toInt(), dotFor(words.at(2)), now);
        } else {
            QCOMPARE(verb, u"reset"_s);
            status = m_store.resetDiagramToReference(card);
        }
        QVERIFY2(status.isOk() != mustFail,
            qPrintable(step + u": "_s + (mustFail ? u"did not fail"_s : status.errorMessage())));
        if (mustFail) {
            QVERIFY2(status.errorMessage().startsWith(u"Could not save your diagram of %1: it has "
                                                      u"no version"_s.arg(card)),
                qPrintable(status.errorMessage()));
        }
        now = now.addSecs(60);
    }

    const Result<QList<DiagramVersion>> all = m_store.diagramVersions(card);
    QVERIFY2(all.isOk(), qPrintable(all.errorMessage()));
    QCOMPARE(describe(all.value), versions);

    // The current version, and the card among those with their own diagram, agree with the list.
    const auto current = std::find_if(
        all.value.cbegin(), all.value.cend(), [](const DiagramVersion &v) { return v.isCurrent; });
    const Result<std::optional<DiagramVersion>> shown = m_store.currentDiagramVersion(card);
    QVERIFY(shown.isOk());
    QCOMPARE(shown.value.has_value(), current != all.value.cend());
    if (shown.value)
        QCOMPARE(describe(QList<DiagramVersion> {*shown.value}), describe({*current}));
    QCOMPARE(m_store.cardsWithOwnDiagram().value.contains(card), shown.value.has_value());
}

void TestStoreWhiteboard::versionTimes()
{
    QCOMPARE(m_store.startDiagramVersion(card, "digraph { a }", t0).value, 1);
    QCOMPARE(m_store.startDiagramVersion(card, "digraph { b }", t0.addSecs(600)).value, 2);
    QVERIFY(m_store.updateDiagramVersion(card, 2, "digraph { b c }", t0.addSecs(601)).isOk());
    QVERIFY(m_store.updateDiagramVersion(card, 2, "digraph { b c d }", t0.addMSecs(602500)).isOk());

    const QList<DiagramVersion> all = m_store.diagramVersions(card).value;
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).startedAt, t0.addSecs(600)); // when the editing session began…
    QCOMPARE(all.at(0).savedAt, t0.addMSecs(602500)); // …and its last autosave, to the ms
    QCOMPARE(all.at(0).savedAt.timeSpec(), Qt::UTC);
    QCOMPARE(all.at(0).dot, QByteArray("digraph { b c d }"));
    QCOMPARE(all.at(1).startedAt, t0);
    QCOMPARE(all.at(1).savedAt, t0);
}

void TestStoreWhiteboard::versionsArePerCard()
{
    const QString other = u"q11-saga-vs-2pc"_s;
    QCOMPARE(m_store.startDiagramVersion(card, "digraph { a }", t0).value, 1);
    QCOMPARE(m_store.startDiagramVersion(other, "digraph { z }", t0).value, 1);
    QCOMPARE(m_store.startDiagramVersion(card, "digraph { b }", t0).value, 2);
    QCOMPARE(m_store.startDiagramVersion(u"q07-idempotency-keys"_s, "digraph { y }", t0).value, 1);
    QCOMPARE(m_store.cardsWithOwnDiagram().value,
        (QSet<QString> {card, other, u"q07-idempotency-keys"_s}));

    // Another card's version number is not this card's.
    QVERIFY(!m_store.updateDiagramVersion(other, 2, "digraph { x }", t0).isOk());
    QVERIFY(m_store.resetDiagramToReference(other).isOk());
    QCOMPARE(
        m_store.cardsWithOwnDiagram().value, (QSet<QString> {card, u"q07-idempotency-keys"_s}));
    QCOMPARE(describe(m_store.diagramVersions(card).value), u"2:b* 1:a"_s);
    QCOMPARE(describe(m_store.diagramVersions(other).value), u"1:z"_s);
    QVERIFY(m_store.diagramVersions(u"q99-never-edited"_s).value.isEmpty());
    QVERIFY(!m_store.currentDiagramVersion(u"q99-never-edited"_s).value);
}

void TestStoreWhiteboard::dotRoundTripsExactly_data()
{
    QTest::addColumn<QByteArray>("dot");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("null") << QByteArray();
    QTest::newRow("non-ASCII labels")
        << QByteArray("digraph { a [label=\"Bestellung → Zahlung ✓\"]; b [label=\"日本\"] }");
    QTest::newRow("CRLF and trailing space") << QByteArray("digraph {\r\n  a -> b \r\n}\r\n");
    QTest::newRow("comments at the top")
        << QByteArray("// outbox pattern\n/* mine */\ndigraph {\n    a -> b;\n}\n");
    QTest::newRow("a bundled-size diagram") << autosavedDot(7);
}

void TestStoreWhiteboard::dotRoundTripsExactly()
{
    QFETCH(QByteArray, dot);
    QCOMPARE(m_store.startDiagramVersion(card, dot, t0).value, 1);
    QCOMPARE(m_store.currentDiagramVersion(card).value.value_or(DiagramVersion {}).dot, dot);
    QCOMPARE(m_store.startDiagramVersion(card, "x", t0).value, 2);
    QVERIFY(m_store.updateDiagramVersion(card, 2, dot, t0).isOk());
    QCOMPARE(m_store.diagramVersions(card).value.value(0).dot, dot);
}

void TestStoreWhiteboard::versionsSurviveReopen()
{
    QCOMPARE(m_store.startDiagramVersion(card, "digraph { a }", t0).value, 1);
    QVERIFY(m_store.updateDiagramVersion(card, 1, "digraph { a b }", t0.addSecs(1)).isOk());
    QVERIFY(m_store.recordWhiteboardAttempt(attempt(card, t0, 0.5)).isOk());
    m_store.close();
    QVERIFY(m_store.open(m_dir, noBackup()).isOpen());
    QCOMPARE(describe(m_store.diagramVersions(card).value), u"1:a b*"_s);
    QCOMPARE(m_store.diagramVersions(card).value.value(0).savedAt, t0.addSecs(1));
    QCOMPARE(m_store.whiteboardScores().value.value(card).attempts, 1);
}

void TestStoreWhiteboard::firstVersionAddsTheCard()
{
    // A card the store has not seen is added as New at the time of the first write about it; a
    // card it has keeps its state.
    const ReviewRecord reviewed = review(u"q11-saga-vs-2pc"_s, t0, Rating::Good, {}, 3);
    QVERIFY(m_store.saveReview(reviewed).isOk());
    const QDateTime later = t0.addDays(2);
    QVERIFY(m_store.startDiagramVersion(u"q11-saga-vs-2pc"_s, "digraph {}", later).isOk());
    QVERIFY(m_store.startDiagramVersion(card, "digraph {}", later).isOk());
    QVERIFY(m_store.recordWhiteboardAttempt(attempt(u"q07-idempotency-keys"_s, later, 1)).isOk());

    QCOMPARE(m_store.cardState(u"q11-saga-vs-2pc"_s).value, reviewed.after);
    const QList<StoredCard> fresh = m_store.newCards(-1).value;
    QCOMPARE(fresh.size(), 2);
    for (const StoredCard &stored : fresh) {
        QVERIFY2(stored.cardId == card || stored.cardId == u"q07-idempotency-keys"_s,
            qPrintable(stored.cardId));
        QCOMPARE(stored.addedAt, later);
        QCOMPARE(stored.state, SchedulingState {});
    }
}

void TestStoreWhiteboard::rejectsInvalidDiagram_data()
{
    QTest::addColumn<QString>("cardId");
    QTest::addColumn<QByteArray>("dot");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("message");
    QTest::newRow("no card") << QString() << QByteArray("digraph {}") << t0
                             << u"Could not save your diagram of : it names no card."_s;
    QTest::newRow("no time") << card << QByteArray("digraph {}") << QDateTime()
                             << u"Could not save your diagram of %1: it has no time."_s.arg(card);
    QTest::newRow("not UTF-8")
        << card << QByteArray("digraph { a [label=\"caf\xe9\"] }") << t0
        << u"Could not save your diagram of %1: the diagram is not UTF-8 text."_s.arg(card);
}

void TestStoreWhiteboard::rejectsInvalidDiagram()
{
    QFETCH(QString, cardId);
    QFETCH(QByteArray, dot);
    QFETCH(QDateTime, now);
    QFETCH(QString, message);
    const Result<int> started = m_store.startDiagramVersion(cardId, dot, now);
    QCOMPARE(started.errorMessage(), message);

    // The same checks guard autosave, and a refused write changes nothing.
    QCOMPARE(m_store.startDiagramVersion(card, "digraph { a }", t0).value, 1);
    QCOMPARE(m_store.updateDiagramVersion(cardId, 1, dot, now).errorMessage(), message);
    QCOMPARE(describe(m_store.diagramVersions(card).value), u"1:a*"_s);
    QCOMPARE(m_store.allCardStates().value.size(), 1);
}

void TestStoreWhiteboard::attemptsNewestFirst()
{
    // Recorded out of order: the list follows the start times; one start time, the later record.
    const QList<WhiteboardAttempt> recorded {attempt(card, t0.addDays(1), 0.4),
        attempt(card, t0, 0.9), attempt(card, t0.addDays(3), 0.6),
        attempt(card, t0.addDays(3), 0.7), attempt(u"q11-saga-vs-2pc"_s, t0.addDays(2), 1.0)};
    QList<qint64> ids;
    for (const WhiteboardAttempt &a : recorded) {
        const Result<qint64> id = m_store.recordWhiteboardAttempt(a);
        QVERIFY2(id.isOk(), qPrintable(id.errorMessage()));
        QVERIFY(ids.isEmpty() || id.value > ids.constLast());
        ids.append(id.value);
    }
    QList<double> scores;
    QList<qint64> listedIds;
    for (const WhiteboardAttempt &a : m_store.whiteboardAttempts(card).value) {
        QCOMPARE(a.cardId, card);
        scores.append(a.score);
        listedIds.append(a.id);
    }
    QCOMPARE(scores, (QList<double> {0.7, 0.6, 0.4, 0.9}));
    QCOMPARE(listedIds, (QList<qint64> {ids.at(3), ids.at(2), ids.at(0), ids.at(1)}));
    QCOMPARE(m_store.whiteboardAttempts(u"q11-saga-vs-2pc"_s).value.size(), 1);
    QVERIFY(m_store.whiteboardAttempts(u"q99-never-drawn"_s).value.isEmpty());
}

void TestStoreWhiteboard::attemptRoundTrips()
{
    WhiteboardAttempt drawn = attempt(card, t0, 0.625, {u"Outbox relay"_s, u"Relay → Topic"_s});
    drawn.finishedAt = t0.addMSecs(187250);
    drawn.drawing = "digraph {\n    client -> \"orders\\nservice\";\n    db [kind=database];\n}\n";
    drawn.id = 12345; // ignored: the store gives the id
    const Result<qint64> id = m_store.recordWhiteboardAttempt(drawn);
    QVERIFY2(id.isOk(), qPrintable(id.errorMessage()));
    QVERIFY(id.value != drawn.id);
    drawn.id = id.value;

    m_store.close();
    QVERIFY(m_store.open(m_dir, noBackup()).isOpen());
    const QList<WhiteboardAttempt> stored = m_store.whiteboardAttempts(card).value;
    QCOMPARE(stored.size(), 1);
    QCOMPARE(describe(stored.at(0)), describe(drawn));
    QCOMPARE(stored.at(0).drawing, drawn.drawing);
    QCOMPARE(stored.at(0).durationMs(), 187250);
    QCOMPARE(stored.at(0).startedAt.timeSpec(), Qt::UTC);
}

void TestStoreWhiteboard::missedList_data()
{
    QTest::addColumn<QStringList>("missed");
    QTest::addColumn<QStringList>("stored");
    QTest::newRow("nothing missed") << QStringList() << QStringList();
    QTest::newRow("one") << QStringList {u"Outbox relay"_s} << QStringList {u"Outbox relay"_s};
    QTest::newRow("node and edge") << QStringList {u"Outbox relay"_s, u"Relay → Topic"_s}
                                   << QStringList {u"Outbox relay"_s, u"Relay → Topic"_s};
    QTest::newRow("a label with line breaks is one entry")
        << QStringList {u"Orders\nservice"_s, u"Outbox\r\nrelay"_s, u"DB"_s}
        << QStringList {u"Orders service"_s, u"Outbox relay"_s, u"DB"_s};
}

void TestStoreWhiteboard::missedList()
{
    QFETCH(QStringList, missed);
    QFETCH(QStringList, stored);
    QVERIFY(m_store.recordWhiteboardAttempt(attempt(card, t0, 0.5, missed)).isOk());
    QCOMPARE(m_store.whiteboardAttempts(card).value.value(0).missed, stored);
}

void TestStoreWhiteboard::scores_data()
{
    // Attempts as "score@minute started" in the order recorded; then best, last, how many, and
    // the minute the last one started (it finishes 150 s later).
    QTest::addColumn<QString>("attempts");
    QTest::addColumn<double>("best");
    QTest::addColumn<double>("last");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("lastMinute");
    QTest::newRow("one") << u"0.5@0"_s << 0.5 << 0.5 << 1 << 0;
    QTest::newRow("improving") << u"0.2@0 0.5@10 0.9@20"_s << 0.9 << 0.9 << 3 << 20;
    QTest::newRow("worse last") << u"0.9@0 0.3@10"_s << 0.9 << 0.3 << 2 << 10;
    QTest::newRow("best in the middle") << u"0.4@0 1@5 0.6@9"_s << 1.0 << 0.6 << 3 << 9;
    QTest::newRow("recorded out of order") << u"0.3@30 0.8@10"_s << 0.8 << 0.3 << 2 << 30;
    QTest::newRow("same start: recorded later") << u"0.3@5 0.7@5"_s << 0.7 << 0.7 << 2 << 5;
    QTest::newRow("zero") << u"0@0 0@1"_s << 0.0 << 0.0 << 2 << 1;
}

void TestStoreWhiteboard::scores()
{
    QFETCH(QString, attempts);
    QFETCH(double, best);
    QFETCH(double, last);
    QFETCH(int, count);
    QFETCH(int, lastMinute);
    for (const QString &spec : attempts.split(u' ')) {
        const QStringList parts = spec.split(u'@');
        QVERIFY(m_store
                    .recordWhiteboardAttempt(
                        attempt(card, t0.addSecs(60 * parts.at(1).toInt()), parts.at(0).toDouble()))
                    .isOk());
    }
    // Another card drawn, and one only edited, so the figures are per card.
    QVERIFY(
        m_store.recordWhiteboardAttempt(attempt(u"q11-saga-vs-2pc"_s, t0.addDays(1), 0.95)).isOk());
    QVERIFY(m_store.startDiagramVersion(u"q07-idempotency-keys"_s, "digraph {}", t0).isOk());

    const Result<QHash<QString, WhiteboardScore>> all = m_store.whiteboardScores();
    QVERIFY2(all.isOk(), qPrintable(all.errorMessage()));
    QCOMPARE(all.value.size(), 2); // never drawn: absent
    const WhiteboardScore score = all.value.value(card);
    QCOMPARE(score.best, best);
    QCOMPARE(score.last, last);
    QCOMPARE(score.attempts, count);
    QCOMPARE(score.lastAt, t0.addSecs(60 * lastMinute + 150));
    QCOMPARE(score.last, m_store.whiteboardAttempts(card).value.value(0).score);
    const WhiteboardScore other = all.value.value(u"q11-saga-vs-2pc"_s);
    QCOMPARE(other.best, 0.95);
    QCOMPARE(other.attempts, 1);
}

void TestStoreWhiteboard::rejectsInvalidAttempt_data()
{
    QTest::addColumn<WhiteboardAttempt>("drawn");
    QTest::addColumn<QString>("problem");
    const auto row = [](const char *name, const WhiteboardAttempt &drawn, const QString &problem) {
        QTest::newRow(name) << drawn << problem;
    };
    row("no card", attempt({}, t0, 0.5), u"it names no card"_s);
    WhiteboardAttempt unstarted = attempt(card, t0, 0.5);
    unstarted.startedAt = {};
    row("no start", unstarted, u"it has no start or finish time"_s);
    WhiteboardAttempt unfinished = attempt(card, t0, 0.5);
    unfinished.finishedAt = {};
    row("no finish", unfinished, u"it has no start or finish time"_s);
    WhiteboardAttempt backwards = attempt(card, t0, 0.5);
    backwards.finishedAt = t0.addMSecs(-1);
    row("finished before started", backwards, u"it finishes before it starts"_s);
    row("negative score", attempt(card, t0, -0.01), u"the score -0.01 is not between 0 and 1"_s);
    row("score over 1", attempt(card, t0, 1.5), u"the score 1.5 is not between 0 and 1"_s);
    row("percent", attempt(card, t0, 80), u"the score 80 is not between 0 and 1"_s);
    row("NaN", attempt(card, t0, std::numeric_limits<double>::quiet_NaN()),
        u"the score nan is not between 0 and 1"_s);
    row("infinite", attempt(card, t0, std::numeric_limits<double>::infinity()),
        u"the score inf is not between 0 and 1"_s);
}

void TestStoreWhiteboard::rejectsInvalidAttempt()
{
    QFETCH(WhiteboardAttempt, drawn);
    QFETCH(QString, problem);
    const Result<qint64> id = m_store.recordWhiteboardAttempt(drawn);
    QCOMPARE(id.value, -1);
    QCOMPARE(id.errorMessage(),
        u"Could not save the whiteboard attempt at %1: %2."_s.arg(drawn.cardId, problem));
    QVERIFY(m_store.whiteboardScores().value.isEmpty());
    QVERIFY(m_store.allCardStates().value.isEmpty()); // not even the card was added
}

void TestStoreWhiteboard::failsCleanlyWhenClosed()
{
    m_store.close();
    const QString closed = u"no collection is open."_s;
    QCOMPARE(m_store.startDiagramVersion(card, "digraph {}", t0).errorMessage(),
        u"Could not save your diagram of %1: %2"_s.arg(card, closed));
    QVERIFY(
        m_store.updateDiagramVersion(card, 1, "digraph {}", t0).errorMessage().endsWith(closed));
    QVERIFY(m_store.currentDiagramVersion(card).errorMessage().endsWith(closed));
    QVERIFY(m_store.diagramVersions(card).errorMessage().endsWith(closed));
    QVERIFY(m_store.resetDiagramToReference(card).errorMessage().endsWith(closed));
    QVERIFY(m_store.cardsWithOwnDiagram().errorMessage().endsWith(closed));
    const Result<qint64> recorded = m_store.recordWhiteboardAttempt(attempt(card, t0, 0.5));
    QCOMPARE(recorded.value, -1);
    QCOMPARE(recorded.errorMessage(),
        u"Could not save the whiteboard attempt at %1: %2"_s.arg(card, closed));
    QVERIFY(m_store.whiteboardAttempts(card).errorMessage().endsWith(closed));
    QVERIFY(m_store.whiteboardScores().errorMessage().endsWith(closed));
}

void TestStoreWhiteboard::migratesVersion2Collection()
{
    // A version-2 collection from the frozen files, with a whiteboard attempt as version 2 could
    // hold one: started, never checked, no score.
    m_store.close();
    const QString dir = QDir(m_dir).filePath(u"v2"_s);
    QVERIFY(QDir().mkpath(dir));
    const QString path = QDir(dir).filePath(CollectionStore::databaseFileName());
    {
        RawDatabase raw(path);
        const QString data = QStringLiteral(ARCHDECK_STORE_TEST_DATA);
        QCOMPARE(raw.runFile(data + u"/schema-v2.sql"_s), QString());
        QCOMPARE(raw.runFile(data + u"/data-v2.sql"_s), QString());
        QVERIFY(QSqlQuery(raw.database())
                    .exec(u"INSERT INTO whiteboard_attempt (card, started_ms, drawing) "
                          u"VALUES (1, 1737825300000, x'00')"_s));
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 2);
    }
    const StoreOpenResult opened = m_store.open(dir, noBackup());
    QVERIFY2(opened.isOpen(), qPrintable(opened.errorMessage()));
    QCOMPARE(opened.schemaVersionFound, 2);
    QVERIFY(opened.schemaVersion >= 3); // migrated past the version that added scores
    QVERIFY(m_store.check(StoreCheckDepth::Full).isHealthy());

    // The version written before autosave times existed: its last save is when it was made.
    const std::optional<DiagramVersion> own = m_store.currentDiagramVersion(card).value;
    QVERIFY(own);
    QCOMPARE(own->version, 1);
    QCOMPARE(own->dot, QByteArray("digraph { a -> b }"));
    QCOMPARE(own->startedAt, t0);
    QCOMPARE(own->savedAt, t0);
    QCOMPARE(m_store.cardsWithOwnDiagram().value, QSet<QString> {card});

    // The unchecked attempt is not an attempt; new ones are, beside it.
    QVERIFY(m_store.whiteboardAttempts(card).value.isEmpty());
    QVERIFY(m_store.whiteboardScores().value.isEmpty());
    QVERIFY(m_store.recordWhiteboardAttempt(attempt(card, t0.addDays(1), 0.75)).isOk());
    QCOMPARE(m_store.whiteboardScores().value.value(card).attempts, 1);
    QCOMPARE(m_store.startDiagramVersion(card, "digraph { a -> b -> c }", t0.addDays(1)).value, 2);

    // Scores outside 0–1 are refused by the file itself, not only by the store's checks.
    RawDatabase raw(path);
    QSqlQuery insert(raw.database());
    QVERIFY(!insert.exec(u"INSERT INTO whiteboard_attempt (card, started_ms, score) "
                         u"VALUES (1, 0, 1.5)"_s));
    QVERIFY2(insert.lastError().text().contains(u"CHECK"_s), qPrintable(insert.lastError().text()));
    QCOMPARE(
        raw.value(u"SELECT COUNT(*) FROM diagram_version WHERE saved_ms = created_ms"_s).toInt(),
        2);
}

void TestStoreWhiteboard::killedAutosaveLosesNothingReported()
{
    // The writer starts a version of card-0's diagram and autosaves into it as fast as it can;
    // it is killed after a seeded number of reported saves (none: the kill lands in open() or
    // the first version). Every round's version must hold the save it reported last, or the one
    // after it (committed, killed before it could say so), and nothing in the file is damaged.
    m_store.close();
    const quint32 seed = qEnvironmentVariableIsSet("ARCHDECK_DURABILITY_SEED")
        ? quint32(qEnvironmentVariableIntValue("ARCHDECK_DURABILITY_SEED"))
        : 20250125u;
    QRandomGenerator random(seed);
    QHash<int, int> lastReported; // version → the save number reported last
    int roundsWithSaves = 0;
    for (int round = 0; round < 12; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(STORE_DURABILITY_WRITER), {m_dir, u"--diagram"_s});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        const int savesBeforeKill = random.bounded(6) == 0 ? 0 : int(random.bounded(1, 80));
        QByteArray output;
        while (output.count("updated ") < savesBeforeKill && writer.waitForReadyRead(10000))
            output += writer.readAllStandardOutput();
        QCOMPARE(writer.state(), QProcess::Running);
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        output += writer.readAllStandardOutput();
        const QByteArray errors = writer.readAllStandardError();
        QVERIFY2(errors.isEmpty(), errors.constData());

        const QList<QByteArray> lines = output.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) { // the last piece may be cut short
            const QList<QByteArray> words = lines.at(i).split(' ');
            if (words.value(0) == "started")
                lastReported.insert(words.value(1).toInt(), 0);
            else if (words.value(0) == "updated")
                lastReported.insert(words.value(1).toInt(), words.value(2).toInt());
        }
        roundsWithSaves += output.contains("updated ");
    }
    QVERIFY2(roundsWithSaves > 6, "the writer hardly ever got to autosave: nothing was tested");

    const StoreOpenResult opened = m_store.open(m_dir, noBackup());
    QVERIFY2(opened.isOpen(), qPrintable(opened.errorMessage()));
    QCOMPARE(opened.outcome, StoreOpenResult::Outcome::Opened); // no damage to recover from
    const StoreCheck integrity = m_store.check(StoreCheckDepth::Full);
    QVERIFY2(integrity.isHealthy(), qPrintable(integrity.problem));

    QHash<int, int> stored;
    for (const DiagramVersion &version : m_store.diagramVersions(u"card-0"_s).value) {
        const int n = autosaveNumber(version.dot);
        QVERIFY2(n >= 0, "a version holds text the writer never wrote: a torn write");
        stored.insert(version.version, n);
    }
    for (auto reported = lastReported.cbegin(); reported != lastReported.cend(); ++reported) {
        QVERIFY2(stored.contains(reported.key()),
            qPrintable(u"version %1 was reported started and is gone"_s.arg(reported.key())));
        const int n = stored.value(reported.key());
        QVERIFY2(n == reported.value() || n == reported.value() + 1,
            qPrintable(u"version %1 holds save %2; save %3 was reported"_s.arg(reported.key())
                           .arg(n)
                           .arg(reported.value())));
    }
    // The newest version is the current one: nothing after it ever stepped it down.
    const std::optional<DiagramVersion> current = m_store.currentDiagramVersion(u"card-0"_s).value;
    QVERIFY(current);
    QCOMPARE(current->version, m_store.diagramVersions(u"card-0"_s).value.value(0).version);

    int saves = 0;
    for (const int n : std::as_const(lastReported))
        saves += n;
    qInfo("autosave durability: seed %u, 12 rounds (%d with saves), %lld versions, %d autosaves "
          "reported, none lost, integrity_check ok",
        seed, roundsWithSaves, static_cast<long long>(lastReported.size()), saves);
}

QTEST_GUILESS_MAIN(TestStoreWhiteboard)
#include "tst_store_whiteboard.moc"
