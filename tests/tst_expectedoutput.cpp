// The corpus's expected.json, every entry: `gavel --print-agenda FILE` must print JSON in
// which every key the entry gives has the same value (a subset match, as expected.json says).
// Then the same for 29 real agendas of eight other communities (tests/fixtures/agendas, annotated
// by hand for issue 19, SOURCES.md says where each comes from and what shape it shows).

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace gavel::test;

class TestExpectedOutput : public QObject
{
    Q_OBJECT

private slots:
    void printAgenda_data();
    void printAgenda();
    void evidenceAgendas_data();
    void evidenceAgendas();
};

namespace {

// Returns the first difference between expected and actual, or an empty string.
QString firstDifference(const QJsonValue &expected, const QJsonValue &actual, const QString &path)
{
    if (expected.isObject()) {
        if (!actual.isObject()) {
            return QStringLiteral("%1: expected an object").arg(path);
        }
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key())) {
                return QStringLiteral("%1.%2: missing").arg(path, it.key());
            }
            const QString diff = firstDifference(it.value(), a.value(it.key()), path + QLatin1Char('.') + it.key());
            if (!diff.isEmpty()) {
                return diff;
            }
        }
        return {};
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (!actual.isArray() || a.size() != e.size()) {
            return QStringLiteral("%1: expected %2 elements, got %3")
                .arg(path)
                .arg(e.size())
                .arg(actual.isArray() ? QString::number(a.size()) : QStringLiteral("no array"));
        }
        for (qsizetype i = 0; i < e.size(); ++i) {
            const QString diff = firstDifference(e[i], a[i], QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!diff.isEmpty()) {
                return diff;
            }
        }
        return {};
    }
    if (expected != actual) {
        return QStringLiteral("%1: expected %2, got %3")
            .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray {expected}).toJson(QJsonDocument::Compact)),
                 QString::fromUtf8(QJsonDocument(QJsonArray {actual}).toJson(QJsonDocument::Compact)));
    }
    return {};
}

} // namespace

void TestExpectedOutput::printAgenda_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QJsonObject>("expected");

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(readAll(corpusFile(QStringLiteral("expected.json"))), &error);
    QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
    const QJsonObject all = doc.object();
    int rows = 0;
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it.key().startsWith(QLatin1Char('_'))) {
            continue; // "_about" and other notes
        }
        QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toObject();
        ++rows;
    }
    QVERIFY2(rows >= 5, "expected.json should describe the first PFCC agenda and the synthetic files");
}

void TestExpectedOutput::printAgenda()
{
    QFETCH(QString, file);
    QFETCH(QJsonObject, expected);

    const ProcessResult run = runGavel({QStringLiteral("--print-agenda"), corpusFile(file)});
    QVERIFY2(!run.crashed, run.err.constData());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());

    QJsonParseError error;
    const QJsonDocument printed = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(printed.isObject(), qPrintable(error.errorString()));

    // Every key of the schema is always present.
    const QJsonObject actual = printed.object();
    for (const char *key :
         {"title", "start", "end", "timezone", "join", "chair", "viceChair", "roster", "items", "plannedMinutes"}) {
        QVERIFY2(actual.contains(QLatin1String(key)), key);
    }
    const QString diff = firstDifference(expected, actual, QStringLiteral("$"));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestExpectedOutput::evidenceAgendas_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QJsonObject>("expected");
    const QString folder = QStringLiteral(GAVEL_SOURCE_DIR "/tests/fixtures/agendas/");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(readAll(folder + QStringLiteral("expected.json")), &error);
    QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
    const QJsonObject all = doc.object();
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (!it.key().startsWith(QLatin1Char('_'))) {
            QTest::newRow(qPrintable(it.key())) << folder + it.key() << it.value().toObject();
        }
    }
    QVERIFY2(all.size() > 20, "the evidence holds at least 20 agendas");
}

void TestExpectedOutput::evidenceAgendas()
{
    QFETCH(QString, file);
    QFETCH(QJsonObject, expected);
    const ProcessResult run = runGavel({QStringLiteral("--print-agenda"), file});
    QVERIFY2(!run.crashed, run.err.constData());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QJsonObject actual = QJsonDocument::fromJson(run.out).object();
    // Every key annotated, items and their planned sum included, reads as the chair would want it.
    const QString diff = firstDifference(expected, actual, QStringLiteral("$"));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

QTEST_GUILESS_MAIN(TestExpectedOutput)
#include "tst_expectedoutput.moc"
