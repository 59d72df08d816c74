// The roster and attendance rules: who is expected (from real agendas, counted by hand),
// merging, late marking with the grace period, and reading names pasted from a chat.

#include "agenda/agendaimporter.h"
#include "fakeclock.h"
#include "meeting/livemeeting.h"
#include "meeting/roster.h"
#include "meeting/rostermodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace gavel;
using namespace gavel::test;

class TestAttendance : public QObject
{
    Q_OBJECT

private slots:
    void rosterFromRealAgendas_data();
    void rosterFromRealAgendas();
    void mergesByHandleThenName();
    void lateAfterTheGracePeriod_data();
    void lateAfterTheGracePeriod();
    void chairOverridesAndUndo();
    void pasteParsing_data();
    void pasteParsing();
    void bulkCheckInMatchesAndAdds();
    void pastedNameAndHandleIsOneWalkIn();
    void personAsTyped_data();
    void personAsTyped();
    void walkInAsTyped_data();
    void walkInAsTyped();
    void rosterModelUpdatesRowsInPlace();
    void rosterFilterIsOneLayoutChangePerKeystroke();
    void rosterColumnsSayTheirWidestTexts();
};

namespace {

constexpr qint64 Min = 60 * 1000;
const qint64 Start = QDateTime(QDate(2026, 11, 26), QTime(19, 0)).toMSecsSinceEpoch();

int countSource(const QList<Attendee> &roster, Attendee::Source source)
{
    return int(
        std::count_if(roster.cbegin(), roster.cend(), [source](const Attendee &a) { return a.source == source; }));
}

Meeting smallMeeting()
{
    Meeting m;
    m.title = QStringLiteral("Example Club");
    m.chair = Person {QStringLiteral("张军"), QStringLiteral("jzhang533")};
    m.roster
        = {Person {QStringLiteral("Tao Luo"), QStringLiteral("luotao1")},
           Person {QStringLiteral("Ligoml"), QStringLiteral("Ligoml")}, Person {QStringLiteral("李华"), QString()}};
    AgendaItem item;
    item.title = QStringLiteral("Talk");
    item.minutes = 10;
    m.items = {item};
    return m;
}

} // namespace

void TestAttendance::rosterFromRealAgendas_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("invited");
    QTest::addColumn<int>("newcomers");
    QTest::addColumn<int>("speakers");

    // - 本次会议主席：张军（[jzhang533]…） / 副主席：高翔（[jeff41404]…） / 21 invitees in a bullet list;
    //   the four speakers of "框架贡献者贡献的2~3个议题" are invitees already: 2 + 21 = 23.
    QTest::newRow("2022-04-14") << "pfcc-2022/2022-04-14-meeting-agenda.md" << 23 << 21 << 0 << 0;
    // - 本次会议主席：张雅琨（[VigiZhang]…） (also in the table) / 副主席： (empty) / a table of 71 links;
    //   every speaker ("新人介绍 [longranger2]…[Lyutoon]", VigiZhang, jiahy0825, huangjiyi, Ligoml) is in it.
    QTest::newRow("2022-12-08") << "pfcc-2022/2022-12-08-meeting-agenda.md" << 71 << 70 << 0 << 0;
    // - 本次会议主席：[fangfangssj]… / 副主席：空缺 / no invitee list;
    //   1. 新人介绍：@[tjujingzong]…@[Lmywl] (13 newcomers) 2. … @[YangWenhao3906] 3. … @[fangfangssj] (the chair)
    QTest::newRow("2025-10-16") << "pfcc-2025/2025-10-16-meeting-agenda.md" << 15 << 0 << 13 << 1;
    // - 本次会议主席：[jzhang533]… / 1. 新人介绍：[sunnyLcs] … [hanyang2508] (11) / @孙师傅, @小莹莹, @卓鑫 are
    //   not GitHub handles / 8. 2025年展望（5 min）@jzhang533 is the chair: 1 + 11 = 12.
    QTest::newRow("2025-01-23") << "pfcc-2025/2025-01-23-meeting-agenda.md" << 12 << 0 << 11 << 0;
}

