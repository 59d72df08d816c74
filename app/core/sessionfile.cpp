#include "sessionfile.h"

#include "atomicfile.h"
#include "settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

namespace gavel::sessionfile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gavel::SessionFile", text);
}

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue personJson(const std::optional<Person> &p)
{
    if (!p) {
        return QJsonValue::Null;
    }
    return QJsonObject {{QStringLiteral("name"), nullable(p->name)}, {QStringLiteral("github"), nullable(p->github)}};
}

std::optional<Person> personFrom(const QJsonValue &v)
{
    if (!v.isObject()) {
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    return Person {o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("github")).toString()};
}

QJsonArray itemsJson(const QList<AgendaItem> &items)
{
    QJsonArray out;
    for (const AgendaItem &item : items) {
        out.append(QJsonObject {
            {QStringLiteral("id"), item.id},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("minutes"), item.minutes ? QJsonValue(*item.minutes) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("speakers"), QJsonArray::fromStringList(item.speakers)},
            {QStringLiteral("text"), item.text},
            {QStringLiteral("children"), itemsJson(item.children)},
        });
    }
    return out;
}

bool itemsFrom(const QJsonValue &v, QList<AgendaItem> *items, int depth)
{
    if (!v.isArray() || depth > 64) {
        return false;
    }
    for (const QJsonValue &entry : v.toArray()) {
        const QJsonObject o = entry.toObject();
        AgendaItem item;
        item.id = o.value(QStringLiteral("id")).toInt();
        item.title = o.value(QStringLiteral("title")).toString();
        if (item.id <= 0 || item.title.isEmpty()) {
            return false;
        }
        const QJsonValue minutes = o.value(QStringLiteral("minutes"));
        if (minutes.isDouble()) {
            item.minutes = minutes.toInt();
        }
        for (const QJsonValue &s : o.value(QStringLiteral("speakers")).toArray()) {
            item.speakers.append(s.toString());
        }
        item.text = o.value(QStringLiteral("text")).toString();
        if (o.contains(QStringLiteral("children"))
            && !itemsFrom(o.value(QStringLiteral("children")), &item.children, depth + 1)) {
            return false;
        }
        items->append(item);
    }
    return true;
}

const char *phaseName(RunState::Phase phase)
{
    switch (phase) {
    case RunState::Phase::NotStarted: return "notStarted";
    case RunState::Phase::Running: return "running";
    case RunState::Phase::Paused: return "paused";
    case RunState::Phase::Ended: return "ended";
    }
    return "notStarted";
}

qint64 ms(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

} // namespace

