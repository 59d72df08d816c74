#pragma once

#include "meeting/snapshot.h"

#include <QUndoCommand>

namespace gavel {

class LiveMeeting;

// The meeting's undo commands: a change swaps one snapshot for another.
class SnapshotCommand : public QUndoCommand
{
public:
    SnapshotCommand(LiveMeeting *meeting, MeetingSnapshot before, MeetingSnapshot after, const QString &text);
    void redo() override;
    void undo() override;

protected:
    LiveMeeting *m_meeting;

private:
    MeetingSnapshot m_before;
    MeetingSnapshot m_after;
};

} // namespace gavel
