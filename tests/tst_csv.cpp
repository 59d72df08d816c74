// CSV for spreadsheets (RFC 4180, UTF-8 with a BOM, the formula guard) and the roster with
// attendance as CSV. Every expected byte, row and time is written out by hand.
//
// Time zone: initTestCase sets TZ=Asia/Shanghai (UTC+08:00 all year, no daylight saving since
// 1991) with qputenv + tzset, so the exported offsets are known: +08:00.

#include "meeting/livemeeting.h"
#include "storage/attendancecsv.h"
#include "storage/csv.h"

#include "fakeclock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <time.h>

using namespace gavel;

namespace {

constexpr qint64 Sec = 1000;
constexpr qint64 Min = 60 * Sec;
constexpr qint64 Hour = 60 * Min;

// 2026-11-25 00:00 UTC: 56 years since 1970 with 14 leap days (1972 ... 2024) make 20454 days to
// 2026-01-01, and January to October 2026 add 304 days, the 25th another 24: 20782 days.
constexpr qint64 Nov25 = 20782LL * 24 * Hour;
// The meeting starts at 19:00 in Shanghai (UTC+08:00), 11:00 UTC.
constexpr qint64 MeetingStart = Nov25 + 11 * Hour;

const QString WalkInName = QStringLiteral("=Wang, \"Tiger\" Hu");

// Cells made visible: [["a", "b\n"], ["c"]].
QString describe(const QList<QStringList> &rows)
{
    QStringList out;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (QString cell : row) {
            cell.replace(QLatin1String("\\"), QLatin1String("\\\\"));
            cell.replace(QLatin1String("\""), QLatin1String("\\\""));
            cell.replace(QLatin1String("\r"), QLatin1String("\\r"));
            cell.replace(QLatin1String("\n"), QLatin1String("\\n"));
            cell.replace(QLatin1String("\t"), QLatin1String("\\t"));
            cells.append(QLatin1Char('"') + cell + QLatin1Char('"'));
        }
        out.append(QLatin1Char('[') + cells.join(QLatin1String(", ")) + QLatin1Char(']'));
    }
    return QLatin1Char('[') + out.join(QLatin1String(", ")) + QLatin1Char(']');
}

// One attendee per line: name|github|source|status|checkedInAt|leftAt.
QString describe(const QList<Attendee> &attendees)
{
    QStringList out;
    for (const Attendee &a : attendees) {
        out.append(QStringList {a.name, a.github, attendance::sourceId(a.source), attendance::statusId(a.status),
                                QString::number(a.checkedInAt), QString::number(a.leftAt)}
                       .join(QLatin1Char('|')));
    }
    return out.join(QLatin1Char('\n'));
}

QString row(const QString &name, const QString &github, const char *source, const char *status, qint64 checkedInAt,
            qint64 leftAt = 0)
{
    return QStringList {name,
                        github,
                        QLatin1String(source),
                        QLatin1String(status),
                        QString::number(checkedInAt),
                        QString::number(leftAt)}
        .join(QLatin1Char('|'));
}

AgendaItem agendaItem(const QString &title, int minutes, const QStringList &speakers = {})
{
    AgendaItem it;
    it.title = title;
    it.minutes = minutes;
    it.speakers = speakers;
    return it;
}

// A community call at 19:00-20:00 in Shanghai: a chair, a vice-chair, three invitees and a
// speaker, in that order on the roster.
Meeting communityCall()
{
    Meeting m;
    m.title = QStringLiteral("Community call");
    m.time.date = QDate(2026, 11, 25);
    m.time.start = QTime(19, 0);
    m.time.end = QTime(20, 0);
    m.time.utcOffsetSeconds = 8 * 3600;
    m.chair = Person {QStringLiteral("Ada Lovelace"), QStringLiteral("ada")};
    m.viceChair = Person {QStringLiteral("张军"), QStringLiteral("zhangjun")};
    m.roster
        = {Person {QStringLiteral("高翔"), QString()}, Person {QStringLiteral("Grace Hopper"), QStringLiteral("grace")},
           Person {QStringLiteral("Linus"), QStringLiteral("torvalds")}};
    m.items = {agendaItem(QStringLiteral("Welcome"), 5),
               agendaItem(QStringLiteral("Release status"), 20, {QStringLiteral("octocat")})};
    return m;
}

// The export of the meeting runAttendance() produces, written out by hand.
const QByteArray ExpectedExport
    = "\xEF\xBB\xBF"
      "name,github,source,status,checked_in_at,minutes_late,left_at\r\n"
      "Ada Lovelace,ada,chair,present,2026-11-25T18:58:00+08:00,0,\r\n"
      "张军,zhangjun,vice-chair,expected,,,\r\n"
      "高翔,,invited,late,2026-11-25T19:07:30+08:00,7,\r\n"
      "Grace Hopper,grace,invited,left-early,2026-11-25T19:03:00+08:00,0,2026-11-25T19:40:00+08:00\r\n"
      "Linus,torvalds,invited,excused,,,\r\n"
      "octocat,octocat,speaker,expected,,,\r\n"
      "\"'=Wang, \"\"Tiger\"\" Hu\",,walk-in,late,2026-11-25T19:12:05+08:00,12,\r\n";

