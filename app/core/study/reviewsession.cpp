#include "reviewsession.h"

#include "clock.h"
#include "collectionstore.h"
#include "deck.h"
#include "studyday.h"

#include <QSet>

#include <algorithm>

namespace ArchDeck {

namespace {

const QString kNewPerDayKey = QStringLiteral("new_cards_per_day");
const QString kRetentionKey = QStringLiteral("desired_retention");

bool isLearning(CardPhase phase)
{
    return phase == CardPhase::Learning || phase == CardPhase::Relearning;
}

} // namespace

ReviewSession::ReviewSession(CollectionStore *store, const Deck *deck, const Clock *clock)
    : m_store(store)
    , m_deck(deck)
    , m_clock(clock)
{ }

Status ReviewSession::loadSettings()
{
    const Result<QString> perDay
        = m_store->setting(kNewPerDayKey, QString::number(defaultNewCardsPerDay));
    if (!perDay.isOk())
        return {perDay.diagnostics};
    bool ok = false;
    const int limit = perDay.value.toInt(&ok);
    m_newPerDay = ok && limit >= 0 ? limit : defaultNewCardsPerDay;

    const Result<FsrsParameters> parameters = parametersFrom(*m_store);
    m_scheduler.setParameters(parameters.value);
    return {parameters.diagnostics};
}

Result<FsrsParameters> ReviewSession::parametersFrom(const CollectionStore &store)
{
    FsrsParameters parameters;
    const Result<QString> retention = store.setting(kRetentionKey);
    bool ok = false;
    const double desired = retention.value.toDouble(&ok);
    if (retention.isOk() && ok && desired > 0.5 && desired < 1.0)
        parameters.desiredRetention = desired;
    return {parameters, retention.diagnostics}; // a warning at most: the defaults stand
}

Result<ReviewRecord> ReviewSession::gradeCard(CollectionStore *store, const QString &cardId,
    Rating rating, const QDateTime &now, qint64 durationMs)
{
    using Failure = Result<ReviewRecord>;
    const Result<FsrsParameters> parameters = parametersFrom(*store);
    if (!parameters.isOk())
        return Failure::failure(parameters.diagnostics);
    if (const auto added = store->addCards({cardId}, now); !added.isOk())
        return Failure::failure(added.diagnostics);
    const Result<SchedulingState> state = store->cardState(cardId);
    if (!state.isOk())
        return Failure::failure(state.diagnostics);
    ReviewRecord review;
    review.cardId = cardId;
    review.reviewedAt = now;
    review.rating = rating;
    review.durationMs = std::max<qint64>(0, durationMs);
    review.before = state.value;
    review.after = FsrsScheduler(parameters.value).next(state.value, now, rating);
    const Result<qint64> saved = store->saveReview(review);
    if (!saved.isOk())
        return Failure::failure(saved.diagnostics);
    review.id = saved.value;
    return Result<ReviewRecord>::success(review);
}

Status ReviewSession::rebuild()
{
    if (Status loaded = loadSettings(); !loaded.isOk())
        return loaded;
    const QDateTime now = m_clock->now();
    QStringList ids;
    for (const Card &card : m_deck->cards())
        if (card.isQuestion())
            ids.append(card.id);
    if (const auto added = m_store->addCards(ids, now); !added.isOk())
        return {added.diagnostics};

    const auto states = m_store->allCardStates();
    if (!states.isOk())
        return {states.diagnostics};
    const StudyDay day = StudyDay::containing(now);
    const auto today = m_store->reviewSummary(day.start(), now.addSecs(1));
    if (!today.isOk())
        return {today.diagnostics};
    m_reviewsToday = today.value.reviews;
    const int newToday = std::max(0, m_newPerDay - today.value.newCardsStudied);
    // New cards in the order they were added, but only this deck's: a collection that also
    // holds another deck's new cards must not fill today's quota with cards never shown here.
    auto fresh = m_store->newCards(newToday);
    if (fresh.isOk() && fresh.value.size() == newToday
        && std::any_of(fresh.value.cbegin(), fresh.value.cend(),
            [this](const StoredCard &card) { return !m_deck->card(card.cardId); }))
        fresh = m_store->newCards(-1); // all of them; the loop below takes this deck's first
    if (!fresh.isOk())
        return {fresh.diagnostics};

    // Only the deck's cards take part: a card removed from the deck keeps its history but is
    // never asked again.
    QList<Entry> learning;
    QList<Entry> review;
    int learningLater = 0;
    m_nextDue = {};
    for (auto it = states.value.cbegin(); it != states.value.cend(); ++it) {
        const SchedulingState &state = it.value();
        if (!m_deck->card(it.key()))
            continue;
        switch (StudyDay::due(state, now)) {
        case StudyDay::Due::Now:
            (isLearning(state.phase) ? learning : review).append({it.key(), state});
            continue;
        case StudyDay::Due::LaterToday:
            ++learningLater;
            break;
        case StudyDay::Due::AfterToday:
            break;
        case StudyDay::Due::Unscheduled:
            continue;
        }
        if (!m_nextDue.isValid() || state.due < m_nextDue)
            m_nextDue = state.due;
    }
    const auto byDue = [](const Entry &a, const Entry &b) {
        return a.state.due != b.state.due ? a.state.due < b.state.due : a.cardId < b.cardId;
    };
    std::sort(learning.begin(), learning.end(), byDue);
    std::sort(review.begin(), review.end(), byDue);
    QList<Entry> newEntries;
    for (const StoredCard &card : fresh.value)
        if (newEntries.size() < newToday && m_deck->card(card.cardId))
            newEntries.append({card.cardId, card.state});

    m_counts = {int(learning.size()), int(review.size()), int(newEntries.size()), learningLater};
    m_current.reset();
    if (!learning.isEmpty())
        m_current = learning.constFirst();
    else if (!review.isEmpty())
        m_current = review.constFirst();
    else if (!newEntries.isEmpty())
        m_current = newEntries.constFirst();
    m_currentState = m_current ? m_current->state : SchedulingState {};
    return Status::success();
}

const Card *ReviewSession::current() const
{
    return m_current ? m_deck->card(m_current->cardId) : nullptr;
}

FsrsPreview ReviewSession::preview() const
{
    return m_scheduler.preview(m_currentState, m_clock->now());
}

Status ReviewSession::grade(Rating rating, qint64 durationMs)
{
    if (!m_current)
        return Status::failure(Diagnostic::failure(QStringLiteral("There is no card to grade.")));
    const QDateTime now = m_clock->now();
    ReviewRecord review;
    review.cardId = m_current->cardId;
    review.reviewedAt = now;
    review.rating = rating;
    review.durationMs = std::max<qint64>(0, durationMs);
    review.before = m_currentState;
    review.after = m_scheduler.next(m_currentState, now, rating);
    if (const auto saved = m_store->saveReview(review); !saved.isOk())
        return {saved.diagnostics}; // nothing changed: the same card stays current
    m_graded.append({review.cardId, rating, review.durationMs});
    return rebuild();
}

Status ReviewSession::undo()
{
    if (m_graded.isEmpty())
        return Status::failure(Diagnostic::failure(QStringLiteral("There is no grade to undo.")));
    const auto undone = m_store->undoLastReview();
    if (!undone.isOk())
        return {undone.diagnostics};
    m_graded.removeLast();
    if (Status rebuilt = rebuild(); !rebuilt.isOk())
        return rebuilt;
    if (undone.value) {
        // The card graded last is the one to show again, whatever the queue would pick.
        m_current = Entry {undone.value->cardId, undone.value->before};
        m_currentState = undone.value->before;
    }
    return Status::success();
}

ReviewSession::Tally ReviewSession::tally() const
{
    Tally tally;
    QSet<QString> cards;
    for (const Graded &graded : m_graded) {
        cards.insert(graded.cardId);
        ++tally.reviews;
        tally.durationMs += graded.durationMs;
        switch (graded.rating) {
        case Rating::Again:
            ++tally.again;
            break;
        case Rating::Hard:
            ++tally.hard;
            break;
        case Rating::Good:
            ++tally.good;
            break;
        case Rating::Easy:
            ++tally.easy;
            break;
        }
    }
    tally.cards = int(cards.size());
    return tally;
}

} // namespace ArchDeck
