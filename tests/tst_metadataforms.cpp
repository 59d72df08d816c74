// The people and metadata an agenda names, in the forms real agendas write them: every expected
// value was written by hand from the Markdown of its row (rows marked "evidence" quote lines of
// tests/fixtures/agendas, read there by eye), never from the importer's output.

#include "agenda/agendaimporter.h"
#include "agenda/markdowndocument.h"
#include "agenda/people.h"

#include <QTest>

using namespace gavel;

namespace {

// "name/github" for each person; an empty side is a missing field.
QStringList describe(const QList<Person> &people)
{
    QStringList out;
    for (const Person &p : people) {
        out.append(p.name + QLatin1Char('/') + p.github);
    }
    return out;
}

QString describe(const std::optional<Person> &person)
{
    return person ? person->name + QLatin1Char('/') + person->github : QString();
}

Meeting imported(const QString &markdown)
{
    const ImportResult r = AgendaImporter::importMarkdown(markdown, QStringLiteral("test.md"));
    if (!r.ok()) {
        qWarning() << r.error;
    }
    return r.meeting;
}

} // namespace

class TestMetadataForms : public QObject
{
    Q_OBJECT

private slots:
    void frontMatterIsSkippedAndItsFieldsUsed_data();
    void frontMatterIsSkippedAndItsFieldsUsed();
    void rosterFromAttendanceSections_data();
    void rosterFromAttendanceSections();
    void chairFromItsWords_data();
    void chairFromItsWords();
    void bareJoinUrlAfterItsLabel_data();
    void bareJoinUrlAfterItsLabel();
    void sectionNameTitleLosesToTopicLine_data();
    void sectionNameTitleLosesToTopicLine();
    void handleNeverFromDisplayName_data();
    void handleNeverFromDisplayName();
    void tableRowLongerThanHeaderKeepsItsCells();
    void evidenceFiles_data();
    void evidenceFiles();
};

void TestMetadataForms::frontMatterIsSkippedAndItsFieldsUsed_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("date");

    const QString agenda = QStringLiteral("\n## Agenda\n\n- One\n- Two\n");
    // evidence: rust-lang/2022-11-22.md, "title: Triage meeting 2022-11-22" over "# T-lang meeting agenda".
    QTest::newRow("yaml title beats the heading")
        << "---\ntitle: Triage meeting 2022-11-22\ntags: triage-meeting\n---\n\n# T-lang meeting agenda\n" + agenda
        << "Triage meeting 2022-11-22" << QDate();
    QTest::newRow("yaml quoted title and date") << "---\ntitle: \"Weekly sync\"\ndate: 2024-03-05\n---\n# Notes\n"
            + agenda << "Weekly sync" << QDate(2024, 3, 5);
    QTest::newRow("toml title") << "+++\ntitle = 'Steering meeting'\n+++\n# Heading\n" + agenda << "Steering meeting"
                                << QDate();
    // evidence: rust-lang/T-compiler Meeting Agenda 2026-07-30.md, front matter without a title.
    QTest::newRow("yaml without title keeps the heading")
        << "---\ntags: [\"triage-meeting\", \"minutes\"]\ndate: 2026-07-30\nurl: https://example.org\n---\n\n# "
           "T-compiler Meeting Agenda 2026-07-30\n"
            + agenda
        << "T-compiler Meeting Agenda 2026-07-30" << QDate(2026, 7, 30);
    // A document that starts with a rule and a setext heading has no front matter.
    QTest::newRow("rule then setext heading") << "---\nPlanning\n---\n" + agenda << "Planning" << QDate();
    QTest::newRow("unclosed front matter") << "---\ntitle: Lost\n\n# Real title\n" + agenda << "Real title" << QDate();
}

void TestMetadataForms::frontMatterIsSkippedAndItsFieldsUsed()
{
    QFETCH(QString, markdown);
    QFETCH(QString, title);
    QFETCH(QDate, date);
    const Meeting m = imported(markdown);
    QCOMPARE(m.title, title);
    if (date.isValid()) {
        QCOMPARE(m.time.date, date);
    }
    for (const AgendaItem &item : m.items) {
        QVERIFY2(!item.title.contains(QLatin1String("title")), qPrintable(item.title));
    }
}

