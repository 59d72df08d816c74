// Sessions: where session.json lives and which series a meeting belongs to, the file's round
// trip, autosave through the one atomic write path, write failures, crash recovery and bad
// input. Every expected value is worked out by hand from the product rules.

#include "agendaimporter.h"
#include "clock.h"
#include "livemeeting.h"
#include "runstateprint.h"
#include "sessionfile.h"
#include "sessionstore.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#endif

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
constexpr int Aob = 6;

#ifdef Q_OS_LINUX
// Set by a test to make the final rename onto this path fail; counts the renames tried onto it.
QByteArray failRenameOnto;
int renamesOnto = 0;
#endif

} // namespace

#ifdef Q_OS_LINUX
// Stands in for the C library's rename(), the last step of QSaveFile's commit, so that a test
// can make only that step fail: the finished temporary file is never put in place.
extern "C" int rename(const char *from, const char *to) noexcept
{
    if (!failRenameOnto.isEmpty() && failRenameOnto == to) {
        ++renamesOnto;
        errno = EIO;
        return -1;
    }
    return ::renameat(AT_FDCWD, from, AT_FDCWD, to);
}
#endif

namespace {

AgendaItem agendaItem(int id, const QString &title, std::optional<int> minutes, const QList<AgendaItem> &children = {})
{
    AgendaItem it;
    it.id = id;
    it.title = title;
    it.minutes = minutes;
    it.children = children;
    return it;
}

// 5 + 5 + (10 + 10) + 5 minutes, from 10:00 to 11:00 at UTC+01:00.
Meeting committeeMeeting()
{
    Meeting m;
    m.title = QStringLiteral("Steering committee");
    m.time.date = QDate(2024, 3, 14);
    m.time.start = QTime(10, 0);
    m.time.end = QTime(11, 0);
    m.time.utcOffsetSeconds = 3600;
    m.join = {QStringLiteral("https://meeting.example.org/j/173625627"), QStringLiteral("173-625-627"),
              QStringLiteral("4711")};
    m.chair = Person {QStringLiteral("张军"), QStringLiteral("jzhang533")};
    // Either half of a person may be missing.
    m.viceChair = Person {QString(), QStringLiteral("jeff41404")};
    m.roster = {Person {QStringLiteral("Tao Luo"), QStringLiteral("luotao1")},
                Person {QStringLiteral("李华"), QString()}, Person {QString(), QStringLiteral("SigureMo")}};
    AgendaItem welcome = agendaItem(Welcome, QStringLiteral("Welcome and agenda"), 5);
    welcome.speakers = {QStringLiteral("jzhang533")};
    AgendaItem minutes = agendaItem(Minutes, QStringLiteral("Minutes of the last meeting"), 5);
    minutes.text = QStringLiteral("Draft circulated on Monday.\nComments by Wednesday.");
    AgendaItem docs = agendaItem(DocsWg, QStringLiteral("Documentation WG"), 10);
    docs.speakers = {QStringLiteral("TCChenlong"), QStringLiteral("Ligoml")};
    m.items = {
        welcome,
        minutes,
        agendaItem(Reports, QStringLiteral("Working group reports"), std::nullopt,
                   {docs, agendaItem(ReleaseWg, QStringLiteral("Release WG"), 10)}),
        agendaItem(Aob, QStringLiteral("Any other business"), 5),
    };
    return m;
}

ItemRun itemRun(qint64 startedAt, qint64 endedAt, qint64 elapsedMs, qint64 pausedMs, int extraSeconds, bool done,
                bool skipped)
{
    ItemRun r;
    r.startedAt = startedAt;
    r.endedAt = endedAt;
    r.elapsedMs = elapsedMs;
    r.pausedMs = pausedMs;
    r.extraSeconds = extraSeconds;
    r.done = done;
    r.skipped = skipped;
    return r;
}

// Eighteen minutes in: Welcome done, Minutes skipped, Documentation done, Release WG running.
SessionData midRunSession()
{
    const qint64 t0 = ScheduledStartMs;
    SessionData d;
    d.series = QStringLiteral("Steering committee");
    d.sourceAgenda = QStringLiteral("/home/chair/agendas/2024-03-14-agenda.md");
    d.meeting = committeeMeeting();
    d.run.phase = RunState::Phase::Running;
    d.run.startedAt = t0;
    d.run.currentId = ReleaseWg;
    d.run.segmentStart = t0 + 17 * Min;
    d.run.pauseStart = t0 + 15 * Min + 30 * Sec;
    d.run.items.insert(Welcome, itemRun(t0, t0 + 4 * Min, 4 * Min, 0, 0, true, false));
    d.run.items.insert(Minutes, itemRun(0, 0, 0, 0, 0, false, true));
    d.run.items.insert(DocsWg, itemRun(t0 + 4 * Min, t0 + 15 * Min, 10 * Min, Min, 60, true, false));
    d.run.items.insert(ReleaseWg, itemRun(t0 + 15 * Min, 0, 30 * Sec, 90 * Sec, -60, false, false));
    d.notes.insert(0, QStringLiteral("Quorum reached.\nTwo apologies."));
    d.notes.insert(Minutes, QStringLiteral("Postponed to next week"));
    d.notes.insert(DocsWg, QStringLiteral("文档组：进展顺利 ✓"));
    d.savedAt = t0 + 18 * Min + 250;
    return d;
}

// A new session for the committee meeting, not started yet.
SessionData newSession()
{
    SessionData d;
    d.series = QStringLiteral("Steering committee");
    d.sourceAgenda = QStringLiteral("/home/chair/agendas/2024-03-14-agenda.md");
    d.meeting = committeeMeeting();
    return d;
}

// What session.json holds right now, read with the product's reader; empty when unreadable.
SessionData onDisk(const QString &path)
{
    SessionData data;
    QString error;
    if (!sessionfile::load(path, &data, &error)) {
        return {};
    }
    return data;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The text of the first Markdown heading of a file.
QString firstHeading(const QString &path)
{
    const QStringList lines = QString::fromUtf8(test::readAll(path)).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char('#'))) {
            QString heading = line;
            while (heading.startsWith(QLatin1Char('#'))) {
                heading.remove(0, 1);
            }
            return heading.trimmed();
        }
    }
    return {};
}