// The chair checks in before the start; the meeting starts at 19:00; Grace comes at 19:03
// (within the 5-minute grace), 高翔 at 19:07:30 (late), a walk-in at 19:12:05; Linus is
// excused at 19:15; Grace leaves early at 19:40.
void runAttendance(LiveMeeting &live, FakeClock &clock)
{
    clock.setNowMs(MeetingStart - 2 * Min);
    live.load(communityCall());
    QVERIFY(live.checkIn(attendance::keyFor(QStringLiteral("Ada Lovelace"), QStringLiteral("ada"))));
    clock.setNowMs(MeetingStart);
    QVERIFY(live.start());
    clock.setNowMs(MeetingStart + 3 * Min);
    QVERIFY(live.checkIn(attendance::keyFor(QStringLiteral("Grace Hopper"), QStringLiteral("grace"))));
    clock.setNowMs(MeetingStart + 7 * Min + 30 * Sec);
    QVERIFY(live.checkIn(attendance::keyFor(QStringLiteral("高翔"), QString())));
    clock.setNowMs(MeetingStart + 12 * Min + 5 * Sec);
    QVERIFY(!live.addWalkIn(WalkInName, QString()).isEmpty());
    clock.setNowMs(MeetingStart + 15 * Min);
    QVERIFY(live.setAttendanceStatus(attendance::keyFor(QStringLiteral("Linus"), QStringLiteral("torvalds")),
                                     Attendee::Status::Excused));
    clock.setNowMs(MeetingStart + 40 * Min);
    QVERIFY(live.setAttendanceStatus(attendance::keyFor(QStringLiteral("Grace Hopper"), QStringLiteral("grace")),
                                     Attendee::Status::LeftEarly));
}

// The attendance runAttendance() leaves, by hand.
QString expectedAttendance()
{
    return QStringList {
        row(QStringLiteral("Ada Lovelace"), QStringLiteral("ada"), "chair", "present", MeetingStart - 2 * Min),
        row(QStringLiteral("张军"), QStringLiteral("zhangjun"), "vice-chair", "expected", 0),
        row(QStringLiteral("高翔"), QString(), "invited", "late", MeetingStart + 7 * Min + 30 * Sec),
        row(QStringLiteral("Grace Hopper"), QStringLiteral("grace"), "invited", "left-early", MeetingStart + 3 * Min,
            MeetingStart + 40 * Min),
        row(QStringLiteral("Linus"), QStringLiteral("torvalds"), "invited", "excused", 0),
        row(QStringLiteral("octocat"), QStringLiteral("octocat"), "speaker", "expected", 0),
        row(WalkInName, QString(), "walk-in", "late", MeetingStart + 12 * Min + 5 * Sec)}
        .join(QLatin1Char('\n'));
}

// A deterministic byte generator for the junk tests.
class Junk
{
public:
    explicit Junk(quint32 seed)
        : m_state(seed)
    { }
    quint32 next()
    {
        m_state = m_state * 1664525u + 1013904223u;
        return m_state >> 8;
    }
    // Bytes that stress the reader: quotes, separators, line ends, apostrophes, NUL, broken UTF-8.
    QByteArray bytes(int length)
    {
        static const char alphabet[] = {'"',    ',',    '\r',   '\n',   '\'',   '=',    'a', ' ', '\0', '\xFF',
                                        '\xE4', '\xB8', '\xAD', '\xEF', '\xBB', '\xBF', '"', ',', '\n', 'z'};
        QByteArray out;
        for (int i = 0; i < length; ++i) {
            out += alphabet[next() % sizeof(alphabet)];
        }
        return out;
    }

private:
    quint32 m_state;
};

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // ---- csv ----
    void writeExactBytes();
    void roundTrip_data();
    void roundTrip();
    void apostropheGuardOnReading_data();
    void apostropheGuardOnReading();
    void read_data();
    void read();
    void readErrors_data();
    void readErrors();
    void binaryFileIsAnError();
    void junkNeverCrashes();
    void truncatedFilesNeverCrash();

    // ---- timestamps ----
    void isoTimestamp();
    void parseIsoTimestamp_data();
    void parseIsoTimestamp();

    // ---- the roster ----
    void exportRoster();
    void importRosterRoundTrip();
    void importRoster_data();
    void importRoster();
    void importRosterErrors_data();
    void importRosterErrors();
    void importRosterFileRefusesOversizedFiles();
};

void TestCsv::initTestCase()
{
    qputenv("TZ", "Asia/Shanghai");
    tzset();
    QVERIFY2(QDateTime::fromMSecsSinceEpoch(MeetingStart).offsetFromUtc() == 8 * 3600,
             "TZ=Asia/Shanghai did not take effect (is tzdata installed?)");
}

// ---- csv ----

void TestCsv::writeExactBytes()
{
    const QList<QStringList> rows = {
        {QStringLiteral("name"), QStringLiteral("note")},
        {QStringLiteral("=SUM(A1:A2)"), QStringLiteral("a,b")},
        {QStringLiteral("say \"hi\""), QStringLiteral("line 1\nline 2")},
        {QStringLiteral("-1"), QStringLiteral("+86 123"), QStringLiteral("@handle")},
        {QStringLiteral("\tindented"), QStringLiteral("\rcarriage")},
        {QStringLiteral("'quoted"), QString(), QStringLiteral("trailing  ")},
        {QStringLiteral("张军"), QStringLiteral("=1,2")},
        {QString()},
    };
    const QByteArray expected = "\xEF\xBB\xBF"
                                "name,note\r\n"
                                "'=SUM(A1:A2),\"a,b\"\r\n"
                                "\"say \"\"hi\"\"\",\"line 1\nline 2\"\r\n"
                                "'-1,'+86 123,'@handle\r\n"
                                "'\tindented,\"'\rcarriage\"\r\n"
                                "'quoted,,trailing  \r\n"
                                "\xE5\xBC\xA0\xE5\x86\x9B,\"'=1,2\"\r\n"
                                "\"\"\r\n";
    const QByteArray written = csv::write(rows);
    QCOMPARE(written, expected);
    QCOMPARE(written.left(3), QByteArray("\xEF\xBB\xBF"));

    QCOMPARE(csv::write({}), QByteArray("\xEF\xBB\xBF"));
}

