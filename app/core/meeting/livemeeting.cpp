#include "meeting/livemeeting.h"

#include "agenda/agendatree.h"
#include "agenda/durations.h"
#include "meeting/clock.h"

#include <QUndoCommand>

namespace gavel {

namespace {

class SnapshotCommand : public QUndoCommand
{
public:
    SnapshotCommand(LiveMeeting *meeting, LiveMeeting::Snapshot before, LiveMeeting::Snapshot after,
                    const QString &text)
        : QUndoCommand(text)
        , m_meeting(meeting)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }
    void redo() override { m_meeting->restore(m_after); }
    void undo() override { m_meeting->restore(m_before); }

private:
    LiveMeeting *m_meeting;
    LiveMeeting::Snapshot m_before;
    LiveMeeting::Snapshot m_after;
};

QString quoted(const QString &title)
{
    const QString shown = title.size() > 32 ? title.left(31).trimmed() + QChar(0x2026) : title;
    return LiveMeeting::tr("“%1”").arg(shown);
}

} // namespace

LiveMeeting::LiveMeeting(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_undo.setUndoLimit(1000);
    m_tick.setInterval(200);
    connect(&m_tick, &QTimer::timeout, this, &LiveMeeting::evaluate);
    m_tick.start();
}

void LiveMeeting::load(const Meeting &meeting, const RunState &run, const QHash<int, QString> &notes,
                       const QList<Attendee> &attendees, const MinutesData &minutes)
{
    m_minutes = minutes;
    m_meeting = meeting;
    agendatree::assignIds(m_meeting.items);
    m_run = run;
    m_notes = notes;
    m_attendees = attendees.isEmpty() ? attendance::buildRoster(m_meeting, {}) : attendees;
    m_runOrder = agendatree::runOrder(m_meeting.items);
    m_undo.clear();
    m_alertItem = m_run.currentId;
    m_alertState = timerState();
    emit loaded();
    emit agendaChanged();
    emit attendanceChanged();
    emit minutesChanged();
    emit changed();
}

void LiveMeeting::setWarningSeconds(int seconds)
{
    if (seconds >= 0 && seconds != m_warningSeconds) {
        m_warningSeconds = seconds;
        emit changed();
    }
}

void LiveMeeting::setDefaultMinutes(int minutes)
{
    if (minutes > 0 && minutes != m_defaultMinutes) {
        m_defaultMinutes = minutes;
        emit changed();
    }
}

void LiveMeeting::restore(const Snapshot &snapshot)
{
    const bool agendaDiffers = snapshot.meeting.items != m_meeting.items;
    const bool attendanceDiffers = snapshot.attendees != m_attendees;
    const bool minutesDiffer = !(snapshot.minutes == m_minutes);
    m_meeting = snapshot.meeting;
    m_run = snapshot.run;
    m_attendees = snapshot.attendees;
    m_minutes = snapshot.minutes;
    // Undo and redo put the clock back where it was: no alert for a crossing already seen.
    m_alertItem = m_run.currentId;
    m_alertState = timerState();
    if (agendaDiffers) {
        m_runOrder = agendatree::runOrder(m_meeting.items);
        emit agendaChanged();
    }
    if (attendanceDiffers) {
        emit attendanceChanged();
    }
    if (minutesDiffer) {
        emit minutesChanged();
    }
    emit changed();
}

// ---- reading ----

const AgendaItem *LiveMeeting::item(int id) const
{
    return agendatree::find(m_meeting.items, id);
}

QString LiveMeeting::titleOf(int id) const
{
    const AgendaItem *it = item(id);
    return it ? quoted(it->title) : QString();
}

int LiveMeeting::nextId() const
{
    if (m_run.phase == Phase::Ended) {
        return 0;
    }
    return neighbour(snapshot(), m_runOrder, m_run.phase == Phase::NotStarted ? 0 : m_run.currentId, +1);
}

LiveMeeting::ItemState LiveMeeting::state(int id) const
{
    // An item that does not run itself shows the state of the runnable item it belongs to,
    // or, above runnable items, the state they add up to.
    int runnable = id;
    while (runnable && !m_runOrder.contains(runnable)) {
        const auto where = agendatree::locate(m_meeting.items, runnable);
        runnable = where ? where->parentId : 0;
    }
    if (!runnable) {
        const AgendaItem *it = item(id);
        if (!it || it->children.isEmpty()) {
            return ItemState::Upcoming;
        }
        bool allSkipped = true;
        bool allFinished = true;
        for (const AgendaItem &child : it->children) {
            const ItemState s = state(child.id);
            if (s == ItemState::Current) {
                return ItemState::Current;
            }
            allSkipped = allSkipped && s == ItemState::Skipped;
            allFinished = allFinished && (s == ItemState::Done || s == ItemState::Skipped);
        }
        return allSkipped ? ItemState::Skipped : allFinished ? ItemState::Done : ItemState::Upcoming;
    }
    const ItemRun r = m_run.items.value(runnable);
    if (r.skipped) {
        return ItemState::Skipped;
    }
    if (runnable == m_run.currentId && isActive()) {
        return ItemState::Current;
    }
    return r.done ? ItemState::Done : ItemState::Upcoming;
}

