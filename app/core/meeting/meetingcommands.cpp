#include "meeting/meetingcommands.h"

#include "meeting/livemeeting.h"

namespace gavel {

SnapshotCommand::SnapshotCommand(LiveMeeting *meeting, MeetingSnapshot before, MeetingSnapshot after,
                                 const QString &text)
    : QUndoCommand(text)
    , m_meeting(meeting)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void SnapshotCommand::redo()
{
    m_meeting->restore(m_after);
}

void SnapshotCommand::undo()
{
    m_meeting->restore(m_before);
}

} // namespace gavel