const AgendaItem *findItem(const QList<AgendaItem> &items, const QString &title)
{
    for (const AgendaItem &item : items) {
        if (item.title == title) {
            return &item;
        }
        if (const AgendaItem *inside = findItem(item.children, title)) {
            return inside;
        }
    }
    return nullptr;
}

// The real agendas of the corpus and their titles, copied from each file's first heading.
struct CorpusTitle
{
    const char *file;
    const char *title;
    const char *series;
};

const CorpusTitle realTitles[] = {
    {"pfcc-2022/2022-04-14-meeting-agenda.md", "Paddle Frawework Contributor Club 第一次会议",
     "Paddle Frawework Contributor Club"},
    {"pfcc-2022/2022-04-28-meeting-agenda.md", "Paddle Frawework Contributor Club 第二次会议",
     "Paddle Frawework Contributor Club"},
    {"pfcc-2022/2022-05-12-meeting-agenda.md", "Paddle Frawework Contributor Club 第三次会议",
     "Paddle Frawework Contributor Club"},
    {"pfcc-2022/2022-05-26-meeting-agenda.md", "Paddle Frawework Contributor Club 第四次会议",
     "Paddle Frawework Contributor Club"},
    {"pfcc-2022/2022-06-09-meeting-agenda.md", "Paddle Frawework Contributor Club 第五次会议",
     "Paddle Frawework Contributor Club"},
    {"pfcc-2022/2022-06-23-meeting-agenda.md", "Paddle Frawework Contributor Club 第六次会议",
     "Paddle Frawework Contributor Club"},
    {"pfcc-2022/2022-07-07-meeting-agenda.md", "Paddle Frawework Contributor Club 第七次会议",
     "Paddle Frawework Contributor Club"},
    {"pfcc-2022/2022-08-11-meeting-agenda.md", "Paddle Framework Contributor Club 第八次会议",
     "Paddle Framework Contributor Club"},
    {"pfcc-2022/2022-08-25-meeting-agenda.md", "Paddle Framework Contributor Club 第九次会议",
     "Paddle Framework Contributor Club"},
    {"pfcc-2022/2022-09-08-meeting-agenda.md", "Paddle Framework Contributor Club 第十次会议",
     "Paddle Framework Contributor Club"},
    {"pfcc-2022/2022-09-22-meeting-agenda.md", "Paddle Framework Contributor Club 第十一次会议",
     "Paddle Framework Contributor Club"},
    {"pfcc-2022/2022-10-20-meeting-agenda.md", "Paddle Framework Contributor Club 第十二次会议",
     "Paddle Framework Contributor Club"},
    {"pfcc-2022/2022-11-10-meeting-agenda.md", "Paddle Framework Contributor Club 第十三次会议",
     "Paddle Framework Contributor Club"},
    {"pfcc-2022/2022-11-24-meeting-agenda.md", "Paddle Framework Contributor Club 第十四次会议",
     "Paddle Framework Contributor Club"},
    {"pfcc-2022/2022-12-08-meeting-agenda.md", "Paddle Framework Contributor Club 第十五次会议",
     "Paddle Framework Contributor Club"},
    {"pfcc-2025/2025-01-23-meeting-agenda.md", "Paddle Framework Contributor Club 五十次会议议程",
     "Paddle Framework Contributor Club"},
    {"pfcc-2025/2025-02-20-meeting-agenda.md", "Paddle Framework Contributor Club 五十一次会议议程",
     "Paddle Framework Contributor Club"},
    {"pfcc-2025/2025-03-06-meeting-agenda.md", "Paddle Framework Contributor Club 五十二次会议议程",
     "Paddle Framework Contributor Club"},
    {"pfcc-2025/2025-03-27-meeting-agenda.md", "Paddle Framework Contributor Club 五十三次会议议程",
     "Paddle Framework Contributor Club"},
    {"pfcc-2025/2025-04-24-meeting-agenda.md", "Paddle Framework Contributor Club 五十四次会议议程",
     "Paddle Framework Contributor Club"},
    {"pfcc-2025/2025-05-12-meeting-agenda.md", "Paddle Framework Contributor Club 五十五次会议议程",
     "Paddle Framework Contributor Club"},
    {"pfcc-2025/2025-06-05-meeting-agenda.md", "Paddle Framework Contributor Club 五十六次会议议程",
     "Paddle Framework Contributor Club"},
    {"pfcc-2025/2025-06-19-meeting-agenda.md", "Paddle Framework Contributor Club 五十七次会议议程",
     "Paddle Framework Contributor Club"},
    {"pfcc-2025/2025-07-17-meeting-agenda.md", "Paddle Framework Contributor Club 五十八次会议议程",
     "Paddle Framework Contributor Club"},
    {"pfcc-2025/2025-08-07-meeting-agenda.md", "Paddle Framework Contributor Club 五十九次会议议程",
     "Paddle Framework Contributor Club"},
    {"pfcc-2025/2025-08-21-meeting-agenda.md", "Paddle Framework Contributor Club 六十次会议议程",
     "Paddle Framework Contributor Club"},
    {"pfcc-2025/2025-10-16-meeting-agenda.md", "Paddle Framework Contributor Club 六十一次会议议程",
     "Paddle Framework Contributor Club"},
    {"pfcc-2025/2025-11-20-meeting-agenda.md", "Paddle Framework Contributor Club 六十二次会议议程",
     "Paddle Framework Contributor Club"},
    {"pfcc-2025/2025-12-11-meeting-agenda.md", "Paddle Framework Contributor Club 六十三次会议议程",
     "Paddle Framework Contributor Club"},
};

using Step = std::function<void(LiveMeeting &, FakeClock &)>;
using Check = std::function<bool(const SessionData &)>;

enum class Fault { DiskFull, RenameFails };

// What stands at the session's path.
enum class Input { Missing, Folder, File };

// The states a meeting is saved in before a crash.
enum class Before { Running, Paused, Ended };

} // namespace

Q_DECLARE_METATYPE(gavel::SessionData)
Q_DECLARE_METATYPE(gavel::RunState::Phase)
Q_DECLARE_METATYPE(Step)
Q_DECLARE_METATYPE(Check)
Q_DECLARE_METATYPE(Fault)
Q_DECLARE_METATYPE(Before)
Q_DECLARE_METATYPE(Input)


