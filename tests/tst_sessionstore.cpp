// Sessions: where session.json lives and which series a meeting belongs to, the file's round
// trip, autosave through the one atomic write path, write failures, crash recovery and bad
// input. Every expected value is worked out by hand from the product rules.

#include "agenda/agendaimporter.h"
#include "committeesession.h"
#include "diskfaults.h"
#include "fakeclock.h"
#include "meeting/livemeeting.h"
#include "runstateprint.h"
#include "series/seriesnames.h"
#include "storage/sessionfile.h"
#include "storage/sessionstore.h"
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

using namespace gavel;
using namespace gavel::test;

namespace {

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

// The states a meeting is saved in before a crash.
enum class Before { Running, Paused, Ended };

} // namespace

Q_DECLARE_METATYPE(gavel::SessionData)
Q_DECLARE_METATYPE(gavel::RunState::Phase)
Q_DECLARE_METATYPE(Step)
Q_DECLARE_METATYPE(Check)
Q_DECLARE_METATYPE(Before)
Q_DECLARE_METATYPE(gavel::test::disk::Call)

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
    void nearestSeries_data();
    void nearestSeries();
    void sessionPathLayout();
    void importedSampleBecomesSession();

    void roundTrip_data();
    void roundTrip();
    void corpusAgendaRoundTrip_data();
    void corpusAgendaRoundTrip();

    void openingWritesNothing();
    void changesReachDisk_data();
    void changesReachDisk();
    void typingReachesDiskWhileItGoesOn();
    void savedOnlyOnceOnDisk();
    void writeFailureIsRetried();
    void vanishedFolderIsToldNotMadeAgain();
    void failedWriteKeepsPreviousFile_data();
    void failedWriteKeepsPreviousFile();
    void slowDiskNeverHoldsUpTheMeeting();
    void heartbeatWritesOnlyAFewBytes();

    void recovery_data();
    void recovery();
    void normalQuitIsToldFromACrash_data();
    void normalQuitIsToldFromACrash();
    void pauseAfterAGapSurvivesAQuit();
    void notStartedSessionReopens();

    void cleanup();

private:
    QTemporaryDir m_home;
};

void TestSessionStore::cleanup()
{
    // A failed test must not leave the disk stalled or failing for the next one.
    test::disk::openGate();
    test::disk::heal();
}

void TestSessionStore::initTestCase()
{
    QVERIFY2(m_home.isValid(), qPrintable(m_home.errorString()));
    // Sessions go below a folder this test owns, never into the real home.
    qputenv("GAVEL_HOME", QFile::encodeName(m_home.path()));
    QCOMPARE(sessionfile::rootFolder(), QDir::cleanPath(m_home.path()));
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
    // A quarter or a month in the title is no new series.
    QTest::newRow("2024-Q1") << QStringLiteral("飞桨社区开源发展工作组 2024-Q1")
                             << QStringLiteral("飞桨社区开源发展工作组");
    QTest::newRow("Q2 2024 first") << QStringLiteral("Q2 2024 Example Club") << QStringLiteral("Example Club");
    QTest::newRow("2024 Q3 agenda") << QStringLiteral("Example Club 2024 Q3 Agenda") << QStringLiteral("Example Club");
    QTest::newRow("第一季度") << QStringLiteral("Example Club 2024年第一季度会议") << QStringLiteral("Example Club");
    QTest::newRow("year and month") << QStringLiteral("Example Club 2024-03 meeting") << QStringLiteral("Example Club");
    QTest::newRow("年月") << QStringLiteral("Example Club 2024年3月例会") << QStringLiteral("Example Club");
}

