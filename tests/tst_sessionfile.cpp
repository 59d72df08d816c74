// Files that lie: session.json damaged, cut short or forged, field by field. Each damaged file is
// the committee meeting (worked out by hand in committeesession.h) with one field changed here,
// and the expected message is the field's name and the rule it breaks, written from the rule.
// Older files are migrated, and the states Gavel itself writes always read back.

#include "agenda/agendaimporter.h"
#include "committeesession.h"
#include "fakeclock.h"
#include "meeting/livemeeting.h"
#include "storage/sessionfile.h"
#include "storage/sessionstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace gavel;
using namespace gavel::test;

namespace {

using Edit = std::function<void(QJsonObject &)>;

// Sets the value at a path of keys and list indexes ("run", "items", 3, "elapsedMs").
void setAt(QJsonObject &json, const QVariantList &path, const QJsonValue &value)
{
    std::function<QJsonValue(const QJsonValue &, qsizetype)> walk = [&](const QJsonValue &node, qsizetype depth) {
        if (depth == path.size()) {
            return value;
        }
        const QVariant step = path.at(depth);
        if (step.typeId() == QMetaType::Int) {
            QJsonArray array = node.toArray();
            array.replace(step.toInt(), walk(array.at(step.toInt()), depth + 1));
            return QJsonValue(array);
        }
        QJsonObject object = node.toObject();
        const QJsonValue next = walk(object.value(step.toString()), depth + 1);
        if (next.isUndefined()) {
            object.remove(step.toString());
        } else {
            object.insert(step.toString(), next);
        }
        return QJsonValue(object);
    };
    json = walk(json, 0).toObject();
}

Edit set(const QVariantList &path, const QJsonValue &value)
{
    return [path, value](QJsonObject &json) { setAt(json, path, value); };
}

Edit removed(const QVariantList &path)
{
    return set(path, QJsonValue(QJsonValue::Undefined));
}

QByteArray bytes(const QJsonObject &json)
{
    return QJsonDocument(json).toJson();
}

// A chain of `levels` items, each the only child of the one before.
QJsonArray nested(int levels, int firstId)
{
    QJsonArray children;
    for (int level = levels; level >= 1; --level) {
        QJsonObject item {{QStringLiteral("id"), firstId + level - 1},
                          {QStringLiteral("title"), QStringLiteral("Level %1").arg(level)},
                          {QStringLiteral("children"), children}};
        children = QJsonArray {item};
    }
    return children;
}

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// What a session reads back as, through the file on disk; the error when it does not.
QString reloadError(const SessionData &data)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.json"));
    if (!sessionfile::save(path, data).ok()) {
        return QStringLiteral("not saved");
    }
    SessionData loaded;
    QString error;
    sessionfile::load(path, &loaded, &error);
    return error;
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestSessionFile : public QObject
{
    Q_OBJECT

private slots:
    void damagedField_data();
    void damagedField();
    void notASessionFile_data();
    void notASessionFile();
    void missingOrUnreadableFile();
    void versionOneFilesMigrate();
    void versionOneFixtureOpens();
    void whatGavelWritesAlwaysReadsBack();
    void aMeetingAsChairsRunItReadsBack();
    void damagedFileIsKeptAside();
    void heartbeatIsReadWithCare();
};

void TestSessionFile::damagedField_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("message");

    const qint64 t0 = ScheduledStartMs;
    const qint64 savedAt = midRunSession().savedAt;
    // run.items is written sorted by id: Welcome 1, Minutes 2, DocsWg 4, ReleaseWg 5.
    const int releaseRun = 3;

