// Fuzz spreads review intervals a little so cards learned together do not stay due together. It is
// seeded from the review itself, as in ts-fsrs, so the same review always gets the same interval.
#pragma once

#include <QDateTime>
#include <QString>

namespace ArchDeck {

/// The whole-day intervals a fuzzed interval may take, both ends included.
struct FsrsFuzzRange
{
    int minimum = 0;
    int maximum = 0;
};

/// ts-fsrs's default seed: review time in ms, reps counting this review, and D × S before it,
/// each as JavaScript prints numbers. (2025-01-25T17:15:00Z, 3, 5, 2.5) → "1737825300000_3_12.5"
QString fsrsFuzzSeed(const QDateTime &reviewTime, int reps, double difficulty, double stability);

/// The range around `interval` days: ±(1 + 15% of the part between 2.5 and 7 days + 10% of the
/// part between 7 and 20 + 5% of the part beyond 20), rounded, at least 2 days, at most
/// `maximumInterval`, and longer than `elapsedDays` when the interval is.
/// 10 → 8–12, 30 → 27–33, 100 → 93–107, 365 → 345–385.
FsrsFuzzRange fsrsFuzzRange(int interval, int elapsedDays, int maximumInterval);

/// A day count drawn from fsrsFuzzRange() by the seeded generator; intervals under 2.5 days are
/// never fuzzed.
int fsrsFuzzInterval(int interval, int elapsedDays, int maximumInterval, QStringView seed);

/// A number as JavaScript's String(x) writes it: 12.5 → "12.5", 2 → "2", 1e21 → "1e+21".
QString javaScriptNumberText(double value);

} // namespace ArchDeck