void TestSessionStore::proposeSeries()
{
    QFETCH(QString, title);
    QFETCH(QString, series);

    QCOMPARE(series::proposeSeries(title), series);
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

    const QString proposal = series::proposeSeries(title);
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

void TestSessionStore::nearestSeries_data()
{
    QTest::addColumn<QString>("proposal");
    QTest::addColumn<QString>("nearest");

    // The folders below hold "Paddle Framework Contributor Club", "example-club" and "周会".
    QTest::newRow("one letter off") << QStringLiteral("Paddle Frawework Contributor Club")
                                    << QStringLiteral("Paddle Framework Contributor Club");
    QTest::newRow("two letters off, long name")
        << QStringLiteral("paddle framwork contributer club") << QStringLiteral("Paddle Framework Contributor Club");
    QTest::newRow("three letters off") << QStringLiteral("Puddle Frawework Contributer Club") << QString();
    QTest::newRow("one letter off, short name") << QStringLiteral("Example Clubs") << QStringLiteral("example-club");
    QTest::newRow("two letters off, short name") << QStringLiteral("Exemple Clubs") << QString();
    QTest::newRow("short names are exact") << QStringLiteral("例会") << QString();
    QTest::newRow("another series") << QStringLiteral("Steering committee") << QString();
}

void TestSessionStore::nearestSeries()
{
    QFETCH(QString, proposal);
    QFETCH(QString, nearest);
    const QStringList existing {QStringLiteral("Paddle Framework Contributor Club"), QStringLiteral("example-club"),
                                QStringLiteral("周会")};
    QCOMPARE(series::nearestSeries(proposal, existing), nearest);

    // Opening an agenda: the series nearly of its name is the one proposed, and taken.
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("Paddle Framework Contributor Club/2022-08-11")));
    Meeting misspelt;
    misspelt.title = QStringLiteral("Paddle Frawework Contributor Club 第一次会议");
    misspelt.time.date = QDate(2022, 4, 14);
    const series::Place place = series::placeOf(root.path(), misspelt, QDate(2030, 1, 1));
    QCOMPARE(place.proposal, QStringLiteral("Paddle Framework Contributor Club"));
    QCOMPARE(place.series, QStringLiteral("Paddle Framework Contributor Club"));
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

    const QStringList existing = series::existingSeries(root.path());
    QCOMPARE(existing,
             (QStringList {QStringLiteral("Paddle Framework Contributor Club"), QStringLiteral("example-club")}));
    QCOMPARE(series::matchingSeries(proposal, existing), match);
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
    const QString proposal = series::proposeSeries(imported.meeting.title);
    QCOMPARE(proposal, QStringLiteral("Paddle Frawework Contributor Club"));
    QCOMPARE(imported.meeting.time.date, QDate(2022, 4, 14));
    const QString match = series::matchingSeries(proposal, series::existingSeries(root));
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
    QVERIFY(!QFileInfo::exists(expected)); // nothing to save until something changes
    live.setNotes(0, QStringLiteral("Quorum reached."));
    QVERIFY(store.saveNow());
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
    QCOMPARE(json.value(QStringLiteral("version")).toInt(), SessionData::schemaVersion);

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
    QCOMPARE(sessionfile::save(path, session).error, QString());
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
    session.series = series::proposeSeries(imported.meeting.title);
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

namespace {

// The autosave delay passes on the clock and what it wrote lands on disk.
void letAutosaveRun(SessionStore &store, FakeClock &clock)
{
    store.waitForWrites(); // a write in flight lands, and schedules the next if more changed
    clock.advance(SessionStore::saveDelayMs);
    store.waitForWrites();
}

QDateTime modified(const QString &path)
{
    return QFileInfo(path).fileTime(QFileDevice::FileModificationTime);
}

// A roster of thousands, as a large community's meeting has.
QList<Person> manyPeople(int count)
{
    QList<Person> people;
    for (int i = 0; i < count; ++i) {
        people.append(Person {QStringLiteral("参会者 %1").arg(i), QStringLiteral("member%1").arg(i)});
    }
    return people;
}

} // namespace

