#pragma once

#include "agenda/meeting.h"
#include "meeting/attendee.h"

#include <QList>

#include <optional>

namespace gavel::attendance {

// The meeting's roster: the agenda's invitees, chair and vice-chair, speakers and newcomers
// named in the items, and the series' regulars, one row per person (merged by handle
// case-insensitively, else by name); the first source found wins, in that order.
QList<Attendee> buildRoster(const Meeting &meeting, const QList<Person> &regulars);

// Reads a pasted block of names, handles, @mentions and GitHub links, one per line or
// separated by commas, 、 or spaces as chat clients give them. A whole line or comma-separated
// part that is a roster name ("Tao Luo") stays one person; otherwise spaces separate people.
// ASCII words that could be handles become handles, other words names. Unique, in order.
QList<Person> parsePasted(const QString &text, const QList<Attendee> &roster);

// One person as the chair types them: "Name @handle", "@handle", "(@handle)" or a name;
// someone on the roster fills in the missing half. nullopt for an empty text.
std::optional<Person> personFromText(const QString &text, const QList<Attendee> &roster);

// The one walk-in the chair typed in the roster's filter: a pasted line's reading when that is
// one person ("newbie-dev" is a handle, "@newbie-dev 张三" a name with one), else the whole text
// as personFromText reads it ("Jane Roe", "张三 李四 @x").
std::optional<Person> walkInFromText(const QString &text, const QList<Attendee> &roster);

// Merges people into an existing roster (e.g. regulars found later); returns how many were new.
int mergeInto(QList<Attendee> &roster, const QList<Person> &people, Attendee::Source source);

} // namespace gavel::attendance
