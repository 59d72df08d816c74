// A file that keeps several dated meetings (one running document per group): which meeting is read,
// and what of it. Every expected value is written by hand from the snippet above it. No translator
// is loaded here, so counted words read as their source ("%n item(s)"); English plurals come
// from gavel_en.ts in the program.

#include "agenda/agendaimporter.h"
#include "agenda/datedmeetings.h"
#include "fakeclock.h"
#include "mainwindow.h"
#include "meeting/livemeeting.h"
#include "meetingchoicedialog.h"
#include "readingwindow.h"
#include "storage/sessionfile.h"
#include "storage/sessionstore.h"
#include "testsupport.h"
#include "widgetsupport.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace gavel;

namespace {

QStringList titlesOf(const Meeting &meeting)
{
    QStringList titles;
    for (const AgendaItem &item : meeting.items) {
        titles << item.title;
    }
    return titles;
}

QStringList namesOf(const QList<Person> &people)
{
    QStringList names;
    for (const Person &p : people) {
        names << (p.name.isEmpty() ? p.github : p.name);
    }
    return names;
}

QList<QDate> datesOf(const ImportResult &result)
{
    QList<QDate> dates;
    for (const DatedMeeting &m : result.meetings) {
        dates << m.date;
    }
    return dates;
}

// Three meetings, newest first as running notes usually are; the newest has no agenda yet.
const QString threeMeetings = QStringLiteral("# Edge SIG Meeting Notes\n\n"
                                             "Join: https://zoom.us/j/123456789\n\n"
                                             "## 2024-03-27\n\n"
                                             "**Attendees:**\n\n- Ann\n- Bob\n\n"
                                             "## 2024-03-13\n\n"
                                             "**Attendees:**\n\n- Carol\n- Dan\n\n"
                                             "**Agenda:**\n\n- Release plan\n- Triage\n\n"
                                             "**Notes:**\n\n- Release on Friday\n\n"
                                             "## 2024-02-28\n\n"
                                             "**Attendees:**\n\n- Erin\n\n"
                                             "**Agenda:**\n\n- Kick-off\n");

} // namespace

class TestDatedMeetings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void meetingChosen_data();
    void meetingChosen();
    void singleMeetingIsNotSplit_data();
    void singleMeetingIsNotSplit();
    void rosterAndMetadataBelongToTheChosenMeeting();
    void meetingsAreListedNewestFirstWithTheirItems();
    void aDateNotInTheFileIsAClearError();
    void noMeetingWithAnAgendaIsAnError();
    void timeOfDay_data();
    void timeOfDay();
    void explanationSaysWhichMeeting();
    void explanationSaysWhereTheTimeCameFrom();
    void manyDatesAreCutInTheError();
    void commandLineDate();
    void sessionKeepsTheChosenDate();
    void chooserPreselectsAndAnswersTheKeyboard();
    void openingAskesWhichMeetingAndRemembersIt();

private:
    FakeClock m_clock {test::testStartMs()};
};

void TestDatedMeetings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c()); // the chooser writes dates in the interface's locale
}

