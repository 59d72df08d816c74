// GitHub's API as Gavel uses it (issue 17): an agenda from labelled issues (`gavel
// --agenda-from-issues`), a series' repository folder, and the rules of every request, against a
// fake GitHub inside the test, on the loopback address only.

#include "agenda/agendaimporter.h"
#include "fakewebserver.h"
#include "testsupport.h"
#include "web/github.h"
#include "web/issueagenda.h"
#include "web/repositoryfolder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace gavel;
using namespace gavel::test;

namespace {

QJsonObject issue(int number, const QString &title, const QString &author, const QStringList &labels,
                  const QString &state = QStringLiteral("open"), bool pullRequest = false,
                  const QString &repository = QStringLiteral("PaddlePaddle/community"))
{
    QJsonArray labelObjects;
    for (const QString &label : labels) {
        labelObjects.append(QJsonObject {{QStringLiteral("name"), label}});
    }
    QJsonObject object {
        {QStringLiteral("number"), number},
        {QStringLiteral("title"), title},
        {QStringLiteral("html_url"),
         QStringLiteral("https://github.com/%1/%2/%3").arg(repository, pullRequest ? "pull" : "issues").arg(number)},
        {QStringLiteral("state"), state},
        {QStringLiteral("user"), QJsonObject {{QStringLiteral("login"), author}}},
        {QStringLiteral("labels"), labelObjects},
        {QStringLiteral("repository_url"), QStringLiteral("https://api.github.com/repos/") + repository},
    };
    if (pullRequest) {
        object.insert(QStringLiteral("pull_request"),
                      QJsonObject {{QStringLiteral("url"), QStringLiteral("https://api.github.com/x")}});
    }
    return object;
}

QByteArray bytes(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QStringList titles(const Meeting &meeting)
{
    QStringList result;
    for (const AgendaItem &item : meeting.items) {
        result.append(item.title);
    }
    return result;
}

const QString label = QStringLiteral("meeting agenda");

// The folder's listing, waited for in the event loop (the fake server answers meanwhile).
repositoryfolder::Listing listAndWait(const repositoryfolder::Folder &folder)
{
    repositoryfolder::Listing listing;
    bool done = false;
    QObject context;
    repositoryfolder::list(github::Api::fromEnvironment(), folder, &context, [&](const repositoryfolder::Listing &got) {
        listing = got;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000)) {
        listing.error = QStringLiteral("no answer within 10 s");
    }
    return listing;
}

} // namespace

class TestGitHub : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void issuesOverTwoPagesFollowTheLinkAsGiven();
    void everyRequestCarriesTheDocumentedHeaders();
    void tokenGoesOnlyToTheApiHost();
    void organisationIsSearched();
    void searchOverItsLimitIsSaid();
    void rateLimitExitsAtOnceWithTheResetTime_data();
    void rateLimitExitsAtOnceWithTheResetTime();
    void failuresAreOneLine_data();
    void failuresAreOneLine();
    void outputFileIsAnAgendaGavelOpens();
    void titlesNeverBreakTheAgenda();
    void nextLinkIsReadFromTheHeader_data();
    void nextLinkIsReadFromTheHeader();
    void repositoryFolderListsAgendasNewestFirst();
    void repositoryFolderFromAddresses_data();
    void repositoryFolderFromAddresses();
    void repositoryFolderFailureNamesTheAddress();
    void repositoryFolderOfAnotherYear_data();
    void repositoryFolderOfAnotherYear();

private:
    ProcessResult agendaFromIssues(const QStringList &arguments, const QByteArray &token = {});
    QTemporaryDir m_home;
    std::unique_ptr<FakeWebServer> m_server;
};

void TestGitHub::initTestCase()
{
    QVERIFY(m_home.isValid());
    keepHomeIn(m_home.path());
    QCoreApplication::setApplicationVersion(QStringLiteral("1.2.3-test"));
}

void TestGitHub::init()
{
    m_server = std::make_unique<FakeWebServer>();
    qputenv("GAVEL_GITHUB_API", m_server->base().toUtf8());
    qunsetenv("GAVEL_GITHUB_TOKEN");
}

