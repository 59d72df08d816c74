#pragma once

#include <QHash>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextDocument;

namespace gavel {

class LiveMeeting;
class MinutesItemsView;

// Notes for each agenda item and general notes. Follows the current item unless the chair
// picks another; every keystroke reaches the session (saved within seconds). Each item's
// text keeps its own undo history; it is separate from the meeting's undo. A meeting command
// that changes the notes (Ctrl+D takes a line out as a decision) shows at once.
class NotesPane : public QWidget
{
    Q_OBJECT

public:
    explicit NotesPane(LiveMeeting *meeting, QWidget *parent = nullptr);

    void showItem(int id);
    QPlainTextEdit *editor() const { return m_editor; }
    // Time stamp, decision, action item: for the Notes menu and the editor's context menu.
    QList<QAction *> commands() const { return m_commands; }

    // Quick entries, inline: a time stamp at the cursor; a decision (the line or the selected
    // lines leave the notes for the decisions list, or the entry bar opens on an empty line);
    // an action item with an owner (completed from the roster) and an optional due date.
    void insertTimeStamp();
    void startDecision();
    void startAction();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

public:
    // The top row, eight lines of notes and a row of the decisions list: the splitter gives the
    // notes no less.
    QSize minimumSizeHint() const override;

private:
    enum class Entry { None, Decision, Action };
    void showEntry(Entry entry);
    void recordEntry();
    void closeEntry();
    void fitItemsList();
    int editorHeight(int lines) const; // the editor showing that many lines of the meeting's words
    void measureLines();
    QString lineOrSelection() const;
    void reloadChoices();
    void followCurrent();
    QTextDocument *documentFor(int id);
    void followNotes(int id); // the document takes the meeting's text when it differs
    bool takeDecision();

    LiveMeeting *m_meeting;
    QWidget *m_top;
    QComboBox *m_choice;
    QCheckBox *m_follow;
    QPlainTextEdit *m_editor;
    QHash<int, QTextDocument *> m_documents;
    MinutesItemsView *m_items;
    QList<QAction *> m_commands;
    QWidget *m_entryBar;
    QLabel *m_entryLabel;
    QLineEdit *m_entryText;
    QLineEdit *m_entryOwner;
    QCheckBox *m_entryHasDue;
    QDateEdit *m_entryDue;
    int m_lineHeight = 0; // a line of notes as the meeting's words set it
    Entry m_entry = Entry::None;
    int m_shown = -1;
    bool m_loading = false;
    bool m_writing = false; // the editor's own text on its way to the meeting
};

} // namespace gavel
