// The window's part of agendas from the web (issue 17): Open URL, Open From Repository and Agenda
// From Issues, driven through their dialogs against a fake GitHub (API and raw server) on the
// loopback address. The answers are GitHub's documented shapes, written by hand below; the
// agendas served are the bundled sample and the community's own 2025 files, so what the window
// shows is what importing those files shows.

#include "agenda/agendaimporter.h"
#include "banner.h"
#include "fakeclock.h"
#include "fakewebserver.h"
#include "issuesdialog.h"
#include "meeting/livemeeting.h"
#include "meetingactions.h"
#include "openurldialog.h"
#include "repositorydialog.h"
#include "sessionclaim.h"
#include "shortcutsdialog.h"
#include "storage/sessionfile.h"
#include "storage/sessionstore.h"
#include "testsupport.h"
#include "timerdisplay.h"
#include "widgetsupport.h"

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

using namespace gavel;
using namespace gavel::test;

namespace {

const QByteArray folderPath = "/repos/PaddlePaddle/community/contents/pfcc/meetings/2025";
const QString rawFolder = QStringLiteral("/PaddlePaddle/community/master/pfcc/meetings/2025/");

QString corpus2025(const QString &name)
{
    return corpusDir() + QStringLiteral("/pfcc-2025/") + name;
}

// The rows of a list as the chair reads them: its columns joined by " | ".
QStringList rowsOf(const QTreeWidget *list)
{
    QStringList rows;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QStringList cells;
        for (int c = 0; c < list->columnCount(); ++c) {
            cells.append(list->topLevelItem(i)->text(c));
        }
        rows.append(cells.join(QStringLiteral(" | ")));
    }
    return rows;
}

// A dialog shown by the window, with the keyboard (the offscreen platform activates no window by itself).
bool isActive(QWidget *dialog)
{
    QApplication::setActiveWindow(dialog);
    return QTest::qWaitForWindowActive(dialog) && QApplication::activeWindow() == dialog;
}

QStringList titlesOf(const QList<AgendaItem> &items)
{
    QStringList titles;
    for (const AgendaItem &item : items) {
        titles.append(item.title);
    }
    return titles;
}

} // namespace

class TestWebWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void openUrlOpensTheAgendaAndTheSessionReopensOffline();
    void cancelAbortsASilentFetchAtOnceAndLeavesTheMeeting();
    void progressSaysTheBytesOnceTheSizeIsKnown();
    void failureNamesTheAddressAndLeavesTheMeeting();
    void runningMeetingKeepsCountingWhileAFetchWaits();
    void repositoryListsAgendasNewestFirstAndTheSeriesRemembersIt();
    void repositoryErrorsAreSaidInTheDialog();
    void repositoryDialogStartsFromWhereTheAgendaCameFrom();
    void issuesArePreviewedThenOpenedAsANewMeeting();
    void organisationSearchSaysItsLimit();
    void newCommandsAreInTheFileMenu();
    void fetchedMeetingOpenElsewhereComesForwardAndTheNewGavelQuits();

private:
    std::unique_ptr<MainWindow> window(const char *name);
    // Opens File > Open URL and asks for `address`, by the keyboard.
    OpenUrlDialog *askForAddress(MainWindow *window, const QString &address);
    // A request to `path` that is never answered: its socket, to see when the client lets go.
    void serveSilence(const QByteArray &path);

    QTemporaryDir m_home;
    FakeClock m_clock {testStartMs()};
    std::unique_ptr<FakeWebServer> m_server;
    QPointer<QTcpSocket> m_silent;
};

void TestWebWindow::initTestCase()
{
    QVERIFY(m_home.isValid());
    keepHomeIn(m_home.path());
}

