// The window's part of publishing the minutes as a pull request (issue 18): File > Publish
// Minutes, driven through its dialog against a fake GitHub on the loopback address. The answers
// are GitHub's documented shapes for the six steps, written by hand below; the meeting is the
// bundled sample (2022-04-14), so the branch, the path and the title are that date's and title.

#include "agenda/agendaimporter.h"
#include "banner.h"
#include "fakeclock.h"
#include "fakewebserver.h"
#include "meeting/livemeeting.h"
#include "meetingactions.h"
#include "publishdialog.h"
#include "series/seriesnames.h"
#include "series/seriessettings.h"
#include "shortcutsdialog.h"
#include "storage/sessionstore.h"
#include "testsupport.h"
#include "web/publish.h"
#include "web/tokenstore.h"
#include "widgetsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

using namespace gavel;
using namespace gavel::test;

namespace {

const QByteArray token = "github_pat_11TESTTOKEN0123456789_abcdefSECRET";
const QString repository = QStringLiteral("PaddlePaddle/community");
const QString minutesPath = QStringLiteral("pfcc/meetings/2022/2022-04-14-meeting-minutes.md");
const QString pullUrl = QStringLiteral("https://github.com/PaddlePaddle/community/pull/7");

// Everything Qt logs while the test runs, to look for the token in it.
QByteArray logged;
QtMessageHandler previousHandler = nullptr;
void keepLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    logged += message.toUtf8() + '\n';
    previousHandler(type, context, message);
}

// A dialog shown by the window, with the keyboard (the offscreen platform activates no window by itself).
bool isActive(QWidget *dialog)
{
    QApplication::setActiveWindow(dialog);
    return QTest::qWaitForWindowActive(dialog) && QApplication::activeWindow() == dialog;
}

// A file's bytes; empty when it is not there (a series that remembers nothing yet).
QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString text(QWidget *dialog, const char *name)
{
    return find<QLabel>(dialog, name)->text();
}

// Every request as "METHOD /path", in order.
QStringList requestsOf(const FakeWebServer &server)
{
    QStringList lines;
    for (const SeenRequest &request : server.seen()) {
        lines.append(QString::fromLatin1(request.method + ' ' + request.pathOnly()));
    }
    return lines;
}

// Whether a shared library whose file name starts with `prefix` is mapped into this process.
bool mapped(const QByteArray &prefix)
{
    for (const QByteArray &line : bytesOf(QStringLiteral("/proc/self/maps")).split('\n')) {
        if (line.mid(line.lastIndexOf('/') + 1).startsWith(prefix)) {
            return true;
        }
    }
    return false;
}

// A keychain no service answers for, as the plugin says it where there is no session bus.
class UnansweredKeychain : public TokenStore
{
public:
    void read(QObject *context, const Done &done) override { unanswered(context, done); }
    void write(const QByteArray &, QObject *context, const Done &done) override { unanswered(context, done); }
    void remove(QObject *context, const Done &done) override { unanswered(context, done); }

private:
    static void unanswered(QObject *context, const Done &done)
    {
        QTimer::singleShot(0, context, [done] {
            done({{}, QStringLiteral("no keychain service answered within 3 s"), true});
        });
    }
};

} // namespace

class TestPublishWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void commandIsInTheFileMenuAndNeedsAMeeting();
    void theKeychainIsLoadedOnlyOnceTheDialogAsks();
    void signingInChecksThePastedTokenThenKeepsIt();
    void aTokenGitHubRefusesIsNotKept();
    void withoutAKeychainTheTokenLastsTheSessionAndSaysSo();
    void tokenFromTheEnvironmentWinsAndSaysSo();
    void previewFollowsTheFields();
    void publishOpensThePullRequestAndTheBannerGivesTheLink();
    void publishingAgainSaysThePullRequestWasUpdated();
    void failureSaysTheStepAndChangesNothing_data();
    void failureSaysTheStepAndChangesNothing();
    void cancelStopsARequestThatWaits();
    void theTokenIsInNoFileNoSettingAndNoText();

