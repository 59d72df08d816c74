// The one write path, tested the way it fails: the C library calls that Qt and Gavel really
// make (write, fdatasync, rename, renameat2, linkat, and fsync of the folder) fail with ENOSPC,
// EIO or EROFS at chosen byte counts. Every expectation is the product rule itself: success
// only when the bytes are on disk, and on any failure the old file byte for byte, no stray
// temporary file, and a message that names the file and the cause.

#include "diskfaults.h"
#include "storage/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace gavel;
using Call = test::disk::Call;

Q_DECLARE_METATYPE(gavel::test::disk::Call)
Q_DECLARE_METATYPE(gavel::WriteFailure)

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool put(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// A session-sized text of n bytes that is not all one letter.
QByteArray textOf(qsizetype n)
{
    QByteArray out;
    out.reserve(n);
    for (qsizetype i = 0; out.size() < n; ++i) {
        out += "{\"line\": " + QByteArray::number(i) + "}\n";
    }
    out.truncate(n);
    return out;
}

} // namespace

class TestAtomicFile : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { test::disk::heal(); }

    void writesTheBytes_data();
    void writesTheBytes();
    void syncsDataBeforeTheRenameAndTheFolderAfter();
    void keepsTheFilesPermissions();
    void failureKeepsTheOldFile_data();
    void failureKeepsTheOldFile();
    void failureLeavesNoNewFile_data();
    void failureLeavesNoNewFile();
    void folderSyncFailureIsNoSuccess();
    void missingFolderIsMadeOrNamed();
};

void TestAtomicFile::writesTheBytes_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<bool>("existing");

    QTest::newRow("empty, new file") << QByteArray() << false;
    QTest::newRow("100 bytes, new file") << textOf(100) << false;
    QTest::newRow("100 bytes over an old file") << textOf(100) << true;
    QTest::newRow("3 MB over an old file") << textOf(3 * 1024 * 1024 + 17) << true;
}

void TestAtomicFile::writesTheBytes()
{
    QFETCH(QByteArray, contents);
    QFETCH(bool, existing);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.json"));
    if (existing) {
        QVERIFY(put(path, "old contents\n"));
    }
    const WriteResult result = writeFileAtomically(path, contents);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.error, QString());
    QCOMPARE(bytesOf(path), contents);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("session.json")});
}

void TestAtomicFile::syncsDataBeforeTheRenameAndTheFolderAfter()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.json"));
    QVERIFY(put(path, "old contents\n"));
    test::disk::watch(dir.path());
    QVERIFY(writeFileAtomically(path, textOf(5000)).ok());
    const QList<Call> calls = test::disk::calls();
    // The data, its checked sync, the new name in place (a link to a temporary name, then the
    // rename over the old file), then the folder that holds the name.
    const qsizetype write = calls.indexOf(Call::Write);
    const qsizetype sync = calls.indexOf(Call::Fdatasync);
    const qsizetype rename = calls.indexOf(Call::Rename);
    const qsizetype folder = calls.lastIndexOf(Call::Fsync);
    QVERIFY(write >= 0 && sync >= 0 && rename >= 0 && folder >= 0);
    QVERIFY(write < sync);
    QVERIFY(sync < rename);
    QVERIFY(rename < folder);
}

void TestAtomicFile::keepsTheFilesPermissions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("minutes.md"));
    QVERIFY(put(path, "old\n"));
    const QFileDevice::Permissions chosen = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
    QVERIFY(QFile::setPermissions(path, chosen));
    QVERIFY(writeFileAtomically(path, "new\n").ok());
    const QFileDevice::Permissions ownerGroupOther(0x7077); // the user's bits repeat the owner's
    QCOMPARE(QFileInfo(path).permissions() & ownerGroupOther, chosen);
}

void TestAtomicFile::failureKeepsTheOldFile_data()
{
    QTest::addColumn<Call>("call");
    QTest::addColumn<int>("error");
    QTest::addColumn<qint64>("bytesBefore"); // write(): how many bytes reach the disk first
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<WriteFailure>("failure");
    QTest::addColumn<QString>("cause");

    const QString full = QStringLiteral("the disk is full");
    const QString io = QStringLiteral("the disk reported an input/output error");
    // The case QSaveFile alone gets wrong: a small buffered write "succeeds", commit() fails late.
    QTest::newRow("small file, first write, disk full")
        << Call::Write << ENOSPC << qint64(0) << qsizetype(100) << WriteFailure::DiskFull << full;
    QTest::newRow("small file, part written, disk full")
        << Call::Write << ENOSPC << qint64(40) << qsizetype(100) << WriteFailure::DiskFull << full;
    QTest::newRow("large file, first write, disk full")
        << Call::Write << ENOSPC << qint64(0) << qsizetype(3 << 20) << WriteFailure::DiskFull << full;
    QTest::newRow("large file, a later write, disk full")
        << Call::Write << ENOSPC << qint64((1 << 20) + 10) << qsizetype(3 << 20) << WriteFailure::DiskFull << full;
    QTest::newRow("large file, a later write, I/O error")
        << Call::Write << EIO << qint64(2 << 20) << qsizetype(3 << 20) << WriteFailure::DiskError << io;
    QTest::newRow("quota used up") << Call::Write << EDQUOT << qint64(0) << qsizetype(100) << WriteFailure::DiskFull
                                   << QStringLiteral("the disk quota is used up");
    QTest::newRow("the sync, I/O error") << Call::Fdatasync << EIO << qint64(0) << qsizetype(100)
                                         << WriteFailure::DiskError << io;
    QTest::newRow("the sync, disk full") << Call::Fdatasync << ENOSPC << qint64(0) << qsizetype(20000)
                                         << WriteFailure::DiskFull << full;
    QTest::newRow("the rename, I/O error")
        << Call::Rename << EIO << qint64(0) << qsizetype(100) << WriteFailure::DiskError << io;
    QTest::newRow("the rename, read-only") << Call::Rename << EROFS << qint64(0) << qsizetype(100)
                                           << WriteFailure::ReadOnly << QStringLiteral("the disk is read-only");
    QTest::newRow("the link to a temporary name, disk full")
        << Call::Linkat << ENOSPC << qint64(0) << qsizetype(100) << WriteFailure::DiskFull << full;
}

