#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace gavel {

// The only source of time. nowMs() is milliseconds since the epoch on a monotonic timeline:
// anchored to the wall clock once, then advanced by a monotonic timer, so it never drifts
// with repaints and never jumps when the wall clock is changed. Tests inject a FakeClock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs()); }
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

class FakeClock : public Clock
{
public:
    explicit FakeClock(qint64 startMs = 0)
        : m_nowMs(startMs)
    { }
    qint64 nowMs() const override { return m_nowMs; }
    void advance(qint64 ms) { m_nowMs += ms; }
    void setNowMs(qint64 ms) { m_nowMs = ms; }

private:
    qint64 m_nowMs = 0;
};

} // namespace gavel
