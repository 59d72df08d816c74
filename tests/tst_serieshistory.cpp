// The memory of a series: the sessions recorded in its folder, who attended which meeting,
// the regulars and newcomers of each meeting, the perfect-attendance report and its exports,
// and the history window over all of it. Every expected value is worked out by hand from
// the three meetings below.

#include "diskfaults.h"
#include "fakeclock.h"
#include "historywindow.h"
#include "meeting/clock.h"
#include "meeting/livemeeting.h"
#include "series/serieshistory.h"
#include "series/seriesindex.h"
#include "series/seriesindexwriter.h"
#include "series/serieslayout.h"
#include "series/seriesmove.h"
#include "series/seriesnames.h"
#include "series/seriessettings.h"
#include "storage/sessionfile.h"
#include "storage/sessionstore.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace gavel;

namespace {

const QString Series = QStringLiteral("Example Club");

// Three meetings, a fortnight apart.
const QDate First(2024, 3, 7);
const QDate Second(2024, 3, 21);
const QDate Third(2024, 4, 4);

// Who came when (P present, L late, E left early, X excused, A absent, ? expected, . not on
// the roster), with the attended count:
//                       03-07  03-21  04-04  total  first
//   Ada Lovelace          P     P(*)    P      3    03-07   (*) handle written Ada-Demo
//   Bob Builder           P     A       P      2    03-07
//   Scully, Dana (no gh)  L     X       P      2    03-07
//   Eve Example           P     E       P      3    03-07
//   Chen Wei              .     P       L      2    03-21   newcomer at the second
//   Frank Fisher          ?     .       P      1    04-04   newcomer at the third
const QString Ada = QStringLiteral("Ada Lovelace");
const QString Bob = QStringLiteral("Bob Builder");
const QString Dana = QStringLiteral("Scully, Dana");
const QString Eve = QStringLiteral("Eve Example");
const QString Chen = QStringLiteral("Chen Wei");
const QString Frank = QStringLiteral("Frank Fisher");

Attendee attendee(const QString &name, const QString &github, Attendee::Status status,
                  Attendee::Source source = Attendee::Source::Invited)
{
    Attendee a;
    a.name = name;
    a.github = github;
    a.status = status;
    a.source = source;
    return a;
}

SessionData session(const QDate &date, int number, const QList<Attendee> &attendees)
{
    SessionData d;
    d.series = Series;
    d.meeting.title = QStringLiteral("Example Club meeting #%1").arg(number);
    d.meeting.time.date = date;
    d.meeting.time.start = QTime(19, 0);
    d.meeting.time.end = QTime(20, 0);
    d.run.phase = RunState::Phase::Ended;
    d.attendees = attendees;
    return d;
}

QList<SessionData> threeMeetings()
{
    using S = Attendee::Status;
    return {
        session(First, 1,
                {attendee(Ada, QStringLiteral("ada-demo"), S::Present),
                 attendee(Bob, QStringLiteral("bob-demo"), S::Present), attendee(Dana, QString(), S::Late),
                 attendee(Eve, QStringLiteral("eve-demo"), S::Present),
                 attendee(Frank, QStringLiteral("frank-demo"), S::Expected)}),
        session(Second, 2,
                {attendee(Ada, QStringLiteral("Ada-Demo"), S::Present),
                 attendee(Bob, QStringLiteral("bob-demo"), S::Absent),
                 attendee(Chen, QStringLiteral("chen-demo"), S::Present, Attendee::Source::WalkIn),
                 attendee(Dana, QString(), S::Excused), attendee(Eve, QStringLiteral("eve-demo"), S::LeftEarly)}),
        session(Third, 3,
                {attendee(Ada, QStringLiteral("ada-demo"), S::Present),
                 attendee(Bob, QStringLiteral("bob-demo"), S::Present),
                 attendee(Chen, QStringLiteral("chen-demo"), S::Late), attendee(Dana, QString(), S::Present),
                 attendee(Eve, QStringLiteral("eve-demo"), S::Present),
                 attendee(Frank, QStringLiteral("frank-demo"), S::Present)}),
    };
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

bool writeRaw(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return false;
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList names(const QList<SeriesHistory::PersonRecord> &people)
{
    QStringList out;
    for (const SeriesHistory::PersonRecord &p : people) {
        out.append(p.name);
    }
    return out;
}

QStringList names(const QList<Person> &people)
{
    QStringList out;
    for (const Person &p : people) {
        out.append(p.name);
    }
    return out;
}

QStringList listTexts(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i) {
        out.append(list->item(i)->text());
    }
    return out;
}

template<typename T> T *child(const QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found) {
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    }
    return found;
}

// The texts of one table row, in column order.
QStringList rowTexts(const QTableWidget *table, int row)
{
    QStringList out;
    for (int c = 0; c < table->columnCount(); ++c) {
        const QTableWidgetItem *item = table->item(row, c);
        out.append(item ? item->text() : QString());
    }
    return out;
}

int rowOf(const QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->text() == name) {
            return row;
        }
    }
    return -1;
}

const QByteArray Bom = "\xEF\xBB\xBF";
// first_seen: without the series' documents, the first meeting attended as well.
const QByteArray CsvHeader = "name,github,meetings_attended,meetings_in_range,first_attended,first_seen\r\n";

} // namespace

class TestSeriesHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void meetingsAreReadAndSortedByDate();
    void minutesLayoutFollowsTheLatestMinutes();
    void seriesKeepsItsExportFolder();
    void seriesRenamedKeepsEveryMeeting();
    void seriesMergedKeepsWhatBothHave();
    void failedMoveLeavesTheSeriesAsItWas();
    void peopleAreMergedWithTotalsAndFirstDates();
    void regularsAreThoseWhoCameBefore();
    void newcomersOfEachMeeting();
    void statusesOfAMeeting();
    void perfectAttendanceOverRanges();
    void perfectAttendanceCsv();
    void perfectAttendanceMarkdown();
    void noMeetingsInTheRange();
    void nobodyWithPerfectAttendance();
    void damagedSessionsAreSkippedAndNamed();
    void missingSeriesFolderIsEmpty();
    void aMeetingFindsItsPlaceInTheSeries();
    void theSeriesMemoryReachesTheMeeting();
    void indexIsMadeThenReadInsteadOfTheSessions();
    void indexFollowsSessionsThatChangeComeAndGo();
    void damagedIndexIsMadeAgain();
    void indexFollowsTheOpenSessionsSaves();

    void windowShowsPeopleByMeeting();
    void windowSortsByClickingHeaders();
    void windowPerfectListFollowsTheRange();
    void windowExportsThroughNonModalDialogs();
    void windowReportsAFailedExport();
    void windowListsDamagedSessions();
    void windowOfAnEmptySeries();

private:
    QString seriesFolder() const { return QDir(m_root->path()).filePath(sessionfile::folderName(Series)); }
    QString pathOf(const QDate &date) const { return sessionfile::sessionPath(m_root->path(), Series, date); }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QTemporaryDir> m_root;
};

void TestSeriesHistory::initTestCase()
{
    // Nothing of the test reaches the real home: the file dialogs keep their state below here.
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    test::keepHomeIn(m_home->path());
}

