// bench_store — the collection store at scale: a generated 100,000-card collection with 1,000,000
// review-log rows; prints open + queue build, a search, next card, grade + commit against the
// goals (open ≤ 1 s, search ≤ 50 ms, next ≤ 5 ms, grade ≤ 10 ms). Prints; never asserts.
//
//   bench_store [DIR]   (default: a temporary folder, generated and removed; with DIR the
//                        collection is generated there once and reused by later runs)
#include "collectionstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

namespace {

constexpr int cardCount = 100000;
constexpr int reviewCount = 1000000;
constexpr int newCardCount = 20000; // never studied
constexpr int learningCount = 3000; // in (re)learning steps
const QDateTime now = QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC); // 2026-01-01

QTextStream out(stdout);

QString cardId(int n)
{
    return u"q%1-generated-card"_s.arg(n, 6, 10, QChar(u'0'));
}

/// Card n's state now: New, (re)learning, or Review with an interval and a due time around now.
SchedulingState stateOf(int n, QRandomGenerator &random)
{
    SchedulingState state;
    if (n < newCardCount)
        return state;
    const bool learning = n < newCardCount + learningCount;
    state.phase
        = learning ? (n % 2 ? CardPhase::Learning : CardPhase::Relearning) : CardPhase::Review;
    state.scheduledDays = learning ? 0 : 1 + int(random.bounded(365));
    state.stability
        = learning ? random.bounded(2.0) : state.scheduledDays * (0.8 + random.bounded(0.4));
    state.difficulty = 1 + random.bounded(9.0);
    state.reps = 1 + int(random.bounded(20));
    state.lapses = int(random.bounded(4));
    state.learningSteps = learning ? 1 : 0;
    // Last reviewed somewhere in its interval (plus a little backlog), so some are due now.
    const qint64 intervalMs = qint64(std::max(state.scheduledDays, 1)) * 86400000;
    state.lastReview = now.addMSecs(-qint64(random.bounded(double(intervalMs) + 3 * 86400000.0)));
    state.due = learning ? state.lastReview.addSecs(600) : state.lastReview.addMSecs(intervalMs);
    state.elapsedDays = int(random.bounded(30));
    return state;
}

bool generate(const QString &directory)
{
    QElapsedTimer timer;
    timer.start();
    CollectionStore store;
    StoreOpenOptions options;
    options.backup = StoreOpenOptions::Backup::Skip;
    if (const StoreOpenResult opened = store.open(directory, options); !opened.isOpen()) {
        out << "bench_store: " << opened.errorMessage() << Qt::endl;
        return false;
    }
    QRandomGenerator random(42);
    QList<StoredCard> cards;
    for (int n = 0; n < cardCount; ++n)
        cards.append({cardId(n), now.addDays(-800).addSecs(n), stateOf(n, random)});
    if (const Status loaded = store.insertBulk(cards, {}); !loaded.isOk()) {
        out << "bench_store: " << loaded.errorMessage() << Qt::endl;
        return false;
    }
    // The log: 1,000,000 grades over the last two years, spread over the studied cards, appended
    // in time order as a real log is.
    constexpr int chunk = 50000;
    constexpr double spanMs = 730.0 * 86400000.0;
    for (int first = 0; first < reviewCount; first += chunk) {
        QList<ReviewRecord> reviews;
        reviews.reserve(chunk);
        for (int i = first; i < first + chunk; ++i) {
            ReviewRecord review;
            const int n = newCardCount + int(random.bounded(cardCount - newCardCount));
            review.cardId = cardId(n);
            review.reviewedAt = now.addMSecs(qint64(spanMs * (double(i) / reviewCount - 1.0)));
            review.rating = Rating(1 + int(random.bounded(4)));
            review.durationMs = 2000 + random.bounded(30000);
            review.before = stateOf(n, random);
            review.after = stateOf(n, random);
            reviews.append(review);
        }
        if (const Status loaded = store.insertBulk({}, reviews); !loaded.isOk()) {
            out << "bench_store: " << loaded.errorMessage() << Qt::endl;
            return false;
        }
    }
    out << u"generated %1 cards, %2 reviews in %3 s (%4 MB)"_s.arg(cardCount)
               .arg(reviewCount)
               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
               .arg(QFileInfo(store.databasePath()).size() / 1e6, 0, 'f', 0)
        << Qt::endl;
    return true;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// "median 0.12 ms, p95 0.30 ms, max 0.40 ms over 200 runs" for \a times (sorted here).
QString spread(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return u"median %1 ms, p95 %2 ms, max %3 ms over %4 runs"_s
        .arg(times.at(times.size() / 2), 0, 'f', 3)
        .arg(times.at(times.size() * 95 / 100), 0, 'f', 3)
        .arg(times.constLast(), 0, 'f', 3)
        .arg(times.size());
}

/// Runs \a step \a runs times and reports the spread.
QString timeRuns(int runs, const std::function<void()> &step)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        step();
        times.append(msSince(timer));
    }
    return spread(times);
}

