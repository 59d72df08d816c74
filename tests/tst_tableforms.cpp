// Agenda tables: which columns are the topic, the duration and the presenter, and what each row
// becomes. Every expected value is written by hand from the small agenda in its row.

#include "agenda/agendaimporter.h"
#include "agendasummary.h"

#include <QTest>

using namespace gavel;
using gavel::test::summaries;
using gavel::test::summary;

namespace {

QString agenda(const QString &table)
{
    return QStringLiteral("# Sync\n\n## Agenda\n\n") + table;
}

} // namespace

class TestTableForms : public QObject
{
    Q_OBJECT

private slots:
    void tableItems_data();
    void tableItems();
    void tableUnderSubHeadings();
    void tableWithoutTopicColumnHoldsNoItems();
    void explanationNamesTheColumns();
    void thousandRowsExplainShortly();
};

void TestTableForms::tableItems_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("items");
    QTest::newRow("Topic | Time | Presenter")
        << agenda(QStringLiteral("| Topic | Time | Presenter |\n| --- | --- | --- |\n"
                                 "| Release plan | 10 min | @alice |\n| Docs triage | 5m | Jane Doe |\n"))
        << QStringList {QStringLiteral("Release plan | 10 | alice"), QStringLiteral("Docs triage | 5 | Jane Doe")};
    QTest::newRow("议题 | 时长 | 分享人")
        << QStringLiteral("# 例会\n\n## 会议议程\n\n| 议题 | 时长 | 分享人 |\n| --- | --- | --- |\n"
                          "| 新特性介绍 | 20分钟 | [张三](https://github.com/zhangsan) |\n"
                          "| 社区问答 | (0:15) | 李华、王明 |\n")
        << QStringList {QStringLiteral("新特性介绍 | 20 | zhangsan"), QStringLiteral("社区问答 | 15 | 李华, 王明")};
    QTest::newRow("Item | Timebox | Owner")
        << agenda(QStringLiteral("| Item | Timebox | Owner |\n|---|---|---|\n| Welcome | 5' | Sam |\n"
                                 "| Roadmap review | 15 mins | @bob, @carol |\n"))
        << QStringList {QStringLiteral("Welcome | 5 | Sam"), QStringLiteral("Roadmap review | 15 | bob, carol")};
    QTest::newRow("# | Agenda item | Duration | Lead")
        << agenda(QStringLiteral("| # | Agenda item | Duration | Lead |\n|--:|---|---|---|\n"
                                 "| 1 | Security update | 10m | Ana Lima |\n| 2 | Open floor | | |\n"))
        << QStringList {QStringLiteral("Security update | 10 | Ana Lima"), QStringLiteral("Open floor | - | ")};
    QTest::newRow("主题 | 时间 | 主讲人 with clock ranges")
        << QStringLiteral("# 例会\n\n## 议程\n\n| 时间 | 主题 | 主讲人 |\n| --- | --- | --- |\n"
                          "| 14:00-14:30 | 开场 | 李华 |\n| 14:30 - 15:15 | 圆桌 | 王明 / 赵六 |\n| 15:15 | 合影 | |\n")
        << QStringList {QStringLiteral("开场 | 30 | 李华"), QStringLiteral("圆桌 | 45 | 王明, 赵六"),
                        QStringLiteral("合影 | - | ")};
    QTest::newRow("start times: a row lasts until the next starts")
        << agenda(QStringLiteral("| Time | Topic |\n| --- | --- |\n| 09:00 | Welcome |\n| 09:10 | Keynote |\n"
                                 "| 10:00 | |\n| 10:15 | Panel |\n"))
        << QStringList {QStringLiteral("Welcome | 10 | "), QStringLiteral("Keynote | 50 | "),
                        QStringLiteral("Panel | - | ")};
    QTest::newRow("durations in several forms")
        << agenda(QStringLiteral("| Topic | Duration |\n| --- | --- |\n| A | (1m) |\n| B | 30m |\n| C | 1 h |\n"
                                 "| D | 10 ～ 20min |\n| E | TBD |\n| F | 3 |\n"))
        << QStringList {QStringLiteral("A | 1 | "),  QStringLiteral("B | 30 | "), QStringLiteral("C | 60 | "),
                        QStringLiteral("D | 20 | "), QStringLiteral("E | - | "),  QStringLiteral("F | - | ")};
    QTest::newRow("a header that gives the unit: bare numbers are minutes")
        << agenda(QStringLiteral("| Topic | Duration (min) |\n| --- | --- |\n| A | 10 |\n| B | 7 min |\n\n"
                                 "| Item | 分钟 |\n| --- | --- |\n| C | 15 |\n| D | 2024 |\n"))
        << QStringList {QStringLiteral("A | 10 | "), QStringLiteral("B | 7 | "), QStringLiteral("C | 15 | "),
                        QStringLiteral("D | - | ")};
    QTest::newRow("a row with more cells than its header")
        << agenda(QStringLiteral("| Topic | Presenter |\n| --- | --- |\n| Demo day | Alice | Bob |\n"
                                 "| Wrap-up | @carol |\n"))
        << QStringList {QStringLiteral("Demo day | - | Alice, Bob"), QStringLiteral("Wrap-up | - | carol")};
    QTest::newRow("presenters: links, handles and vacant seats")
        << agenda(QStringLiteral("| Talk | Speaker |\n| --- | --- |\n"
                                 "| Compiler | [Ann](https://github.com/ann-x) & [Bo](https://github.com/bo) |\n"
                                 "| Runtime | TBD |\n| Docs | Jay White (Microsoft) |\n"))
        << QStringList {QStringLiteral("Compiler | - | ann-x, bo"), QStringLiteral("Runtime | - | "),
                        QStringLiteral("Docs | - | Jay White")};
    QTest::newRow("no presenter column: handles in the topic")
        << agenda(QStringLiteral("| Topic | Time |\n| --- | --- |\n| CI flakes @dan | 10 min |\n"))
        << QStringList {QStringLiteral("CI flakes @dan | 10 | dan")};
    QTest::newRow("Topic owner is the presenter")
        << agenda(QStringLiteral("| Topic | Topic owner |\n| --- | --- |\n| Budget | Eve Park |\n"))
        << QStringList {QStringLiteral("Budget | - | Eve Park")};
    QTest::newRow("a table, then a list")
        << agenda(QStringLiteral("| Topic | Time |\n| --- | --- |\n| Intro | 5 min |\n\n- Open floor\n"))
        << QStringList {QStringLiteral("Intro | 5 | "), QStringLiteral("Open floor | - | ")};
    QTest::newRow("rows without a topic are skipped")
        << agenda(QStringLiteral("| Topic | Time |\n| --- | --- |\n| | 5 min |\n| Budget | 5 min |\n"))
        << QStringList {QStringLiteral("Budget | 5 | ")};
}

