// The importer's reading rules, one at a time: durations, meeting times, people.

#include "agenda/agendaimporter.h"
#include "agenda/durations.h"
#include "agenda/meetingtimeparser.h"
#include "agenda/people.h"

#include <QTest>

using namespace gavel;

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void durationTotal_data();
    void durationTotal();
    void titleWithoutDurations_data();
    void titleWithoutDurations();
    void meetingTime_data();
    void meetingTime();
    void githubHandle_data();
    void githubHandle();
    void singlePerson_data();
    void singlePerson();
    void mentionsOutsideLinks();
    void childrenCarryTheDuration();
    void absurdDurationsPlanNothing();
    void numberedHeadingsAreItems();
    void metadataPassword_data();
    void metadataPassword();
    void noAgendaHeadingUsesTheLastList();
};

void TestRules::durationTotal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minutes"); // -1: no duration

    QTest::newRow("minutes") << "宣布成立（5 minutes）" << 5;
    QTest::newRow("min no space") << "每人3-5min" << 5;
    QTest::newRow("range is upper bound") << "分享（5-10min）" << 10;
    QTest::newRow("spaced range") << "讨论 (5 - 10 mins)" << 10;
    QTest::newRow("full-width tilde") << "介绍 （10 ～ 20min）" << 20;
    QTest::newRow("at most") << "(<=5min)" << 5;
    QTest::newRow("at most sign") << "（≤ 8 分钟）" << 8;
    QTest::newRow("about") << "(about 10 mins)" << 10;
    QTest::newRow("yue") << "约 15 分钟" << 15;
    QTest::newRow("fen zhong") << "小组讨论 5分钟" << 5;
    QTest::newRow("hour") << "(1 h)" << 60;
    QTest::newRow("hours") << "2 hours" << 120;
    QTest::newRow("xiaoshi") << "1.5 小时" << 90;
    QTest::newRow("hour and minutes") << "1h30min" << 90;
    QTest::newRow("two durations add") << "自由发言 (5min) 与 问答 (10min)" << 15;
    QTest::newRow("capitalised") << "Talk (20 Minutes)" << 20;
    QTest::newRow("clock range") << "19:00-19:05 之前开始" << -1;
    QTest::newRow("count range") << "从 3-5 人的小组开始" << -1;
    QTest::newRow("count tilde") << "框架贡献者贡献的2~3个议题" << -1;
    QTest::newRow("date") << "活动预告：2022-9-21, 14:00-15:30" << -1;
    QTest::newRow("year") << "2025年展望" << -1;
    QTest::newRow("seconds are not minutes") << "自我介绍（30 seconds）" << -1;
    QTest::newRow("word starting with h") << "5 hosts joined" << -1;
    QTest::newRow("months") << "3 months" << -1;
    QTest::newRow("version") << "v2.3 h" << -1;
    // Over 24 hours is no duration: the numbers that overflowed an int before.
    QTest::newRow("2147483647 hours") << "Item two 2147483647 hours" << -1;
    QTest::newRow("twenty digits of minutes") << "Item three 99999999999999999999 min" << -1;
    QTest::newRow("25 hours") << "Hackathon (25 h)" << -1;
    QTest::newRow("exactly a day") << "Hackathon (24 h)" << 1440;
    QTest::newRow("a day and a minute") << "Hackathon (1441 min)" << -1;
    QTest::newRow("absurd beside a real one") << "Talk (10 min), then 99999999999 min of questions" << 10;
    // Sums saturate at a day rather than overflow.
    QTest::newRow("sum over a day") << "Day one (20 h) and day two (20 h)" << 1440;
}

void TestRules::durationTotal()
{
    QFETCH(QString, text);
    QFETCH(int, minutes);
    QCOMPARE(durations::total(text).value_or(-1), minutes);
}