bool LiveMeeting::isTimed(int id) const
{
    const AgendaItem *it = item(id);
    return it && (it->minutes || agendatree::hasTimedChildren(*it));
}

qint64 LiveMeeting::elapsedIn(const Snapshot &s, int id) const
{
    const AgendaItem *it = agendatree::find(s.meeting.items, id);
    if (it && agendatree::hasTimedChildren(*it)) {
        qint64 sum = 0;
        for (int child : agendatree::runOrder(it->children)) {
            sum += elapsedIn(s, child);
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

qint64 LiveMeeting::elapsedMs(int id) const
{
    return elapsedIn(snapshot(), id);
}

qint64 LiveMeeting::plannedMs(int id) const
{
    const AgendaItem *it = item(id);
    if (!it) {
        return 0;
    }
    // Parts with durations run in turn, so they plan their parent, whatever it says itself.
    if (agendatree::hasTimedChildren(*it)) {
        qint64 sum = 0;
        for (int child : agendatree::runOrder(it->children)) {
            sum += plannedMs(child);
        }
        return sum;
    }
    if (it->minutes) {
        return qint64(*it->minutes) * 60000;
    }
    return qint64(m_defaultMinutes) * 60000;
}

qint64 LiveMeeting::allowedMs(int id) const
{
    const AgendaItem *it = item(id);
    if (it && agendatree::hasTimedChildren(*it)) {
        qint64 sum = 0;
        for (int child : agendatree::runOrder(it->children)) {
            sum += allowedMs(child);
        }
        return sum;
    }
    return qMax<qint64>(0, plannedMs(id) + qint64(m_run.items.value(id).extraSeconds) * 1000);
}

qint64 LiveMeeting::remainingMs() const
{
    return m_run.currentId ? allowedMs(m_run.currentId) - elapsedMs(m_run.currentId) : 0;
}

LiveMeeting::TimerState LiveMeeting::timerState() const
{
    if (!isActive() || !m_run.currentId) {
        return TimerState::Idle;
    }
    if (!isTimed(m_run.currentId)) {
        return TimerState::CountUp;
    }
    const qint64 remaining = remainingMs();
    if (remaining <= 0) {
        return TimerState::Overtime;
    }
    return remaining <= qint64(m_warningSeconds) * 1000 ? TimerState::Warning : TimerState::Normal;
}

double LiveMeeting::progress() const
{
    if (!m_run.currentId) {
        return 0;
    }
    const qint64 allowed = allowedMs(m_run.currentId);
    if (allowed <= 0) {
        return 1;
    }
    return qBound(0.0, double(elapsedMs(m_run.currentId)) / double(allowed), 1.0);
}

QDateTime LiveMeeting::now() const
{
    return m_clock->now();
}

QDateTime LiveMeeting::scheduledStart() const
{
    const MeetingTime &t = m_meeting.time;
    if (!t.hasStart()) {
        return {};
    }
    if (t.utcOffsetSeconds) {
        return QDateTime(t.date, t.start, Qt::OffsetFromUTC, *t.utcOffsetSeconds);
    }
    return QDateTime(t.date, t.start);
}

bool LiveMeeting::scheduledStartIsNear() const
{
    const QDateTime start = scheduledStart();
    return start.isValid() && qAbs(start.toMSecsSinceEpoch() - m_clock->nowMs()) <= 12 * 3600 * 1000LL;
}

QDateTime LiveMeeting::hardStop() const
{
    const MeetingTime &t = m_meeting.time;
    if (!t.hasEnd()) {
        return {};
    }
    if (t.utcOffsetSeconds) {
        return QDateTime(t.endDate(), t.end, Qt::OffsetFromUTC, *t.utcOffsetSeconds);
    }
    return QDateTime(t.endDate(), t.end);
}

qint64 LiveMeeting::untilStartMs() const
{
    const QDateTime start = scheduledStart();
    return start.isValid() ? start.toMSecsSinceEpoch() - m_clock->nowMs() : 0;
}

qint64 LiveMeeting::meetingElapsedMs() const
{
    switch (m_run.phase) {
    case Phase::NotStarted: return 0;
    case Phase::Ended: return qMax<qint64>(0, m_run.endedAt - m_run.startedAt);
    default: return qMax<qint64>(0, m_clock->nowMs() - m_run.startedAt);
    }
}

QDateTime LiveMeeting::plannedEnd() const
{
    qint64 base = m_run.startedAt;
    if (m_run.phase == Phase::NotStarted) {
        base = scheduledStartIsNear() ? scheduledStart().toMSecsSinceEpoch() : m_clock->nowMs();
    }
    qint64 total = 0;
    for (int id : m_runOrder) {
        total += plannedMs(id);
    }
    return QDateTime::fromMSecsSinceEpoch(base + total);
}

QDateTime LiveMeeting::projectedEnd() const
{
    const qint64 now = m_clock->nowMs();
    if (m_run.phase == Phase::Ended) {
        return QDateTime::fromMSecsSinceEpoch(m_run.endedAt);
    }
    qint64 end = now;
    if (m_run.phase == Phase::NotStarted && scheduledStartIsNear()) {
        end = qMax(now, scheduledStart().toMSecsSinceEpoch());
    }
    for (int id : m_runOrder) {
        const ItemRun r = m_run.items.value(id);
        if (r.skipped || (r.done && id != m_run.currentId)) {
            continue;
        }
        end += qMax<qint64>(0, allowedMs(id) - elapsedMs(id));
    }
    return QDateTime::fromMSecsSinceEpoch(end);
}

qint64 LiveMeeting::behindMs() const
{
    return projectedEnd().toMSecsSinceEpoch() - plannedEnd().toMSecsSinceEpoch();
}

bool LiveMeeting::projectionPassesHardStop() const
{
    const QDateTime stop = hardStop();
    return stop.isValid() && m_run.phase != Phase::Ended && projectedEnd() > stop;
}

// ---- changing ----

bool LiveMeeting::change(const QString &text, const std::function<bool(Snapshot &)> &edit)
{
    Snapshot after = snapshot();
    if (!edit(after)) {
        return false;
    }
    m_undo.push(new SnapshotCommand(this, snapshot(), after, text));
    return true;
}

void LiveMeeting::foldSegment(Snapshot &s) const
{
    const qint64 now = m_clock->nowMs();
    if (!s.run.currentId) {
        return;
    }
    ItemRun &r = s.run.items[s.run.currentId];
    if (s.run.phase == Phase::Running) {
        // No item runs longer than the longest duration there is: a meeting left running for
        // days stops counting at 24 hours instead of writing a figure no session may hold.
        r.elapsedMs = qMin(r.elapsedMs + qMax<qint64>(0, now - s.run.segmentStart), durations::maxMs);
        s.run.segmentStart = now;
    } else if (s.run.phase == Phase::Paused) {
        r.pausedMs += qMax<qint64>(0, now - s.run.pauseStart);
        s.run.pauseStart = now;
    }
}

void LiveMeeting::leaveCurrent(Snapshot &s, qint64 now, bool done)
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

void LiveMeeting::enter(Snapshot &s, int id, qint64 now)
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

int LiveMeeting::neighbour(const Snapshot &s, const QList<int> &order, int from, int step)
{
    qsizetype i = from ? order.indexOf(from) : (step > 0 ? -1 : order.size());
    if (from && i < 0) {
        i = step > 0 ? -1 : order.size();
    }
    for (i += step; i >= 0 && i < order.size(); i += step) {
        if (!s.run.items.value(order[i]).skipped) {
            return order[i];
        }
    }
    return 0;
}

// After an agenda edit the items that run may differ (a part got a duration, a timed part
// was added or removed): time already spent moves to the item that now runs in its place,
// and the current item stays the one the chair is on.
void LiveMeeting::reconcile(Snapshot &s, const QList<int> &oldOrder) const
{
    const QList<int> newOrder = agendatree::runOrder(s.meeting.items);
    const qint64 now = m_clock->nowMs();
    for (int id : oldOrder) {
        if (newOrder.contains(id) || !s.run.items.contains(id)) {
            continue;
        }
        int target = 0;
        if (const AgendaItem *it = agendatree::find(s.meeting.items, id)) {
            if (agendatree::hasTimedChildren(*it)) {
                const QList<int> inside = agendatree::runOrder(it->children);
                target = inside.isEmpty() ? 0 : inside.first();
            } else {
                int up = id;
                while (up && !newOrder.contains(up)) {
                    const auto where = agendatree::locate(s.meeting.items, up);
                    up = where ? where->parentId : 0;
                }
                target = up;
            }
        }
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
                into.startedAt = now;
            }
        }
    }
}

int LiveMeeting::freshId() const
{
    // Never an id that notes or run records still remember from a deleted item.
    int max = agendatree::maxId(m_meeting.items);
    for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it) {
        max = qMax(max, it.key());
    }
    for (auto it = m_run.items.cbegin(); it != m_run.items.cend(); ++it) {
        max = qMax(max, it.key());
    }
    return max + 1;
}

