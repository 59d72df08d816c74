#include "series/serieshistory.h"

#include "meeting/livemeeting.h"

#include "series/documentsummary.h"
#include "series/seriesindex.h"
#include "storage/csv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace gavel {

namespace {

// tr() in the context lupdate files these strings under: a free tr() would look elsewhere.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gavel::SeriesHistory)
};

bool attendedStatus(Attendee::Status status)
{
    return status == Attendee::Status::Present || status == Attendee::Status::Late
        || status == Attendee::Status::LeftEarly;
}

bool sameText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Everyone who attended one of the meetings (ascending by date), in order of first attendance.
QList<SeriesHistory::PersonRecord> collectPeople(const QList<SeriesHistory::RecordedMeeting> &meetings)
{
    QList<SeriesHistory::PersonRecord> people;
    QHash<QString, qsizetype> index;
    for (const SeriesHistory::RecordedMeeting &meeting : meetings) {
        for (const Attendee &a : meeting.attendees) {
            if (!a.attended() || (a.name.isEmpty() && a.github.isEmpty())) {
                continue;
            }
            const QString key = a.key();
            qsizetype i = index.value(key, -1);
            if (i < 0) {
                i = people.size();
                index.insert(key, i);
                SeriesHistory::PersonRecord record;
                record.key = key;
                people.append(record);
            }
            SeriesHistory::PersonRecord &person = people[i];
            // The most recent spelling wins; a name that only repeats the handle does not
            // replace a real name.
            if (!a.github.isEmpty()) {
                person.github = a.github;
            }
            const bool nameIsHandle = !a.github.isEmpty() && sameText(a.name, a.github);
            const bool haveRealName = !person.name.isEmpty() && !sameText(person.name, person.github);
            if (!a.name.isEmpty() && !(nameIsHandle && haveRealName)) {
                person.name = a.name;
            }
            if (person.attended.isEmpty() || person.attended.last() != meeting.date) {
                person.attended.append(meeting.date);
                if (a.status == Attendee::Status::Late) {
                    ++person.late;
                }
            }
        }
    }
    return people;
}

QString markdownEscaped(const QString &text)
{
    static const QRegularExpression special(QStringLiteral("([\\\\`*_\\[\\]<>#|])"));
    return QString(text).replace(special, QStringLiteral("\\\\1"));
}

} // namespace

SeriesHistory SeriesHistory::load(const QString &seriesFolder, QStringList *errors)
{
    return fromMeetings(seriesindex::load(seriesFolder, errors));
}

SeriesHistory SeriesHistory::load(const QString &seriesFolder, const QString &exportFolder, QStringList *errors,
                                  const std::atomic<bool> *stop, int *documentsRead)
{
    const QString documentsFolder = exportFolder.isEmpty() ? QString() : documentsummary::historyFolder(exportFolder);
    seriesindex::Loaded loaded = seriesindex::load(seriesFolder, documentsFolder, stop);
    if (errors) {
        *errors += loaded.errors;
    }
    if (documentsRead) {
        *documentsRead = loaded.documentsRead;
    }
    return fromMeetings(std::move(loaded.meetings), std::move(loaded.documents));
}

SeriesHistory SeriesHistory::fromMeetings(QList<RecordedMeeting> meetings, QList<SeriesDocument> documents)
{
    std::stable_sort(meetings.begin(), meetings.end(),
                     [](const RecordedMeeting &a, const RecordedMeeting &b) { return a.date < b.date; });
    std::stable_sort(documents.begin(), documents.end(),
                     [](const SeriesDocument &a, const SeriesDocument &b) { return a.date < b.date; });
    SeriesHistory h;
    h.m_meetings = std::move(meetings);
    h.m_documents = std::move(documents);
    // Once, here: every question of who is new is a look-up afterwards.
    const auto seen = [&h](const Attendee &a, const QDate &date) {
        for (const QString &key : attendance::knownAs(a)) {
            auto found = h.m_firstSeen.find(key);
            if (found == h.m_firstSeen.end()) {
                h.m_firstSeen.insert(key, date);
            } else if (date < *found) {
                *found = date;
            }
        }
    };
    for (const RecordedMeeting &meeting : std::as_const(h.m_meetings)) {
        for (const Attendee &a : meeting.attendees) {
            if (a.attended() && !(a.name.isEmpty() && a.github.isEmpty())) {
                seen(a, meeting.date);
            }
        }
    }
    for (const SeriesDocument &document : std::as_const(h.m_documents)) {
        for (const SeriesDocument::Named &p : document.people) {
            Attendee a;
            a.name = p.name;
            a.github = p.github;
            seen(a, document.date);
        }
    }
    return h;
}

QDate SeriesHistory::firstSeen(const Person &person) const
{
    Attendee a;
    a.name = person.name;
    a.github = person.github;
    QDate first;
    for (const QString &key : attendance::knownAs(a)) {
        const QDate date = m_firstSeen.value(key);
        if (date.isValid() && (!first.isValid() || date < first)) {
            first = date;
        }
    }
    return first;
}

QList<SeriesHistory::PersonRecord> SeriesHistory::peopleWithFirstSeen(const QList<RecordedMeeting> &meetings) const
{
    QList<PersonRecord> people = collectPeople(meetings);
    for (PersonRecord &person : people) {
        person.firstSeen = firstSeen(Person {person.name, person.github});
    }
    return people;
}

QList<SeriesHistory::PersonRecord> SeriesHistory::people() const
{
    return peopleWithFirstSeen(m_meetings);
}