void TestSessionStore::openingWritesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("Steering committee/2024-03-14"));
    const QString path = folder + QStringLiteral("/session.json");
    FakeClock clock(ScheduledStartMs);

    // A new session from an agenda: nothing on disk until something changes.
    {
        LiveMeeting live(&clock);
        SessionStore store(&live);
        store.open(path, newSession());
        clock.advance(Min);
        store.waitForWrites();
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(!store.hasUnsavedChanges());
        QVERIFY(!store.lastSaved().isValid());
    }

    // An existing session, ended or not started: opened, looked at, closed, and not one byte written.
    for (const bool ended : {false, true}) {
        SessionData data = midRunSession();
        if (ended) {
            data.run.phase = RunState::Phase::Ended;
            data.run.endedAt = data.savedAt;
        } else {
            data = newSession();
            data.savedAt = ScheduledStartMs - 60 * Min;
        }
        QVERIFY(sessionfile::save(path, data).ok());
        const QByteArray before = fileBytes(path);
        const QDateTime stamp = modified(path);
        test::disk::watch(folder);
        {
            LiveMeeting live(&clock);
            SessionStore store(&live);
            store.open(path, data);
            clock.advance(5 * Min);
            QVERIFY(store.close());
        }
        QCOMPARE(test::disk::calls(), QList<test::disk::Call>());
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(modified(path), stamp);
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList {QStringLiteral("session.json")});
    }
}

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
    store.open(path, newSession());

    step(live, clock);
    // Not before the autosave delay, and then on disk.
    store.waitForWrites();
    letAutosaveRun(store, clock);
    QVERIFY(check(onDisk(path)));
    QVERIFY(saved.count() >= 1);
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

    // The chair types a key every 40 ms for 4.8 s without a pause: saving must not wait for one.
    const QString text = QString(120, QLatin1Char('n'));
    qsizetype onDiskBefore = 0;
    for (qsizetype typed = 1; typed <= text.size(); ++typed) {
        live.setNotes(0, text.left(typed));
        clock.advance(40);
        store.waitForWrites();
        if (typed % 25 == 0) {
            // Every second of typing, the disk holds what was typed up to a save delay ago.
            const qsizetype saved = onDisk(path).notes.value(0).size();
            QVERIFY2(saved >= typed - SessionStore::saveDelayMs / 40 - 1,
                     qPrintable(QStringLiteral("%1 typed, %2 on disk").arg(typed).arg(saved)));
            QVERIFY(saved > onDiskBefore);
            onDiskBefore = saved;
        }
    }
    letAutosaveRun(store, clock);
    QCOMPARE(onDisk(path).notes.value(0), text);
}

void TestSessionStore::savedOnlyOnceOnDisk()
{
    // "Saved" is said when the write is done, never when it is only asked for.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("session.json"));
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    SessionStore store(&live);
    QSignalSpy saved(&store, &SessionStore::saved);
    store.open(path, newSession());
    test::disk::closeGate(dir.path());
    live.start();
    clock.advance(SessionStore::saveDelayMs);
    QTRY_COMPARE(test::disk::waitingAtGate(), 1); // the worker is in write(), held by the slow disk
    QCoreApplication::processEvents();
    QCOMPARE(saved.count(), 0);
    QVERIFY(store.hasUnsavedChanges());
    QVERIFY(!store.lastSaved().isValid());
    test::disk::openGate();
    store.waitForWrites();
    QCOMPARE(saved.count(), 1);
    QCOMPARE(onDisk(path).run.phase, RunState::Phase::Running);
    QCOMPARE(store.lastSaved(), QDateTime::fromMSecsSinceEpoch(ScheduledStartMs + SessionStore::saveDelayMs));
    test::disk::heal();
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
    QVERIFY(live.start());
    letAutosaveRun(store, clock);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(failed.count(), 1);
    const QString error = failed.first().at(0).toString();
    QCOMPARE(error,
             QStringLiteral("%1: the folder %2 does not exist and cannot be made: %3 is a file, not a folder")
                 .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(QFileInfo(path).path()),
                      QDir::toNativeSeparators(blocker)));
    QCOMPARE(store.lastError(), error);
    QCOMPARE(store.lastFailure(), WriteFailure::MissingFolder);
    QVERIFY(store.hasUnsavedChanges());

    // The meeting goes on in memory; the retries every few seconds fail without a new report.
    clock.advance(3 * Min);
    QVERIFY(live.next());
    live.setNotes(0, QStringLiteral("Kept in memory"));
    for (int retry = 0; retry < 3; ++retry) {
        clock.advance(SessionStore::retryDelayMs);
        store.waitForWrites();
    }
    QVERIFY(!store.saveNow());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(recovered.count(), 0);
    QCOMPARE(live.meeting().items, committeeMeeting().items);
    QCOMPARE(live.currentId(), Minutes);
    QCOMPARE(live.notes(0), QStringLiteral("Kept in memory"));
    QVERIFY(store.hasUnsavedChanges());

    // Once the obstacle is gone the next retry, with nobody asking, writes the latest state.
    QVERIFY(QFile::remove(blocker));
    clock.advance(SessionStore::retryDelayMs);
    store.waitForWrites();
    QCOMPARE(recovered.count(), 1);
    QVERIFY(QFileInfo(path).isFile());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(saved.count(), 1);
    QVERIFY(store.lastError().isEmpty());
    QVERIFY(!store.hasUnsavedChanges());
    const SessionData written = onDisk(path);
    QCOMPARE(written.run, live.run());
    QCOMPARE(written.notes.value(0), QStringLiteral("Kept in memory"));
}

