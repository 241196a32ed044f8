// Where "now" comes from. Scheduling, the review session and the store ask a Clock instead of
// QDateTime::currentDateTimeUtc(), so tests can run a day of reviews in microseconds.
#pragma once

#include <QDateTime>

namespace ArchDeck {

/// The source of the current time, always UTC.
class Clock
{
public:
    virtual ~Clock();
    virtual QDateTime now() const = 0;
};

/// The real wall clock.
class SystemClock : public Clock
{
public:
    QDateTime now() const override;
};

/// A clock that moves only when told to, for tests: set it, then advance it.
class FakeClock : public Clock
{
public:
    explicit FakeClock(const QDateTime &start = QDateTime::fromSecsSinceEpoch(0, Qt::UTC));

    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime &now);
    void advance(qint64 seconds);

private:
    QDateTime m_now;
};

} // namespace ArchDeck
