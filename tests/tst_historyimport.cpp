// A series' history imported from the community's own agendas and minutes: the PFCC corpus's
// 2022 and 2025 folders, copied as year subfolders of one folder as in a clone of
// PaddlePaddle/community (pfcc/meetings/2022, pfcc/meetings/2025). Every expected date and
// count was worked out by hand from the corpus files (each handle searched for with
// `grep -il HANDLE pfcc-2022/* pfcc-2025/*` and the lines found read), never taken from the
// program's output; how, is written beside each figure.

#include "agenda/agendaimporter.h"
#include "fakeclock.h"
#include "historywindow.h"
#include "mainwindow.h"
#include "meeting/livemeeting.h"
#include "meeting/rostermodel.h"
#include "series/documentsummary.h"
#include "series/historyloader.h"
#include "series/serieshistory.h"
#include "series/seriesindex.h"
#include "series/seriesnames.h"
#include "series/seriessettings.h"
#include "storage/sessionfile.h"
#include "storage/sessionstore.h"
#include "storage/settings.h"
#include "testsupport.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace gavel;

namespace {

const QString Series = QStringLiteral("Paddle Framework Contributor Club");

// 30 files in pfcc-2022 (15 agendas, 15 minutes) and 25 in pfcc-2025 (14 agendas, 11 minutes),
// counted with ls; every one is named for its meeting's date, so every one is a meeting.
constexpr int CorpusFiles = 55;

Person handle(const char *github)
{
    return Person {QString(), QString::fromLatin1(github)};
}

bool copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to)) {
        return false;
    }
    for (const QString &name : QDir(from).entryList({QStringLiteral("*.md")}, QDir::Files)) {
        if (!QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name))) {
            return false;
        }
    }
    return true;
}

bool touch(const QString &path, qint64 laterBySeconds)
{
    QFile file(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    return file.open(QIODevice::ReadWrite)
        && file.setFileTime(modified.addSecs(laterBySeconds), QFileDevice::FileModificationTime);
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(test::readAll(path)).object();
}

// Who on a live meeting's roster is a newcomer, by handle.
QStringList newcomersOnRoster(const LiveMeeting &live)
{
    QStringList out;
    for (const Attendee &a : live.attendees()) {
        if (live.isNewcomer(a)) {
            out.append(a.github);
        }
    }
    return out;
}

QStringList handlesOnRoster(const LiveMeeting &live)
{
    QStringList out;
    for (const Attendee &a : live.attendees()) {
        out.append(a.github);
    }
    return out;
}

} // namespace

class TestHistoryImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstAppearancesAcrossTheYears();
    void rolesOfTheFirstAgenda();
    void the2025_12_11RosterHasOnlyItsNewPeopleMarked();
    void the2025_07_17NewcomersIntroducedEarlierAreNotNew();
    void aSecondOpeningReadsOnlyNewOrChangedFiles();
    void damagedAndHugeFilesAreSkippedAndNamed();
    void aYearFolderStandsForTheSeriesFolder();
    void aMissingFolderIsSaidAndTheSessionsStillRead();
    void sessionsKeepTheirMeaningBesideDocuments();
    void theIndexKeepsTheDocumentsWhenSessionsChange();
    void loaderDeliversOnlyTheLatestRequest();
    void openingAnAgendaMarksOnlyPeopleNeverSeenBefore();
    void onFirstUseTheNextAgendaWaitsForTheChosenFolder();
    void historyWindowMarksNewcomersByTheDocuments();

private:
    QString seriesFolder() const { return QDir(m_root->path()).filePath(sessionfile::folderName(Series)); }
    // A folder of its own below the temporary one, whose random name could hold a "year".
    QString repo() const { return QDir(m_repo->path()).filePath(QStringLiteral("meetings")); }
    QString inRepo(const QString &relative) const { return QDir(repo()).filePath(relative); }
    SeriesHistory loadHistory(QStringList *errors = nullptr, int *read = nullptr) const
    {
        return SeriesHistory::load(seriesFolder(), repo(), errors, nullptr, read);
    }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QTemporaryDir> m_root; // GAVEL_HOME
    std::unique_ptr<QTemporaryDir> m_repo; // the community's pfcc/meetings
};

void TestHistoryImport::initTestCase()
{
    // Nothing reaches the real home: settings and dialogs keep their state below here.
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    test::keepHomeIn(m_home->path());
}

