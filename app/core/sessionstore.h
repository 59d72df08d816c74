#pragma once

#include "sessionfile.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace gavel {

class LiveMeeting;

// Keeps the open session on disk: every change reaches session.json within a second or two,
// through the one atomic write path. A failed write keeps everything in memory, is reported
// once, and is retried until a write succeeds.
class SessionStore : public QObject
{
    Q_OBJECT

public:
    // How a session found still running after a crash was taken up again.
    struct Recovery
    {
        bool wasRunning = false; // it was running (or paused) when Gavel stopped
        bool pausedAfterGap = false;
        qint64 gapMs = 0; // from the last save to now
    };
    static constexpr qint64 resumePausedAfterMs = 30 * 60 * 1000;
    static constexpr int saveDelayMs = 300;
    static constexpr int retryDelayMs = 3000;
    static constexpr int heartbeatMs = 10000;

    explicit SessionStore(LiveMeeting *meeting, QObject *parent = nullptr);

    // Takes up a session: a running one continues from its recorded timestamps, or, after a
    // gap of more than 30 minutes, continues paused where the last save left it.
    Recovery open(const QString &path, SessionData data);
    static Recovery recover(SessionData &data, qint64 nowMs);

    bool isOpen() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QString series() const { return m_series; }
    QString sourceAgenda() const { return m_sourceAgenda; }
    SessionData data() const; // what would be written now
    bool hasUnsavedChanges() const { return m_dirty; }
    QString lastError() const { return m_lastError; }
    QDateTime lastSaved() const { return m_lastSaved; }

    bool saveNow();

    // Files this session wrote: those it may overwrite without asking.
    bool hasWritten(const QString &path) const;
    void recordWritten(const QString &path);

signals:
    void saved(const QString &path, const QDateTime &when);
    void saveFailed(const QString &error);
    void saveRecovered(); // a write succeeded after failures

private:
    void markDirty();

    LiveMeeting *m_meeting;
    QString m_path;
    QString m_series;
    QString m_sourceAgenda;
    QStringList m_exports;
    QTimer m_saveTimer;
    QTimer m_heartbeat;
    bool m_dirty = false;
    QString m_lastError;
    QDateTime m_lastSaved;
};

} // namespace gavel
