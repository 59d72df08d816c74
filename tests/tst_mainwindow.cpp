// The chair's console on real widgets (offscreen), driven from the keyboard the way a chair
// runs a meeting: what the labels say, what lands on disk, what typing must never do.

#include "agenda/agendaimporter.h"
#include "banner.h"
#include "diskfaults.h"
#include "fakeclock.h"
#include "historywindow.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "meeting/livemeeting.h"
#include "meetingactions.h"
#include "minuteswindow.h"
#include "readingwindow.h"
#include "series/historyloader.h"
#include "stagewindow.h"
#include "storage/sessionfile.h"
#include "storage/sessionstore.h"
#include "storage/settings.h"
#include "testsupport.h"
#include "timerdisplay.h"
#include "timezoneguard.h"
#include "widgetsupport.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDirIterator>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <private/qguiapplication_p.h>
#include <qpa/qplatformaccessibility.h>
#include <qpa/qplatformintegration.h>

#include <libical/ical.h>

#include <memory>

using namespace gavel;
using test::find;

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;
// 2026-11-26 00:00 UTC: 1970 to 2026 is 56 years of 365 days and 14 leap days (1972 ... 2024),
// 20454 days; January to October 2026 another 304, and 25 days of November: day 20783. It is
// later than the 18:55 every test starts at, in any zone.
constexpr qint64 Nov26Utc = 20783 * DayMs;

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensTheSampleAsASession();
    void destroyedWhileRunningWithoutAClose();
    void timerDisplayMovesOnlyWhenTheMeetingRuns();
    void runsTheMeetingFromTheKeyboard();
    void typingInTheNotesChangesNoMeetingState();
    void clickerKeysOnlyWhenNotTyping();
    void warningAndOvertimeAreSaidInWords();
    void meetingUndoHasItsOwnEntries();
    void forgotToStartIsCorrectedInline();
    void stageViewFollowsWithoutTakingFocus();
    void badFileKeepsTheMeeting();
    void howTheAgendaWasReadIsShownBesideTheMeeting();
    void reopeningResumesTheSession();
    void reopeningBeforeTheStartIsSaidInTheStatusBar();
    void checksPeopleInWithTheKeyboardAlone();
    void renamingWhileRunningSurvivesTheTicks();
    void decisionsAndActionsFromTheNotes();
    void ctrlDTakesTheSelectedLinesAsOneDecision();
    void exportNeverOverwritesAFileItDidNotWrite();
    void minutesLayoutIsTheSeriesChoice();
    void exportsGoToTheSeriesFolder();
    void seriesRenamedFromTheHistoryWindow();
    void longCurrentTitleNeverWidensTheMiddle();
    void nextChairsCompleteFromTheRosterAndTheSeries();
    void topicsTypedForNextTimeAreItemsOfTheNextAgenda();
    void openingAnotherFileMidMeetingAsksFirst();
    void quitShortcutClosesTheWindow();
    void menuMnemonicsAreUniqueInEachMenu();
    void fullDiskIsToldAndHealed();
    void failedExportIsToldOnce();
    void vanishedFolderIsMadeAgainOnRequest();
    void damagedSessionOffersAFreshStart();
    void quitWhileRunningIsToldOnReopening();
    void nextMeetingInviteIsMadeNowInThisComputersZone();
    void attendanceExportIsNamedByTheMeetingDate();

private:
    void openSample();
    // The autosave delay passes on the clock and the write in flight lands on disk.
    void letAutosaveRun();
    QString text(const char *label) { return find<QLabel>(m_window.get(), label)->text(); }
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    const QString m_sample = test::sampleAgenda();
    std::unique_ptr<QTemporaryDir> m_home;
    FakeClock m_clock {test::testStartMs()};
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_clock.setNowMs(test::testStartMs()); // each test starts at 18:55
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_window = test::showConsole(&m_clock, *m_home);
    QVERIFY(m_window);
}

void TestMainWindow::cleanup()
{
    test::disk::heal();
    m_window.reset();
    m_home.reset();
}

void TestMainWindow::openSample()
{
    QVERIFY(m_window->openFile(m_sample));
}

void TestMainWindow::letAutosaveRun()
{
    m_window->store()->waitForWrites(); // a write in flight lands, and the next is scheduled
    m_clock.advance(SessionStore::saveDelayMs);
    m_window->store()->waitForWrites();
}