void TestDatedMeetings::meetingChosen_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("date"); // --date; empty: the default
    QTest::addColumn<QDate>("chosen");
    QTest::addColumn<QStringList>("titles");

    QTest::newRow("newest first, the newest without items: the one before it")
        << threeMeetings << QString() << QDate(2024, 3, 13)
        << QStringList {QStringLiteral("Release plan"), QStringLiteral("Triage")};
    QTest::newRow("--date picks an older one") << threeMeetings << QStringLiteral("2024-02-28") << QDate(2024, 2, 28)
                                               << QStringList {QStringLiteral("Kick-off")};
    QTest::newRow("level 3, month names, oldest first: the last is the most recent")
        << QStringLiteral("# WG sync\n\n## 2024\n\n### March 12, 2024\n\nAgenda:\n\n- Charter\n\n"
                          "### March 26, 2024\n\nAgenda:\n\n- Roadmap\n- Budget\n")
        << QString() << QDate(2024, 3, 26) << QStringList {QStringLiteral("Roadmap"), QStringLiteral("Budget")};
    QTest::newRow("Chinese dates") << QStringLiteral("# 例会记录\n\n## 2025年10月8日\n\n议程：\n\n1. 版本规划\n\n"
                                                     "## 2025年10月22日\n\n议程：\n\n1. 新人介绍\n2. 任务认领\n")
                                   << QString() << QDate(2025, 10, 22)
                                   << QStringList {QStringLiteral("新人介绍"), QStringLiteral("任务认领")};
    QTest::newRow("bold month-first dates; groups between the lists")
        << QStringLiteral("# Community Sync\n\n## **Dec.10th 2025**\n\n**Attendees:**\n\n- Ann\n\n"
                          "**Agenda: (please enter your topic below)**  \nSIG Device:\n\n* Anomaly detection demo\n\n"
                          "SIG Node:\n\n* Edge nodes\n\n## \n\n## **Dec.3rd 2025**\n\n**Agenda:**\n\n* Old topic\n")
        << QString() << QDate(2025, 12, 10)
        << QStringList {QStringLiteral("Anomaly detection demo"), QStringLiteral("Edge nodes")};
    QTest::newRow("a 'Next meeting is' heading with content is no meeting")
        << QStringLiteral("# Sync\n\n## Next meeting is 2024-04-10\n\n- Bring topics\n\n"
                          "## 2024-03-27\n\n- Planning\n\n## 2024-03-13\n\n- Retro\n")
        << QString() << QDate(2024, 3, 27) << QStringList {QStringLiteral("Planning")};
    QTest::newRow("an agenda heading inside the meeting")
        << QStringLiteral("# Sync\n\n## 2024-03-13\n\n### Attendees\n\n- Ann\n\n### Agenda\n\n- Welcome\n- Demo\n\n"
                          "### Notes\n\n- Demo went well\n\n## 2024-02-28\n\n### Agenda\n\n- Older\n")
        << QString() << QDate(2024, 3, 13) << QStringList {QStringLiteral("Welcome"), QStringLiteral("Demo")};
    QTest::newRow("no label: the meeting's list, not its attendees")
        << QStringLiteral("# Sync\n\n## 2024-03-13\n\nAttendees:\n\n- Ann\n- Bob\n\nTopics:\n\n- Welcome\n- Demo\n\n"
                          "## 2024-02-28\n\n- Older\n")
        << QString() << QDate(2024, 3, 13) << QStringList {QStringLiteral("Welcome"), QStringLiteral("Demo")};
    QTest::newRow("the same date twice: the one with an agenda")
        << QStringLiteral("# Sync\n\n## 2024-03-13\n\nCancelled.\n\n## 2024-03-13 (rescheduled)\n\n- Moved topic\n\n"
                          "## 2024-02-28\n\n- Older\n")
        << QStringLiteral("2024-03-13") << QDate(2024, 3, 13) << QStringList {QStringLiteral("Moved topic")};
}

void TestDatedMeetings::meetingChosen()
{
    QFETCH(QString, markdown);
    QFETCH(QString, date);
    QFETCH(QDate, chosen);
    QFETCH(QStringList, titles);
    ImportOptions options;
    options.meetingDate = QDate::fromString(date, Qt::ISODate);
    const ImportResult result = AgendaImporter::importMarkdown(markdown, QStringLiteral("notes.md"), options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.chosenMeeting, chosen);
    QCOMPARE(result.meeting.time.date, chosen);
    QCOMPARE(titlesOf(result.meeting), titles);
}

void TestDatedMeetings::singleMeetingIsNotSplit_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("the title is a date") << QStringLiteral("# PFCC 2024-03-13\n\n## Agenda\n\n- Welcome\n- Demo\n")
                                         << QStringList {QStringLiteral("Welcome"), QStringLiteral("Demo")};
    QTest::newRow("one dated section among others")
        << QStringLiteral("# Sync\n\n## Time\n\nWednesday\n\n## Agenda 2024-03-13\n\n- Welcome\n- Demo\n\n"
                          "## Notes\n\n- none\n")
        << QStringList {QStringLiteral("Welcome"), QStringLiteral("Demo")};
    QTest::newRow("a second dated heading that holds nothing")
        << QStringLiteral("# Sync\n\n## Agenda for 2024-03-13\n\n- Welcome\n\n## 2024-03-27\n\n")
        << QStringList {QStringLiteral("Welcome")};
}

void TestDatedMeetings::singleMeetingIsNotSplit()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, titles);
    const ImportResult result = AgendaImporter::importMarkdown(markdown, QStringLiteral("agenda.md"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.meetings.isEmpty());
    QVERIFY(!result.chosenMeeting.isValid());
    QCOMPARE(titlesOf(result.meeting), titles);
}