void TestMetadataForms::rosterFromAttendanceSections_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("roster");

    // evidence: openjs/2025-09-30.md, "## Present" with "* Claudio Wunder (@ovflowd)" and "* Ben Sternthal".
    QTest::newRow("present heading before the agenda")
        << "# CPC Meeting\n\n## Present\n\n* Claudio Wunder (@ovflowd)\n* Ben Sternthal\n* Chris de Almeida "
           "(@ctcpip)\n\n## Agenda\n\n1. One travel fund request\n"
        << QStringList {"Claudio Wunder/ovflowd", "Ben Sternthal/", "Chris de Almeida/ctcpip"};
    // evidence: openjs/2020-02-12-code-of-conduct.md, "## Participants" after the agenda.
    QTest::newRow("participants heading after the agenda")
        << "# Code of Conduct Working Group\n\n## Actions/Agenda\n\n* Question: Does this group need to meet "
           "again?\n\n## Participants\n  * Michael Dawson\n  * Jordan Harband\n"
        << QStringList {"Michael Dawson/", "Jordan Harband/"};
    // evidence: rust-lang/2022-11-22.md, "* Team members: scott, josh" / "* Others: mark, ..., Gary Guo (nbdd0121),
    // ...".
    QTest::newRow("attendance as labelled comma lists")
        << "# Triage\n\n## Attendance\n\n* Team members: scott, josh\n* Others: mark, Gary Guo (nbdd0121), "
           "pnkfelix (30min late)\n\n## Agenda\n\n- Item\n"
        << QStringList {"scott/", "josh/", "mark/", "Gary Guo/", "pnkfelix/"};
    // evidence: onnx/022-20210820.md, "## Attendees" after the agenda, "* Chin Huang (onnx-tf)".
    QTest::newRow("attendees heading after the agenda")
        << "# Friday\n\n## Agenda\n* Updates\n\n## Attendees\n* Chin Huang (onnx-tf)\n* Charles Volzka\n\n## "
           "Notes\n* Chair: nobody\n"
        << QStringList {"Chin Huang/", "Charles Volzka/"};
    // evidence: kubeedge, "**Attendees:**" then a list.
    QTest::newRow("bold attendees label and list")
        << "## Meeting\n\n**Attendees:**\n\n- CNCF KubeEdge  \n- 言者无罪  \n- lisi\n\n**Agenda:**\n\n### Agenda\n\n- "
           "Item\n"
        << QStringList {"CNCF KubeEdge/", "言者无罪/", "lisi/"};
    // evidence: openssf/2024.md, "|  | Name/Affiliation | Pronouns | GH ID |", blank rows, Will Enck twice.
    QTest::newRow("attendance table by its columns")
        << "# 2024-12-10\n\n# Attendance (please **mark an \u201cX\u201d if you are here,**)\n\n|  | Name/Affiliation "
           "| "
           "Pronouns | GH ID |\n| ----- | :---- | :---: | :---- |\n|  x | Arnaud Le Hors (IBM, **TAC**) | he/him | "
           "lehors |\n|  |  |  |  |\n| x | Angelah Liu (LF) | she/her |  |\n| x | Will Enck (NCSU) |  |  |\n| x | "
           "Will Enck (NCSU) |  |  |\n\n### Agenda:\n\n* Request volunteer for scribe\n"
        << QStringList {"Arnaud Le Hors/lehors", "Angelah Liu/", "Will Enck/"};
    QTest::newRow("chinese roster heading")
        << "# 周会\n\n## 参会人员\n\n- 李华（[lihua](https://github.com/lihua)）\n- 王明\n\n## 会议议程\n\n1. 进展\n"
        << QStringList {"李华/lihua", "王明/"};
    QTest::newRow("a sentence under the heading is no name")
        << "# Sync\n\n## Agenda\n\n- A\n\n## Attendees\n\nPlease add yourself to the list below before the call "
           "starts.\n\n- Ann Lee\n"
        << QStringList {"Ann Lee/"};
    QTest::newRow("chu xi heading after the agenda") << "# 周会\n\n## 议程\n\n1. 进展\n\n## 出席\n\n张三、李四\n"
                                                     << QStringList {"张三/", "李四/"};
    // "Present" inside an item's sentence is no roster label.
    QTest::newRow("present as a verb in an item") << "# Sync\n\n## Agenda\n\n- Present the roadmap: Alice\n- Budget\n"
                                                  << QStringList {};
    QTest::newRow("roster label in a note is not the roster")
        << "# Sync\n\n## Agenda\n\n- Welcome new attendees: @alice\n"
        << QStringList {};
}