QJsonObject toJson(const SessionData &data)
{
    const Meeting &m = data.meeting;
    QJsonArray roster;
    for (const Person &p : m.roster) {
        roster.append(personJson(p));
    }
    QJsonObject time {
        {QStringLiteral("date"), m.time.date.isValid() ? QJsonValue(m.time.date.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("start"),
         m.time.start.isValid() ? QJsonValue(m.time.start.toString(QStringLiteral("HH:mm"))) : QJsonValue()},
        {QStringLiteral("end"),
         m.time.end.isValid() ? QJsonValue(m.time.end.toString(QStringLiteral("HH:mm"))) : QJsonValue()},
        {QStringLiteral("utcOffsetSeconds"),
         m.time.utcOffsetSeconds ? QJsonValue(*m.time.utcOffsetSeconds) : QJsonValue()},
    };
    QJsonArray runItems;
    QList<int> ids = data.run.items.keys();
    std::sort(ids.begin(), ids.end());
    for (int id : std::as_const(ids)) {
        const ItemRun &r = data.run.items[id];
        runItems.append(QJsonObject {
            {QStringLiteral("id"), id},
            {QStringLiteral("startedAt"), double(r.startedAt)},
            {QStringLiteral("endedAt"), double(r.endedAt)},
            {QStringLiteral("elapsedMs"), double(r.elapsedMs)},
            {QStringLiteral("pausedMs"), double(r.pausedMs)},
            {QStringLiteral("extraSeconds"), r.extraSeconds},
            {QStringLiteral("done"), r.done},
            {QStringLiteral("skipped"), r.skipped},
        });
    }
    QJsonArray notes;
    QList<int> noteIds = data.notes.keys();
    std::sort(noteIds.begin(), noteIds.end());
    for (int id : std::as_const(noteIds)) {
        notes.append(QJsonObject {{QStringLiteral("itemId"), id}, {QStringLiteral("text"), data.notes[id]}});
    }
    QJsonArray attendees;
    for (const Attendee &a : data.attendees) {
        attendees.append(QJsonObject {
            {QStringLiteral("name"), a.name},
            {QStringLiteral("github"), nullable(a.github)},
            {QStringLiteral("source"), attendance::sourceId(a.source)},
            {QStringLiteral("status"), attendance::statusId(a.status)},
            {QStringLiteral("checkedInAt"), double(a.checkedInAt)},
            {QStringLiteral("leftAt"), double(a.leftAt)},
        });
    }
    QJsonArray decisions;
    for (const Decision &d : data.minutes.decisions) {
        decisions.append(QJsonObject {
            {QStringLiteral("id"), d.id}, {QStringLiteral("itemId"), d.itemId}, {QStringLiteral("text"), d.text}});
    }
    QJsonArray actions;
    for (const ActionItem &a : data.minutes.actions) {
        actions.append(QJsonObject {
            {QStringLiteral("id"), a.id},
            {QStringLiteral("itemId"), a.itemId},
            {QStringLiteral("text"), a.text},
            {QStringLiteral("owner"), nullable(a.owner)},
            {QStringLiteral("ownerGithub"), nullable(a.ownerGithub)},
            {QStringLiteral("due"), a.due.isValid() ? QJsonValue(a.due.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("done"), a.done},
        });
    }
    const NextMeetingPlan &next = data.minutes.next;
    const QJsonObject minutes {
        {QStringLiteral("decisions"), decisions},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("place"), nullable(data.minutes.place)},
        {QStringLiteral("language"), nullable(data.minutes.language)},
        {QStringLiteral("next"),
         QJsonObject {
             {QStringLiteral("date"), next.date.isValid() ? QJsonValue(next.date.toString(Qt::ISODate)) : QJsonValue()},
             {QStringLiteral("time"),
              next.time.isValid() ? QJsonValue(next.time.toString(QStringLiteral("HH:mm"))) : QJsonValue()},
             {QStringLiteral("chair"), personJson(next.chair)},
             {QStringLiteral("viceChair"), personJson(next.viceChair)},
             {QStringLiteral("note"), nullable(next.note)},
         }},
    };
    return {
        {QStringLiteral("schema"), QStringLiteral("gavel-session")},
        {QStringLiteral("minutes"), minutes},
        {QStringLiteral("exports"), QJsonArray::fromStringList(data.exports)},
        {QStringLiteral("attendance"), attendees},
        {QStringLiteral("version"), SessionData::schemaVersion},
        {QStringLiteral("series"), data.series},
        {QStringLiteral("sourceAgenda"), data.sourceAgenda},
        {QStringLiteral("savedAt"), double(data.savedAt)},
        {QStringLiteral("savedAtText"), QDateTime::fromMSecsSinceEpoch(data.savedAt).toString(Qt::ISODateWithMs)},
        {QStringLiteral("meeting"),
         QJsonObject {
             {QStringLiteral("title"), m.title},
             {QStringLiteral("time"), time},
             {QStringLiteral("join"),
              QJsonObject {{QStringLiteral("url"), nullable(m.join.url)},
                           {QStringLiteral("meetingId"), nullable(m.join.meetingId)},
                           {QStringLiteral("password"), nullable(m.join.password)}}},
             {QStringLiteral("chair"), personJson(m.chair)},
             {QStringLiteral("viceChair"), personJson(m.viceChair)},
             {QStringLiteral("roster"), roster},
             {QStringLiteral("items"), itemsJson(m.items)},
         }},
        {QStringLiteral("run"),
         QJsonObject {
             {QStringLiteral("phase"), QLatin1String(phaseName(data.run.phase))},
             {QStringLiteral("startedAt"), double(data.run.startedAt)},
             {QStringLiteral("endedAt"), double(data.run.endedAt)},
             {QStringLiteral("currentId"), data.run.currentId},
             {QStringLiteral("segmentStart"), double(data.run.segmentStart)},
             {QStringLiteral("pauseStart"), double(data.run.pauseStart)},
             {QStringLiteral("items"), runItems},
         }},
        {QStringLiteral("notes"), notes},
    };
}

bool fromJson(const QJsonObject &json, SessionData *data, QString *error)
{
    if (json.value(QStringLiteral("schema")).toString() != QLatin1String("gavel-session")) {
        *error = tr("not a Gavel session file");
        return false;
    }
    const int version = json.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > SessionData::schemaVersion) {
        *error = tr("session format version %1 is not one this Gavel reads (up to %2)")
                     .arg(version)
                     .arg(SessionData::schemaVersion);
        return false;
    }
    SessionData d;
    d.series = json.value(QStringLiteral("series")).toString();
    d.sourceAgenda = json.value(QStringLiteral("sourceAgenda")).toString();
    d.savedAt = ms(json, "savedAt");

    const QJsonObject m = json.value(QStringLiteral("meeting")).toObject();
    d.meeting.title = m.value(QStringLiteral("title")).toString();
    const QJsonObject time = m.value(QStringLiteral("time")).toObject();
    d.meeting.time.date = QDate::fromString(time.value(QStringLiteral("date")).toString(), Qt::ISODate);
    d.meeting.time.start = QTime::fromString(time.value(QStringLiteral("start")).toString(), QStringLiteral("HH:mm"));
    d.meeting.time.end = QTime::fromString(time.value(QStringLiteral("end")).toString(), QStringLiteral("HH:mm"));
    if (time.value(QStringLiteral("utcOffsetSeconds")).isDouble()) {
        d.meeting.time.utcOffsetSeconds = time.value(QStringLiteral("utcOffsetSeconds")).toInt();
    }
    const QJsonObject join = m.value(QStringLiteral("join")).toObject();
    d.meeting.join = {join.value(QStringLiteral("url")).toString(), join.value(QStringLiteral("meetingId")).toString(),
                      join.value(QStringLiteral("password")).toString()};
    d.meeting.chair = personFrom(m.value(QStringLiteral("chair")));
    d.meeting.viceChair = personFrom(m.value(QStringLiteral("viceChair")));
    for (const QJsonValue &p : m.value(QStringLiteral("roster")).toArray()) {
        if (auto person = personFrom(p)) {
            d.meeting.roster.append(*person);
        }
    }
    if (!itemsFrom(m.value(QStringLiteral("items")), &d.meeting.items, 0)) {
        *error = tr("the agenda items are damaged (an item without an id or title)");
        return false;
    }

    const QJsonObject run = json.value(QStringLiteral("run")).toObject();
    const QString phase = run.value(QStringLiteral("phase")).toString();
    const RunState::Phase phases[]
        = {RunState::Phase::NotStarted, RunState::Phase::Running, RunState::Phase::Paused, RunState::Phase::Ended};
    bool known = false;
    for (RunState::Phase p : phases) {
        if (phase == QLatin1String(phaseName(p))) {
            d.run.phase = p;
            known = true;
        }
    }
    if (!known) {
        *error = tr("unknown meeting state “%1”").arg(phase);
        return false;
    }
    d.run.startedAt = ms(run, "startedAt");
    d.run.endedAt = ms(run, "endedAt");
    d.run.currentId = run.value(QStringLiteral("currentId")).toInt();
    d.run.segmentStart = ms(run, "segmentStart");
    d.run.pauseStart = ms(run, "pauseStart");
    for (const QJsonValue &v : run.value(QStringLiteral("items")).toArray()) {
        const QJsonObject o = v.toObject();
        ItemRun r;
        r.startedAt = ms(o, "startedAt");
        r.endedAt = ms(o, "endedAt");
        r.elapsedMs = ms(o, "elapsedMs");
        r.pausedMs = ms(o, "pausedMs");
        r.extraSeconds = o.value(QStringLiteral("extraSeconds")).toInt();
        r.done = o.value(QStringLiteral("done")).toBool();
        r.skipped = o.value(QStringLiteral("skipped")).toBool();
        d.run.items.insert(o.value(QStringLiteral("id")).toInt(), r);
    }
    if ((d.run.phase == RunState::Phase::Running || d.run.phase == RunState::Phase::Paused) && d.run.currentId <= 0) {
        *error = tr("the meeting is marked as running but no item is current");
        return false;
    }
    for (const QJsonValue &v : json.value(QStringLiteral("attendance")).toArray()) {
        const QJsonObject o = v.toObject();
        Attendee a;
        a.name = o.value(QStringLiteral("name")).toString();
        a.github = o.value(QStringLiteral("github")).toString();
        if (a.name.isEmpty() && a.github.isEmpty()) {
            *error = tr("an attendance record has neither a name nor a GitHub handle");
            return false;
        }
        if (!attendance::sourceFromId(o.value(QStringLiteral("source")).toString(), &a.source)
            || !attendance::statusFromId(o.value(QStringLiteral("status")).toString(), &a.status)) {
            *error = tr("the attendance record of “%1” has an unknown source or status").arg(a.displayName());
            return false;
        }
        a.checkedInAt = ms(o, "checkedInAt");
        a.leftAt = ms(o, "leftAt");
        d.attendees.append(a);
    }
    for (const QJsonValue &v : json.value(QStringLiteral("exports")).toArray()) {
        d.exports.append(v.toString());
    }
    const QJsonObject minutes = json.value(QStringLiteral("minutes")).toObject();
    for (const QJsonValue &v : minutes.value(QStringLiteral("decisions")).toArray()) {
        const QJsonObject o = v.toObject();
        d.minutes.decisions.append({o.value(QStringLiteral("id")).toInt(), o.value(QStringLiteral("itemId")).toInt(),
                                    o.value(QStringLiteral("text")).toString()});
    }
    for (const QJsonValue &v : minutes.value(QStringLiteral("actions")).toArray()) {
        const QJsonObject o = v.toObject();
        ActionItem a;
        a.id = o.value(QStringLiteral("id")).toInt();
        a.itemId = o.value(QStringLiteral("itemId")).toInt();
        a.text = o.value(QStringLiteral("text")).toString();
        a.owner = o.value(QStringLiteral("owner")).toString();
        a.ownerGithub = o.value(QStringLiteral("ownerGithub")).toString();
        a.due = QDate::fromString(o.value(QStringLiteral("due")).toString(), Qt::ISODate);
        a.done = o.value(QStringLiteral("done")).toBool();
        d.minutes.actions.append(a);
    }
    d.minutes.place = minutes.value(QStringLiteral("place")).toString();
    d.minutes.language = minutes.value(QStringLiteral("language")).toString();
    const QJsonObject next = minutes.value(QStringLiteral("next")).toObject();
    d.minutes.next.date = QDate::fromString(next.value(QStringLiteral("date")).toString(), Qt::ISODate);
    d.minutes.next.time = QTime::fromString(next.value(QStringLiteral("time")).toString(), QStringLiteral("HH:mm"));
    d.minutes.next.chair = personFrom(next.value(QStringLiteral("chair")));
    d.minutes.next.viceChair = personFrom(next.value(QStringLiteral("viceChair")));
    d.minutes.next.note = next.value(QStringLiteral("note")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("notes")).toArray()) {
        const QJsonObject o = v.toObject();
        d.notes.insert(o.value(QStringLiteral("itemId")).toInt(), o.value(QStringLiteral("text")).toString());
    }
    *data = d;
    return true;
}

