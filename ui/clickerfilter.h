#pragma once

#include <QObject>

class QAction;

namespace gavel {

// Single keys for the meeting: plain PageDown / PageUp (what a presenter clicker sends) move
// to the next / previous item, F5 starts or pauses, Shift+F5 ends. They act only when no text
// is being edited or composed (TypingGuard), so they never steal a key from the chair's typing.
class ClickerFilter : public QObject
{
    Q_OBJECT

public:
    ClickerFilter(QAction *next, QAction *previous, QAction *startPause, QAction *end, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *m_next;
    QAction *m_previous;
    QAction *m_startPause;
    QAction *m_end;
};

} // namespace gavel
