#pragma once

#include "meeting/meetingrun.h"

#include <optional>

namespace gavel {

// The chair's edits of the agenda, before or during the meeting, as edits of a snapshot: add,
// delete, rename, move, set a duration. While the meeting runs, the run follows the edit (time
// already spent moves with the items, the current item stays the chair's). Each returns false
// when it does not apply. `order` is the run order before the edit.
class AgendaEdits
{
public:
    explicit AgendaEdits(const MeetingRun *run)
        : m_run(run)
    { }

    // Whether an item titled `title` may be added below parentId (0: the top level).
    static bool canAdd(const Meeting &meeting, int parentId, const QString &title, std::optional<int> minutes);
    bool add(MeetingSnapshot &s, const QList<int> &order, int parentId, int row, int id, const QString &title,
             std::optional<int> minutes) const;
    bool remove(MeetingSnapshot &s, const QList<int> &order, int id) const;
    static bool rename(MeetingSnapshot &s, int id, const QString &title);
    // row counts positions before the item is taken out, as drag and drop reports them.
    bool move(MeetingSnapshot &s, const QList<int> &order, int id, int parentId, int row) const;
    // The duration set replaces the minutes added to or taken off the item (Alt+= / Alt+-).
    bool setPlannedMinutes(MeetingSnapshot &s, const QList<int> &order, int id, std::optional<int> minutes) const;

private:
    const MeetingRun *m_run;
};

} // namespace gavel
