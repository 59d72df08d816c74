// Duration and time forms seen in other communities' agendas. Every expected value was worked
// out by hand from the line quoted in the row (the evidence in tests/fixtures/agendas, or a
// form the issue names), never copied from the program's output.

#include "agenda/agendaimporter.h"
#include "agenda/durations.h"
#include "agenda/meetingtimeparser.h"

#include <QElapsedTimer>
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
    void meetingTimeForms_data();
    void meetingTimeForms();
    void longRunsOfSpacesCostOnePass();
    void meetingLength_data();
    void meetingLength();
    void headingGivesTheTimeWhenNoLineDoes();
    void aLabelledLineWinsOverTheHeading();
    void evidenceTimes_data();
    void evidenceTimes();
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

void TestTimeForms::meetingTimeForms_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("context"); // the label in front of the value
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("start");
    QTest::addColumn<QTime>("end");
    QTest::addColumn<QString>("offset"); // empty: none read

    QTest::newRow("JST, date after the times") << "10:00 to 17:00 JST on 29 September 2026"
                                               << "" << QDate(2026, 9, 29) << QTime(10, 0) << QTime(17, 0) << "+09:00";
    // onnx/058-20250626.md: "# Thursday, June 26th, 2025 at 9:00am PST"
    QTest::newRow("onnx 9:00am PST") << "Thursday, June 26th, 2025 at 9:00am PST"
                                     << "" << QDate(2025, 6, 26) << QTime(9, 0) << QTime() << "-08:00";
    // mindspore/011-20210414.md: "# Wednesday April 14, 2021 at 10:15am GMT+8"
    QTest::newRow("mindspore 10:15am GMT+8") << "Wednesday April 14, 2021 at 10:15am GMT+8"
                                             << "" << QDate(2021, 4, 14) << QTime(10, 15) << QTime() << "+08:00";
    // onnx/015-20260804.md: "# Tuesday August 4th, 2026 at 18 CEST"
    QTest::newRow("onnx at 18 CEST") << "Tuesday August 4th, 2026 at 18 CEST"
                                     << "" << QDate(2026, 8, 4) << QTime(18, 0) << QTime() << "+02:00";
    // onnx/022-20210820.md: "# Friday Aug 20 2021 10:30-11:30 pm PST"
    QTest::newRow("onnx range with one pm") << "Friday Aug 20 2021 10:30-11:30 pm PST"
                                            << "" << QDate(2021, 8, 20) << QTime(22, 30) << QTime(23, 30) << "-08:00";
    // zcash/Arborist Call 53-Notes.md: "Meeting Date/Time: June 1st 2023, 15:00 UTC"
    QTest::newRow("zcash June 1st 2023") << "June 1st 2023, 15:00 UTC"
                                         << "Meeting Date/Time" << QDate(2023, 6, 1) << QTime(15, 0) << QTime()
                                         << "+00:00";
    // zcash/Arborist call 128 - notes.md: "Meeting Date/Time: 23rd July 2026. 15:00 UTC"
    QTest::newRow("zcash 23rd July 2026")
        << "23rd July 2026. 15:00 UTC"
        << "Meeting Date/Time" << QDate(2026, 7, 23) << QTime(15, 0) << QTime() << "+00:00";
    // zcash/Arborist Call 88 Agenda.md: "**Meeting Date: October 17th 15:00 UTC**" (no year: no date,
    // and the clock is not taken for a year)
    QTest::newRow("zcash no year") << "October 17th 15:00 UTC"
                                   << "Meeting Date" << QDate() << QTime(15, 0) << QTime() << "+00:00";
    // mindspore/2021-05-20.md: "Duration: 2021/May/20 16:00 ~ 17:00 ((UTC +08:00)Beijing)"
    QTest::newRow("mindspore 2021/May/20")
        << "2021/May/20 16:00 ~ 17:00 ((UTC +08:00)Beijing)"
        << "Duration" << QDate(2021, 5, 20) << QTime(16, 0) << QTime(17, 0) << "+08:00";
    // mindspore/001-20210805.md: "# Thursday August 5, 2021 at 17:00pm GMT+8" (pm after a 24-hour clock)
    QTest::newRow("mindspore 17:00pm") << "Thursday August 5, 2021 at 17:00pm GMT+8"
                                       << "" << QDate(2021, 8, 5) << QTime(17, 0) << QTime() << "+08:00";
    QTest::newRow("ordinal October 3rd") << "October 3rd, 2024 at 9:00am PDT"
                                         << "" << QDate(2024, 10, 3) << QTime(9, 0) << QTime() << "-07:00";
    QTest::newRow("CET") << "2024-03-05 19:00 CET"
                         << "" << QDate(2024, 3, 5) << QTime(19, 0) << QTime() << "+01:00";
    QTest::newRow("EST") << "2024-01-02 19:00 EST"
                         << "" << QDate(2024, 1, 2) << QTime(19, 0) << QTime() << "-05:00";
    QTest::newRow("GMT alone") << "2024-01-02 19:00 GMT"
                               << "" << QDate(2024, 1, 2) << QTime(19, 0) << QTime() << "+00:00";
    QTest::newRow("CST under a Chinese label")
        << "2024-05-10 19:00 CST"
        << "会议时间" << QDate(2024, 5, 10) << QTime(19, 0) << QTime() << "+08:00";
    QTest::newRow("CST in a Chinese value") << "2024年5月10日 19:00 CST"
                                            << "" << QDate(2024, 5, 10) << QTime(19, 0) << QTime() << "+08:00";
    QTest::newRow("CST elsewhere is ambiguous")
        << "2024-05-10 19:00 CST"
        << "Meeting time" << QDate(2024, 5, 10) << QTime(19, 0) << QTime() << "";
    QTest::newRow("an offset wins over the abbreviation")
        << "2024-05-10 9:00 PST (UTC-7)"
        << "" << QDate(2024, 5, 10) << QTime(9, 0) << QTime() << "-07:00";
    QTest::newRow("Beijing time") << "2024-05-10 19:00 Beijing Time"
                                  << "" << QDate(2024, 5, 10) << QTime(19, 0) << QTime() << "+08:00";
    // openssf/2024.md: "Tuesday **April 16, 2024 from 1-3pm PT**" (PT is summer or winter: unread)
    QTest::newRow("openssf 1-3pm PT") << "Tuesday April 16, 2024 from 1-3pm PT"
                                      << "" << QDate(2024, 4, 16) << QTime(13, 0) << QTime(15, 0) << "";
    QTest::newRow("a shared pm that would pass the end")
        << "2024-01-02 11:00-1:00 pm"
        << "" << QDate(2024, 1, 2) << QTime(11, 0) << QTime(13, 0) << "";
    QTest::newRow("9am") << "2024-01-02 9am"
                         << "" << QDate(2024, 1, 2) << QTime(9, 0) << QTime() << "";
    QTest::newRow("12am is midnight") << "2024-01-02 12:30am"
                                      << "" << QDate(2024, 1, 2) << QTime(0, 30) << QTime() << "";
    QTest::newRow("a count is no hour") << "2024-01-02, 3 people"
                                        << "" << QDate(2024, 1, 2) << QTime() << QTime() << "";
    QTest::newRow("a day is no hour") << "Tuesday 4 August 2026"
                                      << "" << QDate(2026, 8, 4) << QTime() << QTime() << "";
    QTest::newRow("13 am is no time") << "2024-01-02 13 am"
                                      << "" << QDate(2024, 1, 2) << QTime() << QTime() << "";
    QTest::newRow("a word is no zone") << "2024-01-02 19:00, best wishes"
                                       << "" << QDate(2024, 1, 2) << QTime(19, 0) << QTime() << "";
    QTest::newRow("a word in capitals is no zone") << "2024-01-02 Sprint 12 IT review"
                                                   << "" << QDate(2024, 1, 2) << QTime() << QTime() << "";
    QTest::newRow("a range's end that is a count") << "2024-01-02 19:00-20 people"
                                                   << "" << QDate(2024, 1, 2) << QTime(19, 0) << QTime() << "";
    QTest::newRow("month name after a dot") << "Dec.10th 2025"
                                            << "" << QDate(2025, 12, 10) << QTime() << QTime() << "";
    QTest::newRow("a month inside a word is no month") << "Mayor 20 2021"
                                                       << "" << QDate() << QTime() << QTime() << "";
}

