#include "storage/sessionstore.h"

#include "agenda/durations.h"
#include "meeting/clock.h"
#include "meeting/clocktimer.h"
#include "meeting/livemeeting.h"
#include "storage/backgroundwriter.h"

#include <QFileInfo>

namespace gavel {

SessionStore::SessionStore(LiveMeeting *meeting, QObject *parent)
    : QObject(parent)
    , m_meeting(meeting)
    , m_writer(new BackgroundWriter(this))
    , m_saveTimer(new ClockTimer(meeting->clock(), this))
    , m_heartbeat(new ClockTimer(meeting->clock(), this))
{
    m_saveTimer->setSingleShot(true);
    connect(m_saveTimer, &ClockTimer::timeout, this, &SessionStore::startWrite);
    // While the meeting runs, a few bytes beside the session keep "last seen alive" fresh for
    // crash recovery, without rewriting the whole session.
    m_heartbeat->setInterval(heartbeatMs);
    connect(m_heartbeat, &ClockTimer::timeout, this, [this] {
        if (m_meeting->phase() == RunState::Phase::Running) {
            writeHeartbeat(0);
        }
    });
    connect(m_writer, &BackgroundWriter::written, this, &SessionStore::onWritten);
    connect(m_meeting, &LiveMeeting::changed, this, &SessionStore::markDirty);
    connect(m_meeting, &LiveMeeting::notesChanged, this, &SessionStore::markDirty);
    connect(m_meeting, &LiveMeeting::attendanceChanged, this, &SessionStore::markDirty);
    connect(m_meeting, &LiveMeeting::minutesChanged, this, &SessionStore::markDirty);
}

SessionStore::~SessionStore()
{
    // The writes in flight finish; their results reach no one, whose owner may be half gone.
    disconnect(m_writer, nullptr, this, nullptr);
    m_writer->waitForDone();
}

SessionStore::Recovery SessionStore::recover(SessionData &data, const Heartbeat &heartbeat, qint64 nowMs)
{
    Recovery recovery;
    RunState &run = data.run;
    if (run.phase != RunState::Phase::Running && run.phase != RunState::Phase::Paused) {
        return recovery;
    }
    recovery.wasRunning = true;
    // The last sign of life: the last save, or a later heartbeat or normal close.
    qint64 lastSeen = qMax(data.savedAt, heartbeat.aliveAt);
    if (heartbeat.closedAt > 0 && heartbeat.closedAt >= data.savedAt) {
        recovery.closedNormally = true;
        lastSeen = qMax(lastSeen, heartbeat.closedAt);
    }
    lastSeen = qMin(lastSeen, nowMs);
    recovery.gapMs = lastSeen > 0 ? qMax<qint64>(0, nowMs - lastSeen) : 0;
    if (run.phase == RunState::Phase::Running && recovery.gapMs > resumePausedAfterMs) {
        // Nobody ran this meeting during the gap: count time only up to the last sign of life.
        ItemRun &current = run.items[run.currentId];
        current.elapsedMs = qMin(current.elapsedMs + qMax<qint64>(0, lastSeen - run.segmentStart), durations::maxMs);
        run.segmentStart = lastSeen;
        run.phase = RunState::Phase::Paused;
        run.pauseStart = lastSeen;
        recovery.pausedAfterGap = true;
    }
    return recovery;
}

SessionStore::Recovery SessionStore::open(const QString &path, SessionData data)
{
    if (isOpen() && path != m_path) {
        leave();
    } else if (isOpen()) {
        saveNow();
    }
    const Heartbeat heartbeat = sessionfile::readHeartbeat(path);
    const Recovery recovery = recover(data, heartbeat, m_meeting->clock()->nowMs());
    m_saveTimer->stop(); // a retry of the session left behind
    m_path.clear(); // loading is no change to save
    m_series = data.series;
    m_sourceAgenda = data.sourceAgenda;
    m_sourceAddress = data.sourceAddress;
    m_sourceMeetingDate = data.sourceMeetingDate;
    m_exports = data.exports;
    m_lastError.clear();
    m_lastFailure = WriteFailure::None;
    m_lastReplaced = false;
    m_dirty = false;
    m_lastSaved
        = QFileInfo::exists(path) && data.savedAt > 0 ? QDateTime::fromMSecsSinceEpoch(data.savedAt) : QDateTime();
    m_meeting->load(data.meeting, data.run, data.notes, data.attendees, data.minutes);
    m_path = path;
    if (recovery.pausedAfterGap) {
        // The file still says running: were the pause not saved, a later sign of life would
        // make the gap count as meeting time.
        markDirty();
    } else if (m_meeting->isActive() && recovery.closedNormally) {
        // From now on a sudden stop must be told as one, not as the earlier normal close.
        writeHeartbeat(0);
    }
    m_heartbeat->start();
    return recovery;
}

void SessionStore::applyWithoutSaving(const std::function<void()> &derive)
{
    const bool wasQuiet = m_quiet;
    m_quiet = true;
    derive();
    m_quiet = wasQuiet;
}

SessionData SessionStore::data() const
{
    SessionData d;
    d.series = m_series;
    d.sourceAgenda = m_sourceAgenda;
    d.sourceAddress = m_sourceAddress;
    d.sourceMeetingDate = m_sourceMeetingDate;
    d.meeting = m_meeting->meeting();
    d.run = m_meeting->run();
    d.notes = m_meeting->allNotes();
    d.attendees = m_meeting->attendees();
    d.minutes = m_meeting->minutes();
    d.exports = m_exports;
    d.savedAt = m_meeting->clock()->nowMs();
    // What is written must read back: a check-in time more than a week from the meeting (a roster
    // kept open for days before the start) is no time of this meeting's.
    const TimeWindow window = TimeWindow::around(d.run.startedAt, d.savedAt);
    for (Attendee &a : d.attendees) {
        a.checkedInAt = window.contains(a.checkedInAt) ? a.checkedInAt : 0;
        a.leftAt = window.contains(a.leftAt) ? a.leftAt : 0;
    }
    return d;
}

bool SessionStore::hasUnsavedChanges() const
{
    return m_dirty || m_writing != 0;
}

void SessionStore::markDirty()
{
    if (!isOpen() || m_quiet) {
        return;
    }
    m_dirty = true;
    // Not restarted by further changes: the first unsaved change is on disk within saveDelayMs.
    // A write in flight starts the next one when it is done.
    if (!m_saveTimer->isActive() && m_writing == 0) {
        m_saveTimer->start(m_lastError.isEmpty() ? saveDelayMs : retryDelayMs);
    }
}

void SessionStore::startWrite()
{
    if (!isOpen() || m_writing != 0) {
        return; // one write at a time: onWritten() starts the next
    }
    m_saveTimer->stop();
    const SessionData snapshot = data();
    m_dirty = false;
    m_writingSavedAt = snapshot.savedAt;
    // Serialised here, written on the worker: the bytes are this moment's state. A new session
    // makes its folders; one already on disk never makes them again unasked.
    const Folders folders = m_onDisk && !m_makeFolders ? Folders::MustExist : Folders::Create;
    m_writing = m_writer->write(m_path, sessionfile::toBytes(snapshot), folders);
    m_writingData = snapshot; // implicitly shared: no copy of the meeting
}

void SessionStore::writeHeartbeat(qint64 closedAt)
{
    const qint64 now = m_meeting->clock()->nowMs();
    m_writer->write(sessionfile::heartbeatPath(m_path), sessionfile::heartbeatBytes({now, closedAt}));
}

void SessionStore::onWritten(quint64 ticket, const QString &path, const WriteResult &result)
{
    if (ticket != m_writing) {
        return; // a heartbeat: its failure loses nothing, the session's own writes report
    }
    m_writing = 0;
    if (!result.ok()) {
        m_dirty = true; // what was handed over is not on disk
        const bool news = result.error != m_lastError;
        m_lastError = result.error;
        m_lastFailure = result.failure;
        m_lastReplaced = result.replaced;
        if (news) {
            emit saveFailed(result.error);
        }
        m_saveTimer->start(retryDelayMs);
        return;
    }
    m_lastSaved = QDateTime::fromMSecsSinceEpoch(m_writingSavedAt);
    m_savedData = std::move(m_writingData);
    m_writingData = {};
    m_onDisk = true;
    m_makeFolders = false;
    if (!m_lastError.isEmpty()) {
        m_lastError.clear();
        m_lastFailure = WriteFailure::None;
        m_lastReplaced = false;
        emit saveRecovered();
    }
    emit saved(path, m_lastSaved);
    if (m_dirty && !m_saveTimer->isActive()) {
        m_saveTimer->start(saveDelayMs);
    }
}

void SessionStore::waitForWrites()
{
    m_writer->waitForDone();
}

bool SessionStore::saveNow()
{
    if (!isOpen()) {
        return false;
    }
    m_writer->waitForDone();
    if (m_dirty) {
        startWrite();
        m_writer->waitForDone();
    }
    return !hasUnsavedChanges();
}

bool SessionStore::saveMakingFolders()
{
    if (!isOpen()) {
        return false;
    }
    m_makeFolders = true;
    m_dirty = true;
    return saveNow();
}

void SessionStore::leave()
{
    // A normal close is recorded only over a session on disk as it is: were the last save lost,
    // the record would vouch for a state the file does not hold.
    if (saveNow() && m_meeting->isActive()) {
        writeHeartbeat(m_meeting->clock()->nowMs());
    }
    m_writer->waitForDone();
    m_heartbeat->stop();
}

bool SessionStore::close()
{
    if (!isOpen()) {
        return true;
    }
    leave();
    return !hasUnsavedChanges();
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

} // namespace gavel