void TestAttendance::rosterFromRealAgendas()
{
    QFETCH(QString, file);
    QFETCH(int, total);
    QFETCH(int, invited);
    QFETCH(int, newcomers);
    QFETCH(int, speakers);
    const ImportResult r = AgendaImporter::importFile(corpusFile(file));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QList<Attendee> roster = attendance::buildRoster(r.meeting, {});
    QCOMPARE(roster.size(), total);
    QCOMPARE(countSource(roster, Attendee::Source::Invited), invited);
    QCOMPARE(countSource(roster, Attendee::Source::Newcomer), newcomers);
    QCOMPARE(countSource(roster, Attendee::Source::Speaker), speakers);
    QCOMPARE(roster.first().source, Attendee::Source::Chair);
    for (const Attendee &a : roster) {
        QCOMPARE(a.status, Attendee::Status::Expected);
    }
}

void TestAttendance::mergesByHandleThenName()
{
    Meeting m = smallMeeting();
    // The chair again as an invitee with the handle in another case; a speaker whose handle
    // is an invitee's; a regular known by name only who turns out to be 李华.
    m.roster.append(Person {QStringLiteral("JZhang533"), QStringLiteral("JZhang533")});
    m.items[0].speakers = {QStringLiteral("LUOTAO1"), QStringLiteral("new-speaker")};
    const QList<Person> regulars = {Person {QStringLiteral("李华"), QStringLiteral("lihua-demo")},
                                    Person {QStringLiteral("Regular One"), QStringLiteral("regular-one")}};
    const QList<Attendee> roster = attendance::buildRoster(m, regulars);
    QStringList seen;
    for (const Attendee &a : roster) {
        seen.append(QStringLiteral("%1|%2|%3").arg(a.name, a.github, attendance::sourceId(a.source)));
    }
    QCOMPARE(seen,
             (QStringList {QStringLiteral("张军|jzhang533|chair"), QStringLiteral("Tao Luo|luotao1|invited"),
                           QStringLiteral("Ligoml|Ligoml|invited"), QStringLiteral("李华|lihua-demo|invited"),
                           QStringLiteral("new-speaker|new-speaker|speaker"),
                           QStringLiteral("Regular One|regular-one|regular")}));
}

void TestAttendance::lateAfterTheGracePeriod_data()
{
    QTest::addColumn<int>("grace");
    QTest::addColumn<qint64>("after"); // ms after the start
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("minutesLate");
    QTest::newRow("on time") << 5 << 2 * Min << int(Attendee::Status::Present) << 0;
    QTest::newRow("at the grace limit") << 5 << 5 * Min << int(Attendee::Status::Present) << 0;
    QTest::newRow("just past it") << 5 << 5 * Min + 1000 << int(Attendee::Status::Late) << 5;
    QTest::newRow("twelve minutes") << 5 << 12 * Min + 30000 << int(Attendee::Status::Late) << 12;
    QTest::newRow("no grace") << 0 << qint64(1000) << int(Attendee::Status::Late) << 0;
    QTest::newRow("long grace") << 15 << 12 * Min << int(Attendee::Status::Present) << 0;
}

void TestAttendance::lateAfterTheGracePeriod()
{
    QFETCH(int, grace);
    QFETCH(qint64, after);
    QFETCH(int, status);
    QFETCH(int, minutesLate);
    FakeClock clock(Start - 3 * Min);
    LiveMeeting live(&clock);
    live.load(smallMeeting());
    live.setLateGraceMinutes(grace);
    // Before the start nobody is late.
    QVERIFY(live.checkIn(QStringLiteral("gh:ligoml")));
    QCOMPARE(live.attendees()[live.attendeeIndex(QStringLiteral("gh:ligoml"))].status, Attendee::Status::Present);
    clock.setNowMs(Start);
    QVERIFY(live.start());
    clock.setNowMs(Start + after);
    QVERIFY(live.checkIn(QStringLiteral("gh:luotao1")));
    const Attendee &tao = live.attendees()[live.attendeeIndex(QStringLiteral("gh:luotao1"))];
    QCOMPARE(int(tao.status), status);
    QCOMPARE(tao.checkedInAt, Start + after);
    QCOMPARE(live.minutesLate(tao), minutesLate);
    QCOMPARE(live.checkInOffsetMs(tao).value_or(-1), after);
}