void TestWebWindow::init()
{
    m_server = std::make_unique<FakeWebServer>();
    qputenv("GAVEL_GITHUB_API", m_server->base().toUtf8());
    qputenv("GAVEL_GITHUB_RAW", m_server->base().toUtf8());
    qunsetenv("GAVEL_GITHUB_TOKEN");
    m_silent = nullptr;
    const QByteArray sample = readAll(sampleAgenda());
    m_server->on("/agenda.md", [sample](QTcpSocket *socket) {
        FakeWebServer::answer(socket, "200 OK", sample, "Content-Type: text/plain; charset=utf-8\r\n");
    });
}

void TestWebWindow::cleanup()
{
    m_server.reset();
}

std::unique_ptr<MainWindow> TestWebWindow::window(const char *name)
{
    return shownMainWindow(&m_clock, m_home.filePath(QLatin1String(name)));
}

OpenUrlDialog *TestWebWindow::askForAddress(MainWindow *window, const QString &address)
{
    find<QAction>(window, "actionOpenUrl")->trigger();
    auto *dialog = find<OpenUrlDialog>(window, "openUrlDialog");
    if (!isActive(dialog)) {
        return nullptr;
    }
    auto *field = find<QLineEdit>(dialog, "urlField");
    field->setFocus();
    field->clear();
    QTest::keyClicks(field, address);
    QTest::keyClick(field, Qt::Key_Return);
    return dialog;
}

void TestWebWindow::serveSilence(const QByteArray &path)
{
    m_server->on(path, [this](QTcpSocket *socket) { m_silent = socket; });
}

void TestWebWindow::openUrlOpensTheAgendaAndTheSessionReopensOffline()
{
    const QString home = m_home.filePath(QStringLiteral("opens"));
    const QString address = m_server->base() + QStringLiteral("/agenda.md");
    const QString title = AgendaImporter::importFile(sampleAgenda()).meeting.title;
    QString copy;
    QString sessionPath;
    {
        const auto w = window("opens");
        QVERIFY(w);
        QPointer<OpenUrlDialog> dialog = askForAddress(w.get(), address);
        QVERIFY(dialog);
        QTRY_VERIFY(w->store()->isOpen());
        QCOMPARE(w->meeting()->meeting().title, title);
        QCOMPARE(w->store()->sourceAddress(), address);
        copy = w->store()->sourceAgenda();
        QCOMPARE(copy, home + QStringLiteral("/sessions/.fetched/127.0.0.1/agenda.md"));
        QTRY_VERIFY(!dialog || !dialog->isVisible()); // done with
        // The status bar names the address, not Gavel's copy.
        QVERIFY2(w->statusBar()->currentMessage().startsWith(QStringLiteral("Opened %1 · session in").arg(address)),
                 qPrintable(w->statusBar()->currentMessage()));
        sessionPath = w->store()->path();
        w->meetingActions()->startPause()->trigger(); // a change, so the session is written
        w->close();
    }
    SessionData saved;
    QString error;
    QVERIFY2(sessionfile::load(sessionPath, &saved, &error), qPrintable(error));
    QCOMPARE(saved.sourceAddress, address);
    QCOMPARE(saved.sourceAgenda, copy);

    // The server is gone: Open Recent opens the kept copy and its session, with its address.
    m_server.reset();
    const auto again = window("opens");
    QVERIFY(again);
    auto *recent = find<QMenu>(again.get(), "recentMenu");
    QVERIFY(!recent->actions().isEmpty());
    QCOMPARE(recent->actions().constFirst()->toolTip(), QDir::toNativeSeparators(copy));
    recent->actions().constFirst()->trigger();
    QVERIFY(again->store()->isOpen());
    QCOMPARE(again->store()->path(), sessionPath);
    QCOMPARE(again->meeting()->meeting().title, title);
    QCOMPARE(again->store()->sourceAddress(), address);
    QVERIFY(!find<Banner>(again.get(), "banner")->text().startsWith(QStringLiteral("Could not")));
}