void TestCsv::roundTrip_data()
{
    QTest::addColumn<QList<QStringList>>("rows");

    QTest::newRow("plain") << QList<QStringList> {{QStringLiteral("a"), QStringLiteral("b")}};
    QTest::newRow("commas") << QList<QStringList> {
        {QStringLiteral("Hu, Wang"), QStringLiteral(",,"), QStringLiteral(",")}};
    QTest::newRow("double quotes") << QList<QStringList> {
        {QStringLiteral("say \"hi\""), QStringLiteral("\""), QStringLiteral("\"\""), QStringLiteral("\"start")}};
    QTest::newRow("LF inside") << QList<QStringList> {{QStringLiteral("line 1\nline 2"), QStringLiteral("\n")}};
    QTest::newRow("CRLF inside") << QList<QStringList> {{QStringLiteral("line 1\r\nline 2\r\n"), QStringLiteral("x")}};
    QTest::newRow("lone CR inside") << QList<QStringList> {{QStringLiteral("a\rb"), QStringLiteral("end\r")}};
    QTest::newRow("formula starts") << QList<QStringList> {
        {QStringLiteral("=SUM(A1:A2)"), QStringLiteral("@handle"), QStringLiteral("-1"), QStringLiteral("+86 123")}};
    QTest::newRow("formula start with comma")
        << QList<QStringList> {{QStringLiteral("=A1,B1"), QStringLiteral("@\"x\"")}};
    QTest::newRow("tab and CR starts") << QList<QStringList> {
        {QStringLiteral("\tx"), QStringLiteral("\rx"), QStringLiteral("\r\n")}};
    QTest::newRow("lone formula characters")
        << QList<QStringList> {{QStringLiteral("="), QStringLiteral("+"), QStringLiteral("-"), QStringLiteral("@")}};
    QTest::newRow("apostrophes") << QList<QStringList> {
        {QStringLiteral("'quoted"), QStringLiteral("'"), QStringLiteral("''"), QStringLiteral("it's")}};
    QTest::newRow("Chinese names") << QList<QStringList> {{QStringLiteral("张军"), QStringLiteral("高翔")},
                                                          {QStringLiteral("高翔, 张军"), QStringLiteral("“引号”")}};
    QTest::newRow("empty cells") << QList<QStringList> {{QString(), QString(), QString()},
                                                        {QStringLiteral("x"), QString()}};
    QTest::newRow("one empty cell") << QList<QStringList> {{QStringLiteral("a")}, {QString()}, {QStringLiteral("b")}};
    QTest::newRow("spaces kept") << QList<QStringList> {
        {QStringLiteral("trailing  "), QStringLiteral("  leading"), QStringLiteral(" ")}};
    QTest::newRow("a table") << QList<QStringList> {
        {QStringLiteral("name"), QStringLiteral("github"), QStringLiteral("note")},
        {QStringLiteral("=Wang, \"Tiger\" Hu"), QString(), QStringLiteral("walk-in\r\nlate")},
        {QStringLiteral("张军"), QStringLiteral("zhangjun"), QStringLiteral("-")},
    };
}

void TestCsv::roundTrip()
{
    QFETCH(QList<QStringList>, rows);
    QList<QStringList> read;
    QString error;
    QVERIFY2(csv::read(csv::write(rows), &read, &error), qPrintable(error));
    QCOMPARE(describe(read), describe(rows));
}

// An apostrophe is removed only where the writer would have put it: before = + - @ tab or CR.
void TestCsv::apostropheGuardOnReading_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<QString>("expected");

    QTest::newRow("before =") << QByteArray("'=1+1") << QStringLiteral("=1+1");
    QTest::newRow("before +") << QByteArray("'+86") << QStringLiteral("+86");
    QTest::newRow("before -") << QByteArray("'-") << QStringLiteral("-");
    QTest::newRow("before @") << QByteArray("'@x") << QStringLiteral("@x");
    QTest::newRow("before tab") << QByteArray("'\tx") << QStringLiteral("\tx");
    QTest::newRow("before CR, quoted") << QByteArray("\"'\rx\"") << QStringLiteral("\rx");
    QTest::newRow("quoted, before =") << QByteArray("\"'=a,b\"") << QStringLiteral("=a,b");
    QTest::newRow("before a letter") << QByteArray("'quoted") << QStringLiteral("'quoted");
    QTest::newRow("alone") << QByteArray("'") << QStringLiteral("'");
    QTest::newRow("two, then =") << QByteArray("''=x") << QStringLiteral("''=x");
    QTest::newRow("before a space") << QByteArray("' =x") << QStringLiteral("' =x");
    QTest::newRow("not at the start") << QByteArray("a'=x") << QStringLiteral("a'=x");
}

void TestCsv::apostropheGuardOnReading()
{
    QFETCH(QByteArray, cell);
    QFETCH(QString, expected);
    QList<QStringList> rows;
    QString error;
    QVERIFY2(csv::read(cell + "\r\n", &rows, &error), qPrintable(error));
    QCOMPARE(describe(rows), describe(QList<QStringList> {{expected}}));
}