bool SeriesHistory::isNewcomerAt(const PersonRecord &person, const QDate &date) const
{
    // Attending on the date, the person is seen on it at the latest: new when not before.
    return person.attended.contains(date) && !(firstSeen(Person {person.name, person.github}) < date);
}

QList<SeriesHistory::PersonRecord> SeriesHistory::newcomersAt(const QDate &date) const
{
    QList<PersonRecord> out;
    for (const PersonRecord &person : people()) {
        if (isNewcomerAt(person, date)) {
            out.append(person);
        }
    }
    return out;
}

QList<Person> SeriesHistory::regularsBefore(const QDate &date) const
{
    QList<RecordedMeeting> earlier;
    for (const RecordedMeeting &meeting : m_meetings) {
        if (meeting.date < date) {
            earlier.append(meeting);
        }
    }
    QList<Person> out;
    for (const PersonRecord &person : collectPeople(earlier)) {
        out.append(Person {person.name, person.github});
    }
    return out;
}

QString SeriesHistory::perfectAttendanceFileName(const QDate &from, const QDate &to, const QString &extension)
{
    return QStringLiteral("perfect-attendance-%1-%2.%3")
        .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), extension);
}

QSet<QString> SeriesHistory::knownBefore(const QDate &date) const
{
    QSet<QString> keys;
    for (auto it = m_firstSeen.cbegin(); it != m_firstSeen.cend(); ++it) {
        if (it.value() < date) {
            keys.insert(it.key());
        }
    }
    return keys;
}

void SeriesHistory::applyTo(LiveMeeting &meeting, const QDate &date) const
{
    meeting.addRegulars(regularsBefore(date));
    meeting.setPastAttendees(knownBefore(date));
}

QList<QStringList> SeriesHistory::agendasOtherThan(const QString &sessionPath) const
{
    const QString self = QFileInfo(sessionPath).absoluteFilePath();
    QList<QStringList> out;
    for (const RecordedMeeting &meeting : m_meetings) {
        if (QFileInfo(meeting.path).absoluteFilePath() != self) {
            out.append(meeting.itemTitles);
        }
    }
    return out;
}

QList<SeriesHistory::PersonRecord> SeriesHistory::perfectAttendance(const QDate &from, const QDate &to) const
{
    const qsizetype held = meetingsBetween(from, to).size();
    if (held == 0) {
        return {};
    }
    QList<PersonRecord> out;
    for (const PersonRecord &person : people()) {
        if (attendedBetween(person, from, to) == held) {
            out.append(person);
        }
    }
    return out;
}

QList<SeriesHistory::RecordedMeeting> SeriesHistory::meetingsBetween(const QDate &from, const QDate &to) const
{
    QList<RecordedMeeting> out;
    for (const RecordedMeeting &meeting : m_meetings) {
        if (meeting.date >= from && meeting.date <= to) {
            out.append(meeting);
        }
    }
    return out;
}

QHash<QString, Attendee::Status> SeriesHistory::statuses(const RecordedMeeting &meeting)
{
    QHash<QString, Attendee::Status> out;
    for (const Attendee &a : meeting.attendees) {
        const QString key = a.key();
        const auto known = out.constFind(key);
        if (known == out.constEnd() || (a.attended() && !attendedStatus(*known))) {
            out.insert(key, a.status);
        }
    }
    return out;
}

int SeriesHistory::attendedBetween(const PersonRecord &person, const QDate &from, const QDate &to)
{
    return int(std::count_if(person.attended.cbegin(), person.attended.cend(),
                             [&](const QDate &date) { return date >= from && date <= to; }));
}

QByteArray SeriesHistory::perfectAttendanceCsv(const QDate &from, const QDate &to) const
{
    const QString held = QString::number(meetingsBetween(from, to).size());
    QList<QStringList> rows {{QStringLiteral("name"), QStringLiteral("github"), QStringLiteral("meetings_attended"),
                              QStringLiteral("meetings_in_range"), QStringLiteral("first_attended"),
                              QStringLiteral("first_seen")}};
    for (const PersonRecord &person : perfectAttendance(from, to)) {
        rows.append({person.name, person.github, QString::number(attendedBetween(person, from, to)), held,
                     person.first().toString(Qt::ISODate), person.firstSeen.toString(Qt::ISODate)});
    }
    return csv::write(rows);
}

QString SeriesHistory::perfectAttendanceMarkdown(const QDate &from, const QDate &to) const
{
    QString out = QStringLiteral("# ")
        + Text::tr("Perfect attendance %1 – %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
        + QStringLiteral("\n\n");
    const qsizetype held = meetingsBetween(from, to).size();
    if (held == 0) {
        return out + Text::tr("No meetings were held in the range.") + QLatin1Char('\n');
    }
    out += Text::tr("Meetings held in the range: %1").arg(held) + QStringLiteral("\n\n");
    const QList<PersonRecord> perfect = perfectAttendance(from, to);
    if (perfect.isEmpty()) {
        return out + Text::tr("Nobody attended every meeting in the range.") + QLatin1Char('\n');
    }
    for (const PersonRecord &person : perfect) {
        const QString name = markdownEscaped(person.name.isEmpty() ? person.github : person.name);
        if (person.github.isEmpty()) {
            out += QStringLiteral("- %1\n").arg(name);
        } else {
            out += QStringLiteral("- [%1](https://github.com/%2)\n").arg(name, person.github);
        }
    }
    return out;
}

} // namespace gavel
