#pragma once

#include "meeting/attendee.h"
#include "series/recordedmeeting.h"
#include "series/seriesdocument.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>

namespace gavel {

class LiveMeeting;

// The memory of a meeting series: every recorded session in the series folder
// (<root>/<series>/<YYYY-MM-DD>/session.json) and who attended which, read through the series'
// index (seriesindex.h), so a long series costs one small file, not every session; and the
// community's own agendas and minutes of the series, which say who took part before Gavel did.
// A person (by GitHub handle, case aside, else by name) is known from the first date a document
// names them or a session records them attending.
class SeriesHistory
{
public:
    using RecordedMeeting = gavel::RecordedMeeting;

    struct PersonRecord
    {
        QString key; // Attendee::key()
        QString name;
        QString github;
        QList<QDate> attended; // dates attended (present, late or left early), ascending
        int late = 0;
        QDate firstSeen; // the first date a document named them or they attended: in the series since
        QDate first() const { return attended.isEmpty() ? QDate() : attended.first(); }
    };

    // The series' meetings, from its index and the sessions changed since. Damaged sessions are
    // skipped and named in *errors.
    static SeriesHistory load(const QString &seriesFolder, QStringList *errors = nullptr);
    // The same, and the agendas and minutes of the series in the community's repository clone,
    // given the folder the series exports its minutes to (documentsummary::historyFolder(): a
    // year's folder stands for the series' folder above it); each file is read once, and again
    // only when it changed (seriesindex::load()): *documentsRead says how many were read this
    // time. Damaged sessions and documents are skipped and named in *errors. Stops between two
    // files when *stop turns true. Runs on any thread.
    static SeriesHistory load(const QString &seriesFolder, const QString &exportFolder, QStringList *errors,
                              const std::atomic<bool> *stop = nullptr, int *documentsRead = nullptr);
    // Builds a history from meetings already in memory (tests, the open session).
    static SeriesHistory fromMeetings(QList<RecordedMeeting> meetings, QList<SeriesDocument> documents = {});

    const QList<RecordedMeeting> &meetings() const { return m_meetings; }
    const QList<SeriesDocument> &documents() const { return m_documents; }
    // The first date the person appears in the series (named by a document, or attending a
    // session), under their handle or their name; invalid when never.
    QDate firstSeen(const Person &person) const;
    // Everyone who attended at least once, in order of first attendance (within a meeting, in
    // roster order). Name and handle as most recently recorded; a name that only repeats the
    // handle does not replace a real name.
    QList<PersonRecord> people() const;
    // People who attended the meeting on the date and appear nowhere before it: its newcomers.
    QList<PersonRecord> newcomersAt(const QDate &date) const;
    bool isNewcomerAt(const PersonRecord &person, const QDate &date) const;
    // People who attended any meeting before the date: the regulars of a meeting on that date.
    QList<Person> regularsBefore(const QDate &date) const;
    // Everyone who attended a session or was named by a document before the date, as
    // attendance::knownAs() keys them.
    QSet<QString> knownBefore(const QDate &date) const;
    // What the series remembers before the date, given to the meeting on that date: its
    // regulars join the roster, and everyone it knows is no newcomer.
    void applyTo(LiveMeeting &meeting, const QDate &date) const;
    // The item titles of every meeting but the one at sessionPath: what recurs across the series.
    QList<QStringList> agendasOtherThan(const QString &sessionPath) const;
    // Attended every recorded meeting from `from` to `to` (inclusive); empty when no meeting.
    QList<PersonRecord> perfectAttendance(const QDate &from, const QDate &to) const;
    QList<RecordedMeeting> meetingsBetween(const QDate &from, const QDate &to) const;

    // What the meeting recorded for each person (by Attendee::key()); when someone appears
    // twice, a record that counts as attended wins.
    static QHash<QString, Attendee::Status> statuses(const RecordedMeeting &meeting);
    // How many of the person's attended meetings fall from `from` to `to` (inclusive).
    static int attendedBetween(const PersonRecord &person, const QDate &from, const QDate &to);

    // The perfect-attendance report as CSV (UTF-8 with BOM, RFC 4180) and Markdown.
    // CSV columns: name, github, meetings_attended (in the range), meetings_in_range,
    // first_attended (the first meeting of the series the person attended, ISO date), first_seen
    // (the first date the series knows them from, its agendas and minutes included).
    QByteArray perfectAttendanceCsv(const QDate &from, const QDate &to) const;
    QString perfectAttendanceMarkdown(const QDate &from, const QDate &to) const;
    // "perfect-attendance-2024-03-01-2024-04-30.csv" (or .md).
    static QString perfectAttendanceFileName(const QDate &from, const QDate &to, const QString &extension);

private:
    QList<PersonRecord> peopleWithFirstSeen(const QList<RecordedMeeting> &meetings) const;

    QList<RecordedMeeting> m_meetings; // ascending by date
    QList<SeriesDocument> m_documents; // ascending by date
    QHash<QString, QDate> m_firstSeen; // attendance::knownAs() key -> first date
};

} // namespace gavel
