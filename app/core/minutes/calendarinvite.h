#pragma once

#include "agenda/meeting.h"

#include <QDateTime>
#include <QString>

namespace gavel::calendarinvite {

// An RFC 5545 calendar invite for the next meeting, written with libical.
// - DTSTAMP: madeAt, when the invite is made (the app's Clock::now()), in UTC.
// - The time zone: an agenda that states a UTC offset gets UTC times (…Z); one that does not is
//   in this computer's named zone (QTimeZone::systemTimeZoneId(), e.g. TZID=Asia/Shanghai) with
//   that zone's VTIMEZONE from libical's zone data. A zone libical does not know, or UTC itself,
//   also gets UTC times.
// - DTEND: the end the next agenda states, else the start plus the next agenda's planned minutes;
//   left out when it plans none (the event then ends at its start, RFC 5545 3.6.1).
// - The UID is derived from the series, the next title and the next date.
// Empty when the next meeting has no date.
QString write(const Meeting &next, const QString &series, const QDateTime &madeAt, bool zh);

} // namespace gavel::calendarinvite
