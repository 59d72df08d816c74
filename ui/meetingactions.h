#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace gavel {

class LiveMeeting;

// The meeting controls as QActions, shared by the main window and the stage view. Every
// one is a chord (or a function key) that works in any focus and never types text, so it
// cannot collide with typing or with input methods (Ctrl+Space, Ctrl+Shift, Ctrl+arrows and
// Ctrl+Z stay with the text field).
class MeetingActions : public QObject
{
    Q_OBJECT

public:
    explicit MeetingActions(LiveMeeting *meeting, QObject *parent = nullptr);

    QAction *startPause() const { return m_startPause; }
    QAction *next() const { return m_next; }
    QAction *previous() const { return m_previous; }
    QAction *addMinute() const { return m_addMinute; }
    QAction *removeMinute() const { return m_removeMinute; }
    QAction *restart() const { return m_restart; }
    QAction *skipCurrent() const { return m_skipCurrent; }
    QAction *end() const { return m_end; }
    QAction *undo() const { return m_undo; }
    QAction *redo() const { return m_redo; }
    QList<QAction *> all() const;

    // Adds every meeting action to a window so its shortcuts work there.
    void addTo(QWidget *window) const;

private:
    QAction *make(const QString &text, const QList<QKeySequence> &keys, const char *name, const QString &keywords);
    void update();

    LiveMeeting *m_meeting;
    QAction *m_startPause;
    QAction *m_next;
    QAction *m_previous;
    QAction *m_addMinute;
    QAction *m_removeMinute;
    QAction *m_restart;
    QAction *m_skipCurrent;
    QAction *m_end;
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace gavel
