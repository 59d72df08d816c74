// The minutes out as a pull request (issue 18): `gavel --publish-minutes` and publish::run against
// a fake GitHub inside the test, on the loopback address only. The fake keeps what a real one
// would (forks, branches, files, pull requests), so publishing twice meets what the first left.

#include "agenda/agendaimporter.h"
#include "fakewebserver.h"
#include "testsupport.h"
#include "timezoneguard.h"
#include "web/publish.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace gavel;
using namespace gavel::test;

namespace {

const QByteArray token = "github_pat_11TOKENSECRET0123456789";
const QString upstream = QStringLiteral("PaddlePaddle/community");
const QString branch = QStringLiteral("gavel/minutes-2022-04-14");
const QString minutesPath = QStringLiteral("pfcc/meetings/2022/2022-04-14-meeting-minutes.md");

QString fixture(const QString &name)
{
    return QStringLiteral(GAVEL_SOURCE_DIR "/tests/fixtures/minutes/") + name;
}

QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

// GitHub as far as publishing goes, for one upstream repository and one account.
class FakeGitHub
{
public:
    QString login = QStringLiteral("chair");
    QString fork;
    int fork404s = 0; // a new fork answers 404 this many times first
    bool forkExists = false;
    QSet<QString> branches; // "repo:branch"
    QHash<QString, QPair<QString, QByteArray>> files; // "repo:branch:path" -> sha, content
    QStringList pulls; // heads with an open pull request
    QList<QJsonObject> puts; // the bodies of the PUTs, in order
    QJsonObject pullAsked; // the body of the last POST /pulls
    QJsonObject refAsked; // the body of the last POST /git/refs
    QByteArray rateLimitedPath; // answered 403 with no requests left

    explicit FakeGitHub(FakeWebServer *server, const QString &forkName = QStringLiteral("chair/community"))
        : fork(forkName)
        , m_server(server)
    {
        const auto route = [this](const QByteArray &path) {
            m_server->on(path, [this](QTcpSocket *socket, const SeenRequest &request) { answer(socket, request); });
        };
        for (const QString &repo : {upstream, fork}) {
            route("/repos/" + repo.toUtf8());
            route("/repos/" + repo.toUtf8() + "/forks");
            route("/repos/" + repo.toUtf8() + "/git/refs");
            route("/repos/" + repo.toUtf8() + "/git/ref/heads/main");
            route("/repos/" + repo.toUtf8() + "/pulls");
            for (const char *path : {"/contents/pfcc/meetings/2022/2022-04-14-meeting-minutes.md",
                                     "/contents/pfcc/meetings/2022/2022-04-28-meeting-agenda.md"}) {
                route("/repos/" + repo.toUtf8() + path);
            }
        }
        route("/user");
    }

private:
    static void reply(QTcpSocket *socket, const QByteArray &status, const QJsonValue &body)
    {
        FakeWebServer::answerJson(socket, status, json(body));
    }

