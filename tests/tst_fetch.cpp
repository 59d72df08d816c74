// Agendas fetched by URL (issue 17, first part): `gavel --print-agenda URL` and web::fetch,
// against a fake raw server inside the test, on the loopback address only.

#include "agenda/agendaimporter.h"
#include "agenda/agendajson.h"
#include "banner.h"
#include "fakeclock.h"
#include "fakewebserver.h"
#include "meeting/livemeeting.h"
#include "storage/sessionstore.h"
#include "web/fetch.h"
#include "widgetsupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <functional>

using namespace gavel;
using namespace gavel::test;

namespace {

using FakeServer = FakeWebServer;

QByteArray json(const ImportResult &result)
{
    return QJsonDocument(agendaToJson(result.meeting)).toJson(QJsonDocument::Indented);
}

} // namespace

class TestFetch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void blobAddressesAreReadFromTheRawServer_data();
    void blobAddressesAreReadFromTheRawServer();
    void blobPageIsFetchedFromTheRawServer();
    void plainAddressGivesTheSameAgendaAsTheFile();
    void redirectIsFollowed();
    void redirectLoopEndsAfterFive();
    void notFoundIsSaid();
    void silentServerTimesOut();
    void oversizedBodyIsAbandonedEarly();
    void oversizedDeclaredLengthIsRefusedAtOnce();
    void binaryBodyIsNoAgenda();
    void plainHttpOnlyToLoopback_data();
    void plainHttpOnlyToLoopback();
    void redirectToPlainHttpElsewhereIsRefused();
    void commandLinePrintsTheFetchedAgenda();
    void commandLineFailures_data();
    void commandLineFailures();
    void copiesAreKeptBelowTheSessions_data();
    void copiesAreKeptBelowTheSessions();
    void windowOpensTheFetchedAgenda();
    void windowFailureLeavesTheOpenMeeting();

private:
    // The error of fetching `path` from the fake server with that silence allowed, after the address.
    QString fetchWithin(const QString &path, int silenceMs);
    QTemporaryDir m_home;
    std::unique_ptr<FakeServer> m_server;
    QByteArray m_agenda;
};

void TestFetch::initTestCase()
{
    QVERIFY(m_home.isValid());
    keepHomeIn(m_home.path());
    QCoreApplication::setApplicationVersion(QStringLiteral("1.2.3-test"));
    m_agenda = readAll(sampleAgenda());
}

void TestFetch::init()
{
    m_server = std::make_unique<FakeServer>();
    const QByteArray agenda = m_agenda;
    const auto serve = [agenda](QTcpSocket *socket) {
        FakeServer::answer(socket, "200 OK", agenda, "Content-Type: text/plain; charset=utf-8\r\n");
    };
    m_server->on("/agenda.md", serve);
    m_server->on("/PaddlePaddle/community/master/pfcc/meetings/2022/2022-04-14-meeting-agenda.md", serve);
    qputenv("GAVEL_GITHUB_RAW", m_server->base().toUtf8());
}

QString TestFetch::fetchWithin(const QString &path, int silenceMs)
{
    const QString address = m_server->base() + path;
    web::Limits limits;
    limits.silenceMs = silenceMs;
    const QString error = web::fetchAndWait(address, limits).error;
    return error.startsWith(address) ? error.mid(address.size()) : QStringLiteral("(names another address) ") + error;
}

void TestFetch::blobAddressesAreReadFromTheRawServer_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("expected");
    QTest::newRow("blob") << "https://github.com/PaddlePaddle/community/blob/master/pfcc/meetings/2022/a.md"
                          << "RAW/PaddlePaddle/community/master/pfcc/meetings/2022/a.md";
    QTest::newRow("blob, plain view asked") << "https://github.com/O/R/blob/main/x.md?plain=1"
                                            << "RAW/O/R/main/x.md";
    QTest::newRow("a space in the path") << "https://github.com/O/R/blob/main/my%20agenda.md"
                                         << "RAW/O/R/main/my%20agenda.md";
    QTest::newRow("not a file page") << "https://github.com/O/R/tree/main/pfcc"
                                     << "https://github.com/O/R/tree/main/pfcc";
    QTest::newRow("another host") << "https://example.org/O/R/blob/main/x.md"
                                  << "https://example.org/O/R/blob/main/x.md";
}