void TestMainWindow::key(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void TestMainWindow::opensTheSampleAsASession()
{
    QVERIFY(find<QLabel>(m_window.get(), "emptyState")->isVisible());
    openSample();
    QCOMPARE(text("meetingTitle"), QStringLiteral("Paddle Frawework Contributor Club 第一次会议"));
    QVERIFY2(text("meetingDetails").contains(QStringLiteral("Chair: 张军 (@jzhang533)")),
             qPrintable(text("meetingDetails")));
    QCOMPARE(text("currentTitle"), QStringLiteral("宣布Paddle Frawework Contributor Club成立"));
    QCOMPARE(find<TimerDisplay>(m_window.get(), "timerDisplay")->digits(), QStringLiteral("05:00"));
    QCOMPARE(find<QTreeView>(m_window.get(), "agendaView")->model()->rowCount(), 6);
    // 21 invitees + chair + vice-chair; the four speakers of item 4 are invitees already.
    QCOMPARE(text("rosterCounts"), QStringLiteral("0 present of 23 expected · 0 late · 0 new ★"));

    // The session lives in its series and on the agenda's date; opening writes nothing.
    const QString path = m_home->filePath(QStringLiteral("Paddle Frawework Contributor Club/2022-04-14/session.json"));
    QCOMPARE(m_window->store()->path(), path);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(text("saveStatus"),
             QStringLiteral("New session · saved at the first change · Paddle Frawework Contributor Club/2022-04-14"));

    // The first change puts it on disk.
    key(Qt::Key_F5);
    letAutosaveRun();
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(text("saveStatus"), QStringLiteral("Saved 18:55 · Paddle Frawework Contributor Club/2022-04-14"));
}

void TestMainWindow::runsTheMeetingFromTheKeyboard()
{
    openSample();
    key(Qt::Key_F5); // start
    QCOMPARE(m_window->meeting()->phase(), LiveMeeting::Phase::Running);
    QCOMPARE(text("elapsedLabel"), QStringLiteral("Elapsed 0 min"));

    m_clock.advance(90 * 1000);
    m_window->meeting()->evaluate(); // what the tick timer does: read the clock, repaint
    QCOMPARE(find<TimerDisplay>(m_window.get(), "timerDisplay")->digits(), QStringLiteral("03:30"));
    QCOMPARE(text("elapsedLabel"), QStringLiteral("Elapsed 1 min"));

    key(Qt::Key_PageDown, Qt::AltModifier); // next
    QCOMPARE(text("currentTitle"), QStringLiteral("每人一句话的自我介绍"));
    QCOMPARE(find<TimerDisplay>(m_window.get(), "timerDisplay")->digits(), QStringLiteral("05:00"));
    // Item 1 was planned at 5 min and took 1:30: the meeting runs 3:30 ahead, rounded to 4 min.
    QCOMPARE(text("scheduleLabel"), QStringLiteral("▲ Ahead by 4 min"));

    key(Qt::Key_Equal, Qt::AltModifier); // a minute more
    QCOMPARE(find<TimerDisplay>(m_window.get(), "timerDisplay")->digits(), QStringLiteral("06:00"));
    key(Qt::Key_Minus, Qt::AltModifier);
    key(Qt::Key_Minus, Qt::AltModifier);
    QCOMPARE(find<TimerDisplay>(m_window.get(), "timerDisplay")->digits(), QStringLiteral("04:00"));

    key(Qt::Key_F5); // pause
    QCOMPARE(m_window->meeting()->phase(), LiveMeeting::Phase::Paused);
    m_clock.advance(60 * 1000);
    m_window->meeting()->evaluate();
    QCOMPARE(find<TimerDisplay>(m_window.get(), "timerDisplay")->digits(), QStringLiteral("04:00"));
    QVERIFY(find<TimerDisplay>(m_window.get(), "timerDisplay")->status().startsWith(QStringLiteral("❚❚ Paused")));
    key(Qt::Key_F5); // resume

    key(Qt::Key_PageUp, Qt::AltModifier); // back to item 1
    QCOMPARE(text("currentTitle"), QStringLiteral("宣布Paddle Frawework Contributor Club成立"));
    key(Qt::Key_F5, Qt::ShiftModifier); // end
    QCOMPARE(m_window->meeting()->phase(), LiveMeeting::Phase::Ended);
    QCOMPARE(text("currentTitle"), QStringLiteral("The meeting has ended"));

    // On disk after the autosave delay, as ended.
    letAutosaveRun();
    QVERIFY(!m_window->store()->hasUnsavedChanges());
    SessionData saved;
    QString error;
    QVERIFY2(sessionfile::load(m_window->store()->path(), &saved, &error), qPrintable(error));
    QCOMPARE(saved.run.phase, RunState::Phase::Ended);
}

void TestMainWindow::typingInTheNotesChangesNoMeetingState()
{
    openSample();
    key(Qt::Key_F5);
    auto *notes = find<QPlainTextEdit>(m_window.get(), "notesEdit");
    notes->setFocus();
    QVERIFY(notes->hasFocus());
    const RunState before = m_window->meeting()->run();
    const int undoCount = m_window->meeting()->undoStack()->count();

    // Letters, digits, spaces, punctuation, Return, and the clicker's keys: all are text here.
    QTest::keyClicks(notes, QStringLiteral("Decided: ship v2.3 on Friday = yes - no +1 min"));
    QTest::keyClick(notes, Qt::Key_Return);
    QTest::keyClick(notes, Qt::Key_PageDown);
    QTest::keyClick(notes, Qt::Key_PageUp);
    QTest::keyClick(notes, Qt::Key_F5);
    QTest::keyClick(notes, Qt::Key_F5, Qt::ShiftModifier);
    QTest::keyClick(notes, Qt::Key_Space);
    QTest::keyClicks(notes, QStringLiteral("n p s"));

    QCOMPARE(m_window->meeting()->run(), before);
    QCOMPARE(m_window->meeting()->undoStack()->count(), undoCount);
    // PageUp moved the cursor to the top of the text, as in any editor; the rest went in there.
    QCOMPARE(notes->toPlainText(), QStringLiteral(" n p sDecided: ship v2.3 on Friday = yes - no +1 min\n"));
    QCOMPARE(m_window->meeting()->notes(m_window->meeting()->currentId()), notes->toPlainText());

    // The note is on disk after the autosave delay.
    letAutosaveRun();
    QVERIFY(test::readAll(m_window->store()->path()).contains("Decided: ship v2.3 on Friday"));

    // The chords still work while the chair is typing: that is what they are for.
    QTest::keyClick(notes, Qt::Key_PageDown, Qt::AltModifier);
    QCOMPARE(text("currentTitle"), QStringLiteral("每人一句话的自我介绍"));
    QCOMPARE(notes->toPlainText(), QString()); // the notes follow the new current item
}

void TestMainWindow::clickerKeysOnlyWhenNotTyping()
{
    openSample();
    auto *agenda = find<QTreeView>(m_window.get(), "agendaView");
    agenda->setFocus();
    QTest::keyClick(agenda, Qt::Key_PageDown); // a presenter clicker: starts, as Next does before the start
    QCOMPARE(m_window->meeting()->phase(), LiveMeeting::Phase::Running);
    QTest::keyClick(agenda, Qt::Key_PageDown);
    QCOMPARE(text("currentTitle"), QStringLiteral("每人一句话的自我介绍"));
    QTest::keyClick(agenda, Qt::Key_PageUp);
    QCOMPARE(text("currentTitle"), QStringLiteral("宣布Paddle Frawework Contributor Club成立"));
}

void TestMainWindow::warningAndOvertimeAreSaidInWords()
{
    // Updates reach handlers only while accessibility is on, as with a screen reader; Qt's own
    // accessibility tests switch it on through the platform integration the same way.
    QPlatformAccessibility *platform = QGuiApplicationPrivate::platformIntegration()->accessibility();
    QVERIFY(platform);
    platform->setActive(true);
    QList<QAccessible::Event> events;
    static QList<QAccessible::Event> *sink = nullptr;
    sink = &events;
    QAccessible::UpdateHandler previous = QAccessible::installUpdateHandler([](QAccessibleEvent *event) {
        // The state's words on the timer, and the moment spoken by the announcer.
        const QString name = event->object() ? event->object()->objectName() : QString();
        if (sink && (name == QLatin1String("timerStatus") || name == QLatin1String("announcer"))) {
            sink->append(event->type());
        }
    });

    openSample();
    key(Qt::Key_F5);
    auto *timer = find<TimerDisplay>(m_window.get(), "timerDisplay");
    events.clear();
    m_clock.advance(4 * 60 * 1000 + 30 * 1000); // 0:30 left of 5:00, inside the default 60 s warning
    m_window->meeting()->evaluate();
    QCOMPARE(timer->digits(), QStringLiteral("00:30"));
    QVERIFY2(timer->status().startsWith(QStringLiteral("⚠ Wrap up")), qPrintable(timer->status()));
    QVERIFY(events.contains(QAccessible::NameChanged));
    QVERIFY(events.contains(QAccessible::Alert));

    events.clear();
    m_clock.advance(45 * 1000); // 15 s over
    m_window->meeting()->evaluate();
    QCOMPARE(timer->digits(), QStringLiteral("+00:15"));
    QVERIFY2(timer->status().startsWith(QStringLiteral("‼ Time is up")), qPrintable(timer->status()));
    QVERIFY(events.contains(QAccessible::Alert));

    QAccessible::installUpdateHandler(previous);
    platform->setActive(false);
    sink = nullptr;
}

void TestMainWindow::meetingUndoHasItsOwnEntries()
{
    openSample();
    key(Qt::Key_F5);
    key(Qt::Key_PageDown, Qt::AltModifier);
    QAction *undo = m_window->meetingActions()->undo();
    QCOMPARE(undo->text(), QStringLiteral("Undo Next item"));
    QCOMPARE(undo->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z));
    key(Qt::Key_Z, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(text("currentTitle"), QStringLiteral("宣布Paddle Frawework Contributor Club成立"));
    QCOMPARE(undo->text(), QStringLiteral("Undo Start meeting"));
    key(Qt::Key_Z, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(text("currentTitle"), QStringLiteral("每人一句话的自我介绍"));
}

void TestMainWindow::forgotToStartIsCorrectedInline()
{
    openSample();
    key(Qt::Key_F5);
    m_clock.advance(10 * 1000);
    // The chair started three minutes late: Meeting > Set Time So Far, type it, Return.
    m_window->findChild<QAction *>(QStringLiteral("actionSetElapsed"))->trigger();
    auto *edit = find<QTimeEdit>(m_window.get(), "elapsedEdit");
    QVERIFY(edit->isVisible());
    QCOMPARE(edit->time(), QTime(0, 0, 10));
    edit->setTime(QTime(0, 3, 10));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(!edit->isVisible());
    m_window->meeting()->evaluate();
    QCOMPARE(find<TimerDisplay>(m_window.get(), "timerDisplay")->digits(), QStringLiteral("01:50"));
    QCOMPARE(text("elapsedLabel"), QStringLiteral("Elapsed 3 min"));
    QCOMPARE(m_window->meetingActions()->undo()->text(),
             QStringLiteral("Undo Set time of “宣布Paddle Frawework Contributor…”"));
}

void TestMainWindow::stageViewFollowsWithoutTakingFocus()
{
    openSample();
    auto *notes = find<QPlainTextEdit>(m_window.get(), "notesEdit");
    notes->setFocus();
    key(Qt::Key_F6);
    StageWindow *stage = m_window->stageWindow();
    QVERIFY(stage->isVisible());
    QVERIFY(stage->testAttribute(Qt::WA_ShowWithoutActivating));
    QCOMPARE(QApplication::focusWidget(), notes);

    key(Qt::Key_F5, Qt::ControlModifier); // the chord: the notes have the focus, so plain F5 is theirs
    m_clock.advance(20 * 1000);
    m_window->meeting()->evaluate();
    QCOMPARE(stage->timer()->digits(), QStringLiteral("04:40"));
    QCOMPARE(stage->findChild<QLabel *>(QStringLiteral("stageTitle"))->text(),
             QStringLiteral("宣布Paddle Frawework Contributor Club成立"));
    QCOMPARE(stage->findChild<QLabel *>(QStringLiteral("stageNext"))->text(),
             QStringLiteral("Next: 每人一句话的自我介绍"));

    // The meeting's chords work from the stage window too.
    QTest::keyClick(stage, Qt::Key_PageDown, Qt::AltModifier);
    QCOMPARE(stage->findChild<QLabel *>(QStringLiteral("stageTitle"))->text(), QStringLiteral("每人一句话的自我介绍"));

    const RunState before = m_window->meeting()->run();
    stage->close();
    QVERIFY(!stage->isVisible());
    QCOMPARE(m_window->meeting()->run(), before);
}

void TestMainWindow::badFileKeepsTheMeeting()
{
    openSample();
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("broken.md"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\x89PNG\r\n\x1a\n\0\0\0", 11);
    file.close();

    QVERIFY(!m_window->openFile(bad));
    auto *banner = find<Banner>(m_window.get(), "banner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(bad) && banner->text().contains(QStringLiteral("binary data")),
             qPrintable(banner->text()));
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QCOMPARE(text("meetingTitle"), QStringLiteral("Paddle Frawework Contributor Club 第一次会议"));
}

void TestMainWindow::howTheAgendaWasReadIsShownBesideTheMeeting()
{
    // Agenda > How It Was Read: what --print-agenda --explain says, in a window that does not
    // stop the meeting. The sample is PFCC's first agenda: a "# 会议议程" list of six items, the
    // last with three untimed topics under it, and 21 invitees after its 参会 label.
    QCOMPARE(interfacelanguage::use(QString::fromLatin1(interfacelanguage::English)),
             QString::fromLatin1(interfacelanguage::English)); // its plurals: "6 items"
    const auto english = qScopeGuard([] { interfacelanguage::use(QString::fromLatin1(interfacelanguage::English)); });
    openSample();
    key(Qt::Key_F5);
    QVERIFY(m_window->meeting()->isActive());
    m_window->findChild<QAction *>(QStringLiteral("actionHowRead"))->trigger();
    auto *reading = m_window->findChild<ReadingWindow *>(QStringLiteral("readingWindow"));
    QVERIFY(reading);
    QVERIFY(reading->isVisible());
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    const QStringList lines = reading->text().split(QLatin1Char('\n'));
    QVERIFY2(lines.contains(QStringLiteral("items: the section under “# 会议议程”: 6 items from its list")),
             qPrintable(reading->text()));
    QVERIFY(lines.contains(QStringLiteral("start: the line “本次会议时间: 2022-4-14 19：00” (a time label)")));
    QVERIFY(lines.contains(
        QStringLiteral("roster: 21 names under the label “本次拟参会Paddle Framework Contributor列表：”")));
    QVERIFY(lines.contains(QStringLiteral(
        "description: the sub-entries of “确定下次会议的主席与副主席，以及召开时间 和 部分议题预告” carry "
        "no duration and no speaker, so they are what the item is about, not timed parts")));

    // Asked again in Chinese: the file is read again, in the interface's words.
    interfacelanguage::use(QString::fromLatin1(interfacelanguage::SimplifiedChinese));
    m_window->findChild<QAction *>(QStringLiteral("actionHowRead"))->trigger();
    QVERIFY2(reading->text()
                 .split(QLatin1Char('\n'))
                 .contains(QStringLiteral("items: “# 会议议程” 下的部分：来自其列表的 6 个议题")),
             qPrintable(reading->text()));
    QCOMPARE(reading->windowTitle(), QStringLiteral("议程读取说明"));
    interfacelanguage::use(QString::fromLatin1(interfacelanguage::English));

    // The meeting's keys still reach the meeting.
    const int before = m_window->meeting()->currentId();
    m_window->activateWindow();
    key(Qt::Key_PageDown, Qt::AltModifier);
    QVERIFY(m_window->meeting()->currentId() != before);
    // Escape in the window closes it.
    reading->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(reading));
    const QPointer<ReadingWindow> open(reading);
    QTest::keyClick(reading, Qt::Key_Escape);
    QTRY_VERIFY(!open || !open->isVisible());
}

void TestMainWindow::reopeningResumesTheSession()
{
    openSample();
    key(Qt::Key_F5);
    key(Qt::Key_PageDown, Qt::AltModifier);
    m_clock.advance(30 * 1000);
    QVERIFY(m_window->store()->saveNow());
    const QString path = m_window->store()->path();

    // A new window, as after a restart, opening the same agenda: it resumes, not restarts.
    m_window.reset();
    m_clock.advance(10 * 1000);
    m_window = std::make_unique<MainWindow>(&m_clock);
    m_window->setAskForSeries(false);
    m_window->show();
    openSample();
    QCOMPARE(m_window->store()->path(), path);
    QCOMPARE(m_window->meeting()->phase(), LiveMeeting::Phase::Running);
    QCOMPARE(text("currentTitle"), QStringLiteral("每人一句话的自我介绍"));
    QCOMPARE(find<TimerDisplay>(m_window.get(), "timerDisplay")->digits(), QStringLiteral("04:20"));
    QVERIFY(find<Banner>(m_window.get(), "banner")->text().contains(QStringLiteral("resumed")));
}

void TestMainWindow::checksPeopleInWithTheKeyboardAlone()
{
    openSample();
    auto *filter = find<QLineEdit>(m_window.get(), "rosterFilter");
    auto *list = find<QTableView>(m_window.get(), "rosterView");
    const auto status = [this](const QString &handle) {
        for (const Attendee &a : m_window->meeting()->attendees()) {
            if (a.github == handle) {
                return a.status;
            }
        }
        return Attendee::Status::Absent;
    };

    key(Qt::Key_R, Qt::AltModifier); // Go to the roster
    QCOMPARE(QApplication::focusWidget(), filter);
    QTest::keyClicks(filter, QStringLiteral("luo"));
    QCOMPARE(list->model()->rowCount(), 1); // Tao Luo (@luotao1)
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(status(QStringLiteral("luotao1")), Attendee::Status::Present);
    QCOMPARE(filter->text(), QString()); // ready for the next name
    QCOMPARE(text("rosterCounts"), QStringLiteral("1 present of 23 expected · 0 late · 1 new ★"));

    // Down into the list, Space toggles: in, then out again.
    QTest::keyClicks(filter, QStringLiteral("@sigure"));
    QTest::keyClick(filter, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), list);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(status(QStringLiteral("SigureMo")), Attendee::Status::Present);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(status(QStringLiteral("SigureMo")), Attendee::Status::Expected);
    // Page keys page the list; they do not move the meeting on from here.
    QTest::keyClick(list, Qt::Key_PageDown);
    QCOMPARE(m_window->meeting()->phase(), LiveMeeting::Phase::NotStarted);

    // Someone not on the roster: Enter adds the walk-in.
    QTest::keyClick(list, Qt::Key_Up); // back to the filter
    QCOMPARE(QApplication::focusWidget(), filter);
    filter->clear();
    // Chinese is typed through an input method; its committed text arrives as one insert.
    filter->insert(QStringLiteral("王五 @wangwu-demo"));
    QVERIFY(find<QLabel>(m_window.get(), "walkInHint")->isVisible());
    QTest::keyClick(filter, Qt::Key_Return);
    const Attendee &walkIn = m_window->meeting()->attendees().last();
    QCOMPARE(walkIn.name, QStringLiteral("王五"));
    QCOMPARE(walkIn.github, QStringLiteral("wangwu-demo"));
    QCOMPARE(walkIn.source, Attendee::Source::WalkIn);
    QCOMPARE(walkIn.status, Attendee::Status::Present);

    // After the start plus the 5-minute grace, a check-in is late. The filter has the focus,
    // so plain F5 would be the line edit's: the chord starts the meeting from anywhere.
    key(Qt::Key_F5);
    QCOMPARE(m_window->meeting()->phase(), LiveMeeting::Phase::NotStarted);
    key(Qt::Key_F5, Qt::ControlModifier);
    QCOMPARE(m_window->meeting()->phase(), LiveMeeting::Phase::Running);
    m_clock.advance(6 * 60 * 1000 + 30 * 1000);
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("greatv"));
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(status(QStringLiteral("greatv")), Attendee::Status::Late);
    QVERIFY2(text("rosterCounts").startsWith(QStringLiteral("3 present of 24 expected · 1 late")),
             qPrintable(text("rosterCounts")));

    // Enter on someone already here says so, and checks in nobody else.
    const int undoCount = m_window->meeting()->undoStack()->count();
    QTest::keyClicks(filter, QStringLiteral("greatv"));
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(text("walkInHint"), QStringLiteral("Already checked in: greatv"));
    QCOMPARE(m_window->meeting()->undoStack()->count(), undoCount);

    // A row picked in the list before typing does not decide whom Enter means: the top match does.
    filter->clear();
    QTest::keyClick(filter, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Down); // the chair had moved down the list
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClicks(list, QStringLiteral("chen")); // letters typed in the list go on in the filter
    QCOMPARE(QApplication::focusWidget(), filter);
    QTest::keyClick(filter, Qt::Key_Return);
    // "chen" matches TCChenlong (third on the roster) before chenyanlann: the top match.
    QCOMPARE(status(QStringLiteral("TCChenlong")), Attendee::Status::Late);
    QCOMPARE(status(QStringLiteral("chenyanlann")), Attendee::Status::Expected);

    // A pasted list from the chat: two known people, one link, one newcomer.
    auto *toggle = find<QPushButton>(m_window.get(), "pasteToggle");
    toggle->setFocus();
    QTest::keyClick(toggle, Qt::Key_Space);
    auto *paste = find<QPlainTextEdit>(m_window.get(), "pasteEdit");
    QCOMPARE(QApplication::focusWidget(), paste);
    QGuiApplication::clipboard()->setText(QStringLiteral("@unseenme、jinyouzhi, https://github.com/thunder95 李雷"));
    QTest::keyClick(paste, Qt::Key_V, Qt::ControlModifier);
    QTest::keyClick(paste, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(text("pasteResult"),
             QStringLiteral("Checked in 3: unseenme, jinyouzhi, thunder95\nAdded as walk-ins 1: 李雷"));
    QCOMPARE(status(QStringLiteral("thunder95")), Attendee::Status::Late);

    // Each of these is one meeting command: undo takes the pasted list back in one step.
    QCOMPARE(m_window->meetingActions()->undo()->text(), QStringLiteral("Undo Check in 4 people"));
    key(Qt::Key_Z, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(status(QStringLiteral("thunder95")), Attendee::Status::Expected);

    // All of it is on disk within two seconds.
    letAutosaveRun();
    QVERIFY(test::readAll(m_window->store()->path()).contains("\"wangwu-demo\""));
}

void TestMainWindow::decisionsAndActionsFromTheNotes()
{
    openSample();
    key(Qt::Key_F5);
    auto *notes = find<QPlainTextEdit>(m_window.get(), "notesEdit");
    notes->setFocus();
    QTest::keyClick(notes, Qt::Key_T, Qt::ControlModifier); // a time stamp: the clock says 18:55
    QTest::keyClicks(notes, QStringLiteral("PFCC is founded"));
    QTest::keyClick(notes, Qt::Key_Return);
    QTest::keyClicks(notes, QStringLiteral("second line"));
    const QString typed = QStringLiteral("[18:55] PFCC is founded\nsecond line");
    QCOMPARE(notes->toPlainText(), typed);
    const int current = m_window->meeting()->currentId();

    // Ctrl+D on the first line moves it, without its time stamp, into the item's decisions.
    QTest::keyClick(notes, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(notes, Qt::Key_Right); // anywhere in the line
    QTest::keyClick(notes, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(notes->toPlainText(), QStringLiteral("second line"));
    QCOMPARE(m_window->meeting()->notes(current), QStringLiteral("second line"));
    QCOMPARE(m_window->meeting()->minutes().decisions.size(), 1);
    QCOMPARE(m_window->meeting()->minutes().decisions[0].text, QStringLiteral("PFCC is founded"));
    QCOMPARE(m_window->meeting()->minutes().decisions[0].itemId, current);
    auto *entry = find<QLineEdit>(m_window.get(), "entryText");
    QVERIFY(!entry->isVisible()); // nothing to type
    QCOMPARE(QApplication::focusWidget(), notes);
    auto *list = find<QTreeWidget>(m_window.get(), "itemDecisions");
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("PFCC is founded"));

    // One meeting undo puts the line back as it was and the decision away; redo again.
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("actionMeetingUndo"))->text(),
             QStringLiteral("Undo Take a line of the notes as a decision"));
    key(Qt::Key_Z, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(notes->toPlainText(), typed);
    QCOMPARE(m_window->meeting()->notes(current), typed);
    QCOMPARE(m_window->meeting()->minutes().decisions.size(), 0);
    QTRY_COMPARE(list->topLevelItemCount(), 0);
    key(Qt::Key_Z, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(notes->toPlainText(), QStringLiteral("second line"));
    QCOMPARE(m_window->meeting()->minutes().decisions.size(), 1);
    QCOMPARE(m_window->meeting()->minutes().decisions[0].text, QStringLiteral("PFCC is founded"));

    // On an empty line Ctrl+D opens the entry bar; Enter records what is typed there.
    QTest::keyClick(notes, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(notes, Qt::Key_Return);
    QTest::keyClick(notes, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), entry);
    QCOMPARE(entry->text(), QString());
    QTest::keyClicks(entry, QStringLiteral("Meetings every two weeks"));
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), notes); // back to typing
    QCOMPARE(notes->toPlainText(), QStringLiteral("second line\n"));
    QCOMPARE(m_window->meeting()->minutes().decisions.size(), 2);
    QCOMPARE(m_window->meeting()->minutes().decisions[1].text, QStringLiteral("Meetings every two weeks"));
    QCOMPARE(m_window->meeting()->minutes().decisions[1].itemId, current);

    // Ctrl+Shift+A: an action with an owner from the roster and a due date.
    QTest::keyClick(notes, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClicks(entry, QStringLiteral("Write the contributor guide"));
    QTest::keyClick(entry, Qt::Key_Tab);
    auto *owner = find<QLineEdit>(m_window.get(), "entryOwner");
    QCOMPARE(QApplication::focusWidget(), owner);
    QTest::keyClicks(owner, QStringLiteral("luo"));
    // The roster completes it: Down picks the suggestion, Return takes it, as in any completer.
    QTRY_VERIFY(owner->completer()->popup()->isVisible());
    QTest::keyClick(owner->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(owner->completer()->popup(), Qt::Key_Return);
    QCOMPARE(owner->text(), QStringLiteral("Tao Luo @luotao1"));
    find<QCheckBox>(m_window.get(), "entryHasDue")->setChecked(true);
    find<QDateEdit>(m_window.get(), "entryDue")->setDate(QDate(2026, 12, 9));
    owner->setFocus();
    QTest::keyClick(owner, Qt::Key_Return);
    QCOMPARE(m_window->meeting()->minutes().actions.size(), 1);
    const ActionItem action = m_window->meeting()->minutes().actions[0];
    QCOMPARE(action.text, QStringLiteral("Write the contributor guide"));
    QCOMPARE(action.owner, QStringLiteral("Tao Luo"));
    QCOMPARE(action.ownerGithub, QStringLiteral("luotao1"));
    QCOMPARE(action.due, QDate(2026, 12, 9));

    // Listed under the item's notes; Delete removes one, meeting undo brings it back.
    QTRY_COMPARE(list->topLevelItemCount(), 3);
    QTRY_COMPARE(list->topLevelItem(2)->text(2), QStringLiteral("Tao Luo (@luotao1)"));
    // The owner and the due date are edited in place too (as if typed into the cell editor).
    list->topLevelItem(2)->setText(2, QStringLiteral("@ligoml"));
    QCOMPARE(m_window->meeting()->minutes().actions[0].owner, QStringLiteral("Ligoml"));
    QCOMPARE(m_window->meeting()->minutes().actions[0].ownerGithub, QStringLiteral("Ligoml"));
    QTRY_COMPARE(list->topLevelItem(2)->text(2), QStringLiteral("Ligoml (@Ligoml)"));
    list->topLevelItem(2)->setText(3, QStringLiteral("2026-12-16"));
    QCOMPARE(m_window->meeting()->minutes().actions[0].due, QDate(2026, 12, 16));
    QTRY_COMPARE(list->topLevelItem(2)->text(3), QStringLiteral("2026-12-16"));
    list->topLevelItem(2)->setText(3, QStringLiteral("next week"));
    QCOMPARE(m_window->meeting()->minutes().actions[0].due, QDate(2026, 12, 16)); // not a date: kept
    QTRY_COMPARE(list->topLevelItem(2)->text(3), QStringLiteral("2026-12-16"));
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(0));
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(m_window->meeting()->minutes().decisions.size(), 1);
    key(Qt::Key_Z, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(m_window->meeting()->minutes().decisions.size(), 2);
    QCOMPARE(notes->toPlainText(), QStringLiteral("second line\n")); // that undo leaves the notes alone
    letAutosaveRun();
    QVERIFY(test::readAll(m_window->store()->path()).contains("Write the contributor guide"));
}

void TestMainWindow::ctrlDTakesTheSelectedLinesAsOneDecision()
{
    openSample();
    auto *notes = find<QPlainTextEdit>(m_window.get(), "notesEdit");
    notes->setFocus();
    const QString typed = QStringLiteral("Agenda approved\n决定：每两周开一次会\n[18:56] 轮值主席\nend");
    notes->insertPlainText(typed); // as pasted: key clicks cannot type Chinese
    QCOMPARE(m_window->meeting()->notes(m_window->meeting()->currentId()), typed);

    // From inside the second line to the start of the fourth: the second and third lines.
    QTest::keyClick(notes, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(notes, Qt::Key_Down);
    QTest::keyClick(notes, Qt::Key_Right);
    QTest::keyClick(notes, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(notes, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(notes, Qt::Key_Home, Qt::ShiftModifier);
    QTest::keyClick(notes, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(notes->toPlainText(), QStringLiteral("Agenda approved\nend"));
    QCOMPARE(m_window->meeting()->minutes().decisions.size(), 1);
    QCOMPARE(m_window->meeting()->minutes().decisions[0].text, QStringLiteral("每两周开一次会 轮值主席"));
    // Typing goes on where the lines were.
    QTest::keyClicks(notes, QStringLiteral("the "));
    QCOMPARE(notes->toPlainText(), QStringLiteral("Agenda approved\nthe end"));

    key(Qt::Key_Z, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(notes->toPlainText(), QStringLiteral("Agenda approved\n决定：每两周开一次会\n[18:56] 轮值主席\nthe end"));
    QCOMPARE(m_window->meeting()->minutes().decisions.size(), 0);
}

void TestMainWindow::exportNeverOverwritesAFileItDidNotWrite()
{
    openSample();
    QTemporaryDir folder;
    Settings().setMinutesFolder(folder.path());
    // Someone's hand-written minutes are already in the repository clone.
    const QString path = folder.filePath(QStringLiteral("2022-04-14-meeting-minutes.md"));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("# written by hand\n");
    existing.close();

    m_window->findChild<QAction *>(QStringLiteral("actionExportMinutes"))->trigger();
    QCOMPARE(test::readAll(path), QByteArray("# written by hand\n")); // untouched until the chair says so
    auto *banner = find<Banner>(m_window.get(), "banner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("was not written by this meeting")), qPrintable(banner->text()));
    QCOMPARE(QApplication::activeModalWidget(), nullptr);

    banner->findChild<QPushButton *>(QStringLiteral("bannerAction"))->click(); // "Replace"
    QVERIFY(test::readAll(path).startsWith("# Paddle Frawework Contributor Club 第一次会议纪要\n"));

    // Its own file it replaces without asking again.
    key(Qt::Key_F5);
    m_window->findChild<QAction *>(QStringLiteral("actionExportMinutes"))->trigger();
    QVERIFY(!banner->isVisible());
    letAutosaveRun();
    QVERIFY(text("saveStatus").startsWith(QStringLiteral("Saved ")));
    Settings().setMinutesFolder(QString());
}

void TestMainWindow::renamingWhileRunningSurvivesTheTicks()
{
    openSample();
    key(Qt::Key_F5, Qt::ControlModifier);
    auto *agenda = find<QTreeView>(m_window.get(), "agendaView");
    agenda->setFocus();
    const QModelIndex second = agenda->model()->index(1, 1); // the title of item 2
    agenda->setCurrentIndex(second);
    QTest::keyClick(agenda, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Introductions, one line each"));
    for (int tick = 0; tick < 5; ++tick) { // a second of ticks while the chair types
        m_clock.advance(200);
        m_window->meeting()->evaluate();
    }
    QCOMPARE(editor->text(), QStringLiteral("Introductions, one line each"));
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next turn of the event loop
    QTRY_COMPARE(agenda->model()->index(1, 1).data().toString(), QStringLiteral("Introductions, one line each"));
    QTRY_COMPARE(QApplication::focusWidget(), agenda); // the keyboard stays in the agenda
    QCOMPARE(m_window->meeting()->phase(), LiveMeeting::Phase::Running);
}

void TestMainWindow::openingAnotherFileMidMeetingAsksFirst()
{
    openSample();
    key(Qt::Key_F5, Qt::ControlModifier);
    const QString other = test::corpusFile(QStringLiteral("pfcc-2025/2025-10-16-meeting-agenda.md"));
    QVERIFY(!m_window->openFile(other)); // not yet: a misclick must not swap the running meeting
    QCOMPARE(text("meetingTitle"), QStringLiteral("Paddle Frawework Contributor Club 第一次会议"));
    QCOMPARE(m_window->meeting()->phase(), LiveMeeting::Phase::Running);
    auto *banner = find<Banner>(m_window.get(), "banner");
    QVERIFY(banner->isVisible());
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    const QString first = m_window->store()->path();

    banner->findChild<QPushButton *>(QStringLiteral("bannerAction"))->click(); // "Pause and Open"
    QCOMPARE(text("meetingTitle"), QStringLiteral("Paddle Framework Contributor Club 六十一次会议议程"));
    SessionData left;
    QString error;
    QVERIFY2(sessionfile::load(first, &left, &error), qPrintable(error));
    QCOMPARE(left.run.phase, RunState::Phase::Paused); // the first meeting waits, paused, on disk
}

// Alt+A, then a letter: in each menu a letter opens one command, in English and in Chinese (two
// commands with one letter only move between them, and the command is never run).
void TestMainWindow::menuMnemonicsAreUniqueInEachMenu()
{
    const auto english = qScopeGuard([] { interfacelanguage::use(QString::fromLatin1(interfacelanguage::English)); });
    openSample();
    for (const char *language : {interfacelanguage::English, interfacelanguage::SimplifiedChinese}) {
        interfacelanguage::use(QString::fromLatin1(language));
        QStringList clashes;
        const QList<QMenu *> menus = m_window->menuBar()->findChildren<QMenu *>();
        for (const QMenu *menu : menus) {
            QHash<QChar, QString> seen;
            for (const QAction *action : menu->actions()) {
                const QString text = action->text();
                const qsizetype amp
                    = QString(text).replace(QStringLiteral("&&"), QStringLiteral("__")).indexOf(QLatin1Char('&'));
                if (action->isSeparator() || !action->isVisible() || amp < 0 || amp + 1 >= text.size()) {
                    continue;
                }
                const QChar key = text.at(amp + 1).toLower();
                if (seen.contains(key)) {
                    clashes << QStringLiteral("%1: “%2” and “%3”").arg(menu->title(), seen.value(key), text);
                }
                seen.insert(key, text);
            }
        }
        QVERIFY2(clashes.isEmpty(),
                 qPrintable(QString::fromLatin1(language) + QLatin1Char(' ') + clashes.join(QStringLiteral("; "))));
    }
}

void TestMainWindow::quitShortcutClosesTheWindow()
{
    openSample();
    QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->isVisible());
}

void TestMainWindow::fullDiskIsToldAndHealed()
{
    openSample();
    key(Qt::Key_F5);
    letAutosaveRun();
    const QString path = m_window->store()->path();
    const QByteArray good = test::readAll(path);
    QVERIFY(text("saveStatus").startsWith(QStringLiteral("Saved ")));

    // The disk fills up: the next save fails at its first write.
    test::disk::fail(test::disk::Call::Write, ENOSPC, m_home->path());
    key(Qt::Key_PageDown, Qt::AltModifier);
    letAutosaveRun();
    auto *banner = find<Banner>(m_window.get(), "saveBanner");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(),
             QStringLiteral("Not saved: %1: the disk is full. Everything is kept in memory. The file on disk is as it "
                            "was; Gavel keeps trying and saves as soon as it can. Free some space on that disk.")
                 .arg(path));
    QCOMPARE(text("saveStatus"), QStringLiteral("⚠ Not saved"));
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QCOMPARE(test::readAll(path), good);
    QCOMPARE(text("currentTitle"), QStringLiteral("每人一句话的自我介绍")); // the meeting goes on

    // Space comes back: the next retry saves, and the banner goes.
    test::disk::heal();
    m_clock.advance(SessionStore::retryDelayMs);
    m_window->store()->waitForWrites();
    QVERIFY(!banner->isVisible());
    QVERIFY(text("saveStatus").startsWith(QStringLiteral("Saved ")));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Saving works again: everything is on disk."));
    SessionData saved;
    QString error;
    QVERIFY2(sessionfile::load(path, &saved, &error), qPrintable(error));
    QCOMPARE(saved.run.currentId, m_window->meeting()->currentId());
}

void TestMainWindow::minutesLayoutIsTheSeriesChoice()
{
    openSample();
    QTemporaryDir folder;
    Settings().setMinutesFolder(folder.path());
    const QString seriesFolder = QFileInfo(QFileInfo(m_window->store()->path()).absolutePath()).absolutePath();
    const QString exported = folder.filePath(QStringLiteral("2022-04-14-meeting-minutes.md"));
    const auto exportMarkdown
        = [this] { m_window->findChild<QAction *>(QStringLiteral("actionExportMinutes"))->trigger(); };

    // Nothing chosen and no minutes in the folder yet: the 2022 layout.
    exportMarkdown();
    QVERIFY(test::readAll(exported).contains("\n## 会议概况\n"));

    // The later layout, chosen in the Minutes window: this meeting and the series take it.
    m_window->findChild<QAction *>(QStringLiteral("actionMinutesWindow"))->trigger();
    auto *window = m_window->findChild<MinutesWindow *>();
    QVERIFY(window);
    auto *layout = window->findChild<QComboBox *>(QStringLiteral("minutesLayout"));
    QCOMPARE(layout->currentData().toString(), QStringLiteral("classic"));
    layout->setCurrentIndex(layout->findData(QStringLiteral("agenda")));
    emit layout->activated(layout->currentIndex());
    QCOMPARE(m_window->meeting()->minutes().choices.layout, QStringLiteral("agenda"));
    QVERIFY(test::readAll(QDir(seriesFolder).filePath(QStringLiteral("series.json"))).contains("\"agenda\""));
    m_window->activateWindow();
    m_window->meeting()->start(); // only items reached are written
    exportMarkdown();
    QVERIFY2(
        test::readAll(exported).contains("\n## 会议议程\n\n1. 宣布Paddle Frawework Contributor Club成立（5 mins）\n"),
        test::readAll(exported).constData());
    // Meeting undo takes the choice back (after the start, undone first).
    m_window->meeting()->undoStack()->undo();
    m_window->meeting()->undoStack()->undo();
    QCOMPARE(m_window->meeting()->minutes().choices.layout, QString());

    // The series' own copy, edited by the chair: used at the next export.
    window->findChild<QPushButton *>(QStringLiteral("copyLayout"))->click();
    const QString own = QDir(seriesFolder).filePath(QStringLiteral("minutes-layout.zh.md"));
    QVERIFY(QFileInfo::exists(own));
    auto *ownLabel = window->findChild<QLabel *>(QStringLiteral("minutesOwnLayout"));
    QVERIFY(ownLabel->isVisible());
    QVERIFY2(ownLabel->text().contains(QDir::toNativeSeparators(own)), qPrintable(ownLabel->text()));
    QVERIFY(!layout->isEnabled());
    QVERIFY(test::writeAll(own, "# {{title}}\n\nOur own words.\n"));
    exportMarkdown();
    QCOMPARE(test::readAll(exported),
             QByteArray("# Paddle Frawework Contributor Club 第一次会议纪要\n\nOur own words.\n"));

    // A copy with a mistake: the banner names the file and the line, the built-in layout is used.
    QVERIFY(test::writeAll(own, "# {{title}}\n\n{{#items}}\n### {{title}}\n"));
    exportMarkdown();
    auto *banner = find<Banner>(m_window.get(), "banner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QDir::toNativeSeparators(own))
                 && banner->text().contains(QStringLiteral("line 3")),
             qPrintable(banner->text()));
    QVERIFY(test::readAll(exported).contains("\n## 会议议程\n")); // the series' choice stands
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    Settings().setMinutesFolder(QString());
}

void TestMainWindow::exportsGoToTheSeriesFolder()
{
    openSample();
    Settings().setMinutesFolder(QString());
    QTemporaryDir clone;
    const QString year2022 = QDir(clone.path()).filePath(QStringLiteral("2022"));
    QVERIFY(QDir().mkpath(year2022));
    const QString seriesFolder = QFileInfo(QFileInfo(m_window->store()->path()).absolutePath()).absolutePath();

    // The first export asks, without blocking the meeting; the answer is the series'.
    m_window->findChild<QAction *>(QStringLiteral("actionExportMinutes"))->trigger();
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    auto *ask = m_window->findChild<QFileDialog *>();
    QVERIFY(ask && ask->isVisible());
    emit ask->fileSelected(year2022);
    QVERIFY(QFileInfo::exists(QDir(year2022).filePath(QStringLiteral("2022-04-14-meeting-minutes.md"))));
    QVERIFY(test::readAll(QDir(seriesFolder).filePath(QStringLiteral("series.json"))).contains("/2022\""));
    QCOMPARE(Settings().minutesFolder(), QString()); // not a setting for every series

    // A next meeting in another year: its agenda goes to that year's folder, made for it.
    NextMeetingPlan plan = m_window->meeting()->minutes().next;
    plan.date = QDate(2023, 1, 5);
    plan.time = QTime(19, 0);
    QVERIFY(m_window->meeting()->setNextMeeting(plan));
    m_window->findChild<QAction *>(QStringLiteral("actionPrepareNext"))->trigger();
    m_window->historyLoader()->waitForDone(); // the next agenda waits for the series' documents
    const QString year2023 = QDir(clone.path()).filePath(QStringLiteral("2023"));
    QVERIFY(QFileInfo::exists(QDir(year2023).filePath(QStringLiteral("2023-01-05-meeting-agenda.md"))));
    QVERIFY(!QFileInfo::exists(QDir(year2022).filePath(QStringLiteral("2023-01-05-meeting-agenda.md"))));

    // Shown in the Minutes window, and changed there.
    m_window->findChild<QAction *>(QStringLiteral("actionMinutesWindow"))->trigger();
    auto *window = m_window->findChild<MinutesWindow *>();
    auto *shown = window->findChild<QLabel *>(QStringLiteral("minutesExportFolder"));
    QVERIFY2(shown->text().startsWith(QDir::toNativeSeparators(year2022)), qPrintable(shown->text()));
    window->findChild<QPushButton *>(QStringLiteral("changeExportFolder"))->click();
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    auto *change = window->findChild<QFileDialog *>();
    QVERIFY(change && change->isVisible());
    QTemporaryDir other;
    emit change->fileSelected(other.path());
    QCOMPARE(shown->text(), QDir::toNativeSeparators(QDir::cleanPath(other.path())));
    m_window->findChild<QAction *>(QStringLiteral("actionExportMinutes"))->trigger();
    QVERIFY(QFileInfo::exists(QDir(other.path()).filePath(QStringLiteral("2022-04-14-meeting-minutes.md"))));
}

void TestMainWindow::seriesRenamedFromTheHistoryWindow()
{
    openSample();
    m_window->meeting()->setNotes(0, QStringLiteral("Kept through the move."));
    const QString before = m_window->store()->path();
    QVERIFY(before.contains(QStringLiteral("/Paddle Frawework Contributor Club/")));

    m_window->findChild<QAction *>(QStringLiteral("actionHistory"))->trigger();
    auto *history = m_window->findChild<HistoryWindow *>();
    QVERIFY(history && history->isVisible());
    auto *name = history->findChild<QLineEdit *>(QStringLiteral("seriesNewName"));
    QCOMPARE(name->text(), QStringLiteral("Paddle Frawework Contributor Club"));
    name->setText(QStringLiteral("Paddle Framework Contributor Club"));
    history->findChild<QPushButton *>(QStringLiteral("renameSeries"))->click();

    // The open meeting moved along, with what was typed; the old folder is gone.
    const QString after = m_window->store()->path();
    QCOMPARE(after,
             QString(before).replace(QStringLiteral("/Paddle Frawework Contributor Club/"),
                                     QStringLiteral("/Paddle Framework Contributor Club/")));
    QCOMPARE(m_window->meeting()->notes(0), QStringLiteral("Kept through the move."));
    QVERIFY(!QFileInfo::exists(before));
    QCOMPARE(m_window->store()->series(), QStringLiteral("Paddle Framework Contributor Club"));
    QVERIFY(history->windowTitle().endsWith(QStringLiteral("Paddle Framework Contributor Club")));

    // While a meeting runs, nothing moves: its session is being written.
    key(Qt::Key_F5);
    name->setText(QStringLiteral("PFCC"));
    history->findChild<QPushButton *>(QStringLiteral("renameSeries"))->click();
    QCOMPARE(m_window->store()->path(), after);
    QVERIFY(find<Banner>(m_window.get(), "banner")->isVisible());
}

void TestMainWindow::nextChairsCompleteFromTheRosterAndTheSeries()
{
    // A later meeting of the series is on record: 六个骨头 (@zrr1999, a newcomer of 2022-09-08)
    // came to it, so the series knows them though this meeting's roster does not.
    SessionData later;
    later.series = QStringLiteral("Paddle Frawework Contributor Club");
    later.meeting.title = QStringLiteral("Paddle Framework Contributor Club 2022-09-08");
    later.meeting.time.date = QDate(2022, 9, 8);
    Attendee zrr;
    zrr.name = QStringLiteral("六个骨头");
    zrr.github = QStringLiteral("zrr1999");
    zrr.status = Attendee::Status::Present;
    later.attendees = {zrr};
    QVERIFY(
        sessionfile::save(sessionfile::sessionPath(m_home->path(), later.series, later.meeting.time.date), later).ok());
    openSample();
    for (const Attendee &a : m_window->meeting()->attendees()) {
        QVERIFY(a.github != u"zrr1999");
    }
    m_window->findChild<QAction *>(QStringLiteral("actionMinutesWindow"))->trigger();
    auto *window = m_window->findChild<MinutesWindow *>();
    QVERIFY(window);
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto *chair = find<QLineEdit>(window, "nextChair");
    auto *vice = find<QLineEdit>(window, "nextViceChair");

    // Part of a handle, in any case, offers the roster's "Name @handle"; choosing it fills the field.
    chair->setFocus();
    QTest::keyClicks(chair, QStringLiteral("LUOTAO"));
    QAbstractItemView *popup = chair->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), 1);
    QCOMPARE(popup->model()->index(0, 0).data().toString(), QStringLiteral("Tao Luo @luotao1"));
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(chair->text(), QStringLiteral("Tao Luo @luotao1"));
    QVERIFY(m_window->meeting()->minutes().next.chair);
    QCOMPARE(*m_window->meeting()->minutes().next.chair,
             (Person {QStringLiteral("Tao Luo"), QStringLiteral("luotao1")}));

    // Someone only the series knows, by part of the handle.
    vice->setFocus();
    QTest::keyClicks(vice, QStringLiteral("rr19"));
    popup = vice->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), 1);
    QCOMPARE(popup->model()->index(0, 0).data().toString(), QStringLiteral("六个骨头 @zrr1999"));
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(vice->text(), QStringLiteral("六个骨头 @zrr1999"));
    QVERIFY(m_window->meeting()->minutes().next.viceChair);
    QCOMPARE(*m_window->meeting()->minutes().next.viceChair,
             (Person {QStringLiteral("六个骨头"), QStringLiteral("zrr1999")}));
    // The chair is kept, and nothing was asked in a dialog.
    QCOMPARE(*m_window->meeting()->minutes().next.chair,
             (Person {QStringLiteral("Tao Luo"), QStringLiteral("luotao1")}));
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
}

void TestMainWindow::topicsTypedForNextTimeAreItemsOfTheNextAgenda()
{
    openSample();
    QTemporaryDir folder;
    Settings().setMinutesFolder(folder.path());
    m_window->findChild<QAction *>(QStringLiteral("actionMinutesWindow"))->trigger();
    auto *window = m_window->findChild<MinutesWindow *>();
    QVERIFY(window);
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto *topics = find<QLineEdit>(window, "nextNote");
    topics->setFocus();
    QTest::keyClicks(topics, QStringLiteral("Type hints @SigureMo (20 mins); <b>sparse</b> ops"));
    QTest::keyClick(topics, Qt::Key_Return);
    QCOMPARE(m_window->meeting()->minutes().next.note,
             QStringLiteral("Type hints @SigureMo (20 mins); <b>sparse</b> ops"));
    find<QPushButton>(window, "prepareNext")->click();
    m_window->historyLoader()->waitForDone(); // the next agenda waits for the series' documents

    // Between the opening and the closing items, in the agenda's bullets and minutes.
    const QString agenda
        = QString::fromUtf8(test::readAll(folder.filePath(QStringLiteral("2022-04-28-meeting-agenda.md"))));
    QVERIFY2(
        agenda.endsWith(QStringLiteral("\n# 会议议程\n\n"
                                       "- Type hints [SigureMo](https://github.com/SigureMo)（20 minutes）\n"
                                       "- \\<b\\>sparse\\</b\\> ops\n"
                                       "- 自由发言，可以提想法、提问和讨论（10 minutes）\n"
                                       "- 确定下次会议的主席与副主席，以及召开时间 和 部分议题预告（3 minutes）\n")),
        qPrintable(agenda));
    QVERIFY(QFileInfo::exists(folder.filePath(QStringLiteral("2022-04-28-meeting.ics"))));
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    Settings().setMinutesFolder(QString());
}

void TestMainWindow::longCurrentTitleNeverWidensTheMiddle()
{
    openSample();
    auto *agenda = find<QWidget>(m_window.get(), "agendaView");
    auto *roster = find<QWidget>(m_window.get(), "rosterView");
    QApplication::processEvents();
    const int agendaWidth = agenda->width();
    const int rosterWidth = roster->width();

    // A newcomer round of thirteen names, as the 2025-10-16 agenda has it.
    QString names;
    for (const char *handle : {"tjujingzong", "youge325", "aztice", "Le-soleile", "Chris-godz", "Dayuxiaoshui",
                               "qjyyy77", "WanRui37", "xiaohajiayou", "scyyh11", "luyl975", "594233", "Lmywl"}) {
        names += (names.isEmpty() ? QStringLiteral("@") : QStringLiteral("，@")) + QLatin1String(handle);
    }
    const QString title = QStringLiteral("新人介绍：") + names;
    QVERIFY(m_window->meeting()->renameItem(m_window->meeting()->nextId(), title));
    QApplication::processEvents();

    // The agenda and the roster keep their room; the title shows two lines at most, elided, with
    // the whole of it in the tooltip.
    QCOMPARE(agenda->width(), agendaWidth);
    QCOMPARE(roster->width(), rosterWidth);
    auto *shown = find<QLabel>(m_window.get(), "currentTitle");
    QVERIFY2(shown->text().endsWith(QChar(0x2026)), qPrintable(shown->text()));
    QCOMPARE(shown->toolTip(), title);
    QVERIFY2(shown->height() < 3 * shown->fontMetrics().lineSpacing(),
             qPrintable(
                 QStringLiteral("%1 px for lines of %2").arg(shown->height()).arg(shown->fontMetrics().lineSpacing())));
}

void TestMainWindow::failedExportIsToldOnce()
{
    openSample();
    QTemporaryDir folder;
    Settings().setMinutesFolder(folder.path());
    const QString path = folder.filePath(QStringLiteral("2022-04-14-meeting-minutes.md"));
    test::disk::fail(test::disk::Call::Write, ENOSPC, folder.path());
    m_window->findChild<QAction *>(QStringLiteral("actionExportMinutes"))->trigger();
    auto *banner = find<Banner>(m_window.get(), "banner");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("Could not write the minutes: %1: the disk is full").arg(path));
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QVERIFY(!QFileInfo::exists(path));
    // Told once: no retry writes it behind the chair's back.
    const int tries = test::disk::hits();
    m_clock.advance(60 * 1000);
    m_window->store()->waitForWrites();
    QCOMPARE(test::disk::hits(), tries);
    test::disk::heal();
    QVERIFY(!QFileInfo::exists(path));
    Settings().setMinutesFolder(QString());
}

void TestMainWindow::vanishedFolderIsMadeAgainOnRequest()
{
    openSample();
    key(Qt::Key_F5);
    letAutosaveRun();
    const QString path = m_window->store()->path();
    const QString series = QFileInfo(QFileInfo(path).absolutePath()).absolutePath();
    QVERIFY(QDir(series).removeRecursively()); // the folder is deleted by mistake mid-meeting

    key(Qt::Key_PageDown, Qt::AltModifier);
    letAutosaveRun();
    auto *banner = find<Banner>(m_window.get(), "saveBanner");
    QVERIFY(banner->isVisible());
    QVERIFY2(
        banner->text().startsWith(
            QStringLiteral("Not saved: %1: the folder %2 does not exist.").arg(path, QFileInfo(path).absolutePath())),
        qPrintable(banner->text()));
    QVERIFY(!QFileInfo::exists(series));
    auto *action = banner->findChild<QPushButton *>(QStringLiteral("bannerAction"));
    QCOMPARE(action->text(), QStringLiteral("Make the Folder Again"));
    action->click();
    QVERIFY(!banner->isVisible());
    SessionData saved;
    QString error;
    QVERIFY2(sessionfile::load(path, &saved, &error), qPrintable(error));
    QCOMPARE(saved.run.currentId, m_window->meeting()->currentId());
}

void TestMainWindow::damagedSessionOffersAFreshStart()
{
    openSample();
    key(Qt::Key_F5);
    letAutosaveRun();
    const QString path = m_window->store()->path();
    m_window.reset();

    // Someone's edit leaves a timer of 1e300 ms in the file.
    QJsonObject json = QJsonDocument::fromJson(test::readAll(path)).object();
    QJsonObject run = json.value(QStringLiteral("run")).toObject();
    QJsonArray items = run.value(QStringLiteral("items")).toArray();
    QJsonObject first = items.at(0).toObject();
    first.insert(QStringLiteral("elapsedMs"), 1e300);
    items.replace(0, first);
    run.insert(QStringLiteral("items"), items);
    json.insert(QStringLiteral("run"), run);
    const QByteArray damaged = QJsonDocument(json).toJson();
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(damaged);
    }

    m_window = std::make_unique<MainWindow>(&m_clock);
    m_window->setAskForSeries(false);
    m_window->show();
    QVERIFY(!m_window->openFile(m_sample));
    auto *banner = find<Banner>(m_window.get(), "banner");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(),
             QStringLiteral("Could not open the session: %1: run.items[0].elapsedMs: 1e+300 ms is over 24 hours. The "
                            "file is left as it is. Start fresh from the agenda 2022-04-14-meeting-agenda.md, keeping "
                            "the damaged file as session.damaged-<time>.json?")
                 .arg(path));
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    m_clock.advance(10 * 1000);
    m_window->store()->waitForWrites();
    QCOMPARE(test::readAll(path), damaged); // never rewritten

    m_clock.setNowMs(QDateTime(QDate(2026, 11, 25), QTime(19, 2, 3)).toMSecsSinceEpoch());
    auto *action = banner->findChild<QPushButton *>(QStringLiteral("bannerAction"));
    QCOMPARE(action->text(), QStringLiteral("Start Fresh"));
    action->click();
    const QString kept = QFileInfo(path).dir().filePath(QStringLiteral("session.damaged-20261125-190203.json"));
    QCOMPARE(test::readAll(kept), damaged);
    QCOMPARE(m_window->store()->path(), path);
    QCOMPARE(text("meetingTitle"), QStringLiteral("Paddle Frawework Contributor Club 第一次会议"));
    QCOMPARE(m_window->meeting()->phase(), LiveMeeting::Phase::NotStarted);
    QVERIFY2(banner->text().contains(QStringLiteral("The damaged session is kept as %1").arg(kept)),
             qPrintable(banner->text()));
    // The fresh session is written with its first change, beside the damaged one.
    key(Qt::Key_F5);
    letAutosaveRun();
    SessionData fresh;
    QString error;
    QVERIFY2(sessionfile::load(path, &fresh, &error), qPrintable(error));
    QCOMPARE(fresh.run.phase, RunState::Phase::Running);
}

void TestMainWindow::reopeningBeforeTheStartIsSaidInTheStatusBar()
{
    openSample();
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Opened %1 · session in %2")
                 .arg(QDir::toNativeSeparators(m_sample), QDir::toNativeSeparators(m_window->store()->path())));
    m_window->meeting()->setNotes(0, QStringLiteral("Agenda sent out on Monday."));
    QVERIFY(m_window->store()->saveNow());
    const QString path = m_window->store()->path();
    QVERIFY(m_window->close());
    m_window.reset();

    // Nothing to do about a meeting taken up before its start: no banner pushes the window down,
    // the status bar says where it came from.
    m_window = std::make_unique<MainWindow>(&m_clock);
    m_window->setAskForSeries(false);
    m_window->show();
    openSample();
    QVERIFY(!find<Banner>(m_window.get(), "banner")->isVisible());
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Resumed %1 from its session in %2")
                 .arg(QDir::toNativeSeparators(m_sample), QDir::toNativeSeparators(path)));
    QCOMPARE(m_window->meeting()->notes(0), QStringLiteral("Agenda sent out on Monday."));
}