void TestSeriesHistory::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
    qputenv("GAVEL_HOME", QFile::encodeName(m_root->path()));
    QCOMPARE(sessionfile::rootFolder(), QDir::cleanPath(m_root->path()));
    // Written newest first: the order on disk is not the order of the meetings.
    const QList<SessionData> sessions = threeMeetings();
    for (auto it = sessions.crbegin(); it != sessions.crend(); ++it) {
        const QString error
            = sessionfile::save(sessionfile::sessionPath(sessionfile::rootFolder(), Series, it->meeting.time.date), *it)
                  .error;
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void TestSeriesHistory::cleanup()
{
    m_root.reset();
}

void TestSeriesHistory::meetingsAreReadAndSortedByDate()
{
    QStringList errors;
    const SeriesHistory history = SeriesHistory::load(seriesFolder(), &errors);
    QCOMPARE(errors, QStringList());
    QCOMPARE(history.meetings().size(), 3);
    QCOMPARE(history.meetings()[0].date, First);
    QCOMPARE(history.meetings()[1].date, Second);
    QCOMPARE(history.meetings()[2].date, Third);
    QCOMPARE(history.meetings()[0].title, QStringLiteral("Example Club meeting #1"));
    QCOMPARE(history.meetings()[2].title, QStringLiteral("Example Club meeting #3"));
    QCOMPARE(history.meetings()[1].path, pathOf(Second));
    QCOMPARE(history.meetings()[0].attendees.size(), 5);
    QCOMPARE(history.meetings()[1].attendees.size(), 5);
    QCOMPARE(history.meetings()[2].attendees.size(), 6);
    QCOMPARE(history.meetings()[1].attendees[0].github, QStringLiteral("Ada-Demo"));

    // Built in memory out of order, the history sorts itself too.
    QList<SeriesHistory::RecordedMeeting> shuffled = history.meetings();
    std::swap(shuffled[0], shuffled[2]);
    const SeriesHistory fromMemory = SeriesHistory::fromMeetings(shuffled);
    QCOMPARE(fromMemory.meetings()[0].date, First);
    QCOMPARE(fromMemory.meetings()[1].date, Second);
    QCOMPARE(fromMemory.meetings()[2].date, Third);

    QCOMPARE(history.meetingsBetween(Second, Third).size(), 2);
    QCOMPARE(history.meetingsBetween(Second, Second).size(), 1);
    QCOMPARE(history.meetingsBetween(QDate(2024, 3, 8), QDate(2024, 3, 20)).size(), 0);
}

void TestSeriesHistory::peopleAreMergedWithTotalsAndFirstDates()
{
    const SeriesHistory history = SeriesHistory::load(seriesFolder());
    const QList<SeriesHistory::PersonRecord> people = history.people();
    // In order of first attendance; Frank, expected at the first meeting, first came to the third.
    QCOMPARE(names(people), (QStringList {Ada, Bob, Dana, Eve, Chen, Frank}));

    // Ada's handle in another case at the second meeting: still one person, with three meetings.
    QCOMPARE(people[0].key, QStringLiteral("gh:ada-demo"));
    QCOMPARE(people[0].github, QStringLiteral("ada-demo")); // as last written
    QCOMPARE(people[0].attended, (QList<QDate> {First, Second, Third}));
    QCOMPARE(people[0].late, 0);

    QCOMPARE(people[1].attended, (QList<QDate> {First, Third})); // absent at the second
    QCOMPARE(people[2].key, QStringLiteral("name:scully, dana"));
    QCOMPARE(people[2].github, QString());
    QCOMPARE(people[2].attended, (QList<QDate> {First, Third})); // excused at the second
    QCOMPARE(people[2].late, 1);
    QCOMPARE(people[3].attended, (QList<QDate> {First, Second, Third})); // left early counts
    QCOMPARE(people[4].attended, (QList<QDate> {Second, Third}));
    QCOMPARE(people[4].late, 1);
    QCOMPARE(people[5].attended, (QList<QDate> {Third}));

    const QList<QDate> firsts {First, First, First, First, Second, Third};
    for (int i = 0; i < people.size(); ++i) {
        QCOMPARE(people[i].first(), firsts[i]);
    }
}

void TestSeriesHistory::regularsAreThoseWhoCameBefore()
{
    const SeriesHistory history = SeriesHistory::load(seriesFolder());

    // Before the first meeting there is nobody.
    QCOMPARE(history.regularsBefore(First), QList<Person>());
    QCOMPARE(history.knownBefore(First), QSet<QString>());

    // Before the second: the four of the first (Frank was only expected).
    const QList<Person> second = history.regularsBefore(Second);
    QCOMPARE(second,
             (QList<Person> {Person {Ada, QStringLiteral("ada-demo")}, Person {Bob, QStringLiteral("bob-demo")},
                             Person {Dana, QString()}, Person {Eve, QStringLiteral("eve-demo")}}));
    // Known by handle, and by name: someone recorded by name only is no newcomer with a handle.
    QCOMPARE(history.knownBefore(Second),
             (QSet<QString> {QStringLiteral("gh:ada-demo"), QStringLiteral("name:ada lovelace"),
                             QStringLiteral("gh:bob-demo"), QStringLiteral("name:bob builder"),
                             QStringLiteral("name:scully, dana"), QStringLiteral("gh:eve-demo"),
                             QStringLiteral("name:eve example")}));
    // A day between two meetings has the regulars of the next one.
    QCOMPARE(history.regularsBefore(QDate(2024, 3, 14)), second);

    // Before the third: Chen too; Ada's handle as last written before then.
    QCOMPARE(history.regularsBefore(Third),
             (QList<Person> {Person {Ada, QStringLiteral("Ada-Demo")}, Person {Bob, QStringLiteral("bob-demo")},
                             Person {Dana, QString()}, Person {Eve, QStringLiteral("eve-demo")},
                             Person {Chen, QStringLiteral("chen-demo")}}));
    QCOMPARE(history.knownBefore(Third),
             (QSet<QString> {
                 QStringLiteral("gh:ada-demo"), QStringLiteral("name:ada lovelace"), QStringLiteral("gh:bob-demo"),
                 QStringLiteral("name:bob builder"), QStringLiteral("name:scully, dana"), QStringLiteral("gh:eve-demo"),
                 QStringLiteral("name:eve example"), QStringLiteral("gh:chen-demo"), QStringLiteral("name:chen wei")}));

    // After the last: everyone.
    QCOMPARE(names(history.regularsBefore(QDate(2024, 4, 18))), (QStringList {Ada, Bob, Dana, Eve, Chen, Frank}));
    QCOMPARE(history.knownBefore(QDate(2024, 4, 18)).size(), 11); // six handles or names, five names
    QVERIFY(history.knownBefore(QDate(2024, 4, 18)).contains(QStringLiteral("gh:frank-demo")));
}

void TestSeriesHistory::newcomersOfEachMeeting()
{
    const SeriesHistory history = SeriesHistory::load(seriesFolder());
    // At the first recorded meeting everyone who came is new to the record.
    QCOMPARE(names(history.newcomersAt(First)), (QStringList {Ada, Bob, Dana, Eve}));
    QCOMPARE(names(history.newcomersAt(Second)), QStringList {Chen});
    QCOMPARE(names(history.newcomersAt(Third)), QStringList {Frank});
    QCOMPARE(names(history.newcomersAt(QDate(2024, 3, 14))), QStringList());
}

void TestSeriesHistory::statusesOfAMeeting()
{
    const SeriesHistory history = SeriesHistory::load(seriesFolder());
    const QHash<QString, Attendee::Status> second = SeriesHistory::statuses(history.meetings()[1]);
    QCOMPARE(second.size(), 5);
    QCOMPARE(second.value(QStringLiteral("gh:ada-demo")), Attendee::Status::Present);
    QCOMPARE(second.value(QStringLiteral("gh:bob-demo")), Attendee::Status::Absent);
    QCOMPARE(second.value(QStringLiteral("name:scully, dana")), Attendee::Status::Excused);
    QCOMPARE(second.value(QStringLiteral("gh:eve-demo")), Attendee::Status::LeftEarly);
    QVERIFY(!second.contains(QStringLiteral("gh:frank-demo")));

    // Someone written twice in one meeting: the record that counts as attended wins, and the
    // meeting counts once.
    SeriesHistory::RecordedMeeting twice {First,
                                          QStringLiteral("Twice"),
                                          QString(),
                                          {attendee(Ada, QStringLiteral("ada-demo"), Attendee::Status::Expected),
                                           attendee(Ada, QStringLiteral("ADA-DEMO"), Attendee::Status::Late),
                                           attendee(Ada, QStringLiteral("ada-demo"), Attendee::Status::Present)},
                                          {}};
    QCOMPARE(SeriesHistory::statuses(twice).value(QStringLiteral("gh:ada-demo")), Attendee::Status::Late);
    const QList<SeriesHistory::PersonRecord> people = SeriesHistory::fromMeetings({twice}).people();
    QCOMPARE(people.size(), 1);
    QCOMPARE(people[0].attended, QList<QDate> {First});
    QCOMPARE(people[0].late, 1);
}

void TestSeriesHistory::perfectAttendanceOverRanges()
{
    const SeriesHistory history = SeriesHistory::load(seriesFolder());
    // All three meetings: Ada (once with another case of her handle) and Eve (left early once).
    QCOMPARE(names(history.perfectAttendance(First, Third)), (QStringList {Ada, Eve}));
    // A range wider than the meetings is the same.
    QCOMPARE(names(history.perfectAttendance(QDate(2024, 1, 1), QDate(2024, 12, 31))), (QStringList {Ada, Eve}));
    // The second and third: Chen joins them.
    QCOMPARE(names(history.perfectAttendance(Second, Third)), (QStringList {Ada, Eve, Chen}));
    QCOMPARE(names(history.perfectAttendance(QDate(2024, 3, 8), QDate(2024, 4, 30))), (QStringList {Ada, Eve, Chen}));
    // The first alone: everyone who came to it (Dana was late: still there).
    QCOMPARE(names(history.perfectAttendance(QDate(2024, 3, 1), QDate(2024, 3, 10))),
             (QStringList {Ada, Bob, Dana, Eve}));
    // The third alone: all six.
    QCOMPARE(names(history.perfectAttendance(Third, Third)), (QStringList {Ada, Bob, Dana, Eve, Chen, Frank}));

    QCOMPARE(SeriesHistory::attendedBetween(history.people()[1], First, Third), 2);
    QCOMPARE(SeriesHistory::attendedBetween(history.people()[1], Second, Second), 0);
}

void TestSeriesHistory::perfectAttendanceCsv()
{
    const SeriesHistory history = SeriesHistory::load(seriesFolder());
    QCOMPARE(history.perfectAttendanceCsv(First, Third),
             Bom + CsvHeader
                 + "Ada Lovelace,ada-demo,3,3,2024-03-07,2024-03-07\r\n"
                   "Eve Example,eve-demo,3,3,2024-03-07,2024-03-07\r\n");
    // Counted within the range; the first meeting is the first of the series.
    QCOMPARE(history.perfectAttendanceCsv(Second, QDate(2024, 4, 30)),
             Bom + CsvHeader
                 + "Ada Lovelace,ada-demo,2,2,2024-03-07,2024-03-07\r\n"
                   "Eve Example,eve-demo,2,2,2024-03-07,2024-03-07\r\n"
                   "Chen Wei,chen-demo,2,2,2024-03-21,2024-03-21\r\n");
    // A name with a comma is quoted; no handle leaves the column empty.
    QCOMPARE(history.perfectAttendanceCsv(QDate(2024, 3, 1), QDate(2024, 3, 10)),
             Bom + CsvHeader
                 + "Ada Lovelace,ada-demo,1,1,2024-03-07,2024-03-07\r\n"
                   "Bob Builder,bob-demo,1,1,2024-03-07,2024-03-07\r\n"
                   "\"Scully, Dana\",,1,1,2024-03-07,2024-03-07\r\n"
                   "Eve Example,eve-demo,1,1,2024-03-07,2024-03-07\r\n");
}

void TestSeriesHistory::perfectAttendanceMarkdown()
{
    const SeriesHistory history = SeriesHistory::load(seriesFolder());
    QCOMPARE(history.perfectAttendanceMarkdown(First, Third),
             QStringLiteral("# Perfect attendance 2024-03-07 – 2024-04-04\n"
                            "\n"
                            "Meetings held in the range: 3\n"
                            "\n"
                            "- [Ada Lovelace](https://github.com/ada-demo)\n"
                            "- [Eve Example](https://github.com/eve-demo)\n"));
    // Dana has no handle: her name alone.
    QCOMPARE(history.perfectAttendanceMarkdown(QDate(2024, 3, 1), QDate(2024, 3, 10)),
             QStringLiteral("# Perfect attendance 2024-03-01 – 2024-03-10\n"
                            "\n"
                            "Meetings held in the range: 1\n"
                            "\n"
                            "- [Ada Lovelace](https://github.com/ada-demo)\n"
                            "- [Bob Builder](https://github.com/bob-demo)\n"
                            "- Scully, Dana\n"
                            "- [Eve Example](https://github.com/eve-demo)\n"));
}

void TestSeriesHistory::noMeetingsInTheRange()
{
    const SeriesHistory history = SeriesHistory::load(seriesFolder());
    const QDate from(2024, 5, 1);
    const QDate to(2024, 5, 31);
    QCOMPARE(history.meetingsBetween(from, to).size(), 0);
    QCOMPARE(history.perfectAttendance(from, to).size(), 0);
    QCOMPARE(history.perfectAttendanceCsv(from, to), Bom + CsvHeader);
    QCOMPARE(history.perfectAttendanceMarkdown(from, to),
             QStringLiteral("# Perfect attendance 2024-05-01 – 2024-05-31\n"
                            "\n"
                            "No meetings were held in the range.\n"));
    // A range that ends before it starts holds no meeting either.
    QCOMPARE(history.perfectAttendance(Third, First).size(), 0);
    QCOMPARE(history.perfectAttendanceCsv(Third, First), Bom + CsvHeader);
}

void TestSeriesHistory::nobodyWithPerfectAttendance()
{
    const QDate a(2025, 1, 9);
    const QDate b(2025, 1, 23);
    const SeriesHistory history = SeriesHistory::fromMeetings(
        {{a,
          QStringLiteral("One"),
          QString(),
          {attendee(QStringLiteral("[bot] Rob_1"), QStringLiteral("rob-demo"), Attendee::Status::Present)},
          {}},
         {b,
          QStringLiteral("Two"),
          QString(),
          {attendee(QStringLiteral("Sam"), QString(), Attendee::Status::Present),
           attendee(QStringLiteral("[bot] Rob_1"), QStringLiteral("rob-demo"), Attendee::Status::Absent)},
          {}}});
    QCOMPARE(history.perfectAttendance(a, b).size(), 0);
    QCOMPARE(history.perfectAttendanceCsv(a, b), Bom + CsvHeader);
    QCOMPARE(history.perfectAttendanceMarkdown(a, b),
             QStringLiteral("# Perfect attendance 2025-01-09 – 2025-01-23\n"
                            "\n"
                            "Meetings held in the range: 2\n"
                            "\n"
                            "Nobody attended every meeting in the range.\n"));
    // Markdown in a name is escaped, so the link stays one link.
    QCOMPARE(history.perfectAttendanceMarkdown(a, a),
             QStringLiteral("# Perfect attendance 2025-01-09 – 2025-01-09\n"
                            "\n"
                            "Meetings held in the range: 1\n"
                            "\n"
                            "- [\\[bot\\] Rob\\_1](https://github.com/rob-demo)\n"));
}

void TestSeriesHistory::damagedSessionsAreSkippedAndNamed()
{
    const QString notJson = pathOf(QDate(2024, 3, 14));
    const QString notASession = pathOf(QDate(2024, 3, 28));
    QVERIFY(writeRaw(notJson, "{ this is not JSON"));
    QVERIFY(writeRaw(notASession, R"({"schema": "something-else", "version": 1})"));
    // Neither a folder that is not a date nor a date folder without a session is a meeting.
    QVERIFY(writeRaw(QDir(seriesFolder()).filePath(QStringLiteral("drafts/session.json")), "not read"));
    QVERIFY(writeRaw(QDir(seriesFolder()).filePath(QStringLiteral("2024-13-01/session.json")), "not read"));
    QVERIFY(QDir().mkpath(QDir(seriesFolder()).filePath(QStringLiteral("2024-04-18"))));

    QStringList errors;
    const SeriesHistory history = SeriesHistory::load(seriesFolder(), &errors);
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors[0].startsWith(QDir::toNativeSeparators(notJson) + QStringLiteral(": not a valid session file")),
             qPrintable(errors[0]));
    QCOMPARE(errors[1],
             QDir::toNativeSeparators(notASession)
                 + QStringLiteral(": not a Gavel session file (its schema is “something-else”)"));
    // The rest is read as before.
    QCOMPARE(history.meetings().size(), 3);
    QCOMPARE(history.meetings()[1].date, Second);
    QCOMPARE(names(history.perfectAttendance(First, Third)), (QStringList {Ada, Eve}));
    // Without a list to fill, loading still works.
    QCOMPARE(SeriesHistory::load(seriesFolder()).meetings().size(), 3);
}