void TestDatedMeetings::rosterAndMetadataBelongToTheChosenMeeting()
{
    const ImportResult latest = AgendaImporter::importMarkdown(threeMeetings, QStringLiteral("notes.md"));
    QVERIFY2(latest.ok(), qPrintable(latest.error));
    QCOMPARE(latest.meeting.title, QStringLiteral("Edge SIG Meeting Notes"));
    QCOMPARE(latest.meeting.join.url, QStringLiteral("https://zoom.us/j/123456789"));
    QCOMPARE(namesOf(latest.meeting.roster), (QStringList {QStringLiteral("Carol"), QStringLiteral("Dan")}));

    const ImportResult older
        = AgendaImporter::importMarkdown(threeMeetings, QStringLiteral("notes.md"), {QDate(2024, 2, 28)});
    QVERIFY2(older.ok(), qPrintable(older.error));
    QCOMPARE(older.meeting.join.url, QStringLiteral("https://zoom.us/j/123456789"));
    QCOMPARE(namesOf(older.meeting.roster), QStringList {QStringLiteral("Erin")});
    QCOMPARE(titlesOf(older.meeting), QStringList {QStringLiteral("Kick-off")});
}

void TestDatedMeetings::meetingsAreListedNewestFirstWithTheirItems()
{
    const QString oldestFirst = QStringLiteral("# Sync\n\n### March 12, 2024\n\nAgenda:\n\n- Charter\n\n"
                                               "### March 26, 2024\n\nAttendees:\n\n- Ann\n\n"
                                               "### March 19, 2024\n\nAgenda:\n\n- A\n- B\n- C\n");
    const ImportResult result = AgendaImporter::importMarkdown(oldestFirst, QStringLiteral("notes.md"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(datesOf(result), (QList<QDate> {QDate(2024, 3, 26), QDate(2024, 3, 19), QDate(2024, 3, 12)}));
    QCOMPARE(result.meetings[0].items, 0);
    QCOMPARE(result.meetings[1].items, 3);
    QCOMPARE(result.meetings[2].items, 1);
    QCOMPARE(result.meetings[1].heading, QStringLiteral("March 19, 2024"));
    QCOMPARE(result.chosenMeeting, QDate(2024, 3, 19));
}

void TestDatedMeetings::aDateNotInTheFileIsAClearError()
{
    const ImportResult result
        = AgendaImporter::importMarkdown(threeMeetings, QStringLiteral("notes.md"), {QDate(2024, 3, 20)});
    QVERIFY(!result.ok());
    QCOMPARE(result.error,
             QStringLiteral("notes.md: no meeting on 2024-03-20; the file has 2024-03-27, 2024-03-13, 2024-02-28"));

    // A file of one meeting: a date that is not its own is refused too, never silently ignored.
    const ImportResult single
        = AgendaImporter::importMarkdown(QStringLiteral("# Sync\n\nDate: 2024-03-13\n\n## Agenda\n\n- Welcome\n"),
                                         QStringLiteral("one.md"), {QDate(2024, 3, 20)});
    QCOMPARE(single.error,
             QStringLiteral("one.md: no meeting on 2024-03-20; the file holds one meeting, on 2024-03-13"));
    const ImportResult same
        = AgendaImporter::importMarkdown(QStringLiteral("# Sync\n\nDate: 2024-03-13\n\n## Agenda\n\n- Welcome\n"),
                                         QStringLiteral("one.md"), {QDate(2024, 3, 13)});
    QVERIFY2(same.ok(), qPrintable(same.error));

    // The date of a meeting that has no agenda: said so.
    const ImportResult empty
        = AgendaImporter::importMarkdown(threeMeetings, QStringLiteral("notes.md"), {QDate(2024, 3, 27)});
    QCOMPARE(
        empty.error,
        QStringLiteral("notes.md: the meeting on 2024-03-27 has no agenda: no list under an agenda heading or label"));
}

void TestDatedMeetings::noMeetingWithAnAgendaIsAnError()
{
    const ImportResult result = AgendaImporter::importMarkdown(
        QStringLiteral("# Sync\n\n## 2024-03-27\n\nCancelled.\n\n## 2024-03-13\n\nNo quorum.\n"),
        QStringLiteral("notes.md"));
    QCOMPARE(result.error, QStringLiteral("notes.md: none of the 2 dated meeting(s) in the file has an agenda"));
}

void TestDatedMeetings::timeOfDay_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QTime>("start");
    QTest::newRow("the heading gives it")
        << QStringLiteral("# Sync\n\n## 2024-03-27 16:00\n\n- A\n\n## 2024-03-13 16:00\n\n- B\n") << QTime(16, 0);
    QTest::newRow("a schedule with no date of its own") << QStringLiteral(
        "# Sync\n\nTime: Wednesdays 16:00-17:00 UTC\n\n## 2024-03-27\n\n- A\n\n## 2024-03-13\n\n- B\n")
                                                        << QTime(16, 0);
    QTest::newRow("a schedule that dates another meeting: no time")
        << QStringLiteral("# Sync\n\nMeeting time: biweekly from Feb. 19th 2020 at 16:00\n\n## 2024-03-27\n\n- A\n\n"
                          "## 2024-03-13\n\n- B\n")
        << QTime();
    QTest::newRow("no schedule: date only")
        << QStringLiteral("# Sync\n\n## 2024-03-27\n\n- A\n\n## 2024-03-13\n\n- B\n") << QTime();
}

void TestDatedMeetings::timeOfDay()
{
    QFETCH(QString, markdown);
    QFETCH(QTime, start);
    const ImportResult result = AgendaImporter::importMarkdown(markdown, QStringLiteral("notes.md"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.meeting.time.date, QDate(2024, 3, 27));
    QCOMPARE(result.meeting.time.start, start);
}

void TestDatedMeetings::explanationSaysWhichMeeting()
{
    const ImportResult result = AgendaImporter::importMarkdown(threeMeetings, QStringLiteral("notes.md"));
    QVERIFY(result.explanation.lines().contains(
        QStringLiteral("meeting: “## 2024-03-13”, the most recent of 3 dated meeting(s) that has an agenda")));
    QVERIFY(result.explanation.lines().contains(QStringLiteral(
        "items: 2 item(s) of the meeting under “## 2024-03-13”: the lists after the label “Agenda:” in it")));
}

void TestDatedMeetings::explanationSaysWhereTheTimeCameFrom()
{
    const ImportResult other = AgendaImporter::importMarkdown(
        QStringLiteral("# Sync\n\nMeeting time: biweekly from Feb. 19th 2020 at 16:00\n\n## 2024-03-27\n\n- A\n\n"
                       "## 2024-03-13\n\n- B\n"),
        QStringLiteral("notes.md"));
    QCOMPARE(other.explanation.lines().constLast(),
             QStringLiteral("start: the date of the meeting's heading “## 2024-03-27”; the time line “biweekly from "
                            "Feb. 19th 2020 at 16:00” names another date, so its time of day is not taken"));
    const ImportResult schedule = AgendaImporter::importMarkdown(
        QStringLiteral("# Sync\n\nTime: Wednesdays 16:00 UTC\n\n## 2024-03-27\n\n- A\n\n## 2024-03-13\n\n- B\n"),
        QStringLiteral("notes.md"));
    QCOMPARE(schedule.explanation.lines().constLast(),
             QStringLiteral("start: the date of the meeting's heading “## 2024-03-27” with the time of day of the "
                            "document's schedule “Wednesdays 16:00 UTC”"));
}

void TestDatedMeetings::manyDatesAreCutInTheError()
{
    QString markdown = QStringLiteral("# Sync\n\n");
    for (int day = 1; day <= 12; ++day) {
        markdown += QStringLiteral("## 2024-01-%1\n\n- Topic\n\n").arg(day, 2, 10, QLatin1Char('0'));
    }
    const ImportResult result = AgendaImporter::importMarkdown(markdown, QStringLiteral("n.md"), {QDate(2023, 1, 1)});
    QCOMPARE(result.error,
             QStringLiteral("n.md: no meeting on 2023-01-01; the file has 2024-01-12, 2024-01-11, "
                            "2024-01-10, 2024-01-09, 2024-01-08, 2024-01-07, 2024-01-06, 2024-01-05, "
                            "2024-01-04, 2024-01-03, and 2 more"));
}

// gavel --print-agenda FILE [--date D], as a user runs it.
void TestDatedMeetings::commandLineDate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString notes = dir.filePath(QStringLiteral("notes.md"));
    QVERIFY(test::writeAll(notes, threeMeetings.toUtf8()));

    const test::ProcessResult latest = test::runGavel({QStringLiteral("--print-agenda"), notes});
    QCOMPARE(latest.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(latest.out).object();
    QCOMPARE(json.value(QStringLiteral("meetings")).toArray(),
             (QJsonArray {QStringLiteral("2024-03-27"), QStringLiteral("2024-03-13"), QStringLiteral("2024-02-28")}));
    QCOMPARE(json.value(QStringLiteral("items")).toArray().size(), 2);

    const test::ProcessResult older = test::runGavel(
        {QStringLiteral("--print-agenda"), notes, QStringLiteral("--date"), QStringLiteral("2024-02-28")});
    QCOMPARE(older.exitCode, 0);
    const QJsonArray items = QJsonDocument::fromJson(older.out).object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Kick-off"));

    // The date written between --print-agenda and the file reads the same.
    const test::ProcessResult between = test::runGavel(
        {QStringLiteral("--print-agenda"), QStringLiteral("--date"), QStringLiteral("2024-02-28"), notes});
    QCOMPARE(between.exitCode, 0);
    QCOMPARE(between.out, older.out);

    const test::ProcessResult missing = test::runGavel(
        {QStringLiteral("--date"), QStringLiteral("2024-03-20"), QStringLiteral("--print-agenda"), notes});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.out.isEmpty());
    QCOMPARE(QString::fromUtf8(missing.err),
             QStringLiteral("gavel: %1: no meeting on 2024-03-20; the file has 2024-03-27, 2024-03-13, 2024-02-28\n")
                 .arg(notes));

    const test::ProcessResult badDate = test::runGavel(
        {QStringLiteral("--print-agenda"), notes, QStringLiteral("--date"), QStringLiteral("March 13")});
    QCOMPARE(badDate.exitCode, 1);
    QCOMPARE(QString::fromUtf8(badDate.err),
             QStringLiteral("gavel: --date “March 13”: give the meeting's date as YYYY-MM-DD\n"));

    // A file of one meeting has no "meetings".
    const QString single = dir.filePath(QStringLiteral("single.md"));
    QVERIFY(test::writeAll(single, "# Sync 2024-03-13\n\n## Agenda\n\n- Welcome\n"));
    const test::ProcessResult one = test::runGavel({QStringLiteral("--print-agenda"), single});
    QCOMPARE(one.exitCode, 0);
    QVERIFY(!QJsonDocument::fromJson(one.out).object().contains(QStringLiteral("meetings")));
}

void TestDatedMeetings::sessionKeepsTheChosenDate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("session.json"));
    SessionData data;
    data.series = QStringLiteral("edge-sig");
    data.sourceAgenda = QStringLiteral("/notes/edge.md");
    data.sourceMeetingDate = QDate(2024, 2, 28);
    data.meeting.title = QStringLiteral("Edge SIG Meeting Notes");
    QVERIFY(sessionfile::save(path, data).ok());
    SessionData read;
    QString error;
    QVERIFY2(sessionfile::load(path, &read, &error), qPrintable(error));
    QCOMPARE(read.sourceMeetingDate, QDate(2024, 2, 28));
    QCOMPARE(sessionfile::sourceMeetingDateOf(path), QDate(2024, 2, 28));

    // A session of a one-meeting agenda stores none.
    data.sourceMeetingDate = QDate();
    QVERIFY(sessionfile::save(path, data).ok());
    QVERIFY2(sessionfile::load(path, &read, &error), qPrintable(error));
    QVERIFY(!read.sourceMeetingDate.isValid());
}

