// Duration and time forms seen in other communities' agendas. Every expected value was worked
// out by hand from the line quoted in the row (the evidence in tests/fixtures/agendas, or a
// form the issue names), never copied from the program's output.

#include "agenda/agendaimporter.h"
#include "agenda/durations.h"

#include <QTest>

using namespace gavel;

class TestTimeForms : public QObject
{
    Q_OBJECT

private slots:
    void durationForms_data();
    void durationForms();
    void titleLosesBracketedForms_data();
    void titleLosesBracketedForms();
    void evidenceItemMinutes_data();
    void evidenceItemMinutes();
};

void TestTimeForms::durationForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minutes"); // -1: no duration

    // The forms issue 19 names.
    QTest::newRow("(1m)") << "Welcome and introductions (1m)" << 1;
    QTest::newRow("30m at the end") << "Roadmap review 30m" << 30;
    QTest::newRow("30m before a dash") << "30m - Roadmap review" << 30;
    QTest::newRow("(0:15)") << "Release planning (0:15)" << 15;
    QTest::newRow("(1:30) full-width brackets") << "路线图讨论（1:30）" << 90;
    QTest::newRow("5'") << "Intro 5'" << 5;
    QTest::newRow("5’ typographic") << "Intro (5’)" << 5;
    QTest::newRow("1h30m") << "Workshop 1h30m" << 90;
    // openssf/2023-04-04.md: "* (_10 min max_): [Isaac Hepworth] Update from **Supply Chain Integrity WG **"
    QTest::newRow("openssf (10 min max)")
        << "(10 min max): [Isaac Hepworth] Update from Supply Chain Integrity WG" << 10;
    // openssf/2024.md: "* TAC Update on Groups \- *10 min* **MAX** each (provide template ahead as pre-read)"
    QTest::newRow("openssf 10 min MAX each")
        << "TAC Update on Groups - 10 min MAX each (provide template ahead as pre-read)" << 10;
    // openssf/2024.md: "... (news, events, blogs, etc) \- *10min* **MAX**"
    QTest::newRow("openssf 10min MAX")
        << "Any Foundation/Staff Updates to provide (news, events, blogs, etc) - 10min MAX" << 10;
    // zcash/Arborist Call 88 Agenda.md: "Duration: 1 hour 30 minutes"
    QTest::newRow("zcash 1 hour 30 minutes") << "1 hour 30 minutes" << 90;

    // Clock times, counts, dates, versions and money are never durations.
    QTest::newRow("clock") << "Opening 19:00" << -1;
    QTest::newRow("bracketed clock") << "Opening (19:00)" << -1;
    QTest::newRow("bracketed clock with leading zero") << "Opening (09:30)" << -1;
    QTest::newRow("bracketed h:mm from 4 on is a clock") << "Opening (4:30)" << -1;
    QTest::newRow("h:mm outside brackets") << "Opening 0:15" << -1;
    QTest::newRow("h:mm not alone in the brackets") << "Opening (0:15 sharp)" << -1;
    QTest::newRow("count") << "3 people" << -1;
    QTest::newRow("issue number") << "#12" << -1;
    QTest::newRow("issue number then m") << "Issue #12m" << -1;
    QTest::newRow("version") << "Release 3.0" << -1;
    QTest::newRow("version with v") << "Upgrade to v2.6" << -1;
    QTest::newRow("date") << "2021/May/20" << -1;
    // openssf/2024.md: "Zach: read $4m of $5m deployed \- great\! ..."
    QTest::newRow("openssf money") << "Zach: read $4m of $5m deployed - great!" << -1;
    QTest::newRow("m followed by a word") << "Reached 5m users" << -1;
    QTest::newRow("capital M is millions") << "Raised 5M" << -1;
    QTest::newRow("a fraction of m is no minutes") << "Budget 1.5m" << -1;
    QTest::newRow("spaced m is no unit") << "Room 30 m" << -1;
    QTest::newRow("feet and inches") << "He is 5'10\" tall" << -1;
    QTest::newRow("possessive") << "Music of the 90's" << -1;
    QTest::newRow("quoted number") << "Vote on option '5'" << -1;
}

void TestTimeForms::durationForms()
{
    QFETCH(QString, text);
    QFETCH(int, minutes);
    QCOMPARE(durations::total(text).value_or(-1), minutes);
}

void TestTimeForms::titleLosesBracketedForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");

    QTest::newRow("(1m)") << "Welcome (1m)"
                          << "Welcome";
    QTest::newRow("(0:15)") << "Release planning (0:15)"
                            << "Release planning";
    QTest::newRow("(5')") << "Intro (5')"
                          << "Intro";
    QTest::newRow("a bracketed clock stays") << "Opening (19:00)"
                                             << "Opening (19:00)";
    QTest::newRow("a bare form outside brackets stays") << "Roadmap review 30m"
                                                        << "Roadmap review 30m";
}

void TestTimeForms::titleLosesBracketedForms()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QCOMPARE(durations::withoutDurationGroups(text), title);
}

void TestTimeForms::evidenceItemMinutes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<int>>("minutes"); // each top-level item's, -1: none stated

    // "* (_10 min max_): [Isaac Hepworth] Update from ..." is the third of seven items; none other has one.
    QTest::newRow("openssf/2023-04-04") << "openssf/2023-04-04.md" << QList<int> {-1, -1, 10, -1, -1, -1, -1};
    // "- 飞桨黑客松TVM任务说明：（5分钟）", then four items ending "（5-10分钟）" or "(5-10分钟)":
    // a range counts its upper bound.
    QTest::newRow("paddlepaddle/2023-03-07")
        << "paddlepaddle/2023-03-07-meeting-agenda.md" << QList<int> {5, 10, 10, 10, 10};
}

void TestTimeForms::evidenceItemMinutes()
{
    QFETCH(QString, file);
    QFETCH(QList<int>, minutes);
    const ImportResult r
        = AgendaImporter::importFile(QStringLiteral(GAVEL_SOURCE_DIR "/tests/fixtures/agendas/") + file);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QList<int> read;
    for (const AgendaItem &item : r.meeting.items) {
        read.append(item.minutes.value_or(-1));
    }
    QCOMPARE(read, minutes);
}

QTEST_GUILESS_MAIN(TestTimeForms)
#include "tst_timeforms.moc"