void TestTableForms::tableItems()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, items);
    const ImportResult r = AgendaImporter::importMarkdown(markdown, QStringLiteral("test.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(summaries(r.meeting.items), items);
}

void TestTableForms::tableUnderSubHeadings()
{
    const ImportResult r = AgendaImporter::importMarkdown(
        agenda(QStringLiteral("### Morning\n\n| Session | Length | Speaker |\n| --- | --- | --- |\n"
                              "| Keynote | 30 min | Ana Lima |\n| Panel | 45 min | Bo Chen |\n\n"
                              "### Afternoon\n\n| Session | Length | Speaker |\n| --- | --- | --- |\n"
                              "| Hack time | 2 h | |\n")),
        QStringLiteral("test.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.meeting.items.size(), 2);
    QCOMPARE(summary(r.meeting.items[0]), QStringLiteral("Morning | 75 | "));
    QCOMPARE(summaries(r.meeting.items[0].children),
             (QStringList {QStringLiteral("Keynote | 30 | Ana Lima"), QStringLiteral("Panel | 45 | Bo Chen")}));
    QCOMPARE(summaries(r.meeting.items[1].children), QStringList {QStringLiteral("Hack time | 120 | ")});
    const QString all = r.explanation.lines().join(QLatin1Char('\n'));
    QVERIFY2(
        all.contains(QStringLiteral("items: the table under “### Morning”: topic column “Session”, duration column "
                                    "“Length”, presenter column “Speaker”; ")),
        qPrintable(all));
}

void TestTableForms::tableWithoutTopicColumnHoldsNoItems()
{
    // A roster table under the agenda heading, then the items as a list: the list's items only.
    const ImportResult listed = AgendaImporter::importMarkdown(
        agenda(QStringLiteral("| Name | GitHub |\n| --- | --- |\n| Ana | @ana |\n\n- Welcome\n")),
        QStringLiteral("test.md"));
    QVERIFY2(listed.ok(), qPrintable(listed.error));
    QCOMPARE(summaries(listed.meeting.items), QStringList {QStringLiteral("Welcome | - | ")});

    // Only a table of numbers: no item, and the import says so instead of giving an empty agenda.
    const ImportResult numbers = AgendaImporter::importMarkdown(
        agenda(QStringLiteral("| Case | Pods | Mbps |\n| --- | --- | --- |\n| 1 | 500 | 9.8 |\n")),
        QStringLiteral("test.md"));
    QVERIFY(!numbers.ok());
    QVERIFY(numbers.meeting.items.isEmpty());
}

void TestTableForms::explanationNamesTheColumns()
{
    const ImportResult r = AgendaImporter::importMarkdown(
        QStringLiteral("# 例会\n\n## 议程\n\n| 议题 | 时长 | 分享人 |\n| --- | --- | --- |\n| 开场 | 5 min | 李华 |\n"),
        QStringLiteral("test.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    // Whole lines where no count is said; counted lines are English plurals the translation gives.
    const QStringList lines = r.explanation.lines();
    const QString all = lines.join(QLatin1Char('\n'));
    QVERIFY2(lines.contains(QStringLiteral("items: the table under “## 议程”: topic column “议题”, duration column "
                                           "“时长”, presenter column “分享人”")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("items: the section under “## 议程”: 1 item")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("one per table row")), qPrintable(all));
}

void TestTableForms::thousandRowsExplainShortly()
{
    QString markdown = QStringLiteral("# Sync\n\n## Agenda\n\n| Topic | Time | Presenter |\n| --- | --- | --- |\n");
    for (int i = 0; i < 1000; ++i) {
        markdown += QStringLiteral("| Topic %1 - Jane Doe | 5 min | |\n").arg(i);
    }
    const ImportResult r = AgendaImporter::importMarkdown(markdown, QStringLiteral("test.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.meeting.items.size(), 1000);
    QCOMPARE(summary(r.meeting.items[999]), QStringLiteral("Topic 999 | 5 | Jane Doe"));
    QVERIFY2(r.explanation.lines().size() < 12, qPrintable(r.explanation.lines().join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTableForms)
#include "tst_tableforms.moc"
