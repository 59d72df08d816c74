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

// "Commands and Shortcuts" (F1): every command given, with its keys and the menu it is in, in
// the order given, with a filter on top that finds a command by the words a chair would type
// (its name, its search words, its keys, its menu). A window of its own, never modal. It reads
// the actions again each time it is shown and while it is open, since their text changes
// (e.g. "Undo Next item").
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    // Other words a chair may look a command up by ("decision", "elapsed"), a QString of words
    // separated by spaces, set on the action.
    static constexpr const char *keywordsProperty = "gavelKeywords";
    static void setKeywords(QAction *action, const QString &words);

    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    // How a command is named in the list: "&Open Agenda…" -> "Open Agenda".
    static QString commandText(const QString &actionText);
    // All of an action's shortcuts in the platform's notation, joined by ", ".
    static QString shortcutText(const QAction *action);
    // The menu an action is in, as "File > Open Recent" (empty when it is in none).
    static QString menuText(const QAction *action);
    // Whether every word of `filter` is part of a word of the command's name, search words,
    // keys or menu, case aside: "decis", "set time", "ctrl+d".
    static bool matches(const QString &filter, const QString &haystack);

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