void TestAttendance::chairOverridesAndUndo()
{
    FakeClock clock(Start);
    LiveMeeting live(&clock);
    live.load(smallMeeting());
    QVERIFY(live.start());
    clock.advance(20 * Min);
    const QString key = QStringLiteral("gh:luotao1");
    QVERIFY(live.checkIn(key));
    QCOMPARE(live.attendees()[1].status, Attendee::Status::Late);
    // The chair knows better: they were in the call, just not ticked.
    QVERIFY(live.setAttendanceStatus(key, Attendee::Status::Present));
    QCOMPARE(live.attendees()[1].status, Attendee::Status::Present);
    QCOMPARE(live.undoStack()->undoText(), QStringLiteral("Mark Tao Luo as present"));
    clock.advance(30 * Min);
    QVERIFY(live.setAttendanceStatus(key, Attendee::Status::LeftEarly));
    QCOMPARE(live.attendees()[1].leftAt, clock.nowMs());
    QVERIFY(live.setAttendanceStatus(QStringLiteral("name:李华"), Attendee::Status::Excused));
    QVERIFY(!live.setAttendanceStatus(QStringLiteral("name:李华"), Attendee::Status::Excused)); // nothing changes

    live.undoStack()->undo();
    live.undoStack()->undo();
    live.undoStack()->undo();
    QCOMPARE(live.attendees()[1].status, Attendee::Status::Late);
    QCOMPARE(live.attendees()[3].status, Attendee::Status::Expected);
    live.undoStack()->undo();
    QCOMPARE(live.attendees()[1].status, Attendee::Status::Expected);
    QCOMPARE(live.attendees()[1].checkedInAt, qint64(0));
}

void TestAttendance::pasteParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("people"); // "name|handle"

    QTest::newRow("one per line") << "luotao1\nLigoml\n张三"
                                  << QStringList {"luotao1|luotao1", "Ligoml|Ligoml", "张三|"};
    QTest::newRow("mixed separators") << "@luotao1, @Ligoml、张三 李四；jzhang533"
                                      << QStringList {"luotao1|luotao1", "Ligoml|Ligoml", "张三|", "李四|",
                                                      "jzhang533|jzhang533"};
    QTest::newRow("github links") << "https://github.com/luotao1 https://github.com/SigureMo/ "
                                  << QStringList {"luotao1|luotao1", "SigureMo|SigureMo"};
    QTest::newRow("a roster name with a space stays whole")
        << "Tao Luo, Ligoml" << QStringList {"Tao Luo|", "Ligoml|Ligoml"};
    QTest::newRow("unknown name with a space splits") << "Jane Roe" << QStringList {"Jane|Jane", "Roe|Roe"};
    QTest::newRow("chinese mentions") << "@张军 @高翔" << QStringList {"张军|", "高翔|"};
    QTest::newRow("full-width at and comma") << "＠luotao1，Ligoml" << QStringList {"luotao1|luotao1", "Ligoml|Ligoml"};
    QTest::newRow("duplicates once") << "luotao1 @luotao1 LUOTAO1" << QStringList {"luotao1|luotao1"};
    QTest::newRow("repository links are no people") << "https://github.com/PaddlePaddle/Paddle" << QStringList {};
    QTest::newRow("empty") << "  \n , 、 " << QStringList {};
    // A name and one @handle together are one person, either way round (issue 14: two walk-ins).
    QTest::newRow("handle then name") << "@newbie-dev 张三" << QStringList {"张三|newbie-dev"};
    QTest::newRow("name then handle") << "张三 @newbie-dev" << QStringList {"张三|newbie-dev"};
    QTest::newRow("handle in brackets") << "张三 (@zhangsan)，李四（＠lisi）"
                                        << QStringList {"张三|zhangsan", "李四|lisi"};
    QTest::newRow("one per line with handles")
        << "@newbie-dev 张三\n王五 @wangwu" << QStringList {"张三|newbie-dev", "王五|wangwu"};
    QTest::newRow("a roster name with its handle") << "Tao Luo @luotao1" << QStringList {"Tao Luo|luotao1"};
    // Words that could be handles, or several names, stay people separated by spaces.
    QTest::newRow("two handles stay two") << "luotao1 @Ligoml" << QStringList {"luotao1|luotao1", "Ligoml|Ligoml"};
    QTest::newRow("two names and a handle stay three")
        << "张三 李四 @newbie-dev" << QStringList {"张三|", "李四|", "newbie-dev|newbie-dev"};
    QTest::newRow("two handles and a name stay three")
        << "@a-dev 张三 @b-dev" << QStringList {"a-dev|a-dev", "张三|", "b-dev|b-dev"};
}

