// The keychain plugin where no keychain service answers, as on a machine without a session bus:
// the bus address points at a socket that does not exist, so no test needs D-Bus. What is checked
// is what the window relies on: every call ends within its timeout with `unavailable`, and the
// token lands in no file (QtKeychain's plain-text fallback is off).

#include "web/tokenstore.h"

#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gavel;

namespace {

const QByteArray token = "github_pat_KEYCHAINTEST_0123456789";

// The store's answer to one call, waited for in the event loop, and how long it took.
struct Answer
{
    TokenStore::Result result;
    qint64 ms = -1;
};

template<typename Call> Answer waitFor(Call call)
{
    Answer answer;
    QElapsedTimer timer;
    timer.start();
    QObject context;
    bool told = false;
    call(&context, [&](const TokenStore::Result &result) {
        answer.result = result;
        answer.ms = timer.elapsed();
        told = true;
    });
    (void)QTest::qWaitFor([&told] { return told; }, 20000);
    return answer; // ms stays -1 when it never answered
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noServiceAnswersSoEveryCallIsUnavailableInTime();
    void theTokenIsWrittenToNoFile();

private:
    QTemporaryDir m_home;
    TokenStore *m_store = nullptr;
};

void TestKeychain::initTestCase()
{
    QVERIFY(m_home.isValid());
    test::keepHomeIn(m_home.path());
    qputenv("DBUS_SESSION_BUS_ADDRESS", QFile::encodeName(QStringLiteral("unix:path=") + m_home.filePath("no-bus")));
    QString error;
    m_store = tokens::keychain(QStringLiteral("api.github.com"), this, &error, 1500);
    QVERIFY2(m_store, qPrintable(error));
    QCOMPARE(tokens::keyFor(QStringLiteral("API.github.com")), QStringLiteral("github-token@api.github.com"));
}

void TestKeychain::noServiceAnswersSoEveryCallIsUnavailableInTime()
{
    const Answer written
        = waitFor([this](QObject *context, const TokenStore::Done &done) { m_store->write(token, context, done); });
    QVERIFY2(written.result.unavailable, qPrintable(written.result.error));
    QVERIFY(!written.result.error.isEmpty());
    QVERIFY2(written.ms >= 0 && written.ms < 5000,
             qPrintable(QString::number(written.ms))); // the 1.5 s timeout, or sooner
    QVERIFY(!written.result.error.contains(QString::fromLatin1(token)));

    const Answer read
        = waitFor([this](QObject *context, const TokenStore::Done &done) { m_store->read(context, done); });
    QVERIFY2(read.result.unavailable, qPrintable(read.result.error));
    QCOMPARE(read.result.token, QByteArray());
    QVERIFY(read.ms >= 0 && read.ms < 5000);

    const Answer removed
        = waitFor([this](QObject *context, const TokenStore::Done &done) { m_store->remove(context, done); });
    QVERIFY(removed.ms >= 0 && removed.result.unavailable);
}

void TestKeychain::theTokenIsWrittenToNoFile()
{
    waitFor([this](QObject *context, const TokenStore::Done &done) { m_store->write(token, context, done); });
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(!file.open(QIODevice::ReadOnly) || !file.readAll().contains(token));
    }
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
