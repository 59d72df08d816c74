// session.json as JSON: what is written, and the reader that migrates older versions and
// checks every field, so that a damaged or forged file is refused with the field it got wrong.

#include "agenda/agendatree.h"
#include "agenda/durations.h"
#include "storage/sessionfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>
#include <functional>
#include <limits>

namespace gavel::sessionfile {

namespace {

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

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

// A number as the file wrote it, for messages: "1e+300", "-5", "12.5".
QString shown(double value)
{
    return QString::number(value, 'g', 15);
}

// ---- migration ----

// Version 1 files could hold a planned duration that overflowed when the agenda stated an
// absurd one ("2147483647 hours" was read as -60 minutes). Version 2 has no duration outside
// 0..24 hours: such a duration is no duration.
void dropImpossibleDurations(QJsonArray &items, int depth)
{
    if (depth > agendatree::maxDepth) {
        return; // the check that follows names the nesting
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        const QJsonValue minutes = item.value(QStringLiteral("minutes"));
        if (minutes.isDouble() && !(minutes.toDouble() >= 0 && minutes.toDouble() <= durations::maxMinutes)) {
            item.insert(QStringLiteral("minutes"), QJsonValue::Null);
        }
        QJsonArray children = item.value(QStringLiteral("children")).toArray();
        dropImpossibleDurations(children, depth + 1);
        if (item.contains(QStringLiteral("children"))) {
            item.insert(QStringLiteral("children"), children);
        }
        items.replace(i, item);
    }
}

// Version 1 did not cap an item's time: a meeting left running overnight could save more than a
// day on one item, and +1 min could be pressed without end. Version 2 holds both within a day.
void capRunFigures(QJsonObject &json)
{
    QJsonObject run = json.value(QStringLiteral("run")).toObject();
    QJsonArray items = run.value(QStringLiteral("items")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        const QJsonValue elapsed = item.value(QStringLiteral("elapsedMs"));
        if (elapsed.isDouble() && elapsed.toDouble() > double(durations::maxMs)) {
            item.insert(QStringLiteral("elapsedMs"), double(durations::maxMs));
        }
        const QJsonValue extra = item.value(QStringLiteral("extraSeconds"));
        const double maxSeconds = double(durations::maxMs / 1000);
        if (extra.isDouble() && std::fabs(extra.toDouble()) > maxSeconds) {
            item.insert(QStringLiteral("extraSeconds"), extra.toDouble() > 0 ? maxSeconds : -maxSeconds);
        }
        items.replace(i, item);
    }
    if (run.contains(QStringLiteral("items"))) {
        run.insert(QStringLiteral("items"), items);
        json.insert(QStringLiteral("run"), run);
    }
}

QJsonObject migrated(QJsonObject json, int version)
{
    if (version < 2) {
        capRunFigures(json);
        QJsonObject meeting = json.value(QStringLiteral("meeting")).toObject();
        if (meeting.value(QStringLiteral("items")).isArray()) {
            QJsonArray items = meeting.value(QStringLiteral("items")).toArray();
            dropImpossibleDurations(items, 1);
            meeting.insert(QStringLiteral("items"), items);
            json.insert(QStringLiteral("meeting"), meeting);
        }
    }
    json.insert(QStringLiteral("version"), SessionData::schemaVersion);
    return json;
}

// ---- the checking reader ----

// Reads typed fields and keeps the first problem, as "<field>: <what is wrong>".
class Fields
{
public:
    QString error;

    bool failed() const { return !error.isEmpty(); }
    void fail(const QString &field, const QString &what)
    {
        if (error.isEmpty()) {
            error = tr("%1: %2").arg(field, what);
        }
    }

    static QString at(const QString &parent, const char *key)
    {
        return parent.isEmpty() ? QLatin1String(key) : parent + QLatin1Char('.') + QLatin1String(key);
    }

