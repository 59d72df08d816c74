// The alert sounds: a plugin that is loaded only when sound is switched on or tested, so that a
// start with sound off maps no audio library; the sounds it carries; and what the chair is told
// when nothing can be heard. The plugin is found in the build tree, as the app finds it.

#include "alertplayer.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "storage/settings.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace gavel;

namespace {

// Whether a shared library whose file name starts with `prefix` is mapped into this process.
bool mapped(const QString &prefix)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly)) {
        qFatal("cannot read /proc/self/maps");
    }
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const QByteArray file = line.mid(line.lastIndexOf('/') + 1);
        if (file.startsWith(prefix.toUtf8())) {
            return true;
        }
    }
    return false;
}

template<typename T> T *child(QWidget &window, const char *name)
{
    T *w = window.findChild<T *>(QLatin1String(name));
    if (!w) {
        qFatal("no %s in the window", name);
    }
    return w;
}

// A 16-bit PCM WAV file as the test reads it, independent of the program.
struct Wav
{
    int format = 0;
    int channels = 0;
    int rate = 0;
    int bits = 0;
    QList<qint16> samples;
};

bool readWav(const QString &path, Wav *wav)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray data = file.readAll();
    if (data.size() < 12 || !data.startsWith("RIFF") || data.mid(8, 4) != "WAVE") {
        return false;
    }
    qsizetype at = 12;
    while (at + 8 <= data.size()) {
        const QByteArray id = data.mid(at, 4);
        const quint32 size = qFromLittleEndian<quint32>(data.constData() + at + 4);
        const char *body = data.constData() + at + 8;
        if (at + 8 + qsizetype(size) > data.size()) {
            return false;
        }
        if (id == "fmt ") {
            wav->format = qFromLittleEndian<quint16>(body);
            wav->channels = qFromLittleEndian<quint16>(body + 2);
            wav->rate = int(qFromLittleEndian<quint32>(body + 4));
            wav->bits = qFromLittleEndian<quint16>(body + 14);
        } else if (id == "data") {
            for (quint32 i = 0; i + 1 < size; i += 2) {
                wav->samples.append(qFromLittleEndian<qint16>(body + i));
            }
        }
        at += 8 + size + (size % 2);
    }
    return wav->format != 0 && !wav->samples.isEmpty();
}

int loudest(const QList<qint16> &samples, qsizetype from, qsizetype to)
{
    int peak = 0;
    for (qsizetype i = qMax<qsizetype>(0, from); i < qMin(to, samples.size()); ++i) {
        peak = qMax(peak, qAbs(int(samples.at(i))));
    }
    return peak;
}

// What Preferences says under its Test sound button when it is pressed; empty if it shows nothing.
QString testSoundNote()
{
    PreferencesDialog dialog;
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog)) {
        return QStringLiteral("(Preferences did not show)");
    }
    QTest::mouseClick(child<QPushButton>(dialog, "testSound"), Qt::LeftButton);
    auto *note = child<QLabel>(dialog, "testSoundNote");
    return note->isVisible() ? note->text() : QString();
}

} // namespace

class TestSound : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    // In this order: the first two see a process in which sound was never used.
    void startWithSoundOffLoadsNoAudio();
    void disabledPlayerLoadsNothing();
    void switchingSoundOnLoadsThePlugin();
    void pluginIsSearchedBesideTheExecutable();
    void pluginCarriesTheSounds();
    void playWithoutAudioDeviceStaysSilent();
    void soundsAreSoftShortChimes();
    // Run on its own, without the plugin (the CTest entry tst_sound_missing_plugin).
    void missingPluginIsSaid();

private:
    QTemporaryDir m_home; // sessions of this run only
};

void TestSound::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("GAVEL_HOME", QFile::encodeName(m_home.path()));
}

