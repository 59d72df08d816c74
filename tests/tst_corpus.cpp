// Every real agenda and minutes file in the corpus, and hand-checked expectations for real
// agendas. Each expectation was read off the source file by eye; the comment quotes the lines.

#include "agenda/agendaimporter.h"
#include "testsupport.h"

#include <QDirIterator>

using namespace gavel;
using namespace gavel::test;

class TestCorpus : public QObject
{
    Q_OBJECT

private slots:
    void everyAgendaImports_data();
    void everyAgendaImports();
    void everyMinutesFileSurvives_data();
    void everyMinutesFileSurvives();
    void handChecked_data();
    void handChecked();
};

namespace {

void addCorpusRows(const QString &pattern)
{
    QTest::addColumn<QString>("path");
    QStringList files;
    QDirIterator it(corpusDir(), {pattern}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(it.next());
    }
    files.sort();
    QVERIFY2(!files.isEmpty(), qPrintable(QStringLiteral("no %1 under %2").arg(pattern, corpusDir())));
    for (const QString &file : std::as_const(files)) {
        QTest::newRow(qPrintable(QDir(corpusDir()).relativeFilePath(file))) << file;
    }
}

using Minutes = QList<int>; // planned minutes of the top-level items; -1 for unknown

} // namespace

void TestCorpus::everyAgendaImports_data()
{
    addCorpusRows(QStringLiteral("*agenda*.md"));
}

