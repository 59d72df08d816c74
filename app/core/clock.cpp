#include "clock.h"

namespace gavel {

SystemClock::SystemClock()
    : m_anchorMs(QDateTime::currentMSecsSinceEpoch())
{
    m_timer.start();
}

qint64 SystemClock::nowMs() const
{
    return m_anchorMs + m_timer.elapsed();
}

} // namespace gavel