void TestCsv::read_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("expected");

    const QString a = QStringLiteral("a");
    const QString b = QStringLiteral("b");
    const QString c = QStringLiteral("c");
    const QString d = QStringLiteral("d");
    QTest::newRow("BOM, CRLF") << QByteArray("\xEF\xBB\xBF"
                                             "a,b\r\nc,d\r\n")
                               << QList<QStringList> {{a, b}, {c, d}};
    QTest::newRow("no BOM, CRLF") << QByteArray("a,b\r\nc,d\r\n") << QList<QStringList> {{a, b}, {c, d}};
    QTest::newRow("LF only") << QByteArray("a,b\nc,d\n") << QList<QStringList> {{a, b}, {c, d}};
    QTest::newRow("CR only") << QByteArray("a,b\rc,d\r") << QList<QStringList> {{a, b}, {c, d}};
    QTest::newRow("no final line end") << QByteArray("a,b\r\nc,d") << QList<QStringList> {{a, b}, {c, d}};
    QTest::newRow("empty lines skipped") << QByteArray("\r\na\r\n\r\n\nb\n\r\n") << QList<QStringList> {{a}, {b}};
    QTest::newRow("quoted CRLF across lines")
        << QByteArray("\"x\r\ny\",z\r\n") << QList<QStringList> {{QStringLiteral("x\r\ny"), QStringLiteral("z")}};
    QTest::newRow("quoted LF across lines, LF file")
        << QByteArray("h\n\"one\ntwo\n\nfour\"\nlast\n")
        << QList<QStringList> {{QStringLiteral("h")}, {QStringLiteral("one\ntwo\n\nfour")}, {QStringLiteral("last")}};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\r\n")
                                    << QList<QStringList> {{QStringLiteral("say \"hi\""), QStringLiteral("\"")}};
    QTest::newRow("trailing comma") << QByteArray("a,\r\n") << QList<QStringList> {{a, QString()}};
    QTest::newRow("only commas") << QByteArray(",,\r\n") << QList<QStringList> {{QString(), QString(), QString()}};
    QTest::newRow("empty quoted field") << QByteArray("\"\"\r\n") << QList<QStringList> {{QString()}};
    QTest::newRow("quote inside an unquoted field is kept")
        << QByteArray("ab\"c,d\r\n") << QList<QStringList> {{QStringLiteral("ab\"c"), d}};
    QTest::newRow("spaces kept") << QByteArray(" a , b \r\n")
                                 << QList<QStringList> {{QStringLiteral(" a "), QStringLiteral(" b ")}};
    QTest::newRow("ragged rows") << QByteArray("a\r\nb,c,d\r\n") << QList<QStringList> {{a}, {b, c, d}};
    QTest::newRow("UTF-8 names") << QByteArray("\xE5\xBC\xA0\xE5\x86\x9B,\xE9\xAB\x98\xE7\xBF\x94\n")
                                 << QList<QStringList> {{QStringLiteral("张军"), QStringLiteral("高翔")}};
    QTest::newRow("empty") << QByteArray() << QList<QStringList> {};
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << QList<QStringList> {};
    QTest::newRow("only line ends") << QByteArray("\r\n\n\r") << QList<QStringList> {};
}

void TestCsv::read()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, expected);
    QList<QStringList> rows;
    QString error;
    QVERIFY2(csv::read(bytes, &rows, &error), qPrintable(error));
    QCOMPARE(describe(rows), describe(expected));
}

void TestCsv::readErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    const QString notClosed = QStringLiteral("line %1: a quoted field is not closed before the end of the file");
    const QString afterQuote = QStringLiteral(
        "line %1: text after the closing quote of a field (a quote inside a quoted field is written twice)");
    const QString notUtf8 = QStringLiteral("line %1: not valid UTF-8 text; save the file as CSV in UTF-8");

    QTest::newRow("quote not closed") << QByteArray("a,b\r\n\"open,c\r\nmore\r\n") << notClosed.arg(2);
    QTest::newRow("quote not closed, one line") << QByteArray("\"") << notClosed.arg(1);
    QTest::newRow("quote not closed after empty lines") << QByteArray("a\n\n\nb,\"c") << notClosed.arg(4);
    QTest::newRow("doubled quote at the end") << QByteArray("a,\"b\"\"") << notClosed.arg(1);
    QTest::newRow("text after closing quote") << QByteArray("a\r\n\"x\"y,z\r\n") << afterQuote.arg(2);
    QTest::newRow("space after closing quote") << QByteArray("\"x\" ,z\r\n") << afterQuote.arg(1);
    QTest::newRow("text after a quote spanning lines") << QByteArray("h\r\n\"a\r\nb\r\nc\"d\r\n") << afterQuote.arg(4);
    QTest::newRow("invalid UTF-8 on line 3") << QByteArray("a\r\nb\r\nc\xFF\r\n") << notUtf8.arg(3);
    QTest::newRow("Latin-1, LF file") << QByteArray("name\nM\xFCller\n") << notUtf8.arg(2);
    QTest::newRow("truncated sequence at the end") << QByteArray("\xE5\xBC") << notUtf8.arg(1);
    QTest::newRow("encoded surrogate") << QByteArray("a,\xED\xA0\x80") << notUtf8.arg(1);
    QTest::newRow("overlong encoding") << QByteArray("\xC0\xAF") << notUtf8.arg(1);
    QTest::newRow("NUL byte") << QByteArray("a\r\nb\0c", 6)
                              << QStringLiteral("line 2: binary data (a NUL byte), not CSV text");
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFEn\0a\0", 6)
                            << QStringLiteral("the file is UTF-16 text; save it as CSV in UTF-8");
}

void TestCsv::readErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QList<QStringList> rows = {{QStringLiteral("untouched")}};
    QString error;
    QVERIFY(!csv::read(bytes, &rows, &error));
    QCOMPARE(error, expected);
    QCOMPARE(describe(rows), QStringLiteral("[[\"untouched\"]]"));
}