private:
    std::unique_ptr<MainWindow> window(const char *name);
    // The window of `name` with the sample meeting open and the store given.
    std::unique_ptr<MainWindow> windowWithMeeting(const char *name);
    // File > Publish Minutes, the dialog active.
    PublishDialog *openDialog(MainWindow *window);
    // GitHub's answers for a publishing from scratch: the fork appears at the second look.
    void serveGitHub();
    void typeFields(PublishDialog *dialog);
    QString seriesJson(MainWindow *window) const;

    QTemporaryDir m_home;
    FakeClock m_clock {testStartMs()};
    std::unique_ptr<FakeWebServer> m_server;
    MemoryTokenStore m_tokens;
    QPointer<QTcpSocket> m_silent;
    int m_forkLooks = 0;
};

void TestPublishWindow::initTestCase()
{
    QVERIFY(m_home.isValid());
    keepHomeIn(m_home.path());
    previousHandler = qInstallMessageHandler(keepLog);
}

void TestPublishWindow::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void TestPublishWindow::init()
{
    m_server = std::make_unique<FakeWebServer>();
    qputenv("GAVEL_GITHUB_API", m_server->base().toUtf8());
    qunsetenv("GAVEL_GITHUB_TOKEN");
    m_tokens.remove(this, [](const TokenStore::Result &) {}); // forgotten at once
    m_silent = nullptr;
    m_forkLooks = 0;
    serveGitHub();
}

void TestPublishWindow::cleanup()
{
    m_server.reset();
}

void TestPublishWindow::serveGitHub()
{
    FakeWebServer &server = *m_server;
    server.on("/user", [](QTcpSocket *socket, const SeenRequest &request) {
        if (request.header("authorization") != "Bearer " + token) {
            return FakeWebServer::answerJson(socket, "401 Unauthorized", R"({"message": "Bad credentials"})");
        }
        FakeWebServer::answerJson(socket, "200 OK", R"({"login": "chair"})");
    });
    server.on("/repos/PaddlePaddle/community/forks", [](QTcpSocket *socket) {
        FakeWebServer::answerJson(socket, "202 Accepted", R"({"full_name": "chair/community"})");
    });
    server.on("/repos/chair/community", [this](QTcpSocket *socket) {
        if (++m_forkLooks == 1) {
            return FakeWebServer::answerJson(socket, "404 Not Found", R"({"message": "Not Found"})");
        }
        FakeWebServer::answerJson(socket, "200 OK", R"({"full_name": "chair/community"})");
    });
    server.on("/repos/PaddlePaddle/community", [](QTcpSocket *socket) {
        FakeWebServer::answerJson(socket, "200 OK",
                                  R"({"full_name": "PaddlePaddle/community", "default_branch": "main"})");
    });
    server.on("/repos/PaddlePaddle/community/git/ref/heads/main", [](QTcpSocket *socket) {
        FakeWebServer::answerJson(socket, "200 OK", R"({"ref": "refs/heads/main", "object": {"sha": "abc"}})");
    });
    server.on("/repos/chair/community/git/refs", [](QTcpSocket *socket) {
        FakeWebServer::answerJson(socket, "201 Created", R"({"ref": "refs/heads/gavel/minutes-2022-04-14"})");
    });
    server.on(("/repos/chair/community/contents/" + minutesPath).toUtf8(),
              [](QTcpSocket *socket, const SeenRequest &request) {
                  if (request.method == "PUT") {
                      return FakeWebServer::answerJson(socket, "201 Created", R"({"content": {"sha": "def"}})");
                  }
                  FakeWebServer::answerJson(socket, "404 Not Found", R"({"message": "Not Found"})");
              });
    server.on("/repos/PaddlePaddle/community/pulls", [](QTcpSocket *socket) {
        FakeWebServer::answerJson(socket, "201 Created",
                                  R"({"number": 7, "html_url": "https://github.com/PaddlePaddle/community/pull/7"})");
    });
}

std::unique_ptr<MainWindow> TestPublishWindow::window(const char *name)
{
    auto w = shownMainWindow(&m_clock, m_home.filePath(QLatin1String(name)));
    if (w) {
        w->setTokenStore(&m_tokens);
        w->setPublishLimits(publish::Limits {2000, 10, {}});
    }
    return w;
}

std::unique_ptr<MainWindow> TestPublishWindow::windowWithMeeting(const char *name)
{
    auto w = window(name);
    if (w && !w->openFile(sampleAgenda())) {
        return nullptr;
    }
    return w;
}

PublishDialog *TestPublishWindow::openDialog(MainWindow *window)
{
    find<QAction>(window, "actionPublishMinutes")->trigger();
    auto *dialog = window->findChild<PublishDialog *>(QStringLiteral("publishDialog"));
    return dialog && isActive(dialog) ? dialog : nullptr;
}

void TestPublishWindow::typeFields(PublishDialog *dialog)
{
    auto *field = find<QLineEdit>(dialog, "repositoryField");
    field->setFocus();
    field->clear();
    QTest::keyClicks(field, repository);
    QTest::keyClick(field, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), find<QLineEdit>(dialog, "folderField"));
    find<QLineEdit>(dialog, "folderField")->clear();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("pfcc/meetings/2022"));
}