bool LiveMeeting::start()
{
    return change(tr("Start meeting"), [this](Snapshot &s) {
        if (s.run.phase != Phase::NotStarted) {
            return false;
        }
        const int first = neighbour(s, m_runOrder, 0, +1);
        if (!first) {
            return false;
        }
        const qint64 now = m_clock->nowMs();
        s.run.phase = Phase::Running;
        s.run.startedAt = now;
        enter(s, first, now);
        return true;
    });
}

bool LiveMeeting::pause()
{
    return change(tr("Pause"), [this](Snapshot &s) {
        if (s.run.phase != Phase::Running) {
            return false;
        }
        foldSegment(s);
        s.run.phase = Phase::Paused;
        s.run.pauseStart = m_clock->nowMs();
        return true;
    });
}

bool LiveMeeting::resume()
{
    return change(tr("Resume"), [this](Snapshot &s) {
        if (s.run.phase != Phase::Paused) {
            return false;
        }
        foldSegment(s);
        s.run.phase = Phase::Running;
        s.run.segmentStart = m_clock->nowMs();
        return true;
    });
}

bool LiveMeeting::togglePause()
{
    switch (m_run.phase) {
    case Phase::NotStarted: return start();
    case Phase::Running: return pause();
    case Phase::Paused: return resume();
    case Phase::Ended: return false;
    }
    return false;
}

