// Where "now" comes from. Scheduling, the review session, the statistics and the window ask a Clock
// instead of QDateTime::currentDateTimeUtc(), so tests can run a day of reviews in microseconds
// (tests/support/fakeclock.h).
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

} // namespace ArchDeck
