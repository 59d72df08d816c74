// The gavel command line as a user meets it: --help, --version, and input it cannot use.
// Every refusal exits 1 with one line on stderr that names the file and the reason.

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace gavel::test;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void help();
    void version();
    void refuses_data();
    void refuses();
    void hugeListImports();
    void deepNestingIsCapped();
    void unreadableFile();
    void encodingsAndLineEnds_data();
    void encodingsAndLineEnds();
    void explainSaysWhatGaveEachField();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestCli::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

void TestCli::help()
{
    const ProcessResult run = runGavel({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("--print-agenda <file>"));
    QVERIFY(run.out.contains("--version"));
}

void TestCli::version()
{
    const ProcessResult run = runGavel({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("gavel "), run.out.constData());
}

void TestCli::refuses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i) {
        binary[i] = char((i * 7919) % 256);
    }
    QByteArray sixMegabytes = "# Big\n\n## Agenda\n\n";
    while (sixMegabytes.size() < 6 * 1024 * 1024) {
        sixMegabytes += "- an item that pads the file to six megabytes (1 min)\n";
    }

    QTest::newRow("empty") << "empty.md" << QByteArray() << "the file is empty";
    QTest::newRow("binary") << "binary.md" << binary << "binary data";
    QTest::newRow("invalid UTF-8") << "latin1.md" << QByteArray("# Caf\xe9\n\n## Agenda\n\n- item\n")
                                   << "not valid UTF-8 text (line 1)";
    QTest::newRow("invalid UTF-8 later") << "late.md" << QByteArray("# T\n\n## Agenda\n\n- ok\n- \xc3\x28 bad\n")
                                         << "not valid UTF-8 text (line 6)";
    QTest::newRow("6 MB") << "big.md" << sixMegabytes << "larger than 5 MB";
    QTest::newRow("only a table") << "table.md" << QByteArray("| a | b |\n|---|---|\n| 1 | 2 |\n") << "no agenda found";
    QTest::newRow("only prose") << "prose.md" << QByteArray("Just a paragraph.\n") << "no agenda found";
    QTest::newRow("agenda heading without items")
        << "bare.md" << QByteArray("# T\n\n## 会议议程\n\nTo be decided.\n")
        << "the agenda section “会议议程” has no list of items and no sub-headings";
    // UTF-16 without its byte-order mark: called what it is, not "binary".
    const QString agenda = QStringLiteral("# 会议\n\n## 议程\n\n- 开场 (5 min)\n");
    QTest::newRow("UTF-16 without a byte-order mark")
        << "utf16-nobom.md" << QByteArray(reinterpret_cast<const char *>(agenda.utf16()), agenda.size() * 2)
        << "UTF-16 text without a byte-order mark; save the agenda as UTF-8";
}

void TestCli::refuses()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);

    const QString path = write(name, bytes);
    const ProcessResult run = runGavel({QStringLiteral("--print-agenda"), path});
    QVERIFY2(!run.crashed, run.err.constData());
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.endsWith(QLatin1Char('\n')) && err.count(QLatin1Char('\n')) == 1, qPrintable(err));
    QVERIFY2(err.startsWith(QStringLiteral("gavel: %1: ").arg(path)), qPrintable(err));
    QVERIFY2(err.contains(reason), qPrintable(err));
}

void TestCli::hugeListImports()
{
    QByteArray text = "# Many\n\n## Agenda\n\n";
    for (int i = 0; i < 100000; ++i) {
        text += "- item " + QByteArray::number(i) + " (1 min)\n";
    }
    // A hang guard, not a time limit: under the sanitizers on a busy machine this takes a while.
    const ProcessResult run
        = runGavel({QStringLiteral("--print-agenda"), write(QStringLiteral("many.md"), text)}, 300000);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    const QJsonArray items = json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 100000);
    QCOMPARE(items.last().toObject().value(QStringLiteral("title")).toString(), QStringLiteral("item 99999"));
    QCOMPARE(json.value(QStringLiteral("plannedMinutes")).toInt(), 100000);
}

