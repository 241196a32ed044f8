#include "fsrsscheduler.h"

#include "fsrsfuzz.h"
#include "fsrsmath.h"

#include <array>
#include <utility>

namespace ArchDeck {

namespace {

constexpr qint64 msPerMinute = 60 * 1000;
constexpr qint64 msPerDay = 24 * 60 * msPerMinute;
constexpr std::array<Rating, 4> ratings {Rating::Again, Rating::Hard, Rating::Good, Rating::Easy};

FsrsMemory memoryOf(const SchedulingState &card)
{
    return {card.stability, card.difficulty};
}

/// Where a (re)learning step leads: `minutes` until due, or 0 to leave the steps for an interval
/// of days.
struct StepOutcome
{
    int minutes = 0;
    int nextStep = 0;
};

// ts-fsrs's BasicLearningStepsStrategy. Hard repeats the current step but always waits the mean
// of the first two steps (6m by default), even on the second step; Good moves to the next step or
// graduates; Easy always graduates.
StepOutcome stepOutcome(const FsrsParameters &parameters, CardPhase phase, int step, Rating rating)
{
    const bool relearning = phase == CardPhase::Relearning || phase == CardPhase::Review;
    const QList<int> &steps = relearning ? parameters.relearningSteps : parameters.learningSteps;
    step = std::max(step, 0);
    if (steps.isEmpty() || step >= steps.size())
        return {};
    if (phase == CardPhase::Review)
        return rating == Rating::Again ? StepOutcome {steps.at(step), 0} : StepOutcome {};
    switch (rating) {
    case Rating::Again:
        return {steps.first(), 0};
    case Rating::Hard: {
        const double minutes
            = steps.size() == 1 ? steps.first() * 1.5 : (steps.at(0) + steps.at(1)) / 2.0;
        return {int(FsrsMath::jsRound(minutes)), step};
    }
    case Rating::Good:
        if (step + 1 < steps.size() && steps.at(step + 1) > 0)
            return {steps.at(step + 1), step + 1};
        return {};
    case Rating::Easy:
        break;
    }
    return {};
}

} // namespace

const SchedulingState &FsrsPreview::after(Rating rating) const
{
    switch (rating) {
    case Rating::Again:
        return again;
    case Rating::Hard:
        return hard;
    case Rating::Good:
        return good;
    case Rating::Easy:
        break;
    }
    return easy;
}

SchedulingState &FsrsPreview::after(Rating rating)
{
    return const_cast<SchedulingState &>(std::as_const(*this).after(rating));
}

/// One review in progress: ts-fsrs's `current` card. Every outcome starts from `card`, the card
/// as it was with this review counted, its time set as the last review and the days since the
/// previous one.
struct FsrsScheduler::Review
{
    QDateTime now;
    int elapsedDays = 0;
    SchedulingState card;
    QString fuzzSeed;
};

FsrsScheduler::FsrsScheduler(const FsrsParameters &parameters)
    : m_parameters(parameters)
    , m_model(parameters)
{ }

void FsrsScheduler::setParameters(const FsrsParameters &parameters)
{
    m_parameters = parameters;
    m_model = FsrsMemoryModel(parameters);
}

SchedulingState FsrsScheduler::newCard(const QDateTime &createdAt)
{
    SchedulingState card;
    card.due = createdAt.toUTC();
    return card;
}

SchedulingState FsrsScheduler::next(
    const SchedulingState &card, const QDateTime &now, Rating rating) const
{
    // All four outcomes, because in review the interval of one grade depends on the others.
    return preview(card, now).after(rating);
}

FsrsPreview FsrsScheduler::preview(const SchedulingState &card, const QDateTime &now) const
{
    const Review review = begin(card, now);
    return m_parameters.shortTermEnabled ? previewWithSteps(review) : previewLongTerm(review);
}

double FsrsScheduler::retrievability(const SchedulingState &card, const QDateTime &now) const
{
    if (card.phase == CardPhase::New || !card.lastReview.isValid())
        return 0;
    // Whole 24-hour days here, unlike the calendar days a review counts.
    const qint64 days = card.lastReview.msecsTo(now) / msPerDay;
    return m_model.forgettingCurve(
        double(std::max<qint64>(days, 0)), FsrsMath::roundTo8(card.stability));
}

double FsrsScheduler::forgettingCurve(double elapsedDays, double stability) const
{
    return m_model.forgettingCurve(elapsedDays, stability);
}

FsrsScheduler::Review FsrsScheduler::begin(const SchedulingState &card, const QDateTime &now) const
{
    Review review {now.toUTC(), 0, card, {}};
    // Days between the UTC calendar dates, not 24-hour periods: 23:59 → 00:01 is one day.
    if (card.phase != CardPhase::New && card.lastReview.isValid()) {
        const qint64 days = card.lastReview.toUTC().date().daysTo(review.now.date());
        review.elapsedDays = int(std::max<qint64>(days, 0)); // ts-fsrs refuses a review in the past
    }
    review.card.lastReview = review.now;
    review.card.elapsedDays = review.elapsedDays;
    review.card.reps += 1;
    if (m_parameters.fuzzEnabled)
        review.fuzzSeed
            = fsrsFuzzSeed(review.now, review.card.reps, card.difficulty, card.stability);
    return review;
}

int FsrsScheduler::interval(const Review &review, double stability) const
{
    const int days = m_model.interval(stability);
    if (!m_parameters.fuzzEnabled)
        return days;
    return fsrsFuzzInterval(
        days, review.elapsedDays, m_parameters.maximumInterval, review.fuzzSeed);
}

void FsrsScheduler::setInterval(const Review &review, SchedulingState &card, int days) const
{
    card.phase = CardPhase::Review;
    card.learningSteps = 0;
    card.scheduledDays = days;
    card.due = review.now.addMSecs(days * msPerDay);
}

// Puts a New, Learning or Relearning card (or a Review card graded Again) on its next step, or
// graduates it to Review with an interval from its new stability.
void FsrsScheduler::applySteps(
    const Review &review, SchedulingState &card, Rating rating, CardPhase stepPhase) const
{
    const StepOutcome step
        = stepOutcome(m_parameters, review.card.phase, review.card.learningSteps, rating);
    if (step.minutes > 0 && step.minutes < 1440) {
        card.phase = stepPhase;
        card.learningSteps = step.nextStep;
        card.scheduledDays = 0;
        card.due = review.now.addMSecs(step.minutes * msPerMinute);
    } else if (step.minutes >= 1440) { // a step of a day or more counts as an interval
        card.phase = CardPhase::Review;
        card.learningSteps = step.nextStep;
        card.scheduledDays = step.minutes / 1440;
        card.due = review.now.addMSecs(step.minutes * msPerMinute);
    } else {
        setInterval(review, card, interval(review, card.stability));
    }
}

FsrsPreview FsrsScheduler::previewWithSteps(const Review &review) const
{
    FsrsPreview preview {review.card, review.card, review.card, review.card};
    const FsrsMemory memory = memoryOf(review.card);

    if (review.card.phase != CardPhase::Review) {
        const CardPhase stepPhase
            = review.card.phase == CardPhase::New ? CardPhase::Learning : review.card.phase;
        for (const Rating rating : ratings) {
            SchedulingState &card = preview.after(rating);
            const FsrsMemory next = m_model.next(memory, review.elapsedDays, rating);
            card.stability = next.stability;
            card.difficulty = next.difficulty;
            applySteps(review, card, rating, stepPhase);
        }
        return preview;
    }

    const double r = m_model.forgettingCurve(review.elapsedDays, memory.stability);
    for (const Rating rating : ratings) {
        SchedulingState &card = preview.after(rating);
        const FsrsMemory next = m_model.next(memory, review.elapsedDays, rating, r);
        card.stability = next.stability;
        card.difficulty = next.difficulty;
    }
    // Hard ≤ Good − 1 and Easy ≥ Good + 1, even when that passes the maximum interval.
    int hard = interval(review, preview.hard.stability);
    int good = interval(review, preview.good.stability);
    hard = std::min(hard, good);
    good = std::max(good, hard + 1);
    const int easy = std::max(interval(review, preview.easy.stability), good + 1);
    setInterval(review, preview.hard, hard);
    setInterval(review, preview.good, good);
    setInterval(review, preview.easy, easy);
    applySteps(review, preview.again, Rating::Again, CardPhase::Relearning);
    preview.again.lapses += 1;
    return preview;
}

// Without the short-term model every grade gives whole days, new cards included, and a lapse is
// counted whenever a card that has been graded before gets Again.
FsrsPreview FsrsScheduler::previewLongTerm(const Review &review) const
{
    Review current = review;
    if (review.card.phase == CardPhase::New) {
        current.card.scheduledDays = 0;
        current.card.elapsedDays = 0;
        current.elapsedDays = 0;
    }
    FsrsPreview preview {current.card, current.card, current.card, current.card};
    const FsrsMemory memory = memoryOf(current.card);
    const bool isNew = memory.stability == 0 && memory.difficulty == 0;
    const double r = isNew ? 0 : m_model.forgettingCurve(current.elapsedDays, memory.stability);
    for (const Rating rating : ratings) {
        SchedulingState &card = preview.after(rating);
        const FsrsMemory next = m_model.next(memory, current.elapsedDays, rating, r);
        card.stability = next.stability;
        card.difficulty = next.difficulty;
    }
    int again = interval(current, preview.again.stability);
    int hard = interval(current, preview.hard.stability);
    again = std::min(again, hard);
    hard = std::max(hard, again + 1);
    const int good = std::max(interval(current, preview.good.stability), hard + 1);
    const int easy = std::max(interval(current, preview.easy.stability), good + 1);
    setInterval(current, preview.again, again);
    setInterval(current, preview.hard, hard);
    setInterval(current, preview.good, good);
    setInterval(current, preview.easy, easy);
    if (review.card.phase != CardPhase::New)
        preview.again.lapses += 1;
    return preview;
}

} // namespace ArchDeck
