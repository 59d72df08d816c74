#include "attendancecsv.h"

namespace gavel::attendancecsv {

QByteArray exportRoster(const LiveMeeting &)
{
    return {};
}

bool importRoster(const QByteArray &, QList<Attendee> *, QString *)
{
    return false;
}

} // namespace gavel::attendancecsv