bool LiveMeeting::next()
{
    if (m_run.phase == Phase::NotStarted) {
        return start();
    }
    const bool last = isActive() && !nextId();
    return change(last ? tr("End meeting") : tr("Next item"), [this](Snapshot &s) {
        if (!isActive()) {
            return false;
        }
        const qint64 now = m_clock->nowMs();
        foldSegment(s);
        const int following = neighbour(s, m_runOrder, s.run.currentId, +1);
        leaveCurrent(s, now, true);
        if (following) {
            enter(s, following, now);
        } else {
            s.run.phase = Phase::Ended;
            s.run.endedAt = now;
        }
        return true;
    });
}

bool LiveMeeting::previous()
{
    return change(tr("Previous item"), [this](Snapshot &s) {
        if (!isActive()) {
            return false;
        }
        const int before = neighbour(s, m_runOrder, s.run.currentId, -1);
        if (!before) {
            return false;
        }
        const qint64 now = m_clock->nowMs();
        foldSegment(s);
        leaveCurrent(s, now, false);
        enter(s, before, now);
        return true;
    });
}

bool LiveMeeting::jumpTo(int id)
{
    // A parent of runnable items starts at its first; a part of a runnable item means that item.
    int target = id;
    if (const AgendaItem *it = item(id); it && agendatree::hasTimedChildren(*it)) {
        const QList<int> inside = agendatree::runOrder(it->children);
        target = inside.isEmpty() ? 0 : inside.first();
    }
    while (target && !m_runOrder.contains(target)) {
        const auto where = agendatree::locate(m_meeting.items, target);
        target = where ? where->parentId : 0;
    }
    if (!target || target == m_run.currentId || m_run.phase == Phase::Ended) {
        return false;
    }
    return change(tr("Jump to %1").arg(titleOf(target)), [this, target](Snapshot &s) {
        const qint64 now = m_clock->nowMs();
        if (s.run.phase == Phase::NotStarted) {
            s.run.phase = Phase::Running;
            s.run.startedAt = now;
        } else {
            foldSegment(s);
            leaveCurrent(s, now, true);
        }
        enter(s, target, now);
        return true;
    });
}

bool LiveMeeting::adjustMinutes(int delta)
{
    if (!isActive() || !m_run.currentId || delta == 0) {
        return false;
    }
    const QString text
        = delta > 0 ? tr("Add %n minute(s)", nullptr, delta) : tr("Take off %n minute(s)", nullptr, -delta);
    return change(text, [this, delta](Snapshot &s) {
        ItemRun &r = s.run.items[s.run.currentId];
        const int before = r.extraSeconds;
        const qint64 planned = plannedMs(s.run.currentId) / 1000;
        r.extraSeconds
            = int(qBound<qint64>(-planned, qint64(r.extraSeconds) + qint64(delta) * 60, durations::maxMs / 1000));
        return r.extraSeconds != before;
    });
}

bool LiveMeeting::restartItem()
{
    if (!isActive() || !m_run.currentId) {
        return false;
    }
    return change(tr("Restart %1").arg(titleOf(m_run.currentId)), [this](Snapshot &s) {
        const qint64 now = m_clock->nowMs();
        ItemRun &r = s.run.items[s.run.currentId];
        r.elapsedMs = 0;
        r.pausedMs = 0;
        r.startedAt = now;
        s.run.segmentStart = now;
        s.run.pauseStart = now;
        return true;
    });
}

bool LiveMeeting::skip(int id)
{
    const AgendaItem *it = item(id);
    if (!it || m_run.phase == Phase::Ended) {
        return false;
    }
    // Skipping a parent skips everything that runs inside it.
    QList<int> targets;
    for (int sub : agendatree::subtreeIds(*it)) {
        if (m_runOrder.contains(sub)) {
            targets.append(sub);
        }
    }
    if (targets.isEmpty()) {
        return skip(agendatree::locate(m_meeting.items, id) ? agendatree::locate(m_meeting.items, id)->parentId : 0);
    }
    const bool unskip
        = std::all_of(targets.cbegin(), targets.cend(), [this](int t) { return m_run.items.value(t).skipped; });
    const QString text = unskip ? tr("Unskip %1").arg(titleOf(id)) : tr("Skip %1").arg(titleOf(id));
    return change(text, [this, targets, unskip](Snapshot &s) {
        const qint64 now = m_clock->nowMs();
        const bool currentInside = targets.contains(s.run.currentId);
        if (currentInside && !unskip) {
            foldSegment(s);
        }
        for (int t : targets) {
            s.run.items[t].skipped = !unskip;
        }
        if (currentInside && !unskip && isActive()) {
            const int following = neighbour(s, m_runOrder, s.run.currentId, +1);
            leaveCurrent(s, now, false);
            if (following) {
                enter(s, following, now);
            } else {
                s.run.phase = Phase::Ended;
                s.run.endedAt = now;
            }
        }
        return true;
    });
}