void TestCsv::binaryFileIsAnError()
{
    // The test program itself: an ELF file, "\x7F" "ELF" and a NUL on its first line.
    QFile self(QCoreApplication::applicationFilePath());
    QVERIFY(self.open(QIODevice::ReadOnly));
    const QByteArray bytes = self.readAll();
    QString error;
    QList<QStringList> rows;
    QVERIFY(!csv::read(bytes, &rows, &error));
    QCOMPARE(error, QStringLiteral("line 1: binary data (a NUL byte), not CSV text"));
    QList<Attendee> attendees;
    QVERIFY(!attendancecsv::importRoster(bytes, &attendees, &error));
    QCOMPARE(error, QStringLiteral("line 1: binary data (a NUL byte), not CSV text"));
}

// Junk bytes: an error with a line number, or rows that survive writing and reading again.
void TestCsv::junkNeverCrashes()
{
    Junk junk(20261125);
    for (int i = 0; i < 5000; ++i) {
        QByteArray bytes = junk.bytes(int(junk.next() % 80));
        if (i % 2 == 1) {
            bytes.prepend("name,github,source,status,checked_in_at\r\n");
        }
        QList<QStringList> rows;
        QString error;
        if (csv::read(bytes, &rows, &error)) {
            QList<QStringList> again;
            QVERIFY2(csv::read(csv::write(rows), &again, &error), qPrintable(error));
            QCOMPARE(describe(again), describe(rows));
        } else {
            QVERIFY2(error.startsWith(QLatin1String("line ")) || error.startsWith(QLatin1String("the file")),
                     qPrintable(error));
        }
        QList<Attendee> attendees;
        error.clear();
        if (!attendancecsv::importRoster(bytes, &attendees, &error)) {
            QVERIFY(!error.isEmpty());
        }
    }
}

void TestCsv::truncatedFilesNeverCrash()
{
    const QByteArray whole = ExpectedExport;
    for (int n = 0; n <= whole.size(); ++n) {
        const QByteArray bytes = whole.left(n);
        QList<QStringList> rows;
        QString error;
        const bool ok = csv::read(bytes, &rows, &error);
        QVERIFY2(ok || !error.isEmpty(), qPrintable(QString::number(n)));
        QList<Attendee> attendees;
        error.clear();
        const bool imported = attendancecsv::importRoster(bytes, &attendees, &error);
        QVERIFY2(imported || !error.isEmpty(), qPrintable(QString::number(n)));
    }
}

// ---- timestamps ----

void TestCsv::isoTimestamp()
{
    QCOMPARE(attendancecsv::isoTimestamp(Nov25 + 11 * Hour + 7 * Min + 30 * Sec),
             QStringLiteral("2026-11-25T19:07:30+08:00"));
    QCOMPARE(attendancecsv::isoTimestamp(Nov25 + 11 * Hour + 7 * Min + 30 * Sec + 250),
             QStringLiteral("2026-11-25T19:07:30.250+08:00"));
    // 16:00 UTC is already the next day in Shanghai.
    QCOMPARE(attendancecsv::isoTimestamp(Nov25 + 16 * Hour + 5), QStringLiteral("2026-11-26T00:00:00.005+08:00"));
}

void TestCsv::parseIsoTimestamp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");

    // 11:07:30 UTC on 2026-11-25, written in many ways.
    const qint64 t = Nov25 + 11 * Hour + 7 * Min + 30 * Sec;
    QTest::newRow("offset") << QStringLiteral("2026-11-25T19:07:30+08:00") << true << t;
    QTest::newRow("Z") << QStringLiteral("2026-11-25T11:07:30Z") << true << t;
    QTest::newRow("lower-case z") << QStringLiteral("2026-11-25t11:07:30z") << true << t;
    QTest::newRow("+00:00") << QStringLiteral("2026-11-25T11:07:30+00:00") << true << t;
    QTest::newRow("space for T") << QStringLiteral("2026-11-25 19:07:30+08:00") << true << t;
    QTest::newRow("basic format") << QStringLiteral("20261125T190730+0800") << true << t;
    QTest::newRow("hours-only offset") << QStringLiteral("2026-11-25T19:07:30+08") << true << t;
    QTest::newRow("negative offset") << QStringLiteral("2026-11-25T06:07:30-05:00") << true << t;
    QTest::newRow("half-hour offset") << QStringLiteral("2026-11-25T16:37:30+05:30") << true << t;
    QTest::newRow("next day at +13:00") << QStringLiteral("2026-11-26T00:07:30+13:00") << true << t;
    QTest::newRow("previous day at -12:00") << QStringLiteral("2026-11-24T23:07:30-12:00") << true << t;
    QTest::newRow("surrounding spaces") << QStringLiteral("  2026-11-25T19:07:30+08:00 ") << true << t;
    QTest::newRow("no seconds") << QStringLiteral("2026-11-25T19:07+08:00") << true << t - 30 * Sec;
    QTest::newRow("milliseconds") << QStringLiteral("2026-11-25T19:07:30.250+08:00") << true << t + 250;
    QTest::newRow("tenths, comma") << QStringLiteral("2026-11-25T19:07:30,5+08:00") << true << t + 500;
    QTest::newRow("microseconds") << QStringLiteral("2026-11-25T11:07:30.123456Z") << true << t + 123;

    QTest::newRow("no offset") << QStringLiteral("2026-11-25T19:07:30") << false << qint64(0);
    QTest::newRow("date only") << QStringLiteral("2026-11-25") << false << qint64(0);
    QTest::newRow("words") << QStringLiteral("yesterday") << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("month 13") << QStringLiteral("2026-13-01T00:00:00Z") << false << qint64(0);
    QTest::newRow("30 February") << QStringLiteral("2026-02-30T00:00:00Z") << false << qint64(0);
    QTest::newRow("hour 25") << QStringLiteral("2026-11-25T25:00:00Z") << false << qint64(0);
    QTest::newRow("offset +25:00") << QStringLiteral("2026-11-25T19:07:30+25:00") << false << qint64(0);
    QTest::newRow("offset +08:60") << QStringLiteral("2026-11-25T19:07:30+08:60") << false << qint64(0);
    QTest::newRow("text after") << QStringLiteral("2026-11-25T19:07:30+08:00 CST") << false << qint64(0);
    QTest::newRow("12-hour clock") << QStringLiteral("2026-11-25 7:07pm") << false << qint64(0);
    QTest::newRow("full-width digits") << QStringLiteral("２０２６-11-25T19:07:30+08:00") << false << qint64(0);
}

