// What a screen reader is told while a meeting runs, counted through QAccessible on the real main
// window with the fake clock: the sample agenda (item 1 "宣布Paddle Frawework Contributor Club成立",
// 5 min; item 2 "每人一句话的自我介绍", 5 min; the invitee "Tao Luo" @luotao1), started at 18:55. The
// words expected are worked out by hand from those minutes, the default 60 s warning and the 5 min
// late grace.

#include "announcer.h"
#include "banner.h"
#include "diskfaults.h"
#include "fakeclock.h"
#include "mainwindow.h"
#include "meeting/livemeeting.h"
#include "stagewindow.h"
#include "storage/sessionstore.h"
#include "testsupport.h"
#include "timerdisplay.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <private/qguiapplication_p.h>
#include <qpa/qplatformaccessibility.h>
#include <qpa/qplatformintegration.h>

#include <memory>

using namespace gavel;

namespace {

constexpr qint64 Sec = 1000;
constexpr qint64 Min = 60 * Sec;

// One accessibility event as a bridge receives it: its type, the object's name and what the
// object says at that moment (an announcer's words, a label's accessible name).
struct Seen
{
    QAccessible::Event type;
    QString object;
    QString said;
};

QList<Seen> *g_seen = nullptr;

void record(QAccessibleEvent *event)
{
    if (!g_seen || !event->object()) {
        return;
    }
    QObject *object = event->object();
    QString said;
    if (event->type() == QAccessible::Focus && event->accessibleInterface()) {
        said = event->accessibleInterface()->text(QAccessible::Name); // a row of a list: the row
    } else if (auto *announcer = qobject_cast<Announcer *>(object)) {
        said = announcer->text();
    } else if (auto *widget = qobject_cast<QWidget *>(object)) {
        said = widget->accessibleName();
    }
    g_seen->append({event->type(), object->objectName(), said});
}

} // namespace

class TestAccessibilityEvents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void runningTimerSaysOneThingASecond_theTimeLeftInWords();
    void wrapUpTimeUpAndNextItemAreEachSpokenOnce();
    void aCheckInIsSpokenWithTheNameAndLateness();
    void aFailedSaveIsSpokenOnce();
    void pauseResumeAndTheEndAreSpoken();
    void openingAMeetingSaysNothing();
    void stageViewIsAWindowAndTheBarTellsItsValueInWords();
    void theMinutesAndTheHistoryAreWindows();
    void headerFiguresAreToldWhenTheKeyboardComes();
    void theAgendaRowMovesOnWithTheMeeting();

private:
    void start();
    // The clock runs `ms` on in the app's own 200 ms ticks.
    void run(qint64 ms);
    QList<Seen> alerts() const;
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    QList<Seen> m_seen;
    QTemporaryDir m_ownHome;
    std::unique_ptr<QTemporaryDir> m_home;
    FakeClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(18, 55)).toMSecsSinceEpoch()};
    std::unique_ptr<MainWindow> m_window;
    QAccessible::UpdateHandler m_previousHandler = nullptr;
};

void TestAccessibilityEvents::initTestCase()
{
    // Updates reach handlers only while accessibility is on, as with a screen reader (as Qt's
    // own accessibility tests switch it on).
    QPlatformAccessibility *platform = QGuiApplicationPrivate::platformIntegration()->accessibility();
    QVERIFY(platform);
    platform->setActive(true);
    g_seen = &m_seen;
    m_previousHandler = QAccessible::installUpdateHandler(record);
    // Preferences and window state in a home of the test's own, run by CTest or by hand; apart
    // from each meeting's GAVEL_HOME, where the disk may be made to fail.
    QVERIFY(m_ownHome.isValid());
    test::keepHomeIn(m_ownHome.path());
}

void TestAccessibilityEvents::cleanupTestCase()
{
    QAccessible::installUpdateHandler(m_previousHandler);
    g_seen = nullptr;
}

void TestAccessibilityEvents::init()
{
    m_clock.setNowMs(QDateTime(QDate(2026, 11, 25), QTime(18, 55)).toMSecsSinceEpoch());
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("GAVEL_HOME", m_home->path().toUtf8());
    m_window = std::make_unique<MainWindow>(&m_clock);
    m_window->setAskForSeries(false);
    m_window->resize(1024, 700);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openFile(QStringLiteral(GAVEL_SOURCE_DIR "/resources/sample/2022-04-14-meeting-agenda.md")));
}

void TestAccessibilityEvents::cleanup()
{
    test::disk::heal();
    if (m_window) {
        m_window->store()->waitForWrites();
    }
    m_window.reset();
    m_seen.clear();
}