void TestSeriesHistory::missingSeriesFolderIsEmpty()
{
    QStringList errors;
    const SeriesHistory history
        = SeriesHistory::load(QDir(m_root->path()).filePath(QStringLiteral("No Such Series")), &errors);
    QCOMPARE(errors, QStringList());
    QCOMPARE(history.meetings().size(), 0);
    QCOMPARE(history.people().size(), 0);
    QCOMPARE(history.regularsBefore(Third).size(), 0);
}

void TestSeriesHistory::aMeetingFindsItsPlaceInTheSeries()
{
    // The fourth meeting's agenda, its title spelled a little differently: it joins Example Club.
    Meeting fourth;
    fourth.title = QStringLiteral("example club  Meeting #4");
    fourth.time.date = QDate(2024, 4, 18);
    const series::Place place = series::placeOf(m_root->path(), fourth, QDate(2030, 1, 1));
    QCOMPARE(place.proposal, QStringLiteral("example club")); // ordinal and "meeting" dropped
    QCOMPARE(place.existing, QStringList {Series});
    QCOMPARE(place.series, Series);
    QCOMPARE(place.date, QDate(2024, 4, 18));
    QCOMPARE(place.sessionPath, pathOf(QDate(2024, 4, 18)));
    QVERIFY(!place.known);
    QCOMPARE(series::folderOf(place.sessionPath), seriesFolder());
    QCOMPARE(series::dateOf(place.sessionPath, fourth), QDate(2024, 4, 18));

    // The second meeting's agenda again: known, it is resumed.
    Meeting second;
    second.title = QStringLiteral("Example Club meeting #2");
    second.time.date = Second;
    QVERIFY(series::placeOf(m_root->path(), second, QDate(2030, 1, 1)).known);

    // An agenda without a date goes to today.
    Meeting undated;
    undated.title = QStringLiteral("Another Group");
    const series::Place today = series::placeOf(m_root->path(), undated, QDate(2030, 1, 1));
    QCOMPARE(today.series, QStringLiteral("Another Group"));
    QCOMPARE(today.date, QDate(2030, 1, 1));
}