void TestMainWindow::quitWhileRunningIsToldOnReopening()
{
    openSample();
    key(Qt::Key_F5);
    letAutosaveRun();
    QVERIFY(m_window->close()); // File > Quit, the meeting running
    m_window.reset();
    m_clock.advance(5 * 60 * 1000);

    m_window = std::make_unique<MainWindow>(&m_clock);
    m_window->setAskForSeries(false);
    m_window->show();
    openSample();
    QCOMPARE(m_window->meeting()->phase(), LiveMeeting::Phase::Running);
    QCOMPARE(find<Banner>(m_window.get(), "banner")->text(),
             QStringLiteral("The meeting kept running after Gavel was closed 5 min ago; its times count on."));
}

void TestMainWindow::nextMeetingInviteIsMadeNowInThisComputersZone()
{
    // The sample states no UTC offset: the invite names this computer's zone, Beijing here.
    const test::TimeZoneGuard tz("Asia/Shanghai");
    openSample();
    QTemporaryDir folder;
    Settings().setMinutesFolder(folder.path());
    m_clock.setNowMs(Nov26Utc + (3 * 3600 + 4 * 60 + 5) * 1000); // 11:04:05 in Beijing
    m_window->findChild<QAction *>(QStringLiteral("actionPrepareNext"))->trigger();
    m_window->historyLoader()->waitForDone(); // the next agenda waits for the series' documents
    Settings().setMinutesFolder(QString());

    const QString path = folder.filePath(QStringLiteral("2022-04-28-meeting.ics"));
    QVERIFY2(QFileInfo::exists(path), qPrintable(find<Banner>(m_window.get(), "banner")->text()));
    const QByteArray ics = test::readAll(path);
    const std::unique_ptr<icalcomponent, void (*)(icalcomponent *)> calendar(icalparser_parse_string(ics.constData()),
                                                                             icalcomponent_free);
    QVERIFY2(calendar && icalcomponent_isa(calendar.get()) == ICAL_VCALENDAR_COMPONENT, ics.constData());
    icalcomponent *event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
    QVERIFY(event);
    const icaltimetype stamp = icalcomponent_get_dtstamp(event);
    QVERIFY(icaltime_is_utc(stamp));
    QCOMPARE(qint64(icaltime_as_timet(stamp)), Nov26Utc / 1000 + 3 * 3600 + 4 * 60 + 5); // the clock's now
    icalproperty *start = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    QVERIFY(start);
    icalparameter *tzid = icalproperty_get_first_parameter(start, ICAL_TZID_PARAMETER);
    QVERIFY(tzid);
    QCOMPARE(QByteArray(icalparameter_get_tzid(tzid)), QByteArray("Asia/Shanghai"));
    QCOMPARE(QByteArray(icaltime_as_ical_string(icalproperty_get_dtstart(start))), QByteArray("20220428T190000"));
    QVERIFY(icalcomponent_get_timezone(calendar.get(), "Asia/Shanghai")); // its VTIMEZONE is in the file
    QVERIFY(!ics.contains("UTC+"));
}

