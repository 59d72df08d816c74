#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QPlainTextEdit;
class QTextDocument;

namespace gavel {

class LiveMeeting;

// Notes for each agenda item and general notes. Follows the current item unless the chair
// picks another; every keystroke reaches the session (saved within seconds). Each item's
// text keeps its own undo history; it is separate from the meeting's undo.
class NotesPane : public QWidget
{
    Q_OBJECT

public:
    explicit NotesPane(LiveMeeting *meeting, QWidget *parent = nullptr);

    int shownItem() const { return m_shown; } // 0: general notes
    void showItem(int id);
    QPlainTextEdit *editor() const { return m_editor; }

private:
    void reloadChoices();
    void followCurrent();
    QTextDocument *documentFor(int id);

    LiveMeeting *m_meeting;
    QComboBox *m_choice;
    QCheckBox *m_follow;
    QPlainTextEdit *m_editor;
    QHash<int, QTextDocument *> m_documents;
    int m_shown = -1;
    bool m_loading = false;
};

} // namespace gavel
