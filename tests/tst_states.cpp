// What the window says of the meeting's state, read from the real widgets (offscreen): late,
// started late, paused, ended; warnings that go with their cause; plurals; labels; the status
// bar. Expected times are worked out by hand from the community's 2025-12-11 agenda: 20:00 to
// 21:00 at GMT+08:00, items of 10, 15, 15 and 15 minutes (55 planned, so the plan ends 20:55).
// This computer's zone is set to UTC, so 20:00 there is 12:00 here.

#include "fakeclock.h"
#include "mainwindow.h"
#include "meeting/agendamodel.h"
#include "meeting/livemeeting.h"
#include "meetingactions.h"
#include "stagewindow.h"
#include "statusbar.h"
#include "testsupport.h"
#include "timerdisplay.h"
#include "timezoneguard.h"
#include "widgetsupport.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>

#include <memory>

using namespace gavel;

namespace {

constexpr qint64 Sec = 1000;
constexpr qint64 Min = 60 * Sec;

// 2026-11-25 at hh:mm in the meeting's zone, UTC+8.
qint64 meetingTime(int hour, int minute)
{
    return QDateTime(QDate(2026, 11, 25), QTime(hour, minute), Qt::OffsetFromUTC, 8 * 3600).toMSecsSinceEpoch();
}

// A label's visible text shows a mnemonic's "&" as it is when the label has no buddy to give it to.
bool showsMarkup(const QLabel *label)
{
    const QString text = label->text();
    const bool rich
        = label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    if (rich || label->buddy()) {
        return false;
    }
    return QString(text).remove(QStringLiteral("&&")).contains(QLatin1Char('&'));
}

} // namespace

class TestStates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void beforeTheStartTheHeaderSaysHowSoonOrHowLate();
    void localTimeOnlyWhereTheZoneDiffers();
    void lateStartKeepsThePlannedEndAndSaysBehind();
    void endedMeetingSaysWhenAndHowFarFromThePlan();
    void pausedTimerSaysOnlyPaused();
    void wrapUpWarningGoesWhenItsCauseGoes();
    void undoTextsAreRealPlurals();
    void noLabelShowsMnemonicMarkup();
    void statusMessageElidesBeforeTheSaveState();

private:
    template<typename T> T *find(QWidget *window, const char *name) { return test::find<T>(window, name); }
    QString text(const char *label) { return find<QLabel>(m_window.get(), label)->text(); }
    void openAgenda();
    void startLate(); // opened at 19:57, started at 20:05
    void nextAfter(qint64 ms); // the current item runs that long, then Alt+PageDown
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void tick(qint64 ms); // the clock moves on and the tick timer reads it
    QString stateShown(int row);

    std::unique_ptr<test::TimeZoneGuard> m_zone;
    std::unique_ptr<QTemporaryDir> m_home;
    FakeClock m_clock {meetingTime(19, 57)};
    std::unique_ptr<MainWindow> m_window;
};

void TestStates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Text is measured in one font wherever the test runs (offscreen and Xvfb differ otherwise).
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
}

void TestStates::init()
{
    m_zone = std::make_unique<test::TimeZoneGuard>("UTC");
    m_clock.setNowMs(meetingTime(19, 57));
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_window = test::shownMainWindow(&m_clock, m_home->path());
    QVERIFY(m_window);
}

void TestStates::cleanup()
{
    m_window.reset();
    m_home.reset();
    m_zone.reset();
}

void TestStates::openAgenda()
{
    // The community's agenda of 2025-12-11, held on the day the clock says.
    QByteArray agenda = test::readAll(test::corpusFile(QStringLiteral("pfcc-2025/2025-12-11-meeting-agenda.md")));
    QVERIFY(agenda.contains("2025/12/11 20:00-21:00 (GMT+08:00)"));
    agenda.replace("2025/12/11 20:00-21:00", "2026/11/25 20:00-21:00");
    const QString path = m_home->filePath(QStringLiteral("2026-11-25-meeting-agenda.md"));
    QVERIFY(test::writeAll(path, agenda));
    QVERIFY(m_window->openFile(path));
}

void TestStates::startLate()
{
    openAgenda();
    tick(8 * Min);
    key(Qt::Key_F5, Qt::ControlModifier);
    QCOMPARE(m_window->meeting()->phase(), LiveMeeting::Phase::Running);
}