    // Keys that must be there, each named on its own.
    QTest::newRow("no version") << removed({"version"}) << QStringLiteral("version: missing");
    QTest::newRow("no savedAt") << removed({"savedAt"}) << QStringLiteral("savedAt: missing");
    QTest::newRow("no meeting") << removed({"meeting"}) << QStringLiteral("meeting: missing");
    QTest::newRow("no run") << removed({"run"}) << QStringLiteral("run: missing");
    QTest::newRow("no items") << removed({"meeting", "items"}) << QStringLiteral("meeting.items: missing");
    QTest::newRow("item without id") << removed({"meeting", "items", 1, "id"})
                                     << QStringLiteral("meeting.items[1].id: missing");
    QTest::newRow("child without id") << removed({"meeting", "items", 2, "children", 1, "id"})
                                      << QStringLiteral("meeting.items[2].children[1].id: missing");
    QTest::newRow("item without title") << removed({"meeting", "items", 1, "title"})
                                        << QStringLiteral("meeting.items[1].title: missing");
    QTest::newRow("no phase") << removed({"run", "phase"}) << QStringLiteral("run.phase: missing");

    // Values of the wrong kind.
    QTest::newRow("id is text") << set({"meeting", "items", 0, "id"}, QStringLiteral("one"))
                                << QStringLiteral("meeting.items[0].id: not a number");
    QTest::newRow("id 0") << set({"meeting", "items", 0, "id"}, 0)
                          << QStringLiteral("meeting.items[0].id: 0 is outside 1 to 2147483647");
    QTest::newRow("id 2.5") << set({"meeting", "items", 0, "id"}, 2.5)
                            << QStringLiteral("meeting.items[0].id: 2.5 is not a whole number");
    QTest::newRow("items is an object") << set({"meeting", "items"}, QJsonObject())
                                        << QStringLiteral("meeting.items: not a list");
    QTest::newRow("elapsed is text") << set({"run", "items", releaseRun, "elapsedMs"}, QStringLiteral("30000"))
                                     << QStringLiteral("run.items[3].elapsedMs: not a number");
    QTest::newRow("done is a number") << set({"run", "items", 0, "done"}, 1)
                                      << QStringLiteral("run.items[0].done: not true or false");
    QTest::newRow("unknown phase") << set({"run", "phase"}, QStringLiteral("adjourned"))
                                   << QStringLiteral("run.phase: “adjourned” is not a meeting state");
    QTest::newRow("a date that is none") << set({"meeting", "time", "date"}, QStringLiteral("2024-13-45"))
                                         << QStringLiteral(
                                                "meeting.time.date: “2024-13-45” is not a date (YYYY-MM-DD)");

    // Figures: no elapsed, planned or overtime figure over 24 hours.
    QTest::newRow("elapsed 1e300") << set({"run", "items", releaseRun, "elapsedMs"}, 1e300)
                                   << QStringLiteral("run.items[3].elapsedMs: 1e+300 ms is over 24 hours");
    QTest::newRow("elapsed 25 h") << set({"run", "items", releaseRun, "elapsedMs"}, 25.0 * 3600 * 1000)
                                  << QStringLiteral("run.items[3].elapsedMs: 90000000 ms is over 24 hours");
    QTest::newRow("elapsed negative") << set({"run", "items", releaseRun, "elapsedMs"}, -5)
                                      << QStringLiteral("run.items[3].elapsedMs: -5 ms is negative");
    QTest::newRow("overtime a billion seconds")
        << set({"run", "items", releaseRun, "extraSeconds"}, 1e9)
        << QStringLiteral("run.items[3].extraSeconds: 1000000000 s is over 24 hours");
    QTest::newRow("planned 1e300 min") << set({"meeting", "items", 0, "minutes"}, 1e300)
                                       << QStringLiteral("meeting.items[0].minutes: 1e+300 minutes is over 24 hours");
    QTest::newRow("planned 25 h") << set({"meeting", "items", 0, "minutes"}, 1500)
                                  << QStringLiteral("meeting.items[0].minutes: 1500 minutes is over 24 hours");
    QTest::newRow("planned negative") << set({"meeting", "items", 0, "minutes"}, -60)
                                      << QStringLiteral("meeting.items[0].minutes: -60 is outside 0 to 1440");