void TestGitHub::cleanup()
{
    qunsetenv("GAVEL_GITHUB_TOKEN");
}

ProcessResult TestGitHub::agendaFromIssues(const QStringList &arguments, const QByteArray &token)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GAVEL_GITHUB_API"), m_server->base());
    environment.remove(QStringLiteral("GAVEL_GITHUB_TOKEN"));
    if (!token.isEmpty()) {
        environment.insert(QStringLiteral("GAVEL_GITHUB_TOKEN"), QString::fromLatin1(token));
    }
    return runGavel(QStringList {QStringLiteral("--agenda-from-issues")} + arguments, 60000, environment);
}

void TestGitHub::issuesOverTwoPagesFollowTheLinkAsGiven()
{
    // Page one: an issue, a closed one GitHub should not have sent, a pull request. Its next
    // page is an opaque cursor, not a ?page= a client could guess.
    const QString next
        = m_server->base() + QStringLiteral("/repositories/23534643/issues?cursor=Y3Vyc29yOjE%3D&labels=x");
    m_server->on("/repos/PaddlePaddle/community/issues", [&](QTcpSocket *socket, const SeenRequest &) {
        FakeWebServer::answerJson(
            socket, "200 OK",
            bytes(QJsonArray {
                issue(901, QStringLiteral("PFCC 新成员介绍"), QStringLiteral("jzhang533"), {label}),
                issue(900, QStringLiteral("Closed long ago"), QStringLiteral("someone"), {label}, "closed"),
                issue(899, QStringLiteral("Add the 2025 minutes"), QStringLiteral("luotao1"), {"docs", label}, "open",
                      true),
            }),
            "Link: <" + next.toUtf8() + ">; rel=\"next\", <" + m_server->base().toUtf8()
                + "/repositories/23534643/issues?cursor=bGFzdA%3D%3D>; rel=\"last\"\r\n");
    });
    m_server->on("/repositories/23534643/issues", [&](QTcpSocket *socket, const SeenRequest &) {
        FakeWebServer::answerJson(
            socket, "200 OK",
            bytes(QJsonArray {
                issue(880, QStringLiteral("Unlabelled question"), QStringLiteral("visitor"), {"question"}),
                issue(870, QStringLiteral("Paddle 3.0 release plan"), QStringLiteral("Ligoml"), {"Meeting Agenda"}),
            }));
    });

    const ProcessResult run
        = agendaFromIssues({QStringLiteral("PaddlePaddle/community"), QStringLiteral("--label"), label});
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(run.exitCode, 0);

    QCOMPARE(m_server->seen().size(), 2);
    const SeenRequest first = m_server->seen().at(0);
    QCOMPARE(first.pathOnly(), QByteArray("/repos/PaddlePaddle/community/issues"));
    QVERIFY2(first.path.contains("labels=meeting%20agenda"), first.path.constData());
    QCOMPARE(first.query(QStringLiteral("labels")), label);
    QCOMPARE(first.query(QStringLiteral("state")), QStringLiteral("open"));
    QCOMPARE(first.query(QStringLiteral("per_page")), QStringLiteral("100"));
    // The second request is the Link's URL exactly as given.
    QCOMPARE(m_server->seen().at(1).path, QByteArray("/repositories/23534643/issues?cursor=Y3Vyc29yOjE%3D&labels=x"));

    // What lands on stdout is an agenda Gavel opens: the open labelled issues and the pull
    // request, in GitHub's order, with their number, link and author as speaker.
    const ImportResult agenda = AgendaImporter::importBytes(run.out, QStringLiteral("stdout"));
    QVERIFY2(agenda.ok(), qPrintable(agenda.error));
    QCOMPARE(titles(agenda.meeting),
             (QStringList {QStringLiteral("PFCC 新成员介绍 (#901), @jzhang533"),
                           QStringLiteral("Add the 2025 minutes (pull request #899), @luotao1"),
                           QStringLiteral("Paddle 3.0 release plan (#870), @Ligoml")}));
    QCOMPARE(agenda.meeting.items.at(0).speakers, QStringList {QStringLiteral("jzhang533")});
    QCOMPARE(agenda.meeting.items.at(2).speakers, QStringList {QStringLiteral("Ligoml")});
    QVERIFY(run.out.contains("[#901](https://github.com/PaddlePaddle/community/issues/901)"));
    QVERIFY(run.out.contains("[pull request #899](https://github.com/PaddlePaddle/community/pull/899)"));
    // The title says what it is and the day it was gathered.
    QCOMPARE(agenda.meeting.title,
             QStringLiteral("Agenda: “meeting agenda” in PaddlePaddle/community, %1")
                 .arg(QDate::currentDate().toString(Qt::ISODate)));
}

