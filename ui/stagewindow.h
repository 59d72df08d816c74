#pragma once

#include <QWidget>

class QLabel;

namespace gavel {

class LiveMeeting;
class MeetingActions;
class TimerDisplay;

// Only what the room needs: the current item, its speaker, the big timer with its state,
// and what comes next. For sharing into the call or a second screen. It never takes the
// focus when shown, follows the same clock, and closing it changes nothing.
class StageWindow : public QWidget
{
    Q_OBJECT

public:
    StageWindow(LiveMeeting *meeting, MeetingActions *actions, QWidget *parent = nullptr);

    TimerDisplay *timer() const { return m_timer; }
    void showStage(bool fullScreen);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();

    LiveMeeting *m_meeting;
    QLabel *m_meetingTitle;
    QLabel *m_title;
    QLabel *m_speakers;
    TimerDisplay *m_timer;
    QLabel *m_next;
};

} // namespace gavel