QString TestPublishWindow::seriesJson(MainWindow *window) const
{
    return series::folderOf(window->store()->path()) + QStringLiteral("/series.json");
}

void TestPublishWindow::commandIsInTheFileMenuAndNeedsAMeeting()
{
    const auto w = window("menu");
    QVERIFY(w);
    const QAction *action = find<QAction>(w.get(), "actionPublishMinutes");
    QCOMPARE(action->text(), QStringLiteral("Pu&blish Minutes…"));
    QVERIFY(!action->property(ShortcutsDialog::keywordsProperty).toString().isEmpty()); // F1 finds it
    // In the File menu, its mnemonic no other entry there has.
    auto *menu = qobject_cast<QMenu *>(action->associatedObjects().value(0));
    QVERIFY(menu);
    for (const QAction *other : menu->actions()) {
        if (other != action && !other->isSeparator()) {
            QVERIFY2(!other->text().contains(QLatin1String("&b"), Qt::CaseInsensitive), qPrintable(other->text()));
        }
    }
    // No meeting open: nothing to publish, and the status bar says so.
    find<QAction>(w.get(), "actionPublishMinutes")->trigger();
    QVERIFY(!w->findChild<PublishDialog *>());
    QCOMPARE(w->statusBar()->currentMessage(),
             QStringLiteral("Open a meeting first: its minutes are what is published."));
}