void TestAttendance::pasteParsing()
{
    QFETCH(QString, text);
    QFETCH(QStringList, people);
    QList<Attendee> roster;
    Attendee tao;
    tao.name = QStringLiteral("Tao Luo");
    tao.github = QStringLiteral("luotao1");
    roster.append(tao);
    QStringList got;
    for (const Person &p : attendance::parsePasted(text, roster)) {
        got.append(p.name + QLatin1Char('|') + p.github);
    }
    QCOMPARE(got, people);
}

void TestAttendance::bulkCheckInMatchesAndAdds()
{
    FakeClock clock(Start);
    LiveMeeting live(&clock);
    live.load(smallMeeting());
    QSignalSpy changed(&live, &LiveMeeting::attendanceChanged);
    const LiveMeeting::CheckInResult result = live.checkInMany(
        attendance::parsePasted(QStringLiteral("Tao Luo, @ligoml, 李华 newbie-dev 王五"), live.attendees()));
    QCOMPARE(result.matched,
             (QStringList {QStringLiteral("Tao Luo"), QStringLiteral("Ligoml"), QStringLiteral("李华")}));
    QCOMPARE(result.added, (QStringList {QStringLiteral("newbie-dev"), QStringLiteral("王五")}));
    QCOMPARE(live.attendees().size(), 6);
    QCOMPARE(live.attendees()[4].source, Attendee::Source::WalkIn);
    QCOMPARE(live.attendees()[4].github, QStringLiteral("newbie-dev"));
    QCOMPARE(live.attendees()[5].github, QString());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(live.undoStack()->count(), 1); // one command for the whole list

    const LiveMeeting::CheckInResult again
        = live.checkInMany({Person {QStringLiteral("Ligoml"), QStringLiteral("Ligoml")}});
    QCOMPARE(again.alreadyHere, QStringList {QStringLiteral("Ligoml")});
    QCOMPARE(live.undoStack()->count(), 1); // nothing changed, nothing to undo

    live.undoStack()->undo();
    QCOMPARE(live.attendees().size(), 4);
    for (const Attendee &a : live.attendees()) {
        QCOMPARE(a.status, Attendee::Status::Expected);
    }
}

void TestAttendance::pastedNameAndHandleIsOneWalkIn()
{
    FakeClock clock(Start);
    LiveMeeting live(&clock);
    live.load(smallMeeting());
    const LiveMeeting::CheckInResult result = live.checkInMany(
        attendance::parsePasted(QStringLiteral("@newbie-dev 张三\n李华 @lihua-dev"), live.attendees()));
    // 李华 is on the roster by name only: found, and now known by the handle too.
    QCOMPARE(result.added, QStringList {QStringLiteral("张三")});
    QCOMPARE(result.matched, QStringList {QStringLiteral("李华")});
    QCOMPARE(live.attendees().size(), 5);
    QCOMPARE(live.attendees()[4].name, QStringLiteral("张三"));
    QCOMPARE(live.attendees()[4].github, QStringLiteral("newbie-dev"));
    QCOMPARE(live.attendees()[4].source, Attendee::Source::WalkIn);
    QCOMPARE(live.attendees()[3].github, QStringLiteral("lihua-dev"));
}

void TestAttendance::personAsTyped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("person"); // "name|handle", empty for none
    QTest::newRow("handle on the roster") << "@luotao1"
                                          << "Tao Luo|luotao1";
    QTest::newRow("handle in another case") << "@LUOTAO1"
                                            << "Tao Luo|luotao1";
    QTest::newRow("name on the roster") << "tao luo"
                                        << "Tao Luo|luotao1";
    QTest::newRow("name and handle") << "陶罗 @luotao1"
                                     << "陶罗|luotao1";
    QTest::newRow("as the list shows it") << "Tao Luo (@luotao1)"
                                          << "Tao Luo|luotao1";
    QTest::newRow("full-width brackets") << "张三（@zhang-demo）"
                                         << "张三|zhang-demo";
    QTest::newRow("unknown handle") << "@new-demo"
                                    << "new-demo|new-demo";
    QTest::newRow("unknown name") << "李雷"
                                  << "李雷|";
    QTest::newRow("handle first") << "@newbie-dev 张三"
                                  << "张三|newbie-dev";
    QTest::newRow("a mention of a name") << "@张军"
                                         << "张军|";
    QTest::newRow("empty") << "   "
                           << "";
}

