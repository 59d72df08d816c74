#pragma once

#include "meeting/agendaedits.h"
#include "meeting/attendance.h"
#include "meeting/meetingrun.h"
#include "meeting/runfacts.h"
#include "meeting/runtiming.h"
#include "meeting/snapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUndoStack>

#include <functional>

namespace gavel {

class Clock;

// The meeting being run, as the UI sees it: one snapshot of the agenda (as the chair edits
// it), its run, attendance and the minutes' record, plus the notes. Every change the chair
// makes is one command on the undo stack, made by the unit whose job it is (MeetingRun,
// AgendaEdits, AttendanceBook, minutesrecord); RunTiming reads the timers from the clock on
// demand. This class keeps the undo stack, the tick and the signals the UI listens to.
class LiveMeeting : public QObject
{
    Q_OBJECT

public:
    using Phase = RunState::Phase;
    using ItemState = RunFacts::ItemState;
    using TimerState = RunTiming::TimerState;
    using Snapshot = MeetingSnapshot;
    using CheckInResult = AttendanceBook::CheckInResult;
    enum class Alert { Warning, TimeUp };

    explicit LiveMeeting(const Clock *clock, QObject *parent = nullptr);

    // Replaces everything (a new or reopened session); clears the undo history.
    void load(const Meeting &meeting, const RunState &run = {}, const QHash<int, QString> &notes = {},
              const QList<Attendee> &attendees = {}, const MinutesData &minutes = {});

    const Clock *clock() const { return m_timing.clock(); }
    const Meeting &meeting() const { return m_state.meeting; }
    const RunState &run() const { return m_state.run; }
    Phase phase() const { return m_state.run.phase; }
    bool isActive() const { return RunTiming::isActive(m_state.run); }
    QUndoStack *undoStack() { return &m_undo; }
    const Snapshot &snapshot() const { return m_state; }
    const RunTiming &timing() const { return m_timing; }
    const RunFacts &facts() const { return m_facts; } // of the current snapshot

    // Preferences that shape the timers and the late rule.
    int warningSeconds() const { return m_timing.warningSeconds(); }
    void setWarningSeconds(int seconds);
    int defaultMinutes() const { return m_timing.defaultMinutes(); }
    void setDefaultMinutes(int minutes);
    int lateGraceMinutes() const { return m_attendance.lateGraceMinutes(); }
    void setLateGraceMinutes(int minutes);

    // ---- what the chair sees: lookups in the facts, the running stretch from the clock ----
    const QList<int> &runOrder() const { return m_facts.order(); }
    const AgendaItem *item(int id) const { return m_facts.item(id); }
    int currentId() const { return m_state.run.currentId; }
    int nextId() const { return m_nextId; }
    ItemState state(int id) const { return m_facts.state(id); }
    bool isTimed(int id) const { return m_facts.isTimed(id); }
    qint64 elapsedMs(int id) const { return m_timing.elapsedMs(m_state, m_facts, id); }
    qint64 plannedMs(int id) const { return m_facts.plannedMs(id); }
    qint64 allowedMs(int id) const { return m_facts.allowedMs(id); }
    qint64 remainingMs() const { return m_timing.remainingMs(m_state, m_facts); }
    TimerState timerState() const { return m_timing.timerState(m_state, m_facts); }
    double progress() const { return m_timing.progress(m_state, m_facts); }

    QDateTime now() const;
    QDateTime scheduledStart() const { return RunTiming::scheduledStart(m_state.meeting); }
    bool scheduledStartIsNear() const { return m_timing.scheduledStartIsNear(m_state.meeting); }
    bool followsSchedule() const { return m_timing.followsSchedule(m_state); }
    QDateTime hardStop() const { return RunTiming::hardStop(m_state.meeting); }
    qint64 untilStartMs() const { return m_timing.untilStartMs(m_state.meeting); }
    qint64 meetingElapsedMs() const { return m_timing.meetingElapsedMs(m_state.run); }
    QDateTime plannedEnd() const { return m_timing.plannedEnd(m_state, m_facts); }
    QDateTime projectedEnd() const { return m_timing.projectedEnd(m_state, m_facts); }
    qint64 behindMs() const; // projected minus planned end: > 0 behind, < 0 ahead
    bool projectionPassesHardStop() const { return m_timing.projectionPassesHardStop(m_state, m_facts); }

    // ---- meeting actions (MeetingRun): one undoable command each; false when it does not apply ----
    bool start();
    bool pause();
    bool resume();
    bool togglePause(); // start, pause or resume, whichever fits
    bool next(); // on the last item it ends the meeting
    bool previous();
    bool jumpTo(int id);
    bool adjustMinutes(int delta);
    bool restartItem();
    bool skip(int id); // toggles; skipping the current item moves on
    bool endMeeting();
    bool setElapsed(int id, qint64 ms);