    // Times: within 7 days of the meeting.
    QTest::newRow("an item started a month later")
        << set({"run", "items", 0, "startedAt"}, double(t0 + 30LL * 24 * 60 * Min))
        << QStringLiteral("run.items[0].startedAt: %1 is more than 7 days from the meeting (2024-03-14)")
               .arg(utc(t0 + 30LL * 24 * 60 * Min));
    QTest::newRow("a segment started in 1970")
        << set({"run", "segmentStart"}, 1000.0)
        << QStringLiteral("run.segmentStart: 1970-01-01 00:00 UTC is more than 7 "
                          "days from the meeting (2024-03-14)");
    QTest::newRow("a check-in at 1e300") << Edit([](QJsonObject &json) {
        QJsonArray attendance {QJsonObject {{QStringLiteral("name"), QStringLiteral("Ada")},
                                            {QStringLiteral("source"), QStringLiteral("invited")},
                                            {QStringLiteral("status"), QStringLiteral("present")},
                                            {QStringLiteral("checkedInAt"), 1e300}}};
        json.insert(QStringLiteral("attendance"), attendance);
    }) << QStringLiteral("attendance[0].checkedInAt: 1e+300 is more than 7 days from the meeting (2024-03-14)");
    QTest::newRow("started in 1970") << set({"run", "startedAt"}, 1000.0)
                                     << QStringLiteral(
                                            "run.startedAt: 1970-01-01 00:00 UTC is not a time a meeting ran at");
    QTest::newRow("started at 1e300") << set({"run", "startedAt"}, 1e300)
                                      << QStringLiteral("run.startedAt: 1e+300 is not a time a meeting ran at");
    QTest::newRow("a check-in a week before a start that came after the last save")
        << Edit([savedAt](QJsonObject &json) {
               // The clock was set back a day between two runs: the window spans both times.
               setAt(json, {"run", "startedAt"}, double(savedAt + 24 * 60 * Min));
               setAt(json, {"attendance"},
                     QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Ada")},
                                              {QStringLiteral("source"), QStringLiteral("invited")},
                                              {QStringLiteral("status"), QStringLiteral("present")},
                                              {QStringLiteral("checkedInAt"), double(savedAt - 8LL * 24 * 60 * Min)}}});
           })
        << QStringLiteral("attendance[0].checkedInAt: %1 is more than 7 days from the meeting (2024-03-15)")
               .arg(utc(savedAt - 8LL * 24 * 60 * Min));
    QTest::newRow("saved at 1e300") << set({"savedAt"}, 1e300)
                                    << QStringLiteral("savedAt: 1e+300 is not a time Gavel could have saved at");

    // Item ids that do not exist.
    QTest::newRow("current item nowhere")
        << set({"run", "currentId"}, 99) << QStringLiteral("run.currentId: item 99 is not in the agenda");
    QTest::newRow("running, no current item")
        << removed({"run", "currentId"}) << QStringLiteral("run.currentId: missing");
    QTest::newRow("running, current item 0")
        << set({"run", "currentId"}, 0)
        << QStringLiteral("run.currentId: no item is current, but the meeting is running");
    QTest::newRow("current item runs by its parts")
        << set({"run", "currentId"}, Reports)
        << QStringLiteral("run.currentId: item 3 is not one that runs: its parts run in turn");
    QTest::newRow("timing of an item not in the agenda")
        << set({"run", "items", 0, "id"}, 42) << QStringLiteral("run.items[0].id: item 42 is not in the agenda");
    QTest::newRow("timing listed twice") << set({"run", "items", 1, "id"}, Welcome)
                                         << QStringLiteral("run.items[1].id: item 1 is listed twice");
    QTest::newRow("two items with one id") << set({"meeting", "items", 3, "id"}, Minutes)
                                           << QStringLiteral("meeting.items[3].id: 2 is used by another item too");

    // Nesting over the limit.
    QTest::newRow("nested 65 levels") << set({"meeting", "items", 3, "children"}, nested(64, 100))
                                      << QStringLiteral("meeting.items: the agenda is nested more than 64 levels deep");

    // The chair's other records.
    QTest::newRow("attendee nameless") << set(
        {"attendance"},
        QJsonArray {QJsonObject {{QStringLiteral("source"), QStringLiteral("invited")},
                                 {QStringLiteral("status"), QStringLiteral("present")}}})
                                       << QStringLiteral("attendance[0]: neither a name nor a GitHub handle");
    QTest::newRow("attendee status unknown")
        << set({"attendance"},
               QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Ada")},
                                        {QStringLiteral("source"), QStringLiteral("invited")},
                                        {QStringLiteral("status"), QStringLiteral("asleep")}}})
        << QStringLiteral("attendance[0].status: “asleep” is not an attendance status Gavel knows");
    QTest::newRow("decision without id") << set(
        {"minutes", "decisions"}, QJsonArray {QJsonObject {{QStringLiteral("text"), QStringLiteral("Ship")}}})
                                         << QStringLiteral("minutes.decisions[0].id: missing");
}

