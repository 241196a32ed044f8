#include "fsrsrandom.h"

#include <cmath>

namespace ArchDeck {

namespace {

constexpr double twoTo32 = 4294967296.0;
constexpr double twoToMinus32 = 2.3283064365386963e-10;

// JavaScript's `x >>> 0`.
double toUint32(double x)
{
    if (!std::isfinite(x))
        return 0;
    double value = std::fmod(std::trunc(x), twoTo32);
    if (value < 0)
        value += twoTo32;
    return value;
}

// JavaScript's `x | 0` for the non-negative values Alea produces.
double toInt32(double x)
{
    const double value = toUint32(x);
    return value >= twoTo32 / 2 ? value - twoTo32 : value;
}

// Alea's string hash. It keeps its state between calls: hashing the seed three times gives three
// different numbers. The arithmetic is in doubles on purpose, exactly as in JavaScript.
class Mash
{
public:
    double operator()(QStringView data)
    {
        for (const QChar ch : data) {
            m_n += ch.unicode(); // UTF-16 code units, like charCodeAt()
            double h = 0.02519603282416938 * m_n;
            m_n = toUint32(h);
            h -= m_n;
            h *= m_n;
            m_n = toUint32(h);
            h -= m_n;
            m_n += h * twoTo32;
        }
        return toUint32(m_n) * twoToMinus32;
    }

private:
    double m_n = 4022871197.0;
};

} // namespace

FsrsRandom::FsrsRandom(QStringView seed)
{
    Mash mash;
    const QStringView space(u" ");
    m_s0 = mash(space);
    m_s1 = mash(space);
    m_s2 = mash(space);
    m_s0 -= mash(seed);
    if (m_s0 < 0)
        m_s0 += 1;
    m_s1 -= mash(seed);
    if (m_s1 < 0)
        m_s1 += 1;
    m_s2 -= mash(seed);
    if (m_s2 < 0)
        m_s2 += 1;
}

double FsrsRandom::next()
{
    const double t = 2091639 * m_s0 + m_carry * twoToMinus32;
    m_s0 = m_s1;
    m_s1 = m_s2;
    m_carry = toInt32(t);
    m_s2 = t - m_carry;
    return m_s2;
}

} // namespace ArchDeck
