#pragma once

#include "meeting/snapshot.h"

#include <QDateTime>

namespace gavel {

class Clock;

// What the timers show, read from a snapshot and the clock: how long each item has run, may
// run and has left, what state it is in, and when the meeting will end. Never counts ticks.
class RunTiming
{
public:
    enum class ItemState { Upcoming, Current, Done, Skipped };
    enum class TimerState { Idle, Normal, Warning, Overtime, CountUp };

    explicit RunTiming(const Clock *clock)
        : m_clock(clock)
    { }

    const Clock *clock() const { return m_clock; }
    int defaultMinutes() const { return m_defaultMinutes; } // the plan of an item without one
    bool setDefaultMinutes(int minutes);
    int warningSeconds() const { return m_warningSeconds; } // "wrap up" this long before zero
    bool setWarningSeconds(int seconds);

    static bool isActive(const RunState &run)
    {
        return run.phase == RunState::Phase::Running || run.phase == RunState::Phase::Paused;
    }
    // The item that runs after `from` (0: the first), skipped items passed over; 0 when none.
    static int neighbour(const RunState &run, const QList<int> &order, int from, int step);
    // The item that runs after the current one (the first, before the start); 0 when none.
    static int nextId(const RunState &run, const QList<int> &order);

    ItemState state(const MeetingSnapshot &s, const QList<int> &order, int id) const;
    static bool isTimed(const Meeting &meeting, int id); // a duration of its own or its parts'
    qint64 elapsedMs(const MeetingSnapshot &s, int id) const; // a parent adds up its parts
    qint64 plannedMs(const Meeting &meeting, int id) const; // untimed items at the default length
    qint64 allowedMs(const MeetingSnapshot &s, int id) const; // plan plus the chair's +1 / -1 min
    qint64 remainingMs(const MeetingSnapshot &s) const; // of the current item; negative in overtime
    TimerState timerState(const MeetingSnapshot &s) const;
    double progress(const MeetingSnapshot &s) const; // 0..1 of the current item's allowed time

    static QDateTime scheduledStart(const Meeting &meeting); // invalid without date and time
    // The scheduled start is today's business (within 12 hours of now); an agenda of another
    // day (a rehearsal, last year's sample) plans from now instead.
    bool scheduledStartIsNear(const Meeting &meeting) const;
    static QDateTime hardStop(const Meeting &meeting); // the stated end, or invalid
    qint64 untilStartMs(const Meeting &meeting) const;
    qint64 meetingElapsedMs(const RunState &run) const;
    QDateTime plannedEnd(const MeetingSnapshot &s, const QList<int> &order) const;
    QDateTime projectedEnd(const MeetingSnapshot &s, const QList<int> &order) const;
    bool projectionPassesHardStop(const MeetingSnapshot &s, const QList<int> &order) const;

private:
    const Clock *m_clock;
    int m_defaultMinutes = 5;
    int m_warningSeconds = 60;
};

} // namespace gavel
