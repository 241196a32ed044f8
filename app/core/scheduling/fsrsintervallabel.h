// The short interval text on the review buttons ("10m", "3d", "1.2y"): how long until a card
// graded now would be due again. Used by the review screen with FsrsScheduler::preview().
#pragma once

#include <QDateTime>
#include <QString>

namespace ArchDeck {

/// The time from `from` to `to` in the largest unit that fits, months as 30 days and years as
/// 365: 45 s → "45s", 10 min → "10m", 3 h → "3h", 90 min → "1.5h", 3 days → "3d",
/// 60 days → "2mo", 45 days → "1.5mo", 438 days → "1.2y". Seconds, minutes and days are whole;
/// hours, months and years keep one decimal when it is not zero. A negative span reads "0s".
QString intervalLabel(const QDateTime &from, const QDateTime &to);

} // namespace ArchDeck