void TestCorpus::everyAgendaImports()
{
    QFETCH(QString, path);
    const ImportResult result = AgendaImporter::importFile(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(!result.meeting.title.isEmpty());
    QVERIFY(!result.meeting.items.isEmpty());
    for (const AgendaItem &item : result.meeting.items) {
        QVERIFY2(!item.title.trimmed().isEmpty(), "an item without a title");
    }
}

void TestCorpus::everyMinutesFileSurvives_data()
{
    addCorpusRows(QStringLiteral("*minutes*.md"));
}

void TestCorpus::everyMinutesFileSurvives()
{
    // Minutes are not agendas: the importer may read them or refuse them, but a refusal
    // names the file, and a reading has items.
    QFETCH(QString, path);
    const ImportResult result = AgendaImporter::importFile(path);
    if (result.ok()) {
        QVERIFY(!result.meeting.items.isEmpty());
    } else {
        QVERIFY2(result.error.startsWith(path + QStringLiteral(": ")), qPrintable(result.error));
    }
}

void TestCorpus::handChecked_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("start");
    QTest::addColumn<Minutes>("minutes");
    QTest::addColumn<QString>("chair"); // "name|handle", empty for none
    QTest::addColumn<QString>("viceChair"); // "name|handle", empty for none
    QTest::addColumn<int>("rosterSize");

    // - 本次会议时间：2022-4-14 19：00
    // - 宣布…成立（5 minutes） / 自我介绍（5 minutes） / 进展（10 minutes） / 2~3个议题（30 minutes）
    //   / 自由发言…（10 minutes） / 确定下次会议…（3 minutes)
    // - 本次会议主席：张军（[jzhang533](https://github.com/jzhang533)，飞桨团队）
    // - 本次会议副主席：高翔（[jeff41404](https://github.com/jeff41404)，飞桨团队）
    // - 本次拟参会Paddle Framework Contributor列表： then 21 bullet links, one per line
    QTest::newRow("2022-04-14") << "pfcc-2022/2022-04-14-meeting-agenda.md"
                                << "2022-04-14T19:00" << Minutes {5, 5, 10, 30, 10, 3} << "张军|jzhang533"
                                << "高翔|jeff41404" << 21;

    // - 本次会议时间：2022-4-28 19：00
    // - PFCC 简介 & 新同学的一句话自我介绍（5 minutes） / …Wave Summit活动。（5minutes）
    //   / 框架贡献者的分享，内容不限，3~4个（30 minutes） / …技术方向介绍（10 minutes），大家可以…
    //   / 自由发言…（10 minutes） / 确定下次会议…（3 minutes)
    // - 本次会议主席：高翔（[jeff41404](https://github.com/jeff41404)，飞桨团队）
    // - 本次会议副主席：骆涛（[luotao1](https://github.com/luotao1)，飞桨团队）
    // - 本次拟参会Paddle Framework Contributor列表： then 24 bullet links
    QTest::newRow("2022-04-28") << "pfcc-2022/2022-04-28-meeting-agenda.md"
                                << "2022-04-28T19:00" << Minutes {5, 5, 30, 10, 10, 3} << "高翔|jeff41404"
                                << "骆涛|luotao1" << 24;

    // - PFCC 新同学的一句话自我介绍（2 minutes）
    // - 飞桨接下来会开展的…（[luotao1](https://github.com/luotao1)，6 minutes），详见…
    // - 飞桨 [2022年开源之夏活动介绍](…)（[jzhang533](…)，2 minutes）
    // - 飞桨框架的分享（20 minutes） / 框架贡献者的分享，内容不限，1个（10 minutes）
    // - 框架 PR 交流与学习由 [chenwhql](…) 简单介绍以下3个PR的思路：（15 minutes）
    // - 自由发言…（10 minutes） / 确定下次会议…（3 minutes)
    // - 本次会议主席：骆涛（[luotao1](https://github.com/luotao1)，飞桨团队）
    // - 本次会议副主席：石华榜（[S-HuaBomb](https://github.com/S-HuaBomb)，广西大学）
    QTest::newRow("2022-05-12") << "pfcc-2022/2022-05-12-meeting-agenda.md"
                                << "2022-05-12T19:00" << Minutes {2, 6, 2, 20, 10, 15, 10, 3} << "骆涛|luotao1"
                                << "石华榜|S-HuaBomb" << 26;

    // - 本次会议时间：2022-06-23 19：00
    // - 新同学…的一句话自我介绍（5 minutes） / [Ligoml](…) 介绍…近期工作总结（20 minutes）
    //   / PFCC 文档工作小组成员分享文档修复工作的 PR（5-10 minutes）： / …任务（20 minutes）
    //   / PFCC 成员自由发言讨论（10 minutes） / 确定下次会议…（3 minutes）
    // - 本次会议主席：虞凯民（[BrilliantYuKaimin](https://github.com/BrilliantYuKaimin)，浙江大学）
    // - 本次会议副主席：张楠（[nlp-zn](https://github.com/nlp-zn)，飞桨团队）
    QTest::newRow("2022-06-23") << "pfcc-2022/2022-06-23-meeting-agenda.md"
                                << "2022-06-23T19:00" << Minutes {5, 20, 10, 20, 10, 3} << "虞凯民|BrilliantYuKaimin"
                                << "张楠|nlp-zn" << 29;

    // - 本次会议时间：2022-09-22 19:00
    // - 新人介绍 …(5min) / …《Paddle 的编译构建与优化》(15min) / …(10-15minutes) ×3
    //   / …《编译warning消除任务介绍》 (5minutes) / 自由发言讨论（5 minutes） / 确定下次会议…（5 minutes）
    // - 本次会议主席：林旭（[isLinXu](https://github.com/isLinXu)）
    // - 本次会议副主席：([tizhou86](https://github.com/tizhou86))   (no name: the link text is the name)
    QTest::newRow("2022-09-22") << "pfcc-2022/2022-09-22-meeting-agenda.md"
                                << "2022-09-22T19:00" << Minutes {5, 15, 15, 15, 15, 5, 5, 5} << "林旭|isLinXu"
                                << "tizhou86|tizhou86" << 45;

    // - 本次会议时间：2022-11-24 19:00
    // - …W&B…（20min） / …NNAdapter（10-15min） / …RKNPU2 引擎（10-15min） / 自由发言讨论（5 min）
    //   / 确定下次会议…（5 min）
    // - 本次会议主席：郑必城（[Zheng-Bicheng](https://github.com/Zheng-Bicheng)）
    // - 本次会议副主席：张雅琨（[VigiZhang](https://github.com/VigiZhang)）
    QTest::newRow("2022-11-24") << "pfcc-2022/2022-11-24-meeting-agenda.md"
                                << "2022-11-24T19:00" << Minutes {20, 15, 15, 5, 5} << "郑必城|Zheng-Bicheng"
                                << "张雅琨|VigiZhang" << 65;

    // - 本次会议时间：2022-12-08 19:00
    // - 新人介绍 …（10min） / …Fuzzing（20min） / …（25min） / …经验分享（5-10min） / …（5 min) ×3
    // - 本次会议主席：张雅琨（[VigiZhang](https://github.com/VigiZhang)）
    // - 本次会议副主席：            (empty)
    // - 本次拟参会 Paddle Framework Contributor 列表： then a 6-column table of 71 links
    QTest::newRow("2022-12-08") << "pfcc-2022/2022-12-08-meeting-agenda.md"
                                << "2022-12-08T19:00" << Minutes {10, 20, 25, 10, 5, 5, 5} << "张雅琨|VigiZhang"
                                << "" << 71;

    // - 本次会议时间：2025/1/23 19:00-21:00 (GMT+08:00) 中国标准时间 - 北京
    // 1. 新人介绍：…（5 min） 2. 暖场：研发拜年视频（5 min） 3. …回顾（15 min） @孙师傅 4. 抽奖（5 min）
    // 5. …年度报告（10 min）@卓鑫 6. 颁奖：「PFCC 例会全勤奖」（3 min） 7. …（10 min） 8. 2025年展望（5 min）
    // - 本次会议主席：[jzhang533](https://github.com/jzhang533)
    // - 本次会议副主席：空缺
    QTest::newRow("2025-01-23") << "pfcc-2025/2025-01-23-meeting-agenda.md"
                                << "2025-01-23T19:00" << Minutes {5, 5, 15, 5, 10, 3, 10, 5} << "jzhang533|jzhang533"
                                << "" << 0;

    // 1. 新人介绍：…（5 min）
    // 2. DeepSeek 专题讨论和分享, no own duration; children （15 min）（15 min）（20 min）（5 min） = 55
    // - 本次会议主席：[yinfan98](https://github.com/yinfan98)
    QTest::newRow("2025-02-20") << "pfcc-2025/2025-02-20-meeting-agenda.md"
                                << "2025-02-20T19:00" << Minutes {5, 55} << "yinfan98|yinfan98"
                                << "" << 0;

    // 1. 新人介绍：[zhaop-l](…)（3 mins）
    // 2. 「快乐开源」新题讲解, children （15 mins）（15mins）（15 mins）（15 mins） = 60
    // - 本次会议主席：[sunzhongkai588](https://github.com/sunzhongkai588)
    QTest::newRow("2025-05-12") << "pfcc-2025/2025-05-12-meeting-agenda.md"
                                << "2025-05-12T19:00" << Minutes {3, 60} << "sunzhongkai588|sunzhongkai588"
                                << "" << 0;

    // 1. 新人介绍：…（5 mins） 2. GraphNet 二期开源任务 (…) @[JewelRoam](…)（20 mins） 3. 互动及提问 （10 mins）
    // 4. 第九期黑客松介绍 …（5 mins） 5. 文心杭州站活动 …（10 mins）
    // - 本次会议主席：[JewelRoam](https://github.com/JewelRoam)
    QTest::newRow("2025-08-21") << "pfcc-2025/2025-08-21-meeting-agenda.md"
                                << "2025-08-21T19:00" << Minutes {5, 20, 10, 5, 10} << "JewelRoam|JewelRoam"
                                << "" << 0;

    // - 本次会议时间：2025/12/11 20:00-21:00 (GMT+08:00) 中国标准时间 - 北京
    // 1. 新人介绍：…（10 mins） 2.–4. 《…》 @…（15 mins） each
    // - 本次会议主席：[xunyoyo](https://github.com/xunyoyo)
    QTest::newRow("2025-12-11") << "pfcc-2025/2025-12-11-meeting-agenda.md"
                                << "2025-12-11T20:00" << Minutes {10, 15, 15, 15} << "xunyoyo|xunyoyo"
                                << "" << 0;
}

void TestCorpus::handChecked()
{
    QFETCH(QString, file);
    QFETCH(QString, start);
    QFETCH(Minutes, minutes);
    QFETCH(QString, chair);
    QFETCH(QString, viceChair);
    QFETCH(int, rosterSize);

    const ImportResult result = AgendaImporter::importFile(corpusFile(file));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Meeting &m = result.meeting;

    QCOMPARE(
        QStringLiteral("%1T%2").arg(m.time.date.toString(Qt::ISODate), m.time.start.toString(QStringLiteral("HH:mm"))),
        start);
    Minutes actual;
    for (const AgendaItem &item : m.items) {
        actual.append(item.minutes.value_or(-1));
    }
    QCOMPARE(actual, minutes);

    const auto describe
        = [](const std::optional<Person> &p) { return p ? p->name + QLatin1Char('|') + p->github : QString(); };
    QCOMPARE(describe(m.chair), chair);
    QCOMPARE(describe(m.viceChair), viceChair);
    QCOMPARE(m.roster.size(), rosterSize);
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