    void answer(QTcpSocket *socket, const SeenRequest &request)
    {
        const QString path = QString::fromUtf8(request.pathOnly());
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (request.header("authorization") != "Bearer " + token) {
            return reply(socket, "401 Unauthorized", QJsonObject {{"message", "Bad credentials"}});
        }
        if (!rateLimitedPath.isEmpty() && request.pathOnly() == rateLimitedPath) {
            return FakeWebServer::answerJson(socket, "403 Forbidden", R"({"message":"API rate limit exceeded"})",
                                             "X-RateLimit-Remaining: 0\r\nX-RateLimit-Reset: 1796040000\r\n");
        }
        const QString owner = login;
        if (path == QLatin1String("/user")) {
            return reply(socket, "200 OK", QJsonObject {{"login", owner}});
        }
        // /repos/O/R[/rest]
        const QStringList parts = path.split(QLatin1Char('/'));
        const QString repo = parts.value(2) + QLatin1Char('/') + parts.value(3);
        const QString rest = parts.mid(4).join(QLatin1Char('/'));
        if (rest.isEmpty() && request.method == "GET") {
            if (repo == fork && repo != upstream && !(forkExists && fork404s-- <= 0)) {
                return reply(socket, "404 Not Found", QJsonObject {{"message", "Not Found"}});
            }
            return reply(socket, "200 OK", QJsonObject {{"full_name", repo}, {"default_branch", "main"}});
        }
        if (rest == QLatin1String("forks") && request.method == "POST") {
            forkExists = true;
            return reply(socket, "202 Accepted", QJsonObject {{"full_name", fork}});
        }
        if (rest == QLatin1String("git/ref/heads/main")) {
            return reply(socket, "200 OK", QJsonObject {{"object", QJsonObject {{"sha", "upstreamsha1"}}}});
        }
        if (rest == QLatin1String("git/refs") && request.method == "POST") {
            refAsked = body;
            const QString name = repo + QLatin1Char(':') + body.value("ref").toString().mid(11);
            if (branches.contains(name)) {
                return reply(socket, "422 Unprocessable Entity", QJsonObject {{"message", "Reference already exists"}});
            }
            branches.insert(name);
            return reply(socket, "201 Created", QJsonObject {{"ref", body.value("ref")}});
        }
        if (rest.startsWith(QLatin1String("contents/"))) {
            const QString file = rest.mid(9);
            if (request.method == "GET") {
                const QString key
                    = repo + QLatin1Char(':') + request.query(QStringLiteral("ref")) + QLatin1Char(':') + file;
                if (!files.contains(key)) {
                    return reply(socket, "404 Not Found", QJsonObject {{"message", "Not Found"}});
                }
                return reply(socket, "200 OK",
                             QJsonObject {{"sha", files[key].first},
                                          {"content", QString::fromLatin1(files[key].second.toBase64())}});
            }
            puts.append(body);
            const QString key = repo + QLatin1Char(':') + body.value("branch").toString() + QLatin1Char(':') + file;
            files[key] = {QStringLiteral("sha-%1").arg(puts.size()),
                          QByteArray::fromBase64(body.value("content").toString().toLatin1())};
            return reply(socket, "201 Created", QJsonObject {{"content", QJsonObject {{"path", file}}}});
        }
        if (rest == QLatin1String("pulls") && request.method == "POST") {
            pullAsked = body;
            const QString head = body.value("head").toString();
            if (pulls.contains(head)) {
                return reply(socket, "422 Unprocessable Entity",
                             QJsonObject {{"message", "Validation Failed"},
                                          {"errors",
                                           QJsonArray {QJsonObject {
                                               {"message", "A pull request already exists for " + head + "."}}}}});
            }
            pulls.append(head);
            return reply(
                socket, "201 Created",
                QJsonObject {
                    {"html_url", QStringLiteral("https://github.com/%1/pull/%2").arg(repo).arg(pulls.size() + 40)}});
        }
        if (rest == QLatin1String("pulls") && request.method == "GET") {
            const int index = int(pulls.indexOf(request.query(QStringLiteral("head"))));
            QJsonArray found;
            if (index >= 0) {
                found.append(QJsonObject {
                    {"html_url", QStringLiteral("https://github.com/%1/pull/%2").arg(repo).arg(index + 41)}});
            }
            return reply(socket, "200 OK", found);
        }
        reply(socket, "404 Not Found", QJsonObject {{"message", "Not Found"}});
    }

    FakeWebServer *m_server;
};

QStringList requestsOf(const FakeWebServer &server)
{
    QStringList seen;
    for (const SeenRequest &request : server.seen()) {
        seen.append(QString::fromUtf8(request.method + ' ' + request.pathOnly()));
    }
    return seen;
}

} // namespace

class TestPublish : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void publishesFromScratchThroughAFork();
    void publishingAgainUpdatesTheSamePullRequest();
    void ownerPublishesWithoutAFork();
    void forkOfAnotherNameIsUsedAsGitHubNamesIt();
    void nextAgendaGoesInTheSamePullRequest();
    void nextAgendaOfAnotherYearGoesInThatYearsFolder();
    void failuresNameTheStep_data();
    void failuresNameTheStep();
    void forkThatNeverAppearsEndsTheWait();
    void missingTokenIsSaid();
    void tokenIsWrittenNowhere();