void TestWebWindow::cancelAbortsASilentFetchAtOnceAndLeavesTheMeeting()
{
    const auto w = window("cancels");
    QVERIFY(w);
    QVERIFY(w->openFile(sampleAgenda()));
    const QString session = w->store()->path();
    serveSilence("/silent.md");
    const QString address = m_server->base() + QStringLiteral("/silent.md");
    OpenUrlDialog *dialog = askForAddress(w.get(), address);
    QVERIFY(dialog);
    QTRY_VERIFY(m_silent);
    QVERIFY(find<QProgressBar>(dialog, "transferProgress")->isVisible());
    QCOMPARE(find<QProgressBar>(dialog, "transferProgress")->maximum(), 0); // busy: no size known
    QCOMPARE(find<QLabel>(dialog, "transferText")->text(), QStringLiteral("Fetching %1…").arg(address));
    QVERIFY(!find<QPushButton>(dialog, "openUrlButton")->isEnabled()); // one fetch at a time

    QTest::mouseClick(find<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    // The transfer is dropped at once, long before its 10 s of silence would end it.
    QTRY_VERIFY_WITH_TIMEOUT(!m_silent || m_silent->state() == QAbstractSocket::UnconnectedState, 3000);
    QCOMPARE(w->statusBar()->currentMessage(), QStringLiteral("Stopped fetching %1: nothing was opened.").arg(address));
    QCOMPARE(w->store()->path(), session);
    QCOMPARE(w->meeting()->meeting().title, AgendaImporter::importFile(sampleAgenda()).meeting.title);
    QVERIFY(!find<Banner>(w.get(), "banner")->isVisible());
    QVERIFY(!w->findChild<OpenUrlDialog *>() || !w->findChild<OpenUrlDialog *>()->isVisible());
}

void TestWebWindow::progressSaysTheBytesOnceTheSizeIsKnown()
{
    const auto w = window("progress");
    QVERIFY(w);
    // 6,000 of the 20,000 bytes said, then nothing more: the transfer waits there. Qt tells the
    // progress of data that comes 100 ms or more after the request, hence the second part.
    m_server->on("/half.md", [this](QTcpSocket *socket) {
        m_silent = socket;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 20000\r\n\r\n"
                      + QByteArray(5000, 'x'));
        QTimer::singleShot(150, socket, [socket] { socket->write(QByteArray(1000, 'x')); });
    });
    const QString address = m_server->base() + QStringLiteral("/half.md");
    OpenUrlDialog *dialog = askForAddress(w.get(), address);
    QVERIFY(dialog);
    auto *bar = find<QProgressBar>(dialog, "transferProgress");
    QTRY_COMPARE(find<QLabel>(dialog, "transferText")->text(),
                 QStringLiteral("Fetching %1… (6.0 kB of 20.0 kB)").arg(address));
    QCOMPARE(bar->maximum(), 19); // in kibibytes
    QCOMPARE(bar->value(), 5);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!m_silent || m_silent->state() == QAbstractSocket::UnconnectedState, 3000);
    QVERIFY(!w->store()->isOpen());
}

void TestWebWindow::failureNamesTheAddressAndLeavesTheMeeting()
{
    const auto w = window("fails");
    QVERIFY(w);
    QVERIFY(w->openFile(sampleAgenda()));
    const QString session = w->store()->path();
    const QString address = m_server->base() + QStringLiteral("/missing.md");
    OpenUrlDialog *dialog = askForAddress(w.get(), address);
    QVERIFY(dialog);
    const QString said
        = QStringLiteral("Could not open the agenda: %1: the server answered HTTP 404 Not Found").arg(address);
    auto *banner = find<Banner>(w.get(), "banner");
    QTRY_COMPARE(banner->text(), said);
    QVERIFY(banner->isVisible());
    // The dialog stays, saying the same, for the address to be corrected.
    QVERIFY(dialog->isVisible());
    QCOMPARE(find<QLabel>(dialog, "transferText")->text(), said);
    QVERIFY(find<QPushButton>(dialog, "openUrlButton")->isEnabled());
    QCOMPARE(w->store()->path(), session);
    QCOMPARE(w->meeting()->meeting().title, AgendaImporter::importFile(sampleAgenda()).meeting.title);
    dialog->close();
}

