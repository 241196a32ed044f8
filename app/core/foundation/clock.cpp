#include "clock.h"

namespace ArchDeck {

Clock::~Clock() = default;

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace ArchDeck