void TestStates::nextAfter(qint64 ms)
{
    tick(ms);
    key(Qt::Key_PageDown, Qt::AltModifier);
}

void TestStates::key(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void TestStates::tick(qint64 ms)
{
    m_clock.advance(ms);
    m_window->meeting()->evaluate();
}

QString TestStates::stateShown(int row)
{
    const QAbstractItemModel *model = find<QTreeView>(m_window.get(), "agendaView")->model();
    return model->index(row, AgendaModel::StateColumn).data().toString();
}

void TestStates::beforeTheStartTheHeaderSaysHowSoonOrHowLate()
{
    openAgenda();
    QCOMPARE(text("wallClock"), QStringLiteral("19:57"));
    QCOMPARE(text("wallClockZone"), QStringLiteral("UTC+8 · 11:57 here"));
    QVERIFY2(text("meetingDetails").contains(QStringLiteral("20:00–21:00 UTC+8")), qPrintable(text("meetingDetails")));
    QCOMPARE(text("elapsedLabel"), QStringLiteral("Starts 20:00 · in 3 min"));
    QCOMPARE(text("plannedEndLabel"), QStringLiteral("Planned end 20:55"));
    QCOMPARE(text("scheduleLabel"), QStringLiteral("● On time"));

    // 20:05 and nobody has pressed F5: five minutes late, and so five behind.
    tick(8 * Min);
    QCOMPARE(text("wallClock"), QStringLiteral("20:05"));
    QCOMPARE(text("wallClockZone"), QStringLiteral("UTC+8 · 12:05 here"));
    QCOMPARE(text("elapsedLabel"), QStringLiteral("Starts 20:00 · 5 min late"));
    QCOMPARE(text("plannedEndLabel"), QStringLiteral("Planned end 20:55"));
    QCOMPARE(text("projectedEndLabel"), QStringLiteral("Projected end 21:00"));
    QCOMPARE(text("scheduleLabel"), QStringLiteral("▼ Behind by 5 min"));
}

void TestStates::localTimeOnlyWhereTheZoneDiffers()
{
    const test::TimeZoneGuard shanghai("Asia/Shanghai"); // UTC+8 all year: the meeting's own
    openAgenda();
    QCOMPARE(text("wallClock"), QStringLiteral("19:57"));
    QCOMPARE(text("wallClockZone"), QStringLiteral("UTC+8"));
}

void TestStates::lateStartKeepsThePlannedEndAndSaysBehind()
{
    startLate();
    // The plan is the schedule's: 20:00 + 55 min. Started 5 min late, the meeting is 5 behind.
    QCOMPARE(text("plannedEndLabel"), QStringLiteral("Planned end 20:55"));
    QCOMPARE(text("projectedEndLabel"), QStringLiteral("Projected end 21:00"));
    QCOMPARE(text("scheduleLabel"), QStringLiteral("▼ Behind by 5 min"));
    QCOMPARE(text("elapsedLabel"), QStringLiteral("Elapsed 0 min"));
    QCOMPARE(text("hardStopLabel"), QStringLiteral("Hard stop 21:00"));

    // The newcomers take 12 of their 10 minutes: 7 behind, and past the 21:00 stop.
    nextAfter(12 * Min);
    QCOMPARE(text("elapsedLabel"), QStringLiteral("Elapsed 12 min"));
    QCOMPARE(text("projectedEndLabel"), QStringLiteral("Projected end 21:02"));
    QCOMPARE(text("scheduleLabel"), QStringLiteral("▼ Behind by 7 min"));
    QCOMPARE(text("hardStopLabel"), QStringLiteral("⚠ Runs past the 21:00 hard stop"));
}

void TestStates::endedMeetingSaysWhenAndHowFarFromThePlan()
{
    startLate(); // 20:05
    nextAfter(12 * Min); // 20:17, the first talk
    nextAfter(15 * Min); // 20:32, the second
    tick(3 * Min);
    key(Qt::Key_F5, Qt::ControlModifier | Qt::ShiftModifier); // ended at 20:35
    QCOMPARE(m_window->meeting()->phase(), LiveMeeting::Phase::Ended);

    // 20:35 against the planned 20:55: 20 minutes under the plan, the last talk never reached.
    QCOMPARE(text("projectedEndLabel"), QStringLiteral("Ended 20:35"));
    QCOMPARE(text("scheduleLabel"), QStringLiteral("▲ 20 min under plan"));
    QCOMPARE(text("elapsedLabel"), QStringLiteral("Ran 30 min"));
    QCOMPARE(text("plannedEndLabel"), QStringLiteral("Planned end 20:55"));
    QCOMPARE(find<TimerDisplay>(m_window.get(), "timerDisplay")->status(),
             QStringLiteral("■ Meeting ended · it ran 30 min"));
    QCOMPARE(stateShown(0), QStringLiteral("✓ Done"));
    QCOMPARE(stateShown(1), QStringLiteral("✓ Done"));
    QCOMPARE(stateShown(2), QStringLiteral("✓ Done")); // current when the meeting ended
    QCOMPARE(stateShown(3), QStringLiteral("Not reached"));

    // Later on, it still says so: nothing of an ended meeting moves with the clock.
    tick(30 * Min);
    QCOMPARE(text("projectedEndLabel"), QStringLiteral("Ended 20:35"));
    QCOMPARE(text("scheduleLabel"), QStringLiteral("▲ 20 min under plan"));
}

void TestStates::pausedTimerSaysOnlyPaused()
{
    openAgenda();
    tick(3 * Min); // 20:00
    key(Qt::Key_F5, Qt::ControlModifier);
    key(Qt::Key_F6);
    QVERIFY(m_window->stageWindow()->isVisible());
    tick(Min);
    QCOMPARE(find<TimerDisplay>(m_window.get(), "timerDisplay")->status(),
             QStringLiteral("▶ On the clock · 10 min planned"));

    key(Qt::Key_F5, Qt::ControlModifier);
    QCOMPARE(m_window->meeting()->phase(), LiveMeeting::Phase::Paused);
    QCOMPARE(find<TimerDisplay>(m_window.get(), "timerDisplay")->status(), QStringLiteral("❚❚ Paused · F5 resumes"));
    QCOMPARE(m_window->stageWindow()->timer()->status(), QStringLiteral("❚❚ Paused")); // no keys for the audience
    QCOMPARE(stateShown(0), QStringLiteral("❚❚ Paused"));

    key(Qt::Key_F5, Qt::ControlModifier);
    QCOMPARE(find<TimerDisplay>(m_window.get(), "timerDisplay")->status(),
             QStringLiteral("▶ On the clock · 10 min planned"));
}

void TestStates::wrapUpWarningGoesWhenItsCauseGoes()
{
    openAgenda();
    tick(3 * Min); // 20:00
    key(Qt::Key_F5, Qt::ControlModifier);
    QStatusBar *bar = m_window->statusBar();
    QLabel *message = find<QLabel>(m_window.get(), "statusMessage");

    // 9:30 of the newcomers' 10 minutes: the warning, in the status bar.
    tick(9 * Min + 30 * Sec);
    QVERIFY2(bar->currentMessage().startsWith(QStringLiteral("Wrap up: under 1 minute left for “新人介绍")),
             qPrintable(bar->currentMessage()));
    QVERIFY(!message->text().isEmpty());

    // A minute more: 1:30 left, no cause for the warning: it goes.
    key(Qt::Key_Equal, Qt::AltModifier);
    QCOMPARE(bar->currentMessage(), QString());
    QCOMPARE(message->text(), QString());

    // 10:30 of 11: the warning again; then past zero, "Time is up", which a pause leaves standing.
    tick(0);
    tick(Min);
    QVERIFY2(bar->currentMessage().startsWith(QStringLiteral("Wrap up")), qPrintable(bar->currentMessage()));
    tick(Min);
    QVERIFY2(bar->currentMessage().startsWith(QStringLiteral("Time is up")), qPrintable(bar->currentMessage()));
    key(Qt::Key_F5, Qt::ControlModifier);
    QVERIFY(bar->currentMessage().startsWith(QStringLiteral("Time is up")));
    key(Qt::Key_F5, Qt::ControlModifier);

    // The next item: the newcomers' time is no longer the matter.
    key(Qt::Key_PageDown, Qt::AltModifier);
    QCOMPARE(bar->currentMessage(), QString());

    // A message of another cause is left alone.
    bar->showMessage(QStringLiteral("Wrote the minutes"), 15000);
    key(Qt::Key_Equal, Qt::AltModifier);
    QCOMPARE(bar->currentMessage(), QStringLiteral("Wrote the minutes"));
}

void TestStates::undoTextsAreRealPlurals()
{
    openAgenda();
    key(Qt::Key_F5, Qt::ControlModifier);
    QAction *undo = m_window->meetingActions()->undo();
    key(Qt::Key_Equal, Qt::AltModifier);
    QCOMPARE(undo->text(), QStringLiteral("Undo Add 1 minute"));
    key(Qt::Key_Minus, Qt::AltModifier);
    QCOMPARE(undo->text(), QStringLiteral("Undo Take off 1 minute"));
    QVERIFY(m_window->meeting()->adjustMinutes(2));
    QCOMPARE(undo->text(), QStringLiteral("Undo Add 2 minutes"));
    QVERIFY(m_window->meeting()->adjustMinutes(-3));
    QCOMPARE(undo->text(), QStringLiteral("Undo Take off 3 minutes"));
}

void TestStates::noLabelShowsMnemonicMarkup()
{
    openAgenda();
    key(Qt::Key_F5, Qt::ControlModifier);
    // Every window the chair opens from the menus, and the stage.
    for (const char *name :
         {"actionPreferences", "actionMinutesWindow", "actionHistory", "actionShortcuts", "actionStage"}) {
        QAction *action = m_window->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        action->trigger();
    }
    int windows = 0;
    int labels = 0;
    QStringList shown;
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (!window->isVisible()) {
            continue;
        }
        ++windows;
        for (const QLabel *label : window->findChildren<QLabel *>()) {
            ++labels;
            if (showsMarkup(label)) {
                shown << QStringLiteral("%1: %2").arg(window->objectName(), label->text());
            }
        }
    }
    QVERIFY2(windows >= 6, qPrintable(QString::number(windows))); // the main window and the five opened
    QVERIFY(labels > 50);
    QVERIFY2(shown.isEmpty(), qPrintable(shown.join(QStringLiteral("; "))));
}