void TestMainWindow::attendanceExportIsNamedByTheMeetingDate()
{
    const test::TimeZoneGuard tz("Asia/Shanghai");
    openSample();
    LiveMeeting *meeting = m_window->meeting();
    const QString chair = attendance::keyFor(QStringLiteral("张军"), QStringLiteral("jzhang533"));
    const QString vice = attendance::keyFor(QStringLiteral("高翔"), QStringLiteral("jeff41404"));
    m_clock.setNowMs(Nov26Utc + 8 * 3600 * 1000); // 16:00 in Beijing
    QVERIFY(meeting->setAttendanceStatus(chair, Attendee::Status::Present));
    QVERIFY(meeting->setAttendanceStatus(vice, Attendee::Status::Present));
    m_clock.setNowMs(Nov26Utc + (8 * 3600 + 45 * 60) * 1000);
    QVERIFY(meeting->setAttendanceStatus(vice, Attendee::Status::LeftEarly));

    m_window->findChild<QAction *>(QStringLiteral("actionExportAttendance"))->trigger();
    auto *dialog = m_window->findChild<QFileDialog *>();
    QVERIFY(dialog);
    const QString path = dialog->selectedFiles().value(0);
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("2022-04-14-attendance.csv"));
    static_cast<QDialog *>(dialog)->accept(); // Save

    const QByteArray csv = test::readAll(path);
    QVERIFY2(csv.startsWith("\xEF\xBB\xBF"
                            "name,github,source,status,checked_in_at,minutes_late,left_at\r\n"
                            "张军,jzhang533,chair,present,2026-11-26T16:00:00+08:00,0,\r\n"
                            "高翔,jeff41404,vice-chair,left-early,2026-11-26T16:00:00+08:00,0,"
                            "2026-11-26T16:45:00+08:00\r\n"),
             csv.constData());
    QVERIFY2(csv.contains("\r\nTao Luo,luotao1,invited,expected,,,\r\n"), csv.constData());
}

