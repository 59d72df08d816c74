#pragma once

#include "meeting/runfacts.h"

#include <QDateTime>

namespace gavel {

class Clock;

// What the timers show, read from a snapshot, its RunFacts and the clock: how long each item
// has run and has left, whether it is time to wrap up, and when the meeting will end. Only the
// current item's running stretch is read from the clock; the rest is looked up in the facts,
// so a tick costs the same at any agenda size. Never counts ticks.
class RunTiming
{
public:
    using ItemState = RunFacts::ItemState;
    enum class TimerState { Idle, Normal, Warning, Overtime, CountUp };

    explicit RunTiming(const Clock *clock)
        : m_clock(clock)
    { }

    const Clock *clock() const { return m_clock; }
    int defaultMinutes() const { return m_defaultMinutes; } // the plan of an item without one
    bool setDefaultMinutes(int minutes);
    int warningSeconds() const { return m_warningSeconds; } // "wrap up" this long before zero
    bool setWarningSeconds(int seconds);
    RunFacts factsOf(const MeetingSnapshot &s) const { return RunFacts(s, m_defaultMinutes); }

    static bool isActive(const RunState &run)
    {
        return run.phase == RunState::Phase::Running || run.phase == RunState::Phase::Paused;
    }
    // The item that runs after `from` (0: the first), skipped items passed over; 0 when none.
    static int neighbour(const RunState &run, const QList<int> &order, int from, int step);
    // The item that runs after the current one (the first, before the start); 0 when none.
    static int nextId(const RunState &run, const QList<int> &order);

    qint64 elapsedMs(const MeetingSnapshot &s, const RunFacts &f, int id) const; // a parent adds up its parts
    qint64 remainingMs(const MeetingSnapshot &s, const RunFacts &f) const; // negative in overtime
    TimerState timerState(const MeetingSnapshot &s, const RunFacts &f) const;
    double progress(const MeetingSnapshot &s, const RunFacts &f) const; // 0..1 of the allowed time

    static QDateTime scheduledStart(const Meeting &meeting); // invalid without date and time
    // The scheduled start is today's business (within 12 hours of now); an agenda of another
    // day (a rehearsal, last year's sample) plans from now instead.
    bool scheduledStartIsNear(const Meeting &meeting) const;
    // The plan runs from the scheduled start: before the start, when that is near; once started,
    // when the meeting started within 12 hours of it (a meeting reopened next day keeps its plan).
    bool followsSchedule(const MeetingSnapshot &s) const;
    static QDateTime hardStop(const Meeting &meeting); // the stated end, or invalid
    qint64 untilStartMs(const Meeting &meeting) const;
    qint64 meetingElapsedMs(const RunState &run) const;
    // The scheduled start plus the planned durations, wherever the actual start fell: a late
    // start makes the meeting late, it does not move the plan. Without a schedule to follow,
    // the plan runs from the actual start (before it, from now).
    QDateTime plannedEnd(const MeetingSnapshot &s, const RunFacts &f) const;
    QDateTime projectedEnd(const MeetingSnapshot &s, const RunFacts &f) const;
    bool projectionPassesHardStop(const MeetingSnapshot &s, const RunFacts &f) const;

private:
    // How much the current item's running stretch adds now (0 unless running), held so that no
    // item runs past 24 hours.
    qint64 runningMs(const MeetingSnapshot &s, const RunFacts &f) const;

    static constexpr qint64 nearMs = 12 * 3600 * 1000LL;

    const Clock *m_clock;
    int m_defaultMinutes = 5;
    int m_warningSeconds = 60;
};

} // namespace gavel