void TestSessionStore::vanishedFolderIsToldNotMadeAgain()
{
    // The sessions folder is on a disk that is unplugged mid-meeting: no new folder appears in its
    // place (the status would say "Saved" into a folder hidden once the disk is back).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString series = dir.filePath(QStringLiteral("Steering committee"));
    const QString path = series + QStringLiteral("/2024-03-14/session.json");
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    SessionStore store(&live);
    QSignalSpy failed(&store, &SessionStore::saveFailed);
    store.open(path, newSession());
    QVERIFY(live.start());
    QVERIFY(store.saveNow()); // a new session makes its folders

    QVERIFY(QDir(series).removeRecursively());
    QVERIFY(live.next());
    letAutosaveRun(store, clock);
    clock.advance(SessionStore::retryDelayMs);
    store.waitForWrites();
    QVERIFY(!QFileInfo::exists(series));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(),
             QStringLiteral("%1: the folder %2 does not exist").arg(path, QFileInfo(path).path()));
    QCOMPARE(store.lastFailure(), WriteFailure::MissingFolder);

    // The chair says to make it again: the session is written there, as it is now.
    QVERIFY(store.saveMakingFolders());
    QCOMPARE(onDisk(path).run, live.run());
    QVERIFY(store.lastError().isEmpty());
}

void TestSessionStore::failedWriteKeepsPreviousFile_data()
{
    using Call = test::disk::Call;
    QTest::addColumn<Call>("call");
    QTest::addColumn<int>("error");
    QTest::addColumn<qint64>("bytesBefore");
    QTest::addColumn<int>("noteKilobytes"); // how much larger the next save is
    QTest::addColumn<QString>("cause");

    const QString full = QStringLiteral("the disk is full");
    // The report that started this: a ~15 KB session, the disk fills, the next save is small.
    QTest::newRow("small session, disk full at the first write") << Call::Write << ENOSPC << qint64(0) << 0 << full;
    QTest::newRow("small session, disk full part way") << Call::Write << ENOSPC << qint64(4096) << 0 << full;
    QTest::newRow("large session, disk full at a later write")
        << Call::Write << ENOSPC << qint64(1 << 20) << 2048 << full;
    QTest::newRow("the sync fails") << Call::Fdatasync << EIO << qint64(0) << 0
                                    << QStringLiteral("the disk reported an input/output error");
    QTest::newRow("the rename fails") << Call::Rename << EIO << qint64(0) << 0
                                      << QStringLiteral("the disk reported an input/output error");
    QTest::newRow("the disk turns read-only")
        << Call::Rename << EROFS << qint64(0) << 0 << QStringLiteral("the disk is read-only");
}