void TestPublishWindow::theKeychainIsLoadedOnlyOnceTheDialogAsks()
{
    // No session bus here: the keychain's calls end as unavailable, and no test needs D-Bus.
    qputenv("DBUS_SESSION_BUS_ADDRESS", QFile::encodeName(QStringLiteral("unix:path=") + m_home.filePath("no-bus")));
    const auto w = shownMainWindow(&m_clock, m_home.filePath(QStringLiteral("keychain")));
    QVERIFY(w);
    QVERIFY(w->openFile(sampleAgenda()));
    QVERIFY(!mapped("gavel_keychain"));
    QVERIFY(!mapped("libqt6keychain"));

    find<QAction>(w.get(), "actionPublishMinutes")->trigger();
    auto *dialog = w->findChild<PublishDialog *>(QStringLiteral("publishDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(mapped("gavel_keychain"));
    QVERIFY(mapped("libqt6keychain"));
    QTRY_VERIFY_WITH_TIMEOUT(
        text(dialog, "tokenKeptText").startsWith(QLatin1String("No system keychain could be used (")), 10000);
    QCOMPARE(text(dialog, "accountText"), QStringLiteral("Not signed in."));
    dialog->close();
}

void TestPublishWindow::signingInChecksThePastedTokenThenKeepsIt()
{
    const auto w = windowWithMeeting("sign-in");
    QVERIFY(w);
    PublishDialog *dialog = openDialog(w.get());
    QVERIFY(dialog);
    QTRY_COMPARE(text(dialog, "accountText"), QStringLiteral("Not signed in."));
    QVERIFY(m_server->seen().isEmpty()); // no token, nothing asked

    // Keyboard only: the Sign In button opens the field, Return uses what was pasted.
    auto *signIn = find<QPushButton>(dialog, "signInButton");
    QCOMPARE(signIn->text(), QStringLiteral("&Sign In…"));
    signIn->setFocus();
    QTest::keyClick(signIn, Qt::Key_Space);
    auto *field = find<QLineEdit>(dialog, "tokenField");
    QVERIFY(field->isVisible());
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QCOMPARE(QApplication::focusWidget(), field);
    QVERIFY(find<QLabel>(dialog, "tokenHowTo")
                ->text()
                .contains(QLatin1String("https://github.com/settings/personal-access-tokens/new")));
    QTest::keyClicks(field, QString::fromLatin1(token));
    QTest::keyClick(field, Qt::Key_Return);

    QTRY_COMPARE(text(dialog, "accountText"), QStringLiteral("Signed in to GitHub as chair."));
    QCOMPARE(text(dialog, "tokenKeptText"), QStringLiteral("The token is kept in the system keychain."));
    QVERIFY(!field->isVisible());
    QCOMPARE(field->text(), QString()); // not kept in the widget either
    QCOMPARE(signIn->text(), QStringLiteral("C&hange Token…"));
    QCOMPARE(requestsOf(*m_server), QStringList {QStringLiteral("GET /user")});
    QCOMPARE(m_server->seen().constFirst().header("authorization"), "Bearer " + token);
    QByteArray kept;
    m_tokens.read(this, [&kept](const TokenStore::Result &result) { kept = result.token; });
    QTRY_COMPARE(kept, token);

    // Asked again, the dialog finds the token kept and the account it belongs to.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!w->findChild<PublishDialog *>());
    dialog = openDialog(w.get());
    QVERIFY(dialog);
    QTRY_COMPARE(text(dialog, "accountText"), QStringLiteral("Signed in to GitHub as chair."));
    QCOMPARE(m_server->seen().size(), 2);
}

void TestPublishWindow::aTokenGitHubRefusesIsNotKept()
{
    const auto w = windowWithMeeting("refused");
    QVERIFY(w);
    PublishDialog *dialog = openDialog(w.get());
    QVERIFY(dialog);
    QTest::mouseClick(find<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    auto *field = find<QLineEdit>(dialog, "tokenField");
    QTest::keyClicks(field, QStringLiteral("ghp_wrong"));
    QTest::mouseClick(find<QPushButton>(dialog, "useTokenButton"), Qt::LeftButton);
    QTRY_VERIFY(text(dialog, "accountText")
                    .startsWith(QStringLiteral("The token could not be checked with GitHub, so it was not kept: ")));
    QVERIFY2(text(dialog, "accountText").contains(QLatin1String("HTTP 401")), qPrintable(text(dialog, "accountText")));
    QVERIFY(field->isVisible()); // to be pasted again
    bool read = false;
    QByteArray kept = "unread";
    m_tokens.read(this, [&](const TokenStore::Result &result) {
        kept = result.token;
        read = true;
    });
    QTRY_VERIFY(read);
    QCOMPARE(kept, QByteArray());
    dialog->close();
}

void TestPublishWindow::withoutAKeychainTheTokenLastsTheSessionAndSaysSo()
{
    UnansweredKeychain keychain;
    const auto w = windowWithMeeting("no-keychain");
    QVERIFY(w);
    w->setTokenStore(&keychain);
    PublishDialog *dialog = openDialog(w.get());
    QVERIFY(dialog);
    const QString memory
        = QStringLiteral("No system keychain could be used (no keychain service answered within 3 s): ");
    QTRY_COMPARE(text(dialog, "tokenKeptText"),
                 memory + QStringLiteral("a token is kept in memory only, until Gavel quits."));
    QCOMPARE(text(dialog, "accountText"), QStringLiteral("Not signed in."));
    QTest::mouseClick(find<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    QTest::keyClicks(find<QLineEdit>(dialog, "tokenField"), QString::fromLatin1(token));
    QTest::keyClick(find<QLineEdit>(dialog, "tokenField"), Qt::Key_Return);
    QTRY_COMPARE(text(dialog, "accountText"), QStringLiteral("Signed in to GitHub as chair."));
    QCOMPARE(
        text(dialog, "tokenKeptText"),
        memory
            + QStringLiteral("the token is kept in memory only, until Gavel quits, and is asked for again next time."));

    // The same window remembers it for as long as it runs, and publishes with it.
    dialog->close();
    QTRY_VERIFY(!w->findChild<PublishDialog *>());
    dialog = openDialog(w.get());
    QVERIFY(dialog);
    QTRY_COMPARE(text(dialog, "accountText"), QStringLiteral("Signed in to GitHub as chair."));
    typeFields(dialog);
    m_server->forget();
    QTest::mouseClick(find<QPushButton>(dialog, "publishButton"), Qt::LeftButton);
    QPointer<PublishDialog> published = dialog;
    QTRY_VERIFY(!published);
    QVERIFY(find<Banner>(w.get(), "banner")->text().endsWith(pullUrl));
    QCOMPARE(m_server->seen().constLast().header("authorization"), "Bearer " + token);
}

void TestPublishWindow::tokenFromTheEnvironmentWinsAndSaysSo()
{
    qputenv("GAVEL_GITHUB_TOKEN", token);
    const auto w = windowWithMeeting("environment");
    QVERIFY(w);
    PublishDialog *dialog = openDialog(w.get());
    QVERIFY(dialog);
    QTRY_COMPARE(text(dialog, "accountText"), QStringLiteral("Signed in to GitHub as chair."));
    QCOMPARE(text(dialog, "tokenKeptText"),
             QStringLiteral("The token comes from the environment (GAVEL_GITHUB_TOKEN): it is used instead of one kept "
                            "by Gavel."));
    QVERIFY(!find<QPushButton>(dialog, "signInButton")->isVisible());
    qunsetenv("GAVEL_GITHUB_TOKEN");
    dialog->close();
}

void TestPublishWindow::previewFollowsTheFields()
{
    const auto w = windowWithMeeting("preview");
    QVERIFY(w);
    const QString title = AgendaImporter::importFile(sampleAgenda()).meeting.title.simplified();
    // The series remembers a folder of another year (listed there once): the meeting's year is proposed.
    QString error;
    seriessettings::Values values = seriessettings::load(series::folderOf(w->store()->path()));
    values.repository = repository;
    values.repositoryFolder = QStringLiteral("pfcc/meetings/2025");
    QVERIFY2(seriessettings::save(series::folderOf(w->store()->path()), values, &error), qPrintable(error));

    PublishDialog *dialog = openDialog(w.get());
    QVERIFY(dialog);
    QCOMPARE(find<QLineEdit>(dialog, "repositoryField")->text(), repository);
    QCOMPARE(find<QLineEdit>(dialog, "folderField")->text(), QStringLiteral("pfcc/meetings/2022"));
    QCOMPARE(find<QLineEdit>(dialog, "baseField")->text(), QString());
    QCOMPARE(text(dialog, "previewBranch"),
             QStringLiteral("gavel/minutes-2022-04-14, into the default branch of PaddlePaddle/community"));
    QCOMPARE(text(dialog, "previewFiles"), minutesPath);
    // Titled as the minutes are: the agenda's title with 纪要.
    QCOMPARE(text(dialog, "previewTitle"),
             QStringLiteral("Paddle Frawework Contributor Club 第一次会议纪要 (2022-04-14)"));
    QVERIFY(find<QPlainTextEdit>(dialog, "previewBody")
                ->toPlainText()
                .startsWith(QStringLiteral(
                    "**Paddle Frawework Contributor Club 第一次会议纪要**, of the meeting on 2022-04-14")));

    // Typed by the keyboard: another folder and a base branch.
    auto *folder = find<QLineEdit>(dialog, "folderField");
    folder->setFocus();
    folder->selectAll();
    QTest::keyClicks(folder, QStringLiteral("minutes"));
    QTest::keyClick(folder, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), find<QLineEdit>(dialog, "baseField"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("develop"));
    QTRY_COMPARE(text(dialog, "previewFiles"), QStringLiteral("minutes/2022-04-14-meeting-minutes.md"));
    QTRY_COMPARE(text(dialog, "previewBranch"),
                 QStringLiteral("gavel/minutes-2022-04-14, into develop of PaddlePaddle/community"));
    // The next agenda joins the same pull request, in the folder of its own year.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), find<QCheckBox>(dialog, "nextAgendaCheck"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    const QStringList files = text(dialog, "previewFiles").split(QLatin1Char('\n'));
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0), QStringLiteral("minutes/2022-04-14-meeting-minutes.md"));
    QVERIFY2(files.at(1).startsWith(QLatin1String("minutes/"))
                 && files.at(1).endsWith(QLatin1String("-meeting-agenda.md")),
             qPrintable(files.at(1)));

    // An O/R that is none is said where the files would be.
    auto *repositoryField = find<QLineEdit>(dialog, "repositoryField");
    repositoryField->setText(QStringLiteral("PaddlePaddle"));
    QTRY_COMPARE(text(dialog, "previewBranch"), QStringLiteral("–"));
    QVERIFY(!text(dialog, "previewFiles").isEmpty());
    QVERIFY(m_server->seen().isEmpty()); // nothing was sent: not signed in, nothing published

    // Publish before signing in: the token's field opens, with the keyboard in it.
    repositoryField->setText(repository);
    QTest::mouseClick(find<QPushButton>(dialog, "publishButton"), Qt::LeftButton);
    QCOMPARE(text(dialog, "transferText"), QStringLiteral("Sign in first: paste a token above."));
    QVERIFY(find<QLineEdit>(dialog, "tokenField")->isVisible());
    QCOMPARE(QApplication::focusWidget(), find<QLineEdit>(dialog, "tokenField"));
    QVERIFY(m_server->seen().isEmpty());
    dialog->close();
}

void TestPublishWindow::publishOpensThePullRequestAndTheBannerGivesTheLink()
{
    m_tokens.write(token, this, [](const TokenStore::Result &) {});
    const auto w = windowWithMeeting("publishes");
    QVERIFY(w);
    w->meetingActions()->startPause()->trigger();
    QCOMPARE(w->meeting()->phase(), LiveMeeting::Phase::Running);
    PublishDialog *dialog = openDialog(w.get());
    QVERIFY(dialog);
    QVERIFY(!QApplication::activeModalWidget()); // the meeting runs on behind it
    QTRY_COMPARE(text(dialog, "accountText"), QStringLiteral("Signed in to GitHub as chair."));
    typeFields(dialog);
    QTRY_COMPARE(text(dialog, "previewFiles"), minutesPath);
    QVERIFY(!bytesOf(seriesJson(w.get())).contains("PaddlePaddle")); // not before it worked
    m_server->forget();

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Publish, the default
    QPointer<PublishDialog> published = dialog;
    QTRY_VERIFY(!published);
    auto *banner = find<Banner>(w.get(), "banner");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("Published: the minutes are in a new pull request, %1").arg(pullUrl));
    QCOMPARE(find<QPushButton>(banner, "bannerAction")->text(), QStringLiteral("Open in &Browser"));

    const QString fileTarget = QStringLiteral("/repos/chair/community/contents/") + minutesPath;
    QCOMPARE(
        requestsOf(*m_server),
        QStringList({QStringLiteral("GET /user"), QStringLiteral("POST /repos/PaddlePaddle/community/forks"),
                     QStringLiteral("GET /repos/chair/community"), QStringLiteral("GET /repos/chair/community"),
                     QStringLiteral("GET /repos/PaddlePaddle/community"),
                     QStringLiteral("GET /repos/PaddlePaddle/community/git/ref/heads/main"),
                     QStringLiteral("POST /repos/chair/community/git/refs"), QStringLiteral("GET ") + fileTarget,
                     QStringLiteral("PUT ") + fileTarget, QStringLiteral("POST /repos/PaddlePaddle/community/pulls")}));
    for (const SeenRequest &request : m_server->seen()) {
        QCOMPARE(request.header("authorization"), "Bearer " + token);
    }
    // The file is the minutes File > Export Minutes (Markdown) writes; the pull request names the meeting.
    const QJsonObject put = QJsonDocument::fromJson(m_server->seen().at(8).body).object();
    const QString minutes
        = QString::fromUtf8(QByteArray::fromBase64(put.value(QStringLiteral("content")).toString().toLatin1()));
    const QString title = AgendaImporter::importFile(sampleAgenda()).meeting.title.simplified();
    QVERIFY2(minutes.startsWith(QStringLiteral("# ")) && minutes.contains(title), qPrintable(minutes.left(200)));
    QCOMPARE(put.value(QStringLiteral("branch")).toString(), QStringLiteral("gavel/minutes-2022-04-14"));
    const QJsonObject pull = QJsonDocument::fromJson(m_server->seen().at(9).body).object();
    QCOMPARE(pull.value(QStringLiteral("title")).toString(),
             QStringLiteral("Paddle Frawework Contributor Club 第一次会议纪要 (2022-04-14)"));
    QCOMPARE(pull.value(QStringLiteral("head")).toString(), QStringLiteral("chair:gavel/minutes-2022-04-14"));

    // Only now does the series remember where its minutes go.
    const QJsonObject series = QJsonDocument::fromJson(bytesOf(seriesJson(w.get()))).object();
    QCOMPARE(series.value(QStringLiteral("repository")).toString(), repository);
    QCOMPARE(series.value(QStringLiteral("repositoryFolder")).toString(), QStringLiteral("pfcc/meetings/2022"));
    QCOMPARE(w->meeting()->phase(), LiveMeeting::Phase::Running);
}

void TestPublishWindow::publishingAgainSaysThePullRequestWasUpdated()
{
    m_tokens.write(token, this, [](const TokenStore::Result &) {});
    // The branch, the file and the pull request are there from the first time.
    m_server->on("/repos/chair/community/git/refs", [](QTcpSocket *socket) {
        FakeWebServer::answerJson(socket, "422 Unprocessable Entity", R"({"message": "Reference already exists"})");
    });
    m_server->on("/repos/PaddlePaddle/community/pulls", [](QTcpSocket *socket, const SeenRequest &request) {
        if (request.method == "POST") {
            return FakeWebServer::answerJson(
                socket, "422 Unprocessable Entity",
                R"({"message": "Validation Failed", "errors": [{"message": "A pull request already exists for chair:gavel/minutes-2022-04-14."}]})");
        }
        FakeWebServer::answerJson(socket, "200 OK",
                                  R"([{"html_url": "https://github.com/PaddlePaddle/community/pull/7"}])");
    });
    const auto w = windowWithMeeting("again");
    QVERIFY(w);
    PublishDialog *dialog = openDialog(w.get());
    QVERIFY(dialog);
    typeFields(dialog);
    QTRY_COMPARE(text(dialog, "accountText"), QStringLiteral("Signed in to GitHub as chair."));
    QTest::mouseClick(find<QPushButton>(dialog, "publishButton"), Qt::LeftButton);
    QPointer<PublishDialog> published = dialog;
    QTRY_VERIFY(!published);
    QCOMPARE(find<Banner>(w.get(), "banner")->text(),
             QStringLiteral("The pull request was open already and now has these minutes: %1").arg(pullUrl));
}

void TestPublishWindow::failureSaysTheStepAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("said");
    QTest::addColumn<QString>("cause");
    QTest::newRow("a token GitHub no longer takes, at step 1")
        << QByteArray("/user") << QByteArray("401 Unauthorized") << QByteArray(R"({"message": "Bad credentials"})")
        << QStringLiteral("Not published: step 1 (account): ") << QStringLiteral("GitHub refused the token (HTTP 401)");
    QTest::newRow("no such base branch, at step 3")
        << QByteArray("/repos/PaddlePaddle/community/git/ref/heads/main") << QByteArray("404 Not Found")
        << QByteArray(R"({"message": "Not Found"})") << QStringLiteral("Not published: step 3 (base branch): ")
        << QStringLiteral("PaddlePaddle/community has no branch main");
    QTest::newRow("the pull request refused, at step 6")
        << QByteArray("/repos/PaddlePaddle/community/pulls") << QByteArray("403 Forbidden")
        << QByteArray(R"({"message": "Resource not accessible by personal access token"})")
        << QStringLiteral("Not published: step 6 (pull request): ")
        << QStringLiteral("GitHub refused the request (HTTP 403) (“Resource not accessible by personal access token”)");
}

void TestPublishWindow::failureSaysTheStepAndChangesNothing()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, status);
    QFETCH(QByteArray, answer);
    QFETCH(QString, said);
    QFETCH(QString, cause);
    m_tokens.write(token, this, [](const TokenStore::Result &) {});
    const auto w = windowWithMeeting("fails");
    QVERIFY(w);
    const QByteArray seriesBefore = bytesOf(seriesJson(w.get()));
    PublishDialog *dialog = openDialog(w.get());
    QVERIFY(dialog);
    QTRY_COMPARE(text(dialog, "accountText"), QStringLiteral("Signed in to GitHub as chair."));
    m_server->on(path, [status, answer](QTcpSocket *socket) { FakeWebServer::answerJson(socket, status, answer); });
    typeFields(dialog);
    QTest::mouseClick(find<QPushButton>(dialog, "publishButton"), Qt::LeftButton);
    QTRY_VERIFY2(text(dialog, "transferText").startsWith(QLatin1String("Not published")),
                 qPrintable(text(dialog, "transferText")));
    QVERIFY2(text(dialog, "transferText").startsWith(said), qPrintable(text(dialog, "transferText")));
    QVERIFY2(text(dialog, "transferText").contains(cause), qPrintable(text(dialog, "transferText")));
    // The dialog stays, ready to publish again; the series and the banner are as they were.
    QVERIFY(dialog->isVisible());
    QVERIFY(find<QPushButton>(dialog, "publishButton")->isEnabled());
    QVERIFY(find<QLineEdit>(dialog, "repositoryField")->isEnabled());
    QCOMPARE(bytesOf(seriesJson(w.get())), seriesBefore);
    QVERIFY(!find<Banner>(w.get(), "banner")->isVisible());
    dialog->close();
}

