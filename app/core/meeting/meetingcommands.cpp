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

NotesLinesCommand::NotesLinesCommand(LiveMeeting *meeting, MeetingSnapshot before, MeetingSnapshot after,
                                     NotesEdit notes, const QString &text)
    : SnapshotCommand(meeting, std::move(before), std::move(after), text)
    , m_notes(std::move(notes))
{ }

void NotesLinesCommand::redo()
{
    QString text = m_meeting->notes(m_notes.id);
    if (text == m_notes.before) {
        text = m_notes.after;
    } else {
        noteslines::takeOutAgain(text, m_notes.cut);
    }
    m_meeting->setNotes(m_notes.id, text);
    SnapshotCommand::redo();
}

void NotesLinesCommand::undo()
{
    QString text = m_meeting->notes(m_notes.id);
    if (text == m_notes.after) {
        text = m_notes.before;
    } else {
        noteslines::putBack(text, m_notes.cut);
    }
    m_meeting->setNotes(m_notes.id, text);
    SnapshotCommand::undo();
}

} // namespace gavel
