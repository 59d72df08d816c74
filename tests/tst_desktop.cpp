// Gavel as a desktop citizen: keys that belong to an input method's composition, one window a
// session, full screen, and the timer's colours in the platform's light and dark palettes.
// Expected values come from the bundled sample agenda read by hand (first item "开场" 5 min,
// then 5, 10, 30, 10 and 3 minutes), from the contrast formula of WCAG 2 (4.5:1 for text),
// and from the messages' texts in ui/mainwindow.cpp.

#include "agenda/agendaimporter.h"
#include "fakeclock.h"
#include "mainwindow.h"
#include "meeting/livemeeting.h"
#include "sessionclaim.h"
#include "stagewindow.h"
#include "storage/sessionfile.h"
#include "storage/sessionstore.h"
#include "testsupport.h"
#include "timerdisplay.h"
#include "widgetsupport.h"

#include <QAction>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLockFile>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStyle>
#include <QTemporaryDir>
#include <QTreeView>

#include <cmath>
#include <memory>

using namespace gavel;

namespace {

// WCAG 2's relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// A colour with some transparency (a placeholder's) as it shows over `background`.
QColor over(const QColor &c, const QColor &background)
{
    const double a = c.alphaF();
    return QColor::fromRgbF(float(c.redF() * a + background.redF() * (1 - a)),
                            float(c.greenF() * a + background.greenF() * (1 - a)),
                            float(c.blueF() * a + background.blueF() * (1 - a)));
}

double contrast(const QColor &text, const QColor &background)
{
    const double a = luminance(over(text, background));
    const double b = luminance(background);
    return (qMax(a, b) + 0.05) / (qMin(a, b) + 0.05);
}

// A dark desktop theme as GNOME's Adwaita dark hands it to Qt (through the GTK platform theme):
// light text on dark grey, the placeholder half-transparent text.
QPalette darkPalette()
{
    QPalette p(QColor(0x35, 0x35, 0x35), QColor(0x24, 0x24, 0x24));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    QColor placeholder(0xee, 0xee, 0xee);
    placeholder.setAlpha(128);
    p.setColor(QPalette::PlaceholderText, placeholder);
    return p;
}

QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void compositionKeepsTheMeetingKeysForTheText_data();
    void compositionKeepsTheMeetingKeysForTheText();
    void f11TogglesFullScreenAndShiftF6StaysTheStage();

    void timerColoursStayLegibleInLightAndDark_data();
    void timerColoursStayLegibleInLightAndDark();
    void aBannerShownFollowsTheThemeItIsShownIn();

    void aClaimedSessionIsHandedToItsOwner();
    void aLockLeftByADeadProcessDoesNotBlock();
    void twoWindowsOpeningOneSessionBringTheFirstForward();
    void aSecondGavelOnTheSameSessionExitsAndTheFirstComesForward();

private:
    template<typename T> T *find(const char *name) const { return test::find<T>(m_window.get(), name); }
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        test::keyToFocus(m_window.get(), key, modifiers);
    }
    void tick(qint64 ms);
    QString statusMessage(MainWindow *window) const { return window->statusBar()->currentMessage(); }
    QString writeSession(const QString &home) const;

    std::unique_ptr<QTemporaryDir> m_home;
    QTemporaryDir m_runtime; // the user's runtime folder, where sessions' locks and sockets go
    FakeClock m_clock {test::testStartMs()};
    std::unique_ptr<MainWindow> m_window;
};

void TestDesktop::initTestCase()
{
    QVERIFY(m_runtime.isValid());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    SessionClaim::listenDelayMs = 0; // the server at once, not after a window's first frame
}

void TestDesktop::init()
{
    QApplication::setPalette(lightPalette());
    m_clock.setNowMs(test::testStartMs());
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_window = test::showConsole(&m_clock, *m_home);
    QVERIFY(m_window);
}

void TestDesktop::cleanup()
{
    m_window.reset();
    m_home.reset();
    QApplication::setPalette(lightPalette());
}

void TestDesktop::tick(qint64 ms)
{
    m_clock.advance(ms);
    m_window->meeting()->evaluate();
}