    QJsonObject object(const QJsonObject &o, const char *key, const QString &parent, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || (v.isNull() && !required)) {
            if (required) {
                fail(at(parent, key), tr("missing"));
            }
            return {};
        }
        if (!v.isObject()) {
            fail(at(parent, key), tr("not an object"));
            return {};
        }
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, const char *key, const QString &parent, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || (v.isNull() && !required)) {
            if (required) {
                fail(at(parent, key), tr("missing"));
            }
            return {};
        }
        if (!v.isArray()) {
            fail(at(parent, key), tr("not a list"));
            return {};
        }
        return v.toArray();
    }

    QString string(const QJsonObject &o, const char *key, const QString &parent, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required) {
                fail(at(parent, key), tr("missing"));
            }
            return {};
        }
        if (!v.isString()) {
            fail(at(parent, key), tr("not a text"));
            return {};
        }
        return v.toString();
    }

    bool boolean(const QJsonObject &o, const char *key, const QString &parent)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            return false;
        }
        if (!v.isBool()) {
            fail(at(parent, key), tr("not true or false"));
            return false;
        }
        return v.toBool();
    }

    // A whole number within [min, max]; absent: nullopt (or a problem when required).
    std::optional<qint64> integer(const QJsonObject &o, const char *key, const QString &parent, bool required,
                                  qint64 min, qint64 max)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString field = at(parent, key);
        if (v.isUndefined() || v.isNull()) {
            if (required) {
                fail(field, tr("missing"));
            }
            return std::nullopt;
        }
        if (!v.isDouble()) {
            fail(field, tr("not a number"));
            return std::nullopt;
        }
        const double d = v.toDouble();
        // Compared as a double, before any conversion: 1e300 must never become a qint64.
        if (!std::isfinite(d) || d != std::floor(d)) {
            fail(field, tr("%1 is not a whole number").arg(shown(d)));
            return std::nullopt;
        }
        if (d < double(min) || d > double(max)) {
            fail(field, tr("%1 is outside %2 to %3").arg(shown(d)).arg(min).arg(max));
            return std::nullopt;
        }
        return qint64(d);
    }

    // A length of time in milliseconds, from 0 to maxMs.
    qint64 figure(const QJsonObject &o, const char *key, const QString &parent, qint64 maxMs, const QString &limit)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() > double(maxMs)) {
            fail(at(parent, key), tr("%1 ms is over %2").arg(shown(v.toDouble()), limit));
            return 0;
        }
        if (v.isDouble() && v.toDouble() < 0) {
            fail(at(parent, key), tr("%1 ms is negative").arg(shown(v.toDouble())));
            return 0;
        }
        return integer(o, key, parent, false, 0, maxMs).value_or(0);
    }

    // A moment (ms since the epoch) within [earliest, latest]; 0 means never.
    qint64 moment(const QJsonObject &o, const char *key, const QString &parent, qint64 earliest, qint64 latest,
                  const std::function<QString(const QString &)> &outside)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString field = at(parent, key);
        if (v.isUndefined() || v.isNull()) {
            return 0;
        }
        if (!v.isDouble()) {
            fail(field, tr("not a number"));
            return 0;
        }
        const double d = v.toDouble();
        if (d == 0) {
            return 0;
        }
        if (!std::isfinite(d) || d != std::floor(d)) {
            fail(field, tr("%1 is not a whole number").arg(shown(d)));
            return 0;
        }
        if (d < double(earliest) || d > double(latest)) {
            fail(field, outside(readable(d)));
            return 0;
        }
        return qint64(d);
    }

    // A moment within the meeting's window.
    qint64 time(const QJsonObject &o, const char *key, const QString &parent)
    {
        return moment(o, key, parent, m_window.earliest, m_window.latest, [this](const QString &value) {
            return tr("%1 is more than %2 days from the meeting (%3)")
                .arg(value)
                .arg(TimeWindow::marginMs / DayMs)
                .arg(QDateTime::fromMSecsSinceEpoch(m_reference, Qt::UTC).date().toString(Qt::ISODate));
        });
    }

    void setWindow(qint64 startedAt, qint64 savedAt)
    {
        m_reference = startedAt > 0 ? startedAt : savedAt;
        m_window = TimeWindow::around(startedAt, savedAt);
    }
    qint64 windowMs() const { return m_window.latest - m_window.earliest; }

    // A moment as a person reads it; a number no calendar holds as the file wrote it.
    static QString readable(double ms)
    {
        if (!(ms >= double(earliestPlausibleMs) - 1e14 && ms <= double(latestPlausibleMs) + 1e14)) {
            return shown(ms);
        }
        return QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    }