void TestAttendance::personAsTyped()
{
    QFETCH(QString, text);
    QFETCH(QString, person);
    Attendee tao;
    tao.name = QStringLiteral("Tao Luo");
    tao.github = QStringLiteral("luotao1");
    const std::optional<Person> p = attendance::personFromText(text, {tao});
    QCOMPARE(p ? p->name + QLatin1Char('|') + p->github : QString(), person);
}

void TestAttendance::walkInAsTyped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("person"); // "name|handle"
    QTest::newRow("a lone handle") << "newbie-dev"
                                   << "newbie-dev|newbie-dev";
    QTest::newRow("handle then name") << "@newbie-dev 张三"
                                      << "张三|newbie-dev";
    QTest::newRow("name then handle") << "王五 @wangwu"
                                      << "王五|wangwu";
    QTest::newRow("a name with a space") << "Jane Roe"
                                         << "Jane Roe|";
    QTest::newRow("a name with a space and a handle") << "Jane Roe @jroe"
                                                      << "Jane Roe|jroe";
    QTest::newRow("two words and a handle") << "张三 李四 @x-dev"
                                            << "张三 李四|x-dev";
}

void TestAttendance::walkInAsTyped()
{
    QFETCH(QString, text);
    QFETCH(QString, person);
    const std::optional<Person> p = attendance::walkInFromText(text, {});
    QCOMPARE(p ? p->name + QLatin1Char('|') + p->github : QString(), person);
}

