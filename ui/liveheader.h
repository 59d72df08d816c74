#pragma once

#include <QWidget>

class QLabel;

namespace gavel {

class LiveMeeting;

// The meeting at a glance: title, wall clock (in the meeting's zone, named, and the local
// time where this computer's differs), elapsed, planned and projected end, and how far ahead
// or behind the meeting runs; before the start, how soon or how late it is; after the end,
// when it ended and how far over or under the plan it ran.
class LiveHeader : public QWidget
{
    Q_OBJECT

public:
    explicit LiveHeader(LiveMeeting *meeting, QWidget *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void tell(QLabel *figure); // its accessible name: what it shows
    void refreshMeeting();

    LiveMeeting *m_meeting;
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_clock;
    QLabel *m_zone;
    QLabel *m_elapsed;
    QLabel *m_plannedEnd;
    QLabel *m_projectedEnd;
    QLabel *m_schedule;
    QLabel *m_hardStop;
};

QString personText(const struct Person &person);

} // namespace gavel