private:
    ProcessResult publishCommand(const QStringList &extra = {}, const QByteArray &withToken = token);
    QTemporaryDir m_home;
    QString m_session;
    std::unique_ptr<FakeWebServer> m_server;
    std::unique_ptr<FakeGitHub> m_github;
    // The session recorded its times in Beijing, where the meeting was held; the minutes show
    // them in local time, here and in gavel started from here.
    TimeZoneGuard m_zone {"Asia/Shanghai"};
};

void TestPublish::initTestCase()
{
    QVERIFY(m_home.isValid());
    keepHomeIn(m_home.path());
    qputenv("GAVEL_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("sessions"))));
    // The PFCC's first meeting, as a session in its series' folder for 2022-04-14.
    m_session = m_home.filePath(QStringLiteral("sessions/Paddle Framework Contributor Club/2022-04-14/session.json"));
    QVERIFY(QDir().mkpath(QFileInfo(m_session).absolutePath()));
    QVERIFY(QFile::copy(fixture(QStringLiteral("2022-04-14-session.json")), m_session));
}

void TestPublish::init()
{
    m_server = std::make_unique<FakeWebServer>();
    m_github = std::make_unique<FakeGitHub>(m_server.get());
    qputenv("GAVEL_GITHUB_API", m_server->base().toUtf8());
    qputenv("GAVEL_GITHUB_TOKEN", token);
}

ProcessResult TestPublish::publishCommand(const QStringList &extra, const QByteArray &withToken)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GAVEL_GITHUB_API"), m_server->base());
    environment.remove(QStringLiteral("GAVEL_GITHUB_TOKEN"));
    if (!withToken.isEmpty()) {
        environment.insert(QStringLiteral("GAVEL_GITHUB_TOKEN"), QString::fromLatin1(withToken));
    }
    // No keychain service: a session bus that is not there answers at once.
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    return runGavel(QStringList {QStringLiteral("--publish-minutes"), m_session, QStringLiteral("--repo"), upstream,
                                 QStringLiteral("--dir"), QStringLiteral("pfcc/meetings/2022")}
                        + extra,
                    60000, environment);
}

