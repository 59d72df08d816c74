// The live meeting: timers from the injected clock's timestamps, the chair's undoable actions,
// the plan and the projection, and the alerts. Every expected time is worked out by hand.

#include "meeting/livemeeting.h"
#include "meeting/schedulewords.h"
#include "runstateprint.h"

#include "fakeclock.h"
#include "timezoneguard.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <functional>

using namespace gavel;

namespace {

constexpr qint64 Sec = 1000;
constexpr qint64 Min = 60 * Sec;

// 2024-03-14 10:00 at UTC+01:00 is 09:00 UTC: 19796 days after the epoch, plus 9 h.
constexpr qint64 ScheduledStartMs = 19796LL * 24 * 60 * Min + 9 * 60 * Min;

// Ids of the committee meeting's items.
constexpr int Welcome = 1;
constexpr int Minutes = 2;
constexpr int Reports = 3; // parent whose children have durations: runs them in turn
constexpr int DocsWg = 4;
constexpr int ReleaseWg = 5;
constexpr int Questions = 6; // no duration, nor do its parts: runs as one and counts up
constexpr int ForumQuestion = 7;
constexpr int Budget = 8;
constexpr int Aob = 9;

AgendaItem agendaItem(int id, const QString &title, std::optional<int> minutes, const QList<AgendaItem> &children = {})
{
    AgendaItem it;
    it.id = id;
    it.title = title;
    it.minutes = minutes;
    it.children = children;
    return it;
}

// An hour planned from 10:00 to a stated end at 11:00, at UTC+01:00:
// 5 + 5 + (10 + 10) + 5 (untimed, at the default length) + 20 + 5 = 60 minutes.
Meeting committeeMeeting()
{
    Meeting m;
    m.title = QStringLiteral("Steering committee");
    m.time.date = QDate(2024, 3, 14);
    m.time.start = QTime(10, 0);
    m.time.end = QTime(11, 0);
    m.time.utcOffsetSeconds = 3600;
    m.items = {
        agendaItem(Welcome, QStringLiteral("Welcome and agenda"), 5),
        agendaItem(Minutes, QStringLiteral("Minutes of the last meeting"), 5),
        agendaItem(Reports, QStringLiteral("Working group reports"), std::nullopt,
                   {agendaItem(DocsWg, QStringLiteral("Documentation WG"), 10),
                    agendaItem(ReleaseWg, QStringLiteral("Release WG"), 10)}),
        agendaItem(Questions, QStringLiteral("Community questions"), std::nullopt,
                   {agendaItem(ForumQuestion, QStringLiteral("Question from the forum"), std::nullopt)}),
        agendaItem(Budget, QStringLiteral("Budget"), 20),
        agendaItem(Aob, QStringLiteral("Any other business"), 5),
    };
    return m;
}

// A workshop of long timed sessions, for the clock tests.
Meeting workshop()
{
    Meeting m;
    m.title = QStringLiteral("Workshop");
    m.items = {agendaItem(1, QStringLiteral("Session one"), 120), agendaItem(2, QStringLiteral("Session two"), 30),
               agendaItem(3, QStringLiteral("Session three"), 30), agendaItem(4, QStringLiteral("Session four"), 30),
               agendaItem(5, QStringLiteral("Session five"), 30)};
    return m;
}

// A deterministic irregular step of 1..997 ms.
qint64 irregularStep(int i)
{
    return 1 + (qint64(i) * 7919 + 13) % 997;
}

using Script = std::function<void(LiveMeeting &, FakeClock &)>;
using Action = std::function<bool(LiveMeeting &)>;

// The states the action tests start from; the committee meeting is loaded at its scheduled start.
void notStarted(LiveMeeting &, FakeClock &) { }

void runningFirst(LiveMeeting &live, FakeClock &clock)
{
    live.start();
    clock.advance(2 * Min);
}

// Welcome ran 4 min and is done; Minutes is current and has run 90 s.
void running(LiveMeeting &live, FakeClock &clock)
{
    live.start();
    clock.advance(4 * Min);
    live.next();
    clock.advance(90 * Sec);
}

void paused(LiveMeeting &live, FakeClock &clock)
{
    running(live, clock);
    live.pause();
    clock.advance(30 * Sec);
}

void budgetSkipped(LiveMeeting &live, FakeClock &clock)
{
    running(live, clock);
    live.skip(Budget);
}

void firstSkipped(LiveMeeting &live, FakeClock &clock)
{
    live.skip(Welcome);
    live.start();
    clock.advance(Min);
}

void onLast(LiveMeeting &live, FakeClock &clock)
{
    live.start();
    clock.advance(Min);
    live.jumpTo(Aob);
    clock.advance(Min);
}

void ended(LiveMeeting &live, FakeClock &clock)
{
    running(live, clock);
    live.endMeeting();
    clock.advance(Min);
}

void noItems(LiveMeeting &live, FakeClock &)
{
    live.load(Meeting {});
}

// Minutes has no time left: 5 min taken off its 5.
void noTimeLeft(LiveMeeting &live, FakeClock &clock)
{
    running(live, clock);
    live.adjustMinutes(-5);
}

} // namespace

Q_DECLARE_METATYPE(Script)
Q_DECLARE_METATYPE(Action)

namespace gavel {

char *toString(LiveMeeting::TimerState state)
{
    static const char *const names[] = {"Idle", "Normal", "Warning", "Overtime", "CountUp"};
    return qstrdup(names[int(state)]);
}

char *toString(LiveMeeting::ItemState state)
{
    static const char *const names[] = {"Upcoming", "Current", "Done", "Skipped", "NotReached"};
    return qstrdup(names[int(state)]);
}

} // namespace gavel

class TestLiveMeeting : public QObject
{
    Q_OBJECT

private slots:
    void untilStart_data();
    void untilStart();
    void hardStopAfterMidnight();
    void runOrder_data();
    void runOrder();
    void plannedLengths();
    void timerState_data();
    void timerState();
    void countUpItem();

    void hourLongMeeting();

    void noDrift_data();
    void noDrift();
    void evaluateOnlyRepaints();

    void inapplicableActions_data();
    void inapplicableActions();
    void nextOnLastItemEndsMeeting();
    void previousReturnsToEarlierItem();
    void jumpTo_data();
    void jumpTo();
    void adjustMinutes();
    void restartItem();
    void skipToggles();
    void skipCurrentMovesOn();
    void skipParentSkipsChildren();
    void endMeeting();
    void setElapsedForgotToStart();
    void deleteCurrentItemMovesOn();
    void editRunningItemKeepsTime_data();
    void editRunningItemKeepsTime();
    void editRunningItemKeepsPlace_data();
    void editRunningItemKeepsPlace();

    void alertsOncePerCrossing_data();
    void alertsOncePerCrossing();
    void alertsNotWhilePaused();
    void alertsAgainOnNewCrossing();
    void noAlertsForUntimedItem();
    void alertsWhenFirstTickIsLate();

    void deleteRunningPartMovesToWhatRunsNow();
    void undoRaisesNoStaleAlert();
    void parentIsPlannedByItsParts();
    void undoRedo_data();
    void undoRedo();
    void undoNextContinuesEarlierItem();
    void notesAreNotOnUndoStack();
    void lineTakenAsADecisionIsOneUndo();
    void lineThatStatesNothingIsNotTaken();
    void loadClearsUndoHistory();

    void lateStartKeepsThePlannedEnd();
    void earlyStartOrRehearsalPlans();
    void endedMeetingSaysHowFarOverOrUnderThePlan();
    void itemsNeverReachedAfterTheEnd();
    void timesAreInTheMeetingsZone_data();
    void timesAreInTheMeetingsZone();
    void alertHoldsUntilItsCauseGoes();
    void minutesAddedOrTakenAreRealPlurals();
    void hardStopIsPassedToTheMinute();
};

// ---- the schedule and the plan ----

void TestLiveMeeting::untilStart_data()
{
    QTest::addColumn<bool>("hasOffset");
    QTest::addColumn<int>("offsetSeconds");

    QTest::newRow("local time") << false << 0;
    QTest::newRow("UTC") << true << 0;
    QTest::newRow("UTC+01:00") << true << 3600;
    QTest::newRow("UTC-05:00") << true << -5 * 3600;
    QTest::newRow("UTC+05:30") << true << 5 * 3600 + 1800;
}

void TestLiveMeeting::untilStart()
{
    QFETCH(bool, hasOffset);
    QFETCH(int, offsetSeconds);

    Meeting m = committeeMeeting();
    m.time.utcOffsetSeconds = hasOffset ? std::optional<int>(offsetSeconds) : std::nullopt;
    // 10:00 at UTC+x is 10:00 UTC minus x; without an offset the agenda means local time.
    const qint64 tenUtc = ScheduledStartMs + 60 * Min;
    const qint64 start = hasOffset ? tenUtc - qint64(offsetSeconds) * Sec
                                   : QDateTime(QDate(2024, 3, 14), QTime(10, 0), Qt::LocalTime).toMSecsSinceEpoch();

    FakeClock clock(start - 25 * Min - 250);
    LiveMeeting live(&clock);
    live.load(m);
    QCOMPARE(live.scheduledStart().toMSecsSinceEpoch(), start);
    QCOMPARE(live.untilStartMs(), 25 * Min + 250);

    // The countdown follows the clock to the millisecond, through zero into lateness.
    clock.advance(250);
    QCOMPARE(live.untilStartMs(), 25 * Min);
    clock.advance(25 * Min);
    QCOMPARE(live.untilStartMs(), qint64(0));
    clock.advance(90 * Sec);
    QCOMPARE(live.untilStartMs(), -90 * Sec);

    // Before the start the plan runs from the scheduled start: 60 minutes later.
    QCOMPARE(live.plannedEnd().toMSecsSinceEpoch(), start + 60 * Min);
    QCOMPARE(live.hardStop().toMSecsSinceEpoch(), start + 60 * Min);
}

void TestLiveMeeting::hardStopAfterMidnight()
{
    Meeting m = committeeMeeting();
    m.time.start = QTime(23, 30);
    m.time.end = QTime(0, 20);
    // 23:30 at UTC+1 on the 14th is 22:30 UTC; the end, 00:20, is on the next day: 50 minutes later.
    const qint64 start = ScheduledStartMs + (22 * 60 + 30 - 9 * 60) * Min;
    // Half an hour before the start, on the evening itself.
    FakeClock clock(start - 30 * Min);
    LiveMeeting live(&clock);
    live.load(m);

    QCOMPARE(live.scheduledStart().toMSecsSinceEpoch(), start);
    QCOMPARE(live.hardStop().toMSecsSinceEpoch(), start + 50 * Min);
    // An hour of agenda cannot fit in 50 minutes.
    QVERIFY(live.projectionPassesHardStop());

    // No stated end: no hard stop and no warning about it.
    m.time.end = QTime();
    live.load(m);
    QVERIFY(!live.hardStop().isValid());
    QVERIFY(!live.projectionPassesHardStop());
}

void TestLiveMeeting::runOrder_data()
{
    QTest::addColumn<QList<AgendaItem>>("items");
    QTest::addColumn<QList<int>>("order");

    QTest::newRow("flat") << QList<AgendaItem> {agendaItem(1, "A", 5), agendaItem(2, "B", std::nullopt)}
                          << QList<int> {1, 2};
    QTest::newRow("children with durations run in turn")
        << QList<AgendaItem> {agendaItem(1, "A", 30, {agendaItem(2, "A1", 10), agendaItem(3, "A2", std::nullopt)}),
                              agendaItem(4, "B", 5)}
        << QList<int> {2, 3, 4};
    QTest::newRow("untimed children run as one")
        << QList<AgendaItem> {agendaItem(1, "A", 10, {agendaItem(2, "A1", std::nullopt)}),
                              agendaItem(3, "B", std::nullopt, {agendaItem(4, "B1", std::nullopt)})}
        << QList<int> {1, 3};
    const AgendaItem partWithTimedPart = agendaItem(2, "A1", std::nullopt, {agendaItem(3, "A1a", 5)});
    const AgendaItem deep = agendaItem(1, "A", std::nullopt, {partWithTimedPart, agendaItem(4, "A2", std::nullopt)});
    QTest::newRow("durations two levels down") << QList<AgendaItem> {deep} << QList<int> {3, 4};
    QTest::newRow("committee") << committeeMeeting().items
                               << QList<int> {Welcome, Minutes, DocsWg, ReleaseWg, Questions, Budget, Aob};
}