void TestSound::startWithSoundOffLoadsNoAudio()
{
    Settings().setSoundEnabled(false);
    MainWindow window;
    window.setAskForSeries(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openFile(QStringLiteral(GAVEL_SOURCE_DIR "/resources/sample/2022-04-14-meeting-agenda.md"));
    QTest::keyClick(&window, Qt::Key_F5); // the meeting runs: alerts may come, sound is still off
    QCoreApplication::processEvents();
    auto *status = window.findChild<QLabel *>(QStringLiteral("timerStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().startsWith(QStringLiteral("▶ On the clock")), qPrintable(status->text()));

    QVERIFY(!AlertPlayer::isLoaded());
    QVERIFY(!mapped(QStringLiteral("libQt6Multimedia")));
    QVERIFY(!mapped(QStringLiteral("libpulse")));
    QVERIFY(!mapped(QStringLiteral(GAVEL_SOUND_PLUGIN)));
}

void TestSound::disabledPlayerLoadsNothing()
{
    AlertPlayer player;
    QVERIFY(!player.isEnabled()); // off unless the chair turns it on
    player.play(LiveMeeting::Alert::Warning);
    player.play(LiveMeeting::Alert::TimeUp);
    QVERIFY(!player.isPlaying());
    QVERIFY(!AlertPlayer::isLoaded());
    QVERIFY(!mapped(QStringLiteral("libQt6Multimedia")));
}

void TestSound::switchingSoundOnLoadsThePlugin()
{
    AlertPlayer player;
    player.setEnabled(true);
    QString why;
    QVERIFY2(AlertPlayer::sound(&why), qPrintable(why));
    QVERIFY(AlertPlayer::isLoaded());
    QVERIFY(mapped(QStringLiteral(GAVEL_SOUND_PLUGIN)));
    QVERIFY(mapped(QStringLiteral("libQt6Multimedia")));
}

void TestSound::pluginIsSearchedBesideTheExecutable()
{
    if (qEnvironmentVariableIsSet("GAVEL_PLUGIN_PATH")) {
        QSKIP("GAVEL_PLUGIN_PATH is set: it replaces the folders searched");
    }
    // The tests live in <build>/tests, the app in <build>/bin: both find <build>/lib/gavel/plugins,
    // as an installed app finds <prefix>/lib/gavel/plugins from <prefix>/bin.
    const QStringList folders = AlertPlayer::pluginFolders();
    QVERIFY(!folders.isEmpty());
    const QString expected
        = QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../lib/gavel/plugins"));
    QCOMPARE(folders.last(), expected);
    QVERIFY(QFile::exists(expected + QStringLiteral("/" GAVEL_SOUND_PLUGIN)));
}

void TestSound::pluginCarriesTheSounds()
{
    AlertSound *sound = AlertPlayer::sound();
    QVERIFY(sound);
    QVERIFY(sound->hasSound(AlertSound::Kind::Warning));
    QVERIFY(sound->hasSound(AlertSound::Kind::TimeUp));
    // Loaded, the plugin's resources are the files in resources/sounds, byte for byte.
    for (const char *name : {"warning.wav", "timeup.wav"}) {
        QFile built(QStringLiteral(":/sounds/") + QLatin1String(name));
        QVERIFY2(built.open(QIODevice::ReadOnly), name);
        QFile original(QStringLiteral(GAVEL_SOURCE_DIR "/resources/sounds/") + QLatin1String(name));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(built.readAll(), original.readAll());
    }
}

void TestSound::playWithoutAudioDeviceStaysSilent()
{
    AlertSound *sound = AlertPlayer::sound();
    QVERIFY(sound);
    if (sound->hasAudioOutput()) {
        QSKIP("This computer has an audio output; the test is about having none (as on CI).");
    }
    AlertPlayer player;
    player.setEnabled(true);
    QVERIFY(player.isEnabled());
    // Returning at all is the point (no wall-clock limit: machines are noisy); then the event
    // loop runs whatever loading the sound effects started, without a crash and without playing.
    player.play(LiveMeeting::Alert::Warning);
    player.play(LiveMeeting::Alert::TimeUp);
    QCoreApplication::processEvents();
    QTRY_VERIFY(!player.isPlaying());

    // The Test sound button says why nothing is heard.
    QCOMPARE(testSoundNote(), QStringLiteral("No sound output was found on this computer."));
}

void TestSound::soundsAreSoftShortChimes()
{
    const QString folder = QStringLiteral(GAVEL_SOURCE_DIR "/resources/sounds/");

    const int rate = 44100;
    const int fullScale = 32767;
    for (const char *name : {"warning.wav", "timeup.wav"}) {
        Wav wav;
        QVERIFY2(readWav(folder + QLatin1String(name), &wav), name);
        QCOMPARE(wav.format, 1); // PCM
        QCOMPARE(wav.channels, 1);
        QCOMPARE(wav.rate, rate);
        QCOMPARE(wav.bits, 16);
        const qsizetype count = wav.samples.size();
        QVERIFY2(count < rate, name); // under a second
        QVERIFY2(count > rate / 4, name); // but long enough to hear
        const int peak = loudest(wav.samples, 0, count);
        QVERIFY2(peak <= fullScale / 2 + 1, name); // at most -6 dBFS: a cue, not an alarm
        QVERIFY2(peak >= fullScale / 4, name); // and still clearly audible
        // A soft attack: the first 2 ms stay under a tenth of the peak; no click at the end.
        QVERIFY2(loudest(wav.samples, 0, rate * 2 / 1000) < peak / 10, name);
        QVERIFY2(loudest(wav.samples, count - rate / 100, count) < fullScale / 100, name);
        QCOMPARE(wav.samples.last(), qint16(0));
    }

    // Time up is two chimes: it swells again after the first one has faded a while.
    Wav timeUp;
    QVERIFY(readWav(folder + QStringLiteral("timeup.wav"), &timeUp));
    const int fading = loudest(timeUp.samples, rate * 25 / 100, rate * 30 / 100);
    const int second = loudest(timeUp.samples, rate * 33 / 100, rate * 38 / 100);
    QVERIFY2(second > fading * 2, qPrintable(QStringLiteral("%1 vs %2").arg(second).arg(fading)));
    // The single warning chime only fades over the same span.
    Wav warning;
    QVERIFY(readWav(folder + QStringLiteral("warning.wav"), &warning));
    QVERIFY(loudest(warning.samples, rate * 33 / 100, rate * 38 / 100)
            < loudest(warning.samples, rate * 25 / 100, rate * 30 / 100));
}

void TestSound::missingPluginIsSaid()
{
    if (!qEnvironmentVariableIsSet("GAVEL_PLUGIN_PATH") || AlertPlayer::sound()) {
        QSKIP("The plugin is there; tst_sound_missing_plugin runs this with GAVEL_PLUGIN_PATH set to a folder without "
              "it");
    }
    QString why;
    QVERIFY(!AlertPlayer::sound(&why));
    QVERIFY2(why.contains(QStringLiteral(GAVEL_SOUND_PLUGIN))
                 && why.contains(AlertPlayer::pluginFolders().join(QStringLiteral(", "))),
             qPrintable(why));
    // Switched on, it plays nothing and does not stall.
    AlertPlayer player;
    player.setEnabled(true);
    player.play(LiveMeeting::Alert::TimeUp);
    QVERIFY(!player.isPlaying());
    QVERIFY(!mapped(QStringLiteral("libQt6Multimedia")));
    // Preferences says why nothing is heard.
    QCOMPARE(testSoundNote(), QStringLiteral("No sound: %1.").arg(why));
}

QTEST_MAIN(TestSound)
#include "tst_sound.moc"
