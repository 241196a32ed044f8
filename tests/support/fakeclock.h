// FakeClock — a clock that moves only when told to: set it, then advance it. Tests hand it to
// whatever takes a Clock (the window, the review session, the statistics) instead of sleeping.
#pragma once

#include "clock.h"

namespace ArchDeck {

class FakeClock : public Clock
{
public:
    explicit FakeClock(const QDateTime &start = QDateTime::fromSecsSinceEpoch(0, Qt::UTC))
        : m_now(start.toUTC())
    {
    }

    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime &now) { m_now = now.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceMs(qint64 milliseconds) { m_now = m_now.addMSecs(milliseconds); }

private:
    QDateTime m_now;
};

} // namespace ArchDeck