void TestLiveMeeting::runOrder()
{
    QFETCH(QList<AgendaItem>, items);
    QFETCH(QList<int>, order);

    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    Meeting m;
    m.items = items;
    live.load(m);
    QCOMPARE(live.runOrder(), order);

    // Starting and Next walk exactly that order, then the meeting ends.
    QVERIFY(live.start());
    for (int id : order) {
        QCOMPARE(live.currentId(), id);
        QVERIFY(live.next());
    }
    QCOMPARE(live.phase(), RunState::Phase::Ended);
}

void TestLiveMeeting::plannedLengths()
{
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());

    QCOMPARE(live.defaultMinutes(), 5);
    QCOMPARE(live.warningSeconds(), 60);
    QCOMPARE(live.plannedMs(Welcome), 5 * Min);
    // A parent with timed children plans their sum; an untimed item the default length.
    QCOMPARE(live.plannedMs(Reports), 20 * Min);
    QCOMPARE(live.plannedMs(Questions), 5 * Min);
    QVERIFY(live.isTimed(Reports));
    QVERIFY(!live.isTimed(Questions));

    // A longer default lengthens the untimed item and the plan: 60 - 5 + 10 = 65 minutes.
    live.setDefaultMinutes(10);
    QCOMPARE(live.plannedMs(Questions), 10 * Min);
    QCOMPARE(live.plannedEnd().toMSecsSinceEpoch(), ScheduledStartMs + 65 * Min);

    // Giving the untimed item a duration makes it timed and replaces the default in the plan.
    QVERIFY(live.setPlannedMinutes(Questions, 3));
    QVERIFY(live.isTimed(Questions));
    QCOMPARE(live.plannedMs(Questions), 3 * Min);
    QCOMPARE(live.plannedEnd().toMSecsSinceEpoch(), ScheduledStartMs + 58 * Min);
    QCOMPARE(live.runOrder(), (QList<int> {Welcome, Minutes, DocsWg, ReleaseWg, Questions, Budget, Aob}));
}

void TestLiveMeeting::timerState_data()
{
    QTest::addColumn<int>("warningSeconds");
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<LiveMeeting::TimerState>("state");

    // Welcome has 5 minutes = 300000 ms.
    QTest::newRow("just started") << 60 << 0LL << 300000LL << LiveMeeting::TimerState::Normal;
    QTest::newRow("1 ms above warning") << 60 << 239999LL << 60001LL << LiveMeeting::TimerState::Normal;
    QTest::newRow("at warning") << 60 << 240000LL << 60000LL << LiveMeeting::TimerState::Warning;
    QTest::newRow("1 ms left") << 60 << 299999LL << 1LL << LiveMeeting::TimerState::Warning;
    QTest::newRow("at zero") << 60 << 300000LL << 0LL << LiveMeeting::TimerState::Overtime;
    QTest::newRow("well over") << 60 << 425000LL << -125000LL << LiveMeeting::TimerState::Overtime;
    QTest::newRow("two-minute warning") << 120 << 180000LL << 120000LL << LiveMeeting::TimerState::Warning;
    QTest::newRow("no warning") << 0 << 299999LL << 1LL << LiveMeeting::TimerState::Normal;
}

void TestLiveMeeting::timerState()
{
    QFETCH(int, warningSeconds);
    QFETCH(qint64, elapsed);
    QFETCH(qint64, remaining);
    QFETCH(LiveMeeting::TimerState, state);

    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    live.setWarningSeconds(warningSeconds);
    QCOMPARE(live.timerState(), LiveMeeting::TimerState::Idle);
    QVERIFY(live.start());
    clock.advance(elapsed);
    QCOMPARE(live.elapsedMs(Welcome), elapsed);
    QCOMPARE(live.remainingMs(), remaining);
    QCOMPARE(live.timerState(), state);

    // After the end there is nothing to time.
    QVERIFY(live.endMeeting());
    QCOMPARE(live.timerState(), LiveMeeting::TimerState::Idle);
}

void TestLiveMeeting::countUpItem()
{
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    QVERIFY(live.jumpTo(Questions));

    // Untimed: it counts up, never warns, and is projected at the default 5 minutes.
    QCOMPARE(live.timerState(), LiveMeeting::TimerState::CountUp);
    clock.advance(4 * Min + 30 * Sec);
    QCOMPARE(live.elapsedMs(Questions), 4 * Min + 30 * Sec);
    QCOMPARE(live.timerState(), LiveMeeting::TimerState::CountUp);
    // Projection: now + 30 s left of the default + the items jumped over (5 + 5 + 10 + 10) + 20 + 5.
    QCOMPARE(live.projectedEnd().toMSecsSinceEpoch(), clock.nowMs() + 30 * Sec + 55 * Min);
    clock.advance(2 * Min);
    QCOMPARE(live.timerState(), LiveMeeting::TimerState::CountUp);
    // Past the default length the item adds nothing more to the projection.
    QCOMPARE(live.projectedEnd().toMSecsSinceEpoch(), clock.nowMs() + 55 * Min);

    // A duration of 8 minutes turns it into a countdown: 8 - 6.5 = 1.5 min left.
    QVERIFY(live.setPlannedMinutes(Questions, 8));
    QCOMPARE(live.remainingMs(), 90 * Sec);
    QCOMPARE(live.timerState(), LiveMeeting::TimerState::Normal);
    clock.advance(30 * Sec);
    QCOMPARE(live.timerState(), LiveMeeting::TimerState::Warning);
    QVERIFY(live.undoStack()->canUndo());
    live.undoStack()->undo();
    QCOMPARE(live.timerState(), LiveMeeting::TimerState::CountUp);
}

// ---- an hour-long meeting, end to end ----

