#include "alertplayer.h"

#include "plugins/plugins.h"

namespace gavel {

namespace {

struct Loaded
{
    bool tried = false;
    AlertSound *sound = nullptr;
    QString why;
};

Loaded &loaded()
{
    static Loaded state;
    return state;
}

AlertSound::Kind kindOf(LiveMeeting::Alert alert)
{
    return alert == LiveMeeting::Alert::Warning ? AlertSound::Kind::Warning : AlertSound::Kind::TimeUp;
}

} // namespace

AlertPlayer::AlertPlayer(QObject *parent)
    : QObject(parent)
{ }

QStringList AlertPlayer::pluginFolders()
{
    return plugins::folders();
}

AlertSound *AlertPlayer::sound(QString *why)
{
    Loaded &state = loaded();
    if (!state.tried) {
        state.tried = true;
        QStringList failures;
        state.sound = qobject_cast<AlertSound *>(plugins::instance(QStringLiteral(GAVEL_SOUND_PLUGIN), &failures));
        if (!state.sound) {
            state.why = failures.isEmpty()
                ? tr("the sound plugin %1 is not installed (looked in %2)")
                      .arg(QStringLiteral(GAVEL_SOUND_PLUGIN), pluginFolders().join(QStringLiteral(", ")))
                : tr("the sound plugin could not be loaded (%1)").arg(failures.join(QStringLiteral("; ")));
            qWarning("AlertPlayer: %s", qPrintable(state.why));
        }
    }
    if (why) {
        *why = state.why;
    }
    return state.sound;
}

bool AlertPlayer::isLoaded()
{
    return loaded().sound != nullptr;
}

void AlertPlayer::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled) {
        // Load now, so that the first alert sounds without the delay of loading and decoding.
        if (AlertSound *s = sound()) {
            s->preload();
        }
    }
}

void AlertPlayer::play(LiveMeeting::Alert alert)
{
    if (!m_enabled) {
        return;
    }
    if (AlertSound *s = sound()) {
        s->play(kindOf(alert));
    }
}

bool AlertPlayer::isPlaying() const
{
    // Nothing plays before the plugin is loaded; asking must not load it.
    return isLoaded() && loaded().sound->isPlaying();
}

} // namespace gavel
