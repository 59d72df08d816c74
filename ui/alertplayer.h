#pragma once

#include "meeting/livemeeting.h"

#include <QObject>
#include <QUrl>

class QSoundEffect;

namespace gavel {

// Plays the timer's alert sounds (off unless the chair turns them on in Preferences):
// one soft chime at the warning, two falling chimes when time is up. Without an audio
// output device it quietly plays nothing; it never blocks.
class AlertPlayer : public QObject
{
    Q_OBJECT

public:
    explicit AlertPlayer(QObject *parent = nullptr);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    void play(gavel::LiveMeeting::Alert alert);

    // Whether one of the sounds is playing now.
    bool isPlaying() const;

    // The bundled sound for an alert (a qrc: URL) and whether it is bundled.
    static QUrl soundUrl(gavel::LiveMeeting::Alert alert);
    static bool hasSound(gavel::LiveMeeting::Alert alert);
    // Whether the system has somewhere to play sound.
    static bool hasAudioOutput();

private:
    QSoundEffect *effect(gavel::LiveMeeting::Alert alert); // created on first use

    bool m_enabled = false;
    QSoundEffect *m_warning = nullptr;
    QSoundEffect *m_timeUp = nullptr;
    bool m_reportedMissing = false;
};

} // namespace gavel