void TestLiveMeeting::hourLongMeeting()
{
    // S = 10:00 local (UTC+1), the scheduled start; the hard stop is S + 60 min = 11:00.
    const qint64 s = ScheduledStartMs;
    FakeClock clock(s - 10 * Min);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    QUndoStack *undo = live.undoStack();

    // 09:50: ten minutes to go; the plan ends an hour after the scheduled start, at the hard stop.
    QCOMPARE(live.untilStartMs(), 10 * Min);
    QCOMPARE(live.phase(), RunState::Phase::NotStarted);
    QCOMPARE(live.timerState(), LiveMeeting::TimerState::Idle);
    QCOMPARE(live.nextId(), Welcome);
    QCOMPARE(live.meetingElapsedMs(), qint64(0));
    QCOMPARE(live.plannedEnd().toMSecsSinceEpoch(), s + 60 * Min);
    QCOMPARE(live.hardStop().toMSecsSinceEpoch(), s + 60 * Min);

    // 10:03, not started: 3 min late; projected 10:03 + 60 = 11:03, 3 min behind, past the stop.
    clock.advance(13 * Min);
    QCOMPARE(live.untilStartMs(), -3 * Min);
    QCOMPARE(live.projectedEnd().toMSecsSinceEpoch(), s + 63 * Min);
    QCOMPARE(live.behindMs(), 3 * Min);
    QVERIFY(live.projectionPassesHardStop());

    // Start at t0 = 10:03 = S + 3. The plan stays the schedule's, S + 60 = 11:00 = t0+57: the late
    // start does not move it, it puts the meeting 3 min behind. Every "behind" below is
    // projected (from t0) minus planned (from S): 3 min more than the items alone make it.
    const qint64 t0 = clock.nowMs();
    const auto at = [t0](qint64 minutes, qint64 seconds = 0) { return t0 + minutes * Min + seconds * Sec; };
    QVERIFY(live.start());
    QCOMPARE(undo->undoText(), QStringLiteral("Start meeting"));
    QCOMPARE(live.run().startedAt, t0);
    QCOMPARE(live.currentId(), Welcome);
    QCOMPARE(live.run().items.value(Welcome).startedAt, t0);
    QCOMPARE(live.remainingMs(), 5 * Min);
    QCOMPARE(live.plannedEnd().toMSecsSinceEpoch(), s + 60 * Min);
    QCOMPARE(live.projectedEnd().toMSecsSinceEpoch(), at(60));
    QCOMPARE(live.behindMs(), 3 * Min);
    // 11:03 is past the 11:00 stop: the 3 late minutes.
    QVERIFY(live.projectionPassesHardStop());

    // t0+4: Welcome 4 of 5 min, 1 min left = warning. Projected t0+4 + 1 + 55 = t0+60.
    clock.advance(4 * Min);
    QCOMPARE(live.elapsedMs(Welcome), 4 * Min);
    QCOMPARE(live.remainingMs(), 1 * Min);
    QCOMPARE(live.timerState(), LiveMeeting::TimerState::Warning);
    QCOMPARE(live.meetingElapsedMs(), 4 * Min);
    QCOMPARE(live.projectedEnd().toMSecsSinceEpoch(), at(60));
    QCOMPARE(live.behindMs(), 3 * Min);

    // Pause for 2 min: the item's timer stands, the meeting's does not, the projection slips 2 min.
    QVERIFY(live.pause());
    QCOMPARE(undo->undoText(), QStringLiteral("Pause"));
    clock.advance(2 * Min);
    QCOMPARE(live.phase(), RunState::Phase::Paused);
    QCOMPARE(live.elapsedMs(Welcome), 4 * Min);
    QCOMPARE(live.remainingMs(), 1 * Min);
    QCOMPARE(live.meetingElapsedMs(), 6 * Min);
    QCOMPARE(live.projectedEnd().toMSecsSinceEpoch(), at(62));
    QCOMPARE(live.behindMs(), 5 * Min);
    QVERIFY(live.resume());
    QCOMPARE(undo->undoText(), QStringLiteral("Resume"));

    // t0+7:30: Welcome ran 5.5 min, 30 s over. Projected t0+7.5 + 0 + 55 = t0+62.5.
    clock.advance(90 * Sec);
    QCOMPARE(live.elapsedMs(Welcome), 5 * Min + 30 * Sec);
    QCOMPARE(live.remainingMs(), -30 * Sec);
    QCOMPARE(live.timerState(), LiveMeeting::TimerState::Overtime);
    QCOMPARE(live.projectedEnd().toMSecsSinceEpoch(), at(62, 30));
    QCOMPARE(live.behindMs(), 5 * Min + 30 * Sec);

    QVERIFY(live.next());
    QCOMPARE(undo->undoText(), QStringLiteral("Next item"));
    QCOMPARE(live.currentId(), Minutes);
    QCOMPARE(live.state(Welcome), LiveMeeting::ItemState::Done);
    QCOMPARE(live.run().items.value(Minutes).startedAt, at(7, 30));

    // t0+8: +1 min on Minutes: 6 - 0.5 = 5.5 left; the plan stays S+60.
    // Projected t0+8 + 5.5 + (10 + 10 + 5 + 20 + 5) = t0+63.5 = S+66.5, 6.5 min behind.
    clock.advance(30 * Sec);
    QVERIFY(live.adjustMinutes(+1));
    QCOMPARE(undo->undoText(), QStringLiteral("Add 1 minute"));
    QCOMPARE(live.allowedMs(Minutes), 6 * Min);
    QCOMPARE(live.plannedMs(Minutes), 5 * Min);
    QCOMPARE(live.remainingMs(), 5 * Min + 30 * Sec);
    QCOMPARE(live.plannedEnd().toMSecsSinceEpoch(), s + 60 * Min);
    QCOMPARE(live.projectedEnd().toMSecsSinceEpoch(), at(63, 30));
    QCOMPARE(live.behindMs(), 6 * Min + 30 * Sec);

    // t0+10:30: -1 min twice: 4 min allowed, 3 run, 1 left = warning. Projected t0+10.5 + 1 + 50.
    clock.advance(150 * Sec);
    QVERIFY(live.adjustMinutes(-1));
    QVERIFY(live.adjustMinutes(-1));
    QCOMPARE(undo->undoText(), QStringLiteral("Take off 1 minute"));
    QCOMPARE(live.allowedMs(Minutes), 4 * Min);
    QCOMPARE(live.remainingMs(), 1 * Min);
    QCOMPARE(live.timerState(), LiveMeeting::TimerState::Warning);
    QCOMPARE(live.plannedEnd().toMSecsSinceEpoch(), s + 60 * Min);
    QCOMPARE(live.projectedEnd().toMSecsSinceEpoch(), at(61, 30));
    QCOMPARE(live.behindMs(), 4 * Min + 30 * Sec);

    // Undo the second -1: 5 min allowed, 2 left; redo: back to 1 left.
    undo->undo();
    QCOMPARE(live.remainingMs(), 2 * Min);
    QCOMPARE(live.timerState(), LiveMeeting::TimerState::Normal);
    QCOMPARE(live.projectedEnd().toMSecsSinceEpoch(), at(62, 30));
    undo->redo();
    QCOMPARE(live.remainingMs(), 1 * Min);
    QCOMPARE(live.projectedEnd().toMSecsSinceEpoch(), at(61, 30));

    // t0+11: Minutes done after 3.5 min. Documentation WG (first child of Reports) starts.
    // Projected t0+11 + 10 + (10 + 5 + 20 + 5) = t0+61.
    clock.advance(30 * Sec);
    QVERIFY(live.next());
    QCOMPARE(live.currentId(), DocsWg);
    QCOMPARE(live.state(Reports), LiveMeeting::ItemState::Current);
    QCOMPARE(live.elapsedMs(Minutes), 3 * Min + 30 * Sec);
    QCOMPARE(live.projectedEnd().toMSecsSinceEpoch(), at(61));
    QCOMPARE(live.behindMs(), 4 * Min);

    // t0+21:20: Documentation WG 20 s over; the parent adds up its children.
    clock.advance(10 * Min + 20 * Sec);
    QCOMPARE(live.remainingMs(), -20 * Sec);
    QCOMPARE(live.elapsedMs(Reports), 10 * Min + 20 * Sec);
    QVERIFY(live.next());
    QCOMPARE(live.currentId(), ReleaseWg);

    // Next was too early: undo 20 s later gives Documentation WG back, with those 20 s.
    clock.advance(20 * Sec);
    QCOMPARE(undo->undoText(), QStringLiteral("Next item"));
    undo->undo();
    QCOMPARE(live.currentId(), DocsWg);
    QCOMPARE(live.state(DocsWg), LiveMeeting::ItemState::Current);
    QCOMPARE(live.elapsedMs(DocsWg), 10 * Min + 40 * Sec);
    QCOMPARE(live.run().items.value(ReleaseWg).startedAt, qint64(0));
    QCOMPARE(live.elapsedMs(ReleaseWg), qint64(0));

    // t0+22: 11 min on Documentation WG. Projected t0+22 + 0 + 10 + 5 + 20 + 5 = t0+62.
    clock.advance(20 * Sec);
    QCOMPARE(live.elapsedMs(DocsWg), 11 * Min);
    QCOMPARE(live.projectedEnd().toMSecsSinceEpoch(), at(62));
    QCOMPARE(live.behindMs(), 5 * Min);
    QVERIFY(live.next());
    QVERIFY(!undo->canRedo());
    QCOMPARE(live.currentId(), ReleaseWg);

    // Agenda edit mid-meeting: a 2-minute item at the end adds 2 min to plan and projection alike.
    const int nextDate = live.addItem(0, 6, QStringLiteral("Date of next meeting"), 2);
    QVERIFY(nextDate != 0);
    QCOMPARE(live.item(nextDate)->title, QStringLiteral("Date of next meeting"));
    QCOMPARE(live.runOrder(), (QList<int> {Welcome, Minutes, DocsWg, ReleaseWg, Questions, Budget, Aob, nextDate}));
    QCOMPARE(live.plannedEnd().toMSecsSinceEpoch(), s + 62 * Min);
    QCOMPARE(live.projectedEnd().toMSecsSinceEpoch(), at(64));
    QCOMPARE(live.behindMs(), 5 * Min);

    // t0+32: Release WG exactly used up (0 left is overtime); Community questions starts.
    clock.advance(10 * Min);
    QCOMPARE(live.remainingMs(), qint64(0));
    QCOMPARE(live.timerState(), LiveMeeting::TimerState::Overtime);
    QCOMPARE(live.elapsedMs(Reports), 21 * Min);
    QVERIFY(live.next());
    QCOMPARE(live.currentId(), Questions);
    QCOMPARE(live.state(Reports), LiveMeeting::ItemState::Done);
    QCOMPARE(live.timerState(), LiveMeeting::TimerState::CountUp);

    // t0+39: 7 min of an untimed item (default 5): counts up. Projected t0+39 + 0 + 20 + 5 + 2.
    clock.advance(7 * Min);
    QCOMPARE(live.elapsedMs(Questions), 7 * Min);
    QCOMPARE(live.remainingMs(), -2 * Min);
    QCOMPARE(live.timerState(), LiveMeeting::TimerState::CountUp);
    QCOMPARE(live.projectedEnd().toMSecsSinceEpoch(), at(66));
    QCOMPARE(live.behindMs(), 7 * Min);

    // The chair gives it 8 minutes: plan 62 - 5 + 8 = S+65; 1 min left; projected t0+39 + 1 + 27.
    QVERIFY(live.setPlannedMinutes(Questions, 8));
    QCOMPARE(live.timerState(), LiveMeeting::TimerState::Warning);
    QCOMPARE(live.remainingMs(), 1 * Min);
    QCOMPARE(live.plannedEnd().toMSecsSinceEpoch(), s + 65 * Min);
    QCOMPARE(live.projectedEnd().toMSecsSinceEpoch(), at(67));
    QCOMPARE(live.behindMs(), 5 * Min);
    undo->undo();
    QCOMPARE(live.timerState(), LiveMeeting::TimerState::CountUp);
    QCOMPARE(live.plannedEnd().toMSecsSinceEpoch(), s + 62 * Min);
    undo->redo();
    QCOMPARE(live.timerState(), LiveMeeting::TimerState::Warning);
    QCOMPARE(live.plannedEnd().toMSecsSinceEpoch(), s + 65 * Min);

    // t0+40: Budget starts. Projected t0+40 + 20 + 5 + 2 = t0+67 = S+70 against a plan of S+65.
    clock.advance(1 * Min);
    QVERIFY(live.next());
    QCOMPARE(live.currentId(), Budget);
    QCOMPARE(live.projectedEnd().toMSecsSinceEpoch(), at(67));
    QCOMPARE(live.behindMs(), 5 * Min);
    QVERIFY(live.projectionPassesHardStop());

    // t0+41: the treasurer is missing: skip Budget (current), on to Any other business.
    // A skip keeps the plan; projected t0+41 + 5 + 2 = t0+48 = S+51, 14 min ahead, inside the stop.
    clock.advance(1 * Min);
    QVERIFY(live.skip(Budget));
    QCOMPARE(undo->undoText(), QStringLiteral("Skip “Budget”"));
    QCOMPARE(live.currentId(), Aob);
    QCOMPARE(live.state(Budget), LiveMeeting::ItemState::Skipped);
    QCOMPARE(live.elapsedMs(Budget), 1 * Min);
    QCOMPARE(live.plannedEnd().toMSecsSinceEpoch(), s + 65 * Min);
    QCOMPARE(live.projectedEnd().toMSecsSinceEpoch(), at(48));
    QCOMPARE(live.behindMs(), -14 * Min);
    QVERIFY(!live.projectionPassesHardStop());

    // t0+46: the treasurer arrives; jump back to Budget: 1 min run, 19 left. Projected t0+46 + 19 + 2.
    clock.advance(5 * Min);
    QVERIFY(live.jumpTo(Budget));
    QCOMPARE(undo->undoText(), QStringLiteral("Jump to “Budget”"));
    QCOMPARE(live.currentId(), Budget);
    QCOMPARE(live.state(Aob), LiveMeeting::ItemState::Done);
    QCOMPARE(live.state(Budget), LiveMeeting::ItemState::Current);
    QCOMPARE(live.remainingMs(), 19 * Min);
    QCOMPARE(live.projectedEnd().toMSecsSinceEpoch(), at(67));
    QCOMPARE(live.behindMs(), 5 * Min);

    // t0+56: a 3-minute break. At t0+59 Budget still has 9 min: projected t0+59 + 9 + 2 = t0+70.
    clock.advance(10 * Min);
    QVERIFY(live.pause());
    clock.advance(3 * Min);
    QCOMPARE(live.elapsedMs(Budget), 11 * Min);
    QCOMPARE(live.meetingElapsedMs(), 59 * Min);
    QCOMPARE(live.projectedEnd().toMSecsSinceEpoch(), at(70));
    QCOMPARE(live.behindMs(), 8 * Min);
    QVERIFY(live.resume());

    // t0+68:30: Budget 20.5 of 20 min. Projected t0+68.5 + 0 + 2 = t0+70.5.
    clock.advance(9 * Min + 30 * Sec);
    QCOMPARE(live.elapsedMs(Budget), 20 * Min + 30 * Sec);
    QCOMPARE(live.remainingMs(), -30 * Sec);
    QCOMPARE(live.timerState(), LiveMeeting::TimerState::Overtime);
    QCOMPARE(live.projectedEnd().toMSecsSinceEpoch(), at(70, 30));
    QCOMPARE(live.behindMs(), 8 * Min + 30 * Sec);
    QVERIFY(live.jumpTo(nextDate));

    // t0+70: Next on the last item ends the meeting, 70 minutes after it started.
    clock.advance(90 * Sec);
    QCOMPARE(live.nextId(), 0);
    QVERIFY(live.next());
    QCOMPARE(undo->undoText(), QStringLiteral("End meeting"));
    QCOMPARE(live.phase(), RunState::Phase::Ended);
    QCOMPARE(live.run().startedAt, t0);
    QCOMPARE(live.run().endedAt, at(70));
    QCOMPARE(live.currentId(), 0);
    QCOMPARE(live.timerState(), LiveMeeting::TimerState::Idle);
    QCOMPARE(live.meetingElapsedMs(), 70 * Min);
    QCOMPARE(live.projectedEnd().toMSecsSinceEpoch(), at(70));
    QCOMPARE(live.plannedEnd().toMSecsSinceEpoch(), s + 65 * Min);
    QCOMPARE(live.behindMs(), 8 * Min);
    QVERIFY(!live.projectionPassesHardStop());
    QCOMPARE(live.state(Reports), LiveMeeting::ItemState::Done);

    // What each item really took; the run times add up to 65 min, plus 5 min of breaks = 70.
    const auto itemRun = [](qint64 started, qint64 endedAt, qint64 elapsed, qint64 pausedFor, int extra) {
        ItemRun r;
        r.startedAt = started;
        r.endedAt = endedAt;
        r.elapsedMs = elapsed;
        r.pausedMs = pausedFor;
        r.extraSeconds = extra;
        r.done = true;
        return r;
    };
    const RunState &run = live.run();
    QCOMPARE(run.items.value(Welcome), itemRun(t0, at(7, 30), 5 * Min + 30 * Sec, 2 * Min, 0));
    QCOMPARE(run.items.value(Minutes), itemRun(at(7, 30), at(11), 3 * Min + 30 * Sec, 0, -60));
    QCOMPARE(run.items.value(DocsWg), itemRun(at(11), at(22), 11 * Min, 0, 0));
    QCOMPARE(run.items.value(ReleaseWg), itemRun(at(22), at(32), 10 * Min, 0, 0));
    QCOMPARE(run.items.value(Questions), itemRun(at(32), at(40), 8 * Min, 0, 0));
    QCOMPARE(run.items.value(Budget), itemRun(at(40), at(68, 30), 20 * Min + 30 * Sec, 3 * Min, 0));
    QCOMPARE(run.items.value(Aob), itemRun(at(41), at(46), 5 * Min, 0, 0));
    QCOMPARE(run.items.value(nextDate), itemRun(at(68, 30), at(70), 90 * Sec, 0, 0));
    qint64 total = 0;
    for (int id : live.runOrder()) {
        total += live.elapsedMs(id);
    }
    QCOMPARE(total, 65 * Min);

    // Ten minutes later nothing has moved; Next does not apply any more.
    clock.advance(10 * Min);
    QCOMPARE(live.meetingElapsedMs(), 70 * Min);
    const int commands = undo->count();
    QVERIFY(!live.next());
    QCOMPARE(undo->count(), commands);

    // Undoing the end (at t0+80) resumes the last item: it has been running since t0+68:30.
    undo->undo();
    QCOMPARE(live.phase(), RunState::Phase::Running);
    QCOMPARE(live.currentId(), nextDate);
    QCOMPARE(live.elapsedMs(nextDate), 11 * Min + 30 * Sec);
    QCOMPARE(live.meetingElapsedMs(), 80 * Min);
    undo->redo();
    QCOMPARE(live.phase(), RunState::Phase::Ended);
    QCOMPARE(live.meetingElapsedMs(), 70 * Min);
}

// ---- the clock ----

