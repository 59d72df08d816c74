// `gavel --export-minutes SESSION --format md|html|pdf -o OUT`: any export regenerated from a
// session file without a display. The session is tests/fixtures/minutes/2022-04-14-session.json,
// the recorded first PFCC meeting; tst_minutesexport checks that minutesexport::markdown of it
// gives exactly the expected files beside it, so the CLI's Markdown is compared with those.
// Every refusal exits 1 with one line on stderr that names the file and the reason.

#include "testsupport.h"

#include <QTemporaryDir>

using namespace gavel::test;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(GAVEL_SOURCE_DIR "/tests/fixtures/minutes/") + name;
}

QString sessionFixture()
{
    return fixture(QStringLiteral("2022-04-14-session.json"));
}

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void help();
    void markdown();
    void markdownOptions();
    void html();
    void pdf();
    void refuses_data();
    void refuses();
    void unwritableOutput();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void TestExportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The session recorded its times in Beijing, where the meeting was held; gavel (started
    // from here, inheriting the environment) shows them in local time.
    qputenv("TZ", "Asia/Shanghai");
}

QString TestExportCli::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

void TestExportCli::help()
{
    const ProcessResult run = runGavel({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *option : {"--export-minutes <session>", "--format <format>", "-o, --output <file>",
                               "--language <language>", "--no-timing"}) {
        QVERIFY2(run.out.contains(option), option);
    }
}

void TestExportCli::markdown()
{
    const QString out = m_dir.filePath(QStringLiteral("out/minutes.md"));
    // The expected file has the timing table, which minutes leave out unless asked.
    const ProcessResult run
        = runGavel({QStringLiteral("--export-minutes"), sessionFixture(), QStringLiteral("--format"),
                    QStringLiteral("md"), QStringLiteral("--timing"), QStringLiteral("-o"), out});
    QVERIFY2(!run.crashed, run.err.constData());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(readAll(out), readAll(fixture(QStringLiteral("2022-04-14-meeting-minutes.expected.md"))));
}

void TestExportCli::markdownOptions()
{
    // English, by argument; the format from the extension.
    const QString en = m_dir.filePath(QStringLiteral("minutes.en.md"));
    ProcessResult run = runGavel({QStringLiteral("--export-minutes"), sessionFixture(), QStringLiteral("--language"),
                                  QStringLiteral("en"), QStringLiteral("--timing"), QStringLiteral("--output"), en});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(readAll(en), readAll(fixture(QStringLiteral("2022-04-14-meeting-minutes.expected.en.md"))));

    // Without the timing section, by default and by --no-timing: the expected file up to it.
    const QByteArray expected = readAll(fixture(QStringLiteral("2022-04-14-meeting-minutes.expected.md")));
    const qsizetype timing = expected.indexOf("\n\n## 时间统计");
    QVERIFY(timing > 0);
    for (const QStringList &options : {QStringList(), QStringList {QStringLiteral("--no-timing")}}) {
        const QString plain = m_dir.filePath(QStringLiteral("plain.md"));
        run = runGavel(QStringList {QStringLiteral("--export-minutes"), sessionFixture(), QStringLiteral("-o"), plain}
                       + options);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(readAll(plain), expected.left(timing + 1));
    }
}

void TestExportCli::html()
{
    const QString out = m_dir.filePath(QStringLiteral("minutes.html"));
    const ProcessResult run = runGavel({QStringLiteral("--export-minutes"), sessionFixture(),
                                        QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), out});
    QVERIFY2(!run.crashed, run.err.constData());
    QCOMPARE(run.exitCode, 0);
    const QString html = QString::fromUtf8(readAll(out));
    QVERIFY(html.contains(QStringLiteral("utf-8"), Qt::CaseInsensitive));
    for (const QString &text : {QStringLiteral("会议纪要"), QStringLiteral("会议概况"), QStringLiteral("张军"),
                                QStringLiteral("https://github.com/jeff41404"), QStringLiteral("下次会议安排")}) {
        QVERIFY2(html.contains(text), qPrintable(text));
    }
}

