#pragma once

#include "meeting/livemeeting.h"

#include <QFrame>
#include <QProgressBar>
#include <QTimer>

class QLabel;

namespace gavel {

// The timer's bar: drawn as a progress bar, its value told in words when a screen reader asks
// ("45% of the item's time used"). It sends no accessibility event as it fills: the digits say
// the time once a second, and the bar moving five times a second would never stop talking.
class TimeBar : public QProgressBar
{
    Q_OBJECT

public:
    explicit TimeBar(QWidget *parent = nullptr);

    // The share of the item's time used, 0 to 1; repaints when the bar moves by a pixel's worth.
    void setShare(double share);
    int percent() const { return (m_permille + 5) / 10; }
    QString valueText() const;

protected:
    void initStyleOption(QStyleOptionProgressBar *option) const override;

private:
    int m_permille = 0;
};

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
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();
    // The digits as a person says them, for screen readers: on the panel only, the stage's copy
    // stays quiet so the time is told once.
    QString spokenDigits() const;
    // Only when the look changes (state, pause, the flash, the theme): not on every tick.
    void applyColours(LiveMeeting::TimerState state, bool paused, bool inverted);
    void fitDigits();

    LiveMeeting *m_meeting;
    Size m_size;
    QLabel *m_digits;
    QLabel *m_status;
    TimeBar *m_progress;
    QTimer m_flashTimer;
    int m_flashSteps = 0;
    QString m_lastStatus;
    int m_coloursShown = -1; // the state, pause and flash the colours were last applied for
    bool m_applyingColours = false;
    QSize m_fittedRoom; // the digits' room and length their size was last worked out for
    int m_fittedLength = 0;
};

} // namespace gavel
