// The formulas of FSRS-6: how stability and difficulty change with each grade, the forgetting
// curve, and the interval that reaches the desired retention. FsrsScheduler wraps them in the card
// life cycle (steps, phases); nothing else should need this class.
#pragma once

#include "fsrsparameters.h"
#include "reviewtypes.h"

namespace ArchDeck {

/// What FSRS knows about one card's memory. {0, 0} is a card never reviewed.
struct FsrsMemory
{
    double stability = 0; ///< days until recall probability falls to 90%
    double difficulty = 0; ///< 1 (easy) … 10 (hard)
};

class FsrsMemoryModel
{
public:
    explicit FsrsMemoryModel(const FsrsParameters &parameters);

    /// R(t, S) = (1 + factor·t/S)^−w20, rounded to 8 decimals. R(S, S) = 0.9 for every S.
    double forgettingCurve(double elapsedDays, double stability) const;

    /// The memory after a grade given `elapsedDays` calendar days after the previous review. A
    /// first review ({0, 0}) gives the initial values: Good → {2.3065, 2.11810397}.
    FsrsMemory next(const FsrsMemory &memory, int elapsedDays, Rating rating) const;
    FsrsMemory next(const FsrsMemory &memory, int elapsedDays, Rating rating,
        double retrievability) const; ///< with R computed once for all four grades

    /// Whole days until retrievability falls to the desired retention: 1 … maximumInterval.
    int interval(double stability) const;

    double intervalModifier() const { return m_intervalModifier; }

private:
    double initialStability(Rating rating) const;
    double initialDifficulty(Rating rating) const;
    double nextDifficulty(double difficulty, Rating rating) const;
    double recallStability(
        double difficulty, double stability, double retrievability, Rating rating) const;
    double forgetStability(double difficulty, double stability, double retrievability) const;
    double shortTermStability(double stability, Rating rating) const;

    FsrsParameters::Weights m_w;
    bool m_shortTermEnabled;
    int m_maximumInterval;
    double m_decay;
    double m_factor;
    double m_intervalModifier;
};

} // namespace ArchDeck
