// Which part of a document is its agenda, by structure: every row is a small agenda written by
// hand for the shape it names, its expected items read off the snippet itself (the evidence file a
// shape comes from is named beside it; shapes no evidence file has are marked "no file").

#include "agenda/agendaimporter.h"
#include "agenda/titles.h"

#include <QTest>

using namespace gavel;

class TestSectionShapes : public QObject
{
    Q_OBJECT

private slots:
    void otherSectionIsTheLabelsHead_data();
    void otherSectionIsTheLabelsHead();
    void agendaStep_data();
    void agendaStep();
    void itemsChosen_data();
    void itemsChosen();
    void noAgendaIsRefusedWithTheFileNamed();
    void titleSectionPreambleIsTheDetails();
    void eachRuleExplainsItself_data();
    void eachRuleExplainsItself();
    void aLargeDocumentReadsWhole();
};

void TestSectionShapes::otherSectionIsTheLabelsHead_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<bool>("other");
    // rust-lang/T-compiler Meeting Agenda 2026-07-30.md: "## Issues of Note" is a topic.
    QTest::newRow("issues of note") << QStringLiteral("Issues of Note") << false;
    QTest::newRow("release notes review") << QStringLiteral("Release notes review") << false;
    QTest::newRow("notes on its own") << QStringLiteral("Notes:") << true;
    // zcash/Arborist call 128 - notes.md: "## Full Notes".
    QTest::newRow("full notes") << QStringLiteral("Full Notes") << true;
    QTest::newRow("minutes of the meeting") << QStringLiteral("Minutes of the meeting") << true;
    QTest::newRow("links to slides") << QStringLiteral("Links to slides") << true;
    QTest::newRow("numbered notes") << QStringLiteral("3. Meeting notes") << true;
    // rust-lang/2022-11-22.md: "## Meeting roles".
    QTest::newRow("meeting roles") << QStringLiteral("Meeting roles") << true;
    QTest::newRow("attendance") << QStringLiteral("Attendance") << true;
    QTest::newRow("action items for next week") << QStringLiteral("Action items for next week") << true;
    QTest::newRow("future agenda items") << QStringLiteral("Future agenda items") << true;
    QTest::newRow("roadmap") << QStringLiteral("Roadmap") << false;
    QTest::newRow("会议纪要") << QStringLiteral("会议纪要") << true;
    QTest::newRow("议题讨论") << QStringLiteral("议题讨论") << false;
}

void TestSectionShapes::otherSectionIsTheLabelsHead()
{
    QFETCH(QString, heading);
    QFETCH(bool, other);
    QCOMPARE(titles::namesOtherSection(heading), other);
}

void TestSectionShapes::agendaStep_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<bool>("step");
    // rust-lang/2026-08-14.md: "## Consent to agenda".
    QTest::newRow("consent to agenda") << QStringLiteral("Consent to agenda") << true;
    QTest::newRow("approval of the agenda") << QStringLiteral("1. Approval of the agenda") << true;
    QTest::newRow("adopt agenda") << QStringLiteral("Adopt agenda") << true;
    QTest::newRow("通过议程") << QStringLiteral("通过本次议程") << true;
    QTest::newRow("agenda") << QStringLiteral("Agenda") << false;
    QTest::newRow("future agenda items") << QStringLiteral("Future agenda items") << false;
    QTest::newRow("agenda topic rules") << QStringLiteral("Agenda topic rules") << false;
}

void TestSectionShapes::agendaStep()
{
    QFETCH(QString, heading);
    QFETCH(bool, step);
    QCOMPARE(titles::namesAgendaStep(heading), step);
}