void TestMetadataForms::rosterFromAttendanceSections()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, roster);
    QCOMPARE(describe(imported(markdown).roster), roster);
}

void TestMetadataForms::chairFromItsWords_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("chair");

    // evidence: rust-lang/2026-08-14.md, "## Meeting roles" / "- Facilitator: lqd" / "- Minutes: Tomáš Šedovič".
    QTest::newRow("facilitator in meeting roles")
        << "# Council meeting agenda\n\n## Meeting roles\n\n- Facilitator: lqd\n- Minutes: Tomáš Šedovič\n\n## "
           "Check-in\n\n(Not minuted.)\n"
        << "lqd/";
    // evidence: zcash/Arborist call 128 - notes.md, "Moderator: Alex" after "Agenda:".
    QTest::newRow("moderator after the agenda")
        << "# Call 128\n\n## Agenda\n\n- Updates\n\nModerator: Alex\n\nNotes: chidi @zcashNigeria\n"
        << "Alex/";
    QTest::newRow("host before the agenda") << "# Sync\n\nHost: [Ann](https://github.com/ann-x)\n\n## Agenda\n\n- A\n"
                                            << "Ann/ann-x";
    QTest::newRow("zhuchiren") << "# 周会\n\n- 主持人：李华\n\n## 议程\n\n1. 进展\n"
                               << "李华/";
    // evidence: paddlepaddle/2023-09-10-meeting-agenda.md, a 主持人 line with a GitHub link.
    QTest::newRow("zhuchiren with a link")
        << "# 研讨会\n\n* 主持人：[Ligoml](https://github.com/Ligoml)\n\n## 会议议程\n\n* 开场（5 mins）\n"
        << "Ligoml/Ligoml";
    // A chair word inside an item's title names no one.
    QTest::newRow("chair word in an item title")
        << "# Sync\n\n## Agenda\n\n- Chair election: candidates\n- Where to host the next summit: Berlin?\n"
        << QString();
    // evidence: openssf/2024.md, "| TAC |  | [Link](…) | Chair: CRob  Vice Chair: Arnaud Le Hors |  |  |".
    QTest::newRow("chair of a working group in a table")
        << "# Notes\n\n## Agenda\n\n- A\n\n| WG | Chair |\n|---|---|\n| TAC | Chair: CRob  Vice Chair: Arnaud Le Hors "
           "|\n"
        << QString();
    QTest::newRow("vacant chair") << "# Sync\n\n## Agenda\n\n- A\n\nModerator: TBD\n" << QString();
}

void TestMetadataForms::chairFromItsWords()
{
    QFETCH(QString, markdown);
    QFETCH(QString, chair);
    QCOMPARE(describe(imported(markdown).chair), chair);
}

void TestMetadataForms::bareJoinUrlAfterItsLabel_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("url");

    // evidence: paddlepaddle/2024-Q2-meeting-agenda.md, "    - 入会链接：https://meeting.tencent.com/dm/axviYwPgYNx5".
    QTest::newRow("ruhui lianjie bare url") << "# 会议\n\n- 本次会议接入方式：【腾讯会议】\n    - "
                                               "入会链接：https://meeting.tencent.com/dm/axviYwPgYNx5\n    - "
                                               "入会密码：另行告知\n\n## 会议议程\n1. 筹备\n"
                                            << "https://meeting.tencent.com/dm/axviYwPgYNx5";
    QTest::newRow("join link on an unknown host")
        << "# Sync\n\nJoin link: https://meet.example.org/room-42\n\n## Agenda\n\n- A\n"
        << "https://meet.example.org/room-42";
    QTest::newRow("meeting link") << "# Sync\n\n- Meeting link: <https://video.example.org/j/1>\n\n## Agenda\n\n- A\n"
                                  << "https://video.example.org/j/1";
    // evidence: zcash/Arborist Call 88 Agenda.md, "Full notes" and "Recorded" links are no join link.
    QTest::newRow("recording is no join link")
        << "# Call 88\n\nRecorded: https://www.youtube.com/watch?v=abc\n\n## Agenda\n\n- A\n"
        << QString();
}

void TestMetadataForms::bareJoinUrlAfterItsLabel()
{
    QFETCH(QString, markdown);
    QFETCH(QString, url);
    QCOMPARE(imported(markdown).join.url, url);
}

