#pragma once

// What the alert sound plugin (app/plugins/sound) does for the window. Sound lives in a plugin so
// that Qt Multimedia and the audio system it maps are loaded only when the chair turns sound
// on or tests it, never at start-up (AlertPlayer loads it with QPluginLoader).

#include <QtPlugin>

namespace gavel {

class AlertSound
{
public:
    enum class Kind { Warning, TimeUp };

    virtual ~AlertSound() = default;

    // Whether the sound for the alert is built into the plugin.
    virtual bool hasSound(Kind kind) const = 0;
    // Whether the system has somewhere to play sound now.
    virtual bool hasAudioOutput() const = 0;
    // Decodes both sounds, so that the first alert plays without the delay of loading it.
    virtual void preload() = 0;
    // Plays the alert's sound on the default output, asynchronously; nothing without an output.
    virtual void play(Kind kind) = 0;
    virtual bool isPlaying() const = 0;
};

} // namespace gavel

#define GavelAlertSound_iid "org.gavel.AlertSound/1.0"
Q_DECLARE_INTERFACE(gavel::AlertSound, GavelAlertSound_iid)