void TestSessionStore::failedWriteKeepsPreviousFile()
{
    QFETCH(test::disk::Call, call);
    QFETCH(int, error);
    QFETCH(qint64, bytesBefore);
    QFETCH(int, noteKilobytes);
    QFETCH(QString, cause);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("Steering committee/2024-03-14"));
    const QString path = folder + QStringLiteral("/session.json");
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    SessionStore store(&live);
    store.open(path, newSession());
    QVERIFY(live.start());
    live.setNotes(0, QString(12 * 1024, QLatin1Char('w')));
    clock.advance(2 * Min);
    QVERIFY(store.saveNow());
    const QByteArray good = fileBytes(path);
    QVERIFY(good.size() > 12 * 1024 && good.size() < 20 * 1024);

    QSignalSpy saved(&store, &SessionStore::saved);
    QSignalSpy failed(&store, &SessionStore::saveFailed);
    QSignalSpy recovered(&store, &SessionStore::saveRecovered);
    const QString notes = QString(noteKilobytes * 1024 + 10, QLatin1Char('n'));
    live.setNotes(Minutes, notes);
    QVERIFY(live.next());

    test::disk::fail(call, error, folder, bytesBefore);
    letAutosaveRun(store, clock);
    QVERIFY(test::disk::hits() > 0);

    QCOMPARE(fileBytes(path), good);
    // No temporary file left behind: the session and its heartbeat only.
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
             (QStringList {QStringLiteral("session.alive"), QStringLiteral("session.json")}));
    QCOMPARE(saved.count(), 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), QDir::toNativeSeparators(path) + QStringLiteral(": ") + cause);
    QCOMPARE(live.notes(Minutes), notes);
    QCOMPARE(live.currentId(), Minutes);
    QVERIFY(store.hasUnsavedChanges());

    // Still failing: retried, the old file still as it was, no second report.
    clock.advance(SessionStore::retryDelayMs);
    store.waitForWrites();
    QVERIFY(test::disk::hits() > 1);
    QCOMPARE(fileBytes(path), good);
    QCOMPARE(failed.count(), 1);

    // The disk is well again: the next retry puts the latest state in place of the old file.
    test::disk::heal();
    clock.advance(SessionStore::retryDelayMs);
    store.waitForWrites();
    QCOMPARE(recovered.count(), 1);
    QCOMPARE(saved.count(), 1);
    const SessionData written = onDisk(path);
    QCOMPARE(written.notes.value(Minutes), notes);
    QCOMPARE(written.run.currentId, Minutes);
    QVERIFY(!store.hasUnsavedChanges());
}

void TestSessionStore::slowDiskNeverHoldsUpTheMeeting()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("Steering committee/2024-03-14"));
    const QString path = folder + QStringLiteral("/session.json");
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    SessionStore store(&live);
    store.open(path, newSession());
    // A large session: a roster of 5,000 and long notes, about 2 MB on disk.
    live.addRegulars(manyPeople(5000));
    live.setNotes(0, QString(600 * 1024, QLatin1Char('x')));
    QVERIFY(store.saveNow());
    QVERIFY(fileBytes(path).size() > 1024 * 1024);

    // The disk stalls: the first write is held, and the meeting goes on meanwhile.
    test::disk::closeGate(folder);
    QVERIFY(live.start());
    clock.advance(SessionStore::saveDelayMs);
    QTRY_COMPARE(test::disk::waitingAtGate(), 1);
    for (int second = 0; second < 30; ++second) {
        clock.advance(1000);
        live.evaluate();
        QCoreApplication::processEvents();
    }
    QCOMPARE(live.elapsedMs(Welcome), 30 * Sec + SessionStore::saveDelayMs);
    QVERIFY(live.next());
    live.setNotes(Minutes, QStringLiteral("Typed while the disk was stalled"));
    clock.advance(SessionStore::saveDelayMs);
    QCoreApplication::processEvents();
    QCOMPARE(test::disk::waitingAtGate(), 1); // never a second write while one is in flight

    test::disk::openGate();
    store.waitForWrites(); // the first write lands and schedules the next with what changed since
    clock.advance(SessionStore::saveDelayMs);
    store.waitForWrites();
    test::disk::heal();
    QVERIFY2(!test::disk::gateTimedOut(), "the meeting waited for the disk");
    QCOMPARE(test::disk::mostWritesAtOnce(), 1);
    // In order: the state at the start, then the state with the note.
    const QList<QByteArray> writes = test::disk::writtenFiles();
    QVERIFY(writes.size() >= 2);
    QVERIFY(!writes.first().contains("Typed while the disk was stalled"));
    const SessionData written = onDisk(path);
    QCOMPARE(written.notes.value(Minutes), QStringLiteral("Typed while the disk was stalled"));
    QCOMPARE(written.run.currentId, Minutes);
    QVERIFY(!store.hasUnsavedChanges());
}