void TestWebWindow::runningMeetingKeepsCountingWhileAFetchWaits()
{
    const auto w = window("keeps-time");
    QVERIFY(w);
    QVERIFY(w->openFile(sampleAgenda()));
    w->meetingActions()->startPause()->trigger();
    QCOMPARE(w->meeting()->phase(), LiveMeeting::Phase::Running);
    auto *timer = find<TimerDisplay>(w.get(), "timerDisplay");
    QCOMPARE(timer->digits(), QStringLiteral("05:00"));
    serveSilence("/slow.md");
    OpenUrlDialog *dialog = askForAddress(w.get(), m_server->base() + QStringLiteral("/slow.md"));
    QVERIFY(dialog);
    QTRY_VERIFY(m_silent);
    QVERIFY(!QApplication::activeModalWidget()); // nothing holds the window
    m_clock.advance(60 * 1000);
    QTRY_COMPARE(timer->digits(), QStringLiteral("04:00")); // the meeting's own tick, while the fetch waits
    m_clock.advance(30 * 1000);
    QTRY_COMPARE(timer->digits(), QStringLiteral("03:30"));
    QVERIFY(find<QProgressBar>(dialog, "transferProgress")->isVisible());
    QCOMPARE(w->meeting()->phase(), LiveMeeting::Phase::Running);
    dialog->reject();
}

