#include "meeting/timeformat.h"

namespace gavel::timeformat {

QString duration(qint64 ms)
{
    // Whole seconds shown are the seconds fully or partly still to go, as a countdown reads.
    const qint64 seconds = qMax<qint64>(0, ms) / 1000;
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0) {
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2").arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
}

QString countdown(qint64 remainingMs)
{
    if (remainingMs <= 0) {
        return QLatin1Char('+') + duration(-remainingMs);
    }
    // Round up while counting down, so "00:00" shows exactly when the time is up.
    return duration(remainingMs + 999);
}

int roundedMinutes(qint64 ms)
{
    const qint64 sign = ms < 0 ? -1 : 1;
    return int(sign * ((sign * ms + 30000) / 60000));
}

} // namespace gavel::timeformat
