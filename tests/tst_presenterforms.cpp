// Presenters: a name at the end of an item's title, and presenter and duration lines under it.
// Every expected value is written by hand from the small agenda in its row; the first rows are
// the shapes of mindspore/013-20211207.md, mindspore/009-20210907.md and onnx/007-20240313.md.

#include "agenda/agendaimporter.h"
#include "agendasummary.h"

#include <QTest>

using namespace gavel;
using gavel::test::summaries;
using gavel::test::summary;

class TestPresenterForms : public QObject
{
    Q_OBJECT

private slots:
    void trailingNames_data();
    void trailingNames();
    void presenterLines_data();
    void presenterLines();
    void explanationSaysWhereSpeakersCameFrom();
    void longHostileLinesReadRight();
};

void TestPresenterForms::trailingNames_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("item");
    QTest::newRow("- two names") << QStringLiteral("Introduce of Developer eXperience SIG - Qi Guoqiang / Clement Li")
                                 << QStringLiteral(
                                        "Introduce of Developer eXperience SIG | - | Qi Guoqiang, Clement Li");
    QTest::newRow("(Name)") << QStringLiteral("Model Signing (Andreas)")
                            << QStringLiteral("Model Signing | - | Andreas");
    QTest::newRow("– Name") << QStringLiteral("Release status – Jane Doe")
                            << QStringLiteral("Release status | - | Jane Doe");
    QTest::newRow("–- Name") << QStringLiteral("NPS Metrics model –- Wangyehui")
                             << QStringLiteral("NPS Metrics model | - | Wangyehui");
    QTest::newRow("-- a lowercase name beside a capitalised one")
        << QStringLiteral("Developer Kanban (Routine) -- Zhaoboxuan/wangyehui")
        << QStringLiteral("Developer Kanban (Routine) | - | Zhaoboxuan, wangyehui");
    QTest::newRow("Prof.Name") << QStringLiteral("Conference plan –- Lizi/Prof.Cao")
                               << QStringLiteral("Conference plan | - | Lizi, Prof.Cao");
    QTest::newRow("CJK names") << QStringLiteral("社区治理讨论 - 李华、王明")
                               << QStringLiteral("社区治理讨论 | - | 李华, 王明");
    QTest::newRow("（名字）") << QStringLiteral("社区介绍（李华）") << QStringLiteral("社区介绍 | - | 李华");
    QTest::newRow("& in brackets") << QStringLiteral("Sigstore (Luke Hinds & Jay White)")
                                   << QStringLiteral("Sigstore | - | Luke Hinds, Jay White");
    QTest::newRow("and") << QStringLiteral("Security review - Alice and Bob")
                         << QStringLiteral("Security review | - | Alice, Bob");
    QTest::newRow("name then duration") << QStringLiteral("Lightning talk - Jane Doe (10 min)")
                                        << QStringLiteral("Lightning talk | 10 | Jane Doe");
    QTest::newRow("(Name) (duration)") << QStringLiteral("Lightning talk (Jane Doe) (5m)")
                                       << QStringLiteral("Lightning talk | 5 | Jane Doe");
    // Not names: the title stays whole and nobody speaks.
    QTest::newRow("(optional)") << QStringLiteral("Triage (optional)") << QStringLiteral("Triage (optional) | - | ");
    QTest::newRow("(cont.)") << QStringLiteral("Docs (cont.)") << QStringLiteral("Docs (cont.) | - | ");
    QTest::newRow("(Cont.)") << QStringLiteral("Docs (Cont.)") << QStringLiteral("Docs (Cont.) | - | ");
    QTest::newRow("(WIP)") << QStringLiteral("Refactor (WIP)") << QStringLiteral("Refactor (WIP) | - | ");
    QTest::newRow("(continued)") << QStringLiteral("Plan (continued)") << QStringLiteral("Plan (continued) | - | ");
    QTest::newRow("(if time permits)") << QStringLiteral("Q&A (if time permits)")
                                       << QStringLiteral("Q&A (if time permits) | - | ");
    QTest::newRow("an issue number") << QStringLiteral("Fix the parser (#1234)")
                                     << QStringLiteral("Fix the parser (#1234) | - | ");
    QTest::newRow("a date") << QStringLiteral("Release (2024-03-04)") << QStringLiteral("Release (2024-03-04) | - | ");
    QTest::newRow("a month") << QStringLiteral("Planning (June)") << QStringLiteral("Planning (June) | - | ");
    QTest::newRow("a count") << QStringLiteral("Backlog (3 items)") << QStringLiteral("Backlog (3 items) | - | ");
    QTest::newRow("an acronym") << QStringLiteral("Retro (SIG)") << QStringLiteral("Retro (SIG) | - | ");
    QTest::newRow("a link") << QStringLiteral("Notes - [Jane](https://example.org/jane)")
                            << QStringLiteral("Notes - Jane | - | ");
    QTest::newRow("a phrase") << QStringLiteral("Intro - overview of the plan")
                              << QStringLiteral("Intro - overview of the plan | - | ");
    // openjs/2021-03-02.md: a Title Case phrase after the last dash.
    QTest::newRow("a Title Case phrase") << QStringLiteral("Book Club - March 24 - Working In Public")
                                         << QStringLiteral("Book Club - March 24 - Working In Public | - | ");
    QTest::newRow("（可选）") << QStringLiteral("模型压缩（可选）") << QStringLiteral("模型压缩（可选） | - | ");
    QTest::newRow("(Online)") << QStringLiteral("Workshop (Online)") << QStringLiteral("Workshop (Online) | - | ");
    QTest::newRow("a kind of item") << QStringLiteral("Roadmap - Discussion")
                                    << QStringLiteral("Roadmap - Discussion | - | ");
    // The number is the list's numbering written out: it goes, and "Update" is no presenter.
    QTest::newRow("a numbered title") << QStringLiteral("1 - Update") << QStringLiteral("Update | - | ");
    QTest::newRow("a lowercase word alone")
        << QStringLiteral("Budget - draft") << QStringLiteral("Budget - draft | - | ");
    // A handle is a speaker already: the title keeps it, as PFCC agendas write them.
    QTest::newRow("an @handle stays") << QStringLiteral("Design review @[alice](https://github.com/alice)")
                                      << QStringLiteral("Design review @alice | - | alice");
    // A handle presents the item where it stands at the start or the end of a line (joined by
    // separators, brackets and a duration), or after a presenter's label; inside a sentence or a
    // quoted title it is someone the item mentions (rust-lang's T-compiler agenda).
    QTest::newRow("a handle that starts the title")
        << QStringLiteral("@alice 介绍 PFCC (10 min)") << QStringLiteral("@alice 介绍 PFCC | 10 | alice");
    QTest::newRow("handles at the end, before a duration")
        << QStringLiteral("Roadmap @alice, @bob（20 min）") << QStringLiteral("Roadmap @alice, @bob | 20 | alice, bob");
    QTest::newRow("a handle inside a sentence") << QStringLiteral("I (@apiraino) nominated this one")
                                                << QStringLiteral("I (@apiraino) nominated this one | - | ");
    QTest::newRow("a handle in a quoted title") << QStringLiteral("\"@moelwintun api\" compiler-team#1000")
                                                << QStringLiteral("\"@moelwintun api\" compiler-team#1000 | - | ");
    QTest::newRow("a handle after an owner's label")
        << QStringLiteral("整理 API 清单（负责人：@luotao1，截止：2022-04-27）")
        << QStringLiteral("整理 API 清单（负责人：@luotao1，截止：2022-04-27） | - | luotao1");
    // kubeedge-community-meeting-notes.md: the name after the pull request's link, on the entry's
    // second line; the title stays whole.
    QTest::newRow("a name after a reference on the next line")
        << QStringLiteral("Add a demo  \n  [https://github.com/kubeedge/examples/pull/163]"
                          "(https://github.com/kubeedge/examples/pull/163) – Haojie Zhang")
        << QStringLiteral("Add a demo | - | Haojie Zhang");
    QTest::newRow("a name after words on the next line")
        << QStringLiteral("Add a demo  \n  see the notes – Haojie Zhang") << QStringLiteral("Add a demo | - | ");
}