namespace {

// Field by field, so that a failure names the field; a caller checks QTest::currentTestFailed().
void compareSessions(const SessionData &actual, const SessionData &expected)
{
    QCOMPARE(actual.series, expected.series);
    QCOMPARE(actual.sourceAgenda, expected.sourceAgenda);
    QCOMPARE(actual.savedAt, expected.savedAt);
    const Meeting &a = actual.meeting;
    const Meeting &e = expected.meeting;
    QCOMPARE(a.title, e.title);
    QCOMPARE(a.time.date, e.time.date);
    QCOMPARE(a.time.start, e.time.start);
    QCOMPARE(a.time.end, e.time.end);
    QCOMPARE(a.time.utcOffsetSeconds.has_value(), e.time.utcOffsetSeconds.has_value());
    QCOMPARE(a.time.utcOffsetSeconds.value_or(-1), e.time.utcOffsetSeconds.value_or(-1));
    QCOMPARE(a.join.url, e.join.url);
    QCOMPARE(a.join.meetingId, e.join.meetingId);
    QCOMPARE(a.join.password, e.join.password);
    QVERIFY(a.chair == e.chair);
    QVERIFY(a.viceChair == e.viceChair);
    QCOMPARE(a.roster, e.roster);
    QCOMPARE(a.items, e.items);
    QCOMPARE(actual.run, expected.run);
    QCOMPARE(actual.notes, expected.notes);
}

} // namespace

class TestSessionStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void proposeSeries_data();
    void proposeSeries();
    void corpusTitles_data();
    void corpusTitles();
    void corpusRowsCoverEveryRealAgenda();
    void matchingSeries_data();
    void matchingSeries();
    void sessionPathLayout();
    void importedSampleBecomesSession();

    void roundTrip_data();
    void roundTrip();
    void corpusAgendaRoundTrip_data();
    void corpusAgendaRoundTrip();

    void changesReachDisk_data();
    void changesReachDisk();
    void typingReachesDiskWhileItGoesOn();
    void writeFailureIsRetried();
    void failedWriteKeepsPreviousFile_data();
    void failedWriteKeepsPreviousFile();

    void recovery_data();
    void recovery();
    void notStartedSessionReopens();

    void badInput_data();
    void badInput();

private:
    QTemporaryDir m_home;
};

void TestSessionStore::initTestCase()
{
    QVERIFY2(m_home.isValid(), qPrintable(m_home.errorString()));
    // Sessions go below a folder this test owns, never into the real home.
    qputenv("GAVEL_HOME", QFile::encodeName(m_home.path()));
    QCOMPARE(sessionfile::rootFolder(), QDir::cleanPath(m_home.path()));
#ifdef Q_OS_LINUX
    // A write beyond the file size limit must fail with EFBIG, not kill the test.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
}

// ---- series and where sessions live ----

void TestSessionStore::proposeSeries_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("series");

    QTest::newRow("第一次会议") << QStringLiteral("Paddle Frawework Contributor Club 第一次会议")
                                << QStringLiteral("Paddle Frawework Contributor Club");
    QTest::newRow("五十次会议议程") << QStringLiteral("Paddle Framework Contributor Club 五十次会议议程")
                                    << QStringLiteral("Paddle Framework Contributor Club");
    QTest::newRow("ordinal first") << QStringLiteral("第七次 Example 开源共建研讨会")
                                   << QStringLiteral("Example 开源共建研讨会");
    QTest::newRow("12th Meeting") << QStringLiteral("Example Club 12th Meeting") << QStringLiteral("Example Club");
    QTest::newRow("第十二次会议议程") << QStringLiteral("Example Contributor Club 第十二次会议议程")
                                      << QStringLiteral("Example Contributor Club");
    QTest::newRow("第三次会议") << QStringLiteral("Example Club 第三次会议") << QStringLiteral("Example Club");
    QTest::newRow("第36次会议") << QStringLiteral("Example Club 第36次会议") << QStringLiteral("Example Club");
    QTest::newRow("36th Meeting Agenda") << QStringLiteral("Example Club 36th Meeting Agenda")
                                         << QStringLiteral("Example Club");
    QTest::newRow("1st Agenda") << QStringLiteral("Example Club 1st Agenda") << QStringLiteral("Example Club");
    QTest::newRow("ISO date") << QStringLiteral("Example Club Meeting 2024-03-14") << QStringLiteral("Example Club");
    QTest::newRow("date first") << QStringLiteral("2024-03-14 Example Club Meeting") << QStringLiteral("Example Club");
    QTest::newRow("Chinese date") << QStringLiteral("2024年3月14日 Example Club 会议")
                                  << QStringLiteral("Example Club");
    QTest::newRow("slashed date") << QStringLiteral("Example Club 2024/3/14 Agenda") << QStringLiteral("Example Club");
    QTest::newRow("date in brackets") << QStringLiteral("Example Club Meeting (2024-03-14)")
                                      << QStringLiteral("Example Club");
    QTest::newRow("date in full-width brackets")
        << QStringLiteral("Example Club 会议（2024-03-14）") << QStringLiteral("Example Club");
    QTest::newRow("English date") << QStringLiteral("Example Club Meeting, March 14, 2024")
                                  << QStringLiteral("Example Club");
    QTest::newRow("第 12 次, spaced") << QStringLiteral("Example Club 第 12 次会议") << QStringLiteral("Example Club");
    QTest::newRow("会议议程 only") << QStringLiteral("Example Club 会议议程") << QStringLiteral("Example Club");
    QTest::newRow("no ordinal, no suffix")
        << QStringLiteral("Steering committee") << QStringLiteral("Steering committee");
}

void TestSessionStore::proposeSeries()
{
    QFETCH(QString, title);
    QFETCH(QString, series);

    QCOMPARE(sessionfile::proposeSeries(title), series);
}

void TestSessionStore::corpusTitles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("series");

    for (const CorpusTitle &row : realTitles) {
        QTest::newRow(row.file) << QString::fromUtf8(row.file) << QString::fromUtf8(row.title)
                                << QString::fromUtf8(row.series);
    }
}

