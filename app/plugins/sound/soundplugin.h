#pragma once

#include "alertsound.h"

#include <QObject>

class QSoundEffect;

namespace gavel {

// The alert sounds, played with Qt Multimedia: one soft chime at the warning, two falling
// chimes when time is up. Without an audio output it quietly plays nothing; it never blocks.
class SoundPlugin : public QObject, public AlertSound
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GavelAlertSound_iid FILE "soundplugin.json")
    Q_INTERFACES(gavel::AlertSound)

public:
    bool hasSound(Kind kind) const override;
    bool hasAudioOutput() const override;
    void preload() override;
    void play(Kind kind) override;
    bool isPlaying() const override;

private:
    QSoundEffect *effect(Kind kind); // created on first use

    QSoundEffect *m_warning = nullptr;
    QSoundEffect *m_timeUp = nullptr;
};

} // namespace gavel