void TestHistoryImport::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    m_repo = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid() && m_repo->isValid());
    qputenv("GAVEL_HOME", QFile::encodeName(m_root->path()));
    QVERIFY(QDir().mkpath(seriesFolder()));
    QVERIFY(copyFolder(test::corpusFile(QStringLiteral("pfcc-2022")), inRepo(QStringLiteral("2022"))));
    QVERIFY(copyFolder(test::corpusFile(QStringLiteral("pfcc-2025")), inRepo(QStringLiteral("2025"))));
}

void TestHistoryImport::cleanup()
{
    Settings().setMinutesFolder(QString());
    m_repo.reset();
    m_root.reset();
}

void TestHistoryImport::firstAppearancesAcrossTheYears()
{
    QStringList errors;
    int read = 0;
    const SeriesHistory history = loadHistory(&errors, &read);
    QCOMPARE(errors, QStringList());
    QCOMPARE(read, CorpusFiles);
    QCOMPARE(history.documents().size(), CorpusFiles);
    QCOMPARE(history.documents().first().date, QDate(2022, 4, 14));
    QCOMPARE(history.documents().last().date, QDate(2025, 12, 11));

    // Chair of the very first agenda, 2022-04-14 (line 10: 张军（[jzhang533](…)，飞桨团队）).
    QCOMPARE(history.firstSeen(handle("jzhang533")), QDate(2022, 4, 14));
    // An invitee of that agenda, linked as [Tao Luo](https://github.com/luotao1) (line 15); by
    // handle or by the name the link gives.
    QCOMPARE(history.firstSeen(handle("luotao1")), QDate(2022, 4, 14));
    QCOMPARE(history.firstSeen(Person {QStringLiteral("Tao Luo"), QString()}), QDate(2022, 4, 14));
    // Named in no agenda before: only in the 2022-05-12 minutes (line 26, "Inference同学
    // [Shixiaowei02](…)"). Minutes add the people they name.
    QCOMPARE(history.firstSeen(handle("Shixiaowei02")), QDate(2022, 5, 12));
    // First in the 2022-11-10 minutes (line 46, "预告：下一期邀请…[manangoel99](…)"), a speaker on
    // the 2022-11-24 agenda after. Those minutes' time line reads "2022-11-10 18:30 - 19:30".
    QCOMPARE(history.firstSeen(handle("manangoel99")), QDate(2022, 11, 10));
    // Linked as [OuyangChao](https://github.com/OuyangChao) from the 2022-06-23 agenda (lines 38
    // and 43) on, and later as github.com/ouyangchao (2022-11-10 minutes): one person.
    QCOMPARE(history.firstSeen(handle("ouyangchao")), QDate(2022, 6, 23));
    // Introduced as a newcomer on 2025-10-16 (agenda line 12); in no file of 2022 or of 2025
    // before it (grep -il finds it in the 2025-10-16 and 2025-12-11 agenda and minutes only).
    QCOMPARE(history.firstSeen(handle("tjujingzong")), QDate(2025, 10, 16));
    // Introduced as a newcomer on 2025-07-17 (agenda line 12), but already among the 开源之星 of
    // the 2025-01-23 minutes (line 26): known since January.
    QCOMPARE(history.firstSeen(handle("LilaKen")), QDate(2025, 1, 23));
    // Chair on 2025-02-20, first named in the 2025-01-23 minutes (line 26 too).
    QCOMPARE(history.firstSeen(handle("yinfan98")), QDate(2025, 1, 23));
    // Case does not matter for a handle.
    QCOMPARE(history.firstSeen(handle("JZHANG533")), QDate(2022, 4, 14));
    QCOMPARE(history.firstSeen(handle("nobody-demo")), QDate());
}