void TestPublish::publishesFromScratchThroughAFork()
{
    m_github->fork404s = 2; // the new fork answers on the third ask
    SessionData session;
    QString error;
    QVERIFY(sessionfile::load(m_session, &session, &error));
    const publish::Request request = publish::fromSession(
        session, m_session, upstream, QStringLiteral("pfcc/meetings/2022"), {}, false, QDateTime::currentDateTime());
    github::Api api = github::Api::fromEnvironment();
    publish::Limits limits;
    limits.pollMs = 5;
    const publish::Outcome outcome = publish::runAndWait(api, request, limits);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.url, QStringLiteral("https://github.com/PaddlePaddle/community/pull/41"));
    QVERIFY(!outcome.existed);
    QCOMPARE(outcome.login, QStringLiteral("chair"));
    QCOMPARE(outcome.fork, QStringLiteral("chair/community"));

    // The steps as a contributor takes them, in order.
    QCOMPARE(requestsOf(*m_server),
             (QStringList {"GET /user", "POST /repos/PaddlePaddle/community/forks", "GET /repos/chair/community",
                           "GET /repos/chair/community", "GET /repos/chair/community",
                           "GET /repos/PaddlePaddle/community", "GET /repos/PaddlePaddle/community/git/ref/heads/main",
                           "POST /repos/chair/community/git/refs", "GET /repos/chair/community/contents/" + minutesPath,
                           "PUT /repos/chair/community/contents/" + minutesPath,
                           "POST /repos/PaddlePaddle/community/pulls"}));
    // The branch starts at the upstream's head; the file goes on it.
    QCOMPARE(m_github->refAsked.value("ref").toString(), QStringLiteral("refs/heads/") + branch);
    QCOMPARE(m_github->refAsked.value("sha").toString(), QStringLiteral("upstreamsha1"));
    QCOMPARE(m_github->puts.size(), 1);
    const QJsonObject put = m_github->puts.first();
    QCOMPARE(put.value("branch").toString(), branch);
    QVERIFY(!put.contains("sha")); // a new file
    QCOMPARE(put.value("message").toString(), QStringLiteral("Add 2022-04-14-meeting-minutes.md"));
    // The file is the minutes --export-minutes md writes: the hand-written expected minutes of
    // that meeting, without the timing section the session did not ask for.
    const QByteArray expected = readAll(fixture(QStringLiteral("2022-04-14-meeting-minutes.expected.md")));
    QCOMPARE(QByteArray::fromBase64(put.value("content").toString().toLatin1()),
             expected.left(expected.indexOf("\n\n## 时间统计") + 1));
    // The pull request: from the fork's branch to the default branch, saying what it holds.
    const QJsonObject pull = m_github->pullAsked;
    QCOMPARE(pull.value("head").toString(), QStringLiteral("chair:") + branch);
    QCOMPARE(pull.value("base").toString(), QStringLiteral("main"));
    // Titled as the minutes are (the heading of the expected file above).
    QCOMPARE(pull.value("title").toString(),
             QStringLiteral("Paddle Frawework Contributor Club 第一次会议纪要 (2022-04-14)"));
    // 20 present, 1 late and 1 who left early attended; 1 absent: 22 of 23 (counted in the fixture).
    QCOMPARE(pull.value("body").toString(),
             QStringLiteral("**Paddle Frawework Contributor Club 第一次会议纪要**, of the meeting on 2022-04-14, "
                            "written with Gavel.\n\n"
                            "- Attendance: 22 of 23 expected (1 late)\n"
                            "- Decisions:\n"
                            "  - PFCC 每两周召开一次线上会议，由成员轮值担任主席。\n"));
    // Every request carried the token, to the API's host.
    for (const SeenRequest &seen : m_server->seen()) {
        QCOMPARE(seen.header("authorization"), "Bearer " + token);
        QCOMPARE(seen.header("x-github-api-version"), QByteArray("2022-11-28"));
    }
}

void TestPublish::publishingAgainUpdatesTheSamePullRequest()
{
    // A first publishing left the fork, the branch, an older file and the pull request.
    m_github->forkExists = true;
    m_github->branches.insert(QStringLiteral("chair/community:") + branch);
    m_github->files.insert(QStringLiteral("chair/community:") + branch + QLatin1Char(':') + minutesPath,
                           {QStringLiteral("3f2a9c"), QByteArray("# older minutes\n")});
    m_github->pulls.append(QStringLiteral("chair:") + branch);

    const ProcessResult run = publishCommand();
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("https://github.com/PaddlePaddle/community/pull/41\n"));
    // The PUT updates the file by its sha; the pull request found is the one there was.
    QCOMPARE(m_github->puts.size(), 1);
    QCOMPARE(m_github->puts.first().value("sha").toString(), QStringLiteral("3f2a9c"));
    QCOMPARE(m_github->puts.first().value("message").toString(),
             QStringLiteral("Update 2022-04-14-meeting-minutes.md"));
    QCOMPARE(m_github->pulls.size(), 1);
    QCOMPARE(requestsOf(*m_server).constLast(), QStringLiteral("GET /repos/PaddlePaddle/community/pulls"));
    QCOMPARE(m_server->seen().constLast().query(QStringLiteral("head")), QStringLiteral("chair:") + branch);

    // Once more with nothing changed: no new commit.
    m_server->forget();
    QCOMPARE(publishCommand().exitCode, 0);
    QCOMPARE(m_github->puts.size(), 1);
}

