#pragma once

#include "agenda/explanation.h"
#include "agenda/markdowndocument.h"
#include "agenda/meeting.h"

namespace gavel::agendametadata {

// Reads what an agenda says before its items, from its top-level blocks [0, end): the time
// after 会议时间 / Meeting Time, the join link, meeting ID and password, the chair (主席 /
// 主持人 / Chair) and vice-chair, and the invitees (a bullet list, a table of links or inline
// links after 参会 / member list). Labels are matched by their words, values by their shape.
// A title that only names a section ("基本信息", "Agenda") gives way to the topic line.
// Each takes an Explanation to say which line gave each field (or nullptr).
void read(const QList<const MarkdownBlock *> &top, qsizetype end, Meeting &meeting, Explanation *why = nullptr);
// The people the rest of the document names, from its top-level blocks [begin, end of document):
// the roster under a Present / Attendees / Attendance / Participants / 参会人员 / 出席 heading or
// label (lists, "Team members: a, b" lines, attendance tables by their name and GitHub columns),
// and the chair after a label that is only Chair / Moderator / Host / Facilitator / 主持人 / 主席.
// What read() found first is kept.
void readPeople(const QList<const MarkdownBlock *> &top, qsizetype begin, Meeting &meeting, Explanation *why = nullptr);
// Front matter's title replaces the heading's; its date is used when the text gives none.
void readFrontMatter(const MarkdownDocument &document, Meeting &meeting, Explanation *why = nullptr);
// Whether a label introduces the invitees ("本次拟参会人员列表", "Member list"), not the way to join.
bool isRosterLabel(const QString &label);
// Whether a heading or label is only the roster's ("Present", "Attendance (please add yourself)", 参会人员).
bool isRosterHeading(const QString &label);

} // namespace gavel::agendametadata