bool load(const QString &path, SessionData *data, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists()) {
        *error = tr("%1: no such file").arg(shown);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot be read: %2").arg(shown, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(64 * 1024 * 1024), &parseError);
    if (!doc.isObject()) {
        *error = tr("%1: not a valid session file (%2 at byte %3)")
                     .arg(shown, doc.isNull() ? parseError.errorString() : tr("no JSON object"))
                     .arg(parseError.offset);
        return false;
    }
    QString reason;
    if (!fromJson(doc.object(), data, &reason)) {
        *error = tr("%1: %2").arg(shown, reason);
        return false;
    }
    return true;
}

QString save(const QString &path, const SessionData &data)
{
    return writeFileAtomically(path, QJsonDocument(toJson(data)).toJson(QJsonDocument::Indented));
}

QString rootFolder()
{
    const QString fromEnv = qEnvironmentVariable("GAVEL_HOME");
    if (!fromEnv.isEmpty()) {
        return QDir::cleanPath(fromEnv);
    }
    const QString fromSettings = Settings().sessionsRoot();
    if (!fromSettings.isEmpty()) {
        return QDir::cleanPath(fromSettings);
    }
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty()) {
        documents = QDir::homePath();
    }
    return QDir::cleanPath(documents + QStringLiteral("/Gavel"));
}

