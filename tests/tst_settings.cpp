// The chair's preferences on disk: read without writing, written only when they change, through
// the one atomic write path (a full disk leaves the old file and says so), carried over from the
// QSettings file of earlier versions. Every expected value is a default or a value set here.

#include "diskfaults.h"
#include "storage/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace gavel;

namespace {

// The atomic write path replaces the file: a new inode says it wrote.
ino_t inodeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : ino_t(0);
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void readingWritesNothing();
    void valuesRoundTrip();
    void outOfRangeValuesAreBounded();
    void failedWriteKeepsTheFileAndTells();
    void damagedFileGivesTheDefaults();
    void earlierSettingsAreCarriedOver();

private:
    QTemporaryDir m_home;
};

void TestSettings::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Gavel"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
    QVERIFY2(Settings::filePath().startsWith(m_home.path() + QLatin1Char('/')), qPrintable(Settings::filePath()));
}

void TestSettings::init()
{
    QFile::remove(Settings::filePath());
    QFile::remove(QSettings().fileName());
    Settings::setWriteFailureHandler(nullptr);
    test::disk::heal();
}

void TestSettings::readingWritesNothing()
{
    const QString file = Settings::filePath();
    // A first start reads the defaults and leaves no file behind.
    QCOMPARE(Settings().warningSeconds(), 60);
    QCOMPARE(Settings().defaultItemMinutes(), 5);
    QCOMPARE(Settings().recentFiles(), QStringList());
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(!QFileInfo::exists(QSettings().fileName()));

    // The first value stored writes the file, with its version.
    Settings().setWarningSeconds(90);
    const QJsonObject stored = QJsonDocument::fromJson(bytesOf(file)).object();
    QCOMPARE(stored.value(QStringLiteral("version")).toInt(), Settings::currentVersion);
    QCOMPARE(stored.value(QStringLiteral("timer/warningSeconds")).toInt(), 90);

    Settings().setWindowState(QStringLiteral("mainSplitter"), QByteArray("\x00\x01state", 7));
    Settings().addRecentFile(QStringLiteral("/agendas/a.md"));
    Settings().setSoundEnabled(false);
    const ino_t written = inodeOf(file);

    // Storing what is stored, and reading, write nothing.
    Settings().setWarningSeconds(90);
    Settings().setSoundEnabled(false);
    Settings().setWindowState(QStringLiteral("mainSplitter"), QByteArray("\x00\x01state", 7));
    Settings().addRecentFile(QStringLiteral("/agendas/a.md")); // already at the top
    for (int i = 0; i < 8; ++i) {
        QCOMPARE(Settings().warningSeconds(), 90);
    }
    QCOMPARE(inodeOf(file), written);
    Settings().setWarningSeconds(91);
    QVERIFY(inodeOf(file) != written);
}

void TestSettings::valuesRoundTrip()
{
    Settings().setWarningSeconds(45);
    Settings().setDefaultItemMinutes(10);
    Settings().setLateGraceMinutes(0);
    Settings().setSoundEnabled(true);
    Settings().setSessionsRoot(QStringLiteral("/会议/Gavel"));
    Settings().setMinutesFolder(QStringLiteral("/home/chair/community/pfcc/meetings"));
    Settings().setNextMeetingIntervalDays(7);
    Settings().setWindowState(QStringLiteral("geometry"), QByteArray("\x01\x02\x00\xff", 4));
    for (int i = 0; i < 12; ++i) {
        Settings().addRecentFile(QStringLiteral("/agendas/%1.md").arg(i));
    }
    Settings().addRecentFile(QStringLiteral("/agendas/3.md"));

    const Settings settings;
    QCOMPARE(settings.warningSeconds(), 45);
    QCOMPARE(settings.defaultItemMinutes(), 10);
    QCOMPARE(settings.lateGraceMinutes(), 0);
    QCOMPARE(settings.soundEnabled(), true);
    QCOMPARE(settings.sessionsRoot(), QStringLiteral("/会议/Gavel"));
    QCOMPARE(settings.minutesFolder(), QStringLiteral("/home/chair/community/pfcc/meetings"));
    QCOMPARE(settings.nextMeetingIntervalDays(), 7);
    QCOMPARE(settings.windowState(QStringLiteral("geometry")), QByteArray("\x01\x02\x00\xff", 4));
    // Ten at most, the last opened first.
    QCOMPARE(settings.recentFiles(),
             (QStringList {QStringLiteral("/agendas/3.md"), QStringLiteral("/agendas/11.md"),
                           QStringLiteral("/agendas/10.md"), QStringLiteral("/agendas/9.md"),
                           QStringLiteral("/agendas/8.md"), QStringLiteral("/agendas/7.md"),
                           QStringLiteral("/agendas/6.md"), QStringLiteral("/agendas/5.md"),
                           QStringLiteral("/agendas/4.md"), QStringLiteral("/agendas/2.md")}));
    Settings().clearRecentFiles();
    QCOMPARE(Settings().recentFiles(), QStringList());
    Settings().setMinutesFolder(QString());
    QCOMPARE(Settings().minutesFolder(), QString());
}