void TestMainWindow::timerDisplayMovesOnlyWhenTheMeetingRuns()
{
    m_window.reset();
    const ImportResult sample = AgendaImporter::importFile(m_sample);
    QVERIFY2(sample.ok(), qPrintable(sample.error));
    LiveMeeting live(&m_clock);
    live.load(sample.meeting);
    QWidget window; // a pane of a window, as in Gavel's
    auto *layout = new QVBoxLayout(&window);
    auto *displayWidget = new TimerDisplay(&live, TimerDisplay::Size::Panel, &window);
    layout->addWidget(displayWidget);
    TimerDisplay &display = *displayWidget;
    window.resize(500, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *digits = display.findChild<QLabel *>(QStringLiteral("timerDigits"));
    QVERIFY(digits);
    const auto tick = [&](qint64 ms) {
        m_clock.advance(ms);
        live.evaluate();
    };

    // Before the start: the first item's five minutes, whatever the clock does.
    QCOMPARE(display.digits(), QStringLiteral("05:00"));
    tick(60 * 1000);
    QCOMPARE(display.digits(), QStringLiteral("05:00"));
    QCOMPARE(display.status(), QStringLiteral("Not started · F5 starts the meeting"));

    QVERIFY(live.start());
    tick(1000);
    QCOMPARE(display.digits(), QStringLiteral("04:59"));
    QVERIFY(live.pause());
    QVERIFY(display.status().startsWith(QStringLiteral("❚❚ Paused")));
    tick(30 * 1000);
    QCOMPARE(display.digits(), QStringLiteral("04:59"));
    QVERIFY(live.resume());
    tick(269 * 1000 + 500); // 270.5 s run, 29.5 s left: under a minute, the warning
    QCOMPARE(display.digits(), QStringLiteral("00:30"));
    QVERIFY(display.status().startsWith(QStringLiteral("⚠ Wrap up")));

    // The warning's colours follow the theme when the desktop switches to dark, tick or not.
    const QColor lightWarning = digits->palette().color(QPalette::WindowText);
    QCOMPARE(lightWarning, QColor(0x8a, 0x4b, 0x00));
    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    QApplication::setPalette(dark);
    QTRY_COMPARE(digits->palette().color(QPalette::WindowText), QColor(0xff, 0xc2, 0x4d));
    QApplication::setPalette(light);
    QTRY_COMPARE(digits->palette().color(QPalette::WindowText), lightWarning);
}

void TestMainWindow::destroyedWhileRunningWithoutAClose()
{
    // The desktop session ends during a meeting: the window is destroyed without a close, with
    // the system clock it made for itself. Nothing may read that clock after it is gone, and the
    // meeting is on disk, running.
    m_window.reset();
    auto window = std::make_unique<MainWindow>();
    window->setAskForSeries(false);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(window->openFile(m_sample));
    QVERIFY(window->findChild<QAction *>(QStringLiteral("actionStartPause")));
    window->findChild<QAction *>(QStringLiteral("actionStartPause"))->trigger();
    QCoreApplication::processEvents();
    window.reset();

    QStringList sessions;
    QDirIterator it(m_home->path(), {QStringLiteral("session.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        sessions.append(it.next());
    }
    QCOMPARE(sessions.size(), 1);
    SessionData data;
    QString error;
    QVERIFY2(sessionfile::load(sessions.first(), &data, &error), qPrintable(error));
    QCOMPARE(data.run.phase, LiveMeeting::Phase::Running);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