private:
    qint64 m_reference = 0; // the meeting's day, as messages name it
    TimeWindow m_window;
};

std::optional<Person> personFrom(Fields &f, const QJsonObject &o, const char *key, const QString &parent)
{
    const QJsonObject p = f.object(o, key, parent, false);
    if (p.isEmpty()) {
        return std::nullopt;
    }
    const QString field = Fields::at(parent, key);
    Person person {f.string(p, "name", field, false), f.string(p, "github", field, false)};
    if (person.name.isEmpty() && person.github.isEmpty()) {
        return std::nullopt;
    }
    return person;
}

QDate dateFrom(Fields &f, const QJsonObject &o, const char *key, const QString &parent)
{
    const QString text = f.string(o, key, parent, false);
    if (text.isEmpty()) {
        return {};
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        f.fail(Fields::at(parent, key), tr("“%1” is not a date (YYYY-MM-DD)").arg(text));
    }
    return date;
}

QTime clockTimeFrom(Fields &f, const QJsonObject &o, const char *key, const QString &parent)
{
    const QString text = f.string(o, key, parent, false);
    if (text.isEmpty()) {
        return {};
    }
    const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!time.isValid()) {
        f.fail(Fields::at(parent, key), tr("“%1” is not a time of day (HH:mm)").arg(text));
    }
    return time;
}