void TestAtomicFile::failureKeepsTheOldFile()
{
    QFETCH(Call, call);
    QFETCH(int, error);
    QFETCH(qint64, bytesBefore);
    QFETCH(qsizetype, size);
    QFETCH(WriteFailure, failure);
    QFETCH(QString, cause);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.json"));
    const QByteArray good = textOf(15 * 1024);
    QVERIFY(put(path, good));

    test::disk::fail(call, error, dir.path(), bytesBefore);
    const WriteResult result = writeFileAtomically(path, textOf(size));
    const int hits = test::disk::hits();
    test::disk::heal();

    QVERIFY2(hits > 0, "the fault was never reached");
    QVERIFY(!result.ok());
    QCOMPARE(result.failure, failure);
    QCOMPARE(result.error, QDir::toNativeSeparators(path) + QStringLiteral(": ") + cause);
    QCOMPARE(bytesOf(path), good);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("session.json")});

    // Once the disk is well again the same write goes through.
    QVERIFY(writeFileAtomically(path, textOf(size)).ok());
    QCOMPARE(bytesOf(path), textOf(size));
}

void TestAtomicFile::failureLeavesNoNewFile_data()
{
    QTest::addColumn<Call>("call");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("cause");

    QTest::newRow("write") << Call::Write << ENOSPC << QStringLiteral("the disk is full");
    QTest::newRow("sync") << Call::Fdatasync << EIO << QStringLiteral("the disk reported an input/output error");
    // A file that does not exist yet is put in place by a link, not a rename.
    QTest::newRow("link") << Call::Linkat << EROFS << QStringLiteral("the disk is read-only");
}

void TestAtomicFile::failureLeavesNoNewFile()
{
    QFETCH(Call, call);
    QFETCH(int, error);
    QFETCH(QString, cause);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2024-03-14-meeting-minutes.md"));
    test::disk::fail(call, error, dir.path());
    const WriteResult result = writeFileAtomically(path, textOf(300));
    test::disk::heal();

    QVERIFY(!result.ok());
    QCOMPARE(result.error, QDir::toNativeSeparators(path) + QStringLiteral(": ") + cause);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestAtomicFile::folderSyncFailureIsNoSuccess()
{
    // The rename is durable only with its folder synced: a failed folder sync is no "saved",
    // and the result says the new contents are in place, unconfirmed.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.json"));
    QVERIFY(put(path, "old\n"));
    test::disk::fail(Call::Fsync, EIO, dir.path());
    const WriteResult result = writeFileAtomically(path, "new\n");
    test::disk::heal();
    QVERIFY(!result.ok());
    QVERIFY(result.replaced);
    QCOMPARE(result.failure, WriteFailure::DiskError);
    QCOMPARE(result.error,
             QDir::toNativeSeparators(path) + QStringLiteral(": the disk reported an input/output error"));
    QCOMPARE(bytesOf(path), QByteArray("new\n"));
    // Every other failure leaves the old contents: not "replaced".
    test::disk::fail(Call::Fdatasync, EIO, dir.path());
    QVERIFY(!writeFileAtomically(path, "newer\n").replaced);
    test::disk::heal();
}

void TestAtomicFile::missingFolderIsMadeOrNamed()
{
    QTemporaryDir dir;
    // A new file asked to make its folders makes them.
    const QString deep = dir.filePath(QStringLiteral("Series/2024-03-14/session.json"));
    QVERIFY(writeFileAtomically(deep, "x", Folders::Create).ok());
    QCOMPARE(bytesOf(deep), QByteArray("x"));

    // A folder that vanished is told, not made again on whatever disk is there now.
    QVERIFY(QDir(dir.filePath(QStringLiteral("Series"))).removeRecursively());
    WriteResult result = writeFileAtomically(deep, "y");
    QVERIFY(!result.ok());
    QCOMPARE(result.failure, WriteFailure::MissingFolder);
    QCOMPARE(result.error,
             QStringLiteral("%1: the folder %2 does not exist")
                 .arg(QDir::toNativeSeparators(deep),
                      QDir::toNativeSeparators(dir.filePath(QStringLiteral("Series/2024-03-14")))));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("Series"))));

    // A file where a folder must be: named, and nothing written.
    QVERIFY(put(dir.filePath(QStringLiteral("Blocked")), "in the way\n"));
    const QString blocked = dir.filePath(QStringLiteral("Blocked/2024-03-14/session.json"));
    result = writeFileAtomically(blocked, "x", Folders::Create);
    QVERIFY(!result.ok());
    QCOMPARE(result.failure, WriteFailure::MissingFolder);
    QCOMPARE(result.error,
             QStringLiteral("%1: the folder %2 does not exist and cannot be made: %3 is a file, not a folder")
                 .arg(QDir::toNativeSeparators(blocked),
                      QDir::toNativeSeparators(dir.filePath(QStringLiteral("Blocked/2024-03-14"))),
                      QDir::toNativeSeparators(dir.filePath(QStringLiteral("Blocked")))));
    QCOMPARE(bytesOf(dir.filePath(QStringLiteral("Blocked"))), QByteArray("in the way\n"));
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
