#pragma once

#include "storage/sessionfile.h"

#include <QString>
#include <QStringList>

namespace gavel::nextmeeting {

struct Draft
{
    Meeting meeting; // what the next agenda holds
    QString markdown; // the next agenda, in the same layout as the current one
    QString ics; // RFC 5545 calendar invite for it, with the time zone
    QString agendaFileName; // "2022-04-28-meeting-agenda.md"
    QString icsFileName; // "2022-04-28-meeting.ics"
};

// Prepares the next meeting from this one:
// - date: the date decided in the next-meeting plan, else this date + intervalDays; the time
//   and time zone: the plan's time, else this meeting's;
// - chair: the decided chair, else this vice-chair (the community rotates that way), else this
//   chair; vice-chair: the decided one, else left empty;
// - the invitee roster carried over;
// - a new-members item pre-filled with this meeting's first-time attendees (newcomers);
// - open action items carried forward;
// - the closing items this agenda ended with that also recur across the series (earlier
//   agendas' item titles in earlierAgendas), e.g. free discussion, choosing the next chair.
//
// The layout (agenda heading level, numbered or bulleted items, the duration unit, the roster
// label) is copied from session.sourceAgenda when that file can be read; otherwise agendas that
// state a UTC offset get the later PFCC style ("## 会议议程", numbered, "min"), others the early
// one ("# 会议议程", bullets, "minutes"). Draft::meeting is the markdown re-imported through
// AgendaImporter, so it holds exactly what the written agenda says.
//
// The .ics always names its time zone: the agenda's UTC offset, else this computer's offset on
// that date, as a fixed-offset VTIMEZONE. It is deterministic for a given zone: DTSTAMP is this
// meeting's start in UTC, not the wall clock, and the UID is derived from the series,
// the next title and the next date. DTEND: the end the agenda states (this meeting's length
// carried over), else the start plus the larger of the next agenda's planned minutes and this
// agenda's, at least 30 minutes.
Draft prepare(const SessionData &session, const QList<Person> &newcomers, const QList<QStringList> &earlierAgendas,
              int intervalDays = 14);

// The title with its ordinal advanced: "第一次会议" -> "第二次会议", "五十次会议议程" ->
// "五十一次会议议程", "第12次" -> "第13次", "12th Meeting" -> "13th Meeting", "#7" -> "#8",
// "No. 7" -> "No. 8". A title without an ordinal comes back unchanged.
QString advanceOrdinal(const QString &title);

// Chinese numerals: 1..9999 -> "一".."九千九百九十九"; parse gives 0 for anything else.
QString chineseNumeral(int n);
int parseChineseNumeral(const QString &text);

// RFC 5545 TEXT escaping: backslash, semicolon, comma, newline (as \n).
QString escapeIcsText(const QString &text);
// One content line folded at 75 octets (CRLF + space), never inside a UTF-8 sequence; the
// result carries no final CRLF.
QByteArray foldIcsLine(const QString &line);

} // namespace gavel::nextmeeting
