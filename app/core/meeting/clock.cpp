#include "meeting/clock.h"

#include "meeting/clocktimer.h"

#include <QElapsedTimer>
#include <QPointer>

#if defined(Q_OS_LINUX)
#include <time.h>
#endif

namespace gavel {

Clock::~Clock()
{
    // Timers that outlive their clock stop for good.
    for (ClockTimer *timer : std::as_const(m_timers)) {
        timer->stop();
        timer->m_clock = nullptr;
    }
}

std::optional<qint64> Clock::nextTimerDueMs() const
{
    std::optional<qint64> earliest;
    for (const ClockTimer *timer : std::as_const(m_timers)) {
        if (timer->dueMs() && (!earliest || *timer->dueMs() < *earliest)) {
            earliest = timer->dueMs();
        }
    }
    return earliest;
}

void Clock::fireTimersDue(qint64 atMs) const
{
    // A timeout may start, stop or delete timers: pick one due timer at a time.
    while (true) {
        QPointer<ClockTimer> due;
        for (ClockTimer *timer : std::as_const(m_timers)) {
            if (timer->dueMs() && *timer->dueMs() <= atMs && (!due || *timer->dueMs() < *due->dueMs())) {
                due = timer;
            }
        }
        if (!due) {
            return;
        }
        due->fire();
    }
}

SystemClock::SystemClock()
    : m_anchorMs(QDateTime::currentMSecsSinceEpoch())
    , m_monotonicAtAnchor(monotonicMs())
{ }

qint64 SystemClock::monotonicMs()
{
#if defined(Q_OS_LINUX) && defined(CLOCK_BOOTTIME)
    timespec ts {};
    if (clock_gettime(CLOCK_BOOTTIME, &ts) == 0) {
        return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
    }
#endif
    static QElapsedTimer timer;
    if (!timer.isValid()) {
        timer.start();
    }
    return timer.elapsed();
}

qint64 SystemClock::nowMs() const
{
    return m_anchorMs + (monotonicMs() - m_monotonicAtAnchor);
}

} // namespace gavel
