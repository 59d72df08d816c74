#include "series/seriesindex.h"

#include "storage/atomicfile.h"
#include "storage/readfile.h"
#include "storage/sessionfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>
#include <sys/stat.h>

namespace gavel::seriesindex {

namespace {

Q_LOGGING_CATEGORY(lcIndex, "gavel.seriesindex")

constexpr int formatVersion = 1;
constexpr Attendee::Status statusOrder[]
    = {Attendee::Status::Expected,  Attendee::Status::Present, Attendee::Status::Late,
       Attendee::Status::LeftEarly, Attendee::Status::Excused, Attendee::Status::Absent};
constexpr qint64 maxIndexBytes = 32 * 1024 * 1024;

// tr() in the context lupdate files these strings under: a free tr() would look elsewhere.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gavel::seriesindex)
};

QString sessionPathIn(const QString &seriesFolder, const QDate &date)
{
    return QDir(seriesFolder).filePath(date.toString(Qt::ISODate) + QStringLiteral("/session.json"));
}

// The date folders of a series: <folder>/<YYYY-MM-DD>/ that hold a session.json.
QList<QDate> sessionDates(const QString &seriesFolder)
{
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    QList<QDate> dates;
    const QDir dir(seriesFolder);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDate date = QDate::fromString(name, Qt::ISODate);
        if (isoDate.match(name).hasMatch() && date.isValid()) {
            dates.append(date);
        }
    }
    return dates;
}

Index readIndex(const QString &seriesFolder)
{
    const QString path = indexPath(seriesFolder);
    if (!QFileInfo::exists(path)) {
        return {};
    }
    QByteArray bytes;
    QString error;
    Index index;
    if (readWholeFile(path, maxIndexBytes, &bytes, &error) != ReadFailure::None
        || !fromBytes(bytes, seriesFolder, &index, &error)) {
        // A cache: made again from the sessions. Said in the log, not to the chair.
        qCInfo(lcIndex).noquote() << Text::tr("%1: made again from the sessions (%2)").arg(path, error);
        return {};
    }
    return index;
}

void writeIndex(const QString &seriesFolder, const Index &index)
{
    if (!QFileInfo(seriesFolder).isDir()) {
        return; // a series with no session saved yet: its index is made once it has one
    }
    const WriteResult written = writeFileAtomically(indexPath(seriesFolder), toBytes(index));
    if (!written.ok()) {
        // Nothing is lost: the sessions stay the record, and the next read makes it again.
        qCWarning(lcIndex).noquote() << Text::tr("The series index was not saved: %1").arg(written.error);
    }
}

// The series' sessions, from `indexed` where a session is as it was summarised, else read;
// true when what the index should hold changed.
bool readSessions(const QString &seriesFolder, const QList<Entry> &indexed, QList<Entry> *entries, QStringList *errors,
                  int *read)
{
    QHash<QDate, const Entry *> byDate;
    for (const Entry &e : indexed) {
        byDate.insert(e.meeting.date, &e);
    }
    bool changed = false;
    for (const QDate &date : sessionDates(seriesFolder)) {
        const QString path = sessionPathIn(seriesFolder, date);
        Stamp stamp;
        if (!stampOf(path, &stamp)) {
            continue; // a folder that holds no session (yet)
        }
        const Entry *known = byDate.value(date);
        if (known && Stamp {known->modifiedMs, known->size} == stamp) {
            entries->append(*known);
            continue;
        }
        ++*read;
        SessionData data;
        QString error;
        if (!sessionfile::load(path, &data, &error)) {
            if (errors) {
                errors->append(error); // names the file: "<path>: <reason>"
            }
            changed = changed || known;
            continue;
        }
        // New, changed, or saved again with only notes or times changed: either way the index
        // takes its summary and stamp, so the next reading needs the session no more.
        entries->append({summaryOf(path, data), stamp.modifiedMs, stamp.size});
        changed = true;
    }
    return changed || entries->size() != indexed.size();
}

} // namespace

bool stampOf(const QString &path, Stamp *stamp)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode)) {
        return false;
    }
    stamp->modifiedMs = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
    stamp->size = qint64(st.st_size);
    return true;
}

QString indexPath(const QString &seriesFolder)
{
    return QDir(seriesFolder).filePath(QLatin1String(fileName));
}

bool sameSummary(const RecordedMeeting &a, const RecordedMeeting &b)
{
    return a.date == b.date && a.title == b.title && a.attendees == b.attendees && a.itemTitles == b.itemTitles;
}

