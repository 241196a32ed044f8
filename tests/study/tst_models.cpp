// Tests for DeckModel (sections → cards), DeckFilterModel (the study filter: a CardQuery) and
// CardBrowserModel with CardBrowserFilter (the browser's table: columns, sorting, search), over the
// bundled deck and over a small deck written to a temporary folder. All run under
// QAbstractItemModelTester.
#include "cardbrowsermodel.h"
#include "cardfile.h"
#include "clock.h"
#include "deck.h"
#include "deckfiltermodel.h"
#include "deckmodel.h"
#include "fakeclock.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

namespace {

int leafCount(const QAbstractItemModel &model)
{
    int count = 0;
    for (int s = 0; s < model.rowCount(); ++s)
        count += model.rowCount(model.index(s, 0));
    return count;
}

QList<QModelIndex> leaves(const QAbstractItemModel &model)
{
    QList<QModelIndex> result;
    for (int s = 0; s < model.rowCount(); ++s) {
        const QModelIndex section = model.index(s, 0);
        for (int r = 0; r < model.rowCount(section); ++r)
            result.append(model.index(r, 0, section));
    }
    return result;
}

/// Ids of the visible cards, in display order, space-separated.
QString visibleIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (const QModelIndex &leaf : leaves(model))
        ids.append(leaf.data(DeckModel::CardIdRole).toString());
    return ids.join(u' ');
}

Card card(Card::Kind kind, const QString &id, const QString &section, const QString &title,
    const QString &answer, const QStringList &tags = {})
{
    Card c;
    c.kind = kind;
    c.id = id;
    c.section = section;
    c.title = title;
    c.answer = answer;
    c.tags = tags;
    if (kind == Card::Kind::Question)
        c.diagram = u"diagrams/%1.dot"_s.arg(id);
    return c;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void bundledStructure();
    void bundledSectionLabels();
    void indexForCardRoundTrips();
    void filterNarrows_data();
    void filterNarrows();
    void filterMultiWordIsAnd();
    void filterNoMatch();
    void filterLabelsShowCounts();
    void filterSignals();
    void filterClearedRestoresAll();
    void filterLabelChangeIsSignalled();
    void filterIsACardQuery_data();
    void filterIsACardQuery();
    void filterWithAnErrorShowsNothing();
    void filterReviewTermsNeedStates();
    void filterWhiteboardScores();

    void browserWhiteboardColumns_data();
    void browserWhiteboardColumns();
    void browserSortsByWhiteboardScore_data();
    void browserSortsByWhiteboardScore();
    void browserSearchesWhiteboardScores();

    void smallDeck();

private:
    Deck m_bundled;
    QTemporaryDir m_dir;
    Deck m_small;
};

void TestModels::initTestCase()
{
    m_bundled = Deck::bundled();
    QVERIFY(m_bundled.diagnostics().isEmpty());

    // A deck small enough to know by heart: two sections of questions plus one reference page,
    // written as files in a folder, the way a user's own deck arrives.
    QVERIFY(m_dir.isValid());
    const QList<Card> cards {
        card(Card::Kind::Question, u"q01-queues"_s, u"Messaging"_s, u"When do you use a queue?"_s,
            u"Use SQS with a DLQ for failures."_s, {u"messaging"_s, u"sqs"_s, u"dlq"_s}),
        card(Card::Kind::Question, u"q02-topics"_s, u"Messaging"_s, u"When do you use a topic?"_s,
            u"Fan out with SNS."_s, {u"messaging"_s, u"sns"_s}),
        card(Card::Kind::Question, u"q03-caches"_s, u"Performance"_s, u"Where do you cache?"_s,
            u"At the edge, then Redis."_s, {u"performance"_s, u"caching"_s}),
        card(Card::Kind::Reference, u"r01-runbook"_s, u"Messaging"_s, u"Queue runbook"_s,
            u"- Replay the DLQ after the fix."_s),
    };
    QVERIFY(QDir(m_dir.path()).mkpath(u"reference"_s));
    for (const Card &c : cards) {
        const QString name = (c.isQuestion() ? QString() : u"reference/"_s) + c.id + u".md"_s;
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(CardFile::serialize(c));
    }
    m_small = Deck::load(m_dir.path(), u"small/"_s);
    QVERIFY(m_small.diagnostics().isEmpty());
    QCOMPARE(m_small.cards().size(), 4);
}

