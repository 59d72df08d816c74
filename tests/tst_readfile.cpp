// Reading a whole file up to a limit: the bytes as they are on disk, a file at the limit read, one
// byte over refused with the limit named, and files whose size the system does not know in
// advance (those under /proc say 0) read whole, or refused when they run past the limit.

#include "storage/readfile.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace gavel;

class TestReadFile : public QObject
{
    Q_OBJECT

private slots:
    void readsTheBytes();
    void atTheLimitIsReadOverItIsRefused();
    void aFileLargerThanItSaysIsReadWhole();
    void aFileThatRunsPastTheLimitIsRefused();
    void notAFileIsNamed();

private:
    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("file-%1").arg(++m_count));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

    QTemporaryDir m_dir;
    int m_count = 0;
};

void TestReadFile::readsTheBytes()
{
    QByteArray bytes(200'000, Qt::Uninitialized);
    for (int i = 0; i < bytes.size(); ++i) {
        bytes[i] = char(i * 7 + i / 256);
    }
    QByteArray read;
    QString error;
    QCOMPARE(readWholeFile(write(bytes), 1024 * 1024, &read, &error), ReadFailure::None);
    QCOMPARE(read, bytes);
    QCOMPARE(readWholeFile(write(QByteArray()), 10, &read, &error), ReadFailure::None);
    QCOMPARE(read, QByteArray());
}

void TestReadFile::atTheLimitIsReadOverItIsRefused()
{
    QByteArray read;
    QString error;
    QCOMPARE(readWholeFile(write(QByteArray(4096, 'a')), 4096, &read, &error), ReadFailure::None);
    QCOMPARE(read.size(), 4096);

    const QString over = write(QByteArray(4097, 'a'));
    read = "untouched";
    QCOMPARE(readWholeFile(over, 4096, &read, &error), ReadFailure::TooLarge);
    QCOMPARE(error, QStringLiteral("%1: the file is larger than 4 KB (4097 bytes)").arg(over));
    QCOMPARE(read, QByteArray("untouched")); // nothing half-read is handed back
}

void TestReadFile::aFileLargerThanItSaysIsReadWhole()
{
    // /proc/self/maps says it is empty; it holds a line for every mapping of this process.
    const QString maps = QStringLiteral("/proc/self/maps");
    QCOMPARE(QFileInfo(maps).size(), 0);
    QByteArray read;
    QString error;
    QCOMPARE(readWholeFile(maps, 64 * 1024 * 1024, &read, &error), ReadFailure::None);
    QVERIFY(read.size() > 4096); // more than one growth of the buffer
    QVERIFY(read.endsWith('\n'));
    QVERIFY(read.contains("libQt6Core"));
    QCOMPARE(read.count('\n'), read.split('\n').size() - 1); // whole lines only, none cut
}

void TestReadFile::aFileThatRunsPastTheLimitIsRefused()
{
    QByteArray read;
    QString error;
    QCOMPARE(readWholeFile(QStringLiteral("/proc/self/maps"), 100, &read, &error), ReadFailure::TooLarge);
    // It does not say how large it is, and only the first 101 bytes were read: no size is claimed.
    QCOMPARE(error, QStringLiteral("/proc/self/maps: the file is larger than 100 bytes"));
}

void TestReadFile::notAFileIsNamed()
{
    QByteArray read;
    QString error;
    QCOMPARE(readWholeFile(QStringLiteral("/dev/zero"), 100, &read, &error), ReadFailure::NotAFile);
    QCOMPARE(error, QStringLiteral("/dev/zero: is not a regular file"));
    QCOMPARE(readWholeFile(m_dir.path(), 100, &read, &error), ReadFailure::NotAFile);
    QCOMPARE(error, QStringLiteral("%1: is a folder, not a file").arg(m_dir.path()));
}

QTEST_GUILESS_MAIN(TestReadFile)
#include "tst_readfile.moc"
