#pragma once

#include "agenda/meeting.h"

#include <QString>

namespace gavel::agendawords {

// The words an agenda of the series is written in: its own language (the agenda's), not the
// interface's. The next agenda and the calendar invite use them.
struct Labels
{
    QString time, join, tencent, meetingId, password, joinLink, chair, vice, roster, agenda, newMembers, openActions;
    QString colon, open, close, listSeparator; // "：" "（" "）" "，"
};

Labels labelsFor(bool zh);

// The PFCC writes "腾讯会议：<id>"; other services get the generic meeting-number label.
bool isTencent(const JoinInfo &join);

} // namespace gavel::agendawords