void TestModels::bundledStructure()
{
    DeckModel model(&m_bundled);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.rowCount(), 14);
    QCOMPARE(model.columnCount(), 1);
    QCOMPARE(leafCount(model), 46);

    int questions = 0;
    for (const QModelIndex &leaf : leaves(model)) {
        QVERIFY(!leaf.data(DeckModel::IsSectionRole).toBool());
        QVERIFY(!leaf.data(DeckModel::CardIdRole).toString().isEmpty());
        QCOMPARE(model.rowCount(leaf), 0);
        if (!leaf.data(DeckModel::IsReferenceRole).toBool())
            ++questions;
    }
    QCOMPARE(questions, 44);

    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.data().toString(), u"Architecture & System Design"_s);
    QVERIFY(first.data(DeckModel::IsSectionRole).toBool());
    QVERIFY(first.data(DeckModel::CardIdRole).toString().isEmpty());
    QCOMPARE(first.data(DeckModel::QuestionCountRole).toInt(), 6);
    QCOMPARE(model.rowCount(first), 6);
    QCOMPARE(
        model.index(3, 0, first).data(DeckModel::CardIdRole).toString(), u"q04-outbox-pattern"_s);
    QCOMPARE(
        model.index(3, 0, first).data().toString(), m_bundled.card(u"q04-outbox-pattern"_s)->title);

    // The reference section holds the two pages and counts no questions.
    const QModelIndex reference = model.index(13, 0);
    QCOMPARE(reference.data().toString(), u"Handy Runbooks & Checklists (Condensed)"_s);
    QCOMPARE(reference.data(DeckModel::QuestionCountRole).toInt(), 0);
    QCOMPARE(model.rowCount(reference), 2);
    QVERIFY(model.index(0, 0, reference).data(DeckModel::IsReferenceRole).toBool());

    // Question counts per section add up to the deck.
    int total = 0;
    for (int s = 0; s < model.rowCount(); ++s)
        total += model.index(s, 0).data(DeckModel::QuestionCountRole).toInt();
    QCOMPARE(total, 44);
}

void TestModels::bundledSectionLabels()
{
    DeckModel source(&m_bundled);
    DeckFilterModel filter;
    QAbstractItemModelTester tester(
        &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&source);

    QCOMPARE(filter.rowCount(), 14);
    QCOMPARE(leafCount(filter), 46);
    QCOMPARE(filter.visibleQuestionCount(), 44);
    QCOMPARE(filter.index(0, 0).data().toString(), u"Architecture & System Design  (6)"_s);
    QCOMPARE(filter.index(2, 0).data().toString(), u"Messaging, Events & Data  (4)"_s);
    // No count on the reference section: it has no questions.
    QCOMPARE(filter.index(13, 0).data().toString(), u"Handy Runbooks & Checklists (Condensed)"_s);
    // Card rows are passed through unchanged.
    const QModelIndex q01 = filter.index(0, 0, filter.index(0, 0));
    QCOMPARE(q01.data().toString(), u"Monolith vs. Microservices: when to choose which?"_s);
}

void TestModels::indexForCardRoundTrips()
{
    DeckModel model(&m_bundled);
    for (const Card &c : m_bundled.cards()) {
        const QModelIndex index = model.indexForCard(c.id);
        QVERIFY2(index.isValid(), qPrintable(c.id));
        QCOMPARE(index.model(), &model);
        QCOMPARE(index.data(DeckModel::CardIdRole).toString(), c.id);
        QCOMPARE(index.data().toString(), c.title);
        QCOMPARE(index.parent().data().toString(), c.section);
        QCOMPARE(index.data(DeckModel::IsReferenceRole).toBool(), !c.isQuestion());
    }
    QVERIFY(!model.indexForCard(u"no-such-card"_s).isValid());
    QVERIFY(!model.indexForCard(QString()).isValid());
}

void TestModels::filterNarrows_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("words"); // each must occur in every visible leaf's search text

    QTest::newRow("dlq") << u"dlq"_s << QStringList {u"dlq"_s};
    QTest::newRow("upper case") << u"DLQ"_s << QStringList {u"dlq"_s};
    QTest::newRow("tag") << u"outbox"_s << QStringList {u"outbox"_s};
    QTest::newRow("two words") << u"dlq replay"_s << QStringList {u"dlq"_s, u"replay"_s};
    QTest::newRow("extra spaces") << u"  dlq   replay "_s << QStringList {u"dlq"_s, u"replay"_s};
}