void TestMetadataForms::sectionNameTitleLosesToTopicLine_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("title");

    QTest::newRow("jiben xinxi")
        << "## 基本信息\n\n- 会议主题：飞桨社区周会\n- 会议时间：2025-01-02 19:00\n\n## 会议议程\n\n1. 进展\n"
        << "飞桨社区周会";
    QTest::newRow("basic information") << "# Basic information\n\n- Meeting title: Infra SIG sync\n\n## Agenda\n\n- A\n"
                                       << "Infra SIG sync";
    QTest::newRow("agenda heading and topic") << "Topic: Release planning\n\n# Agenda\n\n- A\n"
                                              << "Release planning";
    QTest::newRow("a real title keeps") << "# Infra SIG sync\n\n- Topic: releases\n\n## Agenda\n\n- A\n"
                                        << "Infra SIG sync";
    QTest::newRow("section name without topic")
        << "## 基本信息\n\n- 会议时间：2025-01-02 19:00\n\n## 会议议程\n\n1. 进展\n"
        << "基本信息";
}

void TestMetadataForms::sectionNameTitleLosesToTopicLine()
{
    QFETCH(QString, markdown);
    QFETCH(QString, title);
    QCOMPARE(imported(markdown).title, title);
}

void TestMetadataForms::handleNeverFromDisplayName_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("handles");

    // evidence: paddlepaddle/2025-10-22-meeting-agenda.md, "7|@Alex Zhang |2025-12-25|2026-01-21".
    QTest::newRow("display name after at") << "值班 @jzhang533 与 @Alex Zhang" << QStringList {"jzhang533"};
    // evidence: rust-lang/T-compiler Meeting Agenda 2026-07-30.md, Zulip's "@**name**" and "@_**name|123**".
    QTest::newRow("zulip mention") << "nominated by @**Wesley Wiser** and @_**apiraino|124288**" << QStringList {};
    QTest::newRow("zulip single word") << "assigned to @**lcnr**" << QStringList {};
    QTest::newRow("ascii handles stay") << "(@apiraino) and @moelwintun" << QStringList {"apiraino", "moelwintun"};
    QTest::newRow("capitalised handle alone") << "review by @Topdu @SWHL" << QStringList {"Topdu", "SWHL"};
    QTest::newRow("bold handle without at") << "**@luotao1** to follow up" << QStringList {"luotao1"};
}

void TestMetadataForms::handleNeverFromDisplayName()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, handles);
    const MarkdownDocument doc(markdown);
    QVERIFY(!doc.root().children.empty());
    QCOMPARE(people::handles(InlineSpan::of(*doc.root().children.front())), handles);
}

