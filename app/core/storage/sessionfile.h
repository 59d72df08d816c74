#pragma once

#include "agenda/meeting.h"
#include "meeting/attendee.h"
#include "meeting/minutesdata.h"
#include "meeting/runstate.h"
#include "storage/atomicfile.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace gavel {

// Everything a meeting session holds: enough to resume it and to regenerate every export.
struct SessionData
{
    // 2: no planned duration, item time or +1 min outside 24 hours (version 1 files are migrated
    // on read).
    static constexpr int schemaVersion = 2;

    QString series;
    QString sourceAgenda; // the agenda file it was created from
    QString sourceAddress; // the web address that file was fetched from; empty: a local file
    QDate sourceMeetingDate; // which meeting of an agenda file that keeps several dated ones; invalid: its only one
    Meeting meeting;
    RunState run;
    QHash<int, QString> notes; // item id -> text; 0 = general notes
    QList<Attendee> attendees; // the roster with attendance; empty: built from the agenda
    MinutesData minutes; // decisions, action items, the next meeting, place, language
    QStringList exports; // files this session wrote (minutes, next agenda): never overwritten silently otherwise
    qint64 savedAt = 0; // Clock::nowMs() of the last save
};

// The last signs of life of a session's meeting, in a small file beside session.json
// (session.alive): while a meeting runs, Gavel writes the time there every few seconds instead
// of rewriting the whole session; a normal quit records when Gavel was closed.
struct Heartbeat
{
    qint64 aliveAt = 0; // Clock::nowMs() when Gavel last saw the meeting running; 0: unknown
    qint64 closedAt = 0; // when Gavel was closed normally with the meeting open; 0: not closed
};

namespace sessionfile {

constexpr qint64 maxFileSize = 64 * 1024 * 1024;
// A time a computer running Gavel can have had: 2000-01-01 to 2200-01-01 UTC, in ms.
constexpr qint64 earliestPlausibleMs = 946684800000LL;
constexpr qint64 latestPlausibleMs = 7258118400000LL;

QJsonObject toJson(const SessionData &data);
QByteArray toBytes(const SessionData &data); // what session.json holds
// Reads a session, migrating older versions and checking every field: times within 7 days of
// the meeting, figures within 24 hours, item ids that exist, nesting within the limit. On
// failure returns false and says which field and what is wrong (without the file name).
bool fromJson(const QJsonObject &json, SessionData *data, QString *error);

// Reads and writes session.json; errors name the file.
bool load(const QString &path, SessionData *data, QString *error);
WriteResult save(const QString &path, const SessionData &data);
// The agenda a session was made from, read from a file that may be damaged; empty if unknown.
QString sourceAgendaOf(const QString &path);
// Which meeting of that agenda it was made from, when the agenda keeps several; invalid if unknown.
QDate sourceMeetingDateOf(const QString &path);
// Moves a damaged session aside, as session.damaged-<yyyyMMdd-HHmmss>.json beside it, so a fresh
// one can take its place; returns the new path, or empty with *error set.
QString keepDamaged(const QString &path, const QDateTime &when, QString *error);

QString heartbeatPath(const QString &sessionPath);
QByteArray heartbeatBytes(const Heartbeat &heartbeat);
// The heartbeat beside a session; all zero when there is none or it is damaged.
Heartbeat readHeartbeat(const QString &sessionPath);

// Where sessions live: GAVEL_HOME, else the folder set in Preferences, else a Gavel folder
// in the user's documents.
QString rootFolder();
// <root>/<series folder>/<YYYY-MM-DD>/session.json
QString sessionPath(const QString &root, const QString &series, const QDate &date);
QString folderName(const QString &series); // a series' name made safe as one path segment

} // namespace sessionfile
} // namespace gavel