void TestAccessibilityEvents::key(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void TestAccessibilityEvents::start()
{
    key(Qt::Key_F5);
    QCOMPARE(m_window->meeting()->phase(), LiveMeeting::Phase::Running);
}

void TestAccessibilityEvents::run(qint64 ms)
{
    for (qint64 done = 0; done < ms; done += 200) {
        m_clock.advance(qMin<qint64>(200, ms - done));
        m_window->meeting()->evaluate();
    }
}

QList<Seen> TestAccessibilityEvents::alerts() const
{
    QList<Seen> found;
    for (const Seen &seen : m_seen) {
        if (seen.type == QAccessible::Alert) {
            found.append(seen);
        }
    }
    return found;
}

void TestAccessibilityEvents::runningTimerSaysOneThingASecond_theTimeLeftInWords()
{
    start();
    m_window->findChild<QAction *>(QStringLiteral("actionStage"))->trigger(); // the stage open too
    QVERIFY(m_window->findChild<StageWindow *>()->isVisible());
    run(45 * Sec + 500); // 45.5 s in: the middle of a second, and the next 30 s pass a whole minute
    // Thirty seconds, tick by tick: every second one event, from the panel's digits, in words.
    // Not even as the minute turns (19:56, and the meeting's first minute) does anything else
    // speak: the header's figures change then, and are told when the keyboard comes to them.
    const QLabel *clock = m_window->findChild<QLabel *>(QStringLiteral("wallClock"));
    const QString clockBefore = clock->text();
    for (int second = 0; second < 30; ++second) {
        m_seen.clear();
        run(Sec);
        QCOMPARE(m_seen.size(), 1);
        QCOMPARE(m_seen.first().type, QAccessible::NameChanged);
        QCOMPARE(m_seen.first().object, QStringLiteral("timerDigits"));
    }
    QVERIFY(clock->text() != clockBefore); // the minute did turn
    // 75.5 s of 5:00 gone: 3:44.5 left, shown (rounded up) as 3:45.
    auto *digits = m_window->findChild<TimerDisplay *>(QStringLiteral("timerDisplay"))
                       ->findChild<QLabel *>(QStringLiteral("timerDigits"));
    QCOMPARE(digits->text(), QStringLiteral("03:45"));
    QCOMPARE(m_seen.first().said, QStringLiteral("3 minutes 45 seconds left"));
    QCOMPARE(digits->accessibleName(), QStringLiteral("3 minutes 45 seconds left"));

    // Past zero, overtime in words: 5:25.5 gone is 25.5 s over, shown as 25.
    run(4 * Min + 10 * Sec);
    QCOMPARE(digits->text(), QStringLiteral("+00:25"));
    QCOMPARE(digits->accessibleName(), QStringLiteral("25 seconds over"));
}

void TestAccessibilityEvents::wrapUpTimeUpAndNextItemAreEachSpokenOnce()
{
    m_seen.clear();
    start();
    QCOMPARE(alerts().size(), 1);
    QCOMPARE(alerts().first().object, QStringLiteral("announcer"));
    QCOMPARE(alerts().first().said, QStringLiteral("Now: 宣布Paddle Frawework Contributor Club成立, 5 minutes"));
    auto *announcer = m_window->findChild<Announcer *>(QStringLiteral("announcer"));
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(announcer);
    QCOMPARE(iface->role(), QAccessible::Notification);
    QCOMPARE(iface->text(QAccessible::Name), announcer->text());
    // Appearing is what Orca speaks for a notification.
    QVERIFY(announcer->isVisible());

    m_seen.clear();
    run(4 * Min + 10 * Sec); // 0:50 left, inside the 60 s warning
    QCOMPARE(alerts().size(), 1);
    QCOMPARE(alerts().first().said,
             QStringLiteral("Wrap up: under 1 minute left for “宣布Paddle Frawework Contributor Club成立”"));
    QCOMPARE(m_window->statusBar()->currentMessage(), alerts().first().said);

    m_seen.clear();
    run(Min); // 10 s over
    QCOMPARE(alerts().size(), 1);
    QCOMPARE(alerts().first().said, QStringLiteral("Time is up for “宣布Paddle Frawework Contributor Club成立”"));

    m_seen.clear();
    run(20 * Sec);
    QCOMPARE(alerts().size(), 0); // said once, not again while it holds

    key(Qt::Key_PageDown, Qt::AltModifier);
    QCOMPARE(alerts().size(), 1);
    QCOMPARE(alerts().first().said, QStringLiteral("Now: 每人一句话的自我介绍, 5 minutes"));
}

void TestAccessibilityEvents::aCheckInIsSpokenWithTheNameAndLateness()
{
    start();
    run(10 * Min + 45 * Sec); // past the 5 min grace: late by 10 whole minutes
    m_seen.clear();
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("rosterFilter"));
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("luotao"));
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(alerts().size(), 1);
    QCOMPARE(alerts().first().said, QStringLiteral("Checked in: Tao Luo, 10 minutes late"));
    // The chair typed on: the focus stayed in the filter.
    QCOMPARE(QApplication::focusWidget(), filter);

    // Undone and checked in again: said again, it is news again.
    m_seen.clear();
    key(Qt::Key_Z, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(alerts().size(), 0);
    QTest::keyClicks(filter, QStringLiteral("luotao"));
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(alerts().size(), 1);
}

