#include "fsrsfuzz.h"

#include "fsrsmath.h"
#include "fsrsrandom.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace ArchDeck {

QString fsrsFuzzSeed(const QDateTime &reviewTime, int reps, double difficulty, double stability)
{
    return QStringLiteral("%1_%2_%3")
        .arg(reviewTime.toMSecsSinceEpoch())
        .arg(reps)
        .arg(javaScriptNumberText(difficulty * stability));
}

FsrsFuzzRange fsrsFuzzRange(int interval, int elapsedDays, int maximumInterval)
{
    struct Band
    {
        double start;
        double end;
        double factor;
    };
    static constexpr Band bands[]
        = {{2.5, 7, 0.15}, {7, 20, 0.1}, {20, std::numeric_limits<double>::infinity(), 0.05}};

    double delta = 1;
    for (const Band &band : bands)
        delta += band.factor * std::max(std::min(double(interval), band.end) - band.start, 0.0);
    const int capped = std::min(interval, maximumInterval);
    int minimum = std::max(2, int(FsrsMath::jsRound(capped - delta)));
    const int maximum = std::min(int(FsrsMath::jsRound(capped + delta)), maximumInterval);
    if (capped > elapsedDays)
        minimum = std::max(minimum, elapsedDays + 1);
    return {std::min(minimum, maximum), maximum};
}

int fsrsFuzzInterval(int interval, int elapsedDays, int maximumInterval, QStringView seed)
{
    if (interval < 2.5)
        return interval;
    const double fraction = FsrsRandom(seed).next();
    const FsrsFuzzRange range = fsrsFuzzRange(interval, elapsedDays, maximumInterval);
    return int(std::floor(fraction * (range.maximum - range.minimum + 1) + range.minimum));
}

QString javaScriptNumberText(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (value == 0)
        return QStringLiteral("0"); // also -0
    if (value < 0)
        return QLatin1Char('-') + javaScriptNumberText(-value);

    // The shortest digits that read back as `value` (both JavaScript and to_chars pick those),
    // then JavaScript's layout: plain notation for 1e-7 < x < 1e21, exponent notation outside.
    char buffer[64];
    const auto result
        = std::to_chars(buffer, buffer + sizeof buffer - 1, value, std::chars_format::scientific);
    *result.ptr = '\0'; // for atoi() below
    const QLatin1StringView text(buffer, result.ptr - buffer); // "1.2345e+02"
    const qsizetype e = text.indexOf(QLatin1Char('e'));
    QString digits = QString(text.first(e)).remove(QLatin1Char('.'));
    const int k = int(digits.size());
    const int n = std::atoi(buffer + e + 1) + 1; // value = 0.digits × 10^n

    if (k <= n && n <= 21)
        return digits + QString(n - k, QLatin1Char('0'));
    if (0 < n && n <= 21)
        return digits.first(n) + QLatin1Char('.') + digits.sliced(n);
    if (-6 < n && n <= 0)
        return QStringLiteral("0.") + QString(-n, QLatin1Char('0')) + digits;
    const QString exponent = (n - 1 >= 0 ? QStringLiteral("e+") : QStringLiteral("e-"))
        + QString::number(std::abs(n - 1));
    if (k == 1)
        return digits + exponent;
    return digits.first(1) + QLatin1Char('.') + digits.sliced(1) + exponent;
}

} // namespace ArchDeck
