// StudyDay — ArchDeck's day: it begins at 4 a.m. local time, as Anki counts days, so a late-night
// session still belongs to the evening before. The one place that rule lives: the review queue,
// the statistics screen and `archdeck stats` all ask here which day a time falls in, where days
// begin and end, and whether a card is due now, later today or after today.
//
//   StudyDay::containing(26 Jan 02:30 local).date()  → 25 Jan
//   StudyDay(QDate(2025, 1, 25)).start()             → 25 Jan 04:00 local, as UTC
//   StudyDay(QDate(2025, 1, 25)).end()               → 26 Jan 04:00 local, as UTC
#pragma once

#include "reviewtypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>

namespace ArchDeck {

class StudyDay
{
public:
    static constexpr int startHour = 4;

    /// Where a card past New stands in the queue of the study day containing a moment.
    enum class Due {
        Now, ///< in the queue: a (re)learning step due by now, or a review due by the day's end
        LaterToday, ///< a (re)learning step falling due later in the same study day
        AfterToday, ///< after the study day ends
        Unscheduled, ///< a New card: it comes through the daily new-card limit, not by date
    };

    /// The study day that begins on \a date.
    explicit StudyDay(const QDate &date);
    /// The study day \a time (any time spec) falls in: 02:30 on 26 January belongs to the 25th's.
    static StudyDay containing(const QDateTime &time);

    /// Where \a state stands at \a now. Learning steps are minutes apart, so they wait for their
    /// time; a review due any time today is shown from the day's start, as in Anki.
    static Due due(const SchedulingState &state, const QDateTime &now);

    /// The start of each study day from \a first to \a last and the end of \a last, UTC: n + 1
    /// times for n days, so consecutive pairs bound one day each (for per-day counts).
    static QList<QDateTime> boundaries(const QDate &first, const QDate &last);

    /// "14:20" — when \a moment is on the local clock, in the locale's short time format without
    /// seconds ("2:20 PM" in the US): for "next at 14:20" of a card due later today.
    static QString clockTime(const QDateTime &moment);

    /// The calendar date the day begins on.
    QDate date() const { return m_date; }
    /// 04:00 local on date(), UTC. When the clocks show 04:00 twice, the first time; when they
    /// skip it (a clock change at that hour), the moment they jump past it.
    QDateTime start() const;
    /// The next day's start, UTC: 23 or 25 hours after start() when the clocks change.
    QDateTime end() const;
    bool contains(const QDateTime &time) const { return start() <= time && time < end(); }
    StudyDay addDays(int days) const { return StudyDay(m_date.addDays(days)); }

    bool operator==(const StudyDay &other) const { return m_date == other.m_date; }
    bool operator!=(const StudyDay &other) const { return m_date != other.m_date; }

private:
    QDate m_date;
};

} // namespace ArchDeck