void TestGitHub::everyRequestCarriesTheDocumentedHeaders()
{
    m_server->on("/repos/o/r/issues", [&](QTcpSocket *socket, const SeenRequest &) {
        FakeWebServer::answerJson(socket, "200 OK", bytes(QJsonArray {issue(1, "One", "a", {label})}),
                                  "Link: <" + m_server->base().toUtf8() + "/page/2>; rel=\"next\"\r\n");
    });
    m_server->on("/page/2", [](QTcpSocket *socket, const SeenRequest &) {
        FakeWebServer::answerJson(socket, "200 OK", bytes(QJsonArray {issue(2, "Two", "b", {label})}));
    });
    const ProcessResult run = agendaFromIssues({QStringLiteral("o/r"), QStringLiteral("--label"), label});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(m_server->seen().size(), 2);
    for (const SeenRequest &request : m_server->seen()) {
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.userAgent(), QByteArray("Gavel/" GAVEL_VERSION));
        QCOMPARE(request.header("accept"), QByteArray("application/vnd.github+json"));
        QCOMPARE(request.header("x-github-api-version"), QByteArray("2022-11-28"));
        QVERIFY2(request.header("authorization").isEmpty(), "no token set: none sent");
    }
}

void TestGitHub::tokenGoesOnlyToTheApiHost()
{
    // The API is 127.0.0.1; its next page names the same server as "localhost": another host,
    // which never gets the token.
    const QByteArray elsewhere
        = m_server->base().replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost")).toUtf8();
    m_server->on("/repos/o/r/issues", [&](QTcpSocket *socket, const SeenRequest &) {
        FakeWebServer::answerJson(socket, "200 OK", bytes(QJsonArray {issue(1, "One", "a", {label})}),
                                  "Link: <" + elsewhere + "/page/2>; rel=\"next\"\r\n");
    });
    const ProcessResult run
        = agendaFromIssues({QStringLiteral("o/r"), QStringLiteral("--label"), label}, "github_pat_11SECRET");
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(m_server->seen().size(), 1);
    QCOMPARE(m_server->seen().first().header("authorization"), QByteArray("Bearer github_pat_11SECRET"));
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.startsWith("gavel: " + elsewhere + "/page/2: "), run.err.constData());
    QVERIFY2(run.err.contains("the token is sent nowhere else"), run.err.constData());
    QVERIFY(!run.err.contains("SECRET"));
    QVERIFY(!run.out.contains("SECRET"));
}

void TestGitHub::organisationIsSearched()
{
    m_server->on("/search/issues", [](QTcpSocket *socket, const SeenRequest &) {
        FakeWebServer::answerJson(
            socket, "200 OK",
            bytes(QJsonObject {
                {QStringLiteral("total_count"), 3},
                {QStringLiteral("incomplete_results"), false},
                {QStringLiteral("items"),
                 QJsonArray {
                     issue(77, "Sparse tensor RFC", "zrr1999", {label}, "open", false, "PaddlePaddle/Paddle"),
                     issue(12, "Docs sprint", "sunzhongkai588", {label}, "open", true, "PaddlePaddle/docs"),
                     // Another organisation's, which a search of PaddlePaddle cannot have found.
                     issue(5, "Not ours", "x", {label}, "open", false, "Other/thing"),
                 }},
            }));
    });
    const ProcessResult run = agendaFromIssues({QStringLiteral("PaddlePaddle"), QStringLiteral("--label"), label});
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(m_server->seen().size(), 1);
    const SeenRequest search = m_server->seen().first();
    QCOMPARE(search.pathOnly(), QByteArray("/search/issues"));
    QCOMPARE(search.query(QStringLiteral("q")), QStringLiteral("org:PaddlePaddle label:\"meeting agenda\" state:open"));
    QCOMPARE(search.query(QStringLiteral("advanced_search")), QStringLiteral("true"));
    // Encoded as a URL's query must be: no raw space or quote on the wire.
    QVERIFY2(search.path.contains("q=org%3APaddlePaddle%20label%3A%22meeting%20agenda%22%20state%3Aopen"),
             search.path.constData());
    const ImportResult agenda = AgendaImporter::importBytes(run.out, QStringLiteral("stdout"));
    QVERIFY2(agenda.ok(), qPrintable(agenda.error));
    QCOMPARE(titles(agenda.meeting),
             (QStringList {QStringLiteral("Sparse tensor RFC (PaddlePaddle/Paddle#77), @zrr1999"),
                           QStringLiteral("Docs sprint (pull request PaddlePaddle/docs#12), @sunzhongkai588")}));
}

