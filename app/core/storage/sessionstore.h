#pragma once

#include "storage/atomicfile.h"
#include "storage/sessionfile.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace gavel {

class BackgroundWriter;
class ClockTimer;
class LiveMeeting;

// Keeps the open session on disk: every change reaches session.json within a second, through
// the one atomic write path, on a worker thread so that a slow disk never holds up the meeting.
// "Saved" is reported only once the bytes are on disk. A failed write keeps everything in
// memory and the previous file as it was, is reported, and is retried until a write succeeds.
// While a meeting runs and nothing changes, only a heartbeat of a few bytes is written.
class SessionStore : public QObject
{
    Q_OBJECT

public:
    // How a session found running (or paused) was taken up again.
    struct Recovery
    {
        bool wasRunning = false; // it was running or paused when Gavel last let go of it
        bool pausedAfterGap = false;
        bool closedNormally = false; // Gavel was closed with the meeting open, not stopped unexpectedly
        qint64 gapMs = 0; // from the last sign of life to now
    };
    static constexpr qint64 resumePausedAfterMs = 30 * 60 * 1000;
    static constexpr int saveDelayMs = 300;
    static constexpr int retryDelayMs = 3000;
    static constexpr int heartbeatMs = 10000;

    explicit SessionStore(LiveMeeting *meeting, QObject *parent = nullptr);
    ~SessionStore() override;

    // Takes up a session without writing it (but for a heartbeat, when Gavel was closed on its
    // running meeting): a running one continues from its recorded times or, after more than 30
    // minutes without a sign of life, continues paused where it was last seen, and that pause is
    // saved. The session that was open before is saved and, if its meeting is open, recorded as
    // closed normally.
    Recovery open(const QString &path, SessionData data);
    static Recovery recover(SessionData &data, const Heartbeat &heartbeat, qint64 nowMs);

    // Changes that follow from files already on disk (the series' regulars) and need no write of
    // their own: they are saved with the next real change.
    void applyWithoutSaving(const std::function<void()> &derive);

    bool isOpen() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QString series() const { return m_series; }
    QString sourceAgenda() const { return m_sourceAgenda; }
    QString sourceAddress() const { return m_sourceAddress; }
    QDate sourceMeetingDate() const { return m_sourceMeetingDate; }
    SessionData data() const; // what would be written now
    bool hasUnsavedChanges() const;
    QString lastError() const { return m_lastError; }
    WriteFailure lastFailure() const { return m_lastFailure; }
    // The failed write replaced the file, but the disk did not confirm it.
    bool lastWriteReplaced() const { return m_lastReplaced; }
    QDateTime lastSaved() const { return m_lastSaved; }
    // What the last write that reached the disk holds (when saved() is emitted: what it wrote).
    const SessionData &savedData() const { return m_savedData; }

    // Writes what is not on disk yet and waits for it: true when everything is on disk.
    bool saveNow();
    // After a write failed for a missing folder (a disk unplugged, a folder deleted): makes the
    // folder again and writes the session there; true when everything is on disk.
    bool saveMakingFolders();
    // Gavel is closing: saves, and records that a meeting still open was closed normally.
    bool close();
    // Waits for the writes in flight and reports their results.
    void waitForWrites();

    // Files this session wrote: those it may overwrite without asking.
    bool hasWritten(const QString &path) const;
    void recordWritten(const QString &path);

signals:
    void saved(const QString &path, const QDateTime &when); // the bytes are on disk
    void saveFailed(const QString &error); // the first failure, and whenever the cause changes
    void saveRecovered(); // a write succeeded after failures

private:
    void markDirty();
    void startWrite();
    void writeHeartbeat(qint64 closedAt);
    void onWritten(quint64 ticket, const QString &path, const WriteResult &result);
    void leave();

    LiveMeeting *m_meeting;
    BackgroundWriter *m_writer;
    ClockTimer *m_saveTimer;
    ClockTimer *m_heartbeat;
    QString m_path;
    QString m_series;
    QString m_sourceAgenda;
    QString m_sourceAddress;
    QDate m_sourceMeetingDate;
    QStringList m_exports;
    bool m_dirty = false; // changes not handed to the writer yet
    bool m_quiet = false; // applying derived changes
    bool m_onDisk = false; // the session's file exists: its folder is not made again unasked
    bool m_makeFolders = false; // the chair asked to make the folder again
    quint64 m_writing = 0; // the ticket of the session write in flight; 0: none
    qint64 m_writingSavedAt = 0;
    SessionData m_writingData; // of the write in flight
    SessionData m_savedData; // of the last write on disk
    QString m_lastError;
    WriteFailure m_lastFailure = WriteFailure::None;
    bool m_lastReplaced = false;
    QDateTime m_lastSaved;
};

} // namespace gavel