void TestExportCli::pdf()
{
    const QString out = m_dir.filePath(QStringLiteral("minutes.pdf"));
    const ProcessResult run = runGavel({QStringLiteral("--export-minutes"), sessionFixture(),
                                        QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), out});
    QVERIFY2(!run.crashed, run.err.constData());
    QCOMPARE(run.exitCode, 0);
    const QByteArray bytes = readAll(out);
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 10000);
}

void TestExportCli::refuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // the start of the one line on stderr, %1 = the session

    const QString out = QStringLiteral("never.md");
    QTest::newRow("missing session") << QStringList {QStringLiteral("--export-minutes"), QStringLiteral("%missing"),
                                                     QStringLiteral("-o"), out}
                                     << QStringLiteral("gavel: %1: no such file");
    QTest::newRow("corrupt session") << QStringList {QStringLiteral("--export-minutes"), QStringLiteral("%corrupt"),
                                                     QStringLiteral("-o"), out}
                                     << QStringLiteral("gavel: %1: not a valid session file");
    QTest::newRow("not a session") << QStringList {QStringLiteral("--export-minutes"), QStringLiteral("%array"),
                                                   QStringLiteral("-o"), out}
                                   << QStringLiteral("gavel: %1: ");
    QTest::newRow("bad format") << QStringList {QStringLiteral("--export-minutes"),
                                                QStringLiteral("%good"),
                                                QStringLiteral("--format"),
                                                QStringLiteral("docx"),
                                                QStringLiteral("-o"),
                                                out}
                                << QStringLiteral("gavel: unknown --format “docx”: use md, html or pdf");
    QTest::newRow("bad language") << QStringList {QStringLiteral("--export-minutes"),
                                                  QStringLiteral("%good"),
                                                  QStringLiteral("--language"),
                                                  QStringLiteral("fr"),
                                                  QStringLiteral("-o"),
                                                  out}
                                  << QStringLiteral("gavel: unknown --language “fr”: use zh or en");
    QTest::newRow("no output") << QStringList {QStringLiteral("--export-minutes"), QStringLiteral("%good")}
                               << QStringLiteral("gavel: --export-minutes needs -o <file>");
}

void TestExportCli::refuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);

    const QString missing = m_dir.filePath(QStringLiteral("missing.json"));
    const QString corrupt = write(QStringLiteral("corrupt.json"), "{\"schemaVersion\": 1, \"meeting\": {\"ti");
    const QString array = write(QStringLiteral("array.json"), "[1, 2, 3]");
    QString session;
    for (QString &arg : arguments) {
        if (arg == QLatin1String("%missing")) {
            arg = session = missing;
        } else if (arg == QLatin1String("%corrupt")) {
            arg = session = corrupt;
        } else if (arg == QLatin1String("%array")) {
            arg = session = array;
        } else if (arg == QLatin1String("%good")) {
            arg = session = sessionFixture();
        } else if (arg == QLatin1String("never.md")) {
            arg = m_dir.filePath(arg);
        }
    }
    const ProcessResult run = runGavel(arguments);
    QVERIFY2(!run.crashed, run.err.constData());
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.endsWith(QLatin1Char('\n')) && err.count(QLatin1Char('\n')) == 1, qPrintable(err));
    const QString start = expected.contains(QStringLiteral("%1")) ? expected.arg(session) : expected;
    QVERIFY2(err.startsWith(start), qPrintable(err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.md"))));
}

void TestExportCli::unwritableOutput()
{
    // The output's folder is a file: the write fails, naming the output.
    const QString blocker = write(QStringLiteral("blocker"), "x");
    const QString out = blocker + QStringLiteral("/minutes.md");
    const ProcessResult run
        = runGavel({QStringLiteral("--export-minutes"), sessionFixture(), QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 1);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.startsWith(QStringLiteral("gavel: ")) && err.count(QLatin1Char('\n')) == 1, qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("minutes.md")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
