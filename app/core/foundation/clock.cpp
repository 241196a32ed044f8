#include "clock.h"

namespace ArchDeck {

Clock::~Clock() = default;

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

FakeClock::FakeClock(const QDateTime &start)
    : m_now(start.toUTC())
{ }

void FakeClock::setNow(const QDateTime &now)
{
    m_now = now.toUTC();
}

void FakeClock::advance(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
}

} // namespace ArchDeck
