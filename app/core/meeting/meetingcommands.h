#pragma once

#include "meeting/noteslines.h"
#include "meeting/snapshot.h"

#include <QUndoCommand>

namespace gavel {

class LiveMeeting;

// The meeting's undo commands. Most changes swap one snapshot for another; the notes live
// outside the snapshot (typing has its own undo), so a change that also edits them says how.
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

// Lines taken out of an item's notes along with a snapshot change (the decision they state).
// Undo puts the lines back where they stood, redo takes them out again; when the chair typed
// in the notes since, only those lines move and the typing stays.
class NotesLinesCommand : public SnapshotCommand
{
public:
    struct NotesEdit
    {
        int id = 0; // the item whose notes they are; 0 for the general notes
        QString before;
        QString after;
        noteslines::LinesCut cut;
    };

    NotesLinesCommand(LiveMeeting *meeting, MeetingSnapshot before, MeetingSnapshot after, NotesEdit notes,
                      const QString &text);
    void redo() override;
    void undo() override;

private:
    NotesEdit m_notes;
};

} // namespace gavel
