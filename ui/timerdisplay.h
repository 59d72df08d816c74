#pragma once

#include "meeting/livemeeting.h"

#include <QFrame>
#include <QTimer>

class QLabel;
class QProgressBar;

namespace gavel {

// The current item's countdown in large digits, a progress bar and a status line. Each
// state (normal, warning, overtime, counting up, paused) shows as a colour AND as words and
// a symbol, so it reads in light and dark themes, shared into a call, and without colour.
class TimerDisplay : public QFrame
{
    Q_OBJECT

public:
    enum class Size { Panel, Stage };

    TimerDisplay(LiveMeeting *meeting, Size size, QWidget *parent = nullptr);

    // The status line's and the progress bar's size against the usual (the stage view scales
    // them with its window); the digits fill what is left.
    void setTextScale(double factor);
    QString digits() const;
    QString status() const;
    // A short visual pulse for an alert; repaints only, the clock is the meeting's.
    void flash();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool event(QEvent *event) override;

private:
    void refresh();
    // Only when the look changes (state, pause, the flash, the theme): not on every tick.
    void applyColours(LiveMeeting::TimerState state, bool paused, bool inverted);
    void fitDigits();

    LiveMeeting *m_meeting;
    Size m_size;
    QLabel *m_digits;
    QLabel *m_status;
    QProgressBar *m_progress;
    QTimer m_flashTimer;
    int m_flashSteps = 0;
    QString m_lastStatus;
    int m_coloursShown = -1; // the state, pause and flash the colours were last applied for
    bool m_applyingColours = false;
    QSize m_fittedRoom; // the digits' room and length their size was last worked out for
    int m_fittedLength = 0;
};

} // namespace gavel
