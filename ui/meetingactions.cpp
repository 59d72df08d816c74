#include "meetingactions.h"

#include "meeting/livemeeting.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QUndoStack>
#include <QWidget>

namespace gavel {

MeetingActions::MeetingActions(LiveMeeting *meeting, QObject *parent)
    : QObject(parent)
    , m_meeting(meeting)
{
    // Chords with a modifier work everywhere; plain F5 / Shift+F5 (and the clicker's page keys)
    // only where no text is being edited: the single-key filter sends them here.
    // The search words say what a chair would look for in F1's list ("more time", "finish").
    m_startPause = make(tr("&Start Meeting"), {QKeySequence(Qt::CTRL | Qt::Key_F5)}, "actionStartPause",
                        tr("start pause resume begin timer clock"));
    m_next = make(tr("&Next Item"), {QKeySequence(Qt::ALT | Qt::Key_PageDown)}, "actionNext",
                  tr("next item advance move on forward"));
    m_previous = make(tr("Pre&vious Item"), {QKeySequence(Qt::ALT | Qt::Key_PageUp)}, "actionPrevious",
                      tr("previous item back"));
    m_addMinute
        = make(tr("&Add a Minute"), {QKeySequence(Qt::ALT | Qt::Key_Equal), QKeySequence(Qt::ALT | Qt::Key_Plus)},
               "actionAddMinute", tr("more time extend longer plus overtime"));
    m_removeMinute = make(tr("Take &Off a Minute"), {QKeySequence(Qt::ALT | Qt::Key_Minus)}, "actionRemoveMinute",
                          tr("less time shorten minus"));
    m_restart = make(tr("R&estart Item"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R)}, "actionRestart",
                     tr("restart reset timer time again from zero"));
    m_skipCurrent = make(tr("S&kip Current Item"), {QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_PageDown)},
                         "actionSkipCurrent", tr("skip drop postpone not discussed"));
    m_end = make(tr("En&d Meeting"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5)}, "actionEnd",
                 tr("end finish stop close meeting"));

    // Meeting undo is not the notes' text undo (Ctrl+Z): its own entries and chords.
    m_undo = m_meeting->undoStack()->createUndoAction(this, tr("Undo"));
    m_undo->setObjectName(QStringLiteral("actionMeetingUndo"));
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z));
    m_undo->setShortcutContext(Qt::ApplicationShortcut);
    ShortcutsDialog::setKeywords(m_undo, tr("undo revert mistake back"));
    m_redo = m_meeting->undoStack()->createRedoAction(this, tr("Redo"));
    m_redo->setObjectName(QStringLiteral("actionMeetingRedo"));
    m_redo->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_Z));
    m_redo->setShortcutContext(Qt::ApplicationShortcut);
    ShortcutsDialog::setKeywords(m_redo, tr("redo again"));

    connect(m_startPause, &QAction::triggered, m_meeting, &LiveMeeting::togglePause);
    connect(m_next, &QAction::triggered, m_meeting, &LiveMeeting::next);
    connect(m_previous, &QAction::triggered, m_meeting, &LiveMeeting::previous);
    connect(m_addMinute, &QAction::triggered, m_meeting, [this] { m_meeting->adjustMinutes(+1); });
    connect(m_removeMinute, &QAction::triggered, m_meeting, [this] { m_meeting->adjustMinutes(-1); });
    connect(m_restart, &QAction::triggered, m_meeting, &LiveMeeting::restartItem);
    connect(m_skipCurrent, &QAction::triggered, m_meeting, [this] { m_meeting->skip(m_meeting->currentId()); });
    connect(m_end, &QAction::triggered, m_meeting, &LiveMeeting::endMeeting);
    connect(m_meeting, &LiveMeeting::changed, this, &MeetingActions::update);
    connect(m_meeting, &LiveMeeting::agendaChanged, this, &MeetingActions::update);
    update();
}

QAction *MeetingActions::make(const QString &text, const QList<QKeySequence> &keys, const char *name,
                              const QString &keywords)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1String(name));
    ShortcutsDialog::setKeywords(action, keywords);
    action->setShortcuts(keys);
    // Works in the main window and the stage view alike, whichever has the focus.
    action->setShortcutContext(Qt::ApplicationShortcut);
    return action;
}

QList<QAction *> MeetingActions::all() const
{
    return {m_startPause, m_next,        m_previous, m_addMinute, m_removeMinute,
            m_restart,    m_skipCurrent, m_end,      m_undo,      m_redo};
}

void MeetingActions::addTo(QWidget *window) const
{
    window->addActions(all());
}

void MeetingActions::update()
{
    const LiveMeeting::Phase phase = m_meeting->phase();
    const bool active = m_meeting->isActive();
    switch (phase) {
    case LiveMeeting::Phase::NotStarted: m_startPause->setText(tr("&Start Meeting")); break;
    case LiveMeeting::Phase::Running: m_startPause->setText(tr("&Pause")); break;
    case LiveMeeting::Phase::Paused: m_startPause->setText(tr("&Resume")); break;
    case LiveMeeting::Phase::Ended: m_startPause->setText(tr("Meeting Ended")); break;
    }
    m_startPause->setEnabled(phase != LiveMeeting::Phase::Ended && !m_meeting->runOrder().isEmpty());
    m_next->setEnabled(phase != LiveMeeting::Phase::Ended && !m_meeting->runOrder().isEmpty());
    m_next->setText(active && !m_meeting->nextId() ? tr("&Next Item (ends the meeting)") : tr("&Next Item"));
    m_previous->setEnabled(active);
    m_addMinute->setEnabled(active);
    m_removeMinute->setEnabled(active);
    m_restart->setEnabled(active);
    m_skipCurrent->setEnabled(active);
    m_end->setEnabled(active);
}

} // namespace gavel