QString proposeSeries(const QString &title)
{
    static const QString months = QStringLiteral(
        "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
        "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?");
    static const QRegularExpression noise(
        QStringLiteral("第\\s*[一二三四五六七八九十百零〇两\\d]+\\s*次|[一二三四五六七八九十百零〇两\\d]+\\s*次|"
                       "\\b\\d+(?:st|nd|rd|th)\\b|\\#\\d+|\\b(?:no\\.?|number)\\s*\\d+\\b|"
                       "\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?|"
                       "\\b\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}\\b|")
            + months + QStringLiteral("\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\b\\d{1,2}\\s+") + months
            + QStringLiteral(",?\\s+\\d{4}"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression trailing(QStringLiteral("(?:\\s|[-–—:：·,，])*(?:会议议程|会议纪要|会议|议程|例会|"
                                                            "meeting\\s+agenda|meeting\\s+minutes|meeting|agenda|"
                                                            "minutes)(?:\\s|[-–—:：·,，])*$"),
                                             QRegularExpression::CaseInsensitiveOption);
    // What a removed date or ordinal leaves behind: "()" and "（）".
    static const QRegularExpression emptyBrackets(QStringLiteral("[（(【\\[]\\s*[)）】\\]]"));
    QString series = QString(title).remove(noise).remove(emptyBrackets).simplified();
    const QString withoutTrailing = QString(series).remove(trailing).simplified();
    if (!withoutTrailing.isEmpty()) {
        series = withoutTrailing;
    }
    series = series.remove(QRegularExpression(QStringLiteral("^[\\s\\-–—:：·,，]+|[\\s\\-–—:：·,，]+$"))).simplified();
    return series.isEmpty() ? QCoreApplication::translate("gavel::SessionFile", "Meetings") : series;
}

QStringList existingSeries(const QString &root)
{
    QStringList out;
    const QDir dir(root);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        out.append(name);
    }
    return out;
}

QString matchingSeries(const QString &proposal, const QStringList &existing)
{
    const auto key = [](const QString &s) {
        QString k;
        for (const QChar c : s) {
            if (c.isLetterOrNumber()) {
                k.append(c.toCaseFolded());
            }
        }
        return k;
    };
    const QString wanted = key(folderName(proposal));
    for (const QString &name : existing) {
        if (key(name) == wanted) {
            return name;
        }
    }
    return {};
}

QString folderName(const QString &series)
{
    QString name = series;
    static const QRegularExpression unsafe(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]"));
    name.replace(unsafe, QStringLiteral(" "));
    name = name.simplified();
    while (name.startsWith(QLatin1Char('.'))) {
        name.remove(0, 1);
    }
    if (name.size() > 100) {
        name.truncate(100);
    }
    return name.trimmed().isEmpty() ? QStringLiteral("Meetings") : name.trimmed();
}

QString sessionPath(const QString &root, const QString &series, const QDate &date)
{
    return QDir(root).filePath(folderName(series) + QLatin1Char('/') + date.toString(Qt::ISODate)
                               + QStringLiteral("/session.json"));
}

} // namespace gavel::sessionfile