void TestLiveMeeting::noDrift_data()
{
    QTest::addColumn<int>("pauseEvery"); // toggle pause every n steps; 0 = never
    QTest::addColumn<int>("nextEvery"); // Next every n steps; 0 = never

    QTest::newRow("running") << 0 << 0;
    QTest::newRow("with pauses") << 997 << 0;
    QTest::newRow("across items") << 0 << 2500;
    QTest::newRow("pauses across items") << 1231 << 2500;
}

void TestLiveMeeting::noDrift()
{
    QFETCH(int, pauseEvery);
    QFETCH(int, nextEvery);

    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(workshop());
    QVERIFY(live.start());
    live.evaluate();

    QHash<int, qint64> runningSums;
    qint64 pausedTotal = 0;
    qint64 total = 0;
    for (int i = 1; i <= 10000; ++i) {
        const qint64 step = irregularStep(i);
        const int current = live.currentId();
        const qint64 remainingBefore = live.remainingMs();
        clock.advance(step);
        live.evaluate();
        total += step;
        const bool runs = live.phase() == RunState::Phase::Running;
        if (runs) {
            runningSums[current] += step;
        } else {
            pausedTotal += step;
        }
        // Each step takes off exactly its length while running, nothing while paused: no jumps.
        QCOMPARE(live.remainingMs(), remainingBefore - (runs ? step : 0));
        if (pauseEvery && i % pauseEvery == 0) {
            QVERIFY(live.togglePause());
        }
        if (nextEvery && i % nextEvery == 0) {
            QVERIFY(live.next());
        }
    }

    // End on a running clock, so that every pause has been recorded on its item.
    if (live.phase() == RunState::Phase::Paused) {
        QVERIFY(live.resume());
    }
    // Each item ran exactly its steps, the pauses lasted exactly theirs, the meeting all of them.
    qint64 ran = 0;
    qint64 stood = 0;
    for (int id : live.runOrder()) {
        QCOMPARE(live.elapsedMs(id), runningSums.value(id));
        ran += live.elapsedMs(id);
        stood += live.run().items.value(id).pausedMs;
    }
    QCOMPARE(stood, pausedTotal);
    QCOMPARE(ran + stood, total);
    QCOMPARE(live.meetingElapsedMs(), total);
}

void TestLiveMeeting::evaluateOnlyRepaints()
{
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    running(live, clock);
    QSignalSpy ticked(&live, &LiveMeeting::ticked);
    QSignalSpy changed(&live, &LiveMeeting::changed);

    // Ticking any number of times changes no state, pushes nothing and moves no timer.
    const RunState before = live.run();
    const int commands = live.undoStack()->count();
    const qint64 remaining = live.remainingMs();
    for (int i = 0; i < 50; ++i) {
        live.evaluate();
    }
    QCOMPARE(ticked.count(), 50);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(live.run(), before);
    QCOMPARE(live.undoStack()->count(), commands);
    QCOMPARE(live.remainingMs(), remaining);
}

// ---- actions ----

void TestLiveMeeting::inapplicableActions_data()
{
    QTest::addColumn<Script>("setup");
    QTest::addColumn<Action>("action");

    const auto row = [](const char *name, void (*setup)(LiveMeeting &, FakeClock &), const Action &action) {
        QTest::newRow(name) << Script(setup) << action;
    };
    row("start while running", running, [](LiveMeeting &m) { return m.start(); });
    row("start while paused", paused, [](LiveMeeting &m) { return m.start(); });
    row("start after end", ended, [](LiveMeeting &m) { return m.start(); });
    row("start without items", noItems, [](LiveMeeting &m) { return m.start(); });
    row("pause before start", notStarted, [](LiveMeeting &m) { return m.pause(); });
    row("pause while paused", paused, [](LiveMeeting &m) { return m.pause(); });
    row("pause after end", ended, [](LiveMeeting &m) { return m.pause(); });
    row("resume before start", notStarted, [](LiveMeeting &m) { return m.resume(); });
    row("resume while running", running, [](LiveMeeting &m) { return m.resume(); });
    row("resume after end", ended, [](LiveMeeting &m) { return m.resume(); });
    row("toggle pause after end", ended, [](LiveMeeting &m) { return m.togglePause(); });
    row("next after end", ended, [](LiveMeeting &m) { return m.next(); });
    row("next without items", noItems, [](LiveMeeting &m) { return m.next(); });
    row("previous before start", notStarted, [](LiveMeeting &m) { return m.previous(); });
    row("previous on first item", runningFirst, [](LiveMeeting &m) { return m.previous(); });
    row("previous past a skipped first item", firstSkipped, [](LiveMeeting &m) { return m.previous(); });
    row("previous after end", ended, [](LiveMeeting &m) { return m.previous(); });
    row("jump to current item", running, [](LiveMeeting &m) { return m.jumpTo(Minutes); });
    row("jump to unknown item", running, [](LiveMeeting &m) { return m.jumpTo(99); });
    row("jump after end", ended, [](LiveMeeting &m) { return m.jumpTo(Budget); });
    row("adjust by zero", running, [](LiveMeeting &m) { return m.adjustMinutes(0); });
    row("adjust before start", notStarted, [](LiveMeeting &m) { return m.adjustMinutes(1); });
    row("adjust after end", ended, [](LiveMeeting &m) { return m.adjustMinutes(1); });
    row("take off below zero", noTimeLeft, [](LiveMeeting &m) { return m.adjustMinutes(-1); });
    row("restart before start", notStarted, [](LiveMeeting &m) { return m.restartItem(); });
    row("restart after end", ended, [](LiveMeeting &m) { return m.restartItem(); });
    row("skip unknown item", running, [](LiveMeeting &m) { return m.skip(99); });
    row("skip after end", ended, [](LiveMeeting &m) { return m.skip(Budget); });
    row("end before start", notStarted, [](LiveMeeting &m) { return m.endMeeting(); });
    row("end after end", ended, [](LiveMeeting &m) { return m.endMeeting(); });
    row("set elapsed before start", notStarted, [](LiveMeeting &m) { return m.setElapsed(Welcome, Min); });
    row("set negative elapsed", running, [](LiveMeeting &m) { return m.setElapsed(Welcome, -1); });
    row("set elapsed of unknown item", running, [](LiveMeeting &m) { return m.setElapsed(99, Min); });
    row("set elapsed of a parent", running, [](LiveMeeting &m) { return m.setElapsed(Reports, Min); });
    row("add blank item", running, [](LiveMeeting &m) { return m.addItem(0, 0, QStringLiteral("  ")) != 0; });
    row("add under unknown parent", running, [](LiveMeeting &m) { return m.addItem(99, 0, QStringLiteral("X")) != 0; });
    row("delete unknown item", running, [](LiveMeeting &m) { return m.deleteItem(99); });
    row("rename to same title", running, [](LiveMeeting &m) { return m.renameItem(Budget, QStringLiteral("Budget")); });
    row("rename to blank", running, [](LiveMeeting &m) { return m.renameItem(Budget, QStringLiteral(" ")); });
    row("rename unknown item", running, [](LiveMeeting &m) { return m.renameItem(99, QStringLiteral("X")); });
    row("move into itself", running, [](LiveMeeting &m) { return m.moveItem(Reports, Reports, 0); });
    row("move into own child", running, [](LiveMeeting &m) { return m.moveItem(Reports, DocsWg, 0); });
    row("move to where it is", running, [](LiveMeeting &m) { return m.moveItem(Budget, 0, 4); });
    row("move to just below itself", running, [](LiveMeeting &m) { return m.moveItem(Budget, 0, 5); });
    row("set same minutes", running, [](LiveMeeting &m) { return m.setPlannedMinutes(Budget, 20); });
    row("set negative minutes", running, [](LiveMeeting &m) { return m.setPlannedMinutes(Budget, -5); });
    row("set minutes of unknown item", running, [](LiveMeeting &m) { return m.setPlannedMinutes(99, 5); });
}

void TestLiveMeeting::inapplicableActions()
{
    QFETCH(Script, setup);
    QFETCH(Action, action);

    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    setup(live, clock);

    // An action that does not apply reports false and changes nothing, not even the undo stack.
    const RunState before = live.run();
    const QList<AgendaItem> items = live.meeting().items;
    const int commands = live.undoStack()->count();
    QVERIFY(!action(live));
    QCOMPARE(live.undoStack()->count(), commands);
    QCOMPARE(live.run(), before);
    QVERIFY(live.meeting().items == items);
}

void TestLiveMeeting::nextOnLastItemEndsMeeting()
{
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    onLast(live, clock);

    QCOMPARE(live.nextId(), 0);
    QVERIFY(live.next());
    QCOMPARE(live.undoStack()->undoText(), QStringLiteral("End meeting"));
    QCOMPARE(live.phase(), RunState::Phase::Ended);
    // Started at S, jumped at S+1, ended at S+2: Aob ran 1 min and is done.
    QCOMPARE(live.run().endedAt, ScheduledStartMs + 2 * Min);
    QCOMPARE(live.run().items.value(Aob).endedAt, ScheduledStartMs + 2 * Min);
    QCOMPARE(live.run().items.value(Aob).elapsedMs, 1 * Min);
    QVERIFY(live.run().items.value(Aob).done);
    QCOMPARE(live.currentId(), 0);
    QCOMPARE(live.nextId(), 0);
}

void TestLiveMeeting::previousReturnsToEarlierItem()
{
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    running(live, clock);

    // Back to Welcome: its 4 min go on counting; Minutes keeps its 90 s and is upcoming again.
    QVERIFY(live.previous());
    QCOMPARE(live.undoStack()->undoText(), QStringLiteral("Previous item"));
    QCOMPARE(live.currentId(), Welcome);
    QCOMPARE(live.state(Minutes), LiveMeeting::ItemState::Upcoming);
    QCOMPARE(live.elapsedMs(Minutes), 90 * Sec);
    QCOMPARE(live.run().items.value(Welcome).startedAt, ScheduledStartMs);
    clock.advance(30 * Sec);
    QCOMPARE(live.elapsedMs(Welcome), 4 * Min + 30 * Sec);
    QCOMPARE(live.remainingMs(), 30 * Sec);
    QCOMPARE(live.nextId(), Minutes);
}

void TestLiveMeeting::jumpTo_data()
{
    QTest::addColumn<Script>("setup");
    QTest::addColumn<int>("target");
    QTest::addColumn<int>("current");

    QTest::newRow("forward") << Script(running) << Budget << Budget;
    QTest::newRow("back to a done item") << Script(running) << Welcome << Welcome;
    QTest::newRow("parent means its first child") << Script(running) << Reports << DocsWg;
    QTest::newRow("part of an item means the item") << Script(running) << ForumQuestion << Questions;
    QTest::newRow("to a skipped item") << Script(budgetSkipped) << Budget << Budget;
    QTest::newRow("before the start") << Script(notStarted) << Budget << Budget;
    QTest::newRow("while paused") << Script(paused) << Budget << Budget;
}

void TestLiveMeeting::jumpTo()
{
    QFETCH(Script, setup);
    QFETCH(int, target);
    QFETCH(int, current);

    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    setup(live, clock);
    const int left = live.currentId();
    const bool wasStarted = live.phase() != RunState::Phase::NotStarted;

    QVERIFY(live.jumpTo(target));
    QVERIFY(live.undoStack()->undoText().startsWith(QStringLiteral("Jump to")));
    QCOMPARE(live.currentId(), current);
    QCOMPARE(live.state(current), LiveMeeting::ItemState::Current);
    QVERIFY(!live.run().items.value(current).skipped);
    QVERIFY(live.isActive());
    if (wasStarted) {
        // The item left is done, ended now.
        QCOMPARE(live.state(left), LiveMeeting::ItemState::Done);
        QCOMPARE(live.run().items.value(left).endedAt, clock.nowMs());
    } else {
        // Jumping before the start starts the meeting there.
        QCOMPARE(live.run().startedAt, clock.nowMs());
    }
}