void TestSectionShapes::itemsChosen_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("titles");

    // rust-lang/T-compiler Meeting Agenda 2026-07-30.md: the title names the agenda, its sections
    // are the items, one named "… of Note".
    QTest::newRow("a topic whose last word is a non-agenda word")
        << QStringLiteral("# Team meeting agenda\n\n## Announcements\n\n- none\n\n## Issues of Note\n\n"
                          "### P-critical\n\n- one regression\n\n## Nominated issues\n")
        << QStringList {QStringLiteral("Announcements"), QStringLiteral("Issues of Note"),
                        QStringLiteral("Nominated issues")};
    // rust-lang/2022-11-22.md and 2026-08-14.md: a date list under the title, then attendance and
    // roles sections, then the topics, one of them the consent to the agenda.
    QTest::newRow("the title's sections, attendance and roles passed over")
        << QStringLiteral("# Council meeting agenda\n\n- Meeting date: 2026-01-15\n\n## Attendance\n\n"
                          "- Members: Ana, Bo\n\n## Meeting roles\n\n- Facilitator: Ana\n- Minutes: Bo\n\n"
                          "## Check-in\n\n## Consent to agenda\n\n> Do we agree?\n\nAna: yes.\n\n## Budget\n\n"
                          "### Travel\n\n- more funds\n")
        << QStringList {QStringLiteral("Check-in"), QStringLiteral("Consent to agenda"), QStringLiteral("Budget")};
    // No file: the consent is the only heading that names the agenda, and the title does not.
    QTest::newRow("a consent to the agenda is no agenda section")
        << QStringLiteral("# Board sync\n\n## Consent to agenda\n\nAgreed.\n\n## Budget\n\n## Hiring\n")
        << QStringList {QStringLiteral("Consent to agenda"), QStringLiteral("Budget"), QStringLiteral("Hiring")};
    // No file: the title's agenda with a list and no sections.
    QTest::newRow("the title's agenda as a list") << QStringLiteral("# Meeting agenda\n\n- Welcome\n- Roadmap\n")
                                                  << QStringList {QStringLiteral("Welcome"), QStringLiteral("Roadmap")};
    // No file: the title's agenda list, then a section that is no agenda: the list is the agenda.
    QTest::newRow("the title's agenda list before an attendance section")
        << QStringLiteral("# Meeting agenda\n\n- Welcome\n- Roadmap\n\n## Attendance\n\n- Ana, Bo\n")
        << QStringList {QStringLiteral("Welcome"), QStringLiteral("Roadmap")};
    // rust-lang/2019-04-12.md: no agenda heading, prose bullets under short topic headings.
    QTest::newRow("the title's sub-headings as topics, not prose bullets")
        << QStringLiteral("# 2019.04.12\n\n[Zulip topic](https://example.org/t)\n\n## Announcements\n\n"
                          "- Someone has opened a PR with a draft RFC on the team repository. Please give it a read!\n"
                          "- Another member is nearing completion on their work on the symbol naming revamp.\n\n"
                          "## Main topic\n\nOur main topic of the day was a proposal.\n\n"
                          "- In some cases, people might bring a thorny problem, looking for help.\n"
                          "- In other cases, people might be bringing an existing idea for evaluation.\n")
        << QStringList {QStringLiteral("Announcements"), QStringLiteral("Main topic")};
    // onnx/007-20240313.md: a date as the title, ### topics with lists of links under them.
    QTest::newRow("deeper sub-headings as topics")
        << QStringLiteral("# March 26, 2024\n\n### Sig Lead\n\n* New Sig Lead:\n\n### Model Signing\n\n"
                          "* Slides: https://example.org/slides\n* Recording: https://example.org/rec\n\n"
                          "Issues in our project\n\n* https://example.org/issues/1\n* https://example.org/issues/2\n")
        << QStringList {QStringLiteral("Sig Lead"), QStringLiteral("Model Signing")};
    // paddlepaddle minutes (shared corpus, 2022): a section of fields before the topics.
    QTest::newRow("a section of fields is the details, not a topic")
        << QStringLiteral("# Sync 2024-05-02\n\n## Details\n\n- Date: 2024-05-02 18:00\n- Host: Ana\n\n"
                          "## Roadmap\n\n## Q&A\n")
        << QStringList {QStringLiteral("Roadmap"), QStringLiteral("Q&A")};
    QTest::newRow("会议概况 is the details")
        << QStringLiteral("# 第二次会议纪要\n\n## 会议概况\n\n- 会议时间：2022-4-28 19:00\n- 会议地点：线上会议\n\n"
                          "## 新人介绍\n\n## 自由发言\n")
        << QStringList {QStringLiteral("新人介绍"), QStringLiteral("自由发言")};
    // No file: sub-headings that are sentences are no topics; the list of short entries is.
    QTest::newRow("sentence headings are no topics")
        << QStringLiteral("# Retro\n\n## We shipped the release on time.\n\n## The docs need more love.\n\n"
                          "- Welcome\n- Review\n")
        << QStringList {QStringLiteral("Welcome"), QStringLiteral("Review")};
    // zcash/Arborist Call 53-Notes.md, openssf/2023-04-04.md: a bold "Agenda:" label, its list,
    // then fields and sections that are no agenda.
    QTest::newRow("an agenda label and its list")
        << QStringLiteral("# Call 53 notes\n\nMeeting Date/Time: June 1st 2023, 15:00 UTC\n\n**Agenda**:\n\n"
                          "+ Welcome\n\n+ Core update\n\nVideo of the meeting: [recorded](https://example.org/v)\n\n"
                          "## Decisions & Action Items\n\n- Ship it\n\n## Full Notes\n\n### 0. Welcome\n")
        << QStringList {QStringLiteral("Welcome"), QStringLiteral("Core update")};
    // zcash/Arborist call 128 - notes.md: the label is followed by one-line paragraphs, no list.
    QTest::newRow("an agenda label and its one-line paragraphs")
        << QStringLiteral("## Call 128 Notes\n\nMeeting Duration: 33 minutes\n\nAgenda:\n\nWelcome and intro\n\n"
                          "Zebra [update](https://example.org/z)\n\nResearch - [dynamic fee](https://example.org/f)\n\n"
                          "Video of the meeting: [recorded](https://example.org/v)\n\nModerator: Alex\n\n"
                          "## Full Notes\n\n## Welcome\n\nAlex: hello.\n")
        << QStringList {QStringLiteral("Welcome and intro"), QStringLiteral("Zebra update"),
                        QStringLiteral("Research - dynamic fee")};
    QTest::newRow("一个议程标签") << QStringLiteral(
        "# 例会\n\n会议时间：2024-05-02 19:00\n\n议程：\n\n1. 新人介绍\n2. 自由发言\n\n"
        "- 备注：请提前准备\n") << QStringList {QStringLiteral("新人介绍"), QStringLiteral("自由发言")};
    // paddlepaddle/2023-03-07-meeting-agenda.md: the list whose entries are timed, not the
    // sections' names nor the list of fields.
    QTest::newRow("a list of timed entries")
        << QStringLiteral("# Working group minutes\n\n## Overview\n\n- Place: online\n- Host: Ana\n\n"
                          "## Sharing\n\n- Hackathon tasks (5 min)\n- Live stream prep (5-10 min)\n"
                          "- Open floor (10 min)\n\n## Next\n\n- Pick a date\n")
        << QStringList {QStringLiteral("Hackathon tasks"), QStringLiteral("Live stream prep"),
                        QStringLiteral("Open floor")};
    // No file: one timed entry is a meeting's length, not an agenda.
    QTest::newRow("one timed entry is no agenda")
        << QStringLiteral("# Sync\n\n- Length: 60 min\n\nTopics\n\n1. Budget\n2. Hiring\n")
        << QStringList {QStringLiteral("Budget"), QStringLiteral("Hiring")};
    // No file: the last list is a list of links (a "see also"), the agenda is before it.
    QTest::newRow("a list of links is no agenda")
        << QStringLiteral("# Planning\n\nItems\n\n- Pick a topic\n- Set a goal\n\nSee also\n\n"
                          "- [Goals](https://example.org/goals)\n- [Risks](https://example.org/risks)\n")
        << QStringList {QStringLiteral("Pick a topic"), QStringLiteral("Set a goal")};
    // No file: a table of contents (links to the document's sections) before the agenda list.
    QTest::newRow("a table of contents is no agenda")
        << QStringLiteral("# Planning\n\n- [Goals](#goals)\n- [Risks](#risks)\n\nThis week:\n\n"
                          "- Budget review\n- Hiring\n")
        << QStringList {QStringLiteral("Budget review"), QStringLiteral("Hiring")};
    // No file: prose bullets after the agenda list (what was said) are no agenda.
    QTest::newRow("prose bullets are no agenda")
        << QStringLiteral("# Sync\n\n- Budget review\n- Hiring\n\nDiscussion\n\n"
                          "- We talked at length about the budget and agreed to revisit it next month.\n"
                          "- Hiring is on hold until the budget is settled, as everyone agreed.\n")
        << QStringList {QStringLiteral("Budget review"), QStringLiteral("Hiring")};
    // No file: a list of issue links alone is an agenda of issues.
    QTest::newRow("only a list of issue links")
        << QStringLiteral("# Triage\n\n- https://example.org/issues/1\n- https://example.org/issues/2\n")
        << QStringList {QStringLiteral("https://example.org/issues/1"), QStringLiteral("https://example.org/issues/2")};
    // rust-lang/2019.11.26-meeting.md: only prose bullets: they are all there is.
    QTest::newRow("only prose: the last list")
        << QStringLiteral("# WG planning meeting\n\n- Team discussed the missing chapters.\n"
                          "- Team discussed the process.\n")
        << QStringList {QStringLiteral("Team discussed the missing chapters."),
                        QStringLiteral("Team discussed the process.")};
    // A bilingual agenda uses the first of its two agenda sections, whichever language comes first.
    QTest::newRow("bilingual: 议程 then Agenda")
        << QStringLiteral("# 例会 / Sync\n\n## 议程\n\n- 欢迎\n- 路线图\n\n## Agenda\n\n- Welcome\n- Roadmap\n")
        << QStringList {QStringLiteral("欢迎"), QStringLiteral("路线图")};
    QTest::newRow("bilingual: Agenda then 议程")
        << QStringLiteral("# Sync / 例会\n\n## Agenda\n\n1. Welcome\n2. Roadmap\n\n## 议程\n\n1. 欢迎\n2. 路线图\n")
        << QStringList {QStringLiteral("Welcome"), QStringLiteral("Roadmap")};
    QTest::newRow("bilingual: headed sections")
        << QStringLiteral("# 例会\n\n## 会议议程\n\n### 1. 新人介绍\n\n### 2. 自由发言\n\n"
                          "## Agenda (English)\n\n### 1. Newcomers\n\n### 2. Open floor\n")
        << QStringList {QStringLiteral("新人介绍"), QStringLiteral("自由发言")};
    // An agenda heading's section still ends at a sub-heading that is no agenda.
    QTest::newRow("an agenda section ends at its notes")
        << QStringLiteral("# Sync\n\n## Agenda\n\n### Welcome\n\n### Meeting notes\n\n- taken live\n")
        << QStringList {QStringLiteral("Welcome")};
}

