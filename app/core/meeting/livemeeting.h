#pragma once

#include "agenda/meeting.h"
#include "meeting/attendance.h"
#include "meeting/meetingrun.h"
#include "minutes/minutesdata.h"

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

// The meeting being run: the agenda (as the chair edits it), its run state, and the notes.
// Every change the chair makes goes through the undo stack; timers are computed from the
// Clock's timestamps on demand, never by counting ticks. The UI only reads and repaints.
class LiveMeeting : public QObject
{
    Q_OBJECT

public:
    using Phase = RunState::Phase;
    enum class ItemState { Upcoming, Current, Done, Skipped };
    enum class TimerState { Idle, Normal, Warning, Overtime, CountUp };
    enum class Alert { Warning, TimeUp };

    struct Snapshot
    {
        Meeting meeting;
        RunState run;
        QList<Attendee> attendees;
        MinutesData minutes;
    };

    // What a pasted list of names did: who it found, who it added as walk-ins.
    struct CheckInResult
    {
        QStringList matched;
        QStringList added;
        QStringList alreadyHere;
    };

    explicit LiveMeeting(const Clock *clock, QObject *parent = nullptr);

    // Replaces everything (a new or reopened session); clears the undo history.
    void load(const Meeting &meeting, const RunState &run = {}, const QHash<int, QString> &notes = {},
              const QList<Attendee> &attendees = {}, const MinutesData &minutes = {});

    const Clock *clock() const { return m_clock; }
    const Meeting &meeting() const { return m_meeting; }
    const RunState &run() const { return m_run; }
    Phase phase() const { return m_run.phase; }
    bool isActive() const { return m_run.phase == Phase::Running || m_run.phase == Phase::Paused; }
    QUndoStack *undoStack() { return &m_undo; }
    Snapshot snapshot() const { return {m_meeting, m_run, m_attendees, m_minutes}; }

    // Preferences that shape the timers.
    int warningSeconds() const { return m_warningSeconds; }
    void setWarningSeconds(int seconds);
    int defaultMinutes() const { return m_defaultMinutes; }
    void setDefaultMinutes(int minutes);
    int lateGraceMinutes() const { return m_lateGraceMinutes; }
    void setLateGraceMinutes(int minutes);

    // ---- what the chair sees ----
    const QList<int> &runOrder() const { return m_runOrder; }
    const AgendaItem *item(int id) const;
    int currentId() const { return m_run.currentId; }
    int nextId() const; // the item that runs after the current one (or first, before the start)
    ItemState state(int id) const;
    bool isTimed(int id) const; // has a planned duration of its own (or its children's)
    qint64 elapsedMs(int id) const; // run time so far; a parent adds up its children
    qint64 plannedMs(int id) const; // the plan, untimed items at the default length
    qint64 allowedMs(int id) const; // plan plus the chair's +1 / -1 minutes
    qint64 remainingMs() const; // of the current item; negative in overtime
    TimerState timerState() const;
    double progress() const; // 0..1 of the current item's allowed time

    QDateTime now() const;
    QDateTime scheduledStart() const; // invalid when the agenda gives no date and time
    // The scheduled start is today's business (within 12 hours of now); an agenda of another
    // day (a rehearsal, last year's sample) plans from now instead.
    bool scheduledStartIsNear() const;
    QDateTime hardStop() const; // the stated end, or invalid
    qint64 untilStartMs() const; // before the start: time to the scheduled start
    qint64 meetingElapsedMs() const;
    QDateTime plannedEnd() const;
    QDateTime projectedEnd() const;
    qint64 behindMs() const; // projected minus planned end: > 0 behind, < 0 ahead
    bool projectionPassesHardStop() const;

    // ---- meeting actions: each is one undoable command; false when it does not apply ----
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

    // ---- agenda edits, before or during the meeting ----
    int addItem(int parentId, int row, const QString &title, std::optional<int> minutes = std::nullopt);
    bool deleteItem(int id);
    bool renameItem(int id, const QString &title);
    bool moveItem(int id, int parentId, int row);
    bool setPlannedMinutes(int id, std::optional<int> minutes);