void TestWebWindow::repositoryListsAgendasNewestFirstAndTheSeriesRemembersIt()
{
    const QStringList names {
        QStringLiteral("2025-01-23-meeting-agenda.md"), QStringLiteral("2025-01-23-meeting-minutes.md"),
        QStringLiteral("2025-03-06-meeting-agenda.md"), QStringLiteral("2025-02-20-meeting-agenda.md"),
        QStringLiteral("2025-02-20-meeting-minutes.md")};
    QJsonArray contents;
    for (const QString &name : names) {
        const QString path = QStringLiteral("pfcc/meetings/2025/") + name;
        contents.append(QJsonObject {
            {QStringLiteral("name"), name},
            {QStringLiteral("path"), path},
            {QStringLiteral("type"), QStringLiteral("file")},
            {QStringLiteral("download_url"), m_server->base() + rawFolder + name},
            {QStringLiteral("html_url"),
             QStringLiteral("https://github.com/PaddlePaddle/community/blob/master/") + path},
        });
        const QByteArray bytes = readAll(corpus2025(name));
        m_server->on((rawFolder + name).toUtf8(), [bytes](QTcpSocket *socket) {
            FakeWebServer::answer(socket, "200 OK", bytes, "Content-Type: text/plain; charset=utf-8\r\n");
        });
    }
    contents.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("images")},
                                 {QStringLiteral("path"), QStringLiteral("pfcc/meetings/2025/images")},
                                 {QStringLiteral("type"), QStringLiteral("dir")},
                                 {QStringLiteral("download_url"), QJsonValue()},
                                 {QStringLiteral("html_url"), QStringLiteral("https://github.com/x")}});
    const QByteArray answer = QJsonDocument(contents).toJson();
    m_server->on(folderPath, [answer](QTcpSocket *socket) { FakeWebServer::answerJson(socket, "200 OK", answer); });

    const auto w = window("repository");
    QVERIFY(w);
    find<QAction>(w.get(), "actionOpenFromRepository")->trigger();
    auto *dialog = find<RepositoryDialog>(w.get(), "repositoryDialog");
    QVERIFY(isActive(dialog));
    auto *repository = find<QLineEdit>(dialog, "repositoryField");
    auto *folder = find<QLineEdit>(dialog, "folderField");
    // Nothing open, nothing remembered: the fields are empty, with PFCC's as examples.
    QCOMPARE(repository->text(), QString());
    QCOMPARE(repository->placeholderText(), QStringLiteral("PaddlePaddle/community"));
    QCOMPARE(folder->placeholderText(), QStringLiteral("pfcc/meetings/2025"));
    repository->setFocus();
    QTest::keyClicks(repository, QStringLiteral("PaddlePaddle/community"));
    QTest::keyClick(repository, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), folder);
    QTest::keyClicks(folder, QStringLiteral("pfcc/meetings/2025"));
    QTest::keyClick(folder, Qt::Key_Return); // lists

    auto *list = find<QTreeWidget>(dialog, "agendaList");
    QTRY_COMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(rowsOf(list),
             QStringList({QStringLiteral("2025-03-06 | 2025-03-06-meeting-agenda.md"),
                          QStringLiteral("2025-02-20 | 2025-02-20-meeting-agenda.md"),
                          QStringLiteral("2025-01-23 | 2025-01-23-meeting-agenda.md")}));
    QCOMPARE(find<QLabel>(dialog, "transferText")->text(),
             QStringLiteral("3 agendas in PaddlePaddle/community/pfcc/meetings/2025."));
    // The newest is chosen, the list has the keys: Down, then Return opens the one before it.
    QCOMPARE(QApplication::focusWidget(), list);
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    const QString address = m_server->base() + rawFolder + QStringLiteral("2025-02-20-meeting-agenda.md");
    QTRY_VERIFY(w->store()->isOpen());
    QCOMPARE(w->store()->sourceAddress(), address);
    QCOMPARE(w->meeting()->meeting().title,
             AgendaImporter::importFile(corpus2025(QStringLiteral("2025-02-20-meeting-agenda.md"))).meeting.title);

    // The series of the meeting opened keeps its repository and folder, on disk.
    const QString seriesJson
        = QFileInfo(QFileInfo(w->store()->path()).absolutePath()).absolutePath() + QStringLiteral("/series.json");
    const QJsonObject series = QJsonDocument::fromJson(readAll(seriesJson)).object();
    QCOMPARE(series.value(QStringLiteral("repository")).toString(), QStringLiteral("PaddlePaddle/community"));
    QCOMPARE(series.value(QStringLiteral("repositoryFolder")).toString(), QStringLiteral("pfcc/meetings/2025"));

    // Asked again, the dialog starts from the series' folder and lists it at once: in this
    // year's folder first (the clock says 2026), which GitHub does not have yet, then in 2025's.
    QTRY_VERIFY(!w->findChild<RepositoryDialog *>() || !w->findChild<RepositoryDialog *>()->isVisible());
    m_server->forget();
    find<QAction>(w.get(), "actionOpenFromRepository")->trigger();
    dialog = find<RepositoryDialog>(w.get(), "repositoryDialog");
    QCOMPARE(find<QLineEdit>(dialog, "repositoryField")->text(), QStringLiteral("PaddlePaddle/community"));
    QTRY_COMPARE(find<QTreeWidget>(dialog, "agendaList")->topLevelItemCount(), 3);
    QCOMPARE(find<QLineEdit>(dialog, "folderField")->text(), QStringLiteral("pfcc/meetings/2025"));
    QCOMPARE(m_server->seen().size(), 2);
    QCOMPARE(m_server->seen().at(0).pathOnly(),
             QByteArray("/repos/PaddlePaddle/community/contents/pfcc/meetings/2026"));
    QCOMPARE(m_server->seen().at(1).pathOnly(), folderPath);

    // Once this year's folder holds an agenda, that is what the dialog lists.
    const QByteArray thisYear
        = R"([{"name": "2026-01-08-meeting-agenda.md", "path": "pfcc/meetings/2026/2026-01-08-meeting-agenda.md",
        "type": "file", "download_url": "https://raw.githubusercontent.com/x", "html_url": "https://github.com/x"}])";
    m_server->on("/repos/PaddlePaddle/community/contents/pfcc/meetings/2026",
                 [thisYear](QTcpSocket *socket) { FakeWebServer::answerJson(socket, "200 OK", thisYear); });
    QPointer<RepositoryDialog> closed = dialog;
    QTest::keyClick(find<QTreeWidget>(dialog, "agendaList"), Qt::Key_Escape);
    QTRY_VERIFY(!closed); // gone
    find<QAction>(w.get(), "actionOpenFromRepository")->trigger();
    dialog = find<RepositoryDialog>(w.get(), "repositoryDialog");
    QTRY_COMPARE(rowsOf(find<QTreeWidget>(dialog, "agendaList")),
                 QStringList {QStringLiteral("2026-01-08 | 2026-01-08-meeting-agenda.md")});
    QCOMPARE(find<QLineEdit>(dialog, "folderField")->text(), QStringLiteral("pfcc/meetings/2026"));
    QTest::keyClick(find<QTreeWidget>(dialog, "agendaList"), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
}