bool LiveMeeting::endMeeting()
{
    return change(tr("End meeting"), [this](Snapshot &s) {
        if (!isActive()) {
            return false;
        }
        const qint64 now = m_clock->nowMs();
        foldSegment(s);
        leaveCurrent(s, now, true);
        s.run.phase = Phase::Ended;
        s.run.endedAt = now;
        return true;
    });
}

bool LiveMeeting::setElapsed(int id, qint64 ms)
{
    if (ms < 0 || ms > durations::maxMs || !m_runOrder.contains(id) || m_run.phase == Phase::NotStarted) {
        return false;
    }
    return change(tr("Set time of %1").arg(titleOf(id)), [this, id, ms](Snapshot &s) {
        const qint64 now = m_clock->nowMs();
        foldSegment(s);
        ItemRun &r = s.run.items[id];
        r.elapsedMs = ms;
        if (id == s.run.currentId || !r.startedAt) {
            // "Forgot to start": the item began as long ago as it has run.
            r.startedAt = r.startedAt ? qMin(r.startedAt, now - ms) : now - ms;
        }
        // The meeting began at least as long ago as its items ran.
        qint64 total = 0;
        for (int other : m_runOrder) {
            total += s.run.items.value(other).elapsedMs;
        }
        const qint64 end = s.run.phase == Phase::Ended ? s.run.endedAt : now;
        s.run.startedAt = qMin(s.run.startedAt, end - total);
        return true;
    });
}

// ---- agenda edits ----

int LiveMeeting::addItem(int parentId, int row, const QString &title, std::optional<int> minutes)
{
    const QString clean = title.simplified();
    if (clean.isEmpty() || (parentId && !item(parentId))
        || agendatree::levelOf(m_meeting.items, parentId) >= agendatree::maxDepth
        || (minutes && (*minutes < 0 || *minutes > durations::maxMinutes))) {
        return 0;
    }
    const int id = freshId();
    const bool ok = change(tr("Add %1").arg(quoted(clean)), [&](Snapshot &s) {
        foldSegment(s);
        AgendaItem added;
        added.id = id;
        added.title = clean;
        added.minutes = minutes;
        if (!agendatree::insert(s.meeting.items, parentId, row, added)) {
            return false;
        }
        reconcile(s, m_runOrder);
        return true;
    });
    return ok ? id : 0;
}

bool LiveMeeting::deleteItem(int id)
{
    const AgendaItem *it = item(id);
    if (!it) {
        return false;
    }
    const QList<int> removed = agendatree::subtreeIds(*it);
    return change(tr("Delete %1").arg(titleOf(id)), [this, id, removed](Snapshot &s) {
        const qint64 now = m_clock->nowMs();
        const bool runningInside = isActive() && removed.contains(s.run.currentId);
        QList<int> after; // what ran after the current item, in the old order
        if (runningInside) {
            foldSegment(s);
            after = m_runOrder.mid(m_runOrder.indexOf(s.run.currentId) + 1);
            leaveCurrent(s, now, false);
        }
        agendatree::take(s.meeting.items, id);
        for (int gone : removed) {
            s.run.items.remove(gone);
        }
        reconcile(s, m_runOrder);
        if (runningInside) {
            // The next item that still runs: the same one, or what runs in its place now.
            const QList<int> newOrder = agendatree::runOrder(s.meeting.items);
            int following = 0;
            for (int candidate : std::as_const(after)) {
                int mapped = candidate;
                if (const AgendaItem *part = agendatree::find(s.meeting.items, candidate);
                    part && agendatree::hasTimedChildren(*part)) {
                    const QList<int> inside = agendatree::runOrder(part->children);
                    mapped = inside.isEmpty() ? 0 : inside.first();
                }
                while (mapped && !newOrder.contains(mapped)) {
                    const auto where = agendatree::locate(s.meeting.items, mapped);
                    mapped = where ? where->parentId : 0;
                }
                if (mapped && !removed.contains(mapped) && !s.run.items.value(mapped).skipped
                    && !s.run.items.value(mapped).done) {
                    following = mapped;
                    break;
                }
            }
            if (following) {
                enter(s, following, now);
            } else {
                s.run.phase = Phase::Ended;
                s.run.endedAt = now;
            }
        }
        return true;
    });
}

bool LiveMeeting::renameItem(int id, const QString &title)
{
    const QString clean = title.simplified();
    const AgendaItem *it = item(id);
    if (!it || clean.isEmpty() || clean == it->title) {
        return false;
    }
    return change(tr("Rename %1").arg(titleOf(id)), [id, clean](Snapshot &s) {
        agendatree::find(s.meeting.items, id)->title = clean;
        return true;
    });
}

