#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace gavel {

class ElidedLabel;

class LiveMeeting;
class TimerDisplay;

// What is happening now: the current item and its speakers, the big timer, what comes next,
// and inline fields (no dialogs) to give an untimed item a duration or correct elapsed time.
class CurrentItemPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CurrentItemPanel(LiveMeeting *meeting, QWidget *parent = nullptr);

    TimerDisplay *timer() const { return m_timer; }
    void addControls(const QList<QAction *> &actions);
    void editElapsed(); // shows the inline "time so far" editor for the current item
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    // minimumSizeHint for a width, until the rows change (a layout request): the splitter asks
    // dozens of times while the window is built, and each answer lays out every row.
    mutable QSize m_minimumHint;
    mutable int m_minimumHintWidth = -1;
    void refresh();

    LiveMeeting *m_meeting;
    QLabel *m_caption;
    ElidedLabel *m_title;
    ElidedLabel *m_speakers;
    ElidedLabel *m_description; // what the agenda wrote under the item, untimed
    TimerDisplay *m_timer;
    ElidedLabel *m_next;
    QWidget *m_durationRow;
    QSpinBox *m_duration;
    QWidget *m_elapsedRow;
    QTimeEdit *m_elapsed;
    QWidget *m_controls;
};

} // namespace gavel