void TestLiveMeeting::adjustMinutes()
{
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    running(live, clock);
    const QDateTime plannedEnd = live.plannedEnd();

    // Minutes: 5 planned, 90 s run. +1: 6 allowed, 4.5 left; the plan does not move.
    QVERIFY(live.adjustMinutes(1));
    QCOMPARE(live.allowedMs(Minutes), 6 * Min);
    QCOMPARE(live.remainingMs(), 4 * Min + 30 * Sec);
    QCOMPARE(live.plannedEnd(), plannedEnd);
    QCOMPARE(live.run().items.value(Minutes).extraSeconds, 60);

    // -1 three times: 3 allowed, 1.5 left.
    QVERIFY(live.adjustMinutes(-1));
    QVERIFY(live.adjustMinutes(-1));
    QVERIFY(live.adjustMinutes(-1));
    QCOMPARE(live.allowedMs(Minutes), 3 * Min);
    QCOMPARE(live.remainingMs(), 90 * Sec);
    QCOMPARE(live.plannedEnd(), plannedEnd);

    // Taking off more than is left stops at no time at all: overtime by what has run.
    QVERIFY(live.adjustMinutes(-10));
    QCOMPARE(live.allowedMs(Minutes), qint64(0));
    QCOMPARE(live.remainingMs(), -90 * Sec);
    QCOMPARE(live.timerState(), LiveMeeting::TimerState::Overtime);

    // The adjustment belongs to the item: the next item gets its plain plan.
    QVERIFY(live.next());
    QCOMPARE(live.allowedMs(DocsWg), 10 * Min);
    QCOMPARE(live.allowedMs(Minutes), qint64(0));
}

void TestLiveMeeting::restartItem()
{
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    paused(live, clock);
    QVERIFY(live.resume());
    clock.advance(Min);

    // Minutes ran 2.5 min and stood 30 s; restarting starts its clock again from now.
    QVERIFY(live.restartItem());
    QCOMPARE(live.undoStack()->undoText(), QStringLiteral("Restart “Minutes of the last meeting”"));
    const ItemRun r = live.run().items.value(Minutes);
    QCOMPARE(r.elapsedMs, qint64(0));
    QCOMPARE(r.pausedMs, qint64(0));
    QCOMPARE(r.startedAt, clock.nowMs());
    QCOMPARE(live.remainingMs(), 5 * Min);
    clock.advance(10 * Sec);
    QCOMPARE(live.elapsedMs(Minutes), 10 * Sec);
    QCOMPARE(live.currentId(), Minutes);
}

void TestLiveMeeting::skipToggles()
{
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    running(live, clock);
    const qint64 projected = live.projectedEnd().toMSecsSinceEpoch();
    const QDateTime planned = live.plannedEnd();

    // Skipping an upcoming item takes its 20 min out of the projection, not out of the plan.
    QVERIFY(live.skip(Budget));
    QCOMPARE(live.undoStack()->undoText(), QStringLiteral("Skip “Budget”"));
    QCOMPARE(live.state(Budget), LiveMeeting::ItemState::Skipped);
    QCOMPARE(live.currentId(), Minutes);
    QCOMPARE(live.projectedEnd().toMSecsSinceEpoch(), projected - 20 * Min);
    QCOMPARE(live.plannedEnd(), planned);

    // Skipping it again brings it back.
    QVERIFY(live.skip(Budget));
    QCOMPARE(live.undoStack()->undoText(), QStringLiteral("Unskip “Budget”"));
    QCOMPARE(live.state(Budget), LiveMeeting::ItemState::Upcoming);
    QCOMPARE(live.projectedEnd().toMSecsSinceEpoch(), projected);

    // A skipped item is passed over by Next.
    QVERIFY(live.skip(DocsWg));
    QCOMPARE(live.nextId(), ReleaseWg);
    QVERIFY(live.next());
    QCOMPARE(live.currentId(), ReleaseWg);
}

void TestLiveMeeting::skipCurrentMovesOn()
{
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    running(live, clock);

    // Minutes is skipped after 90 s: it keeps them, is not done, and the next item starts now.
    QVERIFY(live.skip(Minutes));
    QCOMPARE(live.currentId(), DocsWg);
    QCOMPARE(live.state(Minutes), LiveMeeting::ItemState::Skipped);
    QCOMPARE(live.elapsedMs(Minutes), 90 * Sec);
    QVERIFY(!live.run().items.value(Minutes).done);
    QCOMPARE(live.run().items.value(DocsWg).startedAt, clock.nowMs());
    QCOMPARE(live.remainingMs(), 10 * Min);

    // Skipping the current last item ends the meeting.
    QVERIFY(live.jumpTo(Aob));
    clock.advance(Min);
    QVERIFY(live.skip(Aob));
    QCOMPARE(live.phase(), RunState::Phase::Ended);
    QCOMPARE(live.run().endedAt, clock.nowMs());
}

void TestLiveMeeting::skipParentSkipsChildren()
{
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    running(live, clock);

    // Both reports go; Next from Minutes lands on Community questions.
    QVERIFY(live.skip(Reports));
    QCOMPARE(live.state(DocsWg), LiveMeeting::ItemState::Skipped);
    QCOMPARE(live.state(ReleaseWg), LiveMeeting::ItemState::Skipped);
    QCOMPARE(live.state(Reports), LiveMeeting::ItemState::Skipped);
    QCOMPARE(live.nextId(), Questions);
    // Skipping a part of an item that runs as one skips that item.
    QVERIFY(live.skip(ForumQuestion));
    QCOMPARE(live.state(Questions), LiveMeeting::ItemState::Skipped);
    QCOMPARE(live.nextId(), Budget);
}

void TestLiveMeeting::endMeeting()
{
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    paused(live, clock);

    // Ended while paused at S + 6: Minutes ran 90 s and stood 30 s; the rest never ran.
    QVERIFY(live.endMeeting());
    QCOMPARE(live.undoStack()->undoText(), QStringLiteral("End meeting"));
    QCOMPARE(live.phase(), RunState::Phase::Ended);
    QCOMPARE(live.run().endedAt, ScheduledStartMs + 6 * Min);
    const ItemRun r = live.run().items.value(Minutes);
    QCOMPARE(r.elapsedMs, 90 * Sec);
    QCOMPARE(r.pausedMs, 30 * Sec);
    QCOMPARE(r.endedAt, ScheduledStartMs + 6 * Min);
    QCOMPARE(live.state(Budget), LiveMeeting::ItemState::NotReached); // the meeting ended before it
    clock.advance(5 * Min);
    QCOMPARE(live.meetingElapsedMs(), 6 * Min);
    QCOMPARE(live.elapsedMs(Minutes), 90 * Sec);
}

void TestLiveMeeting::setElapsedForgotToStart()
{
    // The chair presses Start at S + 2, two minutes after Welcome really began at S.
    FakeClock clock(ScheduledStartMs + 2 * Min);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    QVERIFY(live.start());
    clock.advance(30 * Sec);

    QVERIFY(live.setElapsed(Welcome, 2 * Min + 30 * Sec));
    QVERIFY(live.undoStack()->undoText().startsWith(QStringLiteral("Set time of")));
    QCOMPARE(live.elapsedMs(Welcome), 2 * Min + 30 * Sec);
    QCOMPARE(live.remainingMs(), 2 * Min + 30 * Sec);
    // The meeting began at S after all, and the plan runs from there.
    QCOMPARE(live.run().startedAt, ScheduledStartMs);
    QCOMPARE(live.meetingElapsedMs(), 2 * Min + 30 * Sec);
    QCOMPARE(live.plannedEnd().toMSecsSinceEpoch(), ScheduledStartMs + 60 * Min);
    clock.advance(10 * Sec);
    QCOMPARE(live.elapsedMs(Welcome), 2 * Min + 40 * Sec);

    // Undo gives back the late start and the 40 s the clock has counted since S + 2; the plan
    // is the schedule's either way.
    live.undoStack()->undo();
    QCOMPARE(live.run().startedAt, ScheduledStartMs + 2 * Min);
    QCOMPARE(live.elapsedMs(Welcome), 40 * Sec);
    QCOMPARE(live.plannedEnd().toMSecsSinceEpoch(), ScheduledStartMs + 60 * Min);
}

void TestLiveMeeting::deleteCurrentItemMovesOn()
{
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    running(live, clock);

    // Deleting the running item starts the next one now; undo brings it back, still running.
    QVERIFY(live.deleteItem(Minutes));
    QCOMPARE(live.currentId(), DocsWg);
    QCOMPARE(live.item(Minutes), nullptr);
    QCOMPARE(live.runOrder(), (QList<int> {Welcome, DocsWg, ReleaseWg, Questions, Budget, Aob}));
    // Plan: S + 60 - 5.
    QCOMPARE(live.plannedEnd().toMSecsSinceEpoch(), ScheduledStartMs + 55 * Min);
    clock.advance(Min);
    live.undoStack()->undo();
    QCOMPARE(live.currentId(), Minutes);
    QCOMPARE(live.elapsedMs(Minutes), 2 * Min + 30 * Sec);
    QCOMPARE(live.runOrder(), (QList<int> {Welcome, Minutes, DocsWg, ReleaseWg, Questions, Budget, Aob}));

    // Moving Any other business to the top reorders the run; renaming changes only the title.
    QVERIFY(live.moveItem(Aob, 0, 0));
    QCOMPARE(live.runOrder(), (QList<int> {Aob, Welcome, Minutes, DocsWg, ReleaseWg, Questions, Budget}));
    QVERIFY(live.renameItem(Budget, QStringLiteral("Budget 2025")));
    QCOMPARE(live.item(Budget)->title, QStringLiteral("Budget 2025"));
    QCOMPARE(live.currentId(), Minutes);
}

void TestLiveMeeting::editRunningItemKeepsTime_data()
{
    editRunningItemKeepsPlace_data();
}

void TestLiveMeeting::editRunningItemKeepsTime()
{
    QFETCH(Script, setup);
    QFETCH(Action, edit);
    QFETCH(int, topItem);

    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    setup(live, clock);

    // Editing the plan does not change the past: the agenda point has run as long as it has.
    const qint64 before = live.elapsedMs(topItem);
    QVERIFY(before > 0);
    QVERIFY(edit(live));
    QCOMPARE(live.elapsedMs(topItem), before);
    clock.advance(10 * Sec);
    QCOMPARE(live.elapsedMs(topItem), before + 10 * Sec);
}

void TestLiveMeeting::editRunningItemKeepsPlace_data()
{
    QTest::addColumn<Script>("setup");
    QTest::addColumn<Action>("edit");
    QTest::addColumn<int>("topItem"); // the top-level agenda point that is running
    QTest::addColumn<int>("atOrAfter"); // where Next may land at the earliest

    // Community questions runs as one; giving one of its parts a duration makes its parts run.
    const Script onQuestions = [](LiveMeeting &live, FakeClock &clock) {
        running(live, clock);
        live.jumpTo(Questions);
        clock.advance(7 * Min);
    };
    const Action timePart = [](LiveMeeting &m) { return m.setPlannedMinutes(ForumQuestion, 3); };
    const Action addTimedPart
        = [](LiveMeeting &m) { return m.addItem(Questions, 1, QStringLiteral("Follow-up"), 3) != 0; };
    QTest::newRow("duration for a part of the running item") << onQuestions << timePart << Questions << ForumQuestion;
    QTest::newRow("timed part added to the running item") << onQuestions << addTimedPart << Questions << ForumQuestion;

    // Documentation WG runs; without durations below it, Working group reports runs as one.
    const Script onDocsWg = [](LiveMeeting &live, FakeClock &clock) {
        running(live, clock);
        live.next();
        clock.advance(2 * Min);
        live.setPlannedMinutes(ReleaseWg, std::nullopt);
    };
    const Action untimeRunningPart = [](LiveMeeting &m) { return m.setPlannedMinutes(DocsWg, std::nullopt); };
    QTest::newRow("durations of the running part cleared") << onDocsWg << untimeRunningPart << Reports << Reports;
}

void TestLiveMeeting::editRunningItemKeepsPlace()
{
    QFETCH(Script, setup);
    QFETCH(Action, edit);
    QFETCH(int, atOrAfter);

    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    setup(live, clock);

    // An agenda edit that changes how the running item runs must not lose the meeting's place:
    // Next carries on from there, never back to the items already done.
    QVERIFY(edit(live));
    QVERIFY(live.isActive());
    QVERIFY(live.next());
    const QList<int> order = live.runOrder();
    QVERIFY2(order.indexOf(live.currentId()) >= order.indexOf(atOrAfter),
             qPrintable(QStringLiteral("Next went to item %1").arg(live.currentId())));
}

// ---- alerts ----

void TestLiveMeeting::alertsOncePerCrossing_data()
{
    QTest::addColumn<qint64>("step");

    QTest::newRow("200 ms ticks") << 200LL;
    QTest::newRow("1 s ticks") << 1000LL;
    QTest::newRow("irregular 7919 ms") << 7919LL;
    QTest::newRow("landing on the thresholds") << 60000LL;
    QTest::newRow("45 s ticks") << 45000LL;
}

