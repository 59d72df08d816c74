#pragma once

#include <QWidget>

class QVBoxLayout;

namespace gavel {

class ElidedLabel;
class LiveMeeting;
class MeetingActions;
class TimerDisplay;

// Only what the room needs: the current item, its speaker, the big timer with its state,
// and what comes next. For sharing into the call or a second screen. It never takes the
// focus when shown, follows the same clock, and closing it changes nothing.
//
// The words scale with the window and give way to the digits: the title takes two lines at
// most, a smaller size first and then an ellipsis; every other line takes one.
class StageWindow : public QWidget
{
    Q_OBJECT

public:
    StageWindow(LiveMeeting *meeting, MeetingActions *actions, QWidget *parent = nullptr);

    TimerDisplay *timer() const { return m_timer; }
    void showStage(bool fullScreen);

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    // Sizes the words to the window, then the title to its two lines.
    void fitText();
    void fitTitle();

    LiveMeeting *m_meeting;
    QVBoxLayout *m_layout;
    ElidedLabel *m_meetingTitle;
    ElidedLabel *m_title;
    ElidedLabel *m_speakers;
    TimerDisplay *m_timer;
    ElidedLabel *m_next;
    double m_scale = 0; // of the words against the usual 960x600 window
    int m_titleFittedWidth = -1; // the width and text the title's size was last chosen for
    QString m_titleFittedText;
};

} // namespace gavel
