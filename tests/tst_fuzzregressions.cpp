// Every input a fuzz target ever choked on (tests/fuzz/regressions/<target>/, one file each,
// named for what it broke), and the fuzzers' seeds, through the same code the fuzzers run
// (tests/fuzz/targets.h). A crash, a hang or an abort on a broken promise fails the test; the
// sanitizer suite runs it with ASan and UBSan as the fuzzers do.

#include "targets.h"

#include <QDir>
#include <QDirIterator>
#include <QTest>

#include <functional>

using Target = std::function<void(const QByteArray &)>;
Q_DECLARE_METATYPE(Target)

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<Target>("target");
    QTest::addColumn<QString>("path");

    const QString fuzz = QStringLiteral(GAVEL_SOURCE_DIR "/tests/fuzz");
    const QList<QPair<QString, Target>> targets = {
        {QStringLiteral("agenda"), gavel::fuzz::agenda},
        {QStringLiteral("session"), gavel::fuzz::session},
        {QStringLiteral("csv"), gavel::fuzz::attendanceCsv},
    };
    int rows = 0;
    for (const auto &[name, target] : targets) {
        for (const QString &kind : {QStringLiteral("regressions"), QStringLiteral("seeds")}) {
            QDirIterator files(QStringLiteral("%1/%2/%3").arg(fuzz, kind, name), QDir::Files);
            QStringList paths;
            while (files.hasNext()) {
                paths.append(files.next());
            }
            paths.sort();
            for (const QString &path : std::as_const(paths)) {
                if (QFileInfo(path).fileName() == QLatin1String("README.md")) {
                    continue;
                }
                QTest::newRow(qPrintable(QStringLiteral("%1/%2/%3").arg(name, kind, QFileInfo(path).fileName())))
                    << target << path;
                ++rows;
            }
        }
    }
    if (rows == 0) {
        qFatal("no fuzz seeds found under %s", qPrintable(fuzz));
    }
}

void TestFuzzRegressions::replay()
{
    QFETCH(Target, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    target(file.readAll()); // aborts on a broken promise
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
