#pragma once

#include "meeting/clock.h"

namespace gavel {

// A clock the test advances by hand. Advancing it fires the ClockTimers that fall due on the
// way, each at its own due time, so autosave, retry and heartbeat run without real waiting.
class FakeClock : public Clock
{
public:
    explicit FakeClock(qint64 startMs = 0)
        : m_nowMs(startMs)
    { }
    qint64 nowMs() const override { return m_nowMs; }
    bool passesByItself() const override { return false; }

    void advance(qint64 ms) { setNowMs(m_nowMs + ms); }
    void setNowMs(qint64 ms)
    {
        while (const std::optional<qint64> due = nextTimerDueMs()) {
            if (*due > ms) {
                break;
            }
            m_nowMs = qMax(m_nowMs, *due);
            fireTimersDue(m_nowMs);
        }
        m_nowMs = ms;
    }

private:
    qint64 m_nowMs = 0;
};

} // namespace gavel