void TestRules::titleWithoutDurations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");

    QTest::newRow("full-width group") << "宣布成立（5 minutes）"
                                      << "宣布成立";
    QTest::newRow("mixed brackets") << "部分议题预告（3 minutes)"
                                    << "部分议题预告";
    QTest::newRow("group without duration stays") << "宣布两件事（19:00-19:05 之前开始）（5 minutes)"
                                                  << "宣布两件事（19:00-19:05 之前开始）";
    QTest::newRow("duration outside brackets stays") << "候选人陈述，每人3-5min"
                                                     << "候选人陈述，每人3-5min";
    QTest::newRow("two groups") << "自由发言 (5min) 与 问答 (10min)"
                                << "自由发言 与 问答";
    QTest::newRow("group with speaker") << "技术方向介绍（luotao1，6 minutes），详见 Roadmap"
                                        << "技术方向介绍，详见 Roadmap";
    QTest::newRow("seconds group stays") << "自我介绍（30 seconds）"
                                         << "自我介绍（30 seconds）";
    QTest::newRow("whitespace collapsed") << "  代码转换工具介绍 \t（10 ～ 20min）  "
                                          << "代码转换工具介绍";
    QTest::newRow("no duration, no group removed") << "Marathon (99999 hours)"
                                                   << "Marathon (99999 hours)";
    QTest::newRow("no space before punctuation") << "moving models (15-20 minutes)."
                                                 << "moving models.";
}

void TestRules::titleWithoutDurations()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QCOMPARE(durations::withoutDurationGroups(text), title);
}

void TestRules::meetingTime_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("start");
    QTest::addColumn<QTime>("end");
    QTest::addColumn<QString>("offset"); // empty: none stated

    QTest::newRow("full-width colon") << "2022-4-14 19：00" << QDate(2022, 4, 14) << QTime(19, 0) << QTime() << "";
    QTest::newRow("slashes, range, GMT") << "2025/1/23 19:00-21:00 (GMT+08:00) 中国标准时间 - 北京"
                                         << QDate(2025, 1, 23) << QTime(19, 0) << QTime(21, 0) << "+08:00";
    QTest::newRow("english") << "September 5, 2024, 19:00-20:00 (GMT+08:00)" << QDate(2024, 9, 5) << QTime(19, 0)
                             << QTime(20, 0) << "+08:00";
    QTest::newRow("day month year") << "5 Sep 2024 7:30 pm UTC" << QDate(2024, 9, 5) << QTime(19, 30) << QTime()
                                    << "+00:00";
    QTest::newRow("chinese date") << "2023年6月1日 晚上 7:00 北京时间" << QDate(2023, 6, 1) << QTime(19, 0) << QTime()
                                  << "+08:00";
    QTest::newRow("spaced range with full-width colons")
        << "2022-4-14 19：00 - 20：10" << QDate(2022, 4, 14) << QTime(19, 0) << QTime(20, 10) << "";
    QTest::newRow("negative offset") << "2024-01-02 09:00 UTC-5" << QDate(2024, 1, 2) << QTime(9, 0) << QTime()
                                     << "-05:00";
    QTest::newRow("offset is not the clock")
        << "2024-01-02 (GMT+08:00)" << QDate(2024, 1, 2) << QTime() << QTime() << "+08:00";
    QTest::newRow("impossible date") << "2022-13-45 19:00" << QDate() << QTime(19, 0) << QTime() << "";
}

void TestRules::meetingTime()
{
    QFETCH(QString, value);
    QFETCH(QDate, date);
    QFETCH(QTime, start);
    QFETCH(QTime, end);
    QFETCH(QString, offset);
    const MeetingTime t = parseMeetingTime(value);
    QCOMPARE(t.date, date);
    QCOMPARE(t.start, start);
    QCOMPARE(t.end, end);
    QCOMPARE(t.utcOffsetSeconds ? formatUtcOffset(*t.utcOffsetSeconds) : QString(), offset);
}

void TestRules::githubHandle_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("handle");

    QTest::newRow("user") << "https://github.com/jzhang533"
                          << "jzhang533"
                          << "jzhang533";
    QTest::newRow("trailing slash") << "https://github.com/Ligoml/"
                                    << "梦柳"
                                    << "Ligoml";
    QTest::newRow("www and http") << "http://www.github.com/S-HuaBomb"
                                  << "x"
                                  << "S-HuaBomb";
    QTest::newRow("bare site takes the text") << "https://github.com/"
                                              << "gamma-demo"
                                              << "gamma-demo";
    QTest::newRow("bare site, text not a handle") << "https://github.com/"
                                                  << "张三"
                                                  << "";
    QTest::newRow("repository") << "https://github.com/PaddlePaddle/Paddle"
                                << "Paddle"
                                << "";
    QTest::newRow("issue") << "https://github.com/PaddlePaddle/Paddle/issues/42286"
                           << "#42286"
                           << "";
    QTest::newRow("site page") << "https://github.com/issues"
                               << "issues"
                               << "";
    QTest::newRow("other site") << "https://gitee.com/someone"
                                << "someone"
                                << "";
    QTest::newRow("not a handle") << "https://github.com/under_score"
                                  << "x"
                                  << "";
    QTest::newRow("not a url") << "github.com/foo"
                               << "foo"
                               << "";
}