void TestSessionFile::damagedField()
{
    QFETCH(Edit, edit);
    QFETCH(QString, message);

    QJsonObject json = sessionfile::toJson(midRunSession());
    SessionData untouched;
    QString error;
    QVERIFY2(sessionfile::fromJson(json, &untouched, &error), qPrintable(error)); // the file before the damage
    edit(json);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.json"));
    QVERIFY(writeBytes(path, bytes(json)));
    SessionData data;
    QVERIFY(!sessionfile::load(path, &data, &error));
    QCOMPARE(error, QDir::toNativeSeparators(path) + QStringLiteral(": ") + message);
}

void TestSessionFile::notASessionFile_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("message");

    const QByteArray valid = bytes(sessionfile::toJson(midRunSession()));
    QJsonObject noSchema = sessionfile::toJson(midRunSession());
    noSchema.remove(QStringLiteral("schema"));
    QJsonObject otherSchema = sessionfile::toJson(midRunSession());
    otherSchema.insert(QStringLiteral("schema"), QStringLiteral("gavel-agenda"));
    QJsonObject future = sessionfile::toJson(midRunSession());
    future.insert(QStringLiteral("version"), SessionData::schemaVersion + 1);

    QTest::newRow("empty file") << QByteArray() << QStringLiteral("not a valid session file: it is empty");
    // Bytes are counted from 1: the first byte is where "This" begins.
    QTest::newRow("not JSON") << QByteArray("This is the agenda, not a session.\n")
                              << QStringLiteral("not a valid session file: illegal value at byte 1");
    // Cut inside the key "title": the string never ends.
    const qsizetype cut = valid.indexOf("\"title\"") + 3;
    QTest::newRow("cut off half way") << valid.left(
        cut) << QStringLiteral("not a valid session file: unterminated string at byte %1").arg(cut + 1);
    QTest::newRow("JSON array") << QByteArray("[1, 2, 3]")
                                << QStringLiteral("not a valid session file: it holds no JSON object");
    QTest::newRow("no schema") << bytes(noSchema)
                               << QStringLiteral("not a Gavel session file (it has no “schema”: “gavel-session”)");
    QTest::newRow("another schema") << bytes(otherSchema)
                                    << QStringLiteral("not a Gavel session file (its schema is “gavel-agenda”)");
    QTest::newRow("a newer version") << bytes(future)
                                     << QStringLiteral("session format version 3 is newer than this Gavel reads (up to "
                                                       "2); open it with a newer Gavel");
}

void TestSessionFile::notASessionFile()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.json"));
    QVERIFY(writeBytes(path, contents));
    SessionData data;
    QString error;
    QVERIFY(!sessionfile::load(path, &data, &error));
    QCOMPARE(error, QDir::toNativeSeparators(path) + QStringLiteral(": ") + message);
}