bool LiveMeeting::moveItem(int id, int parentId, int row)
{
    const AgendaItem *it = item(id);
    const auto from = agendatree::locate(m_meeting.items, id);
    if (!it || !from || (parentId && (!item(parentId) || agendatree::contains(*it, parentId)))
        || agendatree::levelOf(m_meeting.items, parentId) + agendatree::height(*it) > agendatree::maxDepth) {
        return false;
    }
    // row counts positions before the item is taken out, as drag and drop reports them.
    int target = row;
    if (from->parentId == parentId && from->row < row) {
        --target;
    }
    if (from->parentId == parentId && from->row == target) {
        return false;
    }
    return change(tr("Move %1").arg(titleOf(id)), [this, id, parentId, target](Snapshot &s) {
        foldSegment(s);
        std::optional<AgendaItem> taken = agendatree::take(s.meeting.items, id);
        if (!taken || !agendatree::insert(s.meeting.items, parentId, target, *taken)) {
            return false;
        }
        reconcile(s, m_runOrder);
        return true;
    });
}

bool LiveMeeting::setPlannedMinutes(int id, std::optional<int> minutes)
{
    const AgendaItem *it = item(id);
    if (!it || (minutes && (*minutes < 0 || *minutes > durations::maxMinutes)) || it->minutes == minutes) {
        return false;
    }
    return change(tr("Set duration of %1").arg(titleOf(id)), [this, id, minutes](Snapshot &s) {
        foldSegment(s);
        agendatree::find(s.meeting.items, id)->minutes = minutes;
        reconcile(s, m_runOrder);
        return true;
    });
}

// ---- attendance ----

void LiveMeeting::setLateGraceMinutes(int minutes)
{
    if (minutes >= 0 && minutes != m_lateGraceMinutes) {
        m_lateGraceMinutes = minutes;
        emit changed();
    }
}

int LiveMeeting::attendeeIndex(const QString &key) const
{
    for (int i = 0; i < m_attendees.size(); ++i) {
        if (m_attendees[i].key() == key) {
            return i;
        }
    }
    return -1;
}

qint64 LiveMeeting::attendanceStartMs() const
{
    if (m_run.startedAt) {
        return m_run.startedAt;
    }
    const QDateTime scheduled = scheduledStart();
    return scheduledStartIsNear() ? scheduled.toMSecsSinceEpoch() : 0;
}

std::optional<qint64> LiveMeeting::checkInOffsetMs(const Attendee &attendee) const
{
    const qint64 start = attendanceStartMs();
    if (!attendee.checkedInAt || !start) {
        return std::nullopt;
    }
    return attendee.checkedInAt - start;
}

int LiveMeeting::minutesLate(const Attendee &attendee) const
{
    if (attendee.status != Attendee::Status::Late) {
        return 0;
    }
    return int(qMax<qint64>(0, checkInOffsetMs(attendee).value_or(0)) / 60000);
}

void LiveMeeting::markCheckedIn(Snapshot &s, int index, qint64 now) const
{
    Attendee &a = s.attendees[index];
    a.checkedInAt = now;
    a.leftAt = 0;
    // Late after the actual start, or, before the chair pressed Start, after the scheduled one.
    qint64 start = s.run.startedAt;
    if (!start && scheduledStartIsNear()) {
        start = scheduledStart().toMSecsSinceEpoch();
    }
    const bool late = start && now > start + qint64(m_lateGraceMinutes) * 60000;
    a.status = late ? Attendee::Status::Late : Attendee::Status::Present;
}

bool LiveMeeting::checkIn(const QString &key)
{
    const int index = attendeeIndex(key);
    if (index < 0 || m_attendees[index].attended()) {
        return false;
    }
    return change(tr("Check in %1").arg(m_attendees[index].displayName()), [this, index](Snapshot &s) {
        markCheckedIn(s, index, m_clock->nowMs());
        return true;
    });
}

bool LiveMeeting::toggleAttendance(const QString &key)
{
    const int index = attendeeIndex(key);
    if (index < 0) {
        return false;
    }
    if (!m_attendees[index].attended()) {
        return checkIn(key);
    }
    return change(tr("Undo check-in of %1").arg(m_attendees[index].displayName()), [index](Snapshot &s) {
        Attendee &a = s.attendees[index];
        a.status = Attendee::Status::Expected;
        a.checkedInAt = 0;
        a.leftAt = 0;
        return true;
    });
}

bool LiveMeeting::setAttendanceStatus(const QString &key, Attendee::Status status)
{
    const int index = attendeeIndex(key);
    if (index < 0 || m_attendees[index].status == status) {
        return false;
    }
    const QString text
        = tr("Mark %1 as %2").arg(m_attendees[index].displayName(), attendance::statusText(status).toLower());
    return change(text, [this, index, status](Snapshot &s) {
        Attendee &a = s.attendees[index];
        const qint64 now = m_clock->nowMs();
        switch (status) {
        case Attendee::Status::Present:
        case Attendee::Status::Late:
            if (!a.checkedInAt) {
                a.checkedInAt = now;
            }
            a.leftAt = 0;
            break;
        case Attendee::Status::LeftEarly:
            if (!a.checkedInAt) {
                a.checkedInAt = now;
            }
            a.leftAt = now;
            break;
        case Attendee::Status::Expected:
        case Attendee::Status::Excused:
        case Attendee::Status::Absent:
            a.checkedInAt = 0;
            a.leftAt = 0;
            break;
        }
        a.status = status; // the chair's word overrides the grace-period rule
        return true;
    });
}