void TestSessionStore::heartbeatWritesOnlyAFewBytes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("Steering committee/2024-03-14"));
    const QString path = folder + QStringLiteral("/session.json");
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    SessionStore store(&live);
    store.open(path, newSession());
    live.addRegulars(manyPeople(5000));
    QVERIFY(live.start());
    QVERIFY(store.saveNow());
    const QByteArray session = fileBytes(path);
    const QDateTime stamp = modified(path);
    QVERIFY(session.size() > 500 * 1024);

    // Two minutes of a running meeting with nothing else happening.
    test::disk::closeGate(folder);
    test::disk::openGate(); // counting writes only
    for (int second = 0; second < 120; ++second) {
        clock.advance(1000);
        live.evaluate();
        store.waitForWrites();
    }
    QCOMPARE(fileBytes(path), session);
    QCOMPARE(modified(path), stamp);
    const QList<QByteArray> writes = test::disk::writtenFiles();
    QCOMPARE(writes.size(), 120 / (SessionStore::heartbeatMs / 1000));
    for (const QByteArray &write : writes) {
        QVERIFY2(write.size() < 300, write.constData());
    }
    test::disk::heal();
    const Heartbeat heartbeat = sessionfile::readHeartbeat(path);
    QCOMPARE(heartbeat.aliveAt, ScheduledStartMs + 120 * Sec);
    QCOMPARE(heartbeat.closedAt, 0);
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

    // Minutes began 4 min after the start and had run 2 min when Gavel was last seen alive
    // (30 s after the last save, by the heartbeat); the gap runs on from there.
    QTest::newRow("running, back after 10 s")
        << Before::Running << 10 * Sec << RunState::Phase::Running << 2 * Min + 10 * Sec << true << false;
    QTest::newRow("running, back after 10 min")
        << Before::Running << 10 * Min << RunState::Phase::Running << 2 * Min + 10 * Min << true << false;
    QTest::newRow("running, back after exactly 30 min")
        << Before::Running << 30 * Min << RunState::Phase::Running << 2 * Min + 30 * Min << true << false;
    // Past 30 minutes it resumes paused, its time counted up to the last sign of life only.
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
    // Welcome runs 4 min, Minutes 90 s; then it is paused or ended, or runs on. The last save
    // comes at once; Gavel is seen alive (a heartbeat) 30 s later, then stops without a word.
    const qint64 stoppedAt = t0 + 4 * Min + 90 * Sec; // when it was paused or ended
    const qint64 lastSeen = stoppedAt + 30 * Sec;
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
        QVERIFY(store.saveNow());
        clock.setNowMs(lastSeen);
        if (before == Before::Running) {
            QVERIFY(writeBytes(sessionfile::heartbeatPath(path), sessionfile::heartbeatBytes({lastSeen, 0})));
        }
        // Gavel stops here without another write.
    }

    SessionData data;
    QString error;
    QVERIFY2(sessionfile::load(path, &data, &error), qPrintable(error));
    QCOMPARE(data.savedAt, stoppedAt);
    const QByteArray onDiskBefore = fileBytes(path);

    FakeClock clock(lastSeen + gap);
    LiveMeeting live(&clock);
    SessionStore store(&live);
    const SessionStore::Recovery recovery = store.open(path, data);

    QCOMPARE(recovery.wasRunning, wasRunning);
    QCOMPARE(recovery.pausedAfterGap, pausedAfterGap);
    QVERIFY(!recovery.closedNormally);
    if (before == Before::Running) {
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
    // Taking it up writes nothing, but the pause after a gap: the file must not say it ran on.
    letAutosaveRun(store, clock);
    if (pausedAfterGap) {
        QCOMPARE(onDisk(path).run, live.run());
    } else {
        QCOMPARE(fileBytes(path), onDiskBefore);
    }

    // From here the clock runs on as usual: only a running meeting counts the next minute.
    const qint64 now = live.elapsedMs(Minutes);
    clock.advance(Min);
    QCOMPARE(live.elapsedMs(Minutes), now + (phase == RunState::Phase::Running ? Min : 0));
    if (phase == RunState::Phase::Paused) {
        QVERIFY(live.resume());
        clock.advance(Min);
        QCOMPARE(live.elapsedMs(Minutes), now + Min);
    }
}

void TestSessionStore::normalQuitIsToldFromACrash_data()
{
    QTest::addColumn<bool>("quit");
    QTest::addColumn<qint64>("away");
    QTest::addColumn<bool>("closedNormally");
    QTest::addColumn<RunState::Phase>("phase");

    QTest::newRow("quit, back after 5 min") << true << 5 * Min << true << RunState::Phase::Running;
    QTest::newRow("quit, back after 2 h") << true << 120 * Min << true << RunState::Phase::Paused;
    QTest::newRow("killed, back after 5 min") << false << 5 * Min << false << RunState::Phase::Running;
}