void TestGitHub::searchOverItsLimitIsSaid()
{
    m_server->on("/search/issues", [](QTcpSocket *socket, const SeenRequest &) {
        FakeWebServer::answerJson(
            socket, "200 OK",
            bytes(QJsonObject {{QStringLiteral("total_count"), 1234},
                               {QStringLiteral("incomplete_results"), false},
                               {QStringLiteral("items"),
                                QJsonArray {issue(1, "One", "a", {label}, "open", false, "PaddlePaddle/Paddle")}}}));
    });
    const ProcessResult run = agendaFromIssues({QStringLiteral("PaddlePaddle"), QStringLiteral("--label"), label});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains("at most 1,000 results and 1,234 match"), run.err.constData());
    // The agenda carries the note too, so whoever reads it knows it is not everything.
    QVERIFY2(run.out.contains("at most 1,000 results and 1,234 match"), run.out.constData());
    QVERIFY(AgendaImporter::importBytes(run.out, QStringLiteral("stdout")).ok());
}

void TestGitHub::rateLimitExitsAtOnceWithTheResetTime_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("advice");
    // 1796040000 s after the epoch: 20787 days (2026-11-30) and 43200 s (12:00).
    QTest::newRow("403 without a token") << QByteArray("403 Forbidden") << QByteArray()
                                         << QByteArray("or set GAVEL_GITHUB_TOKEN");
    QTest::newRow("429 with a token") << QByteArray("429 Too Many Requests") << QByteArray("t0ken")
                                      << QByteArray("try again then");
}

void TestGitHub::rateLimitExitsAtOnceWithTheResetTime()
{
    QFETCH(QByteArray, status);
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, advice);
    m_server->on("/repos/o/r/issues", [status](QTcpSocket *socket, const SeenRequest &) {
        FakeWebServer::answerJson(socket, status, R"({"message":"API rate limit exceeded for 127.0.0.1."})",
                                  "X-RateLimit-Limit: 60\r\nX-RateLimit-Remaining: 0\r\nX-RateLimit-Reset: "
                                  "1796040000\r\n");
    });
    QElapsedTimer timer;
    timer.start();
    const ProcessResult run = agendaFromIssues({QStringLiteral("o/r"), QStringLiteral("--label"), label}, token);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(m_server->seen().size(), 1); // asked once, never again after the reset
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.startsWith("gavel: " + m_server->base().toUtf8() + "/repos/o/r/issues?"), run.err.constData());
    QVERIFY2(run.err.contains("rate limit is used up until 2026-11-30 12:00 UTC"), run.err.constData());
    QVERIFY2(run.err.contains(advice), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestGitHub::failuresAreOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("said");
    const QStringList repo {QStringLiteral("o/r"), QStringLiteral("--label"), label};
    QTest::newRow("no such repository") << repo << QByteArray("404 Not Found")
                                        << QByteArray(R"({"message":"Not Found"})")
                                        << QByteArray("not found on GitHub (HTTP 404)");
    QTest::newRow("bad token") << repo << QByteArray("401 Unauthorized")
                               << QByteArray(R"({"message":"Bad credentials"})")
                               << QByteArray("GitHub asks for a token (HTTP 401) (“Bad credentials”)");
    QTest::newRow("not JSON") << repo << QByteArray("200 OK") << QByteArray("<html>a captive portal</html>")
                              << QByteArray("the answer is not JSON");
    QTest::newRow("no list") << repo << QByteArray("200 OK") << QByteArray(R"({"message":"hi"})")
                             << QByteArray("the answer holds no list");
    QTest::newRow("nothing labelled") << repo << QByteArray("200 OK") << QByteArray("[]")
                                      << QByteArray("o/r: no open issue or pull request is labelled “meeting agenda”");
    QTest::newRow("no label") << QStringList {QStringLiteral("o/r")} << QByteArray() << QByteArray()
                              << QByteArray("--agenda-from-issues needs --label <label>");
    QTest::newRow("empty label") << QStringList {QStringLiteral("o/r"), QStringLiteral("--label"), QStringLiteral(" ")}
                                 << QByteArray() << QByteArray() << QByteArray("no label given");
    QTest::newRow("not a repository") << QStringList {QStringLiteral("o/r/x"), QStringLiteral("--label"), label}
                                      << QByteArray() << QByteArray()
                                      << QByteArray("“o/r/x” is not a GitHub repository (owner/name) or organisation");
}