void TestRules::githubHandle()
{
    QFETCH(QString, href);
    QFETCH(QString, text);
    QFETCH(QString, handle);
    QCOMPARE(people::handleFromLink(href, text), handle);
}

void TestRules::singlePerson_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("linkStart"); // -1: no link
    QTest::addColumn<int>("linkEnd");
    QTest::addColumn<QString>("href");
    QTest::addColumn<QString>("person"); // "name|handle", empty for none

    QTest::newRow("name before link") << "张军（jzhang533，飞桨团队）" << 3 << 12 << "https://github.com/jzhang533"
                                      << "张军|jzhang533";
    QTest::newRow("link only") << "Tao Luo" << 0 << 7 << "https://github.com/luotao1"
                               << "Tao Luo|luotao1";
    QTest::newRow("link in brackets only") << "(tizhou86)" << 1 << 9 << "https://github.com/tizhou86"
                                           << "tizhou86|tizhou86";
    QTest::newRow("english name") << "Wang Xiaoming (wang-demo)" << 15 << 24 << "https://github.com/wang-demo"
                                  << "Wang Xiaoming|wang-demo";
    QTest::newRow("name only") << "李华" << -1 << -1 << ""
                               << "李华|";
    QTest::newRow("name with note") << "李华（飞桨团队）" << -1 << -1 << ""
                                    << "李华|";
    QTest::newRow("at handle") << "@sun-demo" << -1 << -1 << ""
                               << "sun-demo|sun-demo";
    QTest::newRow("vacant") << "空缺" << -1 << -1 << ""
                            << "";
    QTest::newRow("empty") << "  " << -1 << -1 << ""
                           << "";
    QTest::newRow("link to a repository is no person") << "Paddle" << 0 << 6 << "https://github.com/PaddlePaddle/Paddle"
                                                       << "Paddle|";
}

void TestRules::singlePerson()
{
    QFETCH(QString, text);
    QFETCH(int, linkStart);
    QFETCH(int, linkEnd);
    QFETCH(QString, href);
    QFETCH(QString, person);
    InlineSpan span {text, {}};
    if (linkStart >= 0) {
        span.links.append({linkStart, linkEnd, href});
    }
    const std::optional<Person> p = people::single(span);
    QCOMPARE(p ? p->name + QLatin1Char('|') + p->github : QString(), person);
}