void TestWebWindow::repositoryErrorsAreSaidInTheDialog()
{
    const auto w = window("repository-errors");
    QVERIFY(w);
    QVERIFY(w->openFile(sampleAgenda()));
    const QString session = w->store()->path();
    find<QAction>(w.get(), "actionOpenFromRepository")->trigger();
    auto *dialog = find<RepositoryDialog>(w.get(), "repositoryDialog");
    QVERIFY(isActive(dialog));
    auto *repository = find<QLineEdit>(dialog, "repositoryField");
    auto *folder = find<QLineEdit>(dialog, "folderField");
    auto *said = find<QLabel>(dialog, "transferText");

    // Not O/R: said before anything is asked of GitHub.
    repository->setText(QStringLiteral("PaddlePaddle"));
    folder->setText(QStringLiteral("pfcc"));
    m_server->forget();
    QTest::keyClick(folder, Qt::Key_Return);
    QVERIFY(!said->text().isEmpty());
    QVERIFY(m_server->seen().isEmpty());

    // A folder GitHub does not have: its address and the cause, in the dialog.
    repository->setText(QStringLiteral("O/R"));
    folder->setText(QStringLiteral("nowhere"));
    QTest::mouseClick(find<QPushButton>(dialog, "listButton"), Qt::LeftButton);
    const QString url = m_server->base() + QStringLiteral("/repos/O/R/contents/nowhere");
    QTRY_VERIFY2(said->text().startsWith(url + QStringLiteral(": ")), qPrintable(said->text()));
    QVERIFY2(said->text().contains(QStringLiteral("404")), qPrintable(said->text()));
    QCOMPARE(find<QTreeWidget>(dialog, "agendaList")->topLevelItemCount(), 0);
    QVERIFY(!find<QPushButton>(dialog, "openAgendaButton")->isEnabled());
    QVERIFY(dialog->isVisible());
    QCOMPARE(w->store()->path(), session);
    dialog->reject();
}

void TestWebWindow::repositoryDialogStartsFromWhereTheAgendaCameFrom()
{
    const QByteArray sample = readAll(sampleAgenda());
    m_server->on("/PaddlePaddle/community/master/pfcc/meetings/2022/2022-04-14-meeting-agenda.md",
                 [sample](QTcpSocket *socket) { FakeWebServer::answer(socket, "200 OK", sample); });
    const auto w = window("repository-from-address");
    QVERIFY(w);
    // A GitHub file page, read from the (fake) raw server; its series has no repository yet.
    const QString page = QStringLiteral(
        "https://github.com/PaddlePaddle/community/blob/master/pfcc/meetings/2022/2022-04-14-meeting-agenda.md");
    QVERIFY(askForAddress(w.get(), page));
    QTRY_VERIFY(w->store()->isOpen());
    QCOMPARE(w->store()->sourceAddress(), page);

    m_server->forget();
    find<QAction>(w.get(), "actionOpenFromRepository")->trigger();
    auto *dialog = find<RepositoryDialog>(w.get(), "repositoryDialog");
    QCOMPARE(find<QLineEdit>(dialog, "repositoryField")->text(), QStringLiteral("PaddlePaddle/community"));
    // Listed at once: this year's folder first, then, as GitHub has none, the agenda's own.
    QTRY_COMPARE(m_server->seen().size(), 2);
    QCOMPARE(m_server->seen().at(0).pathOnly(),
             QByteArray("/repos/PaddlePaddle/community/contents/pfcc/meetings/2026"));
    QCOMPARE(m_server->seen().at(1).pathOnly(),
             QByteArray("/repos/PaddlePaddle/community/contents/pfcc/meetings/2022"));
    QTRY_COMPARE(find<QLineEdit>(dialog, "folderField")->text(), QStringLiteral("pfcc/meetings/2022"));
    dialog->reject();
}