void TestGitHub::failuresAreOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, said);
    m_server->on("/repos/o/r/issues", [status, body](QTcpSocket *socket, const SeenRequest &) {
        FakeWebServer::answerJson(socket, status, body);
    });
    const ProcessResult run = agendaFromIssues(arguments);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.startsWith("gavel: "), run.err.constData());
    QVERIFY2(run.err.contains(said), run.err.constData());
    QVERIFY(run.out.isEmpty());
    if (!status.isEmpty() && !status.startsWith("200")) {
        QVERIFY2(run.err.contains(m_server->base().toUtf8() + "/repos/o/r/issues"), run.err.constData());
    }
}

void TestGitHub::outputFileIsAnAgendaGavelOpens()
{
    m_server->on("/repos/o/r/issues", [](QTcpSocket *socket, const SeenRequest &) {
        FakeWebServer::answerJson(socket, "200 OK", bytes(QJsonArray {issue(3, "Roadmap", "alice", {label})}));
    });
    const QString output = m_home.filePath(QStringLiteral("out/agenda.md"));
    const ProcessResult run
        = agendaFromIssues({QStringLiteral("o/r"), QStringLiteral("--label"), label, QStringLiteral("-o"), output});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    // The same program reads what it wrote.
    const ProcessResult printed = runGavel({QStringLiteral("--print-agenda"), output});
    QCOMPARE(printed.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(printed.out).object();
    const QJsonArray items = json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Roadmap (#3), @alice"));
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("speakers")).toArray(), QJsonArray {QStringLiteral("alice")});

    // A failure leaves an earlier file as it was.
    m_server->on("/repos/o/r/issues", [](QTcpSocket *socket, const SeenRequest &) {
        FakeWebServer::answerJson(socket, "500 Internal Server Error", "{}");
    });
    const QByteArray before = readAll(output);
    QCOMPARE(agendaFromIssues({QStringLiteral("o/r"), QStringLiteral("--label"), label, QStringLiteral("-o"), output})
                 .exitCode,
             1);
    QCOMPARE(readAll(output), before);
}

