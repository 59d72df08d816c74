#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace gavel {

// The chair's preferences, in settings.json in the user's configuration folder, versioned with a
// migrate step. Read once per Settings object; each change is written at once through the one
// atomic write path, so a full disk can never leave an empty settings file behind. (QSettings
// writes its own file, and a write that fails in its buffer leaves an empty one.)
class Settings
{
public:
    // 2: settings.json through the atomic write path; version 1 was QSettings' gavel.conf.
    static constexpr int currentVersion = 2;

    Settings();

    int warningSeconds() const;
    void setWarningSeconds(int seconds);
    int defaultItemMinutes() const;
    void setDefaultItemMinutes(int minutes);
    int lateGraceMinutes() const;
    void setLateGraceMinutes(int minutes);
    bool soundEnabled() const;
    void setSoundEnabled(bool enabled);
    QString interfaceLanguage() const; // "en", "zh_CN"; empty: the system's
    void setInterfaceLanguage(const QString &language);
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

    // Where the settings live (settings.json in the application's configuration folder).
    static QString filePath();
    // Who hears that a change could not be written ("<file>: <cause>"); the change holds only
    // until Gavel quits. The window shows it in a banner.
    static void setWriteFailureHandler(const std::function<void(const QString &)> &handler);

private:
    void migrate();
    QJsonValue value(const char *key) const;
    // Stores a value only when it differs from the one stored: no write for nothing.
    void set(const char *key, const QJsonValue &value);
    bool write();

    QJsonObject m_values;
};

} // namespace gavel