void TestDesktop::compositionKeepsTheMeetingKeysForTheText_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    const int alt = int(Qt::AltModifier);
    const int ctrl = int(Qt::ControlModifier);
    const auto row = [](const char *field, const char *name, int key, int modifiers) {
        QTest::addRow("%s: %s", field, name) << QString::fromLatin1(field) << key << modifiers;
    };
    for (const char *field : {"notes", "roster filter", "agenda item editor"}) {
        row(field, "Alt+PageDown", Qt::Key_PageDown, alt);
        row(field, "PageDown", Qt::Key_PageDown, 0);
        row(field, "F5", Qt::Key_F5, 0);
        row(field, "Ctrl+F5", Qt::Key_F5, ctrl);
    }
    row("notes", "Ctrl+D", Qt::Key_D, ctrl); // the notes' own chord: a decision
    row("roster filter", "Return", Qt::Key_Return, 0); // checks in the name typed
    row("agenda item editor", "Return", Qt::Key_Return, 0); // ends the edit
}

void TestDesktop::compositionKeepsTheMeetingKeysForTheText()
{
    QFETCH(QString, field);
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QVERIFY(m_window->openFile(test::sampleAgenda()));
    LiveMeeting *meeting = m_window->meeting();
    this->key(Qt::Key_F5, Qt::ControlModifier);
    QCOMPARE(meeting->phase(), LiveMeeting::Phase::Running);
    const int first = meeting->currentId();

    QWidget *text = nullptr;
    if (field == QLatin1String("notes")) {
        this->key(Qt::Key_N, Qt::AltModifier);
        text = find<QPlainTextEdit>("notesEdit");
    } else if (field == QLatin1String("roster filter")) {
        this->key(Qt::Key_R, Qt::AltModifier);
        text = find<QLineEdit>("rosterFilter");
        QTest::keyClicks(text, QStringLiteral("SigureMo")); // one of the people expected
    } else {
        auto *agenda = find<QTreeView>("agendaView");
        agenda->setFocus();
        agenda->setCurrentIndex(agenda->model()->index(2, 1)); // the title of item 3
        QTest::keyClick(agenda, Qt::Key_F2);
        text = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(text);
    }
    QCOMPARE(QApplication::focusWidget(), text);
    const QString rosterCounts = find<QLabel>("rosterCounts")->text();
    const QString title = find<QTreeView>("agendaView")->model()->index(2, 1).data().toString();

    // Pinyin being composed: the input method shows "hui'yi" in the field, nothing committed yet.
    QInputMethodEvent composing(QStringLiteral("hui'yi"), {});
    QApplication::sendEvent(text, &composing);
    QTest::keyClick(text, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QCoreApplication::processEvents(); // an item view's editor ends on the next turn of the loop
    QCOMPARE(meeting->currentId(), first);
    QCOMPARE(meeting->phase(), LiveMeeting::Phase::Running);
    QVERIFY(!find<QLineEdit>("entryText")->isVisible()); // Ctrl+D opened no decision
    QCOMPARE(find<QLabel>("rosterCounts")->text(), rosterCounts); // Return checked no one in
    QCOMPARE(find<QTreeView>("agendaView")->model()->index(2, 1).data().toString(), title); // no edit ended
    QCOMPARE(QApplication::focusWidget(), text);

    // Committed: "会议" lands in the field, and the meeting's chord works again.
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("会议"));
    QApplication::sendEvent(text, &commit);
    const QString typed = field == QLatin1String("notes") ? find<QPlainTextEdit>("notesEdit")->toPlainText()
                                                          : static_cast<QLineEdit *>(text)->text();
    QVERIFY2(typed.contains(QStringLiteral("会议")), qPrintable(typed));
    QTest::keyClick(text, Qt::Key_PageDown, Qt::AltModifier);
    QCOMPARE(meeting->phase(), LiveMeeting::Phase::Running);
    QVERIFY(meeting->currentId() != first);
}

