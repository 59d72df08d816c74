#pragma once

#include "agenda/markdowndocument.h"
#include "agenda/meeting.h"

namespace gavel::agendametadata {

// Reads what an agenda says before its items, from its top-level blocks [0, end): the time
// after 会议时间 / Meeting Time, the join link, meeting ID and password, the chair (主席 /
// 主持人 / Chair) and vice-chair, and the invitees (a bullet list, a table of links or inline
// links after 参会 / member list). Labels are matched by their words, values by their shape.
void read(const QList<const MarkdownBlock *> &top, qsizetype end, Meeting &meeting);
// Whether a label introduces the invitees ("本次拟参会人员列表", "Member list"), not the way to join.
bool isRosterLabel(const QString &label);

} // namespace gavel::agendametadata
