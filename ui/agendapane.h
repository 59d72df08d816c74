#pragma once

#include <QSet>
#include <QWidget>

class QAction;
class QTreeView;

namespace gavel {

class AgendaModel;
class LiveMeeting;

// The agenda tree: the current row stands out (bold, "▶ Now", marked not by colour alone);
// titles and planned minutes are edited in place, items are added, deleted and reordered
// by keyboard or drag and drop. Its keys act only while the tree itself has the focus.
class AgendaPane : public QWidget
{
    Q_OBJECT

public:
    AgendaPane(LiveMeeting *meeting, AgendaModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QList<QAction *> editActions() const { return m_editActions; }
    int selectedId() const;
    void select(int id);
    // Alt+G: the keyboard goes to the tree, on the meeting's current item.
    void focusCurrent();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitColumns();
    int titleRoom() const; // the least the title column is given
    int sizedColumnsWidth() const; // the columns always shown, but the title
    void showColumnsThatFit();
    QAction *addAction(const QString &text, const QKeySequence &key, const char *name, void (AgendaPane::*slot)(),
                       const QString &keywords);
    void jumpToSelected();
    void skipSelected();
    void addAfter();
    void addChild();
    void deleteSelected();
    void renameSelected();
    void editDuration();
    void moveUp();
    void moveDown();
    void indent();
    void outdent();
    void move(int step);
    void updateActions();
    void rememberState();
    void restoreState();
    // The item the meeting is on, or before the start the first one up.
    int meetingItem() const;
    // Where the keyboard was on the item the meeting left, it moves on with the meeting.
    void followMeeting();

    LiveMeeting *m_meeting;
    AgendaModel *m_model;
    QTreeView *m_view;
    QList<QAction *> m_editActions;
    QSet<int> m_collapsed;
    int m_speakersWidth = 0;
    int m_selected = 0;
    bool m_hadFocus = false;
    int m_followed = 0; // meetingItem() as last seen
};

} // namespace gavel