void TestModels::filterNarrows()
{
    QFETCH(QString, query);
    QFETCH(QStringList, words);

    DeckModel source(&m_bundled);
    DeckFilterModel filter;
    QAbstractItemModelTester tester(
        &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&source);
    filter.setQuery(query);
    QCOMPARE(filter.query(), query);

    const QList<QModelIndex> visible = leaves(filter);
    QVERIFY(!visible.isEmpty());
    QVERIFY(visible.size() < 46);
    for (const QModelIndex &leaf : visible) {
        const QString text = leaf.data(DeckModel::SearchTextRole).toString();
        for (const QString &word : std::as_const(words))
            QVERIFY2(text.contains(word), qPrintable(leaf.data(DeckModel::CardIdRole).toString()));
    }
    // Every section left shows at least one card.
    for (int s = 0; s < filter.rowCount(); ++s)
        QVERIFY(filter.rowCount(filter.index(s, 0)) > 0);

    // And nothing that matches was hidden.
    int matching = 0;
    for (const QModelIndex &leaf : leaves(source)) {
        const QString text = leaf.data(DeckModel::SearchTextRole).toString();
        if (std::all_of(
                words.cbegin(), words.cend(), [&](const QString &w) { return text.contains(w); }))
            ++matching;
    }
    QCOMPARE(visible.size(), matching);
}

void TestModels::filterMultiWordIsAnd()
{
    DeckModel source(&m_bundled);
    DeckFilterModel filter;
    QAbstractItemModelTester tester(
        &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&source);

    filter.setQuery(u"dlq"_s);
    const int dlq = leafCount(filter);
    filter.setQuery(u"replay"_s);
    const int replay = leafCount(filter);
    filter.setQuery(u"dlq replay"_s);
    const int both = leafCount(filter);
    QVERIFY(both > 0);
    QVERIFY(both <= dlq && both <= replay);
    QVERIFY(both < dlq || both < replay);
}

void TestModels::filterNoMatch()
{
    DeckModel source(&m_bundled);
    DeckFilterModel filter;
    QAbstractItemModelTester tester(
        &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&source);

    filter.setQuery(u"zzzz-no-such-word"_s);
    QCOMPARE(filter.rowCount(), 0);
    QCOMPARE(filter.visibleQuestionCount(), 0);
    filter.setQuery(u"dlq zzzz-no-such-word"_s); // AND: one missing word hides everything
    QCOMPARE(filter.rowCount(), 0);
}

void TestModels::filterLabelsShowCounts()
{
    DeckModel source(&m_small);
    DeckFilterModel filter;
    QAbstractItemModelTester tester(
        &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&source);

    QCOMPARE(filter.rowCount(), 2);
    QCOMPARE(filter.index(0, 0).data().toString(), u"Messaging  (2)"_s);
    QCOMPARE(filter.index(1, 0).data().toString(), u"Performance  (1)"_s);

    // "dlq": q01 (tags, answer) and the runbook page, which is not counted as a question.
    filter.setQuery(u"dlq"_s);
    QCOMPARE(filter.rowCount(), 1);
    const QModelIndex messaging = filter.index(0, 0);
    QCOMPARE(messaging.data().toString(), u"Messaging  (1 of 2)"_s);
    QCOMPARE(filter.rowCount(messaging), 2);
    QCOMPARE(filter.visibleQuestionCount(), 1);
    QCOMPARE(filter.index(0, 0, messaging).data(DeckModel::CardIdRole).toString(), u"q01-queues"_s);
    QCOMPARE(
        filter.index(1, 0, messaging).data(DeckModel::CardIdRole).toString(), u"r01-runbook"_s);

    // A query that keeps a whole section still says "of".
    filter.setQuery(u"when"_s);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data().toString(), u"Messaging  (2 of 2)"_s);

    // The bundled deck: a filtered label is "(k of n)" with k the visible questions.
    DeckModel bundledSource(&m_bundled);
    DeckFilterModel bundled;
    bundled.setSourceModel(&bundledSource);
    bundled.setQuery(u"dlq"_s);
    static const QRegularExpression label(u"^(.+)  \\((\\d+) of (\\d+)\\)$"_s);
    for (int s = 0; s < bundled.rowCount(); ++s) {
        const QModelIndex section = bundled.index(s, 0);
        const QRegularExpressionMatch m = label.match(section.data().toString());
        if (section.data(DeckModel::QuestionCountRole).toInt() == 0)
            continue; // the reference section has no count
        QVERIFY2(m.hasMatch(), qPrintable(section.data().toString()));
        int questions = 0;
        for (int r = 0; r < bundled.rowCount(section); ++r)
            questions
                += bundled.index(r, 0, section).data(DeckModel::IsReferenceRole).toBool() ? 0 : 1;
        QCOMPARE(m.captured(2).toInt(), questions);
        QCOMPARE(m.captured(3).toInt(), section.data(DeckModel::QuestionCountRole).toInt());
    }
}