    // ---- agenda edits (AgendaEdits), before or during the meeting ----
    int addItem(int parentId, int row, const QString &title, std::optional<int> minutes = std::nullopt);
    bool deleteItem(int id);
    bool renameItem(int id, const QString &title);
    bool moveItem(int id, int parentId, int row);
    bool setPlannedMinutes(int id, std::optional<int> minutes);

    // ---- attendance (AttendanceBook): one undoable command each ----
    const QList<Attendee> &attendees() const { return m_state.attendees; }
    int attendeeIndex(const QString &key) const { return AttendanceBook::indexOf(m_state.attendees, key); }
    bool checkIn(const QString &key);
    bool toggleAttendance(const QString &key); // checked in <-> expected
    bool setAttendanceStatus(const QString &key, Attendee::Status status);
    // Adds someone who was not on the roster and checks them in; returns their key (an
    // existing person with that handle or name is checked in instead).
    QString addWalkIn(const QString &name, const QString &github);
    CheckInResult checkInMany(const QList<Person> &people);
    qint64 attendanceStartMs() const { return m_attendance.startMs(m_state); }
    std::optional<qint64> checkInOffsetMs(const Attendee &a) const { return m_attendance.checkInOffsetMs(m_state, a); }
    std::optional<qint64> minutesAfterStart(const Attendee &a) const
    {
        return m_attendance.minutesAfterStart(m_state, a);
    }
    int minutesLate(const Attendee &a) const { return m_attendance.minutesLate(m_state, a); }
    int importAttendance(const QList<Attendee> &rows);
    void setPastAttendees(const QSet<QString> &keys);
    bool isNewcomer(const Attendee &attendee) const { return m_attendance.isNewcomer(attendee); }
    QList<Person> newcomersPresent() const { return m_attendance.newcomersPresent(m_state); }
    // People found in the series' earlier meetings: added as regulars, not undoable (load time).
    int addRegulars(const QList<Person> &regulars);

    // ---- the minutes' record (minutesrecord): undoable, saved with the session ----
    const MinutesData &minutes() const { return m_state.minutes; }
    QString minutesLanguage() const; // the chosen one, else the agenda's
    int addDecision(int itemId, const QString &text);
    // Takes lines firstLine..lastLine (from 0) out of the item's notes as one decision of that
    // item, in one command: no decision written twice. The decision's id, or 0 (nothing done)
    // when the lines state nothing beyond a list marker, time stamp or decision prefix.
    int takeDecisionFromNotes(int itemId, int firstLine, int lastLine);
    bool editDecision(int id, const QString &text);
    bool removeDecision(int id);
    int addAction(int itemId, const QString &text, const QString &owner, const QString &ownerGithub, const QDate &due);
    bool editAction(const ActionItem &action);
    bool removeAction(int id);
    bool setNextMeeting(const NextMeetingPlan &plan);
    bool setPlace(const QString &place);
    bool setMinutesLanguage(const QString &language);
    bool setMinutesChoices(const MinutesChoices &choices);

    // ---- notes: item id, or 0 for the general notes; typed text has its own undo ----
    QString notes(int id) const { return m_notes.value(id); }
    const QHash<int, QString> &allNotes() const { return m_notes; }
    void setNotes(int id, const QString &text);

    // Re-reads the clock and raises alerts for thresholds crossed; the tick timer calls it.
    void evaluate();
    // Whether what raised an alert still holds: the item is still current and its timer still
    // in the warning or past zero. A minute added after "Wrap up" ends the warning.
    bool alertHolds(Alert alert, int itemId) const;

    // Used by the undo commands.
    void restore(const Snapshot &snapshot);

signals:
    void loaded(); // a whole new session replaced the old one
    void changed(); // anything that can change what is shown
    void agendaChanged(); // the items themselves (added, removed, renamed, moved, re-planned)
    void ticked(); // the clock moved on: repaint the timers
    void alert(gavel::LiveMeeting::Alert alert, int itemId);
    void notesChanged(int id);
    void attendanceChanged();
    void minutesChanged();

private:
    // Makes `edit` on a copy of the snapshot one undoable command named `text`; false when
    // the edit does not apply.
    bool change(const QString &text, const std::function<bool(Snapshot &)> &edit);
    QString titleOf(int id) const;
    int freshId() const;
    void setState(const Snapshot &snapshot); // and the facts that follow from it

    RunTiming m_timing;
    MeetingRun m_actions;
    AgendaEdits m_edits;
    AttendanceBook m_attendance;
    Snapshot m_state;
    RunFacts m_facts; // of m_state: rebuilt with every change, read on every tick
    int m_nextId = 0;
    QHash<int, QString> m_notes;
    QUndoStack m_undo;
    QTimer m_tick;
    int m_alertItem = 0;
    TimerState m_alertState = TimerState::Idle;
};

} // namespace gavel