void TestRules::mentionsOutsideLinks()
{
    // "@[Bunny](https://github.com/tubao3104)": the link's target is the person, not its text;
    // e-mail addresses and non-ASCII @names are not handles.
    const ImportResult r = AgendaImporter::importMarkdown(
        QStringLiteral("# M\n\n## 议程\n\n1. Agent应用观察 @[Bunny](https://github.com/tubao3104) （40 mins）\n"
                       "2. 回顾 @孙师傅 mail a@b.org @lin-demo @Lin-Demo（5 min）\n"),
        QStringLiteral("inline.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.meeting.items.size(), 2);
    QCOMPARE(r.meeting.items[0].speakers, QStringList {QStringLiteral("tubao3104")});
    QCOMPARE(r.meeting.items[0].title, QStringLiteral("Agent应用观察 @Bunny"));
    QCOMPARE(r.meeting.items[1].speakers, QStringList {QStringLiteral("lin-demo")});
}

void TestRules::childrenCarryTheDuration()
{
    const ImportResult r = AgendaImporter::importMarkdown(
        QStringLiteral("# M\n\n## Agenda\n\n- Talks\n  - one (10 min)\n  - two\n  - three (1 h)\n- Own wins (5 min)\n"
                       "  - child (30 min)\n- Nothing known\n  - child\n"),
        QStringLiteral("children.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.meeting.items.size(), 3);
    QCOMPARE(r.meeting.items[0].minutes, std::optional<int>(70));
    QCOMPARE(r.meeting.items[0].children.size(), 3);
    QCOMPARE(r.meeting.items[0].children[1].minutes, std::optional<int>());
    QCOMPARE(r.meeting.items[1].minutes, std::optional<int>(5));
    QCOMPARE(r.meeting.items[2].minutes, std::optional<int>());
    QCOMPARE(r.meeting.plannedMinutes(), 75);
}

void TestRules::absurdDurationsPlanNothing()
{
    const ImportResult r = AgendaImporter::importMarkdown(
        QStringLiteral("# M\n\n## Agenda\n\n- Item one (5 min)\n- Item two 2147483647 hours\n"
                       "- Item three 99999999999999999999 min\n- Long day\n  - morning (20 h)\n  - evening (20 h)\n"),
        QStringLiteral("absurd.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.meeting.items.size(), 4);
    QCOMPARE(r.meeting.items[1].minutes, std::optional<int>());
    QCOMPARE(r.meeting.items[1].title, QStringLiteral("Item two 2147483647 hours"));
    QCOMPARE(r.meeting.items[2].minutes, std::optional<int>());
    // The parent's own figure is held at a day; its parts keep theirs.
    QCOMPARE(r.meeting.items[3].minutes, std::optional<int>(1440));
    QCOMPARE(r.meeting.items[3].children[0].minutes, std::optional<int>(1200));
    QCOMPARE(r.meeting.plannedMinutes(), 5 + 1440);
}

void TestRules::numberedHeadingsAreItems()
{
    const ImportResult r = AgendaImporter::importMarkdown(
        QStringLiteral("# Meeting\n\n## Agenda\n\n### 1. Welcome (5 min)\n\nSome words.\n\n### 2) Roadmap\n\n"
                       "- part a (10 min)\n- part b (5 min)\n\n### 三、Close\n\n## Notes\n\n- not an item\n"),
        QStringLiteral("headings.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.meeting.items.size(), 3);
    QCOMPARE(r.meeting.items[0].title, QStringLiteral("Welcome"));
    QCOMPARE(r.meeting.items[0].minutes, std::optional<int>(5));
    QCOMPARE(r.meeting.items[0].text, QStringLiteral("Some words."));
    QCOMPARE(r.meeting.items[1].title, QStringLiteral("Roadmap"));
    QCOMPARE(r.meeting.items[1].children.size(), 2);
    QCOMPARE(r.meeting.items[1].minutes, std::optional<int>(15));
    QCOMPARE(r.meeting.items[2].title, QStringLiteral("Close"));
}

void TestRules::metadataPassword_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("password");
    QTest::newRow("stated") << "会议密码：2468"
                            << "2468";
    QTest::newRow("stated with note") << "会议密码：2468（群内通知）"
                                      << "2468";
    QTest::newRow("none") << "会议密码：无"
                          << "";
    QTest::newRow("empty") << "会议密码："
                           << "";
    QTest::newRow("masked") << "会议密码：\\*\\*\\*\\*（群内通知）"
                            << "";
    QTest::newRow("masked raw") << "会议密码：**** (群内通知)"
                                << "";
    QTest::newRow("english") << "Password: abc-123"
                             << "abc-123";
}

void TestRules::metadataPassword()
{
    QFETCH(QString, line);
    QFETCH(QString, password);
    const ImportResult r = AgendaImporter::importMarkdown(
        QStringLiteral("# M\n\n- ") + line + QStringLiteral("\n\n## 议程\n\n- item\n"), QStringLiteral("pw.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.meeting.join.password, password);
}

void TestRules::noAgendaHeadingUsesTheLastList()
{
    const ImportResult r = AgendaImporter::importMarkdown(
        QStringLiteral(
            "# Weekly sync\n\n- Time: 2024-03-01 10:00 UTC\n- Chair: @alice\n\nTopics:\n\n- Status (10 min)\n"
            "- Planning (20 min)\n"),
        QStringLiteral("plain.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.meeting.items.size(), 2);
    QCOMPARE(r.meeting.plannedMinutes(), 30);
    QVERIFY(r.meeting.chair);
    QCOMPARE(r.meeting.chair->github, QStringLiteral("alice"));
    QCOMPARE(r.meeting.time.start, QTime(10, 0));
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
