// The seeded generator behind FSRS fuzz: Johannes Baagøe's Alea, as ts-fsrs uses it, so a fuzzed
// interval here is the one ts-fsrs would give for the same review.
#pragma once

#include <QStringView>

namespace ArchDeck {

class FsrsRandom
{
public:
    /// The same seed text always gives the same sequence.
    explicit FsrsRandom(QStringView seed);

    /// The next number in [0, 1).
    double next();

private:
    double m_carry = 1;
    double m_s0 = 0;
    double m_s1 = 0;
    double m_s2 = 0;
};

} // namespace ArchDeck
