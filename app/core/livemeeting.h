#pragma once

#include "meeting.h"
#include "meetingrun.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
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
    };

    explicit LiveMeeting(const Clock *clock, QObject *parent = nullptr);

    // Replaces everything (a new or reopened session); clears the undo history.
    void load(const Meeting &meeting, const RunState &run = {}, const QHash<int, QString> &notes = {});

    const Clock *clock() const { return m_clock; }
    const Meeting &meeting() const { return m_meeting; }
    const RunState &run() const { return m_run; }
    Phase phase() const { return m_run.phase; }
    bool isActive() const { return m_run.phase == Phase::Running || m_run.phase == Phase::Paused; }
    QUndoStack *undoStack() { return &m_undo; }
    Snapshot snapshot() const { return {m_meeting, m_run}; }

    // Preferences that shape the timers.
    int warningSeconds() const { return m_warningSeconds; }
    void setWarningSeconds(int seconds);
    int defaultMinutes() const { return m_defaultMinutes; }
    void setDefaultMinutes(int minutes);

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

private:
    bool change(const QString &text, const std::function<bool(Snapshot &)> &edit);
    qint64 elapsedIn(const Snapshot &s, int id) const;
    void foldSegment(Snapshot &s) const;
    static void leaveCurrent(Snapshot &s, qint64 now, bool done);
    static void enter(Snapshot &s, int id, qint64 now);
    static int neighbour(const Snapshot &s, const QList<int> &order, int from, int step);
    QString titleOf(int id) const;
    void reconcile(Snapshot &s, const QList<int> &oldOrder) const;
    int freshId() const;
    void updateTimer();

    const Clock *m_clock;
    Meeting m_meeting;
    RunState m_run;
    QList<int> m_runOrder;
    QHash<int, QString> m_notes;
    QUndoStack m_undo;
    QTimer m_tick;
    int m_warningSeconds = 60;
    int m_defaultMinutes = 5;
    int m_alertItem = 0;
    TimerState m_alertState = TimerState::Idle;
};

} // namespace gavel
