#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;

namespace gavel {

// "Keyboard Shortcuts": every command with a shortcut, and every meeting command, in the order
// given, with a filter on top. A window of its own, never modal. It reads the actions again each
// time it is shown and while it is open, since their text changes (e.g. "Undo Next item").
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    // Meeting commands are listed even without a shortcut: actions with an application-wide
    // shortcut context (as MeetingActions makes them) and actions with this property set to true.
    static constexpr const char *meetingCommandProperty = "gavelMeetingCommand";

    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    // How a command is named in the list: "&Open Agenda…" -> "Open Agenda".
    static QString commandText(const QString &actionText);
    // All of an action's shortcuts in the platform's notation, joined by ", ".
    static QString shortcutText(const QAction *action);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void applyFilter();

    QList<QPointer<QAction>> m_actions;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_table = nullptr;
    QLabel *m_noMatch = nullptr;
    QTimer *m_refreshLater = nullptr;
};

} // namespace gavel