void TestSessionStore::corpusTitles()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, series);

    // The row is the file's real title, not one made up for the test.
    QCOMPARE(firstHeading(test::corpusFile(file)), title);

    const QString proposal = sessionfile::proposeSeries(title);
    QVERIFY(!proposal.isEmpty());
    static const QRegularExpression ordinal(QStringLiteral("第[^ ]*次|[〇零一二两三四五六七八九十百0-9]+次|次会议"));
    QVERIFY2(!proposal.contains(ordinal), qPrintable(proposal));
    // The first year spelled the club's name two ways; each title keeps its own spelling.
    if (file.startsWith(QLatin1String("pfcc-2022/"))) {
        const QStringList spellings = {QStringLiteral("Paddle Frawework Contributor Club"),
                                       QStringLiteral("Paddle Framework Contributor Club")};
        QVERIFY2(spellings.contains(proposal), qPrintable(proposal));
    }
    QCOMPARE(proposal, series);
}

void TestSessionStore::corpusRowsCoverEveryRealAgenda()
{
    QStringList inCorpus;
    for (const QString &year : {QStringLiteral("pfcc-2022"), QStringLiteral("pfcc-2025")}) {
        const QDir dir(test::corpusFile(year));
        for (const QString &name : dir.entryList({QStringLiteral("*-agenda.md")}, QDir::Files, QDir::Name)) {
            inCorpus.append(year + QLatin1Char('/') + name);
        }
    }
    QStringList inRows;
    for (const CorpusTitle &row : realTitles) {
        inRows.append(QString::fromUtf8(row.file));
    }
    QCOMPARE(inCorpus.size(), 29);
    QCOMPARE(inRows, inCorpus);
}

void TestSessionStore::matchingSeries_data()
{
    QTest::addColumn<QString>("proposal");
    QTest::addColumn<QString>("match");

    // The folders below hold "Paddle Framework Contributor Club" and "example-club".
    QTest::newRow("same") << QStringLiteral("Paddle Framework Contributor Club")
                          << QStringLiteral("Paddle Framework Contributor Club");
    QTest::newRow("case") << QStringLiteral("PADDLE framework contributor CLUB")
                          << QStringLiteral("Paddle Framework Contributor Club");
    QTest::newRow("spaces") << QStringLiteral("  Paddle   FrameworkContributor Club ")
                            << QStringLiteral("Paddle Framework Contributor Club");
    QTest::newRow("punctuation") << QStringLiteral("Paddle-Framework: Contributor·Club.")
                                 << QStringLiteral("Paddle Framework Contributor Club");
    QTest::newRow("folder with dash") << QStringLiteral("Example Club") << QStringLiteral("example-club");
    // Other letters make another series, a misspelling included.
    QTest::newRow("misspelt") << QStringLiteral("Paddle Frawework Contributor Club") << QString();
    QTest::newRow("longer name") << QStringLiteral("Paddle Framework Contributor Club Extra") << QString();
    QTest::newRow("a file is no series") << QStringLiteral("notes") << QString();
}

void TestSessionStore::matchingSeries()
{
    QFETCH(QString, proposal);
    QFETCH(QString, match);

    QTemporaryDir root;
    QVERIFY(root.isValid());
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("Paddle Framework Contributor Club/2022-08-11")));
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("example-club")));
    QVERIFY(writeBytes(root.filePath(QStringLiteral("notes")), "not a series\n"));

    const QStringList existing = sessionfile::existingSeries(root.path());
    QCOMPARE(existing,
             (QStringList {QStringLiteral("Paddle Framework Contributor Club"), QStringLiteral("example-club")}));
    QCOMPARE(sessionfile::matchingSeries(proposal, existing), match);
}

void TestSessionStore::sessionPathLayout()
{
    const QString root = m_home.path();
    // GAVEL_HOME as a user may type it, with a trailing separator.
    qputenv("GAVEL_HOME", QFile::encodeName(root + QStringLiteral("/")));
    const QString fromEnv = sessionfile::rootFolder();
    qputenv("GAVEL_HOME", QFile::encodeName(root));
    QCOMPARE(fromEnv, root);

    QCOMPARE(sessionfile::sessionPath(root, QStringLiteral("Steering committee"), QDate(2024, 3, 14)),
             root + QStringLiteral("/Steering committee/2024-03-14/session.json"));

    // A series that is not a safe folder name still makes exactly one folder below the root.
    const QString path = sessionfile::sessionPath(root, QStringLiteral("R&D / QA: \"weekly\""), QDate(2024, 3, 14));
    const QFileInfo file(path);
    QCOMPARE(file.fileName(), QStringLiteral("session.json"));
    QCOMPARE(QFileInfo(file.path()).fileName(), QStringLiteral("2024-03-14"));
    QCOMPARE(QFileInfo(QFileInfo(file.path()).path()).path(), root);
}

