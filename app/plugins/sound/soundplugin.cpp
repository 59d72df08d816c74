#include "soundplugin.h"

#include <QAudioDevice>
#include <QFile>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

namespace gavel {

namespace {

QString soundPath(AlertSound::Kind kind)
{
    return kind == AlertSound::Kind::Warning ? QStringLiteral(":/sounds/warning.wav")
                                             : QStringLiteral(":/sounds/timeup.wav");
}

} // namespace

bool SoundPlugin::hasSound(Kind kind) const
{
    return QFile::exists(soundPath(kind));
}

bool SoundPlugin::hasAudioOutput() const
{
    return !QMediaDevices::defaultAudioOutput().isNull();
}

void SoundPlugin::preload()
{
    if (hasAudioOutput()) {
        effect(Kind::Warning);
        effect(Kind::TimeUp);
    }
}

void SoundPlugin::play(Kind kind)
{
    // Read the default output each time: a headset may have been plugged in since the last alert.
    const QAudioDevice output = QMediaDevices::defaultAudioOutput();
    if (output.isNull()) {
        return;
    }
    QSoundEffect *sound = effect(kind);
    if (!sound) {
        return;
    }
    if (sound->audioDevice() != output) {
        sound->setAudioDevice(output);
    }
    sound->play(); // asynchronous; waits for the file to load if it has not yet
}

bool SoundPlugin::isPlaying() const
{
    return (m_warning && m_warning->isPlaying()) || (m_timeUp && m_timeUp->isPlaying());
}

QSoundEffect *SoundPlugin::effect(Kind kind)
{
    QSoundEffect *&sound = kind == Kind::Warning ? m_warning : m_timeUp;
    if (!sound && hasSound(kind)) {
        sound = new QSoundEffect(this);
        sound->setSource(QUrl(QStringLiteral("qrc") + soundPath(kind)));
    }
    return sound;
}

} // namespace gavel