void TestAccessibilityEvents::aFailedSaveIsSpokenOnce()
{
    start();
    m_window->store()->waitForWrites();
    m_clock.advance(SessionStore::saveDelayMs);
    m_window->store()->waitForWrites();
    const QString path = m_window->store()->path();

    test::disk::fail(test::disk::Call::Write, ENOSPC, m_home->path());
    m_seen.clear();
    key(Qt::Key_PageDown, Qt::AltModifier);
    m_window->store()->waitForWrites();
    m_clock.advance(SessionStore::saveDelayMs);
    m_window->store()->waitForWrites();
    // A retry fails the same way: nothing new to say.
    m_clock.advance(SessionStore::retryDelayMs);
    m_window->store()->waitForWrites();
    QList<QString> said;
    for (const Seen &seen : alerts()) {
        said.append(seen.said);
    }
    QCOMPARE(said,
             (QList<QString> {QStringLiteral("Now: 每人一句话的自我介绍, 5 minutes"),
                              QStringLiteral("Not saved: the disk is full. Gavel keeps trying.")}));
    // The banner names the file.
    QVERIFY(m_window->findChild<Banner *>(QStringLiteral("saveBanner"))->text().contains(path));
}

void TestAccessibilityEvents::pauseResumeAndTheEndAreSpoken()
{
    start();
    run(2 * Min + 10 * Sec);
    m_seen.clear();
    key(Qt::Key_F5); // pause: 2:50 left
    run(30 * Sec); // paused time does not count
    key(Qt::Key_F5);
    run(Min);
    // The end: 3:40 from the start, the pause included, as the header's "Ran" counts it.
    key(Qt::Key_F5, Qt::ShiftModifier);
    QList<QString> said;
    for (const Seen &seen : alerts()) {
        said.append(seen.said);
    }
    QCOMPARE(said,
             (QList<QString> {QStringLiteral("Paused"), QStringLiteral("Resumed: 2 minutes 50 seconds left"),
                              QStringLiteral("The meeting has ended; it ran 3 minutes 40 seconds")}));
}

void TestAccessibilityEvents::openingAMeetingSaysNothing()
{
    // A meeting under way with someone checked in, opened again from its session.
    start();
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("rosterFilter"));
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("luotao"));
    QTest::keyClick(filter, Qt::Key_Return);
    m_window->store()->waitForWrites();
    m_clock.advance(SessionStore::saveDelayMs);
    m_window->store()->waitForWrites();
    const QString session = m_window->store()->path();
    m_window.reset();
    m_seen.clear();
    m_window = std::make_unique<MainWindow>(&m_clock);
    m_window->setAskForSeries(false);
    m_window->show();
    QVERIFY(m_window->openFile(session));
    QCOMPARE(m_window->meeting()->phase(), LiveMeeting::Phase::Running);
    QCOMPARE(alerts().size(), 0);
}

void TestAccessibilityEvents::stageViewIsAWindowAndTheBarTellsItsValueInWords()
{
    auto *stage = m_window->findChild<StageWindow *>();
    QVERIFY(stage);
    stage->showStage(false);
    QAccessibleInterface *window = QAccessible::queryAccessibleInterface(stage);
    QCOMPARE(window->role(), QAccessible::Window);
    QCOMPARE(window->text(QAccessible::Name), QStringLiteral("Gavel: Stage"));

    start();
    run(30 * Sec); // 30 s of 5:00: a tenth used
    auto *bar = m_window->findChild<TimerDisplay *>(QStringLiteral("timerDisplay"))
                    ->findChild<TimeBar *>(QStringLiteral("timerProgress"));
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(bar);
    QCOMPARE(iface->role(), QAccessible::ProgressBar);
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Time used"));
    QCOMPARE(iface->text(QAccessible::Value), QStringLiteral("10% of the item's time used"));
    QVERIFY(iface->valueInterface());
    QCOMPARE(iface->valueInterface()->currentValue().toInt(), 10);
    QCOMPARE(iface->valueInterface()->maximumValue().toInt(), 100);
}