void TestSessionFile::missingOrUnreadableFile()
{
    QTemporaryDir dir;
    SessionData data;
    QString error;
    const QString missing = dir.filePath(QStringLiteral("session.json"));
    QVERIFY(!sessionfile::load(missing, &data, &error));
    QCOMPARE(error, missing + QStringLiteral(": no such file"));

    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("folder.json"))));
    QVERIFY(!sessionfile::load(dir.filePath(QStringLiteral("folder.json")), &data, &error));
    QCOMPARE(error, dir.filePath(QStringLiteral("folder.json")) + QStringLiteral(": is a folder, not a file"));

    // A link that leads back to itself is no missing file.
    const QString a = dir.filePath(QStringLiteral("a.json"));
    const QString b = dir.filePath(QStringLiteral("b.json"));
    QVERIFY(QFile::link(b, a));
    QVERIFY(QFile::link(a, b));
    QVERIFY(!sessionfile::load(a, &data, &error));
    QCOMPARE(error, a + QStringLiteral(": a symbolic link that loops (it leads back to itself)"));

    const QString dangling = dir.filePath(QStringLiteral("dangling.json"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone.json")), dangling));
    QVERIFY(!sessionfile::load(dangling, &data, &error));
    QCOMPARE(error,
             dangling
                 + QStringLiteral(": a symbolic link to %1, which does not exist")
                       .arg(dir.filePath(QStringLiteral("gone.json"))));
}

void TestSessionFile::versionOneFilesMigrate()
{
    // Version 1 wrote the overflowed duration of "2147483647 hours" as -60 minutes: it reads
    // as no duration. The same value in a version 2 file is damage (see damagedField).
    QJsonObject json = sessionfile::toJson(midRunSession());
    json.insert(QStringLiteral("version"), 1);
    setAt(json, {"meeting", "items", 3, "minutes"}, -60);
    setAt(json, {"meeting", "items", 2, "children", 0, "minutes"}, 10);
    SessionData data;
    QString error;
    QVERIFY2(sessionfile::fromJson(json, &data, &error), qPrintable(error));
    QCOMPARE(data.meeting.items[3].minutes, std::nullopt);
    QCOMPARE(data.meeting.items[2].children[0].minutes, 10);
    QCOMPARE(data.meeting.items[0].minutes, 5);
    QCOMPARE(data.run, midRunSession().run);
    // Written again, it is a version 2 file.
    QCOMPARE(sessionfile::toJson(data).value(QStringLiteral("version")).toInt(), 2);
}

void TestSessionFile::versionOneFixtureOpens()
{
    // A session written by the first Gavel for the 2022-04-14 meeting: it keeps opening.
    SessionData data;
    QString error;
    const QString fixture = QStringLiteral(GAVEL_SOURCE_DIR "/tests/fixtures/minutes/2022-04-14-session.json");
    QVERIFY(test::readAll(fixture).contains("\"version\": 1"));
    QVERIFY2(sessionfile::load(fixture, &data, &error), qPrintable(error));
    QCOMPARE(data.meeting.title, QStringLiteral("Paddle Frawework Contributor Club 第一次会议"));
    QCOMPARE(data.run.phase, RunState::Phase::Ended);
}

void TestSessionFile::whatGavelWritesAlwaysReadsBack()
{
    FakeClock clock(ScheduledStartMs);

    // Set Time So Far at its largest, 23:59:59.
    {
        LiveMeeting live(&clock);
        live.load(committeeMeeting());
        QVERIFY(live.start());
        clock.advance(Min);
        QVERIFY(live.setElapsed(Welcome, 24 * 60 * Min - Sec));
        QVERIFY(!live.setElapsed(Welcome, 24 * 60 * Min + Sec)); // beyond a day is no time so far
        SessionData data = newSession();
        data.run = live.run();
        data.savedAt = clock.nowMs();
        QCOMPARE(reloadError(data), QString());
    }
    // Left running for three days: the item stops counting at 24 hours.
    {
        LiveMeeting live(&clock);
        live.load(committeeMeeting());
        QVERIFY(live.start());
        clock.advance(3LL * 24 * 60 * Min);
        live.evaluate();
        QCOMPARE(live.elapsedMs(Welcome), 24 * 60 * Min);
        QVERIFY(live.pause());
        SessionData data = newSession();
        data.run = live.run();
        data.savedAt = clock.nowMs();
        QCOMPARE(data.run.items.value(Welcome).elapsedMs, 24 * 60 * Min);
        QCOMPARE(reloadError(data), QString());
    }
    // Resumed after a crash the next day, paused, then run on ten days later.
    {
        SessionData data = midRunSession();
        const SessionStore::Recovery recovery = SessionStore::recover(data, {}, data.savedAt + 20 * 60 * Min);
        QVERIFY(recovery.pausedAfterGap);
        clock.setNowMs(data.savedAt + 10LL * 24 * 60 * Min);
        LiveMeeting live(&clock);
        live.load(data.meeting, data.run, data.notes, data.attendees, data.minutes);
        QVERIFY(live.resume());
        clock.advance(5 * Min);
        QVERIFY(live.next());
        data.run = live.run();
        data.savedAt = clock.nowMs();
        QCOMPARE(reloadError(data), QString());
    }
    // As many +1 minutes as the chair presses: no overtime figure goes past a day.
    {
        clock.setNowMs(ScheduledStartMs);
        LiveMeeting live(&clock);
        live.load(committeeMeeting());
        QVERIFY(live.start());
        for (int press = 0; press < 1500; ++press) {
            live.adjustMinutes(1);
        }
        QCOMPARE(live.run().items.value(Welcome).extraSeconds, 24 * 60 * 60);
        SessionData data = newSession();
        data.run = live.run();
        data.savedAt = clock.nowMs();
        QCOMPARE(reloadError(data), QString());
    }
}

void TestSessionFile::aMeetingAsChairsRunItReadsBack()
{
    // Everything a chair can do that leaves odd values behind, through the real store: then the
    // file it wrote must open again.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.json"));
    FakeClock clock(ScheduledStartMs - 8LL * 24 * 60 * Min);
    const auto reload = [&path] {
        SessionData loaded;
        QString error;
        sessionfile::load(path, &loaded, &error);
        return error;
    };

    // An agenda with a bare bullet that only holds parts.
    const ImportResult imported = AgendaImporter::importMarkdown(
        QStringLiteral("# Committee\n\n## Agenda\n\n- Welcome (5 min)\n-\n  - part one (10 min)\n  - part two "
                       "(10 min)\n- Close (5 min)\n"),
        QStringLiteral("bare.md"));
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(imported.meeting.items[1].title, QStringLiteral("(untitled)"));
    LiveMeeting live(&clock);
    SessionStore store(&live);
    SessionData fresh;
    fresh.meeting = imported.meeting;
    store.open(path, fresh);
    const int partOne = live.meeting().items[1].children[0].id;
    const int partTwo = live.meeting().items[1].children[1].id;

    // A week before the meeting the chair checks someone in and notes the plan.
    const QString ada = live.addWalkIn(QStringLiteral("Ada Early"), QStringLiteral("ada"));
    QVERIFY(!ada.isEmpty());
    live.setNotes(0, QStringLiteral("Plan made a week early"));
    QVERIFY(store.saveNow());
    QCOMPARE(reload(), QString());

    // Eight days later the meeting runs: parts timed at 20 h each by Set Time So Far, then their
    // durations removed so their times merge into the untitled parent.
    clock.advance(8LL * 24 * 60 * Min);
    QVERIFY(live.start());
    QVERIFY(live.next());
    QVERIFY(live.setElapsed(partOne, 20 * 60 * Min));
    QVERIFY(live.next());
    QVERIFY(live.setElapsed(partTwo, 20 * 60 * Min));
    QVERIFY(live.setPlannedMinutes(partOne, std::nullopt));
    QVERIFY(live.setPlannedMinutes(partTwo, std::nullopt));
    live.setNotes(partOne, QStringLiteral("Notes on a part that will be deleted"));
    QVERIFY(live.addDecision(partOne, QStringLiteral("Decided under a deleted part")) > 0);
    QVERIFY(live.deleteItem(partOne));
    // Last meeting's attendance list, with its check-in times from two weeks ago, imported.
    Attendee old;
    old.name = QStringLiteral("Tao Luo");
    old.github = QStringLiteral("luotao1");
    old.status = Attendee::Status::Present;
    old.checkedInAt = clock.nowMs() - 14LL * 24 * 60 * Min;
    QVERIFY(live.importAttendance({old}) > 0);
    QVERIFY(store.saveNow());
    QCOMPARE(reload(), QString());

    // The computer's clock is set back two days, and the meeting goes on and ends.
    clock.setNowMs(clock.nowMs() - 2LL * 24 * 60 * Min);
    for (int i = 0; i < 1500; ++i) {
        live.adjustMinutes(1);
    }
    QVERIFY(live.endMeeting());
    QVERIFY(store.saveNow());
    QCOMPARE(reload(), QString());
    SessionData loaded;
    QString error;
    QVERIFY(sessionfile::load(path, &loaded, &error));
    QCOMPARE(loaded.notes.value(partOne), QStringLiteral("Notes on a part that will be deleted"));
    QCOMPARE(loaded.attendees.last().checkedInAt, 0); // two weeks old: not this meeting's
}

void TestSessionFile::damagedFileIsKeptAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.json"));
    const QByteArray damaged
        = "{\"schema\": \"gavel-session\", \"version\": 2, \"sourceAgenda\": \"/agendas/a.md\", \"run\": ";
    QVERIFY(writeBytes(path, damaged));
    QVERIFY(writeBytes(sessionfile::heartbeatPath(path), sessionfile::heartbeatBytes({ScheduledStartMs, 0})));
    // The agenda it came from can still be found in a file that does not parse.
    QCOMPARE(sessionfile::sourceAgendaOf(path), QString());
    QVERIFY(writeBytes(path, damaged + "[] }"));
    QCOMPARE(sessionfile::sourceAgendaOf(path), QStringLiteral("/agendas/a.md"));

    QString error;
    const QString kept = sessionfile::keepDamaged(path, QDateTime(QDate(2024, 3, 14), QTime(10, 5, 30)), &error);
    QCOMPARE(kept, dir.filePath(QStringLiteral("session.damaged-20240314-100530.json")));
    QCOMPARE(fileBytes(kept), damaged + "[] }");
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(sessionfile::heartbeatPath(path)));

    // A second damaged file in the same second keeps the first.
    QVERIFY(writeBytes(path, "again"));
    const QString second = sessionfile::keepDamaged(path, QDateTime(QDate(2024, 3, 14), QTime(10, 5, 30)), &error);
    QCOMPARE(second, dir.filePath(QStringLiteral("session.damaged-20240314-100530-2.json")));
    QCOMPARE(fileBytes(kept), damaged + "[] }");
}

void TestSessionFile::heartbeatIsReadWithCare()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.json"));
    QCOMPARE(sessionfile::readHeartbeat(path).aliveAt, 0);
    QVERIFY(writeBytes(sessionfile::heartbeatPath(path), sessionfile::heartbeatBytes({ScheduledStartMs, 0})));
    QCOMPARE(sessionfile::heartbeatPath(path), dir.filePath(QStringLiteral("session.alive")));
    QCOMPARE(sessionfile::readHeartbeat(path).aliveAt, ScheduledStartMs);
    QVERIFY(fileBytes(sessionfile::heartbeatPath(path)).size() < 200);
    // A forged or damaged heartbeat is no sign of life.
    QVERIFY(writeBytes(sessionfile::heartbeatPath(path), R"({"schema": "gavel-heartbeat", "aliveAt": 1e300})"));
    QCOMPARE(sessionfile::readHeartbeat(path).aliveAt, 0);
    QVERIFY(writeBytes(sessionfile::heartbeatPath(path), "garbage"));
    QCOMPARE(sessionfile::readHeartbeat(path).aliveAt, 0);
}

QTEST_GUILESS_MAIN(TestSessionFile)
#include "tst_sessionfile.moc"
