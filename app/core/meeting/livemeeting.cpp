#include "meeting/livemeeting.h"

#include "agenda/agendatree.h"
#include "meeting/clock.h"
#include "meeting/meetingcommands.h"
#include "meeting/minutesrecord.h"
#include "meeting/roster.h"

namespace gavel {

namespace {

QString quoted(const QString &title)
{
    const QString shown = title.size() > 32 ? title.left(31).trimmed() + QChar(0x2026) : title;
    return LiveMeeting::tr("“%1”").arg(shown);
}

} // namespace

LiveMeeting::LiveMeeting(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_timing(clock)
    , m_actions(&m_timing)
    , m_edits(&m_actions)
    , m_attendance(&m_timing)
{
    m_undo.setUndoLimit(1000);
    m_tick.setInterval(200);
    connect(&m_tick, &QTimer::timeout, this, &LiveMeeting::evaluate);
    m_tick.start();
}

void LiveMeeting::load(const Meeting &meeting, const RunState &run, const QHash<int, QString> &notes,
                       const QList<Attendee> &attendees, const MinutesData &minutes)
{
    Snapshot state;
    state.minutes = minutes;
    state.meeting = meeting;
    agendatree::assignIds(state.meeting.items);
    state.run = run;
    state.attendees = attendees.isEmpty() ? attendance::buildRoster(state.meeting, {}) : attendees;
    setState(state);
    m_notes = notes;
    m_undo.clear();
    m_alertItem = m_state.run.currentId;
    m_alertState = timerState();
    emit loaded();
    emit agendaChanged();
    emit attendanceChanged();
    emit minutesChanged();
    emit changed();
}

void LiveMeeting::setWarningSeconds(int seconds)
{
    if (m_timing.setWarningSeconds(seconds)) {
        emit changed();
    }
}

void LiveMeeting::setDefaultMinutes(int minutes)
{
    if (m_timing.setDefaultMinutes(minutes)) {
        m_facts = m_timing.factsOf(m_state);
        emit changed();
    }
}

void LiveMeeting::setState(const Snapshot &snapshot)
{
    m_state = snapshot;
    m_facts = m_timing.factsOf(m_state);
    m_nextId = RunTiming::nextId(m_state.run, m_facts.order());
}

void LiveMeeting::setLateGraceMinutes(int minutes)
{
    if (m_attendance.setLateGraceMinutes(minutes)) {
        emit changed();
    }
}

void LiveMeeting::restore(const Snapshot &snapshot)
{
    const bool agendaDiffers = snapshot.meeting.items != m_state.meeting.items;
    const bool attendanceDiffers = snapshot.attendees != m_state.attendees;
    const bool minutesDiffer = !(snapshot.minutes == m_state.minutes);
    setState(snapshot);
    // Undo and redo put the clock back where it was: no alert for a crossing already seen.
    m_alertItem = m_state.run.currentId;
    m_alertState = timerState();
    if (agendaDiffers) {
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

bool LiveMeeting::change(const QString &text, const std::function<bool(Snapshot &)> &edit)
{
    Snapshot after = m_state;
    if (!edit(after)) {
        return false;
    }
    m_undo.push(new SnapshotCommand(this, m_state, after, text));
    return true;
}

QString LiveMeeting::titleOf(int id) const
{
    const AgendaItem *it = item(id);
    return it ? quoted(it->title) : QString();
}

int LiveMeeting::freshId() const
{
    // Never an id that notes or run records still remember from a deleted item.
    int max = agendatree::maxId(m_state.meeting.items);
    for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it) {
        max = qMax(max, it.key());
    }
    for (auto it = m_state.run.items.cbegin(); it != m_state.run.items.cend(); ++it) {
        max = qMax(max, it.key());
    }
    return max + 1;
}

QDateTime LiveMeeting::now() const
{
    return clock()->now();
}

qint64 LiveMeeting::behindMs() const
{
    return projectedEnd().toMSecsSinceEpoch() - plannedEnd().toMSecsSinceEpoch();
}

// ---- meeting actions ----

bool LiveMeeting::start()
{
    return change(tr("Start meeting"), [this](Snapshot &s) { return m_actions.start(s, runOrder()); });
}

bool LiveMeeting::pause()
{
    return change(tr("Pause"), [this](Snapshot &s) { return m_actions.pause(s); });
}

bool LiveMeeting::resume()
{
    return change(tr("Resume"), [this](Snapshot &s) { return m_actions.resume(s); });
}

bool LiveMeeting::togglePause()
{
    switch (phase()) {
    case Phase::NotStarted: return start();
    case Phase::Running: return pause();
    case Phase::Paused: return resume();
    case Phase::Ended: return false;
    }
    return false;
}

bool LiveMeeting::next()
{
    if (phase() == Phase::NotStarted) {
        return start();
    }
    const bool last = isActive() && !nextId();
    return change(last ? tr("End meeting") : tr("Next item"),
                  [this](Snapshot &s) { return m_actions.next(s, runOrder()); });
}

bool LiveMeeting::previous()
{
    return change(tr("Previous item"), [this](Snapshot &s) { return m_actions.previous(s, runOrder()); });
}

bool LiveMeeting::jumpTo(int id)
{
    const int target = m_facts.runnableFor(id);
    return change(tr("Jump to %1").arg(titleOf(target)),
                  [this, target](Snapshot &s) { return m_actions.jumpTo(s, target); });
}

bool LiveMeeting::adjustMinutes(int delta)
{
    // English plurals in the source: without a translation loaded, Qt leaves "%n minute(s)" as it is.
    QString text;
    if (delta > 0) {
        text = delta == 1 ? tr("Add 1 minute") : tr("Add %n minutes", nullptr, delta);
    } else {
        text = delta == -1 ? tr("Take off 1 minute") : tr("Take off %n minutes", nullptr, -delta);
    }
    return change(text, [this, delta](Snapshot &s) { return m_actions.adjustMinutes(s, delta); });
}

bool LiveMeeting::restartItem()
{
    return change(tr("Restart %1").arg(titleOf(currentId())), [this](Snapshot &s) { return m_actions.restartItem(s); });
}

bool LiveMeeting::skip(int id)
{
    const AgendaItem *it = item(id);
    if (!it || phase() == Phase::Ended) {
        return false;
    }
    // Skipping a parent skips everything that runs inside it; a part skips the item it is part of.
    QList<int> targets;
    for (int sub : agendatree::subtreeIds(*it)) {
        if (m_facts.runs(sub)) {
            targets.append(sub);
        }
    }
    if (targets.isEmpty()) {
        const auto where = agendatree::locate(m_state.meeting.items, id);
        return where && where->parentId && skip(where->parentId);
    }
    const bool unskip
        = std::all_of(targets.cbegin(), targets.cend(), [this](int t) { return m_state.run.items.value(t).skipped; });
    const QString text = unskip ? tr("Unskip %1").arg(titleOf(id)) : tr("Skip %1").arg(titleOf(id));
    return change(text,
                  [this, targets, unskip](Snapshot &s) { return m_actions.skip(s, runOrder(), targets, unskip); });
}

bool LiveMeeting::endMeeting()
{
    return change(tr("End meeting"), [this](Snapshot &s) { return m_actions.end(s); });
}

bool LiveMeeting::setElapsed(int id, qint64 ms)
{
    return change(tr("Set time of %1").arg(titleOf(id)),
                  [this, id, ms](Snapshot &s) { return m_actions.setElapsed(s, runOrder(), id, ms); });
}

// ---- agenda edits ----

int LiveMeeting::addItem(int parentId, int row, const QString &title, std::optional<int> minutes)
{
    if (!AgendaEdits::canAdd(m_state.meeting, parentId, title, minutes)) {
        return 0;
    }
    const int id = freshId();
    const bool ok = change(tr("Add %1").arg(quoted(title.simplified())),
                           [&](Snapshot &s) { return m_edits.add(s, runOrder(), parentId, row, id, title, minutes); });
    return ok ? id : 0;
}

bool LiveMeeting::deleteItem(int id)
{
    return change(tr("Delete %1").arg(titleOf(id)),
                  [this, id](Snapshot &s) { return m_edits.remove(s, runOrder(), id); });
}

bool LiveMeeting::renameItem(int id, const QString &title)
{
    return change(tr("Rename %1").arg(titleOf(id)),
                  [id, title](Snapshot &s) { return AgendaEdits::rename(s, id, title); });
}

bool LiveMeeting::moveItem(int id, int parentId, int row)
{
    return change(tr("Move %1").arg(titleOf(id)),
                  [this, id, parentId, row](Snapshot &s) { return m_edits.move(s, runOrder(), id, parentId, row); });
}

bool LiveMeeting::setPlannedMinutes(int id, std::optional<int> minutes)
{
    return change(tr("Set duration of %1").arg(titleOf(id)),
                  [this, id, minutes](Snapshot &s) { return m_edits.setPlannedMinutes(s, runOrder(), id, minutes); });
}

// ---- attendance ----

bool LiveMeeting::checkIn(const QString &key)
{
    const int index = attendeeIndex(key);
    if (index < 0) {
        return false;
    }
    return change(tr("Check in %1").arg(m_state.attendees[index].displayName()),
                  [this, index](Snapshot &s) { return m_attendance.checkIn(s, index); });
}

bool LiveMeeting::toggleAttendance(const QString &key)
{
    const int index = attendeeIndex(key);
    if (index < 0) {
        return false;
    }
    if (!m_state.attendees[index].attended()) {
        return checkIn(key);
    }
    return change(tr("Undo check-in of %1").arg(m_state.attendees[index].displayName()),
                  [index](Snapshot &s) { return AttendanceBook::undoCheckIn(s, index); });
}

bool LiveMeeting::setAttendanceStatus(const QString &key, Attendee::Status status)
{
    const int index = attendeeIndex(key);
    if (index < 0) {
        return false;
    }
    const QString text
        = tr("Mark %1 as %2").arg(m_state.attendees[index].displayName(), attendance::statusText(status).toLower());
    return change(text, [this, index, status](Snapshot &s) { return m_attendance.setStatus(s, index, status); });
}

QString LiveMeeting::addWalkIn(const QString &name, const QString &github)
{
    const QString cleanName = name.simplified();
    const QString handle = github.trimmed().remove(QLatin1Char('@'));
    if (cleanName.isEmpty() && handle.isEmpty()) {
        return {};
    }
    const Person person {cleanName.isEmpty() ? handle : cleanName, handle};
    checkInMany({person});
    const int index = AttendanceBook::find(m_state.attendees, person);
    return index < 0 ? QString() : m_state.attendees[index].key();
}

LiveMeeting::CheckInResult LiveMeeting::checkInMany(const QList<Person> &people)
{
    Snapshot after = m_state;
    const CheckInResult result = m_attendance.checkInMany(after, people);
    const int count = int(result.matched.size() + result.added.size());
    if (count == 0) {
        return result;
    }
    const QString text = count == 1
        ? tr("Check in %1").arg(result.added.isEmpty() ? result.matched.first() : result.added.first())
        : tr("Check in %1 people").arg(count);
    m_undo.push(new SnapshotCommand(this, m_state, after, text));
    return result;
}

int LiveMeeting::importAttendance(const QList<Attendee> &rows)
{
    Snapshot after = m_state;
    const int changedRows = m_attendance.import(after, rows);
    if (changedRows > 0) {
        const QString text = changedRows == 1 ? tr("Import attendance (1 person)")
                                              : tr("Import attendance (%1 people)").arg(changedRows);
        m_undo.push(new SnapshotCommand(this, m_state, after, text));
    }
    return changedRows;
}

void LiveMeeting::setPastAttendees(const QSet<QString> &keys)
{
    m_attendance.setPastAttendees(keys);
    emit attendanceChanged();
}

int LiveMeeting::addRegulars(const QList<Person> &regulars)
{
    const int added = attendance::mergeInto(m_state.attendees, regulars, Attendee::Source::Regular);
    if (added > 0) {
        emit attendanceChanged();
        emit changed();
    }
    return added;
}

// ---- the minutes' record ----

QString LiveMeeting::minutesLanguage() const
{
    return m_state.minutes.language.isEmpty() ? agendaLanguage(m_state.meeting) : m_state.minutes.language;
}

int LiveMeeting::addDecision(int itemId, const QString &text)
{
    int id = 0;
    change(tr("Record a decision"), [&](Snapshot &s) {
        id = minutesrecord::addDecision(s.minutes, itemId, text);
        return id != 0;
    });
    return id;
}

int LiveMeeting::takeDecisionFromNotes(int itemId, int firstLine, int lastLine)
{
    NotesLinesCommand::NotesEdit edit {itemId, notes(itemId), notes(itemId), {}};
    const std::optional<noteslines::LinesCut> cut = noteslines::takeOut(edit.after, firstLine, lastLine);
    Snapshot after = m_state;
    const int id = cut ? minutesrecord::addDecision(after.minutes, itemId, noteslines::decisionText(cut->lines)) : 0;
    if (!id) {
        return 0;
    }
    edit.cut = *cut;
    const int count = int(cut->lines.size());
    const QString text = count == 1 ? tr("Take a line of the notes as a decision")
                                    : tr("Take %n lines of the notes as a decision", nullptr, count);
    m_undo.push(new NotesLinesCommand(this, m_state, after, edit, text));
    return id;
}

bool LiveMeeting::editDecision(int id, const QString &text)
{
    return change(tr("Edit a decision"), [&](Snapshot &s) { return minutesrecord::editDecision(s.minutes, id, text); });
}

bool LiveMeeting::removeDecision(int id)
{
    return change(tr("Delete a decision"), [id](Snapshot &s) { return minutesrecord::removeDecision(s.minutes, id); });
}

int LiveMeeting::addAction(int itemId, const QString &text, const QString &owner, const QString &ownerGithub,
                           const QDate &due)
{
    int id = 0;
    change(tr("Record an action item"), [&](Snapshot &s) {
        id = minutesrecord::addAction(s.minutes, itemId, text, owner, ownerGithub, due);
        return id != 0;
    });
    return id;
}

bool LiveMeeting::editAction(const ActionItem &action)
{
    return change(tr("Edit an action item"), [&](Snapshot &s) { return minutesrecord::editAction(s.minutes, action); });
}

bool LiveMeeting::removeAction(int id)
{
    return change(tr("Delete an action item"),
                  [id](Snapshot &s) { return minutesrecord::removeAction(s.minutes, id); });
}

bool LiveMeeting::setNextMeeting(const NextMeetingPlan &plan)
{
    return change(tr("Set the next meeting"),
                  [&](Snapshot &s) { return minutesrecord::setNextMeeting(s.minutes, plan); });
}

bool LiveMeeting::setPlace(const QString &place)
{
    return change(tr("Set the meeting place"), [&](Snapshot &s) { return minutesrecord::setPlace(s.minutes, place); });
}

bool LiveMeeting::setMinutesLanguage(const QString &language)
{
    return change(tr("Change the minutes' language"),
                  [&](Snapshot &s) { return minutesrecord::setLanguage(s.minutes, language); });
}

bool LiveMeeting::setMinutesChoices(const MinutesChoices &choices)
{
    return change(tr("Change how the minutes are written"),
                  [&](Snapshot &s) { return minutesrecord::setChoices(s.minutes, choices); });
}

// ---- notes ----

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
    if (phase() != Phase::Running) {
        return;
    }
    const TimerState state = timerState();
    if (currentId() != m_alertItem) {
        // A new current item starts from "normal", so a late first tick still raises its alert.
        m_alertItem = currentId();
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

bool LiveMeeting::alertHolds(Alert alert, int itemId) const
{
    if (!isActive() || currentId() != itemId) {
        return false;
    }
    const TimerState state = timerState();
    return state == TimerState::Overtime || (alert == Alert::Warning && state == TimerState::Warning);
}

} // namespace gavel