void TestTimeForms::meetingTimeForms()
{
    QFETCH(QString, value);
    QFETCH(QString, context);
    QFETCH(QDate, date);
    QFETCH(QTime, start);
    QFETCH(QTime, end);
    QFETCH(QString, offset);
    const MeetingTime t = parseMeetingTime(value, context);
    QCOMPARE(t.date, date);
    QCOMPARE(t.start, start);
    QCOMPARE(t.end, end);
    QCOMPARE(t.utcOffsetSeconds ? formatUtcOffset(*t.utcOffsetSeconds) : QString(), offset);
}

void TestTimeForms::longRunsOfSpacesCostOnePass()
{
    // Hostile input: a time line of 200000 spaces took a minute when runs of spaces met in the
    // pattern; many bare numbers each looked at the whole line. Seconds are generous here.
    const QString spaces(200000, QLatin1Char(' '));
    QString numbers;
    for (int i = 0; i < 50000; ++i) {
        numbers += QStringLiteral("1 ");
    }
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!parseMeetingTime(spaces + QStringLiteral("x")).start.isValid());
    QVERIFY(!parseMeetingTime(QStringLiteral("1") + spaces + QStringLiteral("x")).start.isValid());
    QVERIFY(!parseMeetingTime(QStringLiteral("晚上") + spaces + QStringLiteral("x")).start.isValid());
    QCOMPARE(parseMeetingTime(numbers + QStringLiteral("19:00")).start, QTime(19, 0));
    QCOMPARE(durations::total(QStringLiteral("1") + spaces + QStringLiteral("min")).value_or(-1), 1);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestTimeForms::meetingLength_data()
{
    QTest::addColumn<QString>("lines"); // what stands before the agenda
    QTest::addColumn<QString>("start"); // ISO, empty: none
    QTest::addColumn<QString>("end");

    // zcash/Arborist Call 53-Notes.md
    QTest::newRow("zcash Meeting Duration: 1 hour") << "Meeting Date/Time: June 1st 2023, 15:00 UTC\n\n"
                                                       "Meeting Duration: 1 hour"
                                                    << "2023-06-01T15:00"
                                                    << "2023-06-01T16:00";
    // zcash/Arborist call 128 - notes.md
    QTest::newRow("zcash Meeting Duration: 33 minutes") << "Meeting Date/Time: 23rd July 2026. 15:00 UTC\n\n"
                                                           "Meeting Duration: 33 minutes"
                                                        << "2026-07-23T15:00"
                                                        << "2026-07-23T15:33";
    QTest::newRow("会议时长") << "会议时间：2024-05-10 19:00\n\n会议时长：90分钟"
                              << "2024-05-10T19:00"
                              << "2024-05-10T20:30";
    QTest::newRow("the length before the time") << "- 会议时长：1小时\n- 会议时间：2024-05-10 19:00"
                                                << "2024-05-10T19:00"
                                                << "2024-05-10T20:00";
    QTest::newRow("a written end wins") << "Meeting Time: 2024-05-10 19:00-20:00\n\nDuration: 2 hours"
                                        << "2024-05-10T19:00"
                                        << "2024-05-10T20:00";
    QTest::newRow("past midnight") << "Meeting Time: 2024-05-10 23:30 UTC\n\nDuration: 1 hour"
                                   << "2024-05-10T23:30"
                                   << "2024-05-11T00:30";
    // zcash/Arborist Call 88 Agenda.md: no year, so no start and no end.
    QTest::newRow("zcash no year") << "Meeting Date: October 17th 15:00 UTC\n\nDuration: 1 hour 30 minutes"
                                   << ""
                                   << "";
    QTest::newRow("a length that is no duration") << "Meeting Time: 2024-05-10 19:00\n\nDuration: as needed"
                                                  << "2024-05-10T19:00"
                                                  << "";
    // mindspore/2021-05-20.md: the invitation pasted in a code block, its time under "Duration:".
    QTest::newRow("mindspore invitation in code") << "```bash\nSubject: MindSpore TSC Meeting 2021 May 20\n"
                                                     "Duration: 2021/May/20 16:00 ~ 17:00 ((UTC +08:00)Beijing)\n"
                                                     "Meeting ID: 314 101 678\n```"
                                                  << "2021-05-20T16:00"
                                                  << "2021-05-20T17:00";
}