void TestHistoryImport::rolesOfTheFirstAgenda()
{
    const SeriesHistory history = loadHistory();
    const SeriesDocument *agenda = nullptr;
    for (const SeriesDocument &d : history.documents()) {
        if (d.path == inRepo(QStringLiteral("2022/2022-04-14-meeting-agenda.md"))) {
            agenda = &d;
        }
    }
    QVERIFY(agenda);
    QCOMPARE(agenda->kind, SeriesDocument::Kind::Agenda);
    // Chair 张军 (jzhang533), vice-chair 高翔 (jeff41404), 21 invitees (lines 15-35); the four
    // speakers of item 4 are invitees already: 23 people.
    QCOMPARE(agenda->people.size(), 23);
    QCOMPARE(
        agenda->people[0],
        (SeriesDocument::Named {QStringLiteral("张军"), QStringLiteral("jzhang533"), SeriesDocument::Role::Chair}));
    QCOMPARE(
        agenda->people[1],
        (SeriesDocument::Named {QStringLiteral("高翔"), QStringLiteral("jeff41404"), SeriesDocument::Role::ViceChair}));
    QCOMPARE(
        agenda->people[3],
        (SeriesDocument::Named {QStringLiteral("Tao Luo"), QStringLiteral("luotao1"), SeriesDocument::Role::Invited}));
}

void TestHistoryImport::the2025_12_11RosterHasOnlyItsNewPeopleMarked()
{
    const SeriesHistory history = loadHistory();
    const ImportResult agenda = AgendaImporter::importFile(inRepo(QStringLiteral("2025/2025-12-11-meeting-agenda.md")));
    QVERIFY2(agenda.ok(), qPrintable(agenda.error));
    FakeClock clock(QDateTime(QDate(2025, 12, 11), QTime(19, 55)).toMSecsSinceEpoch());
    LiveMeeting live(&clock);
    live.load(agenda.meeting);
    history.applyTo(live, QDate(2025, 12, 11));

    // The agenda: chair xunyoyo (line 7), no vice-chair (空缺); item 1 introduces xunyoyo,
    // LiaoYFBH, wanglezz, SZTULDH, xxiu1, fsylmxx, dakelong, ADchampion3, kesmeey; item 2 is
    // openvino-book and deric-yang's, item 3 tjujingzong's, item 4 LiaoYFBH's: 12 people.
    QCOMPARE(
        handlesOnRoster(live),
        (QStringList {QStringLiteral("xunyoyo"), QStringLiteral("LiaoYFBH"), QStringLiteral("wanglezz"),
                      QStringLiteral("SZTULDH"), QStringLiteral("xxiu1"), QStringLiteral("fsylmxx"),
                      QStringLiteral("dakelong"), QStringLiteral("ADchampion3"), QStringLiteral("kesmeey"),
                      QStringLiteral("openvino-book"), QStringLiteral("deric-yang"), QStringLiteral("tjujingzong")}));
    // grep -il of each handle over both years: all but tjujingzong appear only in the
    // 2025-12-11 agenda and minutes; tjujingzong was introduced on 2025-10-16. 11 new.
    QCOMPARE(newcomersOnRoster(live),
             (QStringList {QStringLiteral("xunyoyo"), QStringLiteral("LiaoYFBH"), QStringLiteral("wanglezz"),
                           QStringLiteral("SZTULDH"), QStringLiteral("xxiu1"), QStringLiteral("fsylmxx"),
                           QStringLiteral("dakelong"), QStringLiteral("ADchampion3"), QStringLiteral("kesmeey"),
                           QStringLiteral("openvino-book"), QStringLiteral("deric-yang")}));
    // No one joins as a regular from the documents: they name people, they do not say who came.
    QCOMPARE(live.attendees().size(), 12);
}

void TestHistoryImport::the2025_07_17NewcomersIntroducedEarlierAreNotNew()
{
    const SeriesHistory history = loadHistory();
    const ImportResult agenda = AgendaImporter::importFile(inRepo(QStringLiteral("2025/2025-07-17-meeting-agenda.md")));
    QVERIFY2(agenda.ok(), qPrintable(agenda.error));
    FakeClock clock(QDateTime(QDate(2025, 7, 17), QTime(18, 55)).toMSecsSinceEpoch());
    LiveMeeting live(&clock);
    live.load(agenda.meeting);
    history.applyTo(live, QDate(2025, 7, 17));

    // Chair cangtianhuang; item 1 introduces pinnnkman, LilaKen, flytocc, raoyutian, fangfangssj;
    // the speakers are Liyulingyue, sunzhongkai588 and luotao1: 9 people. Seen before 07-17:
    // cangtianhuang (introduced 2025-04-24), LilaKen (2025-01-23 minutes), Liyulingyue and luotao1
    // (invitees of 2022-04-14), sunzhongkai588 (2025-01-23 minutes, "[@孙师傅](…/sunzhongkai588)").
    QCOMPARE(live.attendees().size(), 9);
    QCOMPARE(newcomersOnRoster(live),
             (QStringList {QStringLiteral("pinnnkman"), QStringLiteral("flytocc"), QStringLiteral("raoyutian"),
                           QStringLiteral("fangfangssj")}));
    // The newcomers who came are the ones the next agenda introduces.
    QList<Person> everyone;
    for (const Attendee &a : live.attendees()) {
        everyone.append(Person {a.name, a.github});
    }
    live.checkInMany(everyone);
    QStringList introduced;
    for (const Person &p : live.newcomersPresent()) {
        introduced.append(p.github);
    }
    QCOMPARE(introduced,
             (QStringList {QStringLiteral("pinnnkman"), QStringLiteral("flytocc"), QStringLiteral("raoyutian"),
                           QStringLiteral("fangfangssj")}));
}