void TestPublishWindow::cancelStopsARequestThatWaits()
{
    m_tokens.write(token, this, [](const TokenStore::Result &) {});
    const auto w = windowWithMeeting("cancels");
    QVERIFY(w);
    const QByteArray seriesBefore = bytesOf(seriesJson(w.get()));
    PublishDialog *dialog = openDialog(w.get());
    QVERIFY(dialog);
    QTRY_COMPARE(text(dialog, "accountText"), QStringLiteral("Signed in to GitHub as chair."));
    m_server->on("/repos/PaddlePaddle/community", [this](QTcpSocket *socket) { m_silent = socket; });
    typeFields(dialog);
    QTest::mouseClick(find<QPushButton>(dialog, "publishButton"), Qt::LeftButton);
    QTRY_VERIFY(m_silent);
    QCOMPARE(text(dialog, "transferText"), QStringLiteral("Publishing, step 3 (base branch)…"));
    auto *bar = find<QProgressBar>(dialog, "transferProgress");
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->maximum(), 6);
    QCOMPARE(bar->value(), 2); // two steps done
    QVERIFY(!find<QPushButton>(dialog, "publishButton")->isEnabled()); // one publishing at a time

    QTest::mouseClick(find<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    // Dropped at once, long before its 10 s of silence would end it; the dialog says where it stopped.
    QTRY_VERIFY_WITH_TIMEOUT(!m_silent || m_silent->state() == QAbstractSocket::UnconnectedState, 3000);
    QVERIFY(dialog->isVisible());
    QVERIFY2(text(dialog, "transferText")
                 .startsWith(QLatin1String("Stopped at step 3 (base branch): nothing more was sent.")),
             qPrintable(text(dialog, "transferText")));
    QVERIFY(find<QPushButton>(dialog, "publishButton")->isEnabled());
    const int seen = int(m_server->seen().size());
    QTest::qWait(100);
    QCOMPARE(m_server->seen().size(), seen); // nothing more asked
    QCOMPARE(bytesOf(seriesJson(w.get())), seriesBefore);
    QVERIFY(!find<Banner>(w.get(), "banner")->isVisible());
    // Escape now closes it.
    QPointer<PublishDialog> closed = dialog;
    QTest::keyClick(find<QLineEdit>(dialog, "repositoryField"), Qt::Key_Escape);
    QTRY_VERIFY(!closed);
}

