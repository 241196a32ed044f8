// ReadableTime — moments and spans of time as a person says them, for lists and summaries:
// "today 14:05", "12 min ago", "1 h 5 min", "6 min 20 s". Local time, the locale's month names,
// the clock's hour format (StudyDay::clockTime).
//
//   row->setText(ReadableTime::moment(version.savedAt, clock.now()));   // "yesterday 21:40"
#pragma once

#include <QDateTime>
#include <QString>

namespace ArchDeck::ReadableTime {

/// "today 14:05", "yesterday 21:40", "3 Nov 09:12", "3 Nov 2025 09:12".
QString moment(const QDateTime &moment, const QDateTime &now);

/// "just now", "12 min ago", "3 h ago", "5 days ago", "4 months ago", "a year ago".
QString ago(const QDateTime &moment, const QDateTime &now);

/// A span in whole minutes: "12 min", "1 h", "1 h 5 min".
QString minutes(qint64 seconds);

/// A span to the second: "45 s", "6 min", "6 min 20 s", "1 h 5 min".
QString elapsed(qint64 ms);

} // namespace ArchDeck::ReadableTime