void TestSeriesHistory::theSeriesMemoryReachesTheMeeting()
{
    const SeriesHistory history = SeriesHistory::load(seriesFolder());

    // The third meeting: the regulars of the first two join its roster; Chen, known by handle,
    // and Dana, known by name only, are no newcomers; someone never seen is.
    FixedClock clock(QDateTime(Third, QTime(19, 0)).toMSecsSinceEpoch());
    LiveMeeting live(&clock);
    Meeting third;
    third.title = QStringLiteral("Example Club meeting #3");
    third.time.date = Third;
    third.roster = {Person {Frank, QStringLiteral("frank-demo")}};
    live.load(third);
    history.applyTo(live, Third);
    QStringList onRoster;
    for (const Attendee &a : live.attendees()) {
        onRoster.append(a.displayName());
    }
    QCOMPARE(onRoster, (QStringList {Frank, Ada, Bob, Dana, Eve, Chen}));
    const auto isNew = [&live](const QString &name) {
        for (const Attendee &a : live.attendees()) {
            if (a.displayName() == name) {
                return live.isNewcomer(a);
            }
        }
        return false;
    };
    QVERIFY(!isNew(Chen));
    QVERIFY(!isNew(Dana));
    QVERIFY(isNew(Frank)); // expected at the first meeting, never came before the third
    // Dana comes back with a handle: known by name, still no newcomer.
    live.checkInMany({Person {Dana, QStringLiteral("dana-demo")}});
    QVERIFY(!isNew(Dana));
    live.checkInMany({Person {Frank, QStringLiteral("frank-demo")}, Person {Ada, QStringLiteral("ada-demo")}});
    QCOMPARE(live.newcomersPresent(), (QList<Person> {Person {Frank, QStringLiteral("frank-demo")}}));

    // What recurs across the series, for the next agenda: every other meeting's items.
    QCOMPARE(history.agendasOtherThan(pathOf(Second)).size(), 2);
    QCOMPARE(history.agendasOtherThan(QStringLiteral("/elsewhere/session.json")).size(), 3);
}

