#pragma once

#include "alertsound.h"
#include "meeting/livemeeting.h"

#include <QObject>
#include <QString>

namespace gavel {

// Plays the timer's alert sounds (off unless the chair turns them on in Preferences):
// one soft chime at the warning, two falling chimes when time is up. The sounds and Qt
// Multimedia live in a plugin loaded the first time sound is switched on or tested, so a
// start with sound off maps no audio library. Without the plugin or an audio output it quietly
// plays nothing and says why; it never blocks.
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

    // The sound plugin, loaded on the first call; nullptr when it cannot be loaded, with the
    // reason in *why (where it was looked for, and what the loader said).
    static AlertSound *sound(QString *why = nullptr);
    // Whether the plugin is loaded already (it never is before sound is first used).
    static bool isLoaded();
    // The folders searched for the plugin: <the executable's folder>/../lib/gavel/plugins, where
    // the build and the package put it; GAVEL_PLUGIN_PATH (colon-separated) instead, when set.
    static QStringList pluginFolders();

private:
    bool m_enabled = false;
};

} // namespace gavel