void TestDesktop::f11TogglesFullScreenAndShiftF6StaysTheStage()
{
    QVERIFY(m_window->openFile(test::sampleAgenda()));
    auto *fullScreen = find<QAction>("actionFullScreen");
    QVERIFY(fullScreen->shortcuts().contains(QKeySequence(Qt::Key_F11)));
    QVERIFY(fullScreen->isCheckable());
    // In the View menu, by its name, where F1's list finds it.
    QMenu *view = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(fullScreen)) {
            view = menu->menu();
        }
    }
    QVERIFY(view);
    QCOMPARE(view->title(), QStringLiteral("&View"));
    QCOMPARE(fullScreen->text(), QStringLiteral("F&ull Screen"));

    // While the chair types notes: the window goes full screen, the typing stays.
    key(Qt::Key_N, Qt::AltModifier);
    auto *notes = find<QPlainTextEdit>("notesEdit");
    QTest::keyClicks(notes, QStringLiteral("typed"));
    key(Qt::Key_F11);
    QVERIFY(m_window->isFullScreen());
    QVERIFY(fullScreen->isChecked());
    QCOMPARE(QApplication::focusWidget(), notes);
    QCOMPARE(notes->toPlainText(), QStringLiteral("typed"));
    QVERIFY(!m_window->stageWindow()->isVisible());
    key(Qt::Key_F11);
    QVERIFY(!m_window->isFullScreen());
    QVERIFY(!fullScreen->isChecked());

    // Shift+F6 is still the stage's, full screen, and leaves the main window as it is.
    key(Qt::Key_F6, Qt::ShiftModifier);
    QVERIFY(m_window->stageWindow()->isVisible());
    QVERIFY(m_window->stageWindow()->windowState() & Qt::WindowFullScreen);
    QVERIFY(!m_window->isFullScreen());
}

void TestDesktop::timerColoursStayLegibleInLightAndDark_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("state");
    for (const bool dark : {false, true}) {
        for (const char *state : {"normal", "warning", "overtime", "count-up", "paused", "paused in overtime"}) {
            QTest::addRow("%s, %s", dark ? "dark" : "light", state) << dark << QString::fromLatin1(state);
        }
    }
}

void TestDesktop::timerColoursStayLegibleInLightAndDark()
{
    QFETCH(bool, dark);
    QFETCH(QString, state);
    // Item 1 has 5 minutes, item 2 none: it counts up.
    const QString agenda = m_home->filePath(QStringLiteral("2026-11-25-meeting-agenda.md"));
    QVERIFY(
        test::writeAll(agenda, QByteArrayLiteral("# Colour check\n\n## 议程\n\n1. Welcome (5 min)\n2. Open floor\n")));
    QVERIFY(m_window->openFile(agenda));
    LiveMeeting *meeting = m_window->meeting();
    meeting->togglePause(); // starts
    const bool paused = state.startsWith(QLatin1String("paused"));
    if (state == QLatin1String("warning")) {
        tick(4 * 60000 + 30000);
    } else if (state.endsWith(QLatin1String("overtime"))) {
        tick(5 * 60000 + 30000);
    } else if (state == QLatin1String("count-up")) {
        meeting->next();
    }
    if (paused) {
        meeting->togglePause();
    }
    const LiveMeeting::TimerState expected = state == QLatin1String("warning") ? LiveMeeting::TimerState::Warning
        : state.endsWith(QLatin1String("overtime"))                            ? LiveMeeting::TimerState::Overtime
        : state == QLatin1String("count-up")                                   ? LiveMeeting::TimerState::CountUp
                                                                               : LiveMeeting::TimerState::Normal;
    QCOMPARE(meeting->timerState(), expected);
    QCOMPARE(meeting->phase() == LiveMeeting::Phase::Paused, paused);

    // The theme changes while the timer shows this state, as when the desktop turns dark at dusk.
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
    auto *timer = find<TimerDisplay>("timerDisplay");
    // It follows the theme (Qt delivers the change on the next turn of the event loop).
    QTRY_COMPARE(timer->palette().color(QPalette::Window).lightness() < 128, dark);
    const QColor background = timer->palette().color(QPalette::Window);
    for (const char *part : {"timerDigits", "timerStatus"}) {
        auto *label = test::find<QLabel>(timer, part);
        QCOMPARE(label->palette().color(QPalette::Window), background);
        const QColor text = label->palette().color(label->foregroundRole());
        const double ratio = contrast(text, background);
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                .arg(QLatin1String(part), over(text, background).name(), background.name())
                                .arg(ratio, 0, 'f', 2)));
    }
}

