#pragma once

#include "attendance.h"

#include <QByteArray>
#include <QString>

namespace gavel {

class LiveMeeting;

// The roster with attendance as CSV: columns name, github, source, status, checked_in_at
// (ISO 8601 with the UTC offset, empty when not checked in), minutes_late.
namespace attendancecsv {

QByteArray exportRoster(const LiveMeeting &meeting);

// Reads a roster CSV (the export above, or a spreadsheet edited from it: columns found by
// header name, in any order; name or github required). On failure returns false with a
// reason that says which line and what is wrong.
bool importRoster(const QByteArray &bytes, QList<Attendee> *attendees, QString *error);

} // namespace attendancecsv
} // namespace gavel
