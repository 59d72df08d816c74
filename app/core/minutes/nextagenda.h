#pragma once

#include "storage/sessionfile.h"

#include <QDateTime>
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

// The agenda the session was made from (its layout is copied): empty when it cannot be read.
QString readSourceAgenda(const SessionData &session);

// Prepares the next meeting from this one:
// - date: the date decided in the next-meeting plan, else this date + intervalDays; the time
//   and time zone: the plan's time, else this meeting's;
// - chair: the decided chair, else this vice-chair (the community rotates that way), else this
//   chair; vice-chair: the decided one, else left empty;
// - the invitee roster carried over;
// - a new-members item pre-filled with this meeting's first-time attendees (newcomers);
// - open action items carried forward;
// - the topics announced in the plan (NextMeetingPlan::topics()), one item each: a duration
//   written with a topic ("Type hints（20 mins）") becomes the item's, in this agenda's unit, and
//   its @handles link to the people ("@[SigureMo](…)" where the agenda writes people so, else
//   "[SigureMo](…)"); the text is escaped, so no topic can start a heading or carry HTML;
// - the closing items this agenda ended with that also recur across the series (earlier
//   agendas' item titles in earlierAgendas), e.g. free discussion, choosing the next chair.
//
// The layout (agenda heading level, numbered or bulleted items, the duration unit, the roster
// label) is copied from sourceAgenda (its Markdown) when there is one; otherwise agendas that
// state a UTC offset get the later PFCC style ("## 会议议程", numbered, "min"), others the early
// one ("# 会议议程", bullets, "minutes"). Draft::meeting is the markdown re-imported through
// AgendaImporter, so it holds exactly what the written agenda says.
//
// Draft::ics is calendarinvite::write() for Draft::meeting, made at now (the app's Clock::now()).
Draft prepare(const SessionData &session, const QString &sourceAgenda, const QList<Person> &newcomers,
              const QList<QStringList> &earlierAgendas, const QDateTime &now, int intervalDays = 14);

} // namespace gavel::nextmeeting