void TestFetch::blobAddressesAreReadFromTheRawServer()
{
    QFETCH(QString, address);
    QFETCH(QString, expected);
    expected.replace(QLatin1String("RAW"), QStringLiteral("https://raw.example"));
    qputenv("GAVEL_GITHUB_RAW", "https://raw.example/");
    QCOMPARE(web::sourceOf(QUrl(address)).toString(QUrl::FullyEncoded), expected);
    qunsetenv("GAVEL_GITHUB_RAW");
    const QString byDefault = web::sourceOf(QUrl(address)).toString(QUrl::FullyEncoded);
    QCOMPARE(byDefault,
             QString(expected).replace(QLatin1String("https://raw.example"),
                                       QLatin1String("https://raw.githubusercontent.com")));
}

void TestFetch::blobPageIsFetchedFromTheRawServer()
{
    const ImportResult result = web::importAddress(QStringLiteral(
        "https://github.com/PaddlePaddle/community/blob/master/pfcc/meetings/2022/2022-04-14-meeting-agenda.md"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(m_server->seen().size(), 1);
    QCOMPARE(m_server->seen().first().path,
             QByteArray("/PaddlePaddle/community/master/pfcc/meetings/2022/2022-04-14-meeting-agenda.md"));
    QCOMPARE(m_server->seen().first().userAgent(), QByteArray("Gavel/1.2.3-test"));
    QCOMPARE(json(result), json(AgendaImporter::importFile(sampleAgenda())));
}

void TestFetch::plainAddressGivesTheSameAgendaAsTheFile()
{
    const ImportResult result = web::importAddress(m_server->base() + QStringLiteral("/agenda.md"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.meeting.title, AgendaImporter::importFile(sampleAgenda()).meeting.title);
    QVERIFY(!result.meeting.items.isEmpty());
    QCOMPARE(json(result), json(AgendaImporter::importFile(sampleAgenda())));
}

void TestFetch::redirectIsFollowed()
{
    m_server->on("/old.md",
                 [](QTcpSocket *socket) { FakeServer::answer(socket, "302 Found", {}, "Location: /agenda.md\r\n"); });
    const ImportResult result = web::importAddress(m_server->base() + QStringLiteral("/old.md"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(m_server->seen().size(), 2);
    QCOMPARE(m_server->seen().at(1).path, QByteArray("/agenda.md"));
    QCOMPARE(m_server->seen().at(1).userAgent(), QByteArray("Gavel/1.2.3-test"));
}

void TestFetch::redirectLoopEndsAfterFive()
{
    m_server->on(
        "/a", [](QTcpSocket *socket) { FakeServer::answer(socket, "301 Moved Permanently", {}, "Location: /b\r\n"); });
    m_server->on("/b", [](QTcpSocket *socket) { FakeServer::answer(socket, "302 Found", {}, "Location: /a\r\n"); });
    const QString address = m_server->base() + QStringLiteral("/a");
    const web::Fetched fetched = web::fetchAndWait(address);
    QCOMPARE(fetched.error, address + QStringLiteral(": more than 5 redirects"));
    // The first request and five redirects followed, then Qt stops. Under load its network thread
    // may already have the sixth on its way, or send one again on a fresh connection: a few more
    // than six, never a loop that goes on.
    const qsizetype seen = m_server->seen().size();
    QVERIFY2(seen >= 6 && seen <= 8, qPrintable(QString::number(seen)));
    QCOMPARE(m_server->seen().first().path, QByteArray("/a"));
    for (const auto &request : m_server->seen()) {
        QVERIFY2(request.path == "/a" || request.path == "/b", request.path.constData());
    }
}

void TestFetch::notFoundIsSaid()
{
    const QString address = m_server->base() + QStringLiteral("/missing.md");
    const ImportResult result = web::importAddress(address);
    QCOMPARE(result.error, address + QStringLiteral(": the server answered HTTP 404 Not Found"));
}

void TestFetch::silentServerTimesOut()
{
    m_server->on("/silent.md", [](QTcpSocket *) {});
    QCOMPARE(fetchWithin(QStringLiteral("/silent.md"), 100), QStringLiteral(": the server sent nothing for 0.1 s"));
}

void TestFetch::oversizedBodyIsAbandonedEarly()
{
    // No Content-Length: the body streams on while the client reads; 64 MiB if nobody stops it.
    const qint64 whole = 64 * 1024 * 1024;
    auto written = std::make_shared<qint64>(0);
    m_server->on("/huge.md", [written, whole](QTcpSocket *socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n");
        const QByteArray chunk(64 * 1024, 'a');
        const auto more = [socket, written, whole, chunk] {
            while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 256 * 1024
                   && *written < whole) {
                *written += socket->write(chunk);
            }
            if (*written >= whole) {
                socket->disconnectFromHost();
            }
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
        more();
    });
    const QString address = m_server->base() + QStringLiteral("/huge.md");
    const web::Fetched fetched = web::fetchAndWait(address);
    QCOMPARE(fetched.error, address + QStringLiteral(": larger than 5 MB; an agenda is a small text file"));
    QVERIFY2(*written < whole / 2, qPrintable(QString::number(*written)));
}

void TestFetch::oversizedDeclaredLengthIsRefusedAtOnce()
{
    // It says 6 MB and sends nothing more: the header alone ends it, long before any timeout.
    m_server->on("/declared.md",
                 [](QTcpSocket *socket) { socket->write("HTTP/1.1 200 OK\r\nContent-Length: 6291456\r\n\r\n"); });
    QCOMPARE(fetchWithin(QStringLiteral("/declared.md"), 120000),
             QStringLiteral(": larger than 5 MB; an agenda is a small text file"));
}

void TestFetch::binaryBodyIsNoAgenda()
{
    m_server->on("/logo.png", [](QTcpSocket *socket) {
        FakeServer::answer(socket, "200 OK", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16),
                           "Content-Type: image/png\r\n");
    });
    const QString address = m_server->base() + QStringLiteral("/logo.png");
    const ImportResult result = web::importAddress(address);
    QCOMPARE(result.error, address + QStringLiteral(": binary data (it contains NUL bytes), not a Markdown text file"));
}

void TestFetch::plainHttpOnlyToLoopback_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << "https://raw.githubusercontent.com/O/R/main/a.md" << true;
    QTest::newRow("http, 127.0.0.1") << "http://127.0.0.1:8080/a.md" << true;
    QTest::newRow("http, 127.1.2.3") << "http://127.1.2.3/a.md" << true;
    QTest::newRow("http, localhost") << "http://localhost/a.md" << true;
    QTest::newRow("http, [::1]") << "http://[::1]:8080/a.md" << true;
    QTest::newRow("http, a documentation address") << "http://192.0.2.1/a.md" << false;
    QTest::newRow("http, a name") << "http://raw.githubusercontent.com/O/R/main/a.md" << false;
    QTest::newRow("http, a name that starts like loopback") << "http://127.0.0.1.example.org/a.md" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1/a.md" << false;
}

void TestFetch::plainHttpOnlyToLoopback()
{
    QFETCH(QString, address);
    QFETCH(bool, allowed);
    QCOMPARE(web::refusal(QUrl(address)).isEmpty(), allowed);
    if (allowed) {
        return;
    }
    // Refused before any connection: an unroutable address with a minute's patience still
    // answers at once, with the refusal, and the fake server sees nothing.
    web::Limits limits;
    limits.silenceMs = 60000;
    const web::Fetched fetched = web::fetchAndWait(address, limits);
    QCOMPARE(fetched.error,
             address
                 + QStringLiteral(": only https is fetched (plain http only from this computer's loopback address)"));
    QVERIFY(m_server->seen().isEmpty());
}

void TestFetch::redirectToPlainHttpElsewhereIsRefused()
{
    m_server->on("/away.md", [](QTcpSocket *socket) {
        FakeServer::answer(socket, "302 Found", {}, "Location: http://192.0.2.1/a.md\r\n");
    });
    const QString address = m_server->base() + QStringLiteral("/away.md");
    const web::Fetched fetched = web::fetchAndWait(address);
    QCOMPARE(fetched.error,
             address
                 + QStringLiteral(": redirected to http://192.0.2.1/a.md: only https is fetched (plain "
                                  "http only from this computer's loopback address)"));
    QCOMPARE(m_server->seen().size(), 1);
}

void TestFetch::commandLinePrintsTheFetchedAgenda()
{
    const ProcessResult run = runGavel(
        {QStringLiteral("--print-agenda"),
         QStringLiteral(
             "https://github.com/PaddlePaddle/community/blob/master/pfcc/meetings/2022/2022-04-14-meeting-agenda.md")});
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, json(AgendaImporter::importFile(sampleAgenda())));
    QCOMPARE(m_server->seen().size(), 1);
    QCOMPARE(m_server->seen().first().path,
             QByteArray("/PaddlePaddle/community/master/pfcc/meetings/2022/2022-04-14-meeting-agenda.md"));
    QCOMPARE(m_server->seen().first().userAgent(), QByteArray("Gavel/" GAVEL_VERSION));
}

void TestFetch::commandLineFailures_data()
{
    QTest::addColumn<QString>("path"); // on the fake server; a whole address when it has a scheme
    QTest::addColumn<QString>("cause");
    QTest::newRow("404") << "/missing.md"
                         << "the server answered HTTP 404 Not Found";
    QTest::newRow("binary") << "/logo.png"
                            << "binary data (it contains NUL bytes), not a Markdown text file";
    // The fake server speaks plain HTTP: asked for https, the TLS handshake fails.
    QTest::newRow("TLS") << "https:/agenda.md"
                         << "could not fetch it: SSL handshake failed";
    QTest::newRow("plain http elsewhere")
        << "http://192.0.2.1/a.md"
        << "only https is fetched (plain http only from this computer's loopback address)";
}

void TestFetch::commandLineFailures()
{
    QFETCH(QString, path);
    QFETCH(QString, cause);
    m_server->on("/logo.png", [](QTcpSocket *socket) {
        FakeServer::answer(socket, "200 OK", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    });
    QString address = path.startsWith(QLatin1Char('/')) ? m_server->base() + path : path;
    if (path.startsWith(QLatin1String("https:/"))) {
        address = m_server->base().replace(QLatin1String("http:"), QLatin1String("https:")) + path.mid(6);
    }
    const ProcessResult run = runGavel({QStringLiteral("--print-agenda"), address});
    QVERIFY2(!run.crashed && run.exitCode == 1, run.err.constData());
    QCOMPARE(run.out, QByteArray());
    // One line, naming the address and the cause (the TLS library may add its own words after).
    const QString said = QString::fromUtf8(run.err);
    QCOMPARE(said.count(QLatin1Char('\n')), 1);
    QVERIFY2(said.startsWith(QStringLiteral("gavel: %1: %2").arg(address, cause)), qPrintable(said));
}

void TestFetch::copiesAreKeptBelowTheSessions_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("copy");
    QTest::newRow("GitHub file page") << "https://github.com/O/R/blob/main/pfcc/a.md"
                                      << "/root/.fetched/github.com/O/R/blob/main/pfcc/a.md";
    QTest::newRow("a folder") << "http://127.0.0.1:8080/"
                              << "/root/.fetched/127.0.0.1/agenda.md";
    QTest::newRow("no way up") << "https://example.org/a/../../../b.md"
                               << "/root/.fetched/example.org/a/b.md";
}

void TestFetch::copiesAreKeptBelowTheSessions()
{
    QFETCH(QString, address);
    QFETCH(QString, copy);
    QCOMPARE(web::copyPath(QStringLiteral("/root"), address), copy);
}

void TestFetch::windowOpensTheFetchedAgenda()
{
    FakeClock clock(testStartMs());
    const QString home = m_home.filePath(QStringLiteral("window-opens"));
    const auto window = shownMainWindow(&clock, home);
    QVERIFY(window);
    const QString address = m_server->base() + QStringLiteral("/agenda.md");
    QVERIFY(!window->openFile(address)); // not yet: it is being fetched, the window keeps running
    QTRY_VERIFY(window->store()->isOpen());
    QCOMPARE(window->meeting()->meeting().title, AgendaImporter::importFile(sampleAgenda()).meeting.title);
    const QString copy = home + QStringLiteral("/sessions/.fetched/127.0.0.1/agenda.md");
    QCOMPARE(readAll(copy), m_agenda);
    QCOMPARE(window->store()->sourceAgenda(), copy);
}

void TestFetch::windowFailureLeavesTheOpenMeeting()
{
    FakeClock clock(testStartMs());
    const auto window = shownMainWindow(&clock, m_home.filePath(QStringLiteral("window-fails")));
    QVERIFY(window);
    QVERIFY(window->openFile(sampleAgenda()));
    const QString session = window->store()->path();
    const QString address = m_server->base() + QStringLiteral("/missing.md");
    window->openFile(address);
    auto *banner = find<Banner>(window.get(), "banner");
    QTRY_COMPARE(banner->text(),
                 QStringLiteral("Could not open the agenda: %1: the server answered HTTP 404 Not Found").arg(address));
    QVERIFY(banner->isVisible());
    QCOMPARE(window->store()->path(), session);
    QCOMPARE(window->meeting()->meeting().title, AgendaImporter::importFile(sampleAgenda()).meeting.title);
}

QTEST_MAIN(TestFetch)
#include "tst_fetch.moc"
