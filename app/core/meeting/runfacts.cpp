#include "meeting/runfacts.h"

#include "agenda/agendatree.h"
#include "agenda/durations.h"

namespace gavel {

RunFacts::RunFacts(const MeetingSnapshot &s, int defaultMinutes)
    : m_order(agendatree::runOrder(s.meeting.items))
{
    m_position.reserve(m_order.size());
    for (int i = 0; i < m_order.size(); ++i) {
        m_position.insert(m_order[i], i);
    }
    walk(s, s.meeting.items, 0, defaultMinutes);
    for (auto it = m_facts.begin(); it != m_facts.end(); ++it) {
        it->state = stateOf(s, it.key());
    }
    const bool active = s.run.phase == RunState::Phase::Running || s.run.phase == RunState::Phase::Paused;
    for (int id = active ? s.run.currentId : 0; id && m_facts.contains(id); id = m_facts[id].parent) {
        m_facts[id].holdsCurrent = true;
    }
    for (int id : std::as_const(m_order)) {
        const Fact &f = m_facts[id];
        m_plannedTotal += f.planned;
        const ItemRun r = s.run.items.value(id);
        if (r.skipped || r.done || id == s.run.currentId) {
            continue;
        }
        m_leftExceptCurrent += qMax<qint64>(0, f.allowed - f.recorded);
    }
}

void RunFacts::walk(const MeetingSnapshot &s, const QList<AgendaItem> &items, int parent, int defaultMinutes)
{
    for (const AgendaItem &item : items) {
        walk(s, item.children, item.id, defaultMinutes);
        Fact f;
        f.item = &item;
        f.parent = parent;
        for (const AgendaItem &child : item.children) {
            const Fact &c = m_facts[child.id];
            f.timedParts = f.timedParts || child.minutes || c.timedParts;
        }
        f.timed = item.minutes || f.timedParts;
        if (f.timedParts) {
            // Parts with durations run in turn, so they plan their parent, whatever it says itself.
            for (const AgendaItem &child : item.children) {
                const Fact &c = m_facts[child.id];
                f.planned += c.planned;
                f.allowed += c.allowed;
                f.recorded += c.recorded;
            }
        } else {
            const ItemRun r = s.run.items.value(item.id);
            f.planned = qint64(item.minutes ? *item.minutes : defaultMinutes) * 60000;
            f.allowed = qMax<qint64>(0, f.planned + qint64(r.extraSeconds) * 1000);
            f.recorded = r.elapsedMs;
        }
        m_facts.insert(item.id, f);
    }
}

RunFacts::ItemState RunFacts::stateOf(const MeetingSnapshot &s, int id)
{
    // An item that does not run itself shows the state of the runnable item it belongs to,
    // or, above runnable items, the state its parts add up to. Once the meeting has ended,
    // nothing is upcoming: what never ran was not reached.
    const bool ended = s.run.phase == RunState::Phase::Ended;
    int runnable = id;
    while (runnable && !runs(runnable)) {
        runnable = parentOf(runnable);
    }
    if (runnable) {
        const ItemRun r = s.run.items.value(runnable);
        const bool active = s.run.phase == RunState::Phase::Running || s.run.phase == RunState::Phase::Paused;
        if (r.skipped) {
            return ItemState::Skipped;
        }
        if (runnable == s.run.currentId && active) {
            return ItemState::Current;
        }
        if (r.done) {
            return ItemState::Done;
        }
        // Left part-way (Previous, then the end): it was reached, as the minutes count it.
        if (ended) {
            return r.startedAt > 0 || r.elapsedMs > 0 ? ItemState::Done : ItemState::NotReached;
        }
        return ItemState::Upcoming;
    }
    const AgendaItem *it = item(id);
    if (!it || it->children.isEmpty()) {
        return ended ? ItemState::NotReached : ItemState::Upcoming;
    }
    bool allSkipped = true;
    bool allFinished = true;
    bool anyDone = false;
    for (const AgendaItem &child : it->children) {
        const ItemState childState = stateOf(s, child.id);
        if (childState == ItemState::Current) {
            return ItemState::Current;
        }
        allSkipped = allSkipped && childState == ItemState::Skipped;
        allFinished = allFinished && (childState == ItemState::Done || childState == ItemState::Skipped);
        anyDone = anyDone || childState == ItemState::Done;
    }
    if (allSkipped) {
        return ItemState::Skipped;
    }
    if (allFinished || (ended && anyDone)) {
        return ItemState::Done;
    }
    return ended ? ItemState::NotReached : ItemState::Upcoming;
}

const AgendaItem *RunFacts::item(int id) const
{
    const auto it = m_facts.constFind(id);
    return it == m_facts.cend() ? nullptr : it->item;
}

int RunFacts::parentOf(int id) const
{
    return m_facts.value(id).parent;
}

int RunFacts::runnableFor(int id) const
{
    int target = id;
    if (const auto it = m_facts.constFind(id); it != m_facts.cend() && it->timedParts) {
        const QList<int> inside = agendatree::runOrder(it->item->children);
        target = inside.isEmpty() ? 0 : inside.first();
    }
    while (target && !runs(target)) {
        target = parentOf(target);
    }
    return target;
}

RunFacts::ItemState RunFacts::state(int id) const
{
    return m_facts.value(id).state;
}

bool RunFacts::isTimed(int id) const
{
    return m_facts.value(id).timed;
}

bool RunFacts::hasTimedParts(int id) const
{
    return m_facts.value(id).timedParts;
}

qint64 RunFacts::plannedMs(int id) const
{
    return m_facts.value(id).planned;
}

qint64 RunFacts::allowedMs(int id) const
{
    return m_facts.value(id).allowed;
}

qint64 RunFacts::recordedMs(int id) const
{
    return m_facts.value(id).recorded;
}

bool RunFacts::holdsCurrent(int id) const
{
    return m_facts.value(id).holdsCurrent;
}

} // namespace gavel