    // ---- attendance: one undoable command each ----
    const QList<Attendee> &attendees() const { return m_attendees; }
    int attendeeIndex(const QString &key) const; // -1 when not on the roster
    // Present, or late when checked in after the start plus the grace period.
    bool checkIn(const QString &key);
    bool toggleAttendance(const QString &key); // checked in <-> expected
    bool setAttendanceStatus(const QString &key, Attendee::Status status);
    // Adds someone who was not on the roster and checks them in; returns their key (an
    // existing person with that handle or name is checked in instead).
    QString addWalkIn(const QString &name, const QString &github);
    CheckInResult checkInMany(const QList<Person> &people);
    // Where the attendance clock starts: the actual start, else the scheduled one.
    qint64 attendanceStartMs() const;
    // Minutes after the start a person checked in (negative before it); nullopt when not in.
    std::optional<qint64> checkInOffsetMs(const Attendee &attendee) const;
    int minutesLate(const Attendee &attendee) const;
    // Takes a roster imported from CSV: people are merged in by handle or name and take the
    // imported status and check-in time; one undoable command. Returns how many rows changed.
    int importAttendance(const QList<Attendee> &imported);
    // Who attended the series before this meeting (Attendee::key()): the others are newcomers.
    void setPastAttendees(const QSet<QString> &keys);
    // Known before by handle, or by name when an earlier meeting recorded no handle.
    bool isNewcomer(const Attendee &attendee) const
    {
        return !m_pastAttendees.contains(attendee.key())
            && !m_pastAttendees.contains(attendance::keyFor(attendee.name, QString()));
    }
    // People found in the series' earlier meetings: added as regulars, not undoable (load time).
    int addRegulars(const QList<Person> &regulars);

    // ---- decisions, action items and the next meeting: undoable, saved with the session ----
    const MinutesData &minutes() const { return m_minutes; }
    QString minutesLanguage() const; // the chosen one, else the agenda's
    int addDecision(int itemId, const QString &text);
    bool editDecision(int id, const QString &text);
    bool removeDecision(int id);
    int addAction(int itemId, const QString &text, const QString &owner, const QString &ownerGithub, const QDate &due);
    bool editAction(const ActionItem &action);
    bool removeAction(int id);
    bool setNextMeeting(const NextMeetingPlan &plan);
    bool setPlace(const QString &place);
    bool setMinutesLanguage(const QString &language);

    // ---- notes: item id, or 0 for the general notes; typed text has its own undo ----
    QString notes(int id) const { return m_notes.value(id); }
    const QHash<int, QString> &allNotes() const { return m_notes; }
    void setNotes(int id, const QString &text);

    // Re-reads the clock and raises alerts for thresholds crossed; the tick timer calls it.
    void evaluate();

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
    bool change(const QString &text, const std::function<bool(Snapshot &)> &edit);
    qint64 elapsedIn(const Snapshot &s, int id) const;
    void foldSegment(Snapshot &s) const;
    static void leaveCurrent(Snapshot &s, qint64 now, bool done);
    static void enter(Snapshot &s, int id, qint64 now);
    static int neighbour(const Snapshot &s, const QList<int> &order, int from, int step);
    QString titleOf(int id) const;
    void reconcile(Snapshot &s, const QList<int> &oldOrder) const;
    void markCheckedIn(Snapshot &s, int index, qint64 now) const;
    int freshId() const;
    void updateTimer();

    const Clock *m_clock;
    Meeting m_meeting;
    RunState m_run;
    QList<int> m_runOrder;
    QHash<int, QString> m_notes;
    QList<Attendee> m_attendees;
    QSet<QString> m_pastAttendees;
    MinutesData m_minutes;
    int m_lateGraceMinutes = 5;
    QUndoStack m_undo;
    QTimer m_tick;
    int m_warningSeconds = 60;
    int m_defaultMinutes = 5;
    int m_alertItem = 0;
    TimerState m_alertState = TimerState::Idle;
};

} // namespace gavel