void TestAttendance::rosterModelUpdatesRowsInPlace()
{
    // The roster of smallMeeting(): 张军 (chair), Tao Luo, Ligoml, 李华.
    FakeClock clock(Start - 2 * Min);
    LiveMeeting live(&clock);
    live.load(smallMeeting());
    RosterModel model(&live);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 4);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };

    // A check-in repaints that row only.
    QVERIFY(live.checkIn(live.attendees()[1].key()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed[0][0].toModelIndex().row(), 1);
    QCOMPARE(changed[0][1].toModelIndex().row(), 1);
    QCOMPARE(text(1, RosterModel::StatusColumn), QStringLiteral("✓ Present"));
    QCOMPARE(text(2, RosterModel::StatusColumn), QStringLiteral("· Expected"));

    // A walk-in is a row inserted at the end; undoing it removes that row. (Filtering keeps up.)
    RosterFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setText(QStringLiteral("王"));
    changed.clear();
    QVERIFY(!live.addWalkIn(QStringLiteral("王五"), QString()).isEmpty());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted[0][1].toInt(), 4);
    QCOMPARE(text(4, RosterModel::NameColumn), QStringLiteral("王五 ★"));
    QCOMPARE(filter.rowCount(), 1);
    live.undoStack()->undo();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(filter.rowCount(), 0);
    filter.setText(QString());

    // The start moves the status and check-in columns; later changes elsewhere do not repaint them.
    changed.clear();
    clock.advance(2 * Min);
    QVERIFY(live.start());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed[0][0].toModelIndex().column(), int(RosterModel::StatusColumn));
    QCOMPARE(changed[0][1].toModelIndex().column(), int(RosterModel::CheckInColumn));
    QCOMPARE(text(1, RosterModel::CheckInColumn), QStringLiteral("−2 min"));

    // Late, then the chair sets the time so far: the start moves back, and the late text with it.
    clock.advance(10 * Min);
    QVERIFY(live.checkIn(live.attendees()[2].key()));
    QCOMPARE(text(2, RosterModel::StatusColumn), QStringLiteral("✓ Late (10 min)"));
    changed.clear();
    QVERIFY(live.setElapsed(live.currentId(), 15 * Min));
    QCOMPARE(text(2, RosterModel::StatusColumn), QStringLiteral("✓ Late (15 min)"));
    const auto repainted = [&changed](int row, int column) {
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            const QModelIndex from = signal[0].toModelIndex();
            const QModelIndex to = signal[1].toModelIndex();
            if (from.row() <= row && row <= to.row() && from.column() <= column && column <= to.column()) {
                return true;
            }
        }
        return false;
    };
    QVERIFY(repainted(2, RosterModel::StatusColumn)); // the view shows the new text
    QCOMPARE(text(2, RosterModel::CheckInColumn), QStringLiteral("+15 min"));

    // A pasted name that fills in someone's handle changes their row, and only that row.
    changed.clear();
    const LiveMeeting::CheckInResult pasted
        = live.checkInMany({Person {QStringLiteral("李华"), QStringLiteral("lihua")}});
    QCOMPARE(pasted.matched, QStringList {QStringLiteral("李华")});
    QCOMPARE(text(3, RosterModel::GithubColumn), QStringLiteral("@lihua"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed[0][0].toModelIndex().row(), 3);

    // Someone known from earlier meetings loses the star, in place.
    changed.clear();
    live.setPastAttendees({attendance::keyFor(QStringLiteral("Tao Luo"), QStringLiteral("luotao1"))});
    QCOMPARE(text(1, RosterModel::NameColumn), QStringLiteral("Tao Luo"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
}

void TestAttendance::rosterFilterIsOneLayoutChangePerKeystroke()
{
    // 5,000 people: a keystroke that hides thousands of scattered rows is one layout change for
    // the view, not a removal for every run of rows.
    Meeting meeting = smallMeeting();
    for (int i = 0; i < 5000; ++i) {
        meeting.roster.append(Person {QStringLiteral("Person %1").arg(i), QStringLiteral("handle%1").arg(i)});
    }
    FakeClock clock(Start - 2 * Min);
    LiveMeeting live(&clock);
    live.load(meeting);
    RosterModel model(&live);
    RosterFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy layout(&filter, &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(&filter, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&filter, &QAbstractItemModel::rowsInserted);

    filter.setText(QStringLiteral("@handle12"));
    // handle12, handle120-129, handle1200-1299: 1 + 10 + 100.
    QCOMPARE(filter.rowCount(), 111);
    QCOMPARE(layout.count(), 1);
    filter.setText(QStringLiteral("handle123"));
    QCOMPARE(filter.rowCount(), 11);
    filter.setText(QStringLiteral("HANDLE1234"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, RosterModel::NameColumn).data().toString(), QStringLiteral("Person 1234"));
    filter.setText(QString());
    QCOMPARE(filter.rowCount(), model.rowCount());
    QCOMPARE(layout.count(), 4);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);
}

void TestAttendance::rosterColumnsSayTheirWidestTexts()
{
    // The roster of smallMeeting(): 张军 (chair), Tao Luo, Ligoml, 李华; the meeting at Start.
    FakeClock clock(Start - 2 * Min);
    LiveMeeting live(&clock);
    live.load(smallMeeting());
    RosterModel model(&live);
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    const auto widest = [&](int column) {
        return model.headerData(column, Qt::Horizontal, RosterModel::WidestTextsRole).toStringList();
    };
    const QStringList statuses {QStringLiteral("✓ Present"), QStringLiteral("✓ Late"),   QStringLiteral("↩ Left early"),
                                QStringLiteral("– Excused"), QStringLiteral("✗ Absent"), QStringLiteral("· Expected")};
    // Room for two figures of minutes late, and as early, before anyone is.
    const QString lateSample = QStringLiteral("✓ Late (88 min)");
    const QString earlySample = QStringLiteral("−88 min");
    QCOMPARE(widest(RosterModel::StatusColumn), statuses + QStringList {lateSample});
    QCOMPARE(widest(RosterModel::CheckInColumn), QStringList {earlySample});
    QCOMPARE(widest(RosterModel::SourceColumn).size(), 7);
    QVERIFY(widest(RosterModel::SourceColumn).contains(QStringLiteral("Walk-in")));
    QVERIFY(widest(RosterModel::NameColumn).isEmpty()); // the name column stretches

    // Tao Luo two minutes early, Ligoml 12 minutes late: the earliest and the latest check-in,
    // and the latest of the late, are what the columns must fit.
    QVERIFY(live.checkIn(live.attendees()[1].key()));
    clock.advance(2 * Min);
    QVERIFY(live.start());
    clock.advance(12 * Min);
    QVERIFY(live.checkIn(live.attendees()[2].key()));
    QCOMPARE(widest(RosterModel::StatusColumn),
             (statuses + QStringList {QStringLiteral("✓ Late (12 min)"), lateSample}));
    QCOMPARE(widest(RosterModel::CheckInColumn),
             (QStringList {QStringLiteral("−2 min"), QStringLiteral("+12 min"), earlySample}));
    QVERIFY(header.count() >= 2);
}

QTEST_GUILESS_MAIN(TestAttendance)
#include "tst_attendance.moc"