void TestLiveMeeting::alertsOncePerCrossing()
{
    QFETCH(qint64, step);

    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    QSignalSpy spy(&live, &LiveMeeting::alert);
    // What was left on the timer when each alert was raised.
    QList<qint64> leftAtAlert;
    connect(&live, &LiveMeeting::alert, this, [&] { leftAtAlert.append(live.remainingMs()); });
    QVERIFY(live.start());
    live.evaluate();

    // Welcome (5 min) until 3 min over, ticking every step.
    while (live.elapsedMs(Welcome) < 8 * Min) {
        clock.advance(step);
        live.evaluate();
    }
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(0).at(0).value<LiveMeeting::Alert>(), LiveMeeting::Alert::Warning);
    QCOMPARE(spy.at(0).at(1).toInt(), Welcome);
    QCOMPARE(spy.at(1).at(0).value<LiveMeeting::Alert>(), LiveMeeting::Alert::TimeUp);
    QCOMPARE(spy.at(1).at(1).toInt(), Welcome);
    // Each at the first tick at or past its threshold.
    QVERIFY2(leftAtAlert.at(0) <= 60 * Sec && leftAtAlert.at(0) > 60 * Sec - step,
             QByteArray::number(leftAtAlert.at(0)).constData());
    QVERIFY2(leftAtAlert.at(1) <= 0 && leftAtAlert.at(1) > -step, QByteArray::number(leftAtAlert.at(1)).constData());
}

void TestLiveMeeting::alertsNotWhilePaused()
{
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    QSignalSpy spy(&live, &LiveMeeting::alert);
    QVERIFY(live.start());
    live.evaluate();

    // Paused with 2 min left: ten minutes of ticks raise nothing.
    clock.advance(3 * Min);
    live.evaluate();
    QVERIFY(live.pause());
    for (int i = 0; i < 600; ++i) {
        clock.advance(Sec);
        live.evaluate();
    }
    QCOMPARE(spy.count(), 0);
    // Taking a minute off while paused puts the timer in the warning, still without an alert.
    QVERIFY(live.adjustMinutes(-1));
    QCOMPARE(live.timerState(), LiveMeeting::TimerState::Warning);
    live.evaluate();
    QCOMPARE(spy.count(), 0);
    live.undoStack()->undo();
    live.evaluate();
    QVERIFY(live.resume());
    live.evaluate();
    QCOMPARE(spy.count(), 0);

    // The warning comes after 1 more minute of running time, not of pause.
    clock.advance(Min - 1);
    live.evaluate();
    QCOMPARE(spy.count(), 0);
    clock.advance(1);
    live.evaluate();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<LiveMeeting::Alert>(), LiveMeeting::Alert::Warning);

    // Paused in the warning with 30 s left: no time-up however long the pause.
    clock.advance(30 * Sec);
    live.evaluate();
    QVERIFY(live.pause());
    for (int i = 0; i < 300; ++i) {
        clock.advance(Sec);
        live.evaluate();
    }
    QCOMPARE(spy.count(), 1);
    QVERIFY(live.resume());
    clock.advance(30 * Sec);
    live.evaluate();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<LiveMeeting::Alert>(), LiveMeeting::Alert::TimeUp);
    QCOMPARE(live.remainingMs(), qint64(0));
}

void TestLiveMeeting::alertsAgainOnNewCrossing()
{
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    QSignalSpy spy(&live, &LiveMeeting::alert);
    QVERIFY(live.start());
    live.evaluate();

    // Warning at 1 min left; +1 min lifts it out of the warning, so crossing again warns again.
    clock.advance(4 * Min);
    live.evaluate();
    QCOMPARE(spy.count(), 1);
    QVERIFY(live.adjustMinutes(1));
    live.evaluate();
    QCOMPARE(live.timerState(), LiveMeeting::TimerState::Normal);
    QCOMPARE(spy.count(), 1);
    clock.advance(Min);
    live.evaluate();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<LiveMeeting::Alert>(), LiveMeeting::Alert::Warning);

    // Time up at 6 min; further ticks in overtime stay quiet.
    clock.advance(Min);
    live.evaluate();
    clock.advance(Min);
    live.evaluate();
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(2).at(0).value<LiveMeeting::Alert>(), LiveMeeting::Alert::TimeUp);

    // The next item starts quietly and raises its own alerts, with its own id.
    QVERIFY(live.next());
    live.evaluate();
    QCOMPARE(spy.count(), 3);
    clock.advance(4 * Min);
    live.evaluate();
    clock.advance(Min);
    live.evaluate();
    QCOMPARE(spy.count(), 5);
    QCOMPARE(spy.at(3).at(0).value<LiveMeeting::Alert>(), LiveMeeting::Alert::Warning);
    QCOMPARE(spy.at(3).at(1).toInt(), Minutes);
    QCOMPARE(spy.at(4).at(0).value<LiveMeeting::Alert>(), LiveMeeting::Alert::TimeUp);
    QCOMPARE(spy.at(4).at(1).toInt(), Minutes);
}

void TestLiveMeeting::noAlertsForUntimedItem()
{
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    QSignalSpy spy(&live, &LiveMeeting::alert);
    QVERIFY(live.jumpTo(Questions));
    live.evaluate();

    // Past its default 5 min it just counts up.
    for (int i = 0; i < 600; ++i) {
        clock.advance(Sec);
        live.evaluate();
    }
    QCOMPARE(spy.count(), 0);

    // Given 12 minutes, 2 are left: it warns when 1 is left.
    QVERIFY(live.setPlannedMinutes(Questions, 12));
    live.evaluate();
    QCOMPARE(spy.count(), 0);
    clock.advance(Min);
    live.evaluate();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(1).toInt(), Questions);
}

void TestLiveMeeting::alertsWhenFirstTickIsLate()
{
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    QSignalSpy spy(&live, &LiveMeeting::alert);

    // Welcome starts with 5 min (normal); the first tick comes when 30 s are left: it crossed.
    QVERIFY(live.start());
    clock.advance(4 * Min + 30 * Sec);
    live.evaluate();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<LiveMeeting::Alert>(), LiveMeeting::Alert::Warning);
    QCOMPARE(spy.at(0).at(1).toInt(), Welcome);
}

// ---- undo ----

void TestLiveMeeting::deleteRunningPartMovesToWhatRunsNow()
{
    // Reports runs its parts A (3 min) and B (no duration) in turn; deleting A while it runs
    // leaves B alone, without a duration, so Reports runs as one again: that is where we are.
    Meeting m;
    m.items = {agendaItem(1, QStringLiteral("Welcome"), 5),
               agendaItem(2, QStringLiteral("Reports"), std::nullopt,
                          {agendaItem(3, QStringLiteral("A"), 3), agendaItem(4, QStringLiteral("B"), std::nullopt)}),
               agendaItem(5, QStringLiteral("AOB"), 5)};
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(m);
    QVERIFY(live.start());
    clock.advance(Min);
    QVERIFY(live.next());
    QCOMPARE(live.currentId(), 3);
    clock.advance(Min);
    QVERIFY(live.deleteItem(3));
    QCOMPARE(live.runOrder(), (QList<int> {1, 2, 5}));
    QCOMPARE(live.currentId(), 2);
    QCOMPARE(live.state(2), LiveMeeting::ItemState::Current);
    QCOMPARE(live.state(1), LiveMeeting::ItemState::Done);
    QVERIFY(live.next());
    QCOMPARE(live.currentId(), 5); // on to AOB, not back to the Welcome already done
}

void TestLiveMeeting::undoRaisesNoStaleAlert()
{
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(workshop());
    QSignalSpy alerts(&live, &LiveMeeting::alert);
    QVERIFY(live.start());
    live.evaluate();
    clock.advance(119 * Min + 30 * Sec); // 30 s left of Session one's 120 min: the warning
    live.evaluate();
    clock.advance(90 * Sec); // a minute over: time up
    live.evaluate();
    QCOMPARE(alerts.count(), 2);
    QVERIFY(live.next());
    live.evaluate();
    live.undoStack()->undo(); // back on Session one, still over time: nothing new to announce
    live.evaluate();
    live.undoStack()->redo();
    live.evaluate();
    live.undoStack()->undo();
    live.evaluate();
    QCOMPARE(alerts.count(), 2);
}

void TestLiveMeeting::parentIsPlannedByItsParts()
{
    // The agenda says 20 minutes for the parent, but its parts (5 + 5) are what runs.
    Meeting m;
    m.items = {agendaItem(1, QStringLiteral("Talks"), 20,
                          {agendaItem(2, QStringLiteral("One"), 5), agendaItem(3, QStringLiteral("Two"), 5)})};
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(m);
    QCOMPARE(live.plannedMs(1), 10 * Min);
    QVERIFY(live.setPlannedMinutes(3, 7));
    QCOMPARE(live.plannedMs(1), 12 * Min);
    QCOMPARE(live.plannedEnd().toMSecsSinceEpoch() - clock.nowMs(), 12 * Min); // no scheduled time: from now
}

void TestLiveMeeting::undoRedo_data()
{
    QTest::addColumn<Script>("setup");
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("text");

    const auto row = [](const char *name, void (*setup)(LiveMeeting &, FakeClock &), const QString &text,
                        const Action &action) { QTest::newRow(name) << Script(setup) << action << text; };
    row("start", notStarted, "Start meeting", [](LiveMeeting &m) { return m.start(); });
    row("toggle: start", notStarted, "Start meeting", [](LiveMeeting &m) { return m.togglePause(); });
    row("pause", running, "Pause", [](LiveMeeting &m) { return m.pause(); });
    row("toggle: pause", running, "Pause", [](LiveMeeting &m) { return m.togglePause(); });
    row("resume", paused, "Resume", [](LiveMeeting &m) { return m.resume(); });
    row("toggle: resume", paused, "Resume", [](LiveMeeting &m) { return m.togglePause(); });
    row("next", running, "Next item", [](LiveMeeting &m) { return m.next(); });
    row("next while paused", paused, "Next item", [](LiveMeeting &m) { return m.next(); });
    row("next before start", notStarted, "Start meeting", [](LiveMeeting &m) { return m.next(); });
    row("next on last", onLast, "End meeting", [](LiveMeeting &m) { return m.next(); });
    row("previous", running, "Previous item", [](LiveMeeting &m) { return m.previous(); });
    row("jump", running, "Jump to “Budget”", [](LiveMeeting &m) { return m.jumpTo(Budget); });
    row("jump back", running, "Jump to “Welcome and agenda”", [](LiveMeeting &m) { return m.jumpTo(Welcome); });
    row("jump before start", notStarted, "Jump to “Budget”", [](LiveMeeting &m) { return m.jumpTo(Budget); });
    row("jump to parent", running, "Jump to “Documentation WG”", [](LiveMeeting &m) { return m.jumpTo(Reports); });
    row("+1 min", running, "Add 1 minute", [](LiveMeeting &m) { return m.adjustMinutes(1); });
    row("-1 min", running, "Take off 1 minute", [](LiveMeeting &m) { return m.adjustMinutes(-1); });
    row("+1 min while paused", paused, "Add 1 minute", [](LiveMeeting &m) { return m.adjustMinutes(1); });
    row("restart", running, "Restart “Minutes of the last meeting”", [](LiveMeeting &m) { return m.restartItem(); });
    row("restart while paused", paused, "Restart", [](LiveMeeting &m) { return m.restartItem(); });
    row("skip upcoming", running, "Skip “Budget”", [](LiveMeeting &m) { return m.skip(Budget); });
    row("skip current", running, "Skip “Minutes of the last meeting”", [](LiveMeeting &m) { return m.skip(Minutes); });
    row("skip current last", onLast, "Skip “Any other business”", [](LiveMeeting &m) { return m.skip(Aob); });
    row("skip parent", running, "Skip “Working group reports”", [](LiveMeeting &m) { return m.skip(Reports); });
    row("skip before start", notStarted, "Skip “Welcome and agenda”", [](LiveMeeting &m) { return m.skip(Welcome); });
    row("unskip", budgetSkipped, "Unskip “Budget”", [](LiveMeeting &m) { return m.skip(Budget); });
    row("end", running, "End meeting", [](LiveMeeting &m) { return m.endMeeting(); });
    row("end while paused", paused, "End meeting", [](LiveMeeting &m) { return m.endMeeting(); });
    row("set elapsed of current", running, "Set time of “Minutes of the last meeting”",
        [](LiveMeeting &m) { return m.setElapsed(Minutes, 3 * Min); });
    row("set elapsed of done item", running, "Set time of “Welcome and agenda”",
        [](LiveMeeting &m) { return m.setElapsed(Welcome, 9 * Min); });
    row("set elapsed after end", ended, "Set time of “Minutes of the last meeting”",
        [](LiveMeeting &m) { return m.setElapsed(Minutes, 20 * Min); });
    row("add item", running, "Add “Next date”",
        [](LiveMeeting &m) { return m.addItem(0, 6, QStringLiteral("Next date"), 2) != 0; });
    row("add child", running, "Add “Infra WG”",
        [](LiveMeeting &m) { return m.addItem(Reports, 1, QStringLiteral("Infra WG"), 10) != 0; });
    row("add before start", notStarted, "Add “Roll call”",
        [](LiveMeeting &m) { return m.addItem(0, 0, QStringLiteral("Roll call")) != 0; });
    row("delete upcoming", running, "Delete “Budget”", [](LiveMeeting &m) { return m.deleteItem(Budget); });
    row("delete current", running, "Delete “Minutes of the last meeting”",
        [](LiveMeeting &m) { return m.deleteItem(Minutes); });
    row("delete parent", running, "Delete “Working group reports”",
        [](LiveMeeting &m) { return m.deleteItem(Reports); });
    row("rename", running, "Rename “Budget”",
        [](LiveMeeting &m) { return m.renameItem(Budget, QStringLiteral("Budget 2025")); });
    row("move", running, "Move “Any other business”", [](LiveMeeting &m) { return m.moveItem(Aob, 0, 0); });
    row("move into parent", running, "Move “Budget”", [](LiveMeeting &m) { return m.moveItem(Budget, Reports, 2); });
    row("set minutes", running, "Set duration of “Community questions”",
        [](LiveMeeting &m) { return m.setPlannedMinutes(Questions, 8); });
    row("clear minutes", running, "Set duration of “Budget”",
        [](LiveMeeting &m) { return m.setPlannedMinutes(Budget, std::nullopt); });
}