QString LiveMeeting::addWalkIn(const QString &name, const QString &github)
{
    const QString cleanName = name.simplified();
    const QString handle = github.trimmed().remove(QLatin1Char('@'));
    if (cleanName.isEmpty() && handle.isEmpty()) {
        return {};
    }
    checkInMany({Person {cleanName.isEmpty() ? handle : cleanName, handle}});
    for (const Attendee &a : std::as_const(m_attendees)) {
        const bool sameHandle = !handle.isEmpty() && a.github.compare(handle, Qt::CaseInsensitive) == 0;
        const bool sameName = handle.isEmpty() && a.name.simplified().compare(cleanName, Qt::CaseInsensitive) == 0;
        if (sameHandle || sameName) {
            return a.key();
        }
    }
    return {};
}

LiveMeeting::CheckInResult LiveMeeting::checkInMany(const QList<Person> &people)
{
    CheckInResult result;
    Snapshot after = snapshot();
    const qint64 now = m_clock->nowMs();
    for (const Person &person : people) {
        if (person.name.isEmpty() && person.github.isEmpty()) {
            continue;
        }
        // Find by handle, else by name (case-insensitively), else add a walk-in.
        int index = -1;
        for (int i = 0; i < after.attendees.size() && index < 0; ++i) {
            const Attendee &a = after.attendees[i];
            if (!person.github.isEmpty() && a.github.compare(person.github, Qt::CaseInsensitive) == 0) {
                index = i;
            }
        }
        const QString wantedName = person.name.simplified().toCaseFolded();
        for (int i = 0; i < after.attendees.size() && index < 0; ++i) {
            const Attendee &a = after.attendees[i];
            if (!wantedName.isEmpty()
                && (a.name.simplified().toCaseFolded() == wantedName
                    || (person.github.isEmpty() && a.github.toCaseFolded() == wantedName))) {
                index = i;
            }
        }
        if (index < 0) {
            Attendee walkIn;
            walkIn.name = person.name.isEmpty() ? person.github : person.name.simplified();
            walkIn.github = person.github;
            walkIn.source = Attendee::Source::WalkIn;
            after.attendees.append(walkIn);
            index = int(after.attendees.size()) - 1;
            result.added.append(walkIn.displayName());
        } else if (after.attendees[index].attended()) {
            result.alreadyHere.append(after.attendees[index].displayName());
            continue;
        } else {
            result.matched.append(after.attendees[index].displayName());
            if (!person.github.isEmpty() && after.attendees[index].github.isEmpty()) {
                after.attendees[index].github = person.github;
            }
        }
        markCheckedIn(after, index, now);
    }
    const int count = int(result.matched.size() + result.added.size());
    if (count == 0) {
        return result;
    }
    const QString text = count == 1
        ? tr("Check in %1").arg(result.added.isEmpty() ? result.matched.first() : result.added.first())
        : tr("Check in %1 people").arg(count);
    m_undo.push(new SnapshotCommand(this, snapshot(), after, text));
    return result;
}

int LiveMeeting::importAttendance(const QList<Attendee> &rows)
{
    // Times from another meeting's list (a week or more away) are not this meeting's check-ins.
    const qint64 now = m_clock->nowMs();
    const TimeWindow window = TimeWindow::around(m_run.startedAt, now);
    QList<Attendee> imported = rows;
    for (Attendee &row : imported) {
        if (!window.contains(row.checkedInAt)) {
            row.checkedInAt = 0;
        }
        if (!window.contains(row.leftAt)) {
            row.leftAt = 0;
        }
    }
    Snapshot after = snapshot();
    int changedRows = 0;
    for (const Attendee &row : imported) {
        int index = -1;
        for (int i = 0; i < after.attendees.size() && index < 0; ++i) {
            const Attendee &a = after.attendees[i];
            const bool sameHandle = !row.github.isEmpty() && a.github.compare(row.github, Qt::CaseInsensitive) == 0;
            const bool sameName
                = row.github.isEmpty() && a.name.simplified().compare(row.name.simplified(), Qt::CaseInsensitive) == 0;
            if (sameHandle || sameName) {
                index = i;
            }
        }
        if (index < 0) {
            after.attendees.append(row);
            ++changedRows;
            continue;
        }
        Attendee &a = after.attendees[index];
        const Attendee before = a;
        a.status = row.status;
        a.checkedInAt = row.checkedInAt;
        a.leftAt = row.leftAt;
        if (a.name.isEmpty() || a.name == a.github) {
            a.name = row.name;
        }
        if (a.github.isEmpty()) {
            a.github = row.github;
        }
        changedRows += a == before ? 0 : 1;
    }
    if (changedRows == 0) {
        return 0;
    }
    m_undo.push(new SnapshotCommand(this, snapshot(), after, tr("Import attendance (%1 people)").arg(changedRows)));
    return changedRows;
}

