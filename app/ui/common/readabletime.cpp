#include "readabletime.h"

#include "studyday.h"

#include <QLocale>

namespace ArchDeck::ReadableTime {

namespace {

constexpr qint64 kSecondsPerDay = 24 * 60 * 60;

} // namespace

QString moment(const QDateTime &moment, const QDateTime &now)
{
    const QDate day = moment.toLocalTime().date();
    const QDate today = now.toLocalTime().date();
    const QString clock = StudyDay::clockTime(moment);
    if (day == today)
        return QStringLiteral("today %1").arg(clock);
    if (day == today.addDays(-1))
        return QStringLiteral("yesterday %1").arg(clock);
    const QString format
        = day.year() == today.year() ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy");
    return QStringLiteral("%1 %2").arg(QLocale().toString(day, format), clock);
}

QString ago(const QDateTime &moment, const QDateTime &now)
{
    const qint64 seconds = moment.secsTo(now);
    if (seconds < 60) // a clock set back counts as now too
        return QStringLiteral("just now");
    if (seconds < 60 * 60)
        return QStringLiteral("%1 min ago").arg(seconds / 60);
    if (seconds < kSecondsPerDay)
        return QStringLiteral("%1 h ago").arg(seconds / (60 * 60));
    const qint64 days = seconds / kSecondsPerDay;
    if (days < 45)
        return days == 1 ? QStringLiteral("1 day ago") : QStringLiteral("%1 days ago").arg(days);
    if (days < 365)
        return QStringLiteral("%1 months ago").arg(qMax<qint64>(2, days / 30));
    return days < 2 * 365 ? QStringLiteral("a year ago")
                          : QStringLiteral("%1 years ago").arg(days / 365);
}

QString minutes(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return QStringLiteral("%1 min").arg(minutes);
    return minutes % 60 == 0 ? QStringLiteral("%1 h").arg(minutes / 60)
                             : QStringLiteral("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString elapsed(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(seconds);
    if (seconds < 3600)
        return seconds % 60 == 0
            ? QStringLiteral("%1 min").arg(seconds / 60)
            : QStringLiteral("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return minutes(seconds);
}

} // namespace ArchDeck::ReadableTime