void TestPublish::ownerPublishesWithoutAFork()
{
    m_github->login = QStringLiteral("PaddlePaddle");
    const ProcessResult run = publishCommand({QStringLiteral("--base"), QStringLiteral("main")});
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(run.exitCode, 0);
    const QStringList seen = requestsOf(*m_server);
    QVERIFY2(!seen.contains(QStringLiteral("POST /repos/PaddlePaddle/community/forks")), qPrintable(seen.join(", ")));
    QVERIFY(!seen.contains(QStringLiteral("GET /repos/PaddlePaddle/community"))); // --base given: not asked
    QVERIFY(seen.contains(QStringLiteral("POST /repos/PaddlePaddle/community/git/refs")));
    QVERIFY(seen.contains(QStringLiteral("PUT /repos/PaddlePaddle/community/contents/") + minutesPath));
    QCOMPARE(m_github->pullAsked.value("head").toString(), QStringLiteral("PaddlePaddle:") + branch);
}

void TestPublish::forkOfAnotherNameIsUsedAsGitHubNamesIt()
{
    // The account forked the repository long ago and renamed the fork: GitHub answers with it.
    m_server = std::make_unique<FakeWebServer>();
    m_github = std::make_unique<FakeGitHub>(m_server.get(), QStringLiteral("chair/paddle-community"));
    const ProcessResult run = publishCommand();
    QCOMPARE(run.exitCode, 0);
    const QStringList seen = requestsOf(*m_server);
    QVERIFY2(seen.contains(QStringLiteral("POST /repos/chair/paddle-community/git/refs")), qPrintable(seen.join(", ")));
    QVERIFY(seen.contains(QStringLiteral("PUT /repos/chair/paddle-community/contents/") + minutesPath));
    QCOMPARE(m_github->pullAsked.value("head").toString(), QStringLiteral("chair:") + branch);
}

void TestPublish::nextAgendaGoesInTheSamePullRequest()
{
    m_github->forkExists = true;
    const ProcessResult run = publishCommand({QStringLiteral("--next-agenda")});
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(m_github->puts.size(), 2);
    QCOMPARE(m_server->seen().at(m_server->seen().size() - 2).pathOnly(),
             QByteArray("/repos/chair/community/contents/pfcc/meetings/2022/2022-04-28-meeting-agenda.md"));
    // Fourteen days on, the agenda of the next meeting, which Gavel opens as such.
    const QJsonObject put = m_github->puts.at(1);
    QCOMPARE(put.value("branch").toString(), branch);
    const ImportResult next = AgendaImporter::importBytes(
        QByteArray::fromBase64(put.value("content").toString().toLatin1()), QStringLiteral("next.md"));
    QVERIFY2(next.ok(), qPrintable(next.error));
    QCOMPARE(next.meeting.time.date, QDate(2022, 4, 28));
    QVERIFY(m_github->pullAsked.value("body").toString().contains(
        QStringLiteral("pfcc/meetings/2022/2022-04-28-meeting-agenda.md")));
}

void TestPublish::nextAgendaOfAnotherYearGoesInThatYearsFolder()
{
    publish::Request request;
    request.folder = QStringLiteral("pfcc/meetings/2025/");
    request.date = QDate(2025, 12, 11);
    request.nextAgendaName = QStringLiteral("2026-01-08-meeting-agenda.md");
    const publish::Plan plan = publish::plan(request);
    QCOMPARE(plan.branch, QStringLiteral("gavel/minutes-2025-12-11"));
    QCOMPARE(plan.minutesPath, QStringLiteral("pfcc/meetings/2025/2025-12-11-meeting-minutes.md"));
    QCOMPARE(plan.nextAgendaPath, QStringLiteral("pfcc/meetings/2026/2026-01-08-meeting-agenda.md"));
    request.folder = QStringLiteral("minutes");
    QCOMPARE(publish::plan(request).nextAgendaPath, QStringLiteral("minutes/2026-01-08-meeting-agenda.md"));
}