void TestCli::deepNestingIsCapped()
{
    // 1,000 levels, each indented under the one before: the import keeps a bounded tree
    // instead of recursing 1,000 deep, and loses no text.
    QByteArray text = "# Deep\n\n## Agenda\n\n";
    for (int i = 0; i < 1000; ++i) {
        text += QByteArray(2 * i, ' ') + "- level " + QByteArray::number(i) + "\n";
    }
    const ProcessResult run = runGavel({QStringLiteral("--print-agenda"), write(QStringLiteral("deep.md"), text)});
    QVERIFY2(!run.crashed, run.err.constData());
    QCOMPARE(run.exitCode, 0);
    QJsonObject item
        = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("items")).toArray().first().toObject();
    QCOMPARE(item.value(QStringLiteral("title")).toString(), QStringLiteral("level 0"));
    // No level carries a duration or a speaker: the levels below are the first's description, one
    // line each (issue 19).
    const QStringList lines = item.value(QStringLiteral("description")).toString().split(QLatin1Char('\n'));
    QVERIFY2(lines.size() > 10 && lines.size() < 1000, qPrintable(QString::number(lines.size())));
    QCOMPARE(lines.first(), QStringLiteral("level 1"));
    int depth = 1;
    while (!item.value(QStringLiteral("children")).toArray().isEmpty()) {
        item = item.value(QStringLiteral("children")).toArray().first().toObject();
        ++depth;
    }
    QCOMPARE(depth, 1);

    // One line of a thousand list markers.
    QByteArray markers = "# Deep\n\n## Agenda\n\n";
    markers += QByteArray(1000 * 2, ' ').replace("  ", "- ") + "x\n";
    const ProcessResult run2
        = runGavel({QStringLiteral("--print-agenda"), write(QStringLiteral("markers.md"), markers)});
    QVERIFY2(!run2.crashed, run2.err.constData());
    QCOMPARE(run2.exitCode, 0);
}