namespace {

// A meeting's roster as the index file holds it, decoded by hand: "name|handle|status" each.
QStringList rosterInIndex(const QJsonObject &index, int meeting)
{
    const QJsonArray people = index.value(QStringLiteral("people")).toArray();
    const QJsonArray statuses = index.value(QStringLiteral("statuses")).toArray();
    const QJsonArray roster = index.value(QStringLiteral("meetings"))
                                  .toArray()
                                  .at(meeting)
                                  .toObject()
                                  .value(QStringLiteral("roster"))
                                  .toArray();
    QStringList out;
    for (qsizetype i = 0; i + 1 < roster.size(); i += 2) {
        const QJsonArray person = people.at(roster.at(i).toInt()).toArray();
        out.append(person.at(0).toString() + QLatin1Char('|') + person.at(1).toString() + QLatin1Char('|')
                   + statuses.at(roster.at(i + 1).toInt()).toString());
    }
    return out;
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

} // namespace

void TestSeriesHistory::indexIsMadeThenReadInsteadOfTheSessions()
{
    const QString index = seriesindex::indexPath(seriesFolder());
    QVERIFY(!QFileInfo::exists(index));
    const SeriesHistory first = SeriesHistory::load(seriesFolder());
    QVERIFY(QFileInfo::exists(index));

    // What it holds, read by hand: one summary a meeting, by date, with its roster's statuses.
    const QJsonObject json = readJson(index);
    QCOMPARE(json.value(QStringLiteral("schema")).toString(), QStringLiteral("gavel-series-index"));
    const QJsonArray meetings = json.value(QStringLiteral("meetings")).toArray();
    QCOMPARE(meetings.size(), 3);
    QCOMPARE(meetings.at(1).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2024-03-21"));
    const QJsonArray titles = json.value(QStringLiteral("titles")).toArray();
    QCOMPARE(titles.at(meetings.at(1).toObject().value(QStringLiteral("title")).toInt()).toString(),
             QStringLiteral("Example Club meeting #2"));
    QCOMPARE(
        rosterInIndex(json, 1),
        (QStringList {QStringLiteral("Ada Lovelace|Ada-Demo|present"), QStringLiteral("Bob Builder|bob-demo|absent"),
                      QStringLiteral("Chen Wei|chen-demo|present"), QStringLiteral("Scully, Dana||excused"),
                      QStringLiteral("Eve Example|eve-demo|left-early")}));

    // Read through the index: a session whose size and time are as summarised is not opened.
    // Proof: the second one's bytes replaced by others of the same length and time.
    const QString second = pathOf(Second);
    const QDateTime modified = QFileInfo(second).lastModified();
    const qint64 size = QFileInfo(second).size();
    QVERIFY(writeRaw(second, QByteArray(size, 'x')));
    {
        QFile file(second);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
    }
    QStringList errors;
    const SeriesHistory again = SeriesHistory::load(seriesFolder(), &errors);
    QCOMPARE(errors, QStringList());
    QCOMPARE(again.meetings(), first.meetings());
    QCOMPARE(SeriesHistory::statuses(again.meetings()[1]).value(QStringLiteral("gh:chen-demo")),
             Attendee::Status::Present);
}

void TestSeriesHistory::indexFollowsSessionsThatChangeComeAndGo()
{
    SeriesHistory::load(seriesFolder());
    const QString index = seriesindex::indexPath(seriesFolder());

    // Chen comes late to the second meeting after all: the session changes, the index follows.
    QList<SessionData> sessions = threeMeetings();
    sessions[1].attendees[2].status = Attendee::Status::Late;
    QVERIFY(sessionfile::save(pathOf(Second), sessions[1]).ok());
    SeriesHistory history = SeriesHistory::load(seriesFolder());
    QCOMPARE(SeriesHistory::statuses(history.meetings()[1]).value(QStringLiteral("gh:chen-demo")),
             Attendee::Status::Late);
    QVERIFY(rosterInIndex(readJson(index), 1).contains(QStringLiteral("Chen Wei|chen-demo|late")));

    // A fourth meeting is added; the first is deleted.
    const QDate fourth(2024, 4, 18);
    QVERIFY(sessionfile::save(sessionfile::sessionPath(m_root->path(), Series, fourth), session(fourth, 4, {})).ok());
    QVERIFY(QDir(QFileInfo(pathOf(First)).absolutePath()).removeRecursively());
    history = SeriesHistory::load(seriesFolder());
    QCOMPARE(history.meetings().size(), 3);
    QCOMPARE(history.meetings().first().date, Second);
    QCOMPARE(history.meetings().last().date, fourth);
    const QJsonArray meetings = readJson(index).value(QStringLiteral("meetings")).toArray();
    QCOMPARE(meetings.size(), 3);
    QCOMPARE(meetings.at(0).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2024-03-21"));
    QCOMPARE(meetings.at(2).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2024-04-18"));

    // Saved again with only a note changed: that session is read once more, and the index takes
    // its new size and time, so the reading after that opens no session at all. Proof: the
    // third one's bytes replaced by others of the same length and time are not noticed.
    sessions[2].notes.insert(0, QStringLiteral("A note, nothing else."));
    QVERIFY(sessionfile::save(pathOf(Third), sessions[2]).ok());
    SeriesHistory::load(seriesFolder());
    const QString third = pathOf(Third);
    const QDateTime modified = QFileInfo(third).lastModified();
    QVERIFY(writeRaw(third, QByteArray(QFileInfo(third).size(), 'x')));
    {
        QFile file(third);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
    }
    QStringList errors;
    history = SeriesHistory::load(seriesFolder(), &errors);
    QCOMPARE(errors, QStringList());
    QCOMPARE(history.meetings().size(), 3);
    QCOMPARE(SeriesHistory::statuses(history.meetings()[1]).value(QStringLiteral("gh:frank-demo")),
             Attendee::Status::Present);
}

void TestSeriesHistory::damagedIndexIsMadeAgain()
{
    const SeriesHistory first = SeriesHistory::load(seriesFolder());
    const QString index = seriesindex::indexPath(seriesFolder());
    for (const QByteArray &damage :
         {QByteArray("{\"schema\": \"gavel-series-index\", \"version\": 1, \"meetings\": [{\"date\": \"nope\"}]}"),
          QByteArray("not json"), QByteArray(),
          QByteArray(
              "{\"schema\": \"gavel-series-index\", \"version\": 1, \"statuses\": [\"present\"], \"people\": [], "
              "\"titles\": [], \"meetings\": [{\"date\": \"2024-03-07\", \"title\": 5, \"roster\": [0, 0]}]}")}) {
        QVERIFY(writeRaw(index, damage));
        QStringList errors;
        const SeriesHistory again = SeriesHistory::load(seriesFolder(), &errors);
        QCOMPARE(errors, QStringList()); // a cache: nothing for the chair to do
        QCOMPARE(again.meetings(), first.meetings());
        QCOMPARE(readJson(index).value(QStringLiteral("meetings")).toArray().size(), 3); // and made again
    }
}

void TestSeriesHistory::indexFollowsTheOpenSessionsSaves()
{
    SeriesHistory::load(seriesFolder()); // the index exists
    const QString index = seriesindex::indexPath(seriesFolder());
    FakeClock clock(QDateTime(Third, QTime(19, 30)).toMSecsSinceEpoch());
    LiveMeeting live(&clock);
    SessionStore store(&live);
    SeriesIndexWriter writer(&store);
    SessionData third = threeMeetings()[2];
    third.run = {};
    store.open(pathOf(Third), third);
    const auto saveAndWait = [&] {
        clock.advance(SessionStore::saveDelayMs);
        store.waitForWrites();
        writer.waitForWrites();
    };

    // Frank leaves early; while that save is being written Bob is marked absent. The index says
    // what reached the disk: Frank left early, Bob is still present, until Bob's change is saved.
    QVERIFY(live.setAttendanceStatus(QStringLiteral("gh:frank-demo"), Attendee::Status::LeftEarly));
    clock.advance(SessionStore::saveDelayMs); // the write starts
    QVERIFY(live.setAttendanceStatus(QStringLiteral("gh:bob-demo"), Attendee::Status::Absent));
    store.waitForWrites();
    writer.waitForWrites();
    QStringList roster = rosterInIndex(readJson(index), 2);
    QVERIFY(roster.contains(QStringLiteral("Frank Fisher|frank-demo|left-early")));
    QVERIFY(roster.contains(QStringLiteral("Bob Builder|bob-demo|present")));
    saveAndWait();
    QVERIFY(rosterInIndex(readJson(index), 2).contains(QStringLiteral("Bob Builder|bob-demo|absent")));

    // Notes are saved; the index, which keeps none, is not written.
    const QByteArray before = readFile(index);
    const QDateTime writtenAt = QFileInfo(index).lastModified();
    live.setNotes(0, QStringLiteral("Minutes to follow."));
    saveAndWait();
    SessionData saved;
    QString error;
    QVERIFY2(sessionfile::load(pathOf(Third), &saved, &error), qPrintable(error));
    QCOMPARE(saved.notes.value(0), QStringLiteral("Minutes to follow."));
    QCOMPARE(readFile(index), before);
    QCOMPARE(QFileInfo(index).lastModified(), writtenAt);
}

void TestSeriesHistory::windowShowsPeopleByMeeting()
{
    HistoryWindow window;
    window.showSeries(seriesFolder(), Series);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isWindow());
    QVERIFY(!window.isModal());
    QVERIFY(window.windowTitle().contains(Series));

    auto *table = child<QTableWidget>(window, "historyTable");
    QCOMPARE(table->columnCount(), 6);
    QCOMPARE(table->rowCount(), 6);
    QStringList headers;
    for (int c = 0; c < table->columnCount(); ++c) {
        headers.append(table->horizontalHeaderItem(c)->text());
    }
    QCOMPARE(headers,
             (QStringList {QStringLiteral("Name"), QStringLiteral("GitHub"), QStringLiteral("2024-03-07"),
                           QStringLiteral("2024-03-21"), QStringLiteral("2024-04-04"), QStringLiteral("Total")}));
    QCOMPARE(table->horizontalHeaderItem(3)->toolTip(), QStringLiteral("Example Club meeting #2"));

    const QString dash = QStringLiteral("–");
    const QString tick = QStringLiteral("✓");
    const QString fresh = QStringLiteral("★ new");
    QCOMPARE(rowTexts(table, 0), (QStringList {Ada, QStringLiteral("@ada-demo"), fresh, tick, tick, "3 / 3"}));
    QCOMPARE(rowTexts(table, 1), (QStringList {Bob, QStringLiteral("@bob-demo"), fresh, dash, tick, "2 / 3"}));
    QCOMPARE(rowTexts(table, 2), (QStringList {Dana, QString(), "★ new, late", "excused", tick, "2 / 3"}));
    QCOMPARE(rowTexts(table, 3), (QStringList {Eve, QStringLiteral("@eve-demo"), fresh, "left", tick, "3 / 3"}));
    QCOMPARE(rowTexts(table, 4), (QStringList {Chen, QStringLiteral("@chen-demo"), dash, fresh, "late", "2 / 3"}));
    QCOMPARE(rowTexts(table, 5), (QStringList {Frank, QStringLiteral("@frank-demo"), dash, dash, fresh, "1 / 3"}));

    // Never the mark alone: each cell says in words what it means.
    QCOMPARE(table->item(4, 3)->toolTip(), QStringLiteral("First meeting in the series"));
    QCOMPARE(table->item(2, 2)->toolTip(), QStringLiteral("First meeting in the series (Late)"));
    QCOMPARE(table->item(0, 3)->toolTip(), QStringLiteral("Present"));
    QCOMPARE(table->item(1, 3)->toolTip(), QStringLiteral("Absent"));
    QCOMPARE(table->item(2, 3)->toolTip(), QStringLiteral("Excused"));
    QCOMPARE(table->item(3, 3)->toolTip(), QStringLiteral("Left early"));
    QCOMPARE(table->item(4, 4)->toolTip(), QStringLiteral("Late"));
    QCOMPARE(table->item(4, 2)->toolTip(), QStringLiteral("Not on the roster"));
    QCOMPARE(table->item(5, 2)->toolTip(), QStringLiteral("On the roster, not checked in"));
    QCOMPARE(table->item(5, 5)->toolTip(), QStringLiteral("Attended 1 of 3 meetings"));

    QCOMPARE(child<QLabel>(window, "historySummary")->text(),
             QStringLiteral("3 meetings · 6 people · 1 newcomer at the latest meeting"));
    QVERIFY(child<QLabel>(window, "historyErrors")->isHidden());
}

void TestSeriesHistory::windowSortsByClickingHeaders()
{
    HistoryWindow window;
    window.showSeries(seriesFolder(), Series);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = child<QTableWidget>(window, "historyTable");
    QHeaderView *header = table->horizontalHeader();
    const auto clickHeader = [&](int section) {
        const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    };

    // The Total column sorts by the number of meetings, not by the text.
    clickHeader(5);
    QCOMPARE(header->sortIndicatorSection(), 5);
    QStringList totals;
    QStringList people;
    for (int row = 0; row < table->rowCount(); ++row) {
        totals.append(table->item(row, 5)->text());
        people.append(table->item(row, 0)->text());
    }
    if (header->sortIndicatorOrder() == Qt::AscendingOrder) {
        QCOMPARE(totals, (QStringList {"1 / 3", "2 / 3", "2 / 3", "2 / 3", "3 / 3", "3 / 3"}));
        QCOMPARE(people, (QStringList {Frank, Bob, Dana, Chen, Ada, Eve}));
    } else {
        QCOMPARE(totals, (QStringList {"3 / 3", "3 / 3", "2 / 3", "2 / 3", "2 / 3", "1 / 3"}));
        QCOMPARE(people, (QStringList {Ada, Eve, Bob, Dana, Chen, Frank}));
    }
    // Clicking again turns the order round.
    const Qt::SortOrder before = header->sortIndicatorOrder();
    clickHeader(5);
    QVERIFY(header->sortIndicatorOrder() != before);

    // By name.
    clickHeader(0);
    QCOMPARE(header->sortIndicatorSection(), 0);
    people.clear();
    for (int row = 0; row < table->rowCount(); ++row) {
        people.append(table->item(row, 0)->text());
    }
    QStringList byName {Ada, Bob, Chen, Eve, Frank, Dana};
    if (header->sortIndicatorOrder() == Qt::DescendingOrder) {
        std::reverse(byName.begin(), byName.end());
    }
    QCOMPARE(people, byName);
    // The rows keep their cells: Frank's row is still Frank's.
    const int frank = rowOf(table, Frank);
    QCOMPARE(rowTexts(table, frank).mid(1), (QStringList {"@frank-demo", "–", "–", "★ new", "1 / 3"}));
}

void TestSeriesHistory::windowPerfectListFollowsTheRange()
{
    HistoryWindow window;
    window.showSeries(seriesFolder(), Series);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *from = child<QDateEdit>(window, "perfectFrom");
    auto *to = child<QDateEdit>(window, "perfectTo");
    auto *list = child<QListWidget>(window, "perfectList");
    auto *note = child<QLabel>(window, "perfectNote");

    // By default the whole record.
    QCOMPARE(from->date(), First);
    QCOMPARE(to->date(), Third);
    QCOMPARE(listTexts(list), (QStringList {"Ada Lovelace (@ada-demo)", "Eve Example (@eve-demo)"}));
    QCOMPARE(note->text(), QStringLiteral("Attended all 3 meetings in the range:"));

    from->setDate(Second);
    QCOMPARE(listTexts(list),
             (QStringList {"Ada Lovelace (@ada-demo)", "Eve Example (@eve-demo)", "Chen Wei (@chen-demo)"}));
    QCOMPARE(note->text(), QStringLiteral("Attended all 2 meetings in the range:"));

    from->setDate(QDate(2024, 3, 1));
    to->setDate(QDate(2024, 3, 10));
    QCOMPARE(listTexts(list),
             (QStringList {"Ada Lovelace (@ada-demo)", "Bob Builder (@bob-demo)", Dana, "Eve Example (@eve-demo)"}));
    QCOMPARE(note->text(), QStringLiteral("Attended the 1 meeting in the range:"));

    to->setDate(QDate(2024, 5, 31));
    from->setDate(QDate(2024, 5, 1));
    QCOMPARE(list->count(), 0);
    QCOMPARE(note->text(), QStringLiteral("No meetings were held in this range."));

    // Typed, as the chair would: the field takes the new date and the list follows.
    from->setFocus();
    from->setSelectedSection(QDateTimeEdit::MonthSection);
    QTest::keyClick(from, Qt::Key_Down); // May -> April
    QTest::keyClick(from, Qt::Key_Down); // -> March
    QCOMPARE(from->date(), QDate(2024, 3, 1));
    QCOMPARE(listTexts(list), (QStringList {"Ada Lovelace (@ada-demo)", "Eve Example (@eve-demo)"}));
}

void TestSeriesHistory::windowExportsThroughNonModalDialogs()
{
    HistoryWindow window;
    window.showSeries(seriesFolder(), Series);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *status = child<QLabel>(window, "historyStatus");
    const QString exports = QDir(m_root->path()).filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(exports));

    // CSV of the whole record.
    child<QPushButton>(window, "exportPerfectCsv")->click();
    auto *csvDialog = child<QFileDialog>(window, "exportPerfectCsvDialog");
    QVERIFY(csvDialog->isVisible());
    QVERIFY(!csvDialog->isModal());
    QCOMPARE(csvDialog->windowModality(), Qt::NonModal);
    QCOMPARE(csvDialog->acceptMode(), QFileDialog::AcceptSave);
    QCOMPARE(QFileInfo(csvDialog->selectedFiles().value(0)).fileName(),
             QStringLiteral("perfect-attendance-2024-03-07-2024-04-04.csv"));
    // The window still takes input while the dialog is open.
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    const QString csvPath = QDir(exports).filePath(QStringLiteral("perfect.csv"));
    csvDialog->selectFile(csvPath);
    static_cast<QDialog *>(csvDialog)->accept(); // QFileDialog::accept() is protected: the virtual one
    QCOMPARE(readFile(csvPath),
             Bom + CsvHeader
                 + "Ada Lovelace,ada-demo,3,3,2024-03-07,2024-03-07\r\n"
                   "Eve Example,eve-demo,3,3,2024-03-07,2024-03-07\r\n");
    QVERIFY2(status->text().contains(QDir::toNativeSeparators(csvPath)), qPrintable(status->text()));

    // Markdown of the first meeting alone.
    child<QDateEdit>(window, "perfectFrom")->setDate(QDate(2024, 3, 1));
    child<QDateEdit>(window, "perfectTo")->setDate(QDate(2024, 3, 10));
    child<QPushButton>(window, "exportPerfectMarkdown")->click();
    auto *mdDialog = child<QFileDialog>(window, "exportPerfectMarkdownDialog");
    QVERIFY(mdDialog->isVisible());
    QVERIFY(!mdDialog->isModal());
    QCOMPARE(mdDialog->acceptMode(), QFileDialog::AcceptSave);
    QCOMPARE(QFileInfo(mdDialog->selectedFiles().value(0)).fileName(),
             QStringLiteral("perfect-attendance-2024-03-01-2024-03-10.md"));
    // The dialog opens where the last export went.
    QCOMPARE(QDir(mdDialog->directory()).canonicalPath(), QDir(exports).canonicalPath());
    const QString mdPath = QDir(exports).filePath(QStringLiteral("perfect"));
    mdDialog->selectFile(mdPath);
    static_cast<QDialog *>(mdDialog)->accept();
    QCOMPARE(QString::fromUtf8(readFile(mdPath + QStringLiteral(".md"))), // the suffix is added
             QStringLiteral("# Perfect attendance 2024-03-01 – 2024-03-10\n"
                            "\n"
                            "Meetings held in the range: 1\n"
                            "\n"
                            "- [Ada Lovelace](https://github.com/ada-demo)\n"
                            "- [Bob Builder](https://github.com/bob-demo)\n"
                            "- Scully, Dana\n"
                            "- [Eve Example](https://github.com/eve-demo)\n"));
    QVERIFY2(status->text().contains(QDir::toNativeSeparators(mdPath + QStringLiteral(".md"))),
             qPrintable(status->text()));

    // A range without meetings still exports: the header alone.
    child<QDateEdit>(window, "perfectFrom")->setDate(QDate(2024, 5, 1));
    child<QDateEdit>(window, "perfectTo")->setDate(QDate(2024, 5, 31));
    const QString emptyPath = QDir(exports).filePath(QStringLiteral("empty.csv"));
    QCOMPARE(window.exportPerfectCsv(emptyPath), QString());
    QCOMPARE(readFile(emptyPath), Bom + CsvHeader);
    // Nothing but the reports was written there.
    QCOMPARE(QDir(exports).entryList(QDir::Files, QDir::Name),
             (QStringList {"empty.csv", "perfect.csv", "perfect.md"}));
}

void TestSeriesHistory::windowReportsAFailedExport()
{
    HistoryWindow window;
    window.showSeries(seriesFolder(), Series);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // A file stands where the folder would have to be.
    const QString blocker = QDir(m_root->path()).filePath(QStringLiteral("blocker"));
    QVERIFY(writeRaw(blocker, "a file"));
    const QString path = blocker + QStringLiteral("/perfect.md");
    const QString error = window.exportPerfectMarkdown(path);
    QVERIFY(!error.isEmpty());
    const QString status = child<QLabel>(window, "historyStatus")->text();
    QVERIFY2(status.contains(QDir::toNativeSeparators(path)), qPrintable(status));
    QVERIFY2(status.contains(error), qPrintable(status));
    QVERIFY(!QFileInfo::exists(path));
    // No dialog was raised to say so.
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
}

void TestSeriesHistory::windowListsDamagedSessions()
{
    const QString damaged = pathOf(QDate(2024, 3, 14));
    QVERIFY(writeRaw(damaged, "{ this is not JSON"));
    HistoryWindow window;
    window.showSeries(seriesFolder(), Series);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    auto *errors = child<QLabel>(window, "historyErrors");
    QVERIFY(errors->isVisible());
    QVERIFY2(errors->text().contains(QDir::toNativeSeparators(damaged) + QStringLiteral(": ")),
             qPrintable(errors->text()));
    QCOMPARE(window.loadErrors().size(), 1);
    // The rest is shown as ever.
    QCOMPARE(child<QTableWidget>(window, "historyTable")->rowCount(), 6);
    QCOMPARE(child<QLabel>(window, "historySummary")->text(),
             QStringLiteral("3 meetings · 6 people · 1 newcomer at the latest meeting"));

    // Shown again once it is repaired (or removed), the note goes.
    QVERIFY(QFile::remove(damaged));
    window.showSeries(seriesFolder(), Series);
    QVERIFY(errors->isHidden());
}

void TestSeriesHistory::windowOfAnEmptySeries()
{
    HistoryWindow window;
    window.showSeries(QDir(m_root->path()).filePath(QStringLiteral("New Series")), QStringLiteral("New Series"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(child<QTableWidget>(window, "historyTable")->rowCount(), 0);
    QCOMPARE(child<QLabel>(window, "historySummary")->text(),
             QStringLiteral("No meetings recorded in this series yet."));
    QCOMPARE(child<QListWidget>(window, "perfectList")->count(), 0);
    QCOMPARE(child<QLabel>(window, "perfectNote")->text(), QStringLiteral("No meetings were held in this range."));

    // The same window shows another series afterwards.
    window.showSeries(seriesFolder(), Series);
    QCOMPARE(child<QTableWidget>(window, "historyTable")->rowCount(), 6);
    QCOMPARE(child<QListWidget>(window, "perfectList")->count(), 2);
}

QTEST_MAIN(TestSeriesHistory)
void TestSeriesHistory::minutesLayoutFollowsTheLatestMinutes()
{
    using minuteslayout::Layout;
    // The community's own folders: 2022 wrote 会议概况 / 会议分享与讨论, 2025 the agenda as a list.
    QCOMPARE(serieslayout::fromMinutesIn(test::corpusFile(QStringLiteral("pfcc-2022"))), Layout::Classic);
    QCOMPARE(serieslayout::fromMinutesIn(test::corpusFile(QStringLiteral("pfcc-2025"))), Layout::Agenda);

    QTemporaryDir clone;
    const QString series = QDir(clone.path()).filePath(QStringLiteral("series"));
    QCOMPARE(serieslayout::forSeries(series, clone.path()), Layout::Classic); // nothing to go by
    // The newest minutes decide: a 2025 file after a 2022 one.
    for (const QString &file : {QStringLiteral("pfcc-2022/2022-12-08-meeting-minutes.md"),
                                QStringLiteral("pfcc-2025/2025-12-11-meeting-minutes.md")}) {
        QVERIFY(QFile::copy(test::corpusFile(file), QDir(clone.path()).filePath(QFileInfo(file).fileName())));
    }
    QCOMPARE(serieslayout::forSeries(series, clone.path()), Layout::Agenda);
    // The chair's choice wins, and is kept in the series' folder.
    QString error;
    QVERIFY2(serieslayout::choose(series, Layout::Classic, &error), qPrintable(error));
    QCOMPARE(serieslayout::forSeries(series, clone.path()), Layout::Classic);
    QCOMPARE(serieslayout::chosen(series), Layout::Classic);
}

void TestSeriesHistory::seriesKeepsItsExportFolder()
{
    QTemporaryDir root;
    const QString series = QDir(root.path()).filePath(QStringLiteral("Paddle Framework Contributor Club"));
    QCOMPARE(seriessettings::load(series).exportFolder, QString()); // nothing chosen yet

    // The folder and the layout are kept side by side: choosing one keeps the other.
    seriessettings::Values values;
    values.exportFolder = QStringLiteral("/clone/pfcc/meetings/2022");
    QString error;
    QVERIFY2(seriessettings::save(series, values, &error), qPrintable(error));
    QVERIFY2(serieslayout::choose(series, minuteslayout::Layout::Agenda, &error), qPrintable(error));
    QCOMPARE(seriessettings::load(series).exportFolder, QStringLiteral("/clone/pfcc/meetings/2022"));
    QCOMPARE(seriessettings::load(series).minutesLayout, QStringLiteral("agenda"));

    // A year's folder sends a meeting of another year to that year's folder beside it.
    const QString year2022 = QStringLiteral("/clone/pfcc/meetings/2022");
    QCOMPARE(seriessettings::folderForFile(year2022, QStringLiteral("2022-10-20-meeting-minutes.md")), year2022);
    QCOMPARE(seriessettings::folderForFile(year2022, QStringLiteral("2024-03-14-meeting-agenda.md")),
             QStringLiteral("/clone/pfcc/meetings/2024"));
    QCOMPARE(seriessettings::folderForFile(year2022 + QLatin1Char('/'), QStringLiteral("2025-01-02-meeting.ics")),
             QStringLiteral("/clone/pfcc/meetings/2025"));
    // Any other folder keeps everything; an undated name stays too.
    QCOMPARE(seriessettings::folderForFile(QStringLiteral("/clone/pfcc/meetings"),
                                           QStringLiteral("2024-03-14-meeting-agenda.md")),
             QStringLiteral("/clone/pfcc/meetings"));
    QCOMPARE(seriessettings::folderForFile(year2022, QStringLiteral("attendance.csv")), year2022);
    QCOMPARE(seriessettings::folderForFile(QStringLiteral("/data/12345"), QStringLiteral("2024-03-14-x.md")),
             QStringLiteral("/data/12345"));
}

namespace {

// A session file as a save writes it, enough for a move: its series and a marker of the meeting.
void putSession(const QString &root, const QString &series, const QString &date, const QString &marker)
{
    const QString folder = QDir(root).filePath(series + QLatin1Char('/') + date);
    QVERIFY(QDir().mkpath(folder));
    const QJsonObject json {{QStringLiteral("schema"), QStringLiteral("gavel-session")},
                            {QStringLiteral("series"), series},
                            {QStringLiteral("marker"), marker}};
    QFile file(QDir(folder).filePath(QStringLiteral("session.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(json).toJson());
}

QJsonObject sessionAt(const QString &root, const QString &series, const QString &date)
{
    return QJsonDocument::fromJson(
               test::readAll(QDir(root).filePath(series + QLatin1Char('/') + date + QStringLiteral("/session.json"))))
        .object();
}

} // namespace

void TestSeriesHistory::seriesRenamedKeepsEveryMeeting()
{
    QTemporaryDir root;
    const QString misspelt = QStringLiteral("Paddle Frawework Contributor Club");
    const QString right = QStringLiteral("Paddle Framework Contributor Club");
    putSession(root.path(), misspelt, QStringLiteral("2022-04-14"), QStringLiteral("first"));
    putSession(root.path(), misspelt, QStringLiteral("2022-04-28"), QStringLiteral("second"));
    seriessettings::Values values;
    values.exportFolder = QStringLiteral("/clone/pfcc/meetings/2022");
    QString error;
    QVERIFY(seriessettings::save(QDir(root.path()).filePath(misspelt), values, &error));

    const seriesmove::Result moved = seriesmove::move(root.path(), misspelt, right);
    QVERIFY2(moved.ok(), qPrintable(moved.error));
    QCOMPARE(moved.moved, (QStringList {QStringLiteral("2022-04-14"), QStringLiteral("2022-04-28")}));
    QVERIFY(moved.kept.isEmpty());
    // Each session is there, saying its new series; the old folder is gone; the choices moved.
    QCOMPARE(sessionAt(root.path(), right, QStringLiteral("2022-04-14")).value(QStringLiteral("marker")).toString(),
             QStringLiteral("first"));
    QCOMPARE(sessionAt(root.path(), right, QStringLiteral("2022-04-28")).value(QStringLiteral("series")).toString(),
             right);
    QVERIFY(!QFileInfo::exists(QDir(root.path()).filePath(misspelt)));
    QCOMPARE(seriessettings::load(QDir(root.path()).filePath(right)).exportFolder,
             QStringLiteral("/clone/pfcc/meetings/2022"));
}

void TestSeriesHistory::seriesMergedKeepsWhatBothHave()
{
    QTemporaryDir root;
    const QString q1 = QStringLiteral("工作组 2024-Q1");
    const QString group = QStringLiteral("工作组");
    putSession(root.path(), q1, QStringLiteral("2024-03-14"), QStringLiteral("march"));
    putSession(root.path(), q1, QStringLiteral("2024-04-11"), QStringLiteral("april, in Q1's folder"));
    putSession(root.path(), group, QStringLiteral("2024-04-11"), QStringLiteral("april"));

    const seriesmove::Result merged = seriesmove::move(root.path(), q1, group);
    QVERIFY2(merged.ok(), qPrintable(merged.error));
    QCOMPARE(merged.moved, QStringList {QStringLiteral("2024-03-14")});
    QCOMPARE(merged.kept, QStringList {QStringLiteral("2024-04-11")});
    QCOMPARE(sessionAt(root.path(), group, QStringLiteral("2024-03-14")).value(QStringLiteral("series")).toString(),
             group);
    // Two meetings of one date: neither is overwritten, the one not moved stays where it was.
    QCOMPARE(sessionAt(root.path(), group, QStringLiteral("2024-04-11")).value(QStringLiteral("marker")).toString(),
             QStringLiteral("april"));
    QCOMPARE(sessionAt(root.path(), q1, QStringLiteral("2024-04-11")).value(QStringLiteral("marker")).toString(),
             QStringLiteral("april, in Q1's folder"));
    QVERIFY(!QFileInfo::exists(QDir(root.path()).filePath(q1 + QStringLiteral("/2024-03-14"))));
}

void TestSeriesHistory::failedMoveLeavesTheSeriesAsItWas()
{
    QTemporaryDir root;
    const QString from = QStringLiteral("Weekly sync");
    putSession(root.path(), from, QStringLiteral("2024-03-07"), QStringLiteral("one"));
    putSession(root.path(), from, QStringLiteral("2024-03-14"), QStringLiteral("two"));
    const QByteArray before
        = test::readAll(QDir(root.path()).filePath(from + QStringLiteral("/2024-03-14/session.json")));

    // The disk is full: the first copy fails.
    const QString to = QDir(root.path()).filePath(QStringLiteral("Weekly"));
    test::disk::fail(test::disk::Call::Write, ENOSPC, to, 0);
    const seriesmove::Result failed = seriesmove::move(root.path(), from, QStringLiteral("Weekly"));
    test::disk::heal();
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error.contains(QStringLiteral("disk is full")), qPrintable(failed.error));
    // Nothing lost, nothing half there.
    QCOMPARE(test::readAll(QDir(root.path()).filePath(from + QStringLiteral("/2024-03-14/session.json"))), before);
    QVERIFY(QFileInfo::exists(QDir(root.path()).filePath(from + QStringLiteral("/2024-03-07/session.json"))));
    QVERIFY(!QFileInfo::exists(to));

    // Healed, the same move goes through.
    QVERIFY(seriesmove::move(root.path(), from, QStringLiteral("Weekly")).ok());
    QCOMPARE(sessionAt(root.path(), QStringLiteral("Weekly"), QStringLiteral("2024-03-14"))
                 .value(QStringLiteral("marker"))
                 .toString(),
             QStringLiteral("two"));
}

#include "tst_serieshistory.moc"