void TestModels::filterSignals()
{
    DeckModel source(&m_bundled);
    DeckFilterModel filter;
    QAbstractItemModelTester tester(
        &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&source);

    QSignalSpy removed(&filter, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&filter, &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(&filter, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&filter, &QAbstractItemModel::modelReset);
    QVERIFY(removed.isValid() && inserted.isValid() && layout.isValid() && reset.isValid());
    const auto changes = [&] {
        return removed.count() + inserted.count() + layout.count() + reset.count();
    };

    filter.setQuery(u"dlq"_s);
    QVERIFY(changes() > 0);
    QVERIFY(removed.count() + layout.count() + reset.count() > 0); // rows went away

    // The same query again changes nothing.
    const int before = changes();
    filter.setQuery(u"dlq"_s);
    QCOMPARE(changes(), before);

    removed.clear();
    inserted.clear();
    layout.clear();
    reset.clear();
    filter.setQuery(QString());
    QVERIFY(inserted.count() + layout.count() + reset.count() > 0); // rows came back
}

void TestModels::filterClearedRestoresAll()
{
    DeckModel source(&m_bundled);
    DeckFilterModel filter;
    QAbstractItemModelTester tester(
        &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&source);

    filter.setQuery(u"kinesis"_s);
    QVERIFY(leafCount(filter) < 46);
    filter.setQuery(u"   "_s); // only spaces: no words, no filter
    QCOMPARE(filter.rowCount(), 14);
    QCOMPARE(leafCount(filter), 46);
    filter.setQuery(QString());
    QCOMPARE(filter.rowCount(), 14);
    QCOMPARE(leafCount(filter), 46);
    QCOMPARE(filter.index(0, 0).data().toString(), u"Architecture & System Design  (6)"_s);
}

void TestModels::filterLabelChangeIsSignalled()
{
    DeckModel source(&m_small);
    DeckFilterModel filter;
    QAbstractItemModelTester tester(
        &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&source);
    QSignalSpy changed(&filter, &QAbstractItemModel::dataChanged);
    QSignalSpy layout(&filter, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&filter, &QAbstractItemModel::modelReset);

    // Every card contains an "e": no row is hidden, but each label gains "of".
    QCOMPARE(filter.index(0, 0).data().toString(), u"Messaging  (2)"_s);
    filter.setQuery(u"e"_s);
    QCOMPARE(leafCount(filter), 4);
    QCOMPARE(filter.index(0, 0).data().toString(), u"Messaging  (2 of 2)"_s);
    QCOMPARE(filter.index(1, 0).data().toString(), u"Performance  (1 of 1)"_s);

    QVERIFY(changed.count() + layout.count() + reset.count() > 0);
}

void TestModels::filterIsACardQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("ids");
    const auto row = [](const char *query, const char *ids) {
        QTest::newRow(query) << QString::fromUtf8(query) << QString::fromUtf8(ids);
    };
    row("tag:sqs", "q01-queues");
    row("section:messaging", "q01-queues q02-topics r01-runbook");
    row("\"use a\"", "q01-queues q02-topics");
    row("\"a use\"", "");
    row("-messaging", "r01-runbook q03-caches"); // display order: sections, then their cards
    row("sns or redis", "q02-topics q03-caches");
    row("(sqs or sns) -topic", "q01-queues");
    row("id:r01", "r01-runbook");
    row("QUEUE?", "q01-queues r01-runbook");
}

