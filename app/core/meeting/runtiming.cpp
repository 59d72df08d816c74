#include "meeting/runtiming.h"

#include "agenda/agendatree.h"
#include "agenda/durations.h"
#include "meeting/clock.h"

namespace gavel {

using Phase = RunState::Phase;

bool RunTiming::setDefaultMinutes(int minutes)
{
    if (minutes <= 0 || minutes == m_defaultMinutes) {
        return false;
    }
    m_defaultMinutes = minutes;
    return true;
}

bool RunTiming::setWarningSeconds(int seconds)
{
    if (seconds < 0 || seconds == m_warningSeconds) {
        return false;
    }
    m_warningSeconds = seconds;
    return true;
}

int RunTiming::neighbour(const RunState &run, const QList<int> &order, int from, int step)
{
    qsizetype i = from ? order.indexOf(from) : (step > 0 ? -1 : order.size());
    if (from && i < 0) {
        i = step > 0 ? -1 : order.size();
    }
    for (i += step; i >= 0 && i < order.size(); i += step) {
        if (!run.items.value(order[i]).skipped) {
            return order[i];
        }
    }
    return 0;
}

int RunTiming::nextId(const RunState &run, const QList<int> &order)
{
    if (run.phase == Phase::Ended) {
        return 0;
    }
    return neighbour(run, order, run.phase == Phase::NotStarted ? 0 : run.currentId, +1);
}

RunTiming::ItemState RunTiming::state(const MeetingSnapshot &s, const QList<int> &order, int id) const
{
    // An item that does not run itself shows the state of the runnable item it belongs to,
    // or, above runnable items, the state they add up to.
    int runnable = id;
    while (runnable && !order.contains(runnable)) {
        const auto where = agendatree::locate(s.meeting.items, runnable);
        runnable = where ? where->parentId : 0;
    }
    if (!runnable) {
        const AgendaItem *it = agendatree::find(s.meeting.items, id);
        if (!it || it->children.isEmpty()) {
            return ItemState::Upcoming;
        }
        bool allSkipped = true;
        bool allFinished = true;
        for (const AgendaItem &child : it->children) {
            const ItemState childState = state(s, order, child.id);
            if (childState == ItemState::Current) {
                return ItemState::Current;
            }
            allSkipped = allSkipped && childState == ItemState::Skipped;
            allFinished = allFinished && (childState == ItemState::Done || childState == ItemState::Skipped);
        }
        return allSkipped ? ItemState::Skipped : allFinished ? ItemState::Done : ItemState::Upcoming;
    }
    const ItemRun r = s.run.items.value(runnable);
    if (r.skipped) {
        return ItemState::Skipped;
    }
    if (runnable == s.run.currentId && isActive(s.run)) {
        return ItemState::Current;
    }
    return r.done ? ItemState::Done : ItemState::Upcoming;
}

bool RunTiming::isTimed(const Meeting &meeting, int id)
{
    const AgendaItem *it = agendatree::find(meeting.items, id);
    return it && (it->minutes || agendatree::hasTimedChildren(*it));
}

qint64 RunTiming::elapsedMs(const MeetingSnapshot &s, int id) const
{
    const AgendaItem *it = agendatree::find(s.meeting.items, id);
    if (it && agendatree::hasTimedChildren(*it)) {
        qint64 sum = 0;
        for (int child : agendatree::runOrder(it->children)) {
            sum += elapsedMs(s, child);
        }
        return sum;
    }
    qint64 elapsed = s.run.items.value(id).elapsedMs;
    if (s.run.phase == Phase::Running && s.run.currentId == id) {
        // A clock set back between two runs makes no time negative.
        elapsed = qMin(elapsed + qMax<qint64>(0, m_clock->nowMs() - s.run.segmentStart), durations::maxMs);
    }
    return elapsed;
}

qint64 RunTiming::plannedMs(const Meeting &meeting, int id) const
{
    const AgendaItem *it = agendatree::find(meeting.items, id);
    if (!it) {
        return 0;
    }
    // Parts with durations run in turn, so they plan their parent, whatever it says itself.
    if (agendatree::hasTimedChildren(*it)) {
        qint64 sum = 0;
        for (int child : agendatree::runOrder(it->children)) {
            sum += plannedMs(meeting, child);
        }
        return sum;
    }
    return qint64(it->minutes ? *it->minutes : m_defaultMinutes) * 60000;
}

qint64 RunTiming::allowedMs(const MeetingSnapshot &s, int id) const
{
    const AgendaItem *it = agendatree::find(s.meeting.items, id);
    if (it && agendatree::hasTimedChildren(*it)) {
        qint64 sum = 0;
        for (int child : agendatree::runOrder(it->children)) {
            sum += allowedMs(s, child);
        }
        return sum;
    }
    return qMax<qint64>(0, plannedMs(s.meeting, id) + qint64(s.run.items.value(id).extraSeconds) * 1000);
}

qint64 RunTiming::remainingMs(const MeetingSnapshot &s) const
{
    return s.run.currentId ? allowedMs(s, s.run.currentId) - elapsedMs(s, s.run.currentId) : 0;
}

RunTiming::TimerState RunTiming::timerState(const MeetingSnapshot &s) const
{
    if (!isActive(s.run) || !s.run.currentId) {
        return TimerState::Idle;
    }
    if (!isTimed(s.meeting, s.run.currentId)) {
        return TimerState::CountUp;
    }
    const qint64 remaining = remainingMs(s);
    if (remaining <= 0) {
        return TimerState::Overtime;
    }
    return remaining <= qint64(m_warningSeconds) * 1000 ? TimerState::Warning : TimerState::Normal;
}

double RunTiming::progress(const MeetingSnapshot &s) const
{
    if (!s.run.currentId) {
        return 0;
    }
    const qint64 allowed = allowedMs(s, s.run.currentId);
    if (allowed <= 0) {
        return 1;
    }
    return qBound(0.0, double(elapsedMs(s, s.run.currentId)) / double(allowed), 1.0);
}

QDateTime RunTiming::scheduledStart(const Meeting &meeting)
{
    const MeetingTime &t = meeting.time;
    if (!t.hasStart()) {
        return {};
    }
    if (t.utcOffsetSeconds) {
        return QDateTime(t.date, t.start, Qt::OffsetFromUTC, *t.utcOffsetSeconds);
    }
    return QDateTime(t.date, t.start);
}

bool RunTiming::scheduledStartIsNear(const Meeting &meeting) const
{
    const QDateTime start = scheduledStart(meeting);
    return start.isValid() && qAbs(start.toMSecsSinceEpoch() - m_clock->nowMs()) <= 12 * 3600 * 1000LL;
}

QDateTime RunTiming::hardStop(const Meeting &meeting)
{
    const MeetingTime &t = meeting.time;
    if (!t.hasEnd()) {
        return {};
    }
    if (t.utcOffsetSeconds) {
        return QDateTime(t.endDate(), t.end, Qt::OffsetFromUTC, *t.utcOffsetSeconds);
    }
    return QDateTime(t.endDate(), t.end);
}

qint64 RunTiming::untilStartMs(const Meeting &meeting) const
{
    const QDateTime start = scheduledStart(meeting);
    return start.isValid() ? start.toMSecsSinceEpoch() - m_clock->nowMs() : 0;
}

qint64 RunTiming::meetingElapsedMs(const RunState &run) const
{
    switch (run.phase) {
    case Phase::NotStarted: return 0;
    case Phase::Ended: return qMax<qint64>(0, run.endedAt - run.startedAt);
    default: return qMax<qint64>(0, m_clock->nowMs() - run.startedAt);
    }
}

QDateTime RunTiming::plannedEnd(const MeetingSnapshot &s, const QList<int> &order) const
{
    qint64 base = s.run.startedAt;
    if (s.run.phase == Phase::NotStarted) {
        base = scheduledStartIsNear(s.meeting) ? scheduledStart(s.meeting).toMSecsSinceEpoch() : m_clock->nowMs();
    }
    qint64 total = 0;
    for (int id : order) {
        total += plannedMs(s.meeting, id);
    }
    return QDateTime::fromMSecsSinceEpoch(base + total);
}

QDateTime RunTiming::projectedEnd(const MeetingSnapshot &s, const QList<int> &order) const
{
    const qint64 now = m_clock->nowMs();
    if (s.run.phase == Phase::Ended) {
        return QDateTime::fromMSecsSinceEpoch(s.run.endedAt);
    }
    qint64 end = now;
    if (s.run.phase == Phase::NotStarted && scheduledStartIsNear(s.meeting)) {
        end = qMax(now, scheduledStart(s.meeting).toMSecsSinceEpoch());
    }
    for (int id : order) {
        const ItemRun r = s.run.items.value(id);
        if (r.skipped || (r.done && id != s.run.currentId)) {
            continue;
        }
        end += qMax<qint64>(0, allowedMs(s, id) - elapsedMs(s, id));
    }
    return QDateTime::fromMSecsSinceEpoch(end);
}

bool RunTiming::projectionPassesHardStop(const MeetingSnapshot &s, const QList<int> &order) const
{
    const QDateTime stop = hardStop(s.meeting);
    return stop.isValid() && s.run.phase != Phase::Ended && projectedEnd(s, order) > stop;
}

} // namespace gavel
