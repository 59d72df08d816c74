#pragma once

#include "meeting/snapshot.h"

#include <QHash>

namespace gavel {

// What a snapshot says about each agenda item, worked out once per change in one walk of the
// tree: where it sits, whether it runs itself, its state, its plan, its allowed time and the
// time it has run (for a parent, the sums of its parts). Reading any of it is a lookup, so
// the timers cost the same at 10 items and at 1,000; only the running stretch of the current
// item is added on reading (RunTiming).
//
// The rules of the plan live here: a parent whose parts have durations is planned by its
// parts and runs them in turn; an item without a duration is planned at the default length;
// the chair's +1 / -1 minutes add to an item's allowed time, never below zero.
class RunFacts
{
public:
    // NotReached: the meeting ended before the item ran at all.
    enum class ItemState { Upcoming, Current, Done, Skipped, NotReached };

    RunFacts() = default;
    RunFacts(const MeetingSnapshot &s, int defaultMinutes);

    const QList<int> &order() const { return m_order; } // the items that run, in order
    bool runs(int id) const { return m_position.contains(id); }
    int positionOf(int id) const { return m_position.value(id, -1); }
    const AgendaItem *item(int id) const;
    int parentOf(int id) const; // 0 for the top level or an unknown id
    // The item that runs for `id`: a parent of runnable items starts at its first, a part of a
    // runnable item means that item. 0 when none.
    int runnableFor(int id) const;

    ItemState state(int id) const;
    bool isTimed(int id) const; // a duration of its own or its parts'
    bool hasTimedParts(int id) const; // planned by its parts, which run in turn
    qint64 plannedMs(int id) const;
    qint64 allowedMs(int id) const;
    // Time recorded as run, not counting the stretch the current item is running now.
    qint64 recordedMs(int id) const;
    // The current item or one of its parents: their time grows while the meeting runs.
    bool holdsCurrent(int id) const;

    qint64 plannedTotalMs() const { return m_plannedTotal; }
    // What is left of the items still to run, other than the current one.
    qint64 leftExceptCurrentMs() const { return m_leftExceptCurrent; }

private:
    struct Fact
    {
        const AgendaItem *item = nullptr;
        int parent = 0;
        ItemState state = ItemState::Upcoming;
        bool timed = false;
        bool timedParts = false;
        qint64 planned = 0;
        qint64 allowed = 0;
        qint64 recorded = 0;
        bool holdsCurrent = false;
    };
    void walk(const MeetingSnapshot &s, const QList<AgendaItem> &items, int parent, int defaultMinutes);
    ItemState stateOf(const MeetingSnapshot &s, int id);

    QList<int> m_order;
    QHash<int, int> m_position; // id -> index in m_order
    QHash<int, Fact> m_facts;
    qint64 m_plannedTotal = 0;
    qint64 m_leftExceptCurrent = 0;
};

} // namespace gavel