void TestModels::filterIsACardQuery()
{
    QFETCH(QString, query);
    QFETCH(QString, ids);
    DeckModel source(&m_small);
    DeckFilterModel filter;
    QAbstractItemModelTester tester(
        &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&source);
    filter.setQuery(query);
    QVERIFY(!filter.queryError());
    QCOMPARE(visibleIds(filter), ids);
}

void TestModels::filterWithAnErrorShowsNothing()
{
    DeckModel source(&m_small);
    DeckFilterModel filter;
    QAbstractItemModelTester tester(
        &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&source);

    // Not the cards "dlq" alone would show: the query is not finished, so nothing.
    filter.setQuery(u"dlq ("_s);
    QCOMPARE(filter.rowCount(), 0);
    QCOMPARE(filter.visibleQuestionCount(), 0);
    QVERIFY(filter.queryError());
    QCOMPARE(filter.queryError()->start, 4);
    QCOMPARE(filter.queryError()->length, 1);
    QCOMPARE(filter.queryError()->message, u"a '(' is not closed"_s);

    filter.setQuery(u"dlq (sqs)"_s);
    QVERIFY(!filter.queryError());
    QCOMPARE(visibleIds(filter), u"q01-queues"_s);
}

void TestModels::filterReviewTermsNeedStates()
{
    DeckModel source(&m_small);
    DeckFilterModel filter;
    QAbstractItemModelTester tester(
        &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&source);

    // No collection yet: is: and prop: are errors that say so, and show nothing.
    QVERIFY(!filter.hasCardStates());
    filter.setQuery(u"sqs -is:due"_s);
    QCOMPARE(filter.rowCount(), 0);
    QVERIFY(filter.queryError());
    QCOMPARE(
        filter.queryError()->message, u"is:due needs your review collection, which is not open"_s);
    QCOMPARE(filter.queryError()->start, 4);
    QCOMPARE(filter.queryError()->length, 7);

    // q01 was reviewed and is due tomorrow; q02 and q03 have no state (new); r01 is a page.
    FakeClock clock(QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC));
    SchedulingState q01;
    q01.phase = CardPhase::Review;
    q01.stability = 12;
    q01.difficulty = 4;
    q01.reps = 3;
    q01.scheduledDays = 12;
    q01.lastReview = clock.now().addDays(-11);
    q01.due = clock.now().addDays(1);
    QSignalSpy reset(&filter, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&filter, &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(&filter, &QAbstractItemModel::layoutChanged);
    filter.setCardStates({{u"q01-queues"_s, q01}}, &clock);
    QVERIFY(filter.hasCardStates());
    QVERIFY(!filter.queryError()); // the query typed before is applied again
    QVERIFY(reset.count() + inserted.count() + layout.count() > 0);
    QCOMPARE(visibleIds(filter), u"q01-queues"_s);

    const auto idsFor = [&](const QString &query) {
        filter.setQuery(query);
        return filter.queryError() ? filter.queryError()->message : visibleIds(filter);
    };
    QCOMPARE(idsFor(u"is:new"_s), u"q02-topics q03-caches"_s); // not the reference page
    QCOMPARE(idsFor(u"is:review"_s), u"q01-queues"_s);
    QCOMPARE(idsFor(u"is:due"_s), QString());
    QCOMPARE(idsFor(u"-is:due"_s), u"q01-queues q02-topics r01-runbook q03-caches"_s);
    QCOMPARE(idsFor(u"prop:reps>0 or tag:sns"_s), u"q01-queues q02-topics"_s);
    QCOMPARE(idsFor(u"prop:r>0.8"_s), u"q01-queues"_s);
    QCOMPARE(filter.index(0, 0).data().toString(), u"Messaging  (1 of 2)"_s);
    QCOMPARE(idsFor(u"prop:x>1"_s),
        u"unknown property 'x' — use s, d, r, lapses, reps, ivl, wb or wblast"_s);

    // "Now" is read each time the query is applied: a day later q01 is due.
    clock.advance(24 * 3600);
    QCOMPARE(idsFor(u"is:due"_s), u"q01-queues"_s);
}