void TestHistoryImport::aSecondOpeningReadsOnlyNewOrChangedFiles()
{
    const QString index = seriesindex::indexPath(seriesFolder());
    seriesindex::Loaded first = seriesindex::load(seriesFolder(), repo());
    QCOMPARE(first.documentsRead, CorpusFiles);
    // On disk: the index holds one entry a file, and the folder they are in.
    const QJsonObject documents = readJson(index).value(QStringLiteral("documents")).toObject();
    QCOMPARE(documents.value(QStringLiteral("folder")).toString(), QDir::cleanPath(repo()));
    QCOMPARE(documents.value(QStringLiteral("files")).toArray().size(), CorpusFiles);

    // Again: every file is as it was read; none is opened.
    const QByteArray indexBytes = test::readAll(index);
    seriesindex::Loaded second = seriesindex::load(seriesFolder(), repo());
    QCOMPARE(second.documentsRead, 0);
    QCOMPARE(second.documents, first.documents);
    QCOMPARE(test::readAll(index), indexBytes); // and nothing to write

    // One file saved again (its time changes): that one is read, and only it.
    QVERIFY(touch(inRepo(QStringLiteral("2025/2025-10-16-meeting-minutes.md")), 60));
    QCOMPARE(seriesindex::load(seriesFolder(), repo()).documentsRead, 1);
    QCOMPARE(seriesindex::load(seriesFolder(), repo()).documentsRead, 0);

    // A new file (the next agenda, written into the folder) is read; one deleted is forgotten.
    QVERIFY(test::writeAll(
        inRepo(QStringLiteral("2025/2026-01-08-meeting-agenda.md")),
        "# PFCC\n\n- 本次会议时间：2026/1/8 19:00\n- 本次会议主席：[new-demo](https://github.com/new-demo)\n\n"
        "## 会议议程\n\n1. 新人介绍（5 mins）\n"));
    QVERIFY(QFile::remove(inRepo(QStringLiteral("2022/2022-04-28-meeting-minutes.md"))));
    const seriesindex::Loaded third = seriesindex::load(seriesFolder(), repo());
    QCOMPARE(third.documentsRead, 1);
    QCOMPARE(third.documents.size(), CorpusFiles); // one more, one fewer
    QCOMPARE(third.documents.last().date, QDate(2026, 1, 8));
    QCOMPARE(SeriesHistory::fromMeetings({}, third.documents).firstSeen(handle("new-demo")), QDate(2026, 1, 8));

    // A README beside them holds no meeting: read once, and not again, without a word.
    QVERIFY(test::writeAll(inRepo(QStringLiteral("README.md")),
                           "# PFCC meetings\n\nAgendas and minutes, one folder a year. Ask "
                           "[someone-demo](https://github.com/someone-demo).\n"));
    const seriesindex::Loaded withReadme = seriesindex::load(seriesFolder(), repo());
    QCOMPARE(withReadme.documentsRead, 1);
    QCOMPARE(withReadme.errors, QStringList());
    QCOMPARE(withReadme.documents.size(), CorpusFiles);
    QCOMPARE(seriesindex::load(seriesFolder(), repo()).documentsRead, 0);
}

