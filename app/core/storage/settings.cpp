#include "storage/settings.h"

#include "storage/atomicfile.h"
#include "storage/readfile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>

namespace gavel {

namespace {

// Every key, named once.
constexpr const char *Version = "version";
constexpr const char *WarningSeconds = "timer/warningSeconds";
constexpr const char *DefaultItemMinutes = "timer/defaultItemMinutes";
constexpr const char *Sound = "timer/sound";
constexpr const char *LateGraceMinutes = "attendance/lateGraceMinutes";
constexpr const char *SessionsRoot = "sessions/root";
constexpr const char *MinutesFolder = "minutes/folder";
constexpr const char *NextMeetingIntervalDays = "minutes/nextMeetingIntervalDays";
constexpr const char *RecentFiles = "recentFiles";
constexpr const char *WindowPrefix = "window/";
constexpr const char *InterfaceLanguage = "interface/language";

// What this process knows of the file: read again only when someone else changed it, and
// holding a change that could not be written until Gavel quits.
struct Cache
{
    QJsonObject values;
    bool known = false;
    bool exists = false;
    QDateTime modified;
    qint64 size = -1;

    bool matches(const QFileInfo &file) const
    {
        return known && file.exists() == exists
            && (!exists || (file.lastModified() == modified && file.size() == size));
    }
    void remember(const QJsonObject &v, const QFileInfo &file)
    {
        values = v;
        known = true;
        exists = file.exists();
        modified = file.lastModified();
        size = file.size();
    }
};

Cache &cache()
{
    static Cache c;
    return c;
}

std::function<void(const QString &)> &failureHandler()
{
    static std::function<void(const QString &)> handler;
    return handler;
}

int bounded(const QJsonValue &v, int fallback, int min, int max)
{
    return v.isDouble() ? qBound(min, v.toInt(fallback), max) : fallback;
}

} // namespace

QString Settings::filePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/settings.json");
}

void Settings::setWriteFailureHandler(const std::function<void(const QString &)> &handler)
{
    failureHandler() = handler;
}

Settings::Settings()
{
    const QFileInfo file(filePath());
    if (!cache().matches(file)) {
        QByteArray bytes;
        QString error;
        QJsonObject values;
        if (readWholeFile(file.filePath(), 1024 * 1024, &bytes, &error) == ReadFailure::None) {
            values = QJsonDocument::fromJson(bytes).object(); // damaged settings: the defaults
        }
        cache().remember(values, file);
    }
    m_values = cache().values;
    migrate();
}

void Settings::migrate()
{
    // Reading the settings writes nothing, but for carrying older settings over, once.
    if (m_values.value(QLatin1String(Version)).toInt() >= currentVersion) {
        return;
    }
    // Version 1: QSettings' own file (gavel.conf); read, never written again.
    const QSettings legacy;
    if (m_values.isEmpty() && QFileInfo::exists(legacy.fileName())) {
        for (const QString &key : legacy.allKeys()) {
            const QVariant v = legacy.value(key);
            if (key == QLatin1String(Version)) {
                continue;
            } else if (key == QLatin1String(Sound)) {
                m_values.insert(key, v.toBool());
            } else if (key == QLatin1String(RecentFiles)) {
                m_values.insert(key, QJsonArray::fromStringList(v.toStringList()));
            } else if (key.startsWith(QLatin1String(WindowPrefix))) {
                m_values.insert(key, QString::fromLatin1(v.toByteArray().toBase64()));
            } else if (key.startsWith(QLatin1String("timer/")) || key.startsWith(QLatin1String("attendance/"))
                       || key == QLatin1String(NextMeetingIntervalDays)) {
                m_values.insert(key, v.toInt());
            } else {
                m_values.insert(key, v.toString());
            }
        }
        if (!m_values.isEmpty()) {
            m_values.insert(QLatin1String(Version), currentVersion);
            write();
        }
    }
}

QJsonValue Settings::value(const char *key) const
{
    return m_values.value(QLatin1String(key));
}

void Settings::set(const char *key, const QJsonValue &value)
{
    const QString name = QLatin1String(key);
    if (m_values.value(name) == value) {
        return;
    }
    if (value.isUndefined()) {
        m_values.remove(name);
    } else {
        m_values.insert(name, value);
    }
    m_values.insert(QLatin1String(Version), currentVersion);
    write();
}

bool Settings::write()
{
    const WriteResult result
        = writeFileAtomically(filePath(), QJsonDocument(m_values).toJson(QJsonDocument::Indented), Folders::Create);
    if (result.ok()) {
        cache().remember(m_values, QFileInfo(filePath()));
    } else {
        cache().values = m_values; // the file is as it was: the change holds in this process
        if (failureHandler()) {
            failureHandler()(result.error);
        }
    }
    return result.ok();
}

int Settings::warningSeconds() const
{
    return bounded(value(WarningSeconds), 60, 0, 3600);
}

void Settings::setWarningSeconds(int seconds)
{
    set(WarningSeconds, seconds);
}

int Settings::defaultItemMinutes() const
{
    return bounded(value(DefaultItemMinutes), 5, 1, 600);
}

void Settings::setDefaultItemMinutes(int minutes)
{
    set(DefaultItemMinutes, minutes);
}

int Settings::lateGraceMinutes() const
{
    return bounded(value(LateGraceMinutes), 5, 0, 240);
}

void Settings::setLateGraceMinutes(int minutes)
{
    set(LateGraceMinutes, minutes);
}

bool Settings::soundEnabled() const
{
    // Off by default: the chair's microphone would carry the sound into the call.
    return value(Sound).toBool(false);
}

void Settings::setSoundEnabled(bool enabled)
{
    set(Sound, enabled);
}

QString Settings::interfaceLanguage() const
{
    return value(InterfaceLanguage).toString();
}

void Settings::setInterfaceLanguage(const QString &language)
{
    set(InterfaceLanguage, language);
}

QString Settings::sessionsRoot() const
{
    return value(SessionsRoot).toString();
}

void Settings::setSessionsRoot(const QString &path)
{
    set(SessionsRoot, path.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(path));
}

QString Settings::minutesFolder() const
{
    return value(MinutesFolder).toString();
}

void Settings::setMinutesFolder(const QString &path)
{
    set(MinutesFolder, path.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(path));
}

int Settings::nextMeetingIntervalDays() const
{
    return bounded(value(NextMeetingIntervalDays), 14, 1, 365);
}

void Settings::setNextMeetingIntervalDays(int days)
{
    set(NextMeetingIntervalDays, days);
}

QStringList Settings::recentFiles() const
{
    QStringList files;
    for (const QJsonValue &v : value(RecentFiles).toArray()) {
        if (v.isString()) {
            files.append(v.toString());
        }
    }
    return files;
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
    set(RecentFiles, QJsonArray::fromStringList(files));
}

void Settings::clearRecentFiles()
{
    set(RecentFiles, QJsonValue(QJsonValue::Undefined));
}

QByteArray Settings::windowState(const QString &key) const
{
    return QByteArray::fromBase64(m_values.value(QLatin1String(WindowPrefix) + key).toString().toLatin1());
}

void Settings::setWindowState(const QString &key, const QByteArray &state)
{
    const QByteArray name = QByteArray(WindowPrefix) + key.toUtf8();
    set(name.constData(), QString::fromLatin1(state.toBase64()));
}

} // namespace gavel
