#include "meeting/agendaedits.h"

#include "agenda/agendatree.h"
#include "agenda/durations.h"

namespace gavel {

namespace {

bool validMinutes(std::optional<int> minutes)
{
    return !minutes || (*minutes >= 0 && *minutes <= durations::maxMinutes);
}

} // namespace

bool AgendaEdits::canAdd(const Meeting &meeting, int parentId, const QString &title, std::optional<int> minutes)
{
    return !title.simplified().isEmpty() && (!parentId || agendatree::find(meeting.items, parentId))
        && agendatree::levelOf(meeting.items, parentId) < agendatree::maxDepth && validMinutes(minutes);
}

bool AgendaEdits::add(MeetingSnapshot &s, const QList<int> &order, int parentId, int row, int id, const QString &title,
                      std::optional<int> minutes) const
{
    if (!canAdd(s.meeting, parentId, title, minutes)) {
        return false;
    }
    m_run->foldSegment(s);
    AgendaItem added;
    added.id = id;
    added.title = title.simplified();
    added.minutes = minutes;
    if (!agendatree::insert(s.meeting.items, parentId, row, added)) {
        return false;
    }
    m_run->reconcile(s, order);
    return true;
}

bool AgendaEdits::remove(MeetingSnapshot &s, const QList<int> &order, int id) const
{
    const AgendaItem *it = agendatree::find(s.meeting.items, id);
    if (!it) {
        return false;
    }
    const QList<int> removed = agendatree::subtreeIds(*it);
    const qint64 t = m_run->now();
    const bool runningInside = RunTiming::isActive(s.run) && removed.contains(s.run.currentId);
    QList<int> after; // what ran after the current item, in the old order
    if (runningInside) {
        m_run->foldSegment(s);
        after = order.mid(order.indexOf(s.run.currentId) + 1);
        MeetingRun::leaveCurrent(s, t, false);
    }
    agendatree::take(s.meeting.items, id);
    for (int gone : removed) {
        s.run.items.remove(gone);
    }
    m_run->reconcile(s, order);
    if (runningInside) {
        // The next item that still runs: the same one, or what runs in its place now.
        const RunFacts facts = m_run->timing()->factsOf(s);
        int following = 0;
        for (int candidate : std::as_const(after)) {
            const int mapped = facts.runnableFor(candidate);
            if (mapped && !removed.contains(mapped) && !s.run.items.value(mapped).skipped
                && !s.run.items.value(mapped).done) {
                following = mapped;
                break;
            }
        }
        MeetingRun::moveOnTo(s, following, t);
    }
    return true;
}

bool AgendaEdits::rename(MeetingSnapshot &s, int id, const QString &title)
{
    const QString clean = title.simplified();
    AgendaItem *it = agendatree::find(s.meeting.items, id);
    if (!it || clean.isEmpty() || clean == it->title) {
        return false;
    }
    it->title = clean;
    return true;
}

bool AgendaEdits::move(MeetingSnapshot &s, const QList<int> &order, int id, int parentId, int row) const
{
    const AgendaItem *it = agendatree::find(s.meeting.items, id);
    const auto from = agendatree::locate(s.meeting.items, id);
    if (!it || !from
        || (parentId && (!agendatree::find(s.meeting.items, parentId) || agendatree::contains(*it, parentId)))
        || agendatree::levelOf(s.meeting.items, parentId) + agendatree::height(*it) > agendatree::maxDepth) {
        return false;
    }
    int target = row;
    if (from->parentId == parentId && from->row < row) {
        --target;
    }
    if (from->parentId == parentId && from->row == target) {
        return false;
    }
    m_run->foldSegment(s);
    std::optional<AgendaItem> taken = agendatree::take(s.meeting.items, id);
    if (!taken || !agendatree::insert(s.meeting.items, parentId, target, *taken)) {
        return false;
    }
    m_run->reconcile(s, order);
    return true;
}

bool AgendaEdits::setPlannedMinutes(MeetingSnapshot &s, const QList<int> &order, int id,
                                    std::optional<int> minutes) const
{
    AgendaItem *it = agendatree::find(s.meeting.items, id);
    // The duration set is what the item now has: minutes added or taken off before are in it.
    const bool adjusted = s.run.items.value(id).extraSeconds != 0;
    if (!it || !validMinutes(minutes) || (it->minutes == minutes && !adjusted)) {
        return false;
    }
    m_run->foldSegment(s);
    agendatree::find(s.meeting.items, id)->minutes = minutes;
    if (adjusted) {
        s.run.items[id].extraSeconds = 0;
    }
    m_run->reconcile(s, order);
    return true;
}

} // namespace gavel
