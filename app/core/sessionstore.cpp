#include "sessionstore.h"

#include "clock.h"
#include "livemeeting.h"

#include <QFileInfo>

namespace gavel {

SessionStore::SessionStore(LiveMeeting *meeting, QObject *parent)
    : QObject(parent)
    , m_meeting(meeting)
{
    m_saveTimer.setSingleShot(true);
    connect(&m_saveTimer, &QTimer::timeout, this, &SessionStore::saveNow);
    // While the meeting runs, a periodic save keeps "last seen alive" fresh for crash recovery.
    m_heartbeat.setInterval(heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        if (m_meeting->isActive()) {
            markDirty();
        }
    });
    connect(m_meeting, &LiveMeeting::changed, this, &SessionStore::markDirty);
    connect(m_meeting, &LiveMeeting::notesChanged, this, &SessionStore::markDirty);
    connect(m_meeting, &LiveMeeting::attendanceChanged, this, &SessionStore::markDirty);
    connect(m_meeting, &LiveMeeting::minutesChanged, this, &SessionStore::markDirty);
}

SessionStore::Recovery SessionStore::recover(SessionData &data, qint64 nowMs)
{
    Recovery recovery;
    RunState &run = data.run;
    if (run.phase != RunState::Phase::Running && run.phase != RunState::Phase::Paused) {
        return recovery;
    }
    recovery.wasRunning = true;
    recovery.gapMs = data.savedAt > 0 ? qMax<qint64>(0, nowMs - data.savedAt) : 0;
    if (run.phase == RunState::Phase::Running && recovery.gapMs > resumePausedAfterMs) {
        // Nobody ran this meeting during the gap: count time only up to the last save.
        ItemRun &current = run.items[run.currentId];
        current.elapsedMs += qMax<qint64>(0, data.savedAt - run.segmentStart);
        run.segmentStart = data.savedAt;
        run.phase = RunState::Phase::Paused;
        run.pauseStart = data.savedAt;
        recovery.pausedAfterGap = true;
    }
    return recovery;
}

SessionStore::Recovery SessionStore::open(const QString &path, SessionData data)
{
    if (isOpen() && m_dirty) {
        saveNow();
    }
    const Recovery recovery = recover(data, m_meeting->clock()->nowMs());
    m_path = path;
    m_series = data.series;
    m_sourceAgenda = data.sourceAgenda;
    m_exports = data.exports;
    m_lastError.clear();
    m_meeting->load(data.meeting, data.run, data.notes, data.attendees, data.minutes);
    m_heartbeat.start();
    // Write at once: a new session exists on disk from the first second, a recovered one records it.
    m_dirty = true;
    saveNow();
    return recovery;
}

SessionData SessionStore::data() const
{
    SessionData d;
    d.series = m_series;
    d.sourceAgenda = m_sourceAgenda;
    d.meeting = m_meeting->meeting();
    d.run = m_meeting->run();
    d.notes = m_meeting->allNotes();
    d.attendees = m_meeting->attendees();
    d.minutes = m_meeting->minutes();
    d.exports = m_exports;
    d.savedAt = m_meeting->clock()->nowMs();
    return d;
}

void SessionStore::markDirty()
{
    if (!isOpen()) {
        return;
    }
    m_dirty = true;
    // Not restarted by further changes: the first unsaved change is on disk within saveDelayMs.
    if (!m_saveTimer.isActive()) {
        m_saveTimer.start(m_lastError.isEmpty() ? saveDelayMs : retryDelayMs);
    }
}

bool SessionStore::hasWritten(const QString &path) const
{
    return m_exports.contains(QFileInfo(path).absoluteFilePath());
}

void SessionStore::recordWritten(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!m_exports.contains(absolute)) {
        m_exports.append(absolute);
        markDirty();
    }
}

bool SessionStore::saveNow()
{
    if (!isOpen()) {
        return false;
    }
    m_saveTimer.stop();
    const SessionData snapshot = data();
    const QString error = sessionfile::save(m_path, snapshot);
    if (!error.isEmpty()) {
        const bool first = m_lastError.isEmpty();
        m_lastError = error;
        if (first) {
            emit saveFailed(error);
        }
        m_saveTimer.start(retryDelayMs);
        return false;
    }
    m_dirty = false;
    m_lastSaved = QDateTime::fromMSecsSinceEpoch(snapshot.savedAt);
    if (!m_lastError.isEmpty()) {
        m_lastError.clear();
        emit saveRecovered();
    }
    emit saved(m_path, m_lastSaved);
    return true;
}

} // namespace gavel