void TestSessionStore::importedSampleBecomesSession()
{
    const QString sample = QStringLiteral(GAVEL_SOURCE_DIR "/resources/sample/2022-04-14-meeting-agenda.md");
    const ImportResult imported = AgendaImporter::importFile(sample);
    QVERIFY2(imported.ok(), qPrintable(imported.error));

    const QString root = sessionfile::rootFolder();
    QCOMPARE(root, QDir::cleanPath(m_home.path()));
    const QString proposal = sessionfile::proposeSeries(imported.meeting.title);
    QCOMPARE(proposal, QStringLiteral("Paddle Frawework Contributor Club"));
    QCOMPARE(imported.meeting.time.date, QDate(2022, 4, 14));
    const QString match = sessionfile::matchingSeries(proposal, sessionfile::existingSeries(root));
    const QString series = match.isEmpty() ? proposal : match;
    const QString path = sessionfile::sessionPath(root, series, imported.meeting.time.date);
    const QString expected
        = m_home.path() + QStringLiteral("/Paddle Frawework Contributor Club/2022-04-14/session.json");
    QCOMPARE(path, expected);

    SessionData session;
    session.series = series;
    session.sourceAgenda = sample;
    session.meeting = imported.meeting;
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    SessionStore store(&live);
    store.open(path, session);
    QVERIFY(QFileInfo(expected).isFile());

    SessionData loaded;
    QString error;
    QVERIFY2(sessionfile::load(expected, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.series, QStringLiteral("Paddle Frawework Contributor Club"));
    QCOMPARE(loaded.sourceAgenda, sample);
    QCOMPARE(loaded.meeting.title, QStringLiteral("Paddle Frawework Contributor Club 第一次会议"));
    QCOMPARE(loaded.meeting.items, live.meeting().items);
    QCOMPARE(loaded.run.phase, RunState::Phase::NotStarted);
}

// ---- the file ----

void TestSessionStore::roundTrip_data()
{
    QTest::addColumn<SessionData>("session");

    QTest::newRow("running, UTC+01:00") << midRunSession();

    SessionData paused = midRunSession();
    paused.run.phase = RunState::Phase::Paused;
    paused.run.pauseStart = ScheduledStartMs + 17 * Min + 45 * Sec;
    paused.meeting.time.utcOffsetSeconds = 8 * 3600;
    QTest::newRow("paused, UTC+08:00") << paused;

    // An offset of zero is a stated offset, not a missing one.
    SessionData ended = midRunSession();
    ended.run.phase = RunState::Phase::Ended;
    ended.run.currentId = 0;
    ended.run.endedAt = ScheduledStartMs + 58 * Min;
    ended.run.items[ReleaseWg].done = true;
    ended.run.items[ReleaseWg].endedAt = ScheduledStartMs + 58 * Min;
    ended.meeting.time.utcOffsetSeconds = 0;
    QTest::newRow("ended, UTC") << ended;

    SessionData fresh = newSession();
    fresh.meeting.chair.reset();
    fresh.meeting.viceChair.reset();
    fresh.meeting.time.utcOffsetSeconds.reset();
    fresh.meeting.time.end = QTime();
    fresh.meeting.items[0].minutes = 0;
    fresh.savedAt = ScheduledStartMs - 5 * Min;
    QTest::newRow("not started, local time, no chair") << fresh;
}

void TestSessionStore::roundTrip()
{
    QFETCH(SessionData, session);

    const QJsonObject json = sessionfile::toJson(session);
    // A versioned schema a later Gavel can recognise.
    QCOMPARE(json.value(QStringLiteral("schema")).toString(), QStringLiteral("gavel-session"));
    QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);

    SessionData fromJson;
    QString error;
    QVERIFY2(sessionfile::fromJson(json, &fromJson, &error), qPrintable(error));
    compareSessions(fromJson, session);
    if (QTest::currentTestFailed()) {
        return;
    }

    // Through the file on disk, in a folder that does not exist yet.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("Steering committee/2024-03-14/session.json"));
    QCOMPARE(sessionfile::save(path, session), QString());
    SessionData fromDisk;
    QVERIFY2(sessionfile::load(path, &fromDisk, &error), qPrintable(error));
    compareSessions(fromDisk, session);
}

void TestSessionStore::corpusAgendaRoundTrip_data()
{
    QTest::addColumn<QString>("file");

    QDirIterator agendas(test::corpusDir(), {QStringLiteral("*-agenda.md")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (agendas.hasNext()) {
        files.append(QDir(test::corpusDir()).relativeFilePath(agendas.next()));
    }
    files.sort();
    for (const QString &file : std::as_const(files)) {
        QTest::newRow(qPrintable(file)) << file;
    }
}

void TestSessionStore::corpusAgendaRoundTrip()
{
    QFETCH(QString, file);

    const ImportResult imported = AgendaImporter::importFile(test::corpusFile(file));
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("session.json"));

    // A real agenda, as a session mid-run with notes, reads back as it was written.
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    SessionStore store(&live);
    SessionData session;
    session.series = sessionfile::proposeSeries(imported.meeting.title);
    session.sourceAgenda = test::corpusFile(file);
    session.meeting = imported.meeting;
    store.open(path, session);
    QVERIFY(live.start());
    clock.advance(3 * Min);
    QVERIFY(live.next());
    clock.advance(Min);
    live.setNotes(0, QStringLiteral("General notes"));
    live.setNotes(live.currentId(), QStringLiteral("Notes on the current item"));
    QVERIFY(store.saveNow());

    SessionData loaded;
    QString error;
    QVERIFY2(sessionfile::load(path, &loaded, &error), qPrintable(error));
    compareSessions(loaded, store.data());
}

// ---- autosave ----

void TestSessionStore::changesReachDisk_data()
{
    QTest::addColumn<Step>("step");
    QTest::addColumn<Check>("check");

    QTest::newRow("start") << Step([](LiveMeeting &live, FakeClock &) { live.start(); })
                           << Check([](const SessionData &d) {
                                  return d.run.phase == RunState::Phase::Running && d.run.currentId == Welcome
                                      && d.run.startedAt == ScheduledStartMs;
                              });
    QTest::newRow("next") << Step([](LiveMeeting &live, FakeClock &clock) {
        live.start();
        clock.advance(4 * Min);
        live.next();
    }) << Check([](const SessionData &d) {
        const ItemRun welcome = d.run.items.value(Welcome);
        return d.run.currentId == Minutes && welcome.done && welcome.elapsedMs == 4 * Min
            && welcome.endedAt == ScheduledStartMs + 4 * Min;
    });
    QTest::newRow("pause") << Step([](LiveMeeting &live, FakeClock &clock) {
        live.start();
        clock.advance(90 * Sec);
        live.pause();
    }) << Check([](const SessionData &d) {
        return d.run.phase == RunState::Phase::Paused && d.run.items.value(Welcome).elapsedMs == 90 * Sec;
    });
    QTest::newRow("+1 minute") << Step([](LiveMeeting &live, FakeClock &) {
        live.start();
        live.adjustMinutes(1);
    }) << Check([](const SessionData &d) { return d.run.items.value(Welcome).extraSeconds == 60; });
    QTest::newRow("skip") << Step([](LiveMeeting &live, FakeClock &) { live.skip(Aob); })
                          << Check([](const SessionData &d) { return d.run.items.value(Aob).skipped; });
    QTest::newRow("undo") << Step([](LiveMeeting &live, FakeClock &clock) {
        live.start();
        clock.advance(2 * Min);
        live.next();
        live.undoStack()->undo();
    }) << Check([](const SessionData &d) {
        return d.run.phase == RunState::Phase::Running && d.run.currentId == Welcome
            && !d.run.items.value(Welcome).done;
    });
    QTest::newRow("rename item") << Step([](LiveMeeting &live, FakeClock &) {
        live.renameItem(Aob, QStringLiteral("Open floor"));
    }) << Check([](const SessionData &d) {
        return d.meeting.items.size() == 4 && d.meeting.items[3].title == QStringLiteral("Open floor");
    });
    QTest::newRow("add item") << Step([](LiveMeeting &live, FakeClock &) {
        live.addItem(Reports, 2, QStringLiteral("Infrastructure WG"), 7);
    }) << Check([](const SessionData &d) {
        const AgendaItem *added = findItem(d.meeting.items, QStringLiteral("Infrastructure WG"));
        return added && added->id > Aob && added->minutes == 7 && d.meeting.items[2].children.size() == 3;
    });
    QTest::newRow("delete item") << Step([](LiveMeeting &live, FakeClock &) {
        live.deleteItem(Minutes);
    }) << Check([](const SessionData &d) {
        return d.meeting.items.size() == 3 && !findItem(d.meeting.items, QStringLiteral("Minutes of the last meeting"));
    });
    QTest::newRow("planned minutes") << Step([](LiveMeeting &live, FakeClock &) {
        live.setPlannedMinutes(Aob, 15);
    }) << Check([](const SessionData &d) { return d.meeting.items.size() == 4 && d.meeting.items[3].minutes == 15; });
    QTest::newRow("item notes") << Step([](LiveMeeting &live, FakeClock &) {
        live.setNotes(Minutes, QStringLiteral("Approved without changes."));
    }) << Check([](const SessionData &d) {
        return d.notes.value(Minutes) == QStringLiteral("Approved without changes.");
    });
    QTest::newRow("general notes") << Step([](LiveMeeting &live, FakeClock &) {
        live.setNotes(0, QStringLiteral("Quorum reached."));
    }) << Check([](const SessionData &d) { return d.notes.value(0) == QStringLiteral("Quorum reached."); });
}

void TestSessionStore::changesReachDisk()
{
    QFETCH(Step, step);
    QFETCH(Check, check);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("Steering committee/2024-03-14/session.json"));
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    SessionStore store(&live);
    QSignalSpy saved(&store, &SessionStore::saved);
    QSignalSpy failed(&store, &SessionStore::saveFailed);

    // A new session is on disk from the first moment.
    store.open(path, newSession());
    QVERIFY(QFileInfo(path).isFile());
    QCOMPARE(onDisk(path).meeting.title, QStringLiteral("Steering committee"));
    QCOMPARE(onDisk(path).run.phase, RunState::Phase::NotStarted);
    QVERIFY(!check(onDisk(path)));
    QCOMPARE(saved.count(), 1);

    step(live, clock);
    QTRY_VERIFY_WITH_TIMEOUT(check(onDisk(path)), 2000);
    QVERIFY(saved.count() >= 2);
    QCOMPARE(saved.last().at(0).toString(), path);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!store.hasUnsavedChanges());
}