void TestGitHub::titlesNeverBreakTheAgenda()
{
    // Whatever a title holds, the item reads back as that text: no link, no script, no nested
    // list, no heading, no speaker made from an @ in it.
    const QStringList hostile {
        QStringLiteral("[click](javascript:alert(1)) <script>alert(2)</script> **bold** `code`"),
        QStringLiteral("1. Not a nested list"),
        QStringLiteral("- nor a bullet"),
        QStringLiteral("# nor a heading &amp; no entity"),
        QStringLiteral("> nor a quote | nor | a table ~~strike~~ _under_ ![img](x.png)"),
    };
    QJsonArray page;
    int number = 10;
    for (const QString &title : hostile) {
        page.append(issue(++number, title, QStringLiteral("dependabot[bot]"), {label}));
    }
    issueagenda::Query query;
    QString error;
    QVERIFY(issueagenda::parse(QStringLiteral("o/r"), label, &query, &error));
    github::Pages pages;
    pages.items = page;
    const QByteArray markdown = issueagenda::markdown(query, issueagenda::read(query, pages), QDate(2026, 12, 3));
    const ImportResult agenda = AgendaImporter::importBytes(markdown, QStringLiteral("issues.md"));
    QVERIFY2(agenda.ok(), qPrintable(agenda.error));
    QCOMPARE(agenda.meeting.items.size(), hostile.size());
    for (int i = 0; i < hostile.size(); ++i) {
        QCOMPARE(agenda.meeting.items.at(i).title,
                 QStringLiteral("%1 (#%2), @dependabot").arg(hostile.at(i)).arg(11 + i));
        QCOMPARE(agenda.meeting.items.at(i).speakers, QStringList {QStringLiteral("dependabot")});
        QVERIFY(agenda.meeting.items.at(i).children.isEmpty());
    }
    // In the file, every bracket and angle of those titles is escaped.
    QVERIFY(markdown.contains("\\[click\\](javascript:alert(1)) \\<script\\>alert(2)\\</script\\>"));
    QVERIFY(!markdown.contains("<script>"));
}

void TestGitHub::nextLinkIsReadFromTheHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QUrl>("next");
    QTest::newRow("GitHub's") << QByteArray("<https://api.github.com/repositories/1/issues?page=2>; rel=\"next\", "
                                            "<https://api.github.com/repositories/1/issues?page=5>; rel=\"last\"")
                              << QUrl("https://api.github.com/repositories/1/issues?page=2");
    QTest::newRow("next not first") << QByteArray("<https://a/prev>; rel=\"prev\", <https://a/n?c=x%3D>; rel=\"next\"")
                                    << QUrl("https://a/n?c=x%3D");
    QTest::newRow("several relations") << QByteArray("<https://a/n>; title=\"x\"; rel=\"last next\"")
                                       << QUrl("https://a/n");
    QTest::newRow("last page") << QByteArray("<https://a/1>; rel=\"first\", <https://a/1>; rel=\"prev\"") << QUrl();
    QTest::newRow("none") << QByteArray() << QUrl();
}

void TestGitHub::nextLinkIsReadFromTheHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(QUrl, next);
    QCOMPARE(github::nextLink(header), next);
}

void TestGitHub::repositoryFolderListsAgendasNewestFirst()
{
    const auto file = [this](const QString &name, const QString &type = QStringLiteral("file")) {
        return QJsonObject {
            {QStringLiteral("name"), name},
            {QStringLiteral("path"), QStringLiteral("pfcc/meetings/2025/") + name},
            {QStringLiteral("type"), type},
            {QStringLiteral("download_url"),
             type == QLatin1String("file") ? QJsonValue(m_server->base() + QStringLiteral("/raw/") + name)
                                           : QJsonValue()},
            {QStringLiteral("html_url"),
             QStringLiteral("https://github.com/PaddlePaddle/community/blob/master/pfcc/"
                            "meetings/2025/")
                 + name},
        };
    };
    // In the order GitHub gives: by name.
    m_server->on("/repos/PaddlePaddle/community/contents/pfcc/meetings/2025",
                 [&](QTcpSocket *socket, const SeenRequest &) {
                     FakeWebServer::answerJson(
                         socket, "200 OK",
                         bytes(QJsonArray {file("2025-01-23-meeting-agenda.md"), file("2025-01-23-meeting-minutes.md"),
                                           file("2025-03-20-meeting-agenda.md"), file("README.md"),
                                           file("2025-02-20-meeting-agenda.md"), file("images", "dir"),
                                           file("2025-02-20-会议纪要.md"), file("notes.txt")}));
                 });
    repositoryfolder::Folder folder;
    QString error;
    QVERIFY(repositoryfolder::parse(QStringLiteral("PaddlePaddle/community"), QStringLiteral("/pfcc/meetings/2025/"),
                                    &folder, &error));
    const repositoryfolder::Listing listing = listAndWait(folder);
    QVERIFY2(listing.ok(), qPrintable(listing.error));
    QStringList names;
    for (const auto &entry : listing.agendas) {
        names.append(entry.name);
    }
    QCOMPARE(names,
             (QStringList {"2025-03-20-meeting-agenda.md", "2025-02-20-meeting-agenda.md",
                           "2025-01-23-meeting-agenda.md", "README.md"}));
    QCOMPARE(listing.agendas.first().address, m_server->base() + QStringLiteral("/raw/2025-03-20-meeting-agenda.md"));
    QCOMPARE(listing.agendas.first().date, QDate(2025, 3, 20));
    QCOMPARE(m_server->seen().first().header("accept"), QByteArray("application/vnd.github+json"));
}

