#pragma once

#include "series/documentindex.h"
#include "series/recordedmeeting.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace gavel {

struct SessionData;

// The series' memory in one small file beside its meetings, <series>/series-index.json: a
// summary of each meeting (date, title, people and their statuses, item titles) with the size
// and modification time of the session.json it was taken from. Reading a series then reads one
// file instead of every session; a session that changed since (or has no summary) is read
// itself, and the index rewritten when a summary changed. The index is a cache of the
// sessions: without it, or with a damaged one, the sessions are read and it is made again.
// It also summarises the community's own agendas and minutes (documentindex.h), read the same
// way: a file once, and again only when it changed.
namespace seriesindex {

inline constexpr char fileName[] = "series-index.json";

// A session file's size and modification time: whether it is still as it was summarised.
struct Stamp
{
    qint64 modifiedMs = 0;
    qint64 size = 0;
    bool operator==(const Stamp &o) const { return modifiedMs == o.modifiedMs && size == o.size; }
};
// One stat() (a series of hundreds is checked at every opening); false when not a regular file.
bool stampOf(const QString &path, Stamp *stamp);

struct Entry
{
    RecordedMeeting meeting;
    qint64 modifiedMs = 0; // of its session.json when summarised
    qint64 size = 0;
};

// The summary of a session as the index keeps it (path: its session.json).
RecordedMeeting summaryOf(const QString &path, const SessionData &data);
// The same summary, however the path to the session was spelled.
bool sameSummary(const RecordedMeeting &a, const RecordedMeeting &b);

// What the index file holds: the sessions' summaries, by date, and the documents'.
struct Index
{
    QList<Entry> meetings;
    documentindex::Documents documents;
};

QByteArray toBytes(const Index &index);
// The index in a file; false (with *error) for a file that is not one. Session paths are made
// from `seriesFolder` and each entry's date folder.
bool fromBytes(const QByteArray &bytes, const QString &seriesFolder, Index *index, QString *error);

// Every meeting of a series folder (<folder>/<YYYY-MM-DD>/session.json), by date: from the
// index where the session is as it was summarised, else from the session. Damaged sessions are
// skipped and named in *errors. Rewrites the index when any session was read (added, changed,
// or only saved again) or dropped, so the next reading reads none.
// The documents the index holds are kept as they are, neither read nor returned.
QList<RecordedMeeting> load(const QString &seriesFolder, QStringList *errors = nullptr);

// The sessions as load() reads them, and the agendas and minutes of `documentsFolder` (the
// series' folder in the community's repository clone; documentindex::scan), each file read only
// when new or changed since the index summarised it. The index is rewritten when anything
// changed. Empty documentsFolder: no documents. A load is stopped between two files when *stop
// turns true; what it read so far is kept.
struct Loaded
{
    QList<RecordedMeeting> meetings; // by date
    QList<SeriesDocument> documents; // by date
    QStringList errors; // damaged sessions and documents, each naming its file
    int sessionsRead = 0; // session files read (not taken from the index)
    int documentsRead = 0; // document files read
};
Loaded load(const QString &seriesFolder, const QString &documentsFolder, const std::atomic<bool> *stop = nullptr);

// After a session was saved: the index with its summary and `stamp` (the file just written), when
// the summary differs from the index's (or the index has none for it). Returns the bytes to
// write to indexPath() of the series, or empty when there is nothing to write (no index yet: it
// is made at the series' next reading). The caller writes them through the one write path.
QByteArray updated(const QString &sessionPath, const SessionData &data, const Stamp &stamp);

QString indexPath(const QString &seriesFolder);

} // namespace seriesindex
} // namespace gavel
