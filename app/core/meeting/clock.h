#pragma once

#include <QDateTime>
#include <QList>

#include <optional>

namespace gavel {

class ClockTimer;

// The only source of time. nowMs() is milliseconds since the epoch on a monotonic timeline:
// anchored to the wall clock once, then advanced by a monotonic timer, so it never drifts
// with repaints and never jumps when the wall clock is changed. Tests inject a clock they
// advance by hand; the timers that matter (autosave, retry, heartbeat) are ClockTimers, so
// they fire when such a clock is advanced instead of after real seconds.
class Clock
{
public:
    Clock() = default;
    Clock(const Clock &) = delete;
    Clock &operator=(const Clock &) = delete;
    virtual ~Clock();

    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs()); }

    // Whether time passes by itself: then a ClockTimer waits with a QTimer. A clock that a
    // test advances fires its timers from fireTimersDue() instead.
    virtual bool passesByItself() const { return true; }

protected:
    // For clocks that are advanced by hand: when the earliest active timer is due, if any.
    std::optional<qint64> nextTimerDueMs() const;
    // Fires every active timer due at or before atMs, earliest first.
    void fireTimersDue(qint64 atMs) const;

private:
    friend class ClockTimer;
    mutable QList<ClockTimer *> m_timers;
};

// Anchored to the wall clock at start, then advanced by the kernel's boot-time clock, which is
// monotonic and, unlike QElapsedTimer's, keeps counting while a laptop sleeps through a break.
class SystemClock : public Clock
{
public:
    SystemClock();
    qint64 nowMs() const override;

private:
    static qint64 monotonicMs();
    qint64 m_anchorMs = 0;
    qint64 m_monotonicAtAnchor = 0;
};

// A clock stopped at one instant: a finished session's timers computed as of its end.
class FixedClock : public Clock
{
public:
    explicit FixedClock(qint64 atMs)
        : m_atMs(atMs)
    { }
    qint64 nowMs() const override { return m_atMs; }
    bool passesByItself() const override { return false; }

private:
    qint64 m_atMs = 0;
};

} // namespace gavel