void TestModels::filterWhiteboardScores()
{
    DeckModel source(&m_small);
    DeckFilterModel filter;
    QAbstractItemModelTester tester(
        &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&source);
    FakeClock clock(QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC));
    filter.setCardStates({}, &clock);

    // Before the scores arrive every card counts as never drawn; giving them applies the query
    // typed before again.
    filter.setQuery(u"prop:wb<0.8"_s);
    QVERIFY(!filter.queryError());
    QCOMPARE(visibleIds(filter), QString());
    filter.setWhiteboardScores({{u"q01-queues"_s, WhiteboardScore {0.9, 0.4, 2, {}}},
        {u"q03-caches"_s, WhiteboardScore {0.5, 0.5, 1, {}}}});
    QCOMPARE(visibleIds(filter), u"q03-caches"_s);
    QCOMPARE(filter.index(0, 0).data().toString(), u"Performance  (1 of 1)"_s);

    const auto idsFor = [&](const QString &query) {
        filter.setQuery(query);
        return filter.queryError() ? filter.queryError()->message : visibleIds(filter);
    };
    QCOMPARE(idsFor(u"prop:wblast<0.8"_s), u"q01-queues q03-caches"_s);
    QCOMPARE(idsFor(u"prop:wb>=0"_s), u"q01-queues q03-caches"_s);
    QCOMPARE(idsFor(u"-prop:wb>=0 is:new"_s), u"q02-topics"_s); // never drawn; not the page
    QCOMPARE(
        idsFor(u"prop:wb<80"_s), u"'prop:wb<80' compares a score from 0 to 1, like prop:wb<0.8"_s);
}

namespace {

/// The small deck's three questions, q01 drawn well then badly, q03 once; q02 never drawn.
QHash<QString, WhiteboardScore> browserScores()
{
    return {{u"q01-queues"_s, WhiteboardScore {0.875, 0.25, 4, {}}},
        {u"q03-caches"_s, WhiteboardScore {0.5, 0.5, 1, {}}}};
}

} // namespace

void TestModels::browserWhiteboardColumns_data()
{
    QTest::addColumn<QString>("cardId");
    QTest::addColumn<QString>("best");
    QTest::addColumn<QString>("last");
    QTest::newRow("drawn four times") << u"q01-queues"_s << u"88 %"_s << u"25 %"_s;
    QTest::newRow("never drawn") << u"q02-topics"_s << QString() << QString();
    QTest::newRow("drawn once") << u"q03-caches"_s << u"50 %"_s << u"50 %"_s;
}

void TestModels::browserWhiteboardColumns()
{
    QFETCH(QString, cardId);
    QFETCH(QString, best);
    QFETCH(QString, last);
    FakeClock clock(QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC));
    CardBrowserModel model(&m_small, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), 12);
    QCOMPARE(model.headerData(CardBrowserModel::WhiteboardBest, Qt::Horizontal).toString(),
        u"WB best"_s);
    QCOMPARE(model.headerData(CardBrowserModel::WhiteboardLast, Qt::Horizontal).toString(),
        u"WB last"_s);
    QVERIFY(!model.headerData(CardBrowserModel::WhiteboardLast, Qt::Horizontal, Qt::ToolTipRole)
                 .toString()
                 .isEmpty());

    const QModelIndex row = model.indexForCard(cardId);
    const auto shown = [&](CardBrowserModel::Column column) {
        return model.index(row.row(), column).data().toString();
    };
    QCOMPARE(shown(CardBrowserModel::WhiteboardBest), QString()); // no scores yet
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setWhiteboardScores(browserScores());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(
        changed.at(0).at(0).value<QModelIndex>().column(), int(CardBrowserModel::WhiteboardBest));
    QCOMPARE(
        changed.at(0).at(1).value<QModelIndex>().column(), int(CardBrowserModel::WhiteboardLast));
    QCOMPARE(shown(CardBrowserModel::WhiteboardBest), best);
    QCOMPARE(shown(CardBrowserModel::WhiteboardLast), last);
    QCOMPARE(model.index(row.row(), CardBrowserModel::WhiteboardBest)
                 .data(Qt::TextAlignmentRole)
                 .value<Qt::Alignment>(),
        Qt::AlignRight | Qt::AlignVCenter);

    // Scores outlive a refresh of the review states, and go when the store says so.
    model.setStates({});
    QCOMPARE(shown(CardBrowserModel::WhiteboardLast), last);
    model.setWhiteboardScores({});
    QCOMPARE(shown(CardBrowserModel::WhiteboardBest), QString());
}