void TestDesktop::aBannerShownFollowsTheThemeItIsShownIn()
{
    // A file that is no agenda: the banner says so, and stays while the theme turns dark.
    const QString notAgenda = m_home->filePath(QStringLiteral("photo.md"));
    QVERIFY(test::writeAll(notAgenda, QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 12)));
    QVERIFY(!m_window->openFile(notAgenda));
    auto *banner = find<QWidget>("banner");
    QVERIFY(banner->isVisible());
    for (const bool dark : {true, false}) {
        QApplication::setPalette(dark ? darkPalette() : lightPalette());
        QTRY_COMPARE(banner->palette().color(QPalette::Window).lightness() < 128, dark);
        const QColor background = banner->palette().color(QPalette::Window);
        const QColor text = test::find<QLabel>(banner, "bannerText")->palette().color(QPalette::WindowText);
        QVERIFY2(contrast(text, background) >= 4.5,
                 qPrintable(text.name() + QLatin1String(" on ") + background.name()));
    }
}

void TestDesktop::aClaimedSessionIsHandedToItsOwner()
{
    const QString session = m_home->filePath(QStringLiteral("Series/2026-11-25/session.json"));
    SessionClaim owner;
    SessionClaim other;
    QSignalSpy openedAgain(&owner, &SessionClaim::openedAgain);
    QCOMPARE(owner.claim(session), SessionClaim::Result::Claimed);
    QVERIFY(QFileInfo::exists(SessionClaim::lockFileOf(session)));
    QTRY_VERIFY(owner.isListening());
    QCOMPARE(other.claim(session), SessionClaim::Result::HeldElsewhere);
    QCOMPARE(other.claimed(), QString());
    // The same session however it is named.
    QCOMPARE(other.claim(m_home->filePath(QStringLiteral("Series/x/../2026-11-25/session.json"))),
             SessionClaim::Result::HeldElsewhere);
    QVERIFY(SessionClaim::handOver(session));
    QTRY_COMPARE(openedAgain.count(), 1);
    // Another session is another's to claim.
    QCOMPARE(other.claim(m_home->filePath(QStringLiteral("Series/2026-12-09/session.json"))),
             SessionClaim::Result::Claimed);
    // Let go (another meeting opened, the window closed): the next one to ask gets it.
    owner.release();
    QVERIFY(!QFileInfo::exists(SessionClaim::lockFileOf(session)));
    QVERIFY(!QFileInfo::exists(SessionClaim::serverNameOf(session)));
    QVERIFY(!SessionClaim::handOver(session, 0));
    QCOMPARE(other.claim(session), SessionClaim::Result::Claimed);
    QCOMPARE(openedAgain.count(), 1);
}

void TestDesktop::aLockLeftByADeadProcessDoesNotBlock()
{
    const QString session = m_home->filePath(QStringLiteral("Series/2026-11-25/session.json"));
    // A process that has ended: its id is one no process has now.
    QProcess gone;
    gone.start(QStringLiteral("/bin/true"), {});
    QVERIFY(gone.waitForStarted());
    const qint64 deadPid = gone.processId();
    QVERIFY(gone.waitForFinished());
    // The lock and socket a Gavel of that id left when it was killed: a lock as QLockFile writes
    // it, with the dead process's id, and a socket file no one listens on.
    QByteArray lockBytes;
    {
        QLockFile lock(SessionClaim::lockFileOf(session));
        QVERIFY(lock.tryLock(0));
        lockBytes = test::readAll(SessionClaim::lockFileOf(session));
        lock.unlock();
    }
    lockBytes = QByteArray::number(deadPid) + lockBytes.mid(lockBytes.indexOf('\n'));
    QVERIFY(test::writeAll(SessionClaim::lockFileOf(session), lockBytes));
    QVERIFY(test::writeAll(SessionClaim::serverNameOf(session), QByteArray()));
    QVERIFY(!SessionClaim::handOver(session, 0));

    SessionClaim claim;
    QSignalSpy openedAgain(&claim, &SessionClaim::openedAgain);
    QCOMPARE(claim.claim(session), SessionClaim::Result::Claimed);
    QTRY_VERIFY(claim.isListening());
    QVERIFY(SessionClaim::handOver(session));
    QTRY_COMPARE(openedAgain.count(), 1);
}