void TestTimeForms::meetingLength()
{
    QFETCH(QString, lines);
    QFETCH(QString, start);
    QFETCH(QString, end);
    const ImportResult r = AgendaImporter::importMarkdown(
        QStringLiteral("# Call\n\n") + lines + QStringLiteral("\n\n## Agenda\n\n- Welcome\n"), QStringLiteral("m.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const MeetingTime &t = r.meeting.time;
    const auto iso = [](const QDate &d, const QTime &time) {
        return d.toString(Qt::ISODate) + QLatin1Char('T') + time.toString(QStringLiteral("HH:mm"));
    };
    QCOMPARE(t.hasStart() ? iso(t.date, t.start) : QString(), start);
    QCOMPARE(t.hasEnd() ? iso(t.endDate(), t.end) : QString(), end);
}

void TestTimeForms::headingGivesTheTimeWhenNoLineDoes()
{
    // onnx/058-20250626.md opens with two headings, the second the meeting's time.
    const ImportResult r = AgendaImporter::importMarkdown(
        QStringLiteral("# ONNX Operators SIG meeting\n# Thursday, June 26th, 2025 at 9:00am PST\n\n"
                       "## Agenda\n\n* Opens\n"),
        QStringLiteral("h.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.meeting.time.date, QDate(2025, 6, 26));
    QCOMPARE(r.meeting.time.start, QTime(9, 0));
    QCOMPARE(r.meeting.time.utcOffsetSeconds, std::optional<int>(-8 * 3600));
}

void TestTimeForms::aLabelledLineWinsOverTheHeading()
{
    const ImportResult r = AgendaImporter::importMarkdown(
        QStringLiteral("# Thursday August 5, 2021 at 17:00 GMT+8\n\nMeeting Time: 2021-08-05 19:00-21:00\n\n"
                       "## Agenda\n\n- Welcome\n"),
        QStringLiteral("l.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.meeting.time.start, QTime(19, 0));
    QCOMPARE(r.meeting.time.end, QTime(21, 0));
    QCOMPARE(r.meeting.time.utcOffsetSeconds, std::nullopt);
    // A heading with a date and no time of day gives nothing.
    const ImportResult dateOnly = AgendaImporter::importMarkdown(
        QStringLiteral("# Steering Committee Meeting 2021/May/20\n\n## Agenda\n\n- Welcome\n"), QStringLiteral("d.md"));
    QVERIFY2(dateOnly.ok(), qPrintable(dateOnly.error));
    QVERIFY(!dateOnly.meeting.time.date.isValid());
}

void TestTimeForms::evidenceTimes_data()
{
    QTest::addColumn<QString>("file"); // under tests/fixtures/agendas
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("offset");

    // Read from each file by hand; the line that says it is in the comment.
    // "# Wednesday April 14, 2021 at 10:15am GMT+8"
    QTest::newRow("mindspore/011") << "mindspore/011-20210414.md"
                                   << "2021-04-14T10:15"
                                   << ""
                                   << "+08:00";
    // "# Tuesday, Sep 7, 2021 at 19:00 GMT+8"
    QTest::newRow("mindspore/009") << "mindspore/009-20210907.md"
                                   << "2021-09-07T19:00"
                                   << ""
                                   << "+08:00";
    // "# Tuesday, December 7, 2021 at 19:00 GMT+8"
    QTest::newRow("mindspore/013") << "mindspore/013-20211207.md"
                                   << "2021-12-07T19:00"
                                   << ""
                                   << "+08:00";
    // "Duration: 2021/May/20 16:00 ~ 17:00 ((UTC +08:00)Beijing)" in a code block
    QTest::newRow("mindspore/2021-05-20") << "mindspore/2021-05-20.md"
                                          << "2021-05-20T16:00"
                                          << "2021-05-20T17:00"
                                          << "+08:00";
    // "# Thursday, June 26th, 2025 at 9:00am PST" (the second heading)
    QTest::newRow("onnx/058") << "onnx/058-20250626.md"
                              << "2025-06-26T09:00"
                              << ""
                              << "-08:00";
    // "# Friday Aug 20 2021 10:30-11:30 pm PST"
    QTest::newRow("onnx/022") << "onnx/022-20210820.md"
                              << "2021-08-20T22:30"
                              << "2021-08-20T23:30"
                              << "-08:00";
    // "# Tuesday August 4th, 2026 at 18 CEST"
    QTest::newRow("onnx/015") << "onnx/015-20260804.md"
                              << "2026-08-04T18:00"
                              << ""
                              << "+02:00";
    // "Meeting Date/Time: June 1st 2023, 15:00 UTC" and "Meeting Duration: 1 hour"
    QTest::newRow("zcash/53") << "zcash/Arborist Call 53-Notes.md"
                              << "2023-06-01T15:00"
                              << "2023-06-01T16:00"
                              << "+00:00";
    // "**Meeting Date: October 17th 15:00 UTC**": no year, so no start
    QTest::newRow("zcash/88") << "zcash/Arborist Call 88 Agenda.md"
                              << ""
                              << ""
                              << "+00:00";
    // "- 本次会议时间：2024/05/10 19:00 - 20:00"
    QTest::newRow("paddlepaddle/2024-Q2") << "paddlepaddle/2024-Q2-meeting-agenda.md"
                                          << "2024-05-10T19:00"
                                          << "2024-05-10T20:00"
                                          << "";
}

void TestTimeForms::evidenceTimes()
{
    QFETCH(QString, file);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, offset);
    const ImportResult r
        = AgendaImporter::importFile(QStringLiteral(GAVEL_SOURCE_DIR "/tests/fixtures/agendas/") + file);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const MeetingTime &t = r.meeting.time;
    const auto iso = [](const QDate &d, const QTime &time) {
        return d.toString(Qt::ISODate) + QLatin1Char('T') + time.toString(QStringLiteral("HH:mm"));
    };
    QCOMPARE(t.hasStart() ? iso(t.date, t.start) : QString(), start);
    QCOMPARE(t.hasEnd() ? iso(t.endDate(), t.end) : QString(), end);
    QCOMPARE(t.utcOffsetSeconds ? formatUtcOffset(*t.utcOffsetSeconds) : QString(), offset);
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