void line(const QString &what, const QString &figure, const QString &goal = {})
{
    out << what.leftJustified(50, u' ') << figure;
    if (!goal.isEmpty())
        out << "   (goal " << goal << ")";
    out << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temporary;
    const QString directory = app.arguments().value(1, temporary.path());
    if (!QFileInfo::exists(QDir(directory).filePath(CollectionStore::databaseFileName()))
        && !generate(directory))
        return 1;

    // Open as the app does: quick_check, pragmas, schema; the backup starts in the background.
    CollectionStore store;
    StoreOpenOptions options;
    options.now = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();
    const StoreOpenResult opened = store.open(directory, options);
    const double openMs = msSince(timer);
    if (!opened.isOpen()) {
        out << "bench_store: " << opened.errorMessage() << Qt::endl;
        return 1;
    }
    timer.restart();
    const QList<StoredCard> due = store.dueCards(now, cardCount).value;
    const QList<StoredCard> fresh = store.newCards(10).value;
    const double queueMs = msSince(timer);
    line(u"open (quick_check, pragmas, schema)"_s, u"%1 ms"_s.arg(openMs, 0, 'f', 1));
    line(u"queue build (%1 due + %2 new)"_s.arg(due.size()).arg(fresh.size()),
        u"%1 ms"_s.arg(queueMs, 0, 'f', 1));
    line(u"open + queue build"_s, u"%1 ms"_s.arg(openMs + queueMs, 0, 'f', 1), u"≤ 1000 ms"_s);
    timer.restart();
    const Result<QString> backup = store.waitForBackup();
    line(u"backup on start, in the background (VACUUM INTO)"_s,
        backup.isOk() ? u"%1 ms more"_s.arg(msSince(timer), 0, 'f', 1) : backup.errorMessage());

    StoredCardFilter filter;
    filter.idContains = u"q0512"_s;
    filter.phases = {CardPhase::Review};
    filter.minStability = 10;
    filter.order = StoredCardFilter::Order::ByDue;
    filter.limit = 200;
    int found = 0;
    line(u"search (id~q0512, is:review, prop:s>=10)"_s,
        timeRuns(20, [&] { found = int(store.findCards(filter).value.size()); }), u"≤ 50 ms"_s);
    StoredCardFilter wide;
    wide.maxDifficulty = 3;
    wide.minLapses = 1;
    wide.limit = 200;
    line(u"search (prop:d<=3 prop:lapses>=1, 200 rows)"_s,
        timeRuns(20, [&] { found += int(store.findCards(wide).value.size()); }), u"≤ 50 ms"_s);

    QRandomGenerator random(7);
    StoredCard next;
    line(u"next card (earliest due, else first new)"_s,
        timeRuns(200,
            [&] {
                QList<StoredCard> cards = store.dueCards(now, 1).value;
                if (cards.isEmpty())
                    cards = store.newCards(1).value;
                next = cards.value(0);
            }),
        u"≤ 5 ms"_s);
    QList<double> gradeTimes;
    for (int i = 0; i < 200; ++i) {
        const QList<StoredCard> cards = store.dueCards(now, 1).value;
        ReviewRecord review;
        review.cardId
            = cards.isEmpty() ? cardId(int(random.bounded(cardCount))) : cards.at(0).cardId;
        review.reviewedAt = now;
        review.before = cards.isEmpty() ? SchedulingState {} : cards.at(0).state;
        review.after = review.before;
        review.after.phase = CardPhase::Review;
        review.after.due = now.addDays(3);
        review.after.lastReview = now;
        timer.restart();
        store.saveReview(review);
        gradeTimes.append(msSince(timer));
    }
    line(u"grade + commit (saveReview)"_s, spread(gradeTimes), u"≤ 10 ms"_s);
    line(u"undo last grade"_s, timeRuns(20, [&] { store.undoLastReview(); }));
    line(u"counts by phase"_s, timeRuns(5, [&] { store.countsByPhase(); }));
    line(u"due count"_s, timeRuns(5, [&] { store.dueCount(now); }));
    line(u"review summary, last 30 days"_s,
        timeRuns(5, [&] { store.reviewSummary(now.addDays(-30), now); }));
    line(u"reviews of one card (history panel)"_s,
        timeRuns(20, [&] { found += int(store.reviews(cardId(50000)).value.size()); }));
    return found >= 0 ? 0 : 1;
}
