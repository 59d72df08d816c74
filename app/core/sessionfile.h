#pragma once

#include "attendance.h"
#include "meeting.h"
#include "meetingrun.h"
#include "minutesdata.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace gavel {

// Everything a meeting session holds: enough to resume it and to regenerate every export.
struct SessionData
{
    static constexpr int schemaVersion = 1;

    QString series;
    QString sourceAgenda; // the agenda file it was created from
    Meeting meeting;
    RunState run;
    QHash<int, QString> notes; // item id -> text; 0 = general notes
    QList<Attendee> attendees; // the roster with attendance; empty: built from the agenda
    MinutesData minutes; // decisions, action items, the next meeting, place, language
    QStringList exports; // files this session wrote (minutes, next agenda): never overwritten silently otherwise
    qint64 savedAt = 0; // Clock::nowMs() of the last save
};

namespace sessionfile {

QJsonObject toJson(const SessionData &data);
// Reads a session; on failure returns false and says why in *error (without the file name).
bool fromJson(const QJsonObject &json, SessionData *data, QString *error);

// Reads and writes session.json; errors name the file.
bool load(const QString &path, SessionData *data, QString *error);
QString save(const QString &path, const SessionData &data); // empty on success

// Where sessions live: GAVEL_HOME, else the folder set in Preferences, else a Gavel folder
// in the user's documents.
QString rootFolder();
// The series a meeting belongs to, from its title without ordinal and date:
// "Paddle Framework Contributor Club 五十次会议议程" -> "Paddle Framework Contributor Club".
QString proposeSeries(const QString &title);
QStringList existingSeries(const QString &root);
// The existing series that is the proposal but for case, spaces and punctuation, if any.
QString matchingSeries(const QString &proposal, const QStringList &existing);
QString sessionPath(const QString &root, const QString &series, const QDate &date);
QString folderName(const QString &series); // safe as one path segment

} // namespace sessionfile
} // namespace gavel
