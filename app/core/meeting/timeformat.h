#pragma once

#include <QString>

namespace gavel::timeformat {

// "04:59", "1:02:03"; never negative (use signedDuration for overtime).
QString duration(qint64 ms);
// "+01:23" past zero (overtime), "04:59" before.
QString countdown(qint64 remainingMs);
// "3 min" style rounded minutes for "ahead/behind by": "behind by 4 min", "on time".
int roundedMinutes(qint64 ms);

} // namespace gavel::timeformat
