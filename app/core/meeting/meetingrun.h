#pragma once

#include "meeting/runtiming.h"

namespace gavel {

// The run of the meeting: the chair's meeting actions (start, pause, next, skip, a minute
// more, end, ...) as edits of a snapshot, timed by the clock. Each returns false when it does
// not apply and leaves the snapshot as it was then. `order` is the agenda's run order.
class MeetingRun
{
public:
    explicit MeetingRun(const RunTiming *timing)
        : m_timing(timing)
    { }

    bool start(MeetingSnapshot &s, const QList<int> &order) const;
    bool pause(MeetingSnapshot &s) const;
    bool resume(MeetingSnapshot &s) const;
    bool next(MeetingSnapshot &s, const QList<int> &order) const; // from the last item: the end
    bool previous(MeetingSnapshot &s, const QList<int> &order) const;
    // Goes to a runnable item (RunFacts::runnableFor), starting the meeting if need be.
    bool jumpTo(MeetingSnapshot &s, int target) const;
    bool adjustMinutes(MeetingSnapshot &s, int delta) const;
    bool restartItem(MeetingSnapshot &s) const;
    // Skips (or, with unskip, brings back) the runnable items `targets`; skipping the current
    // one moves on.
    bool skip(MeetingSnapshot &s, const QList<int> &order, const QList<int> &targets, bool unskip) const;
    bool end(MeetingSnapshot &s) const;
    bool setElapsed(MeetingSnapshot &s, const QList<int> &order, int id, qint64 ms) const;

    // For agenda edits while the meeting runs. The current stretch of time is counted into the
    // current item (or its pause), so the edit can move or drop it.
    void foldSegment(MeetingSnapshot &s) const;
    static void leaveCurrent(MeetingSnapshot &s, qint64 now, bool done);
    static void enter(MeetingSnapshot &s, int id, qint64 now);
    // After an agenda edit the items that run may differ (a part got a duration, a timed part
    // was added or removed): time already spent moves to the item that now runs in its place,
    // and the current item stays the one the chair is on.
    void reconcile(MeetingSnapshot &s, const QList<int> &oldOrder) const;
    // Moves on from the current item to `following`, or ends the meeting when there is none.
    static void moveOnTo(MeetingSnapshot &s, int following, qint64 now);
    qint64 now() const;
    const RunTiming *timing() const { return m_timing; }

private:
    const RunTiming *m_timing;
};

} // namespace gavel
