#pragma once

#include "agenda/meeting.h"

#include <QByteArray>
#include <QString>

namespace gavel::calendarinvite {

// An RFC 5545 calendar invite for the next meeting. It always names its time zone: the agenda's
// UTC offset, else this computer's offset on that date, as a fixed-offset VTIMEZONE. It is
// deterministic for a given zone: DTSTAMP is the current meeting's start in UTC, not the wall
// clock, and the UID is derived from the series, the next title and the next date. DTEND: the
// end the agenda states, else the start plus the larger of the next agenda's planned minutes
// and this agenda's, at least 30 minutes. Empty when the next meeting has no date.
QString write(const Meeting &next, const QString &series, const Meeting &current, bool zh);

// RFC 5545 TEXT escaping: backslash, semicolon, comma, newline (as \n).
QString escapeText(const QString &text);
// One content line folded at 75 octets (CRLF + space), never inside a UTF-8 sequence; the
// result carries no final CRLF.
QByteArray foldLine(const QString &line);

} // namespace gavel::calendarinvite
