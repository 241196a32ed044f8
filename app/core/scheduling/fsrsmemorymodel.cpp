#include "fsrsmemorymodel.h"

#include "fsrsmath.h"

#include <cmath>

// Every formula keeps ts-fsrs's order of operations and its rounding to 8 decimals: the results
// are compared with ts-fsrs's to 1e-4, and an interval that lands on x.5 days must round the same.

namespace ArchDeck {

using FsrsMath::clamp;
using FsrsMath::jsRound;
using FsrsMath::roundTo8;

namespace {

constexpr double minimumStability = 0.001;
constexpr double maximumStability = 36500;

double grade(Rating rating)
{
    return double(static_cast<int>(rating));
}

} // namespace

FsrsMemoryModel::FsrsMemoryModel(const FsrsParameters &parameters)
    : m_w(parameters.clampedWeights())
    , m_shortTermEnabled(parameters.shortTermEnabled)
    , m_maximumInterval(parameters.maximumInterval)
    , m_decay(-m_w[20])
    // 0.9 = (1 + factor)^decay: chosen so that R(S, S) = 0.9 whatever the decay.
    , m_factor(roundTo8(std::exp(std::pow(m_decay, -1) * std::log(0.9)) - 1))
    , m_intervalModifier(
          roundTo8((std::pow(parameters.desiredRetention, 1 / m_decay) - 1) / m_factor))
{ }

double FsrsMemoryModel::forgettingCurve(double elapsedDays, double stability) const
{
    return roundTo8(std::pow(1 + m_factor * elapsedDays / stability, m_decay));
}

FsrsMemory FsrsMemoryModel::next(const FsrsMemory &memory, int elapsedDays, Rating rating) const
{
    if (memory.difficulty == 0 && memory.stability == 0) // no curve yet to read R from
        return next(memory, elapsedDays, rating, 0);
    return next(memory, elapsedDays, rating, forgettingCurve(elapsedDays, memory.stability));
}

FsrsMemory FsrsMemoryModel::next(
    const FsrsMemory &memory, int elapsedDays, Rating rating, double retrievability) const
{
    if (memory.difficulty == 0 && memory.stability == 0)
        return {initialStability(rating), clamp(initialDifficulty(rating), 1, 10)};

    // ts-fsrs rejects a memory outside these bounds; a corrupt row should not stop a review.
    const double d = clamp(memory.difficulty, 1, 10);
    const double s = std::max(memory.stability, minimumStability);

    double stability = 0;
    if (elapsedDays == 0 && m_shortTermEnabled) {
        stability = shortTermStability(s, rating);
    } else if (rating == Rating::Again) {
        // A lapse never leaves the card more stable than the same-day model would after Again.
        const double w17 = m_shortTermEnabled ? m_w[17] : 0;
        const double w18 = m_shortTermEnabled ? m_w[18] : 0;
        const double floor = roundTo8(s / std::exp(w17 * w18));
        stability = clamp(floor, minimumStability, forgetStability(d, s, retrievability));
    } else {
        stability = recallStability(d, s, retrievability, rating);
    }
    return {stability, nextDifficulty(d, rating)};
}

int FsrsMemoryModel::interval(double stability) const
{
    const double days = std::max(1.0, jsRound(stability * m_intervalModifier));
    return int(std::min(days, double(m_maximumInterval)));
}

double FsrsMemoryModel::initialStability(Rating rating) const
{
    return std::max(m_w[static_cast<int>(rating) - 1], 0.1);
}

double FsrsMemoryModel::initialDifficulty(Rating rating) const
{
    // Not clamped here: the mean-reversion target D0(Easy) is below 1 with the default weights.
    return roundTo8(m_w[4] - std::exp((grade(rating) - 1) * m_w[5]) + 1);
}

double FsrsMemoryModel::nextDifficulty(double difficulty, Rating rating) const
{
    const double delta = -m_w[6] * (grade(rating) - 3);
    // Linear damping: the closer D is to 10, the less a bad grade can raise it.
    const double damped = difficulty + roundTo8(delta * (10 - difficulty) / 9);
    const double reverted
        = roundTo8(m_w[7] * initialDifficulty(Rating::Easy) + (1 - m_w[7]) * damped);
    return clamp(reverted, 1, 10);
}

double FsrsMemoryModel::recallStability(
    double difficulty, double stability, double retrievability, Rating rating) const
{
    const double hardPenalty = rating == Rating::Hard ? m_w[15] : 1;
    const double easyBonus = rating == Rating::Easy ? m_w[16] : 1;
    const double grown = stability
        * (1
            + std::exp(m_w[8]) * (11 - difficulty) * std::pow(stability, -m_w[9])
                * (std::exp((1 - retrievability) * m_w[10]) - 1) * hardPenalty * easyBonus);
    return roundTo8(clamp(grown, minimumStability, maximumStability));
}

double FsrsMemoryModel::forgetStability(
    double difficulty, double stability, double retrievability) const
{
    const double after = m_w[11] * std::pow(difficulty, -m_w[12])
        * (std::pow(stability + 1, m_w[13]) - 1) * std::exp((1 - retrievability) * m_w[14]);
    return roundTo8(clamp(after, minimumStability, maximumStability));
}

double FsrsMemoryModel::shortTermStability(double stability, Rating rating) const
{
    const double increase
        = std::pow(stability, -m_w[19]) * std::exp(m_w[17] * (grade(rating) - 3 + m_w[18]));
    // Only Again may lower stability within a day.
    const double masked = rating >= Rating::Hard ? std::max(increase, 1.0) : increase;
    return roundTo8(clamp(stability * masked, minimumStability, maximumStability));
}

} // namespace ArchDeck