void TestDatedMeetings::chooserPreselectsAndAnswersTheKeyboard()
{
    const QList<DatedMeeting> meetings {{QDate(2024, 3, 27), QStringLiteral("2024-03-27"), 0},
                                        {QDate(2024, 3, 13), QStringLiteral("2024-03-13"), 2},
                                        {QDate(2024, 2, 28), QStringLiteral("2024-02-28"), 1}};
    MeetingChoiceDialog dialog(QStringLiteral("notes.md"), meetings, QDate(2024, 3, 13));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("meetingList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("no agenda"));
    QCOMPARE(list->topLevelItem(1)->text(2), QStringLiteral("2 item(s)"));
    QCOMPARE(list->topLevelItem(2)->text(2), QStringLiteral("1 item(s)"));
    QVERIFY(!(list->topLevelItem(0)->flags() & Qt::ItemIsEnabled));
    QCOMPARE(dialog.date(), QDate(2024, 3, 13));
    // Screen readers name the list by its label, and each row by its date and size.
    QCOMPARE(QAccessible::queryAccessibleInterface(list)->text(QAccessible::Name),
             QStringLiteral("Meetings, newest first"));
    QCOMPARE(list->topLevelItem(1)->data(0, Qt::AccessibleTextRole).toString(),
             QStringLiteral("Wednesday, 13 March 2024, 2 item(s)"));
    QVERIFY(list->hasFocus());

    // Down to the older meeting, Enter opens it.
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(dialog.date(), QDate(2024, 2, 28));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestDatedMeetings::openingAskesWhichMeetingAndRemembersIt()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString agenda = home.filePath(QStringLiteral("edge-notes.md"));
    QVERIFY(test::writeAll(agenda, threeMeetings.toUtf8()));
    auto window = test::showConsole(&m_clock, home);
    window->setAskForSeries(false);

    // The chooser comes up with the default preselected; the chair takes the older meeting.
    bool answered = false;
    QTimer::singleShot(0, this, [&answered] {
        auto *dialog = qobject_cast<MeetingChoiceDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("meetingList"));
        QTest::keyClick(list, Qt::Key_Down);
        answered = dialog->date() == QDate(2024, 2, 28);
        dialog->accept();
    });
    QVERIFY(window->openFile(agenda));
    QVERIFY(answered);
    QCOMPARE(window->store()->sourceMeetingDate(), QDate(2024, 2, 28));
    QCOMPARE(window->meeting()->meeting().items.size(), 1);
    QCOMPARE(window->meeting()->meeting().items.constFirst().title, QStringLiteral("Kick-off"));
    // Agenda > How It Was Read explains the meeting taken, not the file's most recent one.
    window->findChild<QAction *>(QStringLiteral("actionHowRead"))->trigger();
    auto *reading = window->findChild<ReadingWindow *>(QStringLiteral("readingWindow"));
    QVERIFY(reading);
    QVERIFY2(reading->text().contains(QStringLiteral("meeting: “## 2024-02-28”, the meeting on the date asked for")),
             qPrintable(reading->text()));
    reading->close();

    // Opened again before it starts: the chooser comes back with the open meeting preselected, and
    // another can be taken; the one already open is not read again.
    QDate preselected;
    QTimer::singleShot(0, this, [&preselected] {
        if (auto *dialog = qobject_cast<MeetingChoiceDialog *>(QApplication::activeModalWidget())) {
            preselected = dialog->date();
            QTest::keyClick(dialog->findChild<QTreeWidget *>(QStringLiteral("meetingList")), Qt::Key_Up);
            dialog->accept();
        }
    });
    const QString olderSession = window->store()->path();
    QVERIFY(window->openFile(agenda));
    QCOMPARE(preselected, QDate(2024, 2, 28));
    QCOMPARE(window->store()->sourceMeetingDate(), QDate(2024, 3, 13));
    QVERIFY(window->store()->path() != olderSession);
    QCOMPARE(window->meeting()->meeting().items.size(), 2);
    const QString newerSession = window->store()->path();
    QTimer::singleShot(0, this, [] {
        if (auto *dialog = qobject_cast<MeetingChoiceDialog *>(QApplication::activeModalWidget())) {
            dialog->accept(); // the one open, preselected
        }
    });
    QVERIFY(window->openFile(agenda));
    QCOMPARE(window->store()->path(), newerSession);
    QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("is open already")));

    // The command line's --date opens one without asking.
    window.reset();
    auto again = test::showConsole(&m_clock, home);
    again->setAskForSeries(false);
    again->setAskForMeeting(false);
    QVERIFY(again->openFile(agenda, QDate(2024, 3, 13)));
    QCOMPARE(again->store()->sourceMeetingDate(), QDate(2024, 3, 13));
    QCOMPARE(again->meeting()->meeting().items.size(), 2);
}

QTEST_MAIN(TestDatedMeetings)
#include "tst_datedmeetings.moc"
