#pragma once

#include <QObject>

class QTimer;

namespace gavel {

class Clock;

// A timer on a Clock's time, for the timers whose timing is a product rule (autosave delay,
// retry, heartbeat). On a clock whose time passes by itself it waits with a QTimer; on a clock
// a test advances, it fires when the clock passes its due time, so no test waits real seconds.
class ClockTimer : public QObject
{
    Q_OBJECT

public:
    explicit ClockTimer(const Clock *clock, QObject *parent = nullptr);
    ~ClockTimer() override;

    void setSingleShot(bool singleShot) { m_singleShot = singleShot; }
    void setInterval(qint64 ms) { m_intervalMs = ms; }
    qint64 interval() const { return m_intervalMs; }

    void start(); // with the interval set
    void start(qint64 ms); // sets the interval and starts
    void stop();
    bool isActive() const { return m_dueMs.has_value(); }
    // When it fires next, on the clock's timeline.
    std::optional<qint64> dueMs() const { return m_dueMs; }

signals:
    void timeout();

private:
    friend class Clock;
    void fire();

    const Clock *m_clock;
    QTimer *m_timer = nullptr; // only for clocks whose time passes by itself
    std::optional<qint64> m_dueMs;
    qint64 m_intervalMs = 0;
    bool m_singleShot = false;
};

} // namespace gavel