void TestLiveMeeting::undoRedo()
{
    QFETCH(Script, setup);
    QFETCH(Action, action);
    QFETCH(QString, text);

    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    setup(live, clock);
    clock.advance(20 * Sec);
    QUndoStack *undo = live.undoStack();

    const RunState before = live.run();
    const QList<AgendaItem> itemsBefore = live.meeting().items;
    const QList<int> orderBefore = live.runOrder();
    const int commands = undo->count();
    QVERIFY(action(live));
    QCOMPARE(undo->count(), commands + 1);
    QVERIFY2(undo->undoText().startsWith(text), qPrintable(undo->undoText()));
    const RunState after = live.run();
    const QList<AgendaItem> itemsAfter = live.meeting().items;
    const QList<int> orderAfter = live.runOrder();

    // Undo later gives back exactly the state before; only the clock has moved on meanwhile.
    clock.advance(90 * Sec);
    undo->undo();
    QCOMPARE(live.run(), before);
    QVERIFY(live.meeting().items == itemsBefore);
    QCOMPARE(live.runOrder(), orderBefore);

    // Redo gives back exactly the state after.
    clock.advance(45 * Sec);
    undo->redo();
    QCOMPARE(live.run(), after);
    QVERIFY(live.meeting().items == itemsAfter);
    QCOMPARE(live.runOrder(), orderAfter);
    QCOMPARE(undo->count(), commands + 1);
}

void TestLiveMeeting::undoNextContinuesEarlierItem()
{
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    running(live, clock);

    // Minutes ran 90 s; Next, then 40 s later undo: Minutes is current with 130 s, its run intact.
    QVERIFY(live.next());
    clock.advance(40 * Sec);
    live.undoStack()->undo();
    QCOMPARE(live.currentId(), Minutes);
    QCOMPARE(live.elapsedMs(Minutes), 130 * Sec);
    QCOMPARE(live.remainingMs(), 5 * Min - 130 * Sec);
    QCOMPARE(live.elapsedMs(DocsWg), qint64(0));
    QCOMPARE(live.state(DocsWg), LiveMeeting::ItemState::Upcoming);
    QCOMPARE(live.run().items.value(Minutes).endedAt, qint64(0));
    QVERIFY(!live.run().items.value(Minutes).done);
    // The meeting as a whole never stopped: 4 min + 90 s + 40 s since S.
    QCOMPARE(live.meetingElapsedMs(), 4 * Min + 90 * Sec + 40 * Sec);
}

void TestLiveMeeting::notesAreNotOnUndoStack()
{
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    running(live, clock);
    QSignalSpy notesChanged(&live, &LiveMeeting::notesChanged);
    const int commands = live.undoStack()->count();
    const QString lastText = live.undoStack()->undoText();

    live.setNotes(Minutes, QStringLiteral("Approved without changes."));
    live.setNotes(0, QStringLiteral("Quorum reached."));
    QCOMPARE(notesChanged.count(), 2);
    QCOMPARE(notesChanged.at(0).at(0).toInt(), Minutes);
    QCOMPARE(live.undoStack()->count(), commands);
    QCOMPARE(live.undoStack()->undoText(), lastText);

    // Undoing the last meeting action leaves the notes alone.
    live.undoStack()->undo();
    QCOMPARE(live.notes(Minutes), QStringLiteral("Approved without changes."));
    QCOMPARE(live.notes(0), QStringLiteral("Quorum reached."));

    // Clearing a note removes it; setting the same text again is no change.
    live.setNotes(0, QString());
    QVERIFY(!live.allNotes().contains(0));
    live.setNotes(Minutes, QStringLiteral("Approved without changes."));
    QCOMPARE(notesChanged.count(), 3);
}

void TestLiveMeeting::lineTakenAsADecisionIsOneUndo()
{
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    running(live, clock);
    const QString typed = QStringLiteral("Approved.\n- [10:06] 决定：每两周开一次会\nBudget next time");
    live.setNotes(Minutes, typed);
    QSignalSpy notesChanged(&live, &LiveMeeting::notesChanged);
    QSignalSpy minutesChanged(&live, &LiveMeeting::minutesChanged);
    const int commands = live.undoStack()->count();

    // The second line leaves the notes and is the item's decision, in one command.
    const int id = live.takeDecisionFromNotes(Minutes, 1, 1);
    QCOMPARE(id, 1);
    QCOMPARE(live.notes(Minutes), QStringLiteral("Approved.\nBudget next time"));
    QCOMPARE(live.minutes().decisions.size(), 1);
    QCOMPARE(live.minutes().decisions[0].text, QStringLiteral("每两周开一次会"));
    QCOMPARE(live.minutes().decisions[0].itemId, Minutes);
    QCOMPARE(live.undoStack()->count(), commands + 1);
    QCOMPARE(live.undoStack()->undoText(), QStringLiteral("Take a line of the notes as a decision"));
    QCOMPARE(notesChanged.count(), 1);
    QCOMPARE(notesChanged.at(0).at(0).toInt(), Minutes);
    QCOMPARE(minutesChanged.count(), 1);

    // One undo puts the line back exactly and the decision away; redo takes it out again.
    live.undoStack()->undo();
    QCOMPARE(live.notes(Minutes), typed);
    QVERIFY(live.minutes().decisions.isEmpty());
    QCOMPARE(live.currentId(), Minutes); // the run is untouched
    live.undoStack()->redo();
    QCOMPARE(live.notes(Minutes), QStringLiteral("Approved.\nBudget next time"));
    QCOMPARE(live.minutes().decisions.size(), 1);

    // Typing since is kept: only the line moves.
    live.setNotes(Minutes, QStringLiteral("Approved.\nBudget next time\nTyped after"));
    live.undoStack()->undo();
    QCOMPARE(live.notes(Minutes),
             QStringLiteral("Approved.\n- [10:06] 决定：每两周开一次会\nBudget next time\nTyped after"));
    QVERIFY(live.minutes().decisions.isEmpty());
    live.undoStack()->redo();
    QCOMPARE(live.notes(Minutes), QStringLiteral("Approved.\nBudget next time\nTyped after"));

    // Two lines of the general notes: one decision, said once.
    live.setNotes(0, QStringLiteral("Decision: the chair rotates\n[10:09] every meeting\nQuorum reached."));
    QCOMPARE(live.takeDecisionFromNotes(0, 0, 1), 2);
    QCOMPARE(live.notes(0), QStringLiteral("Quorum reached."));
    QCOMPARE(live.minutes().decisions[1].text, QStringLiteral("the chair rotates every meeting"));
    QCOMPARE(live.minutes().decisions[1].itemId, 0);
    QCOMPARE(live.undoStack()->undoText(), QStringLiteral("Take 2 lines of the notes as a decision"));
}

void TestLiveMeeting::lineThatStatesNothingIsNotTaken()
{
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    const QString typed = QStringLiteral("[10:02] \n决定：\n\nText");
    live.setNotes(Welcome, typed);
    const int commands = live.undoStack()->count();
    QCOMPARE(live.takeDecisionFromNotes(Welcome, 0, 2), 0); // a stamp, a bare prefix, an empty line
    QCOMPARE(live.takeDecisionFromNotes(Welcome, 4, 4), 0); // no fifth line
    QCOMPARE(live.takeDecisionFromNotes(Aob, 0, 0), 0); // no notes at all
    QCOMPARE(live.notes(Welcome), typed);
    QVERIFY(live.minutes().decisions.isEmpty());
    QCOMPARE(live.undoStack()->count(), commands);
}

void TestLiveMeeting::loadClearsUndoHistory()
{
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    running(live, clock);
    QVERIFY(live.undoStack()->count() > 0);

    // Reopening a session restores its run and notes without any history to undo into.
    const RunState run = live.run();
    live.load(committeeMeeting(), run, {{Minutes, QStringLiteral("Draft")}});
    QCOMPARE(live.undoStack()->count(), 0);
    QCOMPARE(live.run(), run);
    QCOMPARE(live.currentId(), Minutes);
    QCOMPARE(live.notes(Minutes), QStringLiteral("Draft"));
    QCOMPARE(live.elapsedMs(Minutes), 90 * Sec);
}

// ---- what the header says of the schedule ----

void TestLiveMeeting::lateStartKeepsThePlannedEnd()
{
    // S = 10:00 at UTC+1 (09:00 UTC); this computer's zone is UTC, so 09:00 here.
    const test::TimeZoneGuard zone("UTC");
    const qint64 s = ScheduledStartMs;
    FakeClock clock(s - 4 * Min - 30 * Sec);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());

    // 09:55:30: four and a half minutes to go, read as "in 5 min"; the plan ends at 11:00.
    QCOMPARE(ScheduleWords::clock(live), QStringLiteral("09:55"));
    QCOMPARE(ScheduleWords::progress(live), QStringLiteral("Starts 10:00 · in 5 min"));
    QCOMPARE(ScheduleWords::plannedEnd(live), QStringLiteral("Planned end 11:00"));
    QCOMPARE(ScheduleWords::standing(live), QStringLiteral("● On time"));

    // 10:05, not started: 5 min late, and the projection (10:05 + 60) 5 min behind.
    clock.setNowMs(s + 5 * Min);
    QCOMPARE(ScheduleWords::progress(live), QStringLiteral("Starts 10:00 · 5 min late"));
    QCOMPARE(ScheduleWords::end(live), QStringLiteral("Projected end 11:05"));
    QCOMPARE(ScheduleWords::standing(live), QStringLiteral("▼ Behind by 5 min"));

    // Started at 10:05: the planned end stays 11:00, and the meeting is 5 min behind it.
    QVERIFY(live.start());
    QCOMPARE(live.plannedEnd().toMSecsSinceEpoch(), s + 60 * Min);
    QCOMPARE(live.behindMs(), 5 * Min);
    QCOMPARE(ScheduleWords::progress(live), QStringLiteral("Elapsed 0 min"));
    QCOMPARE(ScheduleWords::plannedEnd(live), QStringLiteral("Planned end 11:00"));
    QCOMPARE(ScheduleWords::end(live), QStringLiteral("Projected end 11:05"));
    QCOMPARE(ScheduleWords::standing(live), QStringLiteral("▼ Behind by 5 min"));

    // Welcome to plan (5 min) keeps it 5 behind; Minutes 2 min short of its 5 makes up 2.
    clock.advance(5 * Min);
    QVERIFY(live.next());
    QCOMPARE(ScheduleWords::standing(live), QStringLiteral("▼ Behind by 5 min"));
    clock.advance(3 * Min);
    QVERIFY(live.next());
    QCOMPARE(ScheduleWords::progress(live), QStringLiteral("Elapsed 8 min"));
    QCOMPARE(ScheduleWords::standing(live), QStringLiteral("▼ Behind by 3 min"));

    // Reopened the next day, the plan is still the schedule's: the start was its business.
    clock.advance(30LL * 60 * Min);
    QVERIFY(!live.scheduledStartIsNear());
    QCOMPARE(live.plannedEnd().toMSecsSinceEpoch(), s + 60 * Min);
}