void TestWebWindow::issuesArePreviewedThenOpenedAsANewMeeting()
{
    const QByteArray issues = R"([
      {"number": 15, "title": "Add the API docs", "html_url": "https://github.com/O/R/pull/15", "state": "open",
       "user": {"login": "bob"}, "labels": [{"name": "meeting agenda"}],
       "pull_request": {"url": "https://api.github.com/repos/O/R/pulls/15"}},
      {"number": 12, "title": "Discuss the roadmap", "html_url": "https://github.com/O/R/issues/12",
       "state": "open", "user": {"login": "alice"}, "labels": [{"name": "meeting agenda"}, {"name": "rfc"}]}
    ])";
    m_server->on("/repos/O/R/issues",
                 [issues](QTcpSocket *socket) { FakeWebServer::answerJson(socket, "200 OK", issues); });

    const auto w = window("issues");
    QVERIFY(w);
    find<QAction>(w.get(), "actionAgendaFromIssues")->trigger();
    QPointer<IssuesDialog> dialog = find<IssuesDialog>(w.get(), "issuesDialog");
    QVERIFY(isActive(dialog));
    auto *target = find<QLineEdit>(dialog, "targetField");
    target->setFocus();
    QTest::keyClicks(target, QStringLiteral("O/R"));
    QTest::keyClick(target, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("meeting agenda"));
    QCOMPARE(QApplication::focusWidget(), find<QLineEdit>(dialog, "labelField"));
    QVERIFY(!find<QPushButton>(dialog, "openMeetingButton")->isEnabled()); // nothing previewed yet
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // previews

    auto *list = find<QTreeWidget>(dialog, "issueList");
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(rowsOf(list),
             QStringList({QStringLiteral("#15 | Add the API docs | bob | Pull request"),
                          QStringLiteral("#12 | Discuss the roadmap | alice | Issue")}));
    QCOMPARE(m_server->seen().constLast().query(QStringLiteral("labels")), QStringLiteral("meeting agenda"));
    QVERIFY(find<QPushButton>(dialog, "openMeetingButton")->isEnabled());

    QTest::mouseClick(find<QPushButton>(dialog, "openMeetingButton"), Qt::LeftButton);
    QTRY_VERIFY(w->store()->isOpen());
    const QStringList titles = titlesOf(w->meeting()->meeting().items);
    QCOMPARE(titles.size(), 2);
    QVERIFY2(titles[0].contains(QStringLiteral("Add the API docs")), qPrintable(titles.join(QLatin1Char('\n'))));
    QVERIFY2(titles[1].contains(QStringLiteral("Discuss the roadmap")), qPrintable(titles.join(QLatin1Char('\n'))));
    QCOMPARE(w->meeting()->meeting().items[1].speakers, QStringList {QStringLiteral("alice")});
    // Kept below the sessions, named by the query and the day the window's clock says.
    const QString kept = w->store()->sourceAgenda();
    QVERIFY(QFileInfo::exists(kept));
    QVERIFY2(kept.startsWith(m_home.filePath(QStringLiteral("issues/sessions/.fetched/issues/O/R/2026-11-25"))),
             qPrintable(kept));
    QTRY_VERIFY(!dialog); // closed, and gone
}

