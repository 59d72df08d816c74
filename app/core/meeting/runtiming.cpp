#include "meeting/runtiming.h"

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

qint64 RunTiming::runningMs(const MeetingSnapshot &s, const RunFacts &f) const
{
    if (s.run.phase != Phase::Running || !s.run.currentId) {
        return 0;
    }
    // A clock set back between two runs makes no time negative.
    const qint64 recorded = f.recordedMs(s.run.currentId);
    return qMin(recorded + qMax<qint64>(0, m_clock->nowMs() - s.run.segmentStart), durations::maxMs) - recorded;
}

qint64 RunTiming::elapsedMs(const MeetingSnapshot &s, const RunFacts &f, int id) const
{
    return f.recordedMs(id) + (f.holdsCurrent(id) ? runningMs(s, f) : 0);
}

qint64 RunTiming::remainingMs(const MeetingSnapshot &s, const RunFacts &f) const
{
    return s.run.currentId ? f.allowedMs(s.run.currentId) - elapsedMs(s, f, s.run.currentId) : 0;
}

RunTiming::TimerState RunTiming::timerState(const MeetingSnapshot &s, const RunFacts &f) const
{
    if (!isActive(s.run) || !s.run.currentId) {
        return TimerState::Idle;
    }
    if (!f.isTimed(s.run.currentId)) {
        return TimerState::CountUp;
    }
    const qint64 remaining = remainingMs(s, f);
    if (remaining <= 0) {
        return TimerState::Overtime;
    }
    return remaining <= qint64(m_warningSeconds) * 1000 ? TimerState::Warning : TimerState::Normal;
}

double RunTiming::progress(const MeetingSnapshot &s, const RunFacts &f) const
{
    if (!s.run.currentId) {
        return 0;
    }
    const qint64 allowed = f.allowedMs(s.run.currentId);
    if (allowed <= 0) {
        return 1;
    }
    return qBound(0.0, double(elapsedMs(s, f, s.run.currentId)) / double(allowed), 1.0);
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
    return start.isValid() && qAbs(start.toMSecsSinceEpoch() - m_clock->nowMs()) <= nearMs;
}

bool RunTiming::followsSchedule(const MeetingSnapshot &s) const
{
    if (s.run.phase == Phase::NotStarted) {
        return scheduledStartIsNear(s.meeting);
    }
    const QDateTime start = scheduledStart(s.meeting);
    return start.isValid() && qAbs(start.toMSecsSinceEpoch() - s.run.startedAt) <= nearMs;
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

QDateTime RunTiming::plannedEnd(const MeetingSnapshot &s, const RunFacts &f) const
{
    qint64 base = s.run.phase == Phase::NotStarted ? m_clock->nowMs() : s.run.startedAt;
    if (followsSchedule(s)) {
        base = scheduledStart(s.meeting).toMSecsSinceEpoch();
    }
    return QDateTime::fromMSecsSinceEpoch(base + f.plannedTotalMs());
}

QDateTime RunTiming::projectedEnd(const MeetingSnapshot &s, const RunFacts &f) const
{
    const qint64 now = m_clock->nowMs();
    if (s.run.phase == Phase::Ended) {
        return QDateTime::fromMSecsSinceEpoch(s.run.endedAt);
    }
    qint64 end = now;
    if (s.run.phase == Phase::NotStarted && scheduledStartIsNear(s.meeting)) {
        end = qMax(now, scheduledStart(s.meeting).toMSecsSinceEpoch());
    }
    end += f.leftExceptCurrentMs();
    if (const int current = s.run.currentId; current && !s.run.items.value(current).skipped) {
        end += qMax<qint64>(0, f.allowedMs(current) - elapsedMs(s, f, current));
    }
    return QDateTime::fromMSecsSinceEpoch(end);
}

bool RunTiming::projectionPassesHardStop(const MeetingSnapshot &s, const RunFacts &f) const
{
    // To the minute, as the header tells both: a projected 21:00:40 does not run past a 21:00 stop.
    const QDateTime stop = hardStop(s.meeting);
    return stop.isValid() && s.run.phase != Phase::Ended
        && projectedEnd(s, f).toMSecsSinceEpoch() / 60000 > stop.toMSecsSinceEpoch() / 60000;
}

} // namespace gavel
