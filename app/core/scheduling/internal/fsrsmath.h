// Rounding that matches JavaScript's, so FsrsScheduler computes bit-for-bit what ts-fsrs computes.
// Internal to the fsrs* files.
#pragma once

#include <cmath>

namespace ArchDeck::FsrsMath {

/// JavaScript's Math.round: halves go up (-2.5 → -2, 2.5 → 3), unlike std::round.
inline double jsRound(double value)
{
    const double down = std::floor(value);
    return value - down >= 0.5 ? down + 1 : down;
}

/// ts-fsrs's roundTo(value, 8): nearly every quantity it stores is rounded like this.
inline double roundTo8(double value)
{
    constexpr double scale = 1e8;
    return jsRound(value * scale) / scale;
}

inline double clamp(double value, double low, double high)
{
    return std::min(std::max(value, low), high);
}

} // namespace ArchDeck::FsrsMath