void TestWebWindow::organisationSearchSaysItsLimit()
{
    const QByteArray found = R"({"total_count": 1534, "incomplete_results": false, "items": [
      {"number": 7, "title": "Steering: budget", "html_url": "https://github.com/O/A/issues/7", "state": "open",
       "user": {"login": "carol"}, "labels": [{"name": "steering"}],
       "repository_url": "https://api.github.com/repos/O/A"}
    ]})";
    m_server->on("/search/issues", [found](QTcpSocket *socket) { FakeWebServer::answerJson(socket, "200 OK", found); });

    const auto w = window("organisation");
    QVERIFY(w);
    find<QAction>(w.get(), "actionAgendaFromIssues")->trigger();
    auto *dialog = find<IssuesDialog>(w.get(), "issuesDialog");
    find<QLineEdit>(dialog, "targetField")->setText(QStringLiteral("O"));
    find<QLineEdit>(dialog, "labelField")->setText(QStringLiteral("steering"));
    QTest::mouseClick(find<QPushButton>(dialog, "previewButton"), Qt::LeftButton);
    auto *list = find<QTreeWidget>(dialog, "issueList");
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(rowsOf(list), QStringList {QStringLiteral("O/A#7 | Steering: budget | carol | Issue")});
    auto *note = find<QLabel>(dialog, "issuesNote");
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(),
             QStringLiteral("GitHub's search gives at most 1,000 results and 1,534 match: the agenda has the first "
                            "1,000 only. A narrower label, or one repository, gives them all."));
    dialog->reject();
}

void TestWebWindow::newCommandsAreInTheFileMenu()
{
    const auto w = window("menu");
    QVERIFY(w);
    const auto *openUrl = find<QAction>(w.get(), "actionOpenUrl");
    QCOMPARE(openUrl->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    // No other command of the window answers to it.
    for (const QAction *action : w->findChildren<QAction *>()) {
        if (action != openUrl) {
            QVERIFY2(!action->shortcuts().contains(openUrl->shortcut()), qPrintable(action->text()));
        }
    }
    for (const char *name : {"actionOpenUrl", "actionOpenFromRepository", "actionAgendaFromIssues"}) {
        const QAction *action = find<QAction>(w.get(), name);
        QVERIFY2(!action->property(ShortcutsDialog::keywordsProperty).toString().isEmpty(), name); // F1 finds it
        QVERIFY2(!action->associatedObjects().isEmpty(), name); // in a menu
    }
    // The shortcut opens the dialog from the window, the address field ready for typing.
    QTest::keyClick(w.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = find<OpenUrlDialog>(w.get(), "openUrlDialog");
    QVERIFY(dialog->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), find<QLineEdit>(dialog, "urlField"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
}

QTEST_MAIN(TestWebWindow)
#include "tst_webwindow.moc"

void TestWebWindow::fetchedMeetingOpenElsewhereComesForwardAndTheNewGavelQuits()
{
    // One window a meeting: `gavel URL` for the meeting this window has open learns so only when
    // the agenda has arrived. The window comes forward, and the new Gavel, empty, ends.
    const auto w = window("elsewhere");
    QVERIFY(w);
    const QString address = m_server->base() + QStringLiteral("/agenda.md");
    QVERIFY(!w->openFile(address));
    QTRY_VERIFY(w->store()->isOpen());
    w->meetingActions()->startPause()->trigger();
    QVERIFY(w->store()->saveNow());
    QTRY_VERIFY(QFileInfo::exists(SessionClaim::serverNameOf(w->store()->path()))); // its server is up

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const ProcessResult run = runGavel({address}, 30000, environment);
    QVERIFY2(!run.crashed, run.err.constData());
    QCOMPARE(run.exitCode, 0);
    QTRY_COMPARE(w->statusBar()->currentMessage(),
                 QStringLiteral("Brought to the front: this meeting was opened again, and it is open here."));
}