void TestSessionStore::typingReachesDiskWhileItGoesOn()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("Steering committee/2024-03-14/session.json"));
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    SessionStore store(&live);
    store.open(path, newSession());
    live.start();

    // The chair types a key every 40 ms for about 5 s: saving must not wait for a pause in typing.
    const QString text = QString(120, QLatin1Char('n'));
    QTimer typist;
    typist.setInterval(40);
    connect(&typist, &QTimer::timeout, &live, [&] {
        const QString typed = live.notes(0);
        if (typed.size() < text.size()) {
            live.setNotes(0, text.left(typed.size() + 1));
        }
    });
    typist.start();

    QTRY_VERIFY_WITH_TIMEOUT(!onDisk(path).notes.value(0).isEmpty(), 2000);
    QTRY_VERIFY_WITH_TIMEOUT(live.notes(0).size() >= 40, 5000);
    const qsizetype typedSoFar = live.notes(0).size();
    QVERIFY(typedSoFar < text.size());
    QTRY_VERIFY_WITH_TIMEOUT(onDisk(path).notes.value(0).size() >= typedSoFar, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(live.notes(0), text, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(onDisk(path).notes.value(0), text, 2000);
}

void TestSessionStore::writeFailureIsRetried()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A regular file stands where the series folder must be: no folder can be made below it.
    const QString blocker = dir.filePath(QStringLiteral("Steering committee"));
    QVERIFY(writeBytes(blocker, "in the way\n"));
    const QString path = blocker + QStringLiteral("/2024-03-14/session.json");

    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    SessionStore store(&live);
    QSignalSpy saved(&store, &SessionStore::saved);
    QSignalSpy failed(&store, &SessionStore::saveFailed);
    QSignalSpy recovered(&store, &SessionStore::saveRecovered);

    store.open(path, newSession());
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(failed.count(), 1);
    const QString error = failed.first().at(0).toString();
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(path)), qPrintable(error));
    QCOMPARE(store.lastError(), error);
    QVERIFY(store.hasUnsavedChanges());

    // The meeting goes on in memory; more failed writes are not reported again.
    QVERIFY(live.start());
    clock.advance(3 * Min);
    QVERIFY(live.next());
    live.setNotes(0, QStringLiteral("Kept in memory"));
    QVERIFY(!store.saveNow());
    QVERIFY(!store.saveNow());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(recovered.count(), 0);
    QCOMPARE(live.meeting().title, QStringLiteral("Steering committee"));
    QCOMPARE(live.meeting().items, committeeMeeting().items);
    QCOMPARE(live.phase(), RunState::Phase::Running);
    QCOMPARE(live.currentId(), Minutes);
    QCOMPARE(live.run().items.value(Welcome),
             itemRun(ScheduledStartMs, ScheduledStartMs + 3 * Min, 3 * Min, 0, 0, true, false));
    QCOMPARE(live.notes(0), QStringLiteral("Kept in memory"));
    QVERIFY(store.hasUnsavedChanges());

    // Once the obstacle is gone a retry, with nobody asking, writes the latest state.
    QVERIFY(QFile::remove(blocker));
    QTRY_COMPARE_WITH_TIMEOUT(recovered.count(), 1, SessionStore::retryDelayMs + 2000);
    QVERIFY(QFileInfo(path).isFile());
    QCOMPARE(failed.count(), 1);
    QVERIFY(saved.count() >= 1);
    QVERIFY(store.lastError().isEmpty());
    QVERIFY(!store.hasUnsavedChanges());
    const SessionData written = onDisk(path);
    QCOMPARE(written.run, live.run());
    QCOMPARE(written.notes.value(0), QStringLiteral("Kept in memory"));
    QCOMPARE(written.meeting.items, live.meeting().items);
}

void TestSessionStore::failedWriteKeepsPreviousFile_data()
{
    QTest::addColumn<Fault>("fault");

    QTest::newRow("disk full while writing") << Fault::DiskFull;
    QTest::newRow("final rename fails") << Fault::RenameFails;
}

