#pragma once

#include <QHash>
#include <QtGlobal>

namespace gavel {

// The span every time a session holds lies in: from a week before the earlier of the meeting's
// start and its last save to a week after the later (before the start, the last save alone).
// A meeting paused and resumed days later stays inside; a time from another meeting does not.
struct TimeWindow
{
    static constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
    static constexpr qint64 marginMs = 7 * dayMs;
    qint64 earliest = 0;
    qint64 latest = 0;

    static TimeWindow around(qint64 startedAt, qint64 savedAt)
    {
        const qint64 first = startedAt > 0 ? qMin(startedAt, savedAt) : savedAt;
        const qint64 last = qMax(startedAt, savedAt);
        return {first - marginMs, last + marginMs};
    }
    bool contains(qint64 ms) const { return ms >= earliest && ms <= latest; }
};

// What happened to one agenda item while the meeting ran. Times are Clock::nowMs() values.
struct ItemRun
{
    qint64 startedAt = 0; // first became current; 0 = never
    qint64 endedAt = 0; // last left as done
    qint64 elapsedMs = 0; // run time, not counting the segment running right now
    qint64 pausedMs = 0; // time it stood paused while current
    int extraSeconds = 0; // +1 / -1 min on top of the plan
    bool done = false;
    bool skipped = false;

    bool operator==(const ItemRun &o) const
    {
        return startedAt == o.startedAt && endedAt == o.endedAt && elapsedMs == o.elapsedMs && pausedMs == o.pausedMs
            && extraSeconds == o.extraSeconds && done == o.done && skipped == o.skipped;
    }
};

// The live state of a meeting: everything the timers are computed from.
struct RunState
{
    enum class Phase { NotStarted, Running, Paused, Ended };

    Phase phase = Phase::NotStarted;
    qint64 startedAt = 0;
    qint64 endedAt = 0;
    int currentId = 0; // the item running now; 0 = none
    qint64 segmentStart = 0; // Running: when the current item's running stretch began
    qint64 pauseStart = 0; // Paused: when the pause began
    QHash<int, ItemRun> items;

    bool operator==(const RunState &o) const
    {
        return phase == o.phase && startedAt == o.startedAt && endedAt == o.endedAt && currentId == o.currentId
            && segmentStart == o.segmentStart && pauseStart == o.pauseStart && items == o.items;
    }
};

// Names of the phases in files: "notStarted", "running", "paused", "ended".
inline const char *phaseId(RunState::Phase phase)
{
    switch (phase) {
    case RunState::Phase::NotStarted: return "notStarted";
    case RunState::Phase::Running: return "running";
    case RunState::Phase::Paused: return "paused";
    case RunState::Phase::Ended: return "ended";
    }
    return "notStarted";
}

} // namespace gavel