void TestSectionShapes::itemsChosen()
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

void TestSectionShapes::noAgendaIsRefusedWithTheFileNamed()
{
    // Prose, a label with nothing after it, a table of contents and a list of fields: no agenda,
    // said so, never an empty meeting.
    for (const QString &markdown :
         {QStringLiteral("# Notes\n\nWe met and talked.\n"),
          QStringLiteral("# Sync\n\nAgenda:\n\nWe met and talked about many things today, at length, for "
                         "over an hour, and nothing was decided in the end.\n"),
          QStringLiteral("Agenda:\n"),
          QStringLiteral("# Planning\n\n- [Goals](#goals)\n- [Risks](#risks)\n\n* Date: 2024-05-02\n")}) {
        const ImportResult r = AgendaImporter::importMarkdown(markdown, QStringLiteral("empty.md"));
        QVERIFY2(!r.ok(), qPrintable(markdown));
        QVERIFY2(r.error.startsWith(QStringLiteral("empty.md: ")), qPrintable(r.error));
        QVERIFY(r.meeting.items.isEmpty());
    }
}

void TestSectionShapes::titleSectionPreambleIsTheDetails()
{
    // rust-lang/2026-08-14.md's shape: the date line before the first topic is the meeting's date,
    // and the facilitator in the roles section before it is the chair.
    const ImportResult r = AgendaImporter::importMarkdown(
        QStringLiteral("# Council meeting agenda\n\n- Meeting date: 2026-01-15\n\n## Meeting roles\n\n"
                       "- Facilitator: Ana\n\n## Check-in\n\n## Budget\n"),
        QStringLiteral("test.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.meeting.time.date, QDate(2026, 1, 15));
    QVERIFY(r.meeting.chair.has_value());
    QCOMPARE(r.meeting.chair->name, QStringLiteral("Ana"));
    QCOMPARE(r.meeting.items.size(), 2);
}

void TestSectionShapes::eachRuleExplainsItself_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("line");
    QTest::newRow("label and list") << QStringLiteral("# Call\n\nAgenda:\n\n- Welcome\n- Update\n")
                                    << QStringLiteral(
                                           "items: no heading names the agenda: the label “Agenda:” and the");
    QTest::newRow("label and paragraphs")
        << QStringLiteral("# Call\n\nAgenda:\n\nWelcome\n\nUpdate\n\nModerator: Alex\n")
        << QStringLiteral("items: the agenda ends at “Moderator: Alex”, a field or a paragraph of prose");
    QTest::newRow("timed list") << QStringLiteral("# Call\n\n- Intro (5 min)\n- Demo (10 min)\n")
                                << QStringLiteral("items: no heading names the agenda: the list from “Intro”, 2 of");
    QTest::newRow("sub-headings") << QStringLiteral("# Call\n\n## Intro\n\n## Demo\n")
                                  << QStringLiteral("items: no heading names the agenda: the title's 2 sub-heading");
    QTest::newRow("field section") << QStringLiteral("# Call\n\n## Details\n\n- Date: 2024-05-02\n\n## Demo\n")
                                   << QStringLiteral("items: “## Details” passed over: its section holds only fields");
    QTest::newRow("roles section")
        << QStringLiteral("# Call agenda\n\n## Meeting roles\n\n- Scribe: Bo\n\n## Demo\n")
        << QStringLiteral("items: “## Meeting roles” passed over: it names a section that is no agenda");
    QTest::newRow("preamble") << QStringLiteral("# Call agenda\n\n- Date: 2024-05-02\n\n## Demo\n")
                              << QStringLiteral("items: what precedes its first item, “## Demo”, is the document's "
                                                "preamble (its details), not items");
    QTest::newRow("first list of items")
        << QStringLiteral("# Call\n\n- [Goals](#goals)\n\nThen\n\n- Budget\n")
        << QStringLiteral("items: no heading names the agenda: the list from “Budget”, the first whose entries read "
                          "as items (neither fields, links nor prose)");
}

void TestSectionShapes::eachRuleExplainsItself()
{
    QFETCH(QString, markdown);
    QFETCH(QString, line);
    const ImportResult r = AgendaImporter::importMarkdown(markdown, QStringLiteral("test.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    bool found = false;
    for (const QString &l : r.explanation.lines()) {
        found = found || l.startsWith(line);
    }
    QVERIFY2(found, qPrintable(r.explanation.lines().join(QLatin1Char('\n'))));
}

void TestSectionShapes::aLargeDocumentReadsWhole()
{
    // Every fallback reads each block a bounded number of times: 4,000 topic headings, 4,000 prose
    // lists and 4,000 label-like paragraphs with no agenda heading: every topic is read (how long it
    // takes is bench_import's to say).
    QString markdown = QStringLiteral("# Big\n\n");
    for (int i = 0; i < 4000; ++i) {
        markdown += QStringLiteral("## Topic %1\n\nNote: %1\n\n- We talked about topic %1 at length today.\n\n").arg(i);
    }
    const ImportResult r = AgendaImporter::importMarkdown(markdown, QStringLiteral("big.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.meeting.items.size(), 4000);
}

QTEST_GUILESS_MAIN(TestSectionShapes)
#include "tst_sectionshapes.moc"