void TestCsv::parseIsoTimestamp()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    qint64 ms = -1;
    QCOMPARE(attendancecsv::parseIsoTimestamp(text, &ms), ok);
    if (ok) {
        QCOMPARE(ms, expected);
    }
}

// ---- the roster ----

void TestCsv::exportRoster()
{
    FakeClock clock;
    LiveMeeting live(&clock);
    runAttendance(live, clock);
    QCOMPARE(describe(live.attendees()), expectedAttendance());
    QCOMPARE(live.minutesLate(live.attendees()[2]), 7);
    QCOMPARE(live.minutesLate(live.attendees()[6]), 12);

    const QByteArray csv = attendancecsv::exportRoster(live);
    QCOMPARE(QString::fromUtf8(csv), QString::fromUtf8(ExpectedExport)); // readable on failure
    QCOMPARE(csv, ExpectedExport);
}

void TestCsv::importRosterRoundTrip()
{
    FakeClock clock;
    LiveMeeting original(&clock);
    runAttendance(original, clock);
    const QByteArray csv = attendancecsv::exportRoster(original);

    QList<Attendee> imported;
    QString error;
    QVERIFY2(attendancecsv::importRoster(csv, &imported, &error), qPrintable(error));
    QCOMPARE(describe(imported), expectedAttendance());

    // A fresh meeting with the same agenda, three quarters of an hour in, not started on this machine.
    FakeClock laterClock(MeetingStart + 45 * Min);
    LiveMeeting fresh(&laterClock);
    fresh.load(communityCall());
    const QString freshRoster
        = QStringList {row(QStringLiteral("Ada Lovelace"), QStringLiteral("ada"), "chair", "expected", 0),
                       row(QStringLiteral("张军"), QStringLiteral("zhangjun"), "vice-chair", "expected", 0),
                       row(QStringLiteral("高翔"), QString(), "invited", "expected", 0),
                       row(QStringLiteral("Grace Hopper"), QStringLiteral("grace"), "invited", "expected", 0),
                       row(QStringLiteral("Linus"), QStringLiteral("torvalds"), "invited", "expected", 0),
                       row(QStringLiteral("octocat"), QStringLiteral("octocat"), "speaker", "expected", 0)}
              .join(QLatin1Char('\n'));
    QCOMPARE(describe(fresh.attendees()), freshRoster);

    // Ada, 高翔, Grace and Linus change; the walk-in is new; 张军 and octocat stay expected.
    QCOMPARE(fresh.importAttendance(imported), 5);
    QCOMPARE(describe(fresh.attendees()), expectedAttendance());
    const Attendee &walkIn = fresh.attendees().last();
    QCOMPARE(walkIn.name, QStringLiteral("=Wang, \"Tiger\" Hu"));
    QCOMPARE(walkIn.status, Attendee::Status::Late);
    QCOMPARE(walkIn.checkedInAt, MeetingStart + 12 * Min + 5 * Sec);
    // Lateness from the check-in time and the scheduled start (19:00 in Shanghai).
    QCOMPARE(fresh.minutesLate(fresh.attendees()[2]), 7);
    QCOMPARE(fresh.minutesLate(walkIn), 12);
    QCOMPARE(attendancecsv::exportRoster(fresh), ExpectedExport);

    // One undoable command.
    QCOMPARE(fresh.undoStack()->count(), 1);
    fresh.undoStack()->undo();
    QCOMPARE(describe(fresh.attendees()), freshRoster);
    fresh.undoStack()->redo();
    QCOMPARE(describe(fresh.attendees()), expectedAttendance());
}