void TestSettings::outOfRangeValuesAreBounded()
{
    QVERIFY(QDir().mkpath(QFileInfo(Settings::filePath()).path()));
    QFile file(Settings::filePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 2, "timer/warningSeconds": 99999, "timer/defaultItemMinutes": -3,
                  "minutes/nextMeetingIntervalDays": "soon", "recentFiles": ["/a.md", 7, null]})");
    file.close();
    const Settings settings;
    QCOMPARE(settings.warningSeconds(), 3600);
    QCOMPARE(settings.defaultItemMinutes(), 1);
    QCOMPARE(settings.nextMeetingIntervalDays(), 14);
    QCOMPARE(settings.recentFiles(), QStringList {QStringLiteral("/a.md")});
}

void TestSettings::failedWriteKeepsTheFileAndTells()
{
    Settings().setWarningSeconds(90);
    const QByteArray good = bytesOf(Settings::filePath());
    QStringList told;
    Settings::setWriteFailureHandler([&told](const QString &error) { told.append(error); });

    // The disk is full when the chair changes a preference.
    test::disk::fail(test::disk::Call::Write, ENOSPC, QFileInfo(Settings::filePath()).path());
    Settings().setWarningSeconds(120);
    test::disk::heal();
    QCOMPARE(told, QStringList {Settings::filePath() + QStringLiteral(": the disk is full")});
    QCOMPARE(bytesOf(Settings::filePath()), good);
    // The change holds until Gavel quits, and is written with the next one that succeeds.
    QCOMPARE(Settings().warningSeconds(), 120);
    Settings().setSoundEnabled(true);
    QCOMPARE(QJsonDocument::fromJson(bytesOf(Settings::filePath()))
                 .object()
                 .value(QStringLiteral("timer/warningSeconds"))
                 .toInt(),
             120);
}

void TestSettings::damagedFileGivesTheDefaults()
{
    QVERIFY(QDir().mkpath(QFileInfo(Settings::filePath()).path()));
    QFile file(Settings::filePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not JSON");
    file.close();
    QCOMPARE(Settings().warningSeconds(), 60);
    QCOMPARE(bytesOf(Settings::filePath()), QByteArray("{ not JSON")); // reading changes nothing
    Settings().setWarningSeconds(30);
    QCOMPARE(Settings().warningSeconds(), 30);
}

void TestSettings::earlierSettingsAreCarriedOver()
{
    // What Gavel 0.1 stored with QSettings, in its own file.
    {
        QSettings legacy;
        legacy.setValue(QStringLiteral("version"), 1);
        legacy.setValue(QStringLiteral("timer/warningSeconds"), 75);
        legacy.setValue(QStringLiteral("timer/sound"), true);
        legacy.setValue(QStringLiteral("sessions/root"), QStringLiteral("/data/meetings"));
        legacy.setValue(QStringLiteral("recentFiles"),
                        QStringList {QStringLiteral("/agendas/b.md"), QStringLiteral("/agendas/a.md")});
        legacy.setValue(QStringLiteral("window/geometry"), QByteArray("\x01\x02\x03", 3));
    }
    const QByteArray legacyBytes = bytesOf(QSettings().fileName());
    QVERIFY(!legacyBytes.isEmpty());

    const Settings settings;
    QCOMPARE(settings.warningSeconds(), 75);
    QCOMPARE(settings.soundEnabled(), true);
    QCOMPARE(settings.sessionsRoot(), QStringLiteral("/data/meetings"));
    QCOMPARE(settings.recentFiles(), (QStringList {QStringLiteral("/agendas/b.md"), QStringLiteral("/agendas/a.md")}));
    QCOMPARE(settings.windowState(QStringLiteral("geometry")), QByteArray("\x01\x02\x03", 3));
    // Carried over once into settings.json; the old file is left as it was.
    QVERIFY(QFileInfo::exists(Settings::filePath()));
    QCOMPARE(bytesOf(QSettings().fileName()), legacyBytes);
    const ino_t migrated = inodeOf(Settings::filePath());
    QCOMPARE(Settings().warningSeconds(), 75);
    QCOMPARE(inodeOf(Settings::filePath()), migrated);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
