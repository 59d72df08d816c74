// Which section of a document is the agenda, and what its entries become: issue 19's agenda section.

#include "agenda/agendaimporter.h"
#include "agenda/titles.h"

#include <QTest>

using namespace gavel;

class TestSectionForms : public QObject
{
    Q_OBJECT

private slots:
    void otherSection_data();
    void otherSection();
    void sectionChosen_data();
    void sectionChosen();
    void untimedChildrenAreTheDescription();
    void timedChildrenStayParts();
};

void TestSectionForms::otherSection_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<bool>("other");
    // paddlepaddle/2025-10-22-meeting-agenda.md: "### 轮值值班安排"
    QTest::newRow("duty rota") << QStringLiteral("轮值值班安排") << true;
    // rust-lang/2026-08-14.md: "## Consent to agenda"
    QTest::newRow("consent to agenda") << QStringLiteral("Consent to agenda") << true;
    // openssf/2024.md: "## Future Agenda Items"
    QTest::newRow("future agenda items") << QStringLiteral("Future Agenda Items") << true;
    QTest::newRow("agenda topic rules") << QStringLiteral("Agenda topic rules") << true;
    QTest::newRow("meeting notes") << QStringLiteral("Meeting notes") << true;
    QTest::newRow("会议纪要") << QStringLiteral("会议纪要") << true;
    QTest::newRow("action items") << QStringLiteral("Action Items") << true;
    QTest::newRow("attendees") << QStringLiteral("Attendees") << true;
    QTest::newRow("agenda") << QStringLiteral("Agenda") << false;
    QTest::newRow("会议议程") << QStringLiteral("会议议程") << false;
    // "Presentation" holds "present" but not as a word.
    QTest::newRow("presentation") << QStringLiteral("Presentations") << false;
    QTest::newRow("其他议题") << QStringLiteral("2. 其他议题") << false;
}

void TestSectionForms::otherSection()
{
    QFETCH(QString, heading);
    QFETCH(bool, other);
    QCOMPARE(titles::namesOtherSection(heading), other);
}

void TestSectionForms::sectionChosen_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("rules before the agenda")
        << QStringLiteral("# Sync\n\n## Agenda topic rules\n\n- Add your topic by Monday\n- Keep it short\n\n"
                          "## Agenda items\n\n- Release plan\n- Triage\n")
        << QStringList {QStringLiteral("Release plan"), QStringLiteral("Triage")};
    QTest::newRow("a heading that names the agenda and holds nothing")
        << QStringLiteral("# Sync\n\n## [GitHub Agenda](https://example.org/issues)\n\n"
                          "Proposals are issues.\n\n## Agenda\n\n1. Welcome\n2. Roadmap\n")
        << QStringList {QStringLiteral("Welcome"), QStringLiteral("Roadmap")};
    // paddlepaddle/2025-10-22-meeting-agenda.md: "### 4. 确定下次的部分议题及召开时间" then "### 轮值值班安排".
    QTest::newRow("a rota after the items")
        << QStringLiteral("# 例会\n\n## 会议议程\n\n### 1. 常见问题总结\n\n### 2. 确定下次的部分议题及召开时间\n\n"
                          "### 轮值值班安排\n\n- 排班：@greatv, @SWHL\n")
        << QStringList {QStringLiteral("常见问题总结"), QStringLiteral("确定下次的部分议题及召开时间")};
    QTest::newRow("two lists joined") << QStringLiteral(
        "# Sync\n\n## Agenda\n\n- Welcome\n- Roadmap\n\nThen:\n\n- Open floor\n")
                                      << QStringList {QStringLiteral("Welcome"), QStringLiteral("Roadmap"),
                                                      QStringLiteral("Open floor")};
    QTest::newRow("a list then sub-headings")
        << QStringLiteral("# Sync\n\n## Agenda\n\n- Welcome\n\n### Deep dive\n\n### Notes\n\n- taken live\n")
        << QStringList {QStringLiteral("Welcome"), QStringLiteral("Deep dive")};
    // mindspore/013-20211207.md writes "* 1 - Introduce of …": the list's numbering, in words.
    QTest::newRow("numbers written in bullets")
        << QStringLiteral("# Sync\n\n## Agenda\n\n* 1 - Welcome\n* 2 – Roadmap\n* 3 things to settle\n"
                          "* 2022 roadmap review\n* 10 - Wrap-up\n")
        << QStringList {QStringLiteral("Welcome"), QStringLiteral("Roadmap"), QStringLiteral("3 things to settle"),
                        QStringLiteral("2022 roadmap review"), QStringLiteral("Wrap-up")};
    QTest::newRow("a number and a dash before a heading's title")
        << QStringLiteral("# Sync\n\n## Agenda\n\n### 1 - Welcome\n\n### 2 - Roadmap\n")
        << QStringList {QStringLiteral("Welcome"), QStringLiteral("Roadmap")};
    QTest::newRow("a bilingual agenda uses the first")
        << QStringLiteral("# Sync\n\n## 议程\n\n- 欢迎\n\n## Agenda\n\n- Welcome\n")
        << QStringList {QStringLiteral("欢迎")};
}

void TestSectionForms::sectionChosen()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, titles);
    const ImportResult r = AgendaImporter::importMarkdown(markdown, QStringLiteral("test.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QStringList read;
    for (const AgendaItem &item : r.meeting.items) {
        read.append(item.title);
    }
    QCOMPARE(read, titles);
}

void TestSectionForms::untimedChildrenAreTheDescription()
{
    // paddlepaddle/2025-10-22-meeting-agenda.md: "#### PaddleOCR-VL" with three bullets, no durations.
    const ImportResult r = AgendaImporter::importMarkdown(
        QStringLiteral("# 例会\n\n## 会议议程\n\n- PaddleOCR-VL\n  - 转换为其他格式\n  - SFT 模型\n- 自由发言\n"),
        QStringLiteral("test.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.meeting.items.size(), 2);
    QVERIFY(r.meeting.items[0].children.isEmpty());
    QCOMPARE(r.meeting.items[0].description, QStringLiteral("转换为其他格式\nSFT 模型"));
    QVERIFY(r.meeting.items[1].description.isEmpty());
}

void TestSectionForms::timedChildrenStayParts()
{
    // One sibling with a duration or a speaker makes all of them parts.
    const ImportResult r = AgendaImporter::importMarkdown(
        QStringLiteral("# Sync\n\n## Agenda\n\n- Updates\n  - Release (10 min)\n  - Docs\n- Talks\n"
                       "  - Intro @alice\n  - Demo\n"),
        QStringLiteral("test.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.meeting.items.size(), 2);
    QCOMPARE(r.meeting.items[0].children.size(), 2);
    QCOMPARE(r.meeting.items[1].children.size(), 2);
    QVERIFY(r.meeting.items[0].description.isEmpty());
}

QTEST_GUILESS_MAIN(TestSectionForms)
#include "tst_sectionforms.moc"
