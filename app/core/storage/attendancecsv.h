#pragma once

#include "meeting/attendee.h"

#include <QByteArray>
#include <QString>

namespace gavel {

class LiveMeeting;

// The roster with attendance as CSV: columns name, github, source, status, checked_in_at
// (ISO 8601 with the UTC offset, empty when not checked in), minutes_late, left_at (the same,
// empty when the person did not leave early). The file is named as the minutes are:
// minutesexport::datedFileName(session, "attendance.csv"), "2022-04-14-attendance.csv".
namespace attendancecsv {

// A roster of thousands is a few hundred KB; a larger file is refused, never cut short.
constexpr qint64 maxFileSize = 16 * 1024 * 1024;

// In the roster's order; source and status as attendance::sourceId/statusId; checked_in_at and
// left_at in the machine's time zone (with milliseconds only when there are some); minutes_late
// empty when not checked in, else LiveMeeting::minutesLate(). Written with csv::write().
QByteArray exportRoster(const LiveMeeting &meeting);

// Reads a roster CSV (the export above, or a spreadsheet edited from it: columns found by
// header name, in any order; name or github required). On failure returns false with a
// reason that says which line and what is wrong.
// The header needs a name or a github column; unknown columns are ignored, and so are empty
// lines and minutes_late (the check-in time and the meeting's start decide lateness). Source
// and status ids are case-insensitive; an empty source is "invited", an empty status is
// "left-early" with a left_at time, "present" with a check-in time and "expected" without.
// Statuses that are not attendance (expected, excused, absent) drop the check-in time, and
// statuses other than left-early the left_at time, as LiveMeeting does. Files from before
// left_at (no such column) import as they always did.
bool importRoster(const QByteArray &bytes, QList<Attendee> *attendees, QString *error);
// The same from a file of at most maxFileSize: a larger file is refused with the limit named,
// never read in part. Errors name the file.
bool importRosterFile(const QString &path, QList<Attendee> *attendees, QString *error);

// 2026-11-25T19:07:30+08:00 in the machine's time zone (".250" before the offset when the
// time has milliseconds).
QString isoTimestamp(qint64 msSinceEpoch);
// Any ISO 8601 date and time with a UTC offset or Z (extended or basic format, 'T' or a space
// between date and time, optional seconds and fractions of a second).
bool parseIsoTimestamp(const QString &text, qint64 *msSinceEpoch);

} // namespace attendancecsv
} // namespace gavel