void TestMetadataForms::tableRowLongerThanHeaderKeepsItsCells()
{
    // The header has three cells; the second row names four people: md4c drops the fourth cell,
    // and the roster keeps it from the row's source line, links and all.
    const QString markdown = QStringLiteral(
        "# 第十次会议\n\n- 本次拟参会人员列表：\n\n| | | |\n|---|---|---|\n| [a-one](https://github.com/a-one) | "
        "[b-two](https://github.com/b-two) | [c-three](https://github.com/c-three) |\n| "
        "[d-four](https://github.com/d-four) | [e-five](https://github.com/e-five) | [f-six](https://github.com/f-six) "
        "| [g-seven](https://github.com/g-seven) |\n\n# 会议议程\n\n1. 进展\n");
    QCOMPARE(describe(imported(markdown).roster),
             (QStringList {"a-one/a-one", "b-two/b-two", "c-three/c-three", "d-four/d-four", "e-five/e-five",
                           "f-six/f-six", "g-seven/g-seven"}));

    // An escaped pipe stays in its cell; a table without a long row is untouched.
    const MarkdownDocument doc(QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 | x \\| y |\n"));
    const MarkdownBlock &table = *doc.root().children.front();
    const MarkdownBlock &body = *table.children.back();
    QCOMPARE(body.children.front()->children.size(), size_t(3));
    QCOMPARE(body.children.front()->children.back()->text, QStringLiteral("x | y"));
}

void TestMetadataForms::evidenceFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("chair");
    QTest::addColumn<QString>("joinUrl");
    QTest::addColumn<int>("rosterSize");
    QTest::addColumn<QString>("firstPerson");
    QTest::addColumn<QString>("lastPerson");

    // Read by eye in each file: the line that gives each value is quoted.
    // "## Present" … "* Claudio Wunder (@ovflowd)" … "* Wes Todd"
    QTest::newRow("openjs 2025-09-30") << "openjs/2025-09-30.md"
                                       << "OpenJS Foundation Cross Project Council Meeting 2025-09-30" << QString()
                                       << QString() << 9 << "Claudio Wunder/ovflowd"
                                       << "Wes Todd/";
    // "## Participants" after the agenda, "  * Michael Dawson" … eleven entries.
    QTest::newRow("openjs code of conduct")
        << "openjs/2020-02-12-code-of-conduct.md"
        << "Code of Conduct Working Group" << QString() << QString() << 11 << "Michael Dawson/"
        << "James Snell/";
    // "title: Triage meeting 2022-11-22"; "* Others: mark, dtolnay, Gary Guo (nbdd0121), y86-dev, pnkfelix (30min
    // late)"
    QTest::newRow("rust lang front matter") << "rust-lang/2022-11-22.md"
                                            << "Triage meeting 2022-11-22" << QString() << QString() << 7 << "scott/"
                                            << "pnkfelix/";
    // "* 主持人：[Ligoml](https://github.com/Ligoml)"
    QTest::newRow("paddle zhuchiren") << "paddlepaddle/2023-09-10-meeting-agenda.md"
                                      << "PaddleCV 套件开发者第七次研讨会"
                                      << "Ligoml/Ligoml"
                                      << "https://meeting.tencent.com/dm/AdNmMQdk0A2L" << 0 << QString() << QString();
    // "    - 入会链接：https://meeting.tencent.com/dm/axviYwPgYNx5"
    QTest::newRow("paddle bare join url")
        << "paddlepaddle/2024-Q2-meeting-agenda.md"
        << "飞桨社区开源发展工作组 2024-Q2 会议议程" << QString() << "https://meeting.tencent.com/dm/axviYwPgYNx5" << 0
        << QString() << QString();
    // "- Meeting Link:" then "    https://welink.zhumu.com/j/209111783" after the agenda.
    QTest::newRow("mindspore link in the next paragraph")
        << "mindspore/001-20210805.md"
        << "Thursday August 5, 2021 at 17:00pm GMT+8" << QString() << "https://welink.zhumu.com/j/209111783" << 5
        << "Wang Kaisheng/"
        << "Bai Huawei/";
    // "Meeting link: <https://welink-meeting.zoom.us/j/314101678>" inside a fenced block.
    QTest::newRow("mindspore link in a code block")
        << "mindspore/2021-05-20.md"
        << "Steering Committee Meeting 2021/May/20" << QString() << "https://welink-meeting.zoom.us/j/314101678" << 4
        << QString() << QString();
    // "* Recording: https://zoom.us/rec/share/…" is no join link.
    QTest::newRow("onnx recording") << "onnx/007-20240313.md"
                                    << "March 26, 2024" << QString() << QString() << 0 << QString() << QString();
    // "Moderator: Pili Guerra" after the agenda.
    QTest::newRow("zcash moderator") << "zcash/Arborist Call 53-Notes.md"
                                     << "Arborist Call #53 Notes"
                                     << "Pili Guerra/" << QString() << 0 << QString() << QString();
    // "|  x | Arnaud Le Hors (IBM, **TAC**) | he/him | lehors |" … "| x | Will Enck (NCSU) |  |  |" twice;
    // "Join the Mailing List" is no join link, "Chair: CRob" in the working groups' table no chair.
    QTest::newRow("openssf attendance table")
        << "openssf/2024.md"
        << "2024 OpenSSF TAC Meeting Notes" << QString() << QString() << 28 << "Arnaud Le Hors/lehors"
        << "Karen Bennet/";
}

void TestMetadataForms::evidenceFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, chair);
    QFETCH(QString, joinUrl);
    QFETCH(int, rosterSize);
    QFETCH(QString, firstPerson);
    QFETCH(QString, lastPerson);
    const ImportResult r
        = AgendaImporter::importFile(QStringLiteral(GAVEL_SOURCE_DIR "/tests/fixtures/agendas/") + file);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.meeting.title, title);
    QCOMPARE(describe(r.meeting.chair), chair);
    QCOMPARE(r.meeting.join.url, joinUrl);
    const QStringList roster = describe(r.meeting.roster);
    QCOMPARE(roster.size(), rosterSize);
    if (!firstPerson.isEmpty()) {
        QCOMPARE(roster.first(), firstPerson);
        QCOMPARE(roster.last(), lastPerson);
    }
}

QTEST_GUILESS_MAIN(TestMetadataForms)
#include "tst_metadataforms.moc"