void TestStates::statusMessageElidesBeforeTheSaveState()
{
    openAgenda();
    m_window->resize(1024, 700);
    QTRY_COMPARE(m_window->width(), 1024);
    QLabel *message = find<QLabel>(m_window.get(), "statusMessage");
    QLabel *save = find<QLabel>(m_window.get(), "saveStatus");
    const QString longMessage = QStringLiteral("Read 55 agenda and minutes files of this series in ")
        + m_home->filePath(QStringLiteral("a/very/long/folder/of/the/community/repository/pfcc/meetings/2025"))
        + QStringLiteral(": people they name before this meeting are not marked new");
    m_window->statusBar()->showMessage(longMessage, 10000);
    QTRY_VERIFY(message->width() > 0 && !message->text().isEmpty());

    // Side by side, never one under the other; the save state whole, the message elided.
    const QRect messageRect(message->mapTo(m_window.get(), QPoint(0, 0)), message->size());
    const QRect saveRect(save->mapTo(m_window.get(), QPoint(0, 0)), save->size());
    QVERIFY2(!messageRect.intersects(saveRect),
             qPrintable(QStringLiteral("message %1,%2 %3x%4; save state %5,%6 %7x%8")
                            .arg(messageRect.x())
                            .arg(messageRect.y())
                            .arg(messageRect.width())
                            .arg(messageRect.height())
                            .arg(saveRect.x())
                            .arg(saveRect.y())
                            .arg(saveRect.width())
                            .arg(saveRect.height())));
    QVERIFY(save->width() >= save->sizeHint().width());
    QVERIFY2(message->text().endsWith(QChar(0x2026)), qPrintable(message->text()));
    QVERIFY(message->fontMetrics().horizontalAdvance(message->text()) <= message->contentsRect().width());
    QCOMPARE(message->toolTip(), longMessage);
    QCOMPARE(m_window->statusBar()->currentMessage(), longMessage);

    // A short message is shown whole.
    m_window->statusBar()->showMessage(QStringLiteral("Saved."), 10000);
    QCOMPARE(message->text(), QStringLiteral("Saved."));
    QCOMPARE(message->toolTip(), QString());
}

QTEST_MAIN(TestStates)
#include "tst_states.moc"