void TestCsv::importRoster_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    const qint64 t = Nov25 + 11 * Hour + 7 * Min + 30 * Sec; // 19:07:30 in Shanghai
    QTest::newRow("columns in another order, extra columns, no BOM, LF")
        << QByteArray("note,status,checked_in_at,github,source,name,minutes_late\n"
                      "hi,late,2026-11-25T19:07:30+08:00,ada,chair,Ada Lovelace,7\n"
                      ",expected,,,invited,Bob,\n")
        << QStringList {row(QStringLiteral("Ada Lovelace"), QStringLiteral("ada"), "chair", "late", t),
                        row(QStringLiteral("Bob"), QString(), "invited", "expected", 0)}
               .join(QLatin1Char('\n'));
    QTest::newRow("ids in any case, header in any case")
        << QByteArray("Name,GitHub,Source,Status,Checked In At\r\n"
                      "Ada,ada,Walk-In,LEFT-EARLY,2026-11-25T11:07:30Z\r\n"
                      "Bob,bob,VICE-CHAIR,Absent,\r\n")
        << QStringList {row(QStringLiteral("Ada"), QStringLiteral("ada"), "walk-in", "left-early", t),
                        row(QStringLiteral("Bob"), QStringLiteral("bob"), "vice-chair", "absent", 0)}
               .join(QLatin1Char('\n'));
    QTest::newRow("empty lines, github only, name only")
        << QByteArray("\xEF\xBB\xBF"
                      "name,github\r\n\r\n,octocat\r\n\r\n高翔,\r\n\r\n")
        << QStringList {row(QString(), QStringLiteral("octocat"), "invited", "expected", 0),
                        row(QStringLiteral("高翔"), QString(), "invited", "expected", 0)}
               .join(QLatin1Char('\n'));
    QTest::newRow("guarded cells, spaces, @ handle, short rows")
        << QByteArray("name,github,source,status,checked_in_at,minutes_late\r\n"
                      "\"'=Wang, \"\"Tiger\"\" Hu\",,walk-in,present,2026-11-25 19:07:30+08:00,0\r\n"
                      "  Grace Hopper  ,'@grace , invited , excused ,\r\n"
                      "'-dash\r\n")
        << QStringList {row(QStringLiteral("=Wang, \"Tiger\" Hu"), QString(), "walk-in", "present", t),
                        row(QStringLiteral("Grace Hopper"), QStringLiteral("grace"), "invited", "excused", 0),
                        row(QStringLiteral("-dash"), QString(), "invited", "expected", 0)}
               .join(QLatin1Char('\n'));
    QTest::newRow("empty status: present with a time, expected without")
        << QByteArray("name,status,checked_in_at\r\nAda,,2026-11-25T19:07:30+08:00\r\nBob,,\r\n")
        << QStringList {row(QStringLiteral("Ada"), QString(), "invited", "present", t),
                        row(QStringLiteral("Bob"), QString(), "invited", "expected", 0)}
               .join(QLatin1Char('\n'));
    QTest::newRow("not attending drops the time; minutes_late is not read")
        << QByteArray("name,status,checked_in_at,minutes_late\r\nAda,absent,2026-11-25T19:07:30+08:00,99\r\n"
                      "Bob,present,,banana\r\n")
        << QStringList {row(QStringLiteral("Ada"), QString(), "invited", "absent", 0),
                        row(QStringLiteral("Bob"), QString(), "invited", "present", 0)}
               .join(QLatin1Char('\n'));
    const qint64 left = Nov25 + 11 * Hour + 40 * Min; // 19:40 in Shanghai
    QTest::newRow("left_at read back for who left early, dropped for the others")
        << QByteArray("name,status,checked_in_at,left_at\r\n"
                      "Ada,left-early,2026-11-25T19:07:30+08:00,2026-11-25T19:40:00+08:00\r\n"
                      "Bob,present,2026-11-25T19:07:30+08:00,2026-11-25T19:40:00+08:00\r\n"
                      "Cy,absent,,2026-11-25T19:40:00+08:00\r\n"
                      "Di,left-early,2026-11-25T19:07:30+08:00,\r\n")
        << QStringList {row(QStringLiteral("Ada"), QString(), "invited", "left-early", t, left),
                        row(QStringLiteral("Bob"), QString(), "invited", "present", t),
                        row(QStringLiteral("Cy"), QString(), "invited", "absent", 0),
                        row(QStringLiteral("Di"), QString(), "invited", "left-early", t)}
               .join(QLatin1Char('\n'));
    QTest::newRow("empty status with a left_at: left early")
        << QByteArray("name,status,checked_in_at,left_at\r\nAda,,2026-11-25T19:07:30+08:00,2026-11-25T11:40:00Z\r\n")
        << row(QStringLiteral("Ada"), QString(), "invited", "left-early", t, left);
    // An export from before left_at: six columns; who left early keeps the status, without a time.
    QTest::newRow("old export without left_at")
        << QByteArray("\xEF\xBB\xBF"
                      "name,github,source,status,checked_in_at,minutes_late\r\n"
                      "Ada Lovelace,ada,chair,present,2026-11-25T18:58:00+08:00,0\r\n"
                      "张军,zhangjun,vice-chair,expected,,\r\n"
                      "Grace Hopper,grace,invited,left-early,2026-11-25T19:07:30+08:00,0\r\n")
        << QStringList {row(QStringLiteral("Ada Lovelace"), QStringLiteral("ada"), "chair", "present",
                            Nov25 + 10 * Hour + 58 * Min),
                        row(QStringLiteral("张军"), QStringLiteral("zhangjun"), "vice-chair", "expected", 0),
                        row(QStringLiteral("Grace Hopper"), QStringLiteral("grace"), "invited", "left-early", t)}
               .join(QLatin1Char('\n'));
    QTest::newRow("header only") << QByteArray("name,github,source,status,checked_in_at,minutes_late,left_at\r\n")
                                 << QString();
}

void TestCsv::importRoster()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QList<Attendee> attendees;
    QString error;
    QVERIFY2(attendancecsv::importRoster(bytes, &attendees, &error), qPrintable(error));
    QCOMPARE(describe(attendees), expected);
}

