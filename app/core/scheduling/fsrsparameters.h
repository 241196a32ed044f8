// The settings of the FSRS-6 scheduler, defaulting to what ts-fsrs 5.4 ships. FsrsScheduler takes
// them by value; the settings screen and the store will read and write them.
#pragma once

#include <QList>
#include <QStringView>

#include <array>

namespace ArchDeck {

struct FsrsParameters
{
    static constexpr int weightCount = 21;
    using Weights = std::array<double, weightCount>;

    /// The published FSRS-6 defaults; w[20] = 0.1542 is the forgetting curve's decay.
    static Weights defaultWeights();

    Weights weights = defaultWeights();
    double desiredRetention = 0.9; ///< in (0, 1]; the recall probability intervals aim for
    int maximumInterval = 36500; ///< days
    QList<int> learningSteps {1, 10}; ///< minutes, for new cards
    QList<int> relearningSteps {10}; ///< minutes, for cards forgotten in review
    bool fuzzEnabled = false; ///< spread review intervals by a few days (seeded, repeatable)
    /// Reviews on the same day change stability (the "short-term" model). Off means every grade,
    /// even of a new card, gives an interval of at least a day and the steps are ignored.
    bool shortTermEnabled = true;

    /// The weights as the scheduler uses them: each clamped to the range FSRS-6 allows, as ts-fsrs
    /// does (with more than one relearning step, w17 and w18 get a lower ceiling).
    Weights clampedWeights() const;

    /// Minutes in a step written the ts-fsrs way: "1m" → 1, "2h" → 120, "1d" → 1440; -1 if the
    /// text is not a whole number followed by m, h or d.
    static int stepMinutes(QStringView step);
};

} // namespace ArchDeck
