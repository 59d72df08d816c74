#include "alertplayer.h"

#include <QAudioDevice>
#include <QFile>
#include <QMediaDevices>
#include <QSoundEffect>

namespace gavel {

namespace {

QString soundPath(LiveMeeting::Alert alert)
{
    return alert == LiveMeeting::Alert::Warning ? QStringLiteral(":/sounds/warning.wav")
                                                : QStringLiteral(":/sounds/timeup.wav");
}

} // namespace

AlertPlayer::AlertPlayer(QObject *parent)
    : QObject(parent)
{ }

void AlertPlayer::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled && hasAudioOutput()) {
        // Load now, so that the first alert sounds without the delay of decoding it.
        effect(LiveMeeting::Alert::Warning);
        effect(LiveMeeting::Alert::TimeUp);
    }
}

void AlertPlayer::play(LiveMeeting::Alert alert)
{
    if (!m_enabled) {
        return;
    }
    // Read the default output each time: a headset may have been plugged in since the last alert.
    const QAudioDevice output = QMediaDevices::defaultAudioOutput();
    if (output.isNull()) {
        return;
    }
    QSoundEffect *sound = effect(alert);
    if (!sound) {
        return;
    }
    if (sound->audioDevice() != output) {
        sound->setAudioDevice(output);
    }
    sound->play(); // asynchronous; waits for the file to load if it has not yet
}

bool AlertPlayer::isPlaying() const
{
    return (m_warning && m_warning->isPlaying()) || (m_timeUp && m_timeUp->isPlaying());
}

QUrl AlertPlayer::soundUrl(LiveMeeting::Alert alert)
{
    return QUrl(QStringLiteral("qrc") + soundPath(alert));
}

bool AlertPlayer::hasSound(LiveMeeting::Alert alert)
{
    return QFile::exists(soundPath(alert));
}

bool AlertPlayer::hasAudioOutput()
{
    return !QMediaDevices::defaultAudioOutput().isNull();
}

QSoundEffect *AlertPlayer::effect(LiveMeeting::Alert alert)
{
    QSoundEffect *&sound = alert == LiveMeeting::Alert::Warning ? m_warning : m_timeUp;
    if (!sound) {
        if (!hasSound(alert)) {
            if (!m_reportedMissing) {
                m_reportedMissing = true;
                qWarning("AlertPlayer: the sound %s is not built into Gavel", qPrintable(soundPath(alert)));
            }
            return nullptr;
        }
        sound = new QSoundEffect(this);
        sound->setSource(soundUrl(alert));
    }
    return sound;
}

} // namespace gavel
