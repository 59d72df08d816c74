#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace gavel {

class LiveMeeting;
class RosterFilter;
class RosterModel;

// The attendance checklist, worked from the keyboard while the meeting runs: type to filter,
// Enter checks in the top (or selected) match or adds a walk-in, Down moves into the list
// where Enter checks in the selected person and Space toggles present. A pasted list from the
// chat checks everyone in at once.
class RosterPane : public QWidget
{
    Q_OBJECT

public:
    explicit RosterPane(LiveMeeting *meeting, QWidget *parent = nullptr);

    QLineEdit *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    // The list's context menu: present, late, left early, excused, absent, expected; the profile.
    QList<QAction *> commands() const;
    QString countsText() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitColumns();
    int nameRoom() const;
    void showColumnsThatFit();
    void updateCounts();
    void updateWalkInHint();
    void enterPressed();
    void checkInCurrent();
    void toggleCurrent();
    void selectKey(const QString &key);
    void sayAlreadyHere(const QModelIndex &index);
    void setStatus(int status);
    void checkInPasted();
    QString currentKey() const;

    LiveMeeting *m_meeting;
    RosterModel *m_model;
    RosterFilter *m_proxy;
    QLabel *m_counts;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_walkIn;
    QPushButton *m_pasteToggle;
    QWidget *m_pasteBox;
    QPlainTextEdit *m_paste;
    QLabel *m_pasteResult;
    QHash<int, int> m_columnWidths; // column -> the width it is given when shown
};

} // namespace gavel