void TestPresenterForms::trailingNames()
{
    QFETCH(QString, entry);
    QFETCH(QString, item);
    const ImportResult r = AgendaImporter::importMarkdown(
        QStringLiteral("# Sync\n\n## Agenda\n\n- ") + entry + QStringLiteral("\n"), QStringLiteral("test.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.meeting.items.size(), 1);
    QCOMPARE(summary(r.meeting.items[0]), item);
}

void TestPresenterForms::presenterLines_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("firstDescription");
    QTest::newRow("分享人 / 分享时长 in a bullet list")
        << QStringLiteral(
               "# 例会\n\n## 议程\n\n1. 框架介绍\n   - 分享人：@zhangsan\n   - 分享时长：20 min\n2. 自由讨论\n")
        << QStringList {QStringLiteral("框架介绍 | 20 | zhangsan"), QStringLiteral("自由讨论 | - | ")} << QString();
    QTest::newRow("Presenter / Duration in a bullet list")
        << QStringLiteral("# Sync\n\n## Agenda\n\n- Lightning talk\n  - Presenter: Jane Doe\n  - Duration: 10 min\n"
                          "  - Slides are in the drive\n- Open floor\n")
        << QStringList {QStringLiteral("Lightning talk | 10 | Jane Doe"), QStringLiteral("Open floor | - | ")}
        << QStringLiteral("Slides are in the drive");
    QTest::newRow("lines of the entry's own paragraph")
        << QStringLiteral("# 例会\n\n## 议程\n\n- 模型压缩\n  分享人：李华\n  分享时长：15分钟\n")
        << QStringList {QStringLiteral("模型压缩 | 15 | 李华")} << QString();
    QTest::newRow("分享人 under sub-headings")
        << QStringLiteral("# 例会\n\n## 议程\n\n### 1. 模型压缩\n\n分享人：@wang\n分享时长：30 min\n\n### 2. 问答\n")
        << QStringList {QStringLiteral("模型压缩 | 30 | wang"), QStringLiteral("问答 | - | ")} << QString();
    QTest::newRow("Speaker under sub-headings, in bold, with a bullet that stays")
        << QStringLiteral("# Sync\n\n## Agenda\n\n### Roadmap\n\n- **Speaker:** Ana Lima\n- Duration: 15m\n"
                          "- Q3 scope\n\n### Wrap-up\n")
        << QStringList {QStringLiteral("Roadmap | 15 | Ana Lima"), QStringLiteral("Wrap-up | - | ")}
        << QStringLiteral("Q3 scope");
    QTest::newRow("Presenter / Duration lines under sub-headings")
        << QStringLiteral("# Sync\n\n## Agenda\n\n### Keynote\n\nPresenter: Jane Doe\nDuration: 20 min\n\n### Panel\n")
        << QStringList {QStringLiteral("Keynote | 20 | Jane Doe"), QStringLiteral("Panel | - | ")} << QString();
    QTest::newRow("分享人 bullets under sub-headings")
        << QStringLiteral("# 例会\n\n## 议程\n\n### 1. 模型量化\n\n- 分享人：[李华](https://github.com/lihua)\n"
                          "- 分享时长：10 分钟\n- 量化方案对比\n\n### 2. 自由讨论\n")
        << QStringList {QStringLiteral("模型量化 | 10 | lihua"), QStringLiteral("自由讨论 | - | ")}
        << QStringLiteral("量化方案对比");
    // onnx/007-20240313.md's shape, under an agenda heading: "### Model Signing (Andreas)".
    QTest::newRow("(Name) at the end of a sub-heading")
        << QStringLiteral("# Sync\n\n## Agenda\n\n### Sig Lead\n\n* New Sig Lead:\n\n### Model Signing (Andreas)\n\n"
                          "* Slides: https://example.org/slides\n")
        << QStringList {QStringLiteral("Sig Lead | - | "), QStringLiteral("Model Signing | - | Andreas")}
        << QStringLiteral("New Sig Lead:");
    QTest::newRow("a bilingual label") << QStringLiteral(
        "# 例会\n\n## 议程\n\n- 主题分享\n  - 分享人 / Presenter: @li\n  - 时长 / Duration: 25 min\n")
                                       << QStringList {QStringLiteral("主题分享 | 25 | li")} << QString();
    QTest::newRow("Owner and Lead") << QStringLiteral(
        "# Sync\n\n## Agenda\n\n- Release\n  - Owner: @xu\n  - Lead: @yan\n")
                                    << QStringList {QStringLiteral("Release | - | xu, yan")} << QString();
    QTest::newRow("a presenter to be found") << QStringLiteral("# Sync\n\n## Agenda\n\n- Release\n  - Presenter: TBD\n")
                                             << QStringList {QStringLiteral("Release | - | ")} << QString();
    QTest::newRow("a label that is no presenter stays a line")
        << QStringLiteral("# Sync\n\n## Agenda\n\n- Release\n  - Presenter notes: see the doc\n")
        << QStringList {QStringLiteral("Release | - | ")} << QStringLiteral("Presenter notes: see the doc");
    QTest::newRow("a sentence after a presenter label stays a line")
        << QStringLiteral("# Sync\n\n## Agenda\n\n- Release\n  - Lead: we still need someone to drive this\n")
        << QStringList {QStringLiteral("Release | - | ")}
        << QStringLiteral("Lead: we still need someone to drive this");
    // The shape: an ordered list of the evening, then a bullet list of its talks.
    QTest::newRow("an ordered list then a list of talks")
        << QStringLiteral(
               "# 例会\n\n## 议程\n\n1. 开场\n2. 主题分享\n\n- 推理优化\n  - 分享人：@a\n  - 分享时长：20 min\n"
               "- 文档共建\n  - 分享人：@b\n  - 分享时长：10 min\n")
        << QStringList {QStringLiteral("开场 | - | "), QStringLiteral("主题分享 | - | "),
                        QStringLiteral("推理优化 | 20 | a"), QStringLiteral("文档共建 | 10 | b")}
        << QString();
}

void TestPresenterForms::presenterLines()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, items);
    QFETCH(QString, firstDescription);
    const ImportResult r = AgendaImporter::importMarkdown(markdown, QStringLiteral("test.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(summaries(r.meeting.items), items);
    QVERIFY(r.meeting.items[0].children.isEmpty());
    QCOMPARE(r.meeting.items[0].description, firstDescription);
}

void TestPresenterForms::explanationSaysWhereSpeakersCameFrom()
{
    const ImportResult r = AgendaImporter::importMarkdown(
        QStringLiteral("# Sync\n\n## Agenda\n\n- Intro - Qi Guoqiang / Clement Li\n- Talk\n  - Presenter: Ana\n"),
        QStringLiteral("test.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    // The counted words are English plurals the translation gives; the rest is checked as written.
    const QString all = r.explanation.lines().join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("\nspeakers: 1 item")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("with their presenter's name, which is not kept in the title: “Qi Guoqiang, "
                                         "Clement Li” from the end of “Intro - Qi Guoqiang / Clement Li”")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("presenter or duration lines under them (“Presenter”): read as the item's "
                                         "speakers and minutes, not as its parts")),
             qPrintable(all));
}

void TestPresenterForms::longHostileLinesReadRight()
{
    // A megabyte-sized agenda of separators and brackets: read in one pass, never name by name.
    const QString markdown = QStringLiteral("# Sync\n\n## Agenda\n\n- Topic - ")
        + QStringLiteral("Ann and ").repeated(30000) + QStringLiteral("Bo\n- ")
        + QStringLiteral("(Ann ").repeated(30000) + QStringLiteral("\n- Talk\n  - 分享人：")
        + QStringLiteral("李华、").repeated(30000) + QStringLiteral("\n  - Presenter: ")
        + QStringLiteral("Ann0 / ").repeated(20000) + QStringLiteral("\n");
    const ImportResult r = AgendaImporter::importMarkdown(markdown, QStringLiteral("test.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.meeting.items.size(), 3);
    QVERIFY(r.meeting.items[0].speakers.isEmpty()); // a tail of 30,000 names is a phrase, not a list
    QCOMPARE(r.meeting.items[2].speakers, (QStringList {QStringLiteral("李华"), QStringLiteral("Ann0")}));

    // 30,000 mentions inside a sentence name nobody; a run of them at the end names them all.
    const QString mentions = QStringLiteral("# Sync\n\n## Agenda\n\n- Topic ")
        + QStringLiteral("I (@ann) said ").repeated(30000) + QStringLiteral("done\n- Wrap-up ")
        + QStringLiteral("@ann, @bo, ").repeated(30000) + QStringLiteral("@cy\n");
    const ImportResult m = AgendaImporter::importMarkdown(mentions, QStringLiteral("test.md"));
    QVERIFY2(m.ok(), qPrintable(m.error));
    QCOMPARE(m.meeting.items.size(), 2);
    QVERIFY(m.meeting.items[0].speakers.isEmpty());
    QCOMPARE(m.meeting.items[1].speakers,
             (QStringList {QStringLiteral("ann"), QStringLiteral("bo"), QStringLiteral("cy")}));
}

QTEST_GUILESS_MAIN(TestPresenterForms)
#include "tst_presenterforms.moc"