RecordedMeeting summaryOf(const QString &path, const SessionData &data)
{
    RecordedMeeting m;
    m.date = QDate::fromString(QFileInfo(path).absoluteDir().dirName(), Qt::ISODate);
    m.title = data.meeting.title;
    m.path = path;
    for (const Attendee &a : data.attendees) {
        Attendee kept;
        kept.name = a.name;
        kept.github = a.github;
        kept.status = a.status;
        m.attendees.append(kept);
    }
    for (const AgendaItem &item : data.meeting.items) {
        m.itemTitles.append(item.title);
    }
    return m;
}

QByteArray toBytes(const Index &index)
{
    const QList<Entry> &entries = index.meetings;
    // Every person and every title once; a meeting's roster is a flat list of (person, status)
    // numbers: a few bytes a person, so a long series reads quickly.
    QJsonArray statuses;
    for (Attendee::Status status : statusOrder) {
        statuses.append(attendance::statusId(status));
    }
    QJsonArray people;
    QHash<QPair<QString, QString>, int> personIndex;
    QJsonArray titles;
    QHash<QString, int> titleIndex;
    const auto titleNumber = [&](const QString &title) {
        auto found = titleIndex.constFind(title);
        if (found == titleIndex.constEnd()) {
            found = titleIndex.insert(title, int(titles.size()));
            titles.append(title);
        }
        return *found;
    };
    QJsonArray meetings;
    for (const Entry &e : entries) {
        QJsonArray roster;
        for (const Attendee &a : e.meeting.attendees) {
            const QPair<QString, QString> person(a.name, a.github);
            auto found = personIndex.constFind(person);
            if (found == personIndex.constEnd()) {
                found = personIndex.insert(person, int(people.size()));
                people.append(QJsonArray {a.name, a.github});
            }
            roster.append(*found);
            roster.append(
                int(std::find(std::begin(statusOrder), std::end(statusOrder), a.status) - std::begin(statusOrder)));
        }
        QJsonArray items;
        for (const QString &title : e.meeting.itemTitles) {
            items.append(titleNumber(title));
        }
        QJsonObject m;
        m.insert(QStringLiteral("date"), e.meeting.date.toString(Qt::ISODate));
        m.insert(QStringLiteral("modified"), e.modifiedMs);
        m.insert(QStringLiteral("size"), e.size);
        m.insert(QStringLiteral("title"), titleNumber(e.meeting.title));
        m.insert(QStringLiteral("items"), items);
        m.insert(QStringLiteral("roster"), roster);
        meetings.append(m);
    }
    QJsonObject root;
    root.insert(QStringLiteral("schema"), QStringLiteral("gavel-series-index"));
    root.insert(QStringLiteral("version"), formatVersion);
    root.insert(QStringLiteral("statuses"), statuses);
    root.insert(QStringLiteral("people"), people);
    root.insert(QStringLiteral("titles"), titles);
    root.insert(QStringLiteral("meetings"), meetings);
    if (!index.documents.folder.isEmpty()) {
        root.insert(QStringLiteral("documents"), documentindex::toJson(index.documents));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool fromBytes(const QByteArray &bytes, const QString &seriesFolder, Index *index, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject()) {
        *error = Text::tr("not JSON: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("schema")).toString() != QLatin1String("gavel-series-index")
        || root.value(QStringLiteral("version")).toInt() != formatVersion) {
        *error = Text::tr("not a series index of this version");
        return false;
    }
    QList<Attendee::Status> statuses;
    for (const QJsonValue &id : root.value(QStringLiteral("statuses")).toArray()) {
        Attendee::Status status;
        if (!attendance::statusFromId(id.toString(), &status)) {
            *error = Text::tr("statuses holds “%1”, which is no status").arg(id.toString());
            return false;
        }
        statuses.append(status);
    }
    QList<QPair<QString, QString>> people;
    for (const QJsonValue &p : root.value(QStringLiteral("people")).toArray()) {
        const QJsonArray pair = p.toArray();
        if (pair.size() != 2 || !pair[0].isString() || !pair[1].isString()) {
            *error = Text::tr("people[%1] is not a name and a handle").arg(people.size());
            return false;
        }
        people.append({pair[0].toString(), pair[1].toString()});
    }
    QStringList titles;
    for (const QJsonValue &t : root.value(QStringLiteral("titles")).toArray()) {
        titles.append(t.toString());
    }
    const auto title = [&](const QJsonValue &v, bool *ok) {
        const int i = v.toInt(-1);
        *ok = *ok && i >= 0 && i < titles.size();
        return *ok ? titles[i] : QString();
    };
    QList<Entry> out;
    for (const QJsonValue &value : root.value(QStringLiteral("meetings")).toArray()) {
        const QJsonObject m = value.toObject();
        Entry e;
        e.meeting.date = QDate::fromString(m.value(QStringLiteral("date")).toString(), Qt::ISODate);
        bool ok = e.meeting.date.isValid();
        e.meeting.path = sessionPathIn(seriesFolder, e.meeting.date);
        e.modifiedMs = qint64(m.value(QStringLiteral("modified")).toDouble());
        e.size = qint64(m.value(QStringLiteral("size")).toDouble());
        e.meeting.title = title(m.value(QStringLiteral("title")), &ok);
        for (const QJsonValue &item : m.value(QStringLiteral("items")).toArray()) {
            e.meeting.itemTitles.append(title(item, &ok));
        }
        const QJsonArray roster = m.value(QStringLiteral("roster")).toArray();
        ok = ok && roster.size() % 2 == 0;
        e.meeting.attendees.reserve(roster.size() / 2);
        for (qsizetype i = 0; ok && i + 1 < roster.size(); i += 2) {
            const int person = roster[i].toInt(-1);
            const int status = roster[i + 1].toInt(-1);
            ok = person >= 0 && person < people.size() && status >= 0 && status < statuses.size();
            if (ok) {
                Attendee a;
                a.name = people[person].first;
                a.github = people[person].second;
                a.status = statuses[status];
                e.meeting.attendees.append(a);
            }
        }
        if (!ok) {
            *error = Text::tr("meetings[%1] refers to a date, title, person or status the index does not hold")
                         .arg(out.size());
            return false;
        }
        out.append(e);
    }
    // The documents came later, in the same version: an index without them has none.
    documentindex::Documents documents;
    const QJsonValue documentsJson = root.value(QStringLiteral("documents"));
    if (!documentsJson.isUndefined() && !documentindex::fromJson(documentsJson.toObject(), &documents, error)) {
        return false;
    }
    index->meetings = std::move(out);
    index->documents = std::move(documents);
    return true;
}

namespace {

QList<RecordedMeeting> meetingsOf(QList<Entry> entries)
{
    QList<RecordedMeeting> meetings;
    meetings.reserve(entries.size());
    for (Entry &e : entries) {
        meetings.append(std::move(e.meeting));
    }
    return meetings;
}

} // namespace

QList<RecordedMeeting> load(const QString &seriesFolder, QStringList *errors)
{
    Index index = readIndex(seriesFolder);
    QList<Entry> entries;
    int read = 0;
    if (readSessions(seriesFolder, index.meetings, &entries, errors, &read)) {
        index.meetings = entries;
        writeIndex(seriesFolder, index);
    }
    return meetingsOf(std::move(entries));
}

Loaded load(const QString &seriesFolder, const QString &documentsFolder, const std::atomic<bool> *stop)
{
    Loaded out;
    Index index = readIndex(seriesFolder);
    QList<Entry> entries;
    bool changed = readSessions(seriesFolder, index.meetings, &entries, &out.errors, &out.sessionsRead);
    index.meetings = entries;
    if (!documentsFolder.isEmpty()) {
        if (QFileInfo(documentsFolder).isDir()) {
            documentindex::Scan scan = documentindex::scan(documentsFolder, index.documents, stop);
            out.errors += scan.errors;
            out.documentsRead = scan.filesRead;
            changed = changed || scan.changed;
            index.documents = std::move(scan.documents);
            out.documents = index.documents.meetings();
        } else {
            // A clone on a disk not mounted now: what the index knows of it stands, and the
            // folder is read again once it is back.
            out.errors.append(Text::tr("%1: no such folder; the series' agendas and minutes in it were not read")
                                  .arg(QDir::toNativeSeparators(documentsFolder)));
            if (index.documents.folder == QDir::cleanPath(QDir(documentsFolder).absolutePath())) {
                out.documents = index.documents.meetings();
            }
        }
    }
    if (changed) {
        writeIndex(seriesFolder, index);
    }
    out.meetings = meetingsOf(std::move(entries));
    return out;
}

QByteArray updated(const QString &sessionPath, const SessionData &data, const Stamp &stamp)
{
    const QFileInfo info(sessionPath);
    const QString seriesFolder = QFileInfo(info.absolutePath()).absolutePath();
    if (!QFileInfo::exists(indexPath(seriesFolder))) {
        return {}; // made at the series' next reading, from every session
    }
    const RecordedMeeting summary = summaryOf(info.absoluteFilePath(), data);
    Index index = readIndex(seriesFolder);
    QList<Entry> &entries = index.meetings;
    auto it
        = std::find_if(entries.begin(), entries.end(), [&](const Entry &e) { return e.meeting.date == summary.date; });
    if (it != entries.end()) {
        if (sameSummary(it->meeting, summary)) {
            return {};
        }
        *it = {summary, stamp.modifiedMs, stamp.size};
    } else {
        entries.append({summary, stamp.modifiedMs, stamp.size});
        std::sort(entries.begin(), entries.end(),
                  [](const Entry &a, const Entry &b) { return a.meeting.date < b.meeting.date; });
    }
    return toBytes(index); // the documents as they were
}

} // namespace gavel::seriesindex