void TestAccessibilityEvents::theMinutesAndTheHistoryAreWindows()
{
    // Windows of their own, as the main window is: not "fillers" a screen reader skips past.
    m_window->findChild<QAction *>(QStringLiteral("actionMinutesWindow"))->trigger();
    m_window->findChild<QAction *>(QStringLiteral("actionHistory"))->trigger();
    QStringList titles;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->isVisible() || top == m_window.get()) {
            continue;
        }
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(top);
        QVERIFY2(iface->role() == QAccessible::Window || iface->role() == QAccessible::Dialog,
                 qPrintable(top->windowTitle()));
        titles.append(iface->text(QAccessible::Name));
    }
    QVERIFY2(titles.contains(QStringLiteral("Minutes and Next Meeting")),
             qPrintable(titles.join(QStringLiteral(", "))));
    QVERIFY2(std::any_of(titles.cbegin(), titles.cend(),
                         [](const QString &t) { return t.startsWith(QStringLiteral("Attendance History")); }),
             qPrintable(titles.join(QStringLiteral(", "))));
    // The panes inside the main window stay what they are.
    QVERIFY(QAccessible::queryAccessibleInterface(m_window->findChild<Announcer *>())->role()
            == QAccessible::Notification);
}

void TestAccessibilityEvents::headerFiguresAreToldWhenTheKeyboardComes()
{
    start();
    run(2 * Min + 30 * Sec);
    auto *elapsed = m_window->findChild<QLabel *>(QStringLiteral("elapsedLabel"));
    QCOMPARE(elapsed->text(), QStringLiteral("Elapsed 2 min"));
    m_seen.clear();
    run(Min); // the figure shows 3 minutes now, and said nothing of it
    QCOMPARE(elapsed->text(), QStringLiteral("Elapsed 3 min"));
    for (const Seen &seen : std::as_const(m_seen)) {
        QCOMPARE(seen.object, QStringLiteral("timerDigits"));
    }
    QVERIFY(elapsed->accessibleName() != elapsed->text());

    // Reached by Shift+Tab from the planned end beside it: renamed first, then the focus is told,
    // so a screen reader reads what the figure shows.
    m_window->findChild<QLabel *>(QStringLiteral("plannedEndLabel"))->setFocus(Qt::TabFocusReason);
    m_seen.clear();
    key(Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), elapsed);
    int renamed = -1;
    int focused = -1;
    for (int i = 0; i < m_seen.size(); ++i) {
        if (m_seen[i].object == QLatin1String("elapsedLabel")) {
            (m_seen[i].type == QAccessible::NameChanged ? renamed : focused) = i;
        }
    }
    QVERIFY(renamed >= 0);
    QVERIFY(focused > renamed);
    QCOMPARE(m_seen[focused].type, QAccessible::Focus);
    QCOMPARE(m_seen[focused].said, QStringLiteral("Elapsed 3 min"));
}

void TestAccessibilityEvents::theAgendaRowMovesOnWithTheMeeting()
{
    // The chair is in the agenda on the first item (Alt+G) and starts: the keyboard stays on it.
    key(Qt::Key_G, Qt::AltModifier);
    auto *agenda = m_window->findChild<QTreeView *>(QStringLiteral("agendaView"));
    QCOMPARE(QApplication::focusWidget(), agenda);
    start();
    QCOMPARE(agenda->currentIndex().data().toString(), QStringLiteral("1"));
    // Next item: the row goes with the meeting, and is told as the item now running.
    m_seen.clear();
    key(Qt::Key_PageDown, Qt::AltModifier);
    QCOMPARE(agenda->currentIndex().data().toString(), QStringLiteral("2"));
    QStringList rows;
    for (const Seen &seen : std::as_const(m_seen)) {
        if (seen.type == QAccessible::Focus) {
            rows.append(seen.said);
        }
    }
    QVERIFY2(rows.contains(QStringLiteral("2 每人一句话的自我介绍, 5 minutes planned, now")),
             qPrintable(rows.join(QStringLiteral(" | "))));

    // A row the chair chose stays chosen: the fourth item, then Next Item.
    agenda->setCurrentIndex(agenda->model()->index(3, 0));
    const QString chosen = agenda->currentIndex().data().toString();
    key(Qt::Key_PageDown, Qt::AltModifier);
    QCOMPARE(m_window->meeting()->currentId() != 0, true);
    QCOMPARE(agenda->currentIndex().data().toString(), chosen);
}

QTEST_MAIN(TestAccessibilityEvents)
#include "tst_accessibility_events.moc"
