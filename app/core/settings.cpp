#include "settings.h"

#include <QDir>
#include <QFileInfo>

namespace gavel {

Settings::Settings()
{
    migrate();
}

void Settings::migrate()
{
    // Reading the settings writes nothing: an empty store has nothing to migrate, and its
    // version is written with the first value stored.
    const int version = m_settings.value(QStringLiteral("version"), 0).toInt();
    if (version < currentVersion && !m_settings.allKeys().isEmpty()) {
        // Version 1 is the first: nothing older to carry over yet.
        m_settings.setValue(QStringLiteral("version"), currentVersion);
    }
}

void Settings::set(const QString &key, const QVariant &value)
{
    // QSettings rewrites its file for any setValue(), even of the value it holds. What the file
    // gives back is text where a number or a flag was stored: compare in the stored form.
    if (m_settings.contains(key)) {
        const QVariant stored = m_settings.value(key);
        const bool same = value.typeId() == QMetaType::QStringList ? stored.toStringList() == value.toStringList()
            : value.typeId() == QMetaType::QByteArray              ? stored.toByteArray() == value.toByteArray()
                                                                   : stored.toString() == value.toString();
        if (same) {
            return;
        }
    }
    if (!m_settings.contains(QStringLiteral("version"))) {
        m_settings.setValue(QStringLiteral("version"), currentVersion);
    }
    m_settings.setValue(key, value);
}

int Settings::warningSeconds() const
{
    return qBound(0, m_settings.value(QStringLiteral("timer/warningSeconds"), 60).toInt(), 3600);
}

void Settings::setWarningSeconds(int seconds)
{
    set(QStringLiteral("timer/warningSeconds"), seconds);
}

int Settings::defaultItemMinutes() const
{
    return qBound(1, m_settings.value(QStringLiteral("timer/defaultItemMinutes"), 5).toInt(), 600);
}

void Settings::setDefaultItemMinutes(int minutes)
{
    set(QStringLiteral("timer/defaultItemMinutes"), minutes);
}

int Settings::lateGraceMinutes() const
{
    return qBound(0, m_settings.value(QStringLiteral("attendance/lateGraceMinutes"), 5).toInt(), 240);
}

void Settings::setLateGraceMinutes(int minutes)
{
    set(QStringLiteral("attendance/lateGraceMinutes"), minutes);
}

bool Settings::soundEnabled() const
{
    // Off by default: the chair's microphone would carry the sound into the call.
    return m_settings.value(QStringLiteral("timer/sound"), false).toBool();
}

void Settings::setSoundEnabled(bool enabled)
{
    set(QStringLiteral("timer/sound"), enabled);
}

QString Settings::sessionsRoot() const
{
    return m_settings.value(QStringLiteral("sessions/root")).toString();
}

void Settings::setSessionsRoot(const QString &path)
{
    set(QStringLiteral("sessions/root"), path);
}

QString Settings::minutesFolder() const
{
    return m_settings.value(QStringLiteral("minutes/folder")).toString();
}

void Settings::setMinutesFolder(const QString &path)
{
    set(QStringLiteral("minutes/folder"), path);
}

int Settings::nextMeetingIntervalDays() const
{
    return qBound(1, m_settings.value(QStringLiteral("minutes/nextMeetingIntervalDays"), 14).toInt(), 365);
}

void Settings::setNextMeetingIntervalDays(int days)
{
    set(QStringLiteral("minutes/nextMeetingIntervalDays"), days);
}

QStringList Settings::recentFiles() const
{
    return m_settings.value(QStringLiteral("recentFiles")).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles) {
        files.removeLast();
    }
    set(QStringLiteral("recentFiles"), files);
}

void Settings::clearRecentFiles()
{
    if (m_settings.contains(QStringLiteral("recentFiles"))) {
        m_settings.remove(QStringLiteral("recentFiles"));
    }
}

QByteArray Settings::windowState(const QString &key) const
{
    return m_settings.value(QStringLiteral("window/") + key).toByteArray();
}

void Settings::setWindowState(const QString &key, const QByteArray &state)
{
    set(QStringLiteral("window/") + key, state);
}

} // namespace gavel