void TestCsv::importRosterErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    const QByteArray header = "name,github,source,status,checked_in_at,minutes_late\r\n";
    const QString badTime = QStringLiteral(
        "line %1: bad timestamp “%2” (expected ISO 8601 with a UTC offset, like 2026-11-25T19:07:30+08:00)");
    const QString noHeader = QStringLiteral("line %1: no header row: the first row needs a “name” or a “github” column "
                                            "(the columns are name, github, source, status, checked_in_at, "
                                            "minutes_late, left_at)");

    QTest::newRow("unknown status") << header
            + "Ada,ada,chair,present,,\r\nBob,,invited,expected,,\r\n"
              "Cy,,invited,maybe,,\r\n"
                                    << QStringLiteral("line 4: unknown status “maybe”");
    QTest::newRow("unknown source") << header + "Ada,ada,guest,present,,\r\n"
                                    << QStringLiteral("line 2: unknown source “guest”");
    QTest::newRow("bad timestamp") << header + "Ada,ada,chair,present,,\r\nBob,,invited,late,2026-11-25 7pm,\r\n"
                                   << badTime.arg(3).arg(QStringLiteral("2026-11-25 7pm"));
    QTest::newRow("timestamp without offset") << header + "Ada,ada,chair,present,2026-11-25T19:07:30,0\r\n"
                                              << badTime.arg(2).arg(QStringLiteral("2026-11-25T19:07:30"));
    QTest::newRow("bad left_at") << QByteArray("name,status,checked_in_at,left_at\r\n"
                                               "Ada,left-early,2026-11-25T19:07:30+08:00,19:40\r\n")
                                 << badTime.arg(2).arg(QStringLiteral("19:40"));
    QTest::newRow("impossible date") << header + "Ada,ada,chair,present,2026-02-30T19:07:30+08:00,0\r\n"
                                     << badTime.arg(2).arg(QStringLiteral("2026-02-30T19:07:30+08:00"));
    QTest::newRow("long junk timestamp is cut short")
        << header + "Ada,ada,chair,present,0123456789012345678901234567890123456789XYZ,0\r\n"
        << badTime.arg(2).arg(QStringLiteral("0123456789012345678901234567890123456789…"));
    QTest::newRow("missing name and github") << header + "Ada,ada,chair,present,,\r\n,,invited,expected,,\r\n"
                                             << QStringLiteral("line 3: neither a name nor a github handle");
    QTest::newRow("only spaces for name and github") << header + "  ,  ,invited,expected,,\r\n"
                                                     << QStringLiteral("line 2: neither a name nor a github handle");
    QTest::newRow("line numbers count a name across lines and empty lines")
        << header + "\"Ada\r\nLovelace\",ada,chair,present,,\r\n\r\nBob,,invited,maybe,,\r\n"
        << QStringLiteral("line 5: unknown status “maybe”");
    QTest::newRow("no header") << QByteArray("Ada Lovelace,ada,chair,present,,\r\n") << noHeader.arg(1);
    QTest::newRow("no header after empty lines") << QByteArray("\r\n\r\nAda,ada\r\n") << noHeader.arg(3);
    QTest::newRow("column twice") << QByteArray("name,github,Name\r\nAda,ada,Ada\r\n")
                                  << QStringLiteral("line 1: the column “name” appears twice in the header");
    QTest::newRow("quote not closed") << header + "Ada,ada,chair,present,,\r\n\"Bob,bob,invited,expected,,\r\n"
                                      << QStringLiteral(
                                             "line 3: a quoted field is not closed before the end of the file");
    QTest::newRow("text after closing quote")
        << header + "\"Ada\" Lovelace,ada,chair,present,,\r\n"
        << QStringLiteral(
               "line 2: text after the closing quote of a field (a quote inside a quoted field is written twice)");
    QTest::newRow("invalid UTF-8") << header + "M\xFCller,,invited,expected,,\r\n"
                                   << QStringLiteral("line 2: not valid UTF-8 text; save the file as CSV in UTF-8");
    const QString empty
        = QStringLiteral("the file is empty: a roster needs a header row (name, github, source, status, "
                         "checked_in_at, minutes_late, left_at) and a row per person");
    QTest::newRow("empty file") << QByteArray() << empty;
    QTest::newRow("BOM and empty lines") << QByteArray("\xEF\xBB\xBF\r\n\r\n") << empty;
}

void TestCsv::importRosterErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    Attendee untouched;
    untouched.name = QStringLiteral("untouched");
    QList<Attendee> attendees = {untouched};
    QString error;
    QVERIFY(!attendancecsv::importRoster(bytes, &attendees, &error));
    QCOMPARE(error, expected);
    QCOMPARE(attendees.size(), 1);
    QCOMPARE(attendees.first().name, QStringLiteral("untouched"));
}

void TestCsv::importRosterFileRefusesOversizedFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A roster CSV of at least `size` bytes, ending with `last`.
    const auto writeRoster = [&dir](const QString &name, qint64 size, const QByteArray &last) {
        QByteArray block;
        for (int i = 0; block.size() < 1024 * 1024; ++i) {
            block += "Person " + QByteArray::number(i) + ",person" + QByteArray::number(i) + "\r\n";
        }
        const QString path = dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write("name,github\r\n");
            while (file.size() < size) {
                file.write(block);
            }
            file.write(last);
        }
        return path;
    };
    // 17 MB of names: refused with the limit named, never read in part ("Perso" was the last name).
    const QString big = writeRoster(QStringLiteral("big.csv"), 17 * 1024 * 1024, "Person,person\r\n");
    QList<Attendee> rows;
    QString error;
    QVERIFY(!attendancecsv::importRosterFile(big, &rows, &error));
    QVERIFY(rows.isEmpty());
    QCOMPARE(error,
             QStringLiteral("%1: the file is larger than 16 MB (%2 bytes); an attendance list of thousands is "
                            "far smaller")
                 .arg(big)
                 .arg(QFileInfo(big).size()));

    // At the limit it is read whole, its last person included.
    const QString fits = writeRoster(QStringLiteral("fits.csv"), 15 * 1024 * 1024, "Last Person,lastperson\r\n");
    QVERIFY2(attendancecsv::importRosterFile(fits, &rows, &error), qPrintable(error));
    QCOMPARE(rows.last().name, QStringLiteral("Last Person"));

    // A damaged line is named with its file.
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("status\r\npresent\r\n");
    }
    QVERIFY(!attendancecsv::importRosterFile(bad, &rows, &error));
    QVERIFY2(error.startsWith(bad + QStringLiteral(": ")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