void TestSessionStore::normalQuitIsToldFromACrash()
{
    QFETCH(bool, quit);
    QFETCH(qint64, away);
    QFETCH(bool, closedNormally);
    QFETCH(RunState::Phase, phase);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("Steering committee/2024-03-14/session.json"));
    const qint64 t0 = ScheduledStartMs;
    FakeClock clock(t0);
    {
        LiveMeeting live(&clock);
        SessionStore store(&live);
        store.open(path, newSession());
        QVERIFY(live.start());
        letAutosaveRun(store, clock);
        clock.advance(2 * Min); // heartbeats on the way; nothing else changes
        store.waitForWrites();
        if (quit) {
            QVERIFY(store.close()); // File > Quit with the meeting running
        }
    }
    const qint64 leftAt = t0 + 2 * Min + SessionStore::saveDelayMs;
    QCOMPARE(sessionfile::readHeartbeat(path).closedAt, quit ? leftAt : 0);

    clock.setNowMs(leftAt + away);
    SessionData data;
    QString error;
    QVERIFY2(sessionfile::load(path, &data, &error), qPrintable(error));
    LiveMeeting live(&clock);
    SessionStore store(&live);
    const SessionStore::Recovery recovery = store.open(path, data);
    QCOMPARE(recovery.closedNormally, closedNormally);
    QVERIFY(recovery.wasRunning);
    QCOMPARE(live.phase(), phase);
    // Killed, Gavel was last seen at its last heartbeat, 2 min in; closed, when it was closed.
    const qint64 lastSeen = quit ? leftAt : t0 + 2 * Min;
    QCOMPARE(recovery.gapMs, leftAt + away - lastSeen);
    QCOMPARE(live.elapsedMs(Welcome), (phase == RunState::Phase::Running ? leftAt + away : lastSeen) - t0);
    // Once reopened, a crash from here is told as one, not as the earlier quit.
    letAutosaveRun(store, clock);
    SessionData now = onDisk(path);
    QVERIFY(!SessionStore::recover(now, sessionfile::readHeartbeat(path), clock.nowMs() + Min).closedNormally);
}

void TestSessionStore::pauseAfterAGapSurvivesAQuit()
{
    // Gavel is killed 2 min into the meeting and reopened two hours later: paused where it was
    // last seen. Closed again at once and reopened: still paused there, the gap never counted.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("Steering committee/2024-03-14/session.json"));
    const qint64 t0 = ScheduledStartMs;
    FakeClock clock(t0);
    {
        LiveMeeting live(&clock);
        SessionStore store(&live);
        store.open(path, newSession());
        QVERIFY(live.start());
        QVERIFY(store.saveNow());
        clock.advance(2 * Min); // heartbeats up to 2 min, then the kill
        store.waitForWrites();
    }
    for (const qint64 away : {120 * Min, 5 * Min}) {
        clock.advance(away);
        SessionData data;
        QString error;
        QVERIFY2(sessionfile::load(path, &data, &error), qPrintable(error));
        LiveMeeting live(&clock);
        SessionStore store(&live);
        store.open(path, data);
        QCOMPARE(live.phase(), RunState::Phase::Paused);
        QCOMPARE(live.elapsedMs(Welcome), 2 * Min);
        QVERIFY(store.close());
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
    QVERIFY(sessionfile::save(path, data).ok());
    FakeClock clock(ScheduledStartMs);
    LiveMeeting live(&clock);
    SessionStore store(&live);
    const SessionStore::Recovery recovery = store.open(path, data);
    QVERIFY(!recovery.wasRunning);
    QVERIFY(!recovery.pausedAfterGap);
    QCOMPARE(live.phase(), RunState::Phase::NotStarted);
    QCOMPARE(live.notes(0), QStringLiteral("Prepared the evening before."));
    QCOMPARE(store.lastSaved(), QDateTime::fromMSecsSinceEpoch(ScheduledStartMs - 60 * Min));
    QCOMPARE(onDisk(path).notes.value(0), QStringLiteral("Prepared the evening before."));
}

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
