#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace gavel {

class LiveMeeting;

// The people expected at the meeting: chair, vice-chair and the invitees of the agenda.
class RosterPane : public QWidget
{
    Q_OBJECT

public:
    explicit RosterPane(LiveMeeting *meeting, QWidget *parent = nullptr);

private:
    void reload();

    LiveMeeting *m_meeting;
    QLabel *m_title;
    QListWidget *m_list;
};

} // namespace gavel