void TestPublishWindow::theTokenIsInNoFileNoSettingAndNoText()
{
    logged.clear();
    QStringList texts;
    {
        const auto w = windowWithMeeting("no-trace");
        QVERIFY(w);
        PublishDialog *dialog = openDialog(w.get());
        QVERIFY(dialog);
        QTest::mouseClick(find<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
        QTest::keyClicks(find<QLineEdit>(dialog, "tokenField"), QString::fromLatin1(token));
        QTest::keyClick(find<QLineEdit>(dialog, "tokenField"), Qt::Key_Return);
        QTRY_COMPARE(text(dialog, "accountText"), QStringLiteral("Signed in to GitHub as chair."));
        typeFields(dialog);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QPointer<PublishDialog> published = dialog;
        QTRY_VERIFY(!published);
        QVERIFY(find<Banner>(w.get(), "banner")->text().contains(pullUrl));
        // Every word the window shows, the status bar and the banner included.
        for (const QLabel *label : w->findChildren<QLabel *>()) {
            texts.append(label->text());
        }
        for (const QLineEdit *field : w->findChildren<QLineEdit *>()) {
            texts.append(field->text());
        }
        texts.append(w->statusBar()->currentMessage());
        w->meetingActions()->startPause()->trigger(); // a change: the session is written
        w->close();
    }
    QVERIFY(!texts.join(QLatin1Char('\n')).contains(QString::fromLatin1(token)));
    QVERIFY(!logged.contains(token));
    QVERIFY(!logged.contains(token.right(12)));

    // Every byte of every file below the test's home: sessions, series, settings, caches.
    int files = 0;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = bytesOf(path);
        ++files;
        QVERIFY2(!bytes.contains(token), qPrintable(path));
        QVERIFY2(!bytes.contains(token.toBase64()), qPrintable(path));
    }
    QVERIFY(files > 3); // the session, the series, the settings at least
}

QTEST_MAIN(TestPublishWindow)
#include "tst_publishwindow.moc"
