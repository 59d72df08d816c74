#include "meeting/meetingrun.h"

#include "agenda/agendatree.h"
#include "agenda/durations.h"
#include "meeting/clock.h"

namespace gavel {

using Phase = RunState::Phase;

qint64 MeetingRun::now() const
{
    return m_timing->clock()->nowMs();
}

void MeetingRun::foldSegment(MeetingSnapshot &s) const
{
    const qint64 t = now();
    if (!s.run.currentId) {
        return;
    }
    ItemRun &r = s.run.items[s.run.currentId];
    if (s.run.phase == Phase::Running) {
        // No item runs longer than the longest duration there is: a meeting left running for
        // days stops counting at 24 hours instead of writing a figure no session may hold.
        r.elapsedMs = qMin(r.elapsedMs + qMax<qint64>(0, t - s.run.segmentStart), durations::maxMs);
        s.run.segmentStart = t;
    } else if (s.run.phase == Phase::Paused) {
        r.pausedMs += qMax<qint64>(0, t - s.run.pauseStart);
        s.run.pauseStart = t;
    }
}

void MeetingRun::leaveCurrent(MeetingSnapshot &s, qint64 now, bool done)
{
    if (!s.run.currentId) {
        return;
    }
    ItemRun &r = s.run.items[s.run.currentId];
    r.done = done;
    if (done) {
        r.endedAt = now;
    }
    s.run.currentId = 0;
}

void MeetingRun::enter(MeetingSnapshot &s, int id, qint64 now)
{
    s.run.currentId = id;
    ItemRun &r = s.run.items[id];
    if (!r.startedAt) {
        r.startedAt = now;
    }
    r.done = false;
    r.skipped = false;
    s.run.segmentStart = now;
    s.run.pauseStart = now;
}

void MeetingRun::moveOnTo(MeetingSnapshot &s, int following, qint64 now)
{
    if (following) {
        enter(s, following, now);
    } else {
        s.run.phase = Phase::Ended;
        s.run.endedAt = now;
    }
}

void MeetingRun::reconcile(MeetingSnapshot &s, const QList<int> &oldOrder) const
{
    const RunFacts facts = m_timing->factsOf(s);
    const qint64 t = now();
    for (int id : oldOrder) {
        if (facts.runs(id) || !s.run.items.contains(id)) {
            continue;
        }
        const int target = facts.runnableFor(id);
        const ItemRun moved = s.run.items.take(id);
        const bool wasCurrent = s.run.currentId == id;
        if (!target) {
            continue;
        }
        ItemRun &into = s.run.items[target];
        into.elapsedMs = qMin(into.elapsedMs + moved.elapsedMs, durations::maxMs);
        into.pausedMs += moved.pausedMs;
        if (moved.startedAt && (!into.startedAt || moved.startedAt < into.startedAt)) {
            into.startedAt = moved.startedAt;
        }
        if (wasCurrent) {
            s.run.currentId = target;
            into.done = false;
            into.skipped = false;
            if (!into.startedAt) {
                into.startedAt = t;
            }
        }
    }
}

bool MeetingRun::start(MeetingSnapshot &s, const QList<int> &order) const
{
    if (s.run.phase != Phase::NotStarted) {
        return false;
    }
    const int first = RunTiming::neighbour(s.run, order, 0, +1);
    if (!first) {
        return false;
    }
    const qint64 t = now();
    s.run.phase = Phase::Running;
    s.run.startedAt = t;
    enter(s, first, t);
    return true;
}

bool MeetingRun::pause(MeetingSnapshot &s) const
{
    if (s.run.phase != Phase::Running) {
        return false;
    }
    foldSegment(s);
    s.run.phase = Phase::Paused;
    s.run.pauseStart = now();
    return true;
}

bool MeetingRun::resume(MeetingSnapshot &s) const
{
    if (s.run.phase != Phase::Paused) {
        return false;
    }
    foldSegment(s);
    s.run.phase = Phase::Running;
    s.run.segmentStart = now();
    return true;
}

bool MeetingRun::next(MeetingSnapshot &s, const QList<int> &order) const
{
    if (!RunTiming::isActive(s.run)) {
        return false;
    }
    const qint64 t = now();
    foldSegment(s);
    const int following = RunTiming::neighbour(s.run, order, s.run.currentId, +1);
    leaveCurrent(s, t, true);
    moveOnTo(s, following, t);
    return true;
}

bool MeetingRun::previous(MeetingSnapshot &s, const QList<int> &order) const
{
    if (!RunTiming::isActive(s.run)) {
        return false;
    }
    const int before = RunTiming::neighbour(s.run, order, s.run.currentId, -1);
    if (!before) {
        return false;
    }
    const qint64 t = now();
    foldSegment(s);
    leaveCurrent(s, t, false);
    enter(s, before, t);
    return true;
}

bool MeetingRun::jumpTo(MeetingSnapshot &s, int target) const
{
    if (!target || target == s.run.currentId || s.run.phase == Phase::Ended) {
        return false;
    }
    const qint64 t = now();
    if (s.run.phase == Phase::NotStarted) {
        s.run.phase = Phase::Running;
        s.run.startedAt = t;
    } else {
        foldSegment(s);
        leaveCurrent(s, t, true);
    }
    enter(s, target, t);
    return true;
}

bool MeetingRun::adjustMinutes(MeetingSnapshot &s, int delta) const
{
    if (!RunTiming::isActive(s.run) || !s.run.currentId || delta == 0) {
        return false;
    }
    ItemRun &r = s.run.items[s.run.currentId];
    const int before = r.extraSeconds;
    const qint64 planned = m_timing->factsOf(s).plannedMs(s.run.currentId) / 1000;
    r.extraSeconds
        = int(qBound<qint64>(-planned, qint64(r.extraSeconds) + qint64(delta) * 60, durations::maxMs / 1000));
    return r.extraSeconds != before;
}

bool MeetingRun::restartItem(MeetingSnapshot &s) const
{
    if (!RunTiming::isActive(s.run) || !s.run.currentId) {
        return false;
    }
    const qint64 t = now();
    ItemRun &r = s.run.items[s.run.currentId];
    r.elapsedMs = 0;
    r.pausedMs = 0;
    r.startedAt = t;
    s.run.segmentStart = t;
    s.run.pauseStart = t;
    return true;
}

bool MeetingRun::skip(MeetingSnapshot &s, const QList<int> &order, const QList<int> &targets, bool unskip) const
{
    if (targets.isEmpty() || s.run.phase == Phase::Ended) {
        return false;
    }
    const qint64 t = now();
    const bool currentInside = targets.contains(s.run.currentId);
    if (currentInside && !unskip) {
        foldSegment(s);
    }
    for (int target : targets) {
        s.run.items[target].skipped = !unskip;
    }
    if (currentInside && !unskip && RunTiming::isActive(s.run)) {
        const int following = RunTiming::neighbour(s.run, order, s.run.currentId, +1);
        leaveCurrent(s, t, false);
        moveOnTo(s, following, t);
    }
    return true;
}

bool MeetingRun::end(MeetingSnapshot &s) const
{
    if (!RunTiming::isActive(s.run)) {
        return false;
    }
    const qint64 t = now();
    foldSegment(s);
    leaveCurrent(s, t, true);
    s.run.phase = Phase::Ended;
    s.run.endedAt = t;
    return true;
}

bool MeetingRun::setElapsed(MeetingSnapshot &s, const QList<int> &order, int id, qint64 ms) const
{
    if (ms < 0 || ms > durations::maxMs || !order.contains(id) || s.run.phase == Phase::NotStarted) {
        return false;
    }
    const qint64 t = now();
    foldSegment(s);
    ItemRun &r = s.run.items[id];
    r.elapsedMs = ms;
    if (id == s.run.currentId || !r.startedAt) {
        // "Forgot to start": the item began as long ago as it has run.
        r.startedAt = r.startedAt ? qMin(r.startedAt, t - ms) : t - ms;
    }
    // The meeting began at least as long ago as its items ran.
    qint64 total = 0;
    for (int other : order) {
        total += s.run.items.value(other).elapsedMs;
    }
    const qint64 end = s.run.phase == Phase::Ended ? s.run.endedAt : t;
    s.run.startedAt = qMin(s.run.startedAt, end - total);
    return true;
}

} // namespace gavel