void TestSessionStore::failedWriteKeepsPreviousFile()
{
#ifdef Q_OS_LINUX
    QFETCH(Fault, fault);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("Steering committee/2024-03-14/session.json"));
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    SessionStore store(&live);
    store.open(path, newSession());
    QVERIFY(live.start());
    clock.advance(2 * Min);
    QVERIFY(store.saveNow());
    const QByteArray good = fileBytes(path);
    QVERIFY(good.size() > 0 && good.size() < 32 * 1024);

    QSignalSpy failed(&store, &SessionStore::saveFailed);
    QSignalSpy recovered(&store, &SessionStore::saveRecovered);
    // Long notes make the next file far larger than the good one.
    const QString notes = QString(200 * 1024, QLatin1Char('w'));
    live.setNotes(0, notes);
    QVERIFY(live.next());

    bool savedAnyway = true;
    if (fault == Fault::DiskFull) {
        // Files may grow to 32 KiB only: the write of the new file stops part way.
        rlimit before {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
        rlimit small = before;
        small.rlim_cur = 32 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        savedAnyway = store.saveNow();
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &before), 0);
    } else {
        failRenameOnto = QFile::encodeName(path);
        renamesOnto = 0;
        savedAnyway = store.saveNow();
        failRenameOnto.clear();
        QVERIFY2(renamesOnto > 0, "the new file was not renamed over the old one");
    }
    QVERIFY(!savedAnyway);

    QCOMPARE(fileBytes(path), good);
    QCOMPARE(failed.count(), 1);
    const QString error = failed.first().at(0).toString();
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(path)), qPrintable(error));
    QCOMPARE(live.notes(0), notes);
    QCOMPARE(live.currentId(), Minutes);
    QVERIFY(store.hasUnsavedChanges());

    // The fault is gone: the retry puts the latest state in place of the old file.
    QTRY_COMPARE_WITH_TIMEOUT(recovered.count(), 1, SessionStore::retryDelayMs + 2000);
    const SessionData written = onDisk(path);
    QCOMPARE(written.notes.value(0), notes);
    QCOMPARE(written.run.currentId, Minutes);
    QCOMPARE(failed.count(), 1);
#else
    QSKIP("needs Linux to make a write fail part way");
#endif
}

// ---- crash recovery ----

void TestSessionStore::recovery_data()
{
    QTest::addColumn<Before>("before");
    QTest::addColumn<qint64>("gap");
    QTest::addColumn<RunState::Phase>("phase");
    QTest::addColumn<qint64>("minutesElapsed"); // of the Minutes item, at reopening
    QTest::addColumn<bool>("wasRunning");
    QTest::addColumn<bool>("pausedAfterGap");

    // Minutes began 4 min after the start and had run 2 min at the last save; the gap runs on.
    QTest::newRow("running, back after 10 s")
        << Before::Running << 10 * Sec << RunState::Phase::Running << 2 * Min + 10 * Sec << true << false;
    QTest::newRow("running, back after 10 min")
        << Before::Running << 10 * Min << RunState::Phase::Running << 2 * Min + 10 * Min << true << false;
    QTest::newRow("running, back after exactly 30 min")
        << Before::Running << 30 * Min << RunState::Phase::Running << 2 * Min + 30 * Min << true << false;
    // Past 30 minutes it resumes paused, its time counted up to the last save only.
    QTest::newRow("running, back after 30 min 1 s")
        << Before::Running << 30 * Min + Sec << RunState::Phase::Paused << 2 * Min << true << true;
    QTest::newRow("running, back after 2 h")
        << Before::Running << 120 * Min << RunState::Phase::Paused << 2 * Min << true << true;
    QTest::newRow("running, back next day")
        << Before::Running << 20 * 60 * Min << RunState::Phase::Paused << 2 * Min << true << true;
    // Paused 90 s into Minutes, it stays paused however long the gap.
    QTest::newRow("paused, back after 10 min")
        << Before::Paused << 10 * Min << RunState::Phase::Paused << 90 * Sec << true << false;
    QTest::newRow("paused, back after 2 h")
        << Before::Paused << 120 * Min << RunState::Phase::Paused << 90 * Sec << true << false;
    // Ended 90 s into Minutes, it stays ended.
    QTest::newRow("ended, back after 10 min")
        << Before::Ended << 10 * Min << RunState::Phase::Ended << 90 * Sec << false << false;
    QTest::newRow("ended, back after 2 h")
        << Before::Ended << 120 * Min << RunState::Phase::Ended << 90 * Sec << false << false;
}

void TestSessionStore::recovery()
{
    QFETCH(Before, before);
    QFETCH(qint64, gap);
    QFETCH(RunState::Phase, phase);
    QFETCH(qint64, minutesElapsed);
    QFETCH(bool, wasRunning);
    QFETCH(bool, pausedAfterGap);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("Steering committee/2024-03-14/session.json"));
    const qint64 t0 = ScheduledStartMs;
    // Welcome runs 4 min, Minutes 90 s; then it is paused or ended, or runs on, until the last save 30 s later.
    const qint64 stoppedAt = t0 + 4 * Min + 90 * Sec; // when it was paused or ended
    const qint64 savedAt = stoppedAt + 30 * Sec;
    {
        FakeClock clock(t0);
        LiveMeeting live(&clock);
        SessionStore store(&live);
        store.open(path, newSession());
        QVERIFY(live.start());
        clock.advance(4 * Min);
        QVERIFY(live.next());
        clock.advance(90 * Sec);
        if (before == Before::Paused) {
            QVERIFY(live.pause());
        } else if (before == Before::Ended) {
            QVERIFY(live.endMeeting());
        }
        clock.advance(30 * Sec);
        QVERIFY(store.saveNow());
        // Gavel stops here without another write.
    }

    SessionData data;
    QString error;
    QVERIFY2(sessionfile::load(path, &data, &error), qPrintable(error));
    QCOMPARE(data.savedAt, savedAt);

    FakeClock clock(savedAt + gap);
    LiveMeeting live(&clock);
    SessionStore store(&live);
    const SessionStore::Recovery recovery = store.open(path, data);

    QCOMPARE(recovery.wasRunning, wasRunning);
    QCOMPARE(recovery.pausedAfterGap, pausedAfterGap);
    if (wasRunning) {
        QCOMPARE(recovery.gapMs, gap);
    }
    QCOMPARE(live.phase(), phase);
    QCOMPARE(live.run().startedAt, t0);
    QCOMPARE(live.elapsedMs(Welcome), 4 * Min);
    QCOMPARE(live.elapsedMs(Minutes), minutesElapsed);
    if (phase == RunState::Phase::Ended) {
        QCOMPARE(live.run().endedAt, stoppedAt);
        QCOMPARE(live.meetingElapsedMs(), stoppedAt - t0);
    } else {
        QCOMPARE(live.currentId(), Minutes);
    }
    // The reopened state is on disk at once.
    const SessionData written = onDisk(path);
    QCOMPARE(written.run, live.run());
    QCOMPARE(written.savedAt, savedAt + gap);

    // From here the clock runs on as usual: only a running meeting counts the next minute.
    clock.advance(Min);
    QCOMPARE(live.elapsedMs(Minutes), minutesElapsed + (phase == RunState::Phase::Running ? Min : 0));
    if (phase == RunState::Phase::Paused) {
        QVERIFY(live.resume());
        clock.advance(Min);
        QCOMPARE(live.elapsedMs(Minutes), minutesElapsed + Min);
    }
}

