#include "meeting/clocktimer.h"

#include "meeting/clock.h"

#include <QTimer>

#include <limits>

namespace gavel {

ClockTimer::ClockTimer(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_clock->m_timers.append(this);
    if (m_clock->passesByItself()) {
        m_timer = new QTimer(this);
        m_timer->setTimerType(Qt::CoarseTimer);
        connect(m_timer, &QTimer::timeout, this, &ClockTimer::fire);
    }
}

ClockTimer::~ClockTimer()
{
    if (m_clock) {
        m_clock->m_timers.removeOne(this);
    }
}

void ClockTimer::start()
{
    if (!m_clock) {
        return;
    }
    m_dueMs = m_clock->nowMs() + m_intervalMs;
    if (m_timer) {
        m_timer->setSingleShot(m_singleShot);
        m_timer->start(int(qBound<qint64>(0, m_intervalMs, qint64(std::numeric_limits<int>::max()))));
    }
}

void ClockTimer::start(qint64 ms)
{
    m_intervalMs = ms;
    start();
}

void ClockTimer::stop()
{
    m_dueMs.reset();
    if (m_timer) {
        m_timer->stop();
    }
}

void ClockTimer::fire()
{
    if (!m_dueMs) {
        return;
    }
    if (m_singleShot) {
        m_dueMs.reset();
    } else {
        m_dueMs = *m_dueMs + qMax<qint64>(1, m_intervalMs);
    }
    emit timeout();
}

} // namespace gavel