void TestPublish::failuresNameTheStep_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("rateLimited");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("said"); // %1: the fake server
    QTest::newRow("bad token") << QByteArray("github_pat_wrong") << QByteArray() << QStringList()
                               << "gavel: step 1 (account): %1/user: GitHub refused the token (HTTP 401) (“Bad "
                                  "credentials”): it may be mistyped, expired or revoked\n";
    QTest::newRow("rate limited")
        << token << QByteArray("/repos/PaddlePaddle/community/pulls") << QStringList()
        << "gavel: step 6 (pull request): %1/repos/PaddlePaddle/community/pulls: GitHub's rate "
           "limit is used up until 2026-11-30 12:00 UTC; try again then\n";
    QTest::newRow("no such repository")
        << token << QByteArray() << QStringList {QStringLiteral("--repo"), QStringLiteral("PaddlePaddle/nowhere")}
        << "gavel: step 2 (fork): %1/repos/PaddlePaddle/nowhere/forks: not found on GitHub (HTTP 404): no such "
           "repository, organisation or folder, or the token may not see it\n";
    QTest::newRow("no such base branch") << token << QByteArray()
                                         << QStringList {QStringLiteral("--base"), QStringLiteral("gone")}
                                         << "gavel: step 3 (base branch): PaddlePaddle/community has no branch gone\n";
    QTest::newRow("not a repository") << token << QByteArray()
                                      << QStringList {QStringLiteral("--repo"), QStringLiteral("community")}
                                      << "gavel: “community” is not a GitHub repository (owner/name)\n";
}

void TestPublish::failuresNameTheStep()
{
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, rateLimited);
    QFETCH(QStringList, extra);
    QFETCH(QString, said);
    m_github->forkExists = true;
    m_github->rateLimitedPath = rateLimited;
    const ProcessResult run = publishCommand(extra, token);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(QString::fromUtf8(run.err), said.arg(m_server->base()));
}

void TestPublish::forkThatNeverAppearsEndsTheWait()
{
    m_github->fork404s = 1000;
    SessionData session;
    QString error;
    QVERIFY(sessionfile::load(m_session, &session, &error));
    const publish::Request request = publish::fromSession(
        session, m_session, upstream, QStringLiteral("pfcc/meetings/2022"), {}, false, QDateTime::currentDateTime());
    publish::Limits limits;
    limits.pollMs = 5;
    limits.forkWaitMs = 50;
    const publish::Outcome outcome = publish::runAndWait(github::Api::fromEnvironment(), request, limits);
    QVERIFY2(outcome.error.startsWith(QStringLiteral("step 2 (fork): the fork chair/community did not appear within")),
             qPrintable(outcome.error));
    // Asked once at first, then every 5 ms for 50 ms: 11 times, and never beyond the fork.
    QCOMPARE(requestsOf(*m_server).count(QStringLiteral("GET /repos/chair/community")), 11);
    QVERIFY(m_github->pullAsked.isEmpty());
}

void TestPublish::missingTokenIsSaid()
{
    const ProcessResult run = publishCommand({}, QByteArray());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith("gavel: step 1 (account): no GitHub token: set GAVEL_GITHUB_TOKEN, or sign in from "
                                "File > Publish Minutes"),
             run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(m_server->seen().isEmpty()); // nothing asked of GitHub without a token
}

void TestPublish::tokenIsWrittenNowhere()
{
    m_github->forkExists = true;
    const ProcessResult first = publishCommand({QStringLiteral("--next-agenda")});
    QCOMPARE(first.exitCode, 0);
    const ProcessResult failing = publishCommand({QStringLiteral("--base"), QStringLiteral("gone")});
    QCOMPARE(failing.exitCode, 1);
    for (const ProcessResult &run : {first, failing}) {
        QVERIFY(!run.out.contains(token));
        QVERIFY(!run.err.contains(token));
    }
    // Nor in any byte of any file under the test's home: sessions, settings, caches.
    int files = 0;
    QDirIterator all(m_home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (all.hasNext()) {
        const QString path = all.next();
        ++files;
        QVERIFY2(!readAll(path).contains(token), qPrintable(path));
    }
    QVERIFY(files > 0);
}

QTEST_GUILESS_MAIN(TestPublish)
#include "tst_publish.moc"
