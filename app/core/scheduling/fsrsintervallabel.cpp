#include "fsrsintervallabel.h"

#include <cmath>

namespace ArchDeck {

namespace {

QString wholeUnits(double value, const char *unit)
{
    return QString::number(std::llround(value)) + QLatin1String(unit);
}

// One decimal, dropped when it is zero: 2.0 → "2", 1.25 → "1.3".
QString tenthsOfUnits(double value, const char *unit)
{
    const double tenths = std::round(value * 10) / 10;
    return QString::number(tenths, 'f', tenths == std::trunc(tenths) ? 0 : 1) + QLatin1String(unit);
}

} // namespace

QString intervalLabel(const QDateTime &from, const QDateTime &to)
{
    constexpr double minute = 60;
    constexpr double hour = 60 * minute;
    constexpr double day = 24 * hour;
    constexpr double month = 30 * day;
    constexpr double year = 365 * day;

    const double seconds = std::max<qint64>(from.msecsTo(to), 0) / 1000.0;
    if (seconds < minute)
        return wholeUnits(std::floor(seconds), "s");
    if (seconds < hour)
        return wholeUnits(seconds / minute, "m");
    if (seconds < day)
        return tenthsOfUnits(seconds / hour, "h");
    if (seconds < month)
        return wholeUnits(seconds / day, "d");
    if (seconds < year)
        return tenthsOfUnits(seconds / month, "mo");
    return tenthsOfUnits(seconds / year, "y");
}

} // namespace ArchDeck
