#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace gavel {

// The chair's preferences, over QSettings, versioned with a migrate step.
class Settings
{
public:
    static constexpr int currentVersion = 1;

    Settings();

    int warningSeconds() const;
    void setWarningSeconds(int seconds);
    int defaultItemMinutes() const;
    void setDefaultItemMinutes(int minutes);
    int lateGraceMinutes() const;
    void setLateGraceMinutes(int minutes);
    bool soundEnabled() const;
    void setSoundEnabled(bool enabled);
    QString sessionsRoot() const; // empty: the default
    void setSessionsRoot(const QString &path);

    QString minutesFolder() const; // where minutes and next agendas go; empty: ask once
    void setMinutesFolder(const QString &path);
    int nextMeetingIntervalDays() const;
    void setNextMeetingIntervalDays(int days);

    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void clearRecentFiles();

    QByteArray windowState(const QString &key) const;
    void setWindowState(const QString &key, const QByteArray &state);

    static constexpr int maxRecentFiles = 10;

private:
    void migrate();
    // Stores a value only when it differs from the one stored: no write for nothing.
    void set(const QString &key, const QVariant &value);
    mutable QSettings m_settings;
};

} // namespace gavel
