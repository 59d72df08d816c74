#include "clock.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <time.h>
#endif

namespace gavel {

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