void TestSessionStore::notStartedSessionReopens()
{
    SessionData data = newSession();
    data.savedAt = ScheduledStartMs - 60 * Min;
    data.notes.insert(0, QStringLiteral("Prepared the evening before."));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("session.json"));
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    SessionStore store(&live);
    const SessionStore::Recovery recovery = store.open(path, data);
    QVERIFY(!recovery.wasRunning);
    QVERIFY(!recovery.pausedAfterGap);
    QCOMPARE(live.phase(), RunState::Phase::NotStarted);
    QCOMPARE(live.notes(0), QStringLiteral("Prepared the evening before."));
    QCOMPARE(onDisk(path).notes.value(0), QStringLiteral("Prepared the evening before."));
}

// ---- bad input ----

void TestSessionStore::badInput_data()
{
    QTest::addColumn<Input>("input");
    QTest::addColumn<QByteArray>("contents");

    const QJsonObject valid = sessionfile::toJson(midRunSession());
    const auto bytes = [](const QJsonObject &json) { return QJsonDocument(json).toJson(); };
    // Sets meeting.items[index]... along the given path of item indexes to what edit makes of it.
    const auto editItem
        = [](QJsonObject json, const QList<int> &where, const std::function<void(QJsonObject &)> &edit) {
              QJsonObject meeting = json.value(QStringLiteral("meeting")).toObject();
              std::function<QJsonArray(QJsonArray, qsizetype)> walk = [&](QJsonArray items, qsizetype depth) {
                  QJsonObject item = items.at(where.at(depth)).toObject();
                  if (depth + 1 == where.size()) {
                      edit(item);
                  } else {
                      item.insert(QStringLiteral("children"),
                                  walk(item.value(QStringLiteral("children")).toArray(), depth + 1));
                  }
                  items.replace(where.at(depth), item);
                  return items;
              };
              meeting.insert(QStringLiteral("items"), walk(meeting.value(QStringLiteral("items")).toArray(), 0));
              json.insert(QStringLiteral("meeting"), meeting);
              return json;
          };
    const auto withRun = [](QJsonObject json, const QString &key, const QJsonValue &value) {
        QJsonObject run = json.value(QStringLiteral("run")).toObject();
        if (value.isUndefined()) {
            run.remove(key);
        } else {
            run.insert(key, value);
        }
        json.insert(QStringLiteral("run"), run);
        return json;
    };

    QTest::newRow("missing file") << Input::Missing << QByteArray();
    QTest::newRow("a folder, not a file") << Input::Folder << QByteArray();
    QTest::newRow("empty file") << Input::File << QByteArray();
    QTest::newRow("not JSON") << Input::File << QByteArray("This is the agenda, not a session.\n");
    QTest::newRow("cut off half way") << Input::File << bytes(valid).left(bytes(valid).size() / 2);
    QTest::newRow("JSON array") << Input::File << QByteArray("[1, 2, 3]");

    QJsonObject noSchema = valid;
    noSchema.remove(QStringLiteral("schema"));
    QTest::newRow("no schema") << Input::File << bytes(noSchema);
    QJsonObject otherSchema = valid;
    otherSchema.insert(QStringLiteral("schema"), QStringLiteral("gavel-agenda"));
    QTest::newRow("another schema") << Input::File << bytes(otherSchema);
    QTest::newRow("a plain JSON object") << Input::File
                                         << QByteArray(R"({"title": "Steering committee", "items": []})");

    QJsonObject future = valid;
    future.insert(QStringLiteral("version"), SessionData::schemaVersion + 1);
    QTest::newRow("future version") << Input::File << bytes(future);

    QTest::newRow("item without id") << Input::File << bytes(editItem(valid, {1}, [](QJsonObject &item) {
        item.remove(QStringLiteral("id"));
    }));
    QTest::newRow("child without id") << Input::File << bytes(editItem(valid, {2, 1}, [](QJsonObject &item) {
        item.remove(QStringLiteral("id"));
    }));
    QTest::newRow("item with id 0") << Input::File << bytes(editItem(valid, {0}, [](QJsonObject &item) {
        item.insert(QStringLiteral("id"), 0);
    }));

    QTest::newRow("running, no current item")
        << Input::File << bytes(withRun(valid, QStringLiteral("currentId"), QJsonValue(QJsonValue::Undefined)));
    QTest::newRow("running, current item 0") << Input::File << bytes(withRun(valid, QStringLiteral("currentId"), 0));
    QTest::newRow("unknown phase") << Input::File
                                   << bytes(withRun(valid, QStringLiteral("phase"), QStringLiteral("adjourned")));
}

void TestSessionStore::badInput()
{
    QFETCH(Input, input);
    QFETCH(QByteArray, contents);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("Steering committee/2024-03-14/session.json"));
    if (input == Input::Folder) {
        QVERIFY(QDir().mkpath(path));
    } else if (input == Input::File) {
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QVERIFY(writeBytes(path, contents));
    }

    SessionData data;
    QString error;
    QVERIFY(!sessionfile::load(path, &data, &error));
    const QString shown = QDir::toNativeSeparators(path);
    QVERIFY2(error.startsWith(shown), qPrintable(error));
    // The file name alone does not say what is wrong.
    QVERIFY2(error.size() > shown.size() + 2, qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