void LiveMeeting::setPastAttendees(const QSet<QString> &keys)
{
    m_pastAttendees = keys;
    emit attendanceChanged();
}

int LiveMeeting::addRegulars(const QList<Person> &regulars)
{
    const int added = attendance::mergeInto(m_attendees, regulars, Attendee::Source::Regular);
    if (added > 0) {
        emit attendanceChanged();
        emit changed();
    }
    return added;
}

// ---- decisions, actions, next meeting ----

QString LiveMeeting::minutesLanguage() const
{
    return m_minutes.language.isEmpty() ? agendaLanguage(m_meeting) : m_minutes.language;
}

int LiveMeeting::addDecision(int itemId, const QString &text)
{
    const QString clean = text.trimmed();
    if (clean.isEmpty()) {
        return 0;
    }
    int id = 1;
    for (const Decision &d : m_minutes.decisions) {
        id = qMax(id, d.id + 1);
    }
    const bool ok = change(tr("Record a decision"), [&](Snapshot &s) {
        s.minutes.decisions.append({id, itemId, clean});
        return true;
    });
    return ok ? id : 0;
}

bool LiveMeeting::editDecision(int id, const QString &text)
{
    const QString clean = text.trimmed();
    return change(tr("Edit a decision"), [&](Snapshot &s) {
        for (Decision &d : s.minutes.decisions) {
            if (d.id == id && !clean.isEmpty() && d.text != clean) {
                d.text = clean;
                return true;
            }
        }
        return false;
    });
}

bool LiveMeeting::removeDecision(int id)
{
    return change(tr("Delete a decision"), [id](Snapshot &s) {
        return s.minutes.decisions.removeIf([id](const Decision &d) { return d.id == id; }) > 0;
    });
}

int LiveMeeting::addAction(int itemId, const QString &text, const QString &owner, const QString &ownerGithub,
                           const QDate &due)
{
    const QString clean = text.trimmed();
    if (clean.isEmpty()) {
        return 0;
    }
    int id = 1;
    for (const ActionItem &a : m_minutes.actions) {
        id = qMax(id, a.id + 1);
    }
    const bool ok = change(tr("Record an action item"), [&](Snapshot &s) {
        ActionItem a;
        a.id = id;
        a.itemId = itemId;
        a.text = clean;
        a.owner = owner.trimmed();
        a.ownerGithub = ownerGithub.trimmed();
        a.due = due;
        s.minutes.actions.append(a);
        return true;
    });
    return ok ? id : 0;
}

bool LiveMeeting::editAction(const ActionItem &action)
{
    return change(tr("Edit an action item"), [&](Snapshot &s) {
        for (ActionItem &a : s.minutes.actions) {
            if (a.id == action.id && !(a == action) && !action.text.trimmed().isEmpty()) {
                a = action;
                a.text = action.text.trimmed();
                return true;
            }
        }
        return false;
    });
}

bool LiveMeeting::removeAction(int id)
{
    return change(tr("Delete an action item"), [id](Snapshot &s) {
        return s.minutes.actions.removeIf([id](const ActionItem &a) { return a.id == id; }) > 0;
    });
}

bool LiveMeeting::setNextMeeting(const NextMeetingPlan &plan)
{
    if (plan == m_minutes.next) {
        return false;
    }
    return change(tr("Set the next meeting"), [&](Snapshot &s) {
        s.minutes.next = plan;
        return true;
    });
}

bool LiveMeeting::setPlace(const QString &place)
{
    if (place.trimmed() == m_minutes.place) {
        return false;
    }
    return change(tr("Set the meeting place"), [&](Snapshot &s) {
        s.minutes.place = place.trimmed();
        return true;
    });
}

bool LiveMeeting::setMinutesLanguage(const QString &language)
{
    if (language == m_minutes.language || (language != QLatin1String("zh") && language != QLatin1String("en"))) {
        return false;
    }
    return change(tr("Change the minutes' language"), [&](Snapshot &s) {
        s.minutes.language = language;
        return true;
    });
}

void LiveMeeting::setNotes(int id, const QString &text)
{
    if (m_notes.value(id) == text) {
        return;
    }
    if (text.isEmpty()) {
        m_notes.remove(id);
    } else {
        m_notes.insert(id, text);
    }
    emit notesChanged(id);
}

void LiveMeeting::evaluate()
{
    emit ticked();
    if (m_run.phase != Phase::Running) {
        return;
    }
    const TimerState state = timerState();
    if (m_run.currentId != m_alertItem) {
        // A new current item starts from "normal", so a late first tick still raises its alert.
        m_alertItem = m_run.currentId;
        m_alertState = isTimed(m_alertItem) ? TimerState::Normal : state;
    }
    if (state == m_alertState) {
        return;
    }
    if (state == TimerState::Warning && m_alertState == TimerState::Normal) {
        emit alert(Alert::Warning, m_alertItem);
    } else if (state == TimerState::Overtime
               && (m_alertState == TimerState::Normal || m_alertState == TimerState::Warning)) {
        emit alert(Alert::TimeUp, m_alertItem);
    }
    m_alertState = state;
}

} // namespace gavel