void TestModels::browserSortsByWhiteboardScore_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("ids");
    // Never drawn sorts below every score, 0 included: first when ascending.
    QTest::newRow("best ascending") << int(CardBrowserModel::WhiteboardBest) << Qt::AscendingOrder
                                    << u"q02-topics q03-caches q01-queues"_s;
    QTest::newRow("best descending") << int(CardBrowserModel::WhiteboardBest) << Qt::DescendingOrder
                                     << u"q01-queues q03-caches q02-topics"_s;
    QTest::newRow("last ascending") << int(CardBrowserModel::WhiteboardLast) << Qt::AscendingOrder
                                    << u"q02-topics q01-queues q03-caches"_s;
}

void TestModels::browserSortsByWhiteboardScore()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, ids);
    FakeClock clock(QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC));
    CardBrowserModel model(&m_small, &clock);
    CardBrowserFilter filter;
    QAbstractItemModelTester tester(
        &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    model.setWhiteboardScores(browserScores());
    filter.sort(column, order);
    QStringList sorted;
    for (int r = 0; r < filter.rowCount(); ++r)
        sorted.append(filter.index(r, 0).data(CardBrowserModel::CardIdRole).toString());
    QCOMPARE(sorted.join(u' '), ids);
}

void TestModels::browserSearchesWhiteboardScores()
{
    FakeClock clock(QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC));
    CardBrowserModel model(&m_small, &clock);
    CardBrowserFilter filter;
    QAbstractItemModelTester tester(
        &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    filter.sort(CardBrowserModel::Id, Qt::AscendingOrder);
    const auto shownIds = [&] {
        QStringList ids;
        for (int r = 0; r < filter.rowCount(); ++r)
            ids.append(filter.index(r, 0).data(CardBrowserModel::CardIdRole).toString());
        return ids.join(u' ');
    };
    const auto idsFor = [&](const QString &query) {
        filter.setQuery(query);
        return shownIds();
    };
    // Typed before the scores arrive: nothing drawn yet, then the rows follow the new scores.
    QCOMPARE(idsFor(u"prop:wb<0.8"_s), QString());
    model.setWhiteboardScores(browserScores());
    QCOMPARE(shownIds(), u"q03-caches"_s);
    QCOMPARE(idsFor(u"prop:wb<0.8"_s), u"q03-caches"_s);
    QCOMPARE(idsFor(u"prop:wblast<0.8"_s), u"q01-queues q03-caches"_s);
    QCOMPARE(idsFor(u"-prop:wb>=0"_s), u"q02-topics"_s);
    QCOMPARE(idsFor(QString()), u"q01-queues q02-topics q03-caches"_s);
}

void TestModels::smallDeck()
{
    DeckModel model(&m_small);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Sections in study order: the order their first card appears (questions come first).
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex messaging = model.index(0, 0);
    QCOMPARE(messaging.data().toString(), u"Messaging"_s);
    QCOMPARE(messaging.data(Qt::ToolTipRole).toString(), u"Messaging"_s);
    QCOMPARE(messaging.data(DeckModel::QuestionCountRole).toInt(), 2);
    QCOMPARE(model.rowCount(messaging), 3); // two questions, then the reference page
    QCOMPARE(model.index(2, 0, messaging).data(DeckModel::CardIdRole).toString(), u"r01-runbook"_s);
    QVERIFY(model.index(2, 0, messaging).data(DeckModel::IsReferenceRole).toBool());

    const QModelIndex q01 = model.indexForCard(u"q01-queues"_s);
    QCOMPARE(q01.data().toString(), u"When do you use a queue?"_s);
    QCOMPARE(
        q01.data(Qt::ToolTipRole).toString(), u"When do you use a queue?\nmessaging, sqs, dlq"_s);
    QCOMPARE(q01.data(DeckModel::SearchTextRole).toString(),
        u"when do you use a queue use sqs with a dlq for failures messaging sqs dlq"_s);
    QCOMPARE(model.card(q01), m_small.card(u"q01-queues"_s));
    QCOMPARE(model.card(messaging), nullptr);
    QCOMPARE(model.card({}), nullptr);
    QVERIFY(!q01.data(DeckModel::QuestionCountRole).isValid());
    QVERIFY(!messaging.data(DeckModel::SearchTextRole).isValid());
    QVERIFY(!model.index(0, 1).isValid());
    QVERIFY(!model.index(3, 0, messaging).isValid());
    QCOMPARE(model.indexForCard(u"q03-caches"_s).parent(), model.index(1, 0));
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