void TestLiveMeeting::earlyStartOrRehearsalPlans()
{
    const test::TimeZoneGuard zone("UTC");
    const qint64 s = ScheduledStartMs;
    {
        // Four minutes early: the plan stays 11:00, and the meeting starts 4 min ahead of it.
        FakeClock clock(s - 4 * Min);
        LiveMeeting live(&clock);
        live.load(committeeMeeting());
        QVERIFY(live.start());
        QCOMPARE(live.plannedEnd().toMSecsSinceEpoch(), s + 60 * Min);
        QCOMPARE(ScheduleWords::standing(live), QStringLiteral("▲ Ahead by 4 min"));
    }
    {
        // Two days before, a rehearsal: no schedule to keep, the plan runs from the start.
        FakeClock clock(s - 48 * 60 * Min);
        LiveMeeting live(&clock);
        live.load(committeeMeeting());
        const QString before = ScheduleWords::progress(live);
        QVERIFY2(before.startsWith(QStringLiteral("Not started · scheduled for ")) && before.endsWith(" 10:00"),
                 qPrintable(before));
        QVERIFY(live.start());
        QCOMPARE(live.plannedEnd().toMSecsSinceEpoch(), s - 48 * 60 * Min + 60 * Min);
        QCOMPARE(ScheduleWords::standing(live), QStringLiteral("● On time"));
    }
}

void TestLiveMeeting::endedMeetingSaysHowFarOverOrUnderThePlan()
{
    const test::TimeZoneGuard zone("UTC");
    const qint64 s = ScheduledStartMs;
    {
        // Started on time, ended at 10:10 after Welcome alone: 50 min before the 11:00 plan.
        FakeClock clock(s);
        LiveMeeting live(&clock);
        live.load(committeeMeeting());
        QVERIFY(live.start());
        clock.advance(10 * Min);
        QVERIFY(live.endMeeting());
        QCOMPARE(ScheduleWords::progress(live), QStringLiteral("Ran 10 min"));
        QCOMPARE(ScheduleWords::end(live), QStringLiteral("Ended 10:10"));
        QCOMPARE(ScheduleWords::standing(live), QStringLiteral("▲ 50 min under plan"));
        // An hour later it says the same: an ended meeting does not move.
        clock.advance(60 * Min);
        QCOMPARE(ScheduleWords::standing(live), QStringLiteral("▲ 50 min under plan"));
    }
    // Two 5-minute items, planned 10:00 to 10:10, run from `start` for `each` apiece, to the end.
    Meeting two;
    two.time = committeeMeeting().time;
    two.items = {agendaItem(1, QStringLiteral("One"), 5), agendaItem(2, QStringLiteral("Two"), 5)};
    const auto runTwo = [&two](qint64 start, qint64 each, const std::function<void(const LiveMeeting &)> &check) {
        FakeClock clock(start);
        LiveMeeting live(&clock);
        live.load(two);
        QVERIFY(live.start());
        for (int i = 0; i < 2; ++i) {
            clock.advance(each);
            QVERIFY(live.next());
        }
        QCOMPARE(live.phase(), RunState::Phase::Ended);
        check(live);
    };
    // Started at 10:05, 6 min each: ended 10:17, 7 min past the 10:10 plan.
    runTwo(s + 5 * Min, 6 * Min, [](const LiveMeeting &live) {
        QCOMPARE(ScheduleWords::progress(live), QStringLiteral("Ran 12 min"));
        QCOMPARE(ScheduleWords::plannedEnd(live), QStringLiteral("Planned end 10:10"));
        QCOMPARE(ScheduleWords::end(live), QStringLiteral("Ended 10:17"));
        QCOMPARE(ScheduleWords::standing(live), QStringLiteral("▼ 7 min over plan"));
    });
    // On time and to plan.
    runTwo(s, 5 * Min,
           [](const LiveMeeting &live) { QCOMPARE(ScheduleWords::standing(live), QStringLiteral("● On plan")); });
    QCOMPARE(ScheduleWords::minutes(59 * Min + 59 * Sec), QStringLiteral("59 min"));
    QCOMPARE(ScheduleWords::minutes(65 * Min), QStringLiteral("1 h 5 min"));
}

void TestLiveMeeting::itemsNeverReachedAfterTheEnd()
{
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    // Welcome and Minutes run; Documentation WG starts, then Previous returns to Minutes, which
    // is current when the meeting ends; Budget was skipped.
    QVERIFY(live.start());
    clock.advance(4 * Min);
    QVERIFY(live.next());
    clock.advance(Min);
    QVERIFY(live.next());
    QCOMPARE(live.currentId(), DocsWg);
    clock.advance(Min);
    QVERIFY(live.previous());
    QVERIFY(live.skip(Budget));
    QCOMPARE(live.state(ReleaseWg), LiveMeeting::ItemState::Upcoming);
    QCOMPARE(live.state(Aob), LiveMeeting::ItemState::Upcoming);

    QVERIFY(live.endMeeting());
    QCOMPARE(live.state(Welcome), LiveMeeting::ItemState::Done);
    QCOMPARE(live.state(Minutes), LiveMeeting::ItemState::Done); // current at the end
    QCOMPARE(live.state(DocsWg), LiveMeeting::ItemState::Done); // reached, left part-way
    QCOMPARE(live.state(ReleaseWg), LiveMeeting::ItemState::NotReached);
    QCOMPARE(live.state(Reports), LiveMeeting::ItemState::Done); // one of its parts was reached
    QCOMPARE(live.state(Questions), LiveMeeting::ItemState::NotReached);
    QCOMPARE(live.state(ForumQuestion), LiveMeeting::ItemState::NotReached); // a part of it
    QCOMPARE(live.state(Budget), LiveMeeting::ItemState::Skipped);
    QCOMPARE(live.state(Aob), LiveMeeting::ItemState::NotReached);

    // Undoing the end makes them upcoming again.
    live.undoStack()->undo();
    QCOMPARE(live.state(Minutes), LiveMeeting::ItemState::Current);
    QCOMPARE(live.state(ReleaseWg), LiveMeeting::ItemState::Upcoming);
    QCOMPARE(live.state(Questions), LiveMeeting::ItemState::Upcoming);
}

void TestLiveMeeting::timesAreInTheMeetingsZone_data()
{
    QTest::addColumn<QByteArray>("computerZone");
    QTest::addColumn<bool>("stated");
    QTest::addColumn<int>("offsetSeconds");
    QTest::addColumn<QString>("clock");
    QTest::addColumn<QString>("zone");

    // Now is 08:30 UTC on 2024-03-14 (Berlin is UTC+1 until 31 March; New York, UTC-4 since 10 March).
    QTest::newRow("UTC+1 meeting, UTC computer") << QByteArray("UTC") << true << 3600 << "09:30"
                                                 << "UTC+1 · 08:30 here";
    QTest::newRow("UTC+1 meeting, Berlin computer") << QByteArray("Europe/Berlin") << true << 3600 << "09:30"
                                                    << "UTC+1";
    QTest::newRow("UTC+8 meeting, New York computer") << QByteArray("America/New_York") << true << 8 * 3600 << "16:30"
                                                      << "UTC+8 · 04:30 here";
    QTest::newRow("UTC+5:30 meeting, UTC computer") << QByteArray("UTC") << true << 5 * 3600 + 1800 << "14:00"
                                                    << "UTC+5:30 · 08:30 here";
    QTest::newRow("UTC-5 meeting, UTC computer") << QByteArray("UTC") << true << -5 * 3600 << "03:30"
                                                 << "UTC-5 · 08:30 here";
    QTest::newRow("no zone stated, Shanghai computer") << QByteArray("Asia/Shanghai") << false << 0 << "16:30"
                                                       << "UTC+8";
}

void TestLiveMeeting::timesAreInTheMeetingsZone()
{
    QFETCH(QByteArray, computerZone);
    QFETCH(bool, stated);
    QFETCH(int, offsetSeconds);
    QFETCH(QString, clock);
    QFETCH(QString, zone);

    const test::TimeZoneGuard guard(computerZone.constData());
    Meeting m = committeeMeeting();
    m.time.utcOffsetSeconds = stated ? std::optional<int>(offsetSeconds) : std::nullopt;
    FakeClock fake(ScheduledStartMs - 30 * Min);
    LiveMeeting live(&fake);
    live.load(m);
    QCOMPARE(ScheduleWords::clock(live), clock);
    QCOMPARE(ScheduleWords::zone(live), zone);
    // The scheduled 10:00 and the hour's plan are told in the same zone, wherever the computer is.
    QVERIFY2(ScheduleWords::progress(live).contains(QStringLiteral(" 10:00")),
             qPrintable(ScheduleWords::progress(live)));
    QVERIFY2(ScheduleWords::hardStop(live).contains(QStringLiteral(" 11:00")),
             qPrintable(ScheduleWords::hardStop(live)));
}

void TestLiveMeeting::alertHoldsUntilItsCauseGoes()
{
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    QVERIFY(live.start());
    clock.advance(4 * Min + 30 * Sec); // 30 s left of Welcome's 5 min
    QVERIFY(live.alertHolds(LiveMeeting::Alert::Warning, Welcome));
    QVERIFY(!live.alertHolds(LiveMeeting::Alert::TimeUp, Welcome));

    // A minute more: 1:30 left, no warning any more.
    QVERIFY(live.adjustMinutes(+1));
    QVERIFY(!live.alertHolds(LiveMeeting::Alert::Warning, Welcome));

    // 6:30 of 6 min: time is up, and a warning raised before it still stands (it got worse).
    clock.advance(2 * Min);
    QVERIFY(live.alertHolds(LiveMeeting::Alert::TimeUp, Welcome));
    QVERIFY(live.alertHolds(LiveMeeting::Alert::Warning, Welcome));
    QVERIFY(live.pause());
    QVERIFY(live.alertHolds(LiveMeeting::Alert::TimeUp, Welcome)); // a pause changes nothing
    QVERIFY(live.resume());

    // On to the next item: Welcome's alerts are over.
    QVERIFY(live.next());
    QVERIFY(!live.alertHolds(LiveMeeting::Alert::TimeUp, Welcome));
    QVERIFY(live.endMeeting());
    QVERIFY(!live.alertHolds(LiveMeeting::Alert::TimeUp, Minutes));
}

void TestLiveMeeting::minutesAddedOrTakenAreRealPlurals()
{
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    QVERIFY(live.start());
    QVERIFY(live.adjustMinutes(+1));
    QCOMPARE(live.undoStack()->undoText(), QStringLiteral("Add 1 minute"));
    QVERIFY(live.adjustMinutes(+2));
    QCOMPARE(live.undoStack()->undoText(), QStringLiteral("Add 2 minutes"));
    QVERIFY(live.adjustMinutes(-1));
    QCOMPARE(live.undoStack()->undoText(), QStringLiteral("Take off 1 minute"));
    QVERIFY(live.adjustMinutes(-2));
    QCOMPARE(live.undoStack()->undoText(), QStringLiteral("Take off 2 minutes"));
}

void TestLiveMeeting::hardStopIsPassedToTheMinute()
{
    // Started 40 s late, the hour projects to 11:00:40: the header reads "Projected end 11:00",
    // so it does not say the 11:00 stop is passed. A minute later it is.
    const test::TimeZoneGuard zone("UTC");
    FakeClock clock(ScheduledStartMs + 40 * Sec);
    LiveMeeting live(&clock);
    live.load(committeeMeeting());
    QVERIFY(live.start());
    QCOMPARE(live.projectedEnd().toMSecsSinceEpoch(), ScheduledStartMs + 60 * Min + 40 * Sec);
    QVERIFY(!live.projectionPassesHardStop());
    QCOMPARE(ScheduleWords::end(live), QStringLiteral("Projected end 11:00"));
    QCOMPARE(ScheduleWords::hardStop(live), QStringLiteral("Hard stop 11:00"));
    clock.advance(6 * Min); // Welcome runs 6 of its 5 minutes: 11:01:40
    QVERIFY(live.projectionPassesHardStop());
    QCOMPARE(ScheduleWords::hardStop(live), QStringLiteral("⚠ Runs past the 11:00 hard stop"));
}

QTEST_GUILESS_MAIN(TestLiveMeeting)
#include "tst_livemeeting.moc"
