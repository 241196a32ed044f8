#include "studyday.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace ArchDeck {

namespace {

/// What the local clock shows at \a moment, as a UTC-spec value (so readings compare as values).
QDateTime localReading(const QDateTime &moment)
{
    const QDateTime local = moment.toLocalTime();
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

/// The first moment the local clock shows \a time on \a date, UTC. Only UTC → local conversions
/// are asked, as they have one answer: Qt 6.4 turns a local time the clocks show twice into
/// either moment (depending on earlier conversions) and one they skip into an invalid QDateTime.
QDateTime firstMomentShowing(const QDate &date, const QTime &time)
{
    const QDateTime reading(date, time, Qt::UTC);
    // The moments that show it at the offsets in force around that day: any clock change near
    // it falls between the day before and the day after.
    QList<QDateTime> moments;
    for (const int days : {-1, 0, 1})
        moments.append(reading.addSecs(-reading.addDays(days).toLocalTime().offsetFromUtc()));
    std::sort(moments.begin(), moments.end());
    for (const QDateTime &moment : std::as_const(moments))
        if (localReading(moment) == reading)
            return moment;
    // The clocks skip it: the day starts when they jump, the first moment showing a later time.
    QDateTime before = moments.constFirst(); // shows an earlier time
    QDateTime after = moments.constLast(); // shows a later one
    while (before.secsTo(after) > 1) {
        const QDateTime middle = before.addSecs(before.secsTo(after) / 2);
        (localReading(middle) < reading ? before : after) = middle;
    }
    return after;
}

bool isLearning(CardPhase phase)
{
    return phase == CardPhase::Learning || phase == CardPhase::Relearning;
}

} // namespace

StudyDay::StudyDay(const QDate &date)
    : m_date(date)
{ }

StudyDay StudyDay::containing(const QDateTime &time)
{
    const StudyDay sameDate(time.toLocalTime().date());
    return time < sameDate.start() ? sameDate.addDays(-1) : sameDate;
}

StudyDay::Due StudyDay::due(const SchedulingState &state, const QDateTime &now)
{
    if (state.phase == CardPhase::New)
        return Due::Unscheduled;
    if (state.due <= now)
        return Due::Now;
    const QDateTime dayEnd = containing(now).end();
    if (state.due > dayEnd)
        return Due::AfterToday;
    return isLearning(state.phase) ? Due::LaterToday : Due::Now;
}

QList<QDateTime> StudyDay::boundaries(const QDate &first, const QDate &last)
{
    QList<QDateTime> times;
    for (QDate day = first; day <= last.addDays(1); day = day.addDays(1))
        times.append(StudyDay(day).start());
    return times;
}

QString StudyDay::clockTime(const QDateTime &moment)
{
    // The C locale's short format is "HH:mm:ss": a due time to the second reads as noise.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
    return QLocale().toString(moment.toLocalTime().time(), format);
}

QDateTime StudyDay::start() const
{
    return firstMomentShowing(m_date, QTime(startHour, 0));
}

QDateTime StudyDay::end() const
{
    return addDays(1).start();
}

} // namespace ArchDeck