void TestDesktop::twoWindowsOpeningOneSessionBringTheFirstForward()
{
    QVERIFY(m_window->openFile(test::sampleAgenda()));
    m_window->meeting()->togglePause(); // started, and on disk
    QVERIFY(m_window->store()->saveNow());
    const QString session = m_window->store()->path();
    QVERIFY(QFileInfo::exists(session));
    QTRY_VERIFY(QFileInfo::exists(SessionClaim::serverNameOf(session))); // its server is up
    auto second = test::shownActive(std::make_unique<MainWindow>(&m_clock));
    QVERIFY(second);
    QVERIFY(!second->openFile(test::sampleAgenda())); // its agenda: the same session
    QVERIFY(second->handedOver());
    QVERIFY(!second->store()->isOpen());
    QCOMPARE(statusMessage(second.get()),
             QStringLiteral("This meeting is open in another Gavel window: that window is brought to the front."));
    QTRY_COMPARE(statusMessage(m_window.get()),
                 QStringLiteral("Brought to the front: this meeting was opened again, and it is open here."));
    QTRY_VERIFY(m_window->isActiveWindow());
    // The session itself, by its own path, likewise.
    QVERIFY(!second->openFile(session));
    QVERIFY(second->handedOver());
    // Closed, the first lets go of it: the second opens it.
    m_window.reset();
    QVERIFY(second->openFile(session));
    QVERIFY(!second->handedOver());
    QCOMPARE(second->store()->path(), session);
}

QString TestDesktop::writeSession(const QString &home) const
{
    const ImportResult imported = AgendaImporter::importFile(test::sampleAgenda());
    if (!imported.ok()) {
        return {};
    }
    LiveMeeting live(&m_clock); // numbers the items, as opening the agenda does
    live.load(imported.meeting);
    SessionData data;
    data.series = QStringLiteral("PFCC");
    data.sourceAgenda = test::sampleAgenda();
    data.meeting = live.meeting();
    data.run = live.run();
    data.attendees = live.attendees();
    const QString path = sessionfile::sessionPath(home, data.series, QDate(2022, 4, 14));
    QDir().mkpath(QFileInfo(path).absolutePath());
    return sessionfile::save(path, data).ok() ? path : QString();
}

void TestDesktop::aSecondGavelOnTheSameSessionExitsAndTheFirstComesForward()
{
    const QString session = writeSession(m_home->filePath(QStringLiteral("sessions")));
    QVERIFY(!session.isEmpty());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("GAVEL_HOME"), m_home->filePath(QStringLiteral("sessions")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
    // The status bar's messages on stderr, to read what each window says.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("gavel.status.info=true"));

    QProcess first;
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(GAVEL_EXECUTABLE), {session});
    QVERIFY(first.waitForStarted());
    QByteArray firstSays;
    const auto readFirst = [&] {
        firstSays += first.readAllStandardError();
        return firstSays;
    };
    // Open, as its status bar says ("Opened …" or "Resumed …", with the session's path).
    QTRY_VERIFY2_WITH_TIMEOUT(readFirst().contains(QFile::encodeName(QDir::toNativeSeparators(session)) + '\n'),
                              firstSays.constData(), 20000);

    QProcess second;
    second.setProcessEnvironment(env);
    second.start(QStringLiteral(GAVEL_EXECUTABLE), {session});
    QVERIFY(second.waitForFinished(30000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    const QByteArray secondSays = second.readAllStandardError();
    QVERIFY2(secondSays.contains("gavel.status: This meeting is open in another Gavel window"), secondSays.constData());
    QVERIFY2(!secondSays.contains(QFile::encodeName(QDir::toNativeSeparators(session)) + '\n'),
             secondSays.constData()); // it never opened the session
    QTRY_VERIFY2_WITH_TIMEOUT(readFirst().contains("gavel.status: Brought to the front"), firstSays.constData(), 20000);
    QVERIFY(first.state() == QProcess::Running);

    first.terminate();
    if (!first.waitForFinished(30000)) {
        first.kill();
        first.waitForFinished();
    }
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