void TestCli::unreadableFile()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.md"));
    ProcessResult run = runGavel({QStringLiteral("--print-agenda"), missing});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(QString::fromUtf8(run.err), QStringLiteral("gavel: %1: no such file\n").arg(missing));

    run = runGavel({QStringLiteral("--print-agenda"), m_dir.path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("is a folder"), run.err.constData());

    run = runGavel({QStringLiteral("--print-agenda")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("print-agenda"), run.err.constData());

    // A link that loops says so: the file is not simply missing.
    const QString loop = m_dir.filePath(QStringLiteral("loop.md"));
    const QString other = m_dir.filePath(QStringLiteral("other.md"));
    QVERIFY(QFile::link(other, loop));
    QVERIFY(QFile::link(loop, other));
    run = runGavel({QStringLiteral("--print-agenda"), loop});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(QString::fromUtf8(run.err),
             QStringLiteral("gavel: %1: a symbolic link that loops (it leads back to itself)\n").arg(loop));
}

void TestCli::encodingsAndLineEnds_data()
{
    QTest::addColumn<QByteArray>("bytes");

    // The same agenda, as editors on other systems save it.
    const QString agenda = QStringLiteral("# 第一次会议\n\n## 会议议程\n\n- 开场 (5 min)\n- Roadmap (10 min)\n");
    const QByteArray utf8 = agenda.toUtf8();
    QByteArray utf16le("\xFF\xFE");
    QByteArray utf16be("\xFE\xFF");
    for (const QChar c : agenda) {
        utf16le += char(c.unicode() & 0xFF);
        utf16le += char(c.unicode() >> 8);
        utf16be += char(c.unicode() >> 8);
        utf16be += char(c.unicode() & 0xFF);
    }
    QTest::newRow("UTF-8") << utf8;
    QTest::newRow("UTF-8 with a byte-order mark") << "\xEF\xBB\xBF" + utf8;
    QTest::newRow("CRLF line ends") << QByteArray(utf8).replace("\n", "\r\n");
    QTest::newRow("byte-order mark and CRLF") << "\xEF\xBB\xBF" + QByteArray(utf8).replace("\n", "\r\n");
    QTest::newRow("old Mac CR line ends") << QByteArray(utf8).replace("\n", "\r");
    QTest::newRow("UTF-16 little-endian with a byte-order mark") << utf16le;
    QTest::newRow("UTF-16 big-endian with a byte-order mark") << utf16be;
}

void TestCli::encodingsAndLineEnds()
{
    QFETCH(QByteArray, bytes);
    const ProcessResult run = runGavel({QStringLiteral("--print-agenda"), write(QStringLiteral("encoded.md"), bytes)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject agenda = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(agenda.value(QStringLiteral("title")).toString(), QStringLiteral("第一次会议"));
    const QJsonArray items = agenda.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].toObject().value(QStringLiteral("title")).toString(), QStringLiteral("开场"));
    QCOMPARE(items[1].toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Roadmap"));
    QCOMPARE(agenda.value(QStringLiteral("plannedMinutes")).toInt(), 15);
}

// --print-agenda --explain: stdout is the same JSON as without it; stderr says, one plain line a
// rule, which heading, list and lines gave each field. The lines below were written by hand from
// the rules in the README ("How an agenda is read") for this agenda.
void TestCli::explainSaysWhatGaveEachField()
{
    const QString path = write(QStringLiteral("explained.md"),
                               "# Docs WG sync\n"
                               "\n"
                               "- Meeting time: 2026-03-05 16:00-17:00 UTC\n"
                               "- Chair: @alice-demo\n"
                               "- Join: https://zoom.us/j/123\n"
                               "\n"
                               "## Agenda topic rules\n"
                               "\n"
                               "Add topics as a list below.\n"
                               "\n"
                               "## Agenda\n"
                               "\n"
                               "1. Roadmap (10 min)\n"
                               "2. Release notes\n"
                               "   - what changed\n"
                               "   - who writes them\n"
                               "\n"
                               "### Duty rota\n"
                               "\n"
                               "- March: @bob-demo\n");
    const ProcessResult plain = runGavel({QStringLiteral("--print-agenda"), path});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.err.isEmpty());
    const ProcessResult explained = runGavel({QStringLiteral("--print-agenda"), QStringLiteral("--explain"), path});
    QCOMPARE(explained.exitCode, 0);
    QCOMPARE(explained.out, plain.out);
    const QStringList lines = QString::fromUtf8(explained.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList expected {
        QStringLiteral("title: the first heading, “# Docs WG sync”"),
        QStringLiteral("items: “## Agenda topic rules” passed over: it names a section that is no agenda"),
        QStringLiteral("items: the section under “## Agenda”: 2 items from its list"),
        QStringLiteral("items: the section ends at “### Duty rota”: it names a section that is no agenda"),
        QStringLiteral("description: the sub-entries of “Release notes” carry no duration and no speaker, so they are "
                       "what the item is about, not timed parts"),
        QStringLiteral("start: the line “Meeting time: 2026-03-05 16:00-17:00 UTC” (a time label)"),
        QStringLiteral("chair: the line “Chair: @alice-demo” (a chair label)"),
        QStringLiteral("join: a link to a meeting service (zoom.us) in the line “Join: https://zoom.us/j/123”"),
    };
    QCOMPARE(lines, expected);

    // The option after the file, and a file it refuses: the lines it has, then the error.
    const QString refused = write(QStringLiteral("refused.md"), "# Sync\n\n## Agenda\n\nNothing yet.\n");
    const ProcessResult failed = runGavel({QStringLiteral("--print-agenda"), refused, QStringLiteral("--explain")});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY(failed.out.isEmpty());
    QCOMPARE(QString::fromUtf8(failed.err),
             QStringLiteral("title: the first heading, “# Sync”\n"
                            "items: “## Agenda” passed over: no list and no sub-heading under it\n"
                            "gavel: %1: the agenda section “Agenda” has no list of items and no sub-headings\n")
                 .arg(refused));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
