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
    const int version = m_settings.value(QStringLiteral("version"), 0).toInt();
    if (version < currentVersion) {
        // Version 1 is the first: nothing older to carry over yet.
        m_settings.setValue(QStringLiteral("version"), currentVersion);
    }
}

int Settings::warningSeconds() const
{
    return qBound(0, m_settings.value(QStringLiteral("timer/warningSeconds"), 60).toInt(), 3600);
}

void Settings::setWarningSeconds(int seconds)
{
    m_settings.setValue(QStringLiteral("timer/warningSeconds"), seconds);
}

int Settings::defaultItemMinutes() const
{
    return qBound(1, m_settings.value(QStringLiteral("timer/defaultItemMinutes"), 5).toInt(), 600);
}

void Settings::setDefaultItemMinutes(int minutes)
{
    m_settings.setValue(QStringLiteral("timer/defaultItemMinutes"), minutes);
}

int Settings::lateGraceMinutes() const
{
    return qBound(0, m_settings.value(QStringLiteral("attendance/lateGraceMinutes"), 5).toInt(), 240);
}

void Settings::setLateGraceMinutes(int minutes)
{
    m_settings.setValue(QStringLiteral("attendance/lateGraceMinutes"), minutes);
}

bool Settings::soundEnabled() const
{
    // Off by default: the chair's microphone would carry the sound into the call.
    return m_settings.value(QStringLiteral("timer/sound"), false).toBool();
}

void Settings::setSoundEnabled(bool enabled)
{
    m_settings.setValue(QStringLiteral("timer/sound"), enabled);
}

QString Settings::sessionsRoot() const
{
    return m_settings.value(QStringLiteral("sessions/root")).toString();
}

void Settings::setSessionsRoot(const QString &path)
{
    m_settings.setValue(QStringLiteral("sessions/root"), path);
}

QString Settings::minutesFolder() const
{
    return m_settings.value(QStringLiteral("minutes/folder")).toString();
}

void Settings::setMinutesFolder(const QString &path)
{
    m_settings.setValue(QStringLiteral("minutes/folder"), path);
}

int Settings::nextMeetingIntervalDays() const
{
    return qBound(1, m_settings.value(QStringLiteral("minutes/nextMeetingIntervalDays"), 14).toInt(), 365);
}

void Settings::setNextMeetingIntervalDays(int days)
{
    m_settings.setValue(QStringLiteral("minutes/nextMeetingIntervalDays"), days);
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
    m_settings.setValue(QStringLiteral("recentFiles"), files);
}

void Settings::clearRecentFiles()
{
    m_settings.remove(QStringLiteral("recentFiles"));
}

QByteArray Settings::windowState(const QString &key) const
{
    return m_settings.value(QStringLiteral("window/") + key).toByteArray();
}

void Settings::setWindowState(const QString &key, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/") + key, state);
}

} // namespace gavel