void TestHistoryImport::damagedAndHugeFilesAreSkippedAndNamed()
{
    // Bytes that are no text, and a file of 6 MB (an agenda may have 5), both named as the
    // series' files are; and a file the folder lists that cannot be opened is no worse.
    const QString binary = inRepo(QStringLiteral("2025/2025-12-25-meeting-agenda.md"));
    const QString huge = inRepo(QStringLiteral("2022/2022-12-22-meeting-minutes.md"));
    QVERIFY(test::writeAll(binary, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
    QVERIFY(test::writeAll(huge, QByteArray(6 * 1024 * 1024, 'x')));

    QStringList errors;
    int read = 0;
    const SeriesHistory history = loadHistory(&errors, &read);
    QCOMPARE(read, CorpusFiles + 2);
    QCOMPARE(errors.size(), 2);
    // Sorted by path: the 2022 file first.
    QVERIFY2(errors[0].startsWith(huge + QStringLiteral(": ")) && errors[0].contains(QStringLiteral("5 MB")),
             qPrintable(errors[0]));
    QVERIFY2(errors[1].startsWith(binary + QStringLiteral(": ")) && errors[1].contains(QStringLiteral("binary")),
             qPrintable(errors[1]));
    // Everything else is there.
    QCOMPARE(history.documents().size(), CorpusFiles);
    QCOMPARE(history.firstSeen(handle("tjujingzong")), QDate(2025, 10, 16));

    // Not read again while they stay as they are, but still said.
    errors.clear();
    loadHistory(&errors, &read);
    QCOMPARE(read, 0);
    QCOMPARE(errors.size(), 2);

    // Mended, the file is read and counts.
    QVERIFY(test::writeAll(binary,
                           "# PFCC\n\n- 本次会议时间：2025/12/25 19:00\n\n## 会议议程\n\n"
                           "1. 分享 @[mended-demo](https://github.com/mended-demo)（5 mins）\n"));
    errors.clear();
    const SeriesHistory mended = loadHistory(&errors, &read);
    QCOMPARE(read, 1);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(mended.firstSeen(handle("mended-demo")), QDate(2025, 12, 25));
}

void TestHistoryImport::aYearFolderStandsForTheSeriesFolder()
{
    // Minutes exported into pfcc/meetings/2025: the history is pfcc/meetings, both years.
    QCOMPARE(documentsummary::historyFolder(inRepo(QStringLiteral("2025"))), QDir::cleanPath(repo()));
    QCOMPARE(documentsummary::historyFolder(repo()), QDir::cleanPath(repo()));
    QCOMPARE(documentsummary::historyFolder(inRepo(QStringLiteral("2025/"))), QDir::cleanPath(repo()));
    int read = 0;
    const SeriesHistory history
        = SeriesHistory::load(seriesFolder(), inRepo(QStringLiteral("2025")), nullptr, nullptr, &read);
    QCOMPARE(read, CorpusFiles);
    QCOMPARE(history.firstSeen(handle("jzhang533")), QDate(2022, 4, 14));
    // A folder deeper than the years is not read.
    QVERIFY(copyFolder(test::corpusFile(QStringLiteral("synthetic")), inRepo(QStringLiteral("2025/drafts"))));
    QVERIFY(copyFolder(test::corpusFile(QStringLiteral("synthetic")), inRepo(QStringLiteral("templates"))));
    SeriesHistory::load(seriesFolder(), repo(), nullptr, nullptr, &read);
    QCOMPARE(read, 0);
}

void TestHistoryImport::aMissingFolderIsSaidAndTheSessionsStillRead()
{
    SessionData session;
    session.series = Series;
    session.meeting.title = QStringLiteral("PFCC");
    session.meeting.time.date = QDate(2026, 1, 8);
    Attendee ada;
    ada.name = QStringLiteral("Ada");
    ada.github = QStringLiteral("ada-demo");
    ada.status = Attendee::Status::Present;
    session.attendees = {ada};
    QVERIFY(sessionfile::save(sessionfile::sessionPath(m_root->path(), Series, QDate(2026, 1, 8)), session).ok());
    const QString gone = inRepo(QStringLiteral("unplugged"));
    QStringList errors;
    const SeriesHistory history = SeriesHistory::load(seriesFolder(), gone, &errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors[0].startsWith(gone + QStringLiteral(": ")), qPrintable(errors[0]));
    QCOMPARE(history.meetings().size(), 1);
    QCOMPARE(history.firstSeen(handle("ada-demo")), QDate(2026, 1, 8));
    // A clone read before, on a disk unplugged now: what the index knows of it stands.
    QCOMPARE(loadHistory().documents().size(), CorpusFiles);
    QVERIFY(QDir().rename(repo(), QDir(m_repo->path()).filePath(QStringLiteral("elsewhere"))));
    errors.clear();
    const SeriesHistory unplugged = SeriesHistory::load(seriesFolder(), repo(), &errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors[0].startsWith(repo() + QStringLiteral(": ")), qPrintable(errors[0]));
    QCOMPARE(unplugged.firstSeen(handle("tjujingzong")), QDate(2025, 10, 16));
    // No folder set: no documents and nothing to say.
    errors.clear();
    QCOMPARE(SeriesHistory::load(seriesFolder(), QString(), &errors).documents().size(), 0);
    QCOMPARE(errors, QStringList());
}

void TestHistoryImport::sessionsKeepTheirMeaningBesideDocuments()
{
    // A meeting run in Gavel on 2025-11-20 where Ada came and Bob was expected but absent; the
    // documents never name either. Known from a session: who attended it, not who was expected.
    SessionData session;
    session.series = Series;
    session.meeting.title = QStringLiteral("PFCC");
    session.meeting.time.date = QDate(2025, 11, 20);
    Attendee ada;
    ada.name = QStringLiteral("Ada");
    ada.github = QStringLiteral("ada-demo");
    ada.status = Attendee::Status::Present;
    Attendee bob = ada;
    bob.name = QStringLiteral("Bob");
    bob.github = QStringLiteral("bob-demo");
    bob.status = Attendee::Status::Absent;
    Attendee tju = ada;
    tju.name = QStringLiteral("tjujingzong");
    tju.github = QStringLiteral("tjujingzong");
    session.attendees = {ada, bob, tju};
    QVERIFY(sessionfile::save(sessionfile::sessionPath(m_root->path(), Series, QDate(2025, 11, 20)), session).ok());

    const SeriesHistory history = loadHistory();
    QCOMPARE(history.firstSeen(handle("ada-demo")), QDate(2025, 11, 20));
    QCOMPARE(history.firstSeen(handle("bob-demo")), QDate());
    const QSet<QString> known = history.knownBefore(QDate(2025, 12, 11));
    QVERIFY(known.contains(QStringLiteral("gh:ada-demo")));
    QVERIFY(!known.contains(QStringLiteral("gh:bob-demo")));
    // Ada is no newcomer at the session (first there), tjujingzong is not (named on 10-16): the
    // newcomers of the 2025-11-20 session are Ada alone.
    QCOMPARE(history.newcomersAt(QDate(2025, 11, 20)).size(), 1);
    QCOMPARE(history.newcomersAt(QDate(2025, 11, 20)).first().github, QStringLiteral("ada-demo"));
    // The report's first_seen: tjujingzong attended first on 11-20, seen on 10-16.
    const QByteArray csv = history.perfectAttendanceCsv(QDate(2025, 11, 20), QDate(2025, 11, 20));
    QVERIFY2(csv.contains("tjujingzong,tjujingzong,1,1,2025-11-20,2025-10-16\r\n"), csv.constData());
    QVERIFY2(csv.contains("Ada,ada-demo,1,1,2025-11-20,2025-11-20\r\n"), csv.constData());
}

void TestHistoryImport::theIndexKeepsTheDocumentsWhenSessionsChange()
{
    QCOMPARE(seriesindex::load(seriesFolder(), repo()).documentsRead, CorpusFiles);
    // A session is added; the sessions-only reading (the history window's) rewrites the index
    // and the index's summary of a save does too: neither loses the documents.
    SessionData session;
    session.series = Series;
    session.meeting.title = QStringLiteral("PFCC");
    session.meeting.time.date = QDate(2026, 1, 8);
    const QString path = sessionfile::sessionPath(m_root->path(), Series, QDate(2026, 1, 8));
    QVERIFY(sessionfile::save(path, session).ok());
    QCOMPARE(SeriesHistory::load(seriesFolder()).meetings().size(), 1);
    QCOMPARE(seriesindex::load(seriesFolder(), repo()).documentsRead, 0);

    session.meeting.title = QStringLiteral("PFCC, renamed");
    QVERIFY(sessionfile::save(path, session).ok());
    seriesindex::Stamp stamp;
    QVERIFY(seriesindex::stampOf(path, &stamp));
    const QByteArray bytes = seriesindex::updated(path, session, stamp);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(test::writeAll(seriesindex::indexPath(seriesFolder()), bytes));
    const seriesindex::Loaded after = seriesindex::load(seriesFolder(), repo());
    QCOMPARE(after.documentsRead, 0);
    QCOMPARE(after.sessionsRead, 0);
    QCOMPARE(after.meetings.first().title, QStringLiteral("PFCC, renamed"));
}

void TestHistoryImport::loaderDeliversOnlyTheLatestRequest()
{
    HistoryLoader loader;
    QList<LoadedHistory> delivered;
    connect(&loader, &HistoryLoader::loaded, this, [&](const LoadedHistory &l) { delivered.append(l); });
    loader.load(seriesFolder(), QString()); // superseded at once, or stopped under way
    const quint64 ticket = loader.load(seriesFolder(), repo());
    loader.waitForDone();
    QCoreApplication::processEvents(); // a queued delivery finds nothing more
    QCOMPARE(delivered.size(), 1);
    QCOMPARE(delivered[0].ticket, ticket);
    QCOMPARE(delivered[0].history.documents().size(), CorpusFiles);
    QCOMPARE(delivered[0].history.firstSeen(handle("tjujingzong")), QDate(2025, 10, 16));
}

void TestHistoryImport::openingAnAgendaMarksOnlyPeopleNeverSeenBefore()
{
    // The chair exports minutes into pfcc/meetings/2025 of the clone.
    Settings().setMinutesFolder(inRepo(QStringLiteral("2025")));
    // Five minutes before the agenda's 19:00 (GMT+08:00): nobody checked in is late.
    FakeClock clock(QDateTime(QDate(2025, 7, 17), QTime(18, 55), QTimeZone(8 * 3600)).toMSecsSinceEpoch());
    MainWindow window(&clock);
    window.setAskForSeries(false);
    window.show();
    // Someone's picture saved under an agenda's name: left out, and said.
    const QString damaged = inRepo(QStringLiteral("2025/2025-08-21-meeting-agenda.md"));
    QVERIFY(test::writeAll(damaged, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
    QVERIFY(window.openFile(inRepo(QStringLiteral("2025/2025-07-17-meeting-agenda.md"))));
    QVERIFY(window.historyLoader());
    window.historyLoader()->waitForDone();
    const QString said = window.statusBar()->currentMessage();
    QVERIFY2(said.contains(QDir::toNativeSeparators(damaged) + QStringLiteral(": binary data")), qPrintable(said));

    QList<Person> everyone;
    for (const Attendee &a : window.meeting()->attendees()) {
        everyone.append(Person {a.name, a.github});
    }
    window.meeting()->checkInMany(everyone);
    // The nine of the 2025-07-17 agenda came; four were never seen before (counted in
    // the2025_07_17NewcomersIntroducedEarlierAreNotNew).
    auto *counts = window.findChild<QLabel *>(QStringLiteral("rosterCounts"));
    QVERIFY(counts);
    QCOMPARE(counts->text(), QStringLiteral("9 present of 9 expected · 0 late · 4 new ★"));
    const QAbstractItemModel *roster = window.findChild<QTableView *>(QStringLiteral("rosterView"))->model();
    QStringList starred;
    for (int row = 0; row < roster->rowCount(); ++row) {
        const QString name = roster->index(row, RosterModel::NameColumn).data().toString();
        if (name.endsWith(QStringLiteral(" ★"))) {
            starred.append(name.chopped(2));
        }
    }
    starred.sort(Qt::CaseInsensitive);
    QCOMPARE(starred,
             (QStringList {QStringLiteral("fangfangssj"), QStringLiteral("flytocc"), QStringLiteral("pinnnkman"),
                           QStringLiteral("raoyutian")}));

    // The next agenda (2025-07-17 + 14 days) introduces those four, and not LilaKen, introduced
    // on this agenda but named in January's minutes.
    window.findChild<QAction *>(QStringLiteral("actionPrepareNext"))->trigger();
    const QString next = inRepo(QStringLiteral("2025/2025-07-31-meeting-agenda.md"));
    QVERIFY(QFileInfo::exists(next));
    QString introductions;
    for (const QString &line : QString::fromUtf8(test::readAll(next)).split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral("新人介绍"))) {
            introductions = line;
        }
    }
    for (const char *name : {"pinnnkman", "flytocc", "raoyutian", "fangfangssj"}) {
        QVERIFY2(introductions.contains(QStringLiteral("github.com/") + QLatin1String(name)),
                 qPrintable(introductions));
    }
    for (const char *name : {"LilaKen", "cangtianhuang", "Liyulingyue", "sunzhongkai588", "luotao1"}) {
        QVERIFY2(!introductions.contains(QLatin1String(name)), qPrintable(introductions));
    }
    window.store()->close();
}

void TestHistoryImport::onFirstUseTheNextAgendaWaitsForTheChosenFolder()
{
    // The first use: no export folder yet, so nobody is known and all nine are new.
    FakeClock clock(QDateTime(QDate(2025, 7, 17), QTime(18, 55), QTimeZone(8 * 3600)).toMSecsSinceEpoch());
    MainWindow window(&clock);
    window.setAskForSeries(false);
    window.show();
    QVERIFY(window.openFile(inRepo(QStringLiteral("2025/2025-07-17-meeting-agenda.md"))));
    window.historyLoader()->waitForDone();
    QList<Person> everyone;
    for (const Attendee &a : window.meeting()->attendees()) {
        everyone.append(Person {a.name, a.github});
    }
    window.meeting()->checkInMany(everyone);
    auto *counts = window.findChild<QLabel *>(QStringLiteral("rosterCounts"));
    QCOMPARE(counts->text(), QStringLiteral("9 present of 9 expected · 0 late · 9 new ★"));

    // Preparing the next meeting asks where the community's files are; the answer is read before
    // the agenda is written, so it introduces the four, not the nine.
    window.findChild<QAction *>(QStringLiteral("actionPrepareNext"))->trigger();
    auto *dialog = window.findChild<QFileDialog *>(QStringLiteral("exportFolderDialog"));
    QVERIFY(dialog);
    QVERIFY(!dialog->isModal());
    const QString next = inRepo(QStringLiteral("2025/2025-07-31-meeting-agenda.md"));
    emit dialog->fileSelected(inRepo(QStringLiteral("2025")));
    window.historyLoader()->waitForDone();
    QCOMPARE(counts->text(), QStringLiteral("9 present of 9 expected · 0 late · 4 new ★"));
    QVERIFY(QFileInfo::exists(next));
    const QString agenda = QString::fromUtf8(test::readAll(next));
    QVERIFY2(agenda.contains(QStringLiteral("github.com/raoyutian")), qPrintable(agenda));
    QVERIFY2(!agenda.contains(QStringLiteral("LilaKen")), qPrintable(agenda));
    // The folder is the series', not a setting for every series.
    QCOMPARE(seriessettings::load(series::folderOf(window.store()->path())).exportFolder,
             inRepo(QStringLiteral("2025")));
    QCOMPARE(Settings().minutesFolder(), QString());
    window.store()->close();
}

void TestHistoryImport::historyWindowMarksNewcomersByTheDocuments()
{
    // A session of 2025-11-20 where aztice (introduced 2025-10-16) and SpongeBob0318 (introduced
    // on the 2025-11-20 agenda itself, in no file before) attended: only the second is new.
    SessionData session;
    session.series = Series;
    session.meeting.title = QStringLiteral("PFCC");
    session.meeting.time.date = QDate(2025, 11, 20);
    Attendee aztice;
    aztice.name = QStringLiteral("aztice");
    aztice.github = QStringLiteral("aztice");
    aztice.status = Attendee::Status::Present;
    Attendee sponge = aztice;
    sponge.name = QStringLiteral("SpongeBob0318");
    sponge.github = QStringLiteral("SpongeBob0318");
    session.attendees = {aztice, sponge};
    QVERIFY(sessionfile::save(sessionfile::sessionPath(m_root->path(), Series, QDate(2025, 11, 20)), session).ok());

    HistoryWindow window;
    window.showSeries(seriesFolder(), Series, loadHistory().documents());
    auto *table = window.findChild<QTableWidget *>();
    QVERIFY(table);
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row) {
        cells.append(table->item(row, 0)->text() + QLatin1Char('=') + table->item(row, 2)->text());
    }
    cells.sort();
    QCOMPARE(cells, (QStringList {QStringLiteral("SpongeBob0318=★ new"), QStringLiteral("aztice=✓")}));
}

QTEST_MAIN(TestHistoryImport)
#include "tst_historyimport.moc"