void TestGitHub::repositoryFolderFromAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("ref");
    QTest::newRow("file page") << "https://github.com/PaddlePaddle/community/blob/master/pfcc/meetings/2025/a.md"
                               << "PaddlePaddle/community"
                               << "pfcc/meetings/2025"
                               << "master";
    QTest::newRow("folder page") << "https://github.com/PaddlePaddle/community/tree/master/pfcc/meetings/2022"
                                 << "PaddlePaddle/community"
                                 << "pfcc/meetings/2022"
                                 << "master";
    QTest::newRow("raw") << "https://raw.githubusercontent.com/PaddlePaddle/community/master/pfcc/a.md"
                         << "PaddlePaddle/community"
                         << "pfcc"
                         << "master";
    QTest::newRow("top of the repository") << "https://github.com/o/r/blob/main/agenda.md"
                                           << "o/r"
                                           << ""
                                           << "main";
    QTest::newRow("elsewhere") << "https://example.org/o/r/blob/main/a.md"
                               << ""
                               << ""
                               << "";
}

void TestGitHub::repositoryFolderFromAddresses()
{
    QFETCH(QString, address);
    QFETCH(QString, repository);
    QFETCH(QString, path);
    QFETCH(QString, ref);
    const repositoryfolder::Folder folder = repositoryfolder::fromAddress(address);
    QCOMPARE(folder.repository, repository);
    QCOMPARE(folder.path, path);
    QCOMPARE(folder.ref, ref);
    QCOMPARE(folder.isValid(), !repository.isEmpty());
}

void TestGitHub::repositoryFolderFailureNamesTheAddress()
{
    repositoryfolder::Folder folder;
    QString error;
    QVERIFY(!repositoryfolder::parse(QStringLiteral("not a repo"), QString(), &folder, &error));
    QCOMPARE(error, QStringLiteral("“not a repo” is not a GitHub repository (owner/name)"));
    QVERIFY(!repositoryfolder::parse(QStringLiteral("o/r"), QStringLiteral("a/../../b"), &folder, &error));
    QCOMPARE(error, QStringLiteral("“a/../../b” is not a folder of the repository"));

    QVERIFY(repositoryfolder::parse(QStringLiteral("o/r"), QStringLiteral("gone"), &folder, &error));
    const repositoryfolder::Listing listing = listAndWait(folder);
    QCOMPARE(listing.error,
             m_server->base() + QStringLiteral("/repos/o/r/contents/gone: ")
                 + QStringLiteral("not found on GitHub (HTTP 404): no such repository, organisation or "
                                  "folder, or a private one (set GAVEL_GITHUB_TOKEN)"));
}

void TestGitHub::repositoryFolderOfAnotherYear_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("in2026");
    QTest::newRow("PFCC's") << "pfcc/meetings/2025"
                            << "pfcc/meetings/2026";
    QTest::newRow("a named year") << "/minutes/tsc-2024/"
                                  << "minutes/tsc-2026";
    QTest::newRow("already this year's") << "pfcc/meetings/2026"
                                         << "";
    QTest::newRow("no year") << "meetings/agendas"
                             << "";
    QTest::newRow("a year inside, not last") << "2025/agendas"
                                             << "";
    QTest::newRow("a number, not a year") << "rfcs/3025"
                                          << "";
    QTest::newRow("the top") << ""
                             << "";
}

void TestGitHub::repositoryFolderOfAnotherYear()
{
    QFETCH(QString, path);
    QFETCH(QString, in2026);
    QCOMPARE(repositoryfolder::inYear(path, 2026), in2026);
}

QTEST_GUILESS_MAIN(TestGitHub)
#include "tst_github.moc"
