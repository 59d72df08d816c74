#pragma once

#include <QObject>

class QAction;

namespace gavel {

// Plain PageDown / PageUp (what a presenter clicker sends) move to the next / previous item,
// but only when no text is being edited, so they never steal a key from the chair's typing.
class ClickerFilter : public QObject
{
    Q_OBJECT

public:
    ClickerFilter(QAction *next, QAction *previous, QObject *parent = nullptr);

    static bool isEditingText(const QWidget *focus);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *m_next;
    QAction *m_previous;
};

} // namespace gavel
