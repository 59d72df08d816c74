#pragma once

#include "series/recordedmeeting.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace gavel {

struct SessionData;

// The series' memory in one small file beside its meetings, <series>/series-index.json: a
// summary of each meeting (date, title, people and their statuses, item titles) with the size
// and modification time of the session.json it was taken from. Reading a series then reads one
// file instead of every session; a session that changed since (or has no summary) is read
// itself, and the index rewritten when a summary changed. The index is a cache of the
// sessions: without it, or with a damaged one, the sessions are read and it is made again.
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

QByteArray toBytes(const QList<Entry> &entries);
// Entries from an index file; false (with *error) for a file that is not one. Paths are made
// from `seriesFolder` and each entry's date folder.
bool fromBytes(const QByteArray &bytes, const QString &seriesFolder, QList<Entry> *entries, QString *error);

// Every meeting of a series folder (<folder>/<YYYY-MM-DD>/session.json), by date: from the
// index where the session is as it was summarised, else from the session. Damaged sessions are
// skipped and named in *errors. Rewrites the index when any session was read (added, changed,
// or only saved again) or dropped, so the next reading reads none.
QList<RecordedMeeting> load(const QString &seriesFolder, QStringList *errors = nullptr);

// After a session was saved: the index with its summary and `stamp` (the file just written), when
// the summary differs from the index's (or the index has none for it). Returns the bytes to
// write to indexPath() of the series, or empty when there is nothing to write (no index yet: it
// is made at the series' next reading). The caller writes them through the one write path.
QByteArray updated(const QString &sessionPath, const SessionData &data, const Stamp &stamp);

QString indexPath(const QString &seriesFolder);

} // namespace seriesindex
} // namespace gavel