void itemsFrom(Fields &f, const QJsonArray &array, const QString &field, int level, QList<AgendaItem> *items,
               QSet<int> *ids)
{
    if (level > agendatree::maxDepth) {
        f.fail(QStringLiteral("meeting.items"),
               tr("the agenda is nested more than %1 levels deep").arg(agendatree::maxDepth));
        return;
    }
    for (qsizetype i = 0; i < array.size() && !f.failed(); ++i) {
        const QString here = QStringLiteral("%1[%2]").arg(field).arg(i);
        if (!array.at(i).isObject()) {
            f.fail(here, tr("not an agenda item"));
            return;
        }
        const QJsonObject o = array.at(i).toObject();
        AgendaItem item;
        item.id = int(f.integer(o, "id", here, true, 1, std::numeric_limits<int>::max()).value_or(0));
        item.title = f.string(o, "title", here, true);
        if (f.failed()) {
            return;
        }
        if (ids->contains(item.id)) {
            f.fail(Fields::at(here, "id"), tr("%1 is used by another item too").arg(item.id));
            return;
        }
        ids->insert(item.id);
        const QJsonValue minutes = o.value(QStringLiteral("minutes"));
        if (minutes.isDouble() && minutes.toDouble() > durations::maxMinutes) {
            f.fail(Fields::at(here, "minutes"), tr("%1 minutes is over 24 hours").arg(shown(minutes.toDouble())));
            return;
        }
        if (const auto planned = f.integer(o, "minutes", here, false, 0, durations::maxMinutes)) {
            item.minutes = int(*planned);
        }
        const QJsonArray speakers = f.array(o, "speakers", here, false);
        for (const QJsonValue &s : speakers) {
            item.speakers.append(s.toString());
        }
        item.text = f.string(o, "text", here, false);
        const QJsonArray children = f.array(o, "children", here, false);
        itemsFrom(f, children, Fields::at(here, "children"), level + 1, &item.children, ids);
        items->append(item);
    }
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

QByteArray toBytes(const SessionData &data)
{
    return QJsonDocument(toJson(data)).toJson(QJsonDocument::Indented);
}

bool fromJson(const QJsonObject &original, SessionData *data, QString *error)
{
    if (original.value(QStringLiteral("schema")).toString() != QLatin1String("gavel-session")) {
        *error = original.contains(QStringLiteral("schema"))
            ? tr("not a Gavel session file (its schema is “%1”)")
                  .arg(original.value(QStringLiteral("schema")).toString())
            : tr("not a Gavel session file (it has no “schema”: “gavel-session”)");
        return false;
    }
    Fields f;
    const std::optional<qint64> version = f.integer(original, "version", QString(), true, 1, 1000000);
    if (!version) {
        *error = f.error;
        return false;
    }
    if (*version > SessionData::schemaVersion) {
        *error = tr("session format version %1 is newer than this Gavel reads (up to %2); open it with a newer Gavel")
                     .arg(*version)
                     .arg(SessionData::schemaVersion);
        return false;
    }
    const QJsonObject json = migrated(original, int(*version));

    SessionData d;
    d.series = f.string(json, "series", QString(), false);
    d.sourceAgenda = f.string(json, "sourceAgenda", QString(), false);
    const QJsonObject m = f.object(json, "meeting", QString(), true);
    const QJsonObject run = f.object(json, "run", QString(), true);
    if (!f.failed() && !json.value(QStringLiteral("savedAt")).isDouble()) {
        f.fail(QStringLiteral("savedAt"),
               json.contains(QStringLiteral("savedAt")) ? tr("not a number") : tr("missing"));
    }
    d.savedAt = f.moment(json, "savedAt", QString(), earliestPlausibleMs, latestPlausibleMs, [](const QString &value) {
        return tr("%1 is not a time Gavel could have saved at").arg(value);
    });
    // The run's start and the last save anchor every other time in the file. (The start may come
    // after the save: a computer's clock can be set back between two runs.)
    d.run.startedAt = f.moment(run, "startedAt", QStringLiteral("run"), earliestPlausibleMs, latestPlausibleMs,
                               [](const QString &value) { return tr("%1 is not a time a meeting ran at").arg(value); });
    if (f.failed()) {
        *error = f.error;
        return false;
    }
    f.setWindow(d.run.startedAt, d.savedAt);

    // The meeting as the agenda gave it, with the chair's edits.
    d.meeting.title = f.string(m, "title", QStringLiteral("meeting"), false);
    const QJsonObject time = f.object(m, "time", QStringLiteral("meeting"), false);
    d.meeting.time.date = dateFrom(f, time, "date", QStringLiteral("meeting.time"));
    d.meeting.time.start = clockTimeFrom(f, time, "start", QStringLiteral("meeting.time"));
    d.meeting.time.end = clockTimeFrom(f, time, "end", QStringLiteral("meeting.time"));
    if (const auto offset
        = f.integer(time, "utcOffsetSeconds", QStringLiteral("meeting.time"), false, -18 * 3600, 18 * 3600)) {
        d.meeting.time.utcOffsetSeconds = int(*offset);
    }
    const QJsonObject join = f.object(m, "join", QStringLiteral("meeting"), false);
    d.meeting.join = {f.string(join, "url", QStringLiteral("meeting.join"), false),
                      f.string(join, "meetingId", QStringLiteral("meeting.join"), false),
                      f.string(join, "password", QStringLiteral("meeting.join"), false)};
    d.meeting.chair = personFrom(f, m, "chair", QStringLiteral("meeting"));
    d.meeting.viceChair = personFrom(f, m, "viceChair", QStringLiteral("meeting"));
    const QJsonArray roster = f.array(m, "roster", QStringLiteral("meeting"), false);
    for (qsizetype i = 0; i < roster.size(); ++i) {
        if (!roster.at(i).isObject()) {
            continue; // a null entry names nobody
        }
        const QString here = QStringLiteral("meeting.roster[%1]").arg(i);
        const QJsonObject p = roster.at(i).toObject();
        const Person person {f.string(p, "name", here, false), f.string(p, "github", here, false)};
        if (!person.name.isEmpty() || !person.github.isEmpty()) {
            d.meeting.roster.append(person);
        }
    }
    QSet<int> itemIds;
    itemsFrom(f, f.array(m, "items", QStringLiteral("meeting"), true), QStringLiteral("meeting.items"), 1,
              &d.meeting.items, &itemIds);
    if (f.failed()) {
        *error = f.error;
        return false;
    }

    // The run: every time within the meeting's window, every figure within a day.
    const QString phase = f.string(run, "phase", QStringLiteral("run"), true);
    bool known = false;
    for (RunState::Phase p :
         {RunState::Phase::NotStarted, RunState::Phase::Running, RunState::Phase::Paused, RunState::Phase::Ended}) {
        if (phase == QLatin1String(phaseName(p))) {
            d.run.phase = p;
            known = true;
        }
    }
    if (!f.failed() && !known) {
        f.fail(QStringLiteral("run.phase"), tr("“%1” is not a meeting state").arg(phase));
    }
    d.run.endedAt = f.time(run, "endedAt", QStringLiteral("run"));
    d.run.segmentStart = f.time(run, "segmentStart", QStringLiteral("run"));
    d.run.pauseStart = f.time(run, "pauseStart", QStringLiteral("run"));
    const bool active = d.run.phase == RunState::Phase::Running || d.run.phase == RunState::Phase::Paused;
    d.run.currentId = int(
        f.integer(run, "currentId", QStringLiteral("run"), active, 0, std::numeric_limits<int>::max()).value_or(0));
    if (!f.failed() && active && d.run.currentId == 0) {
        f.fail(QStringLiteral("run.currentId"), tr("no item is current, but the meeting is %1").arg(phase));
    }
    if (!f.failed() && d.run.currentId != 0) {
        if (!itemIds.contains(d.run.currentId)) {
            f.fail(QStringLiteral("run.currentId"), tr("item %1 is not in the agenda").arg(d.run.currentId));
        } else if (active && !agendatree::runOrder(d.meeting.items).contains(d.run.currentId)) {
            f.fail(QStringLiteral("run.currentId"),
                   tr("item %1 is not one that runs: its parts run in turn").arg(d.run.currentId));
        }
    }
    const QJsonArray runItems = f.array(run, "items", QStringLiteral("run"), false);
    const QString oneDay = tr("24 hours");
    for (qsizetype i = 0; i < runItems.size() && !f.failed(); ++i) {
        const QString here = QStringLiteral("run.items[%1]").arg(i);
        const QJsonObject o = runItems.at(i).toObject();
        const int id = int(f.integer(o, "id", here, true, 1, std::numeric_limits<int>::max()).value_or(0));
        if (f.failed()) {
            break;
        }
        if (!itemIds.contains(id)) {
            f.fail(Fields::at(here, "id"), tr("item %1 is not in the agenda").arg(id));
            break;
        }
        if (d.run.items.contains(id)) {
            f.fail(Fields::at(here, "id"), tr("item %1 is listed twice").arg(id));
            break;
        }
        ItemRun r;
        r.startedAt = f.time(o, "startedAt", here);
        r.endedAt = f.time(o, "endedAt", here);
        r.elapsedMs = f.figure(o, "elapsedMs", here, durations::maxMs, oneDay);
        r.pausedMs = f.figure(o, "pausedMs", here, f.windowMs(),
                              tr("the %1 days the meeting's times may span").arg(f.windowMs() / DayMs));
        const QJsonValue extra = o.value(QStringLiteral("extraSeconds"));
        if (extra.isDouble() && std::fabs(extra.toDouble()) > double(durations::maxMs / 1000)) {
            f.fail(Fields::at(here, "extraSeconds"), tr("%1 s is over 24 hours").arg(shown(extra.toDouble())));
            break;
        }
        r.extraSeconds = int(
            f.integer(o, "extraSeconds", here, false, -durations::maxMs / 1000, durations::maxMs / 1000).value_or(0));
        r.done = f.boolean(o, "done", here);
        r.skipped = f.boolean(o, "skipped", here);
        d.run.items.insert(id, r);
    }

    // Notes, attendance and minutes: the chair's words, kept as written. Their item ids may name
    // an item deleted during the meeting: the words stay.
    const QJsonArray notes = f.array(json, "notes", QString(), false);
    for (qsizetype i = 0; i < notes.size() && !f.failed(); ++i) {
        const QString here = QStringLiteral("notes[%1]").arg(i);
        const QJsonObject o = notes.at(i).toObject();
        const int itemId = int(f.integer(o, "itemId", here, true, 0, std::numeric_limits<int>::max()).value_or(0));
        d.notes.insert(itemId, f.string(o, "text", here, false));
    }
    const QJsonArray attendees = f.array(json, "attendance", QString(), false);
    for (qsizetype i = 0; i < attendees.size() && !f.failed(); ++i) {
        const QString here = QStringLiteral("attendance[%1]").arg(i);
        const QJsonObject o = attendees.at(i).toObject();
        Attendee a;
        a.name = f.string(o, "name", here, false);
        a.github = f.string(o, "github", here, false);
        if (!f.failed() && a.name.isEmpty() && a.github.isEmpty()) {
            f.fail(here, tr("neither a name nor a GitHub handle"));
        }
        const QString source = f.string(o, "source", here, true);
        const QString status = f.string(o, "status", here, true);
        if (!f.failed() && !attendance::sourceFromId(source, &a.source)) {
            f.fail(Fields::at(here, "source"), tr("“%1” is not a source Gavel knows").arg(source));
        }
        if (!f.failed() && !attendance::statusFromId(status, &a.status)) {
            f.fail(Fields::at(here, "status"), tr("“%1” is not an attendance status Gavel knows").arg(status));
        }
        a.checkedInAt = f.time(o, "checkedInAt", here);
        a.leftAt = f.time(o, "leftAt", here);
        d.attendees.append(a);
    }
    for (const QJsonValue &v : f.array(json, "exports", QString(), false)) {
        if (v.isString()) {
            d.exports.append(v.toString());
        }
    }
    const QJsonObject minutes = f.object(json, "minutes", QString(), false);
    const QJsonArray decisions = f.array(minutes, "decisions", QStringLiteral("minutes"), false);
    for (qsizetype i = 0; i < decisions.size() && !f.failed(); ++i) {
        const QString here = QStringLiteral("minutes.decisions[%1]").arg(i);
        const QJsonObject o = decisions.at(i).toObject();
        Decision decision;
        decision.id = int(f.integer(o, "id", here, true, 1, std::numeric_limits<int>::max()).value_or(0));
        decision.itemId = int(f.integer(o, "itemId", here, false, 0, std::numeric_limits<int>::max()).value_or(0));
        decision.text = f.string(o, "text", here, false);
        d.minutes.decisions.append(decision);
    }
    const QJsonArray actions = f.array(minutes, "actions", QStringLiteral("minutes"), false);
    for (qsizetype i = 0; i < actions.size() && !f.failed(); ++i) {
        const QString here = QStringLiteral("minutes.actions[%1]").arg(i);
        const QJsonObject o = actions.at(i).toObject();
        ActionItem a;
        a.id = int(f.integer(o, "id", here, true, 1, std::numeric_limits<int>::max()).value_or(0));
        a.itemId = int(f.integer(o, "itemId", here, false, 0, std::numeric_limits<int>::max()).value_or(0));
        a.text = f.string(o, "text", here, false);
        a.owner = f.string(o, "owner", here, false);
        a.ownerGithub = f.string(o, "ownerGithub", here, false);
        a.due = dateFrom(f, o, "due", here);
        a.done = f.boolean(o, "done", here);
        d.minutes.actions.append(a);
    }
    d.minutes.place = f.string(minutes, "place", QStringLiteral("minutes"), false);
    d.minutes.language = f.string(minutes, "language", QStringLiteral("minutes"), false);
    const QJsonObject next = f.object(minutes, "next", QStringLiteral("minutes"), false);
    d.minutes.next.date = dateFrom(f, next, "date", QStringLiteral("minutes.next"));
    d.minutes.next.time = clockTimeFrom(f, next, "time", QStringLiteral("minutes.next"));
    d.minutes.next.chair = personFrom(f, next, "chair", QStringLiteral("minutes.next"));
    d.minutes.next.viceChair = personFrom(f, next, "viceChair", QStringLiteral("minutes.next"));
    d.minutes.next.note = f.string(next, "note", QStringLiteral("minutes.next"), false);

    if (f.failed()) {
        *error = f.error;
        return false;
    }
    *data = d;
    return true;
}

} // namespace gavel::sessionfile
