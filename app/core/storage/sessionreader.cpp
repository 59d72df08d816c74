// session.json read back: migrated from older versions and checked field by field, so that a
// damaged or forged file is refused with the field it got wrong, and what Gavel accepts it can
// run. sessionjson.cpp writes it.

#include "agenda/agendatree.h"
#include "agenda/durations.h"
#include "storage/jsonfields.h"
#include "storage/sessionfile.h"
#include "storage/sessionmigration.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <cmath>
#include <limits>

namespace gavel::sessionfile {

namespace {

// tr() in the context lupdate files these strings under: a free tr() would look elsewhere.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gavel::sessionfile)
};

std::optional<Person> personFrom(JsonFields &f, const QJsonObject &o, const char *key, const QString &parent)
{
    const QJsonObject p = f.object(o, key, parent, false);
    if (p.isEmpty()) {
        return std::nullopt;
    }
    const QString field = JsonFields::at(parent, key);
    Person person {f.string(p, "name", field, false), f.string(p, "github", field, false)};
    if (person.name.isEmpty() && person.github.isEmpty()) {
        return std::nullopt;
    }
    return person;
}

QDate dateFrom(JsonFields &f, const QJsonObject &o, const char *key, const QString &parent)
{
    const QString text = f.string(o, key, parent, false);
    if (text.isEmpty()) {
        return {};
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        f.fail(JsonFields::at(parent, key), Text::tr("“%1” is not a date (YYYY-MM-DD)").arg(text));
    }
    return date;
}

QTime clockTimeFrom(JsonFields &f, const QJsonObject &o, const char *key, const QString &parent)
{
    const QString text = f.string(o, key, parent, false);
    if (text.isEmpty()) {
        return {};
    }
    const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!time.isValid()) {
        f.fail(JsonFields::at(parent, key), Text::tr("“%1” is not a time of day (HH:mm)").arg(text));
    }
    return time;
}

void itemsFrom(JsonFields &f, const QJsonArray &array, const QString &field, int level, QList<AgendaItem> *items,
               QSet<int> *ids)
{
    if (level > agendatree::maxDepth) {
        f.fail(QStringLiteral("meeting.items"),
               Text::tr("the agenda is nested more than %1 levels deep").arg(agendatree::maxDepth));
        return;
    }
    for (qsizetype i = 0; i < array.size() && !f.failed(); ++i) {
        const QString here = QStringLiteral("%1[%2]").arg(field).arg(i);
        if (!array.at(i).isObject()) {
            f.fail(here, Text::tr("not an agenda item"));
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
            f.fail(JsonFields::at(here, "id"), Text::tr("%1 is used by another item too").arg(item.id));
            return;
        }
        ids->insert(item.id);
        const QJsonValue minutes = o.value(QStringLiteral("minutes"));
        if (minutes.isDouble() && minutes.toDouble() > durations::maxMinutes) {
            f.fail(JsonFields::at(here, "minutes"),
                   Text::tr("%1 minutes is over 24 hours").arg(JsonFields::shown(minutes.toDouble())));
            return;
        }
        if (const auto planned = f.integer(o, "minutes", here, false, 0, durations::maxMinutes)) {
            item.minutes = int(*planned);
        }
        const QJsonArray speakers = f.array(o, "speakers", here, false);
        for (const QJsonValue &s : speakers) {
            item.speakers.append(s.toString());
        }
        const QJsonArray names = f.array(o, "speakerNames", here, false);
        for (const QJsonValue &s : names) {
            item.speakerNames.append(s.toString());
        }
        item.text = f.string(o, "text", here, false);
        item.description = f.string(o, "description", here, false);
        const QJsonArray children = f.array(o, "children", here, false);
        itemsFrom(f, children, JsonFields::at(here, "children"), level + 1, &item.children, ids);
        items->append(item);
    }
}

// The meeting as the agenda gave it, with the chair's edits; the ids of its items in *itemIds.
void readMeeting(JsonFields &f, const QJsonObject &m, Meeting &meeting, QSet<int> *itemIds)
{
    meeting.title = f.string(m, "title", QStringLiteral("meeting"), false);
    meeting.topic = f.string(m, "topic", QStringLiteral("meeting"), false);
    const QJsonObject time = f.object(m, "time", QStringLiteral("meeting"), false);
    meeting.time.date = dateFrom(f, time, "date", QStringLiteral("meeting.time"));
    meeting.time.start = clockTimeFrom(f, time, "start", QStringLiteral("meeting.time"));
    meeting.time.end = clockTimeFrom(f, time, "end", QStringLiteral("meeting.time"));
    meeting.time.text = f.string(time, "text", QStringLiteral("meeting.time"), false);
    if (const auto offset
        = f.integer(time, "utcOffsetSeconds", QStringLiteral("meeting.time"), false, -18 * 3600, 18 * 3600)) {
        meeting.time.utcOffsetSeconds = int(*offset);
    }
    const QJsonObject join = f.object(m, "join", QStringLiteral("meeting"), false);
    meeting.join = {f.string(join, "url", QStringLiteral("meeting.join"), false),
                    f.string(join, "meetingId", QStringLiteral("meeting.join"), false),
                    f.string(join, "password", QStringLiteral("meeting.join"), false)};
    meeting.chair = personFrom(f, m, "chair", QStringLiteral("meeting"));
    meeting.viceChair = personFrom(f, m, "viceChair", QStringLiteral("meeting"));
    const QJsonArray roster = f.array(m, "roster", QStringLiteral("meeting"), false);
    for (qsizetype i = 0; i < roster.size(); ++i) {
        if (!roster.at(i).isObject()) {
            continue; // a null entry names nobody
        }
        const QString here = QStringLiteral("meeting.roster[%1]").arg(i);
        const QJsonObject p = roster.at(i).toObject();
        const Person person {f.string(p, "name", here, false), f.string(p, "github", here, false)};
        if (!person.name.isEmpty() || !person.github.isEmpty()) {
            meeting.roster.append(person);
        }
    }
    itemsFrom(f, f.array(m, "items", QStringLiteral("meeting"), true), QStringLiteral("meeting.items"), 1,
              &meeting.items, itemIds);
}

// The run: every time within the meeting's window, every figure within a day, every item id in
// the agenda, the current item one that runs.
void readRun(JsonFields &f, const QJsonObject &run, const QList<AgendaItem> &items, const QSet<int> &itemIds,
             RunState &state)
{
    const QString phase = f.string(run, "phase", QStringLiteral("run"), true);
    bool known = false;
    for (RunState::Phase p :
         {RunState::Phase::NotStarted, RunState::Phase::Running, RunState::Phase::Paused, RunState::Phase::Ended}) {
        if (phase == QLatin1String(phaseId(p))) {
            state.phase = p;
            known = true;
        }
    }
    if (!f.failed() && !known) {
        f.fail(QStringLiteral("run.phase"), Text::tr("“%1” is not a meeting state").arg(phase));
    }
    state.endedAt = f.time(run, "endedAt", QStringLiteral("run"));
    state.segmentStart = f.time(run, "segmentStart", QStringLiteral("run"));
    state.pauseStart = f.time(run, "pauseStart", QStringLiteral("run"));
    const bool active = state.phase == RunState::Phase::Running || state.phase == RunState::Phase::Paused;
    state.currentId = int(
        f.integer(run, "currentId", QStringLiteral("run"), active, 0, std::numeric_limits<int>::max()).value_or(0));
    if (!f.failed() && active && state.currentId == 0) {
        f.fail(QStringLiteral("run.currentId"), Text::tr("no item is current, but the meeting is %1").arg(phase));
    }
    if (!f.failed() && state.currentId != 0) {
        if (!itemIds.contains(state.currentId)) {
            f.fail(QStringLiteral("run.currentId"), Text::tr("item %1 is not in the agenda").arg(state.currentId));
        } else if (active && !agendatree::runOrder(items).contains(state.currentId)) {
            f.fail(QStringLiteral("run.currentId"),
                   Text::tr("item %1 is not one that runs: its parts run in turn").arg(state.currentId));
        }
    }
    const QJsonArray runItems = f.array(run, "items", QStringLiteral("run"), false);
    const QString oneDay = Text::tr("24 hours");
    for (qsizetype i = 0; i < runItems.size() && !f.failed(); ++i) {
        const QString here = QStringLiteral("run.items[%1]").arg(i);
        const QJsonObject o = runItems.at(i).toObject();
        const int id = int(f.integer(o, "id", here, true, 1, std::numeric_limits<int>::max()).value_or(0));
        if (f.failed()) {
            break;
        }
        if (!itemIds.contains(id)) {
            f.fail(JsonFields::at(here, "id"), Text::tr("item %1 is not in the agenda").arg(id));
            break;
        }
        if (state.items.contains(id)) {
            f.fail(JsonFields::at(here, "id"), Text::tr("item %1 is listed twice").arg(id));
            break;
        }
        ItemRun r;
        r.startedAt = f.time(o, "startedAt", here);
        r.endedAt = f.time(o, "endedAt", here);
        r.elapsedMs = f.figure(o, "elapsedMs", here, durations::maxMs, oneDay);
        r.pausedMs
            = f.figure(o, "pausedMs", here, f.windowMs(),
                       Text::tr("the %1 days the meeting's times may span").arg(f.windowMs() / TimeWindow::dayMs));
        const QJsonValue extra = o.value(QStringLiteral("extraSeconds"));
        if (extra.isDouble() && std::fabs(extra.toDouble()) > double(durations::maxMs / 1000)) {
            f.fail(JsonFields::at(here, "extraSeconds"),
                   Text::tr("%1 s is over 24 hours").arg(JsonFields::shown(extra.toDouble())));
            break;
        }
        r.extraSeconds = int(
            f.integer(o, "extraSeconds", here, false, -durations::maxMs / 1000, durations::maxMs / 1000).value_or(0));
        r.done = f.boolean(o, "done", here);
        r.skipped = f.boolean(o, "skipped", here);
        state.items.insert(id, r);
    }
}

// Notes, attendance and minutes: the chair's words, kept as written. Their item ids may name an
// item deleted during the meeting: the words stay.
void readRecords(JsonFields &f, const QJsonObject &json, SessionData &d)
{
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
            f.fail(here, Text::tr("neither a name nor a GitHub handle"));
        }
        const QString source = f.string(o, "source", here, true);
        const QString status = f.string(o, "status", here, true);
        if (!f.failed() && !attendance::sourceFromId(source, &a.source)) {
            f.fail(JsonFields::at(here, "source"), Text::tr("“%1” is not a source Gavel knows").arg(source));
        }
        if (!f.failed() && !attendance::statusFromId(status, &a.status)) {
            f.fail(JsonFields::at(here, "status"),
                   Text::tr("“%1” is not an attendance status Gavel knows").arg(status));
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
    d.minutes.choices.layout = f.string(minutes, "layout", QStringLiteral("minutes"), false);
    d.minutes.choices.recording = f.string(minutes, "recording", QStringLiteral("minutes"), false);
    d.minutes.choices.attendeeList = f.boolean(minutes, "attendeeList", QStringLiteral("minutes"));
    d.minutes.choices.timingTable = f.boolean(minutes, "timingTable", QStringLiteral("minutes"));
    const QString unreached = f.string(minutes, "unreached", QStringLiteral("minutes"), false);
    if (!f.failed() && !unreached.isEmpty() && unreached != QLatin1String("omit")
        && unreached != QLatin1String("mark")) {
        f.fail(JsonFields::at(QStringLiteral("minutes"), "unreached"),
               Text::tr("“%1” is neither “omit” nor “mark”").arg(unreached));
    }
    d.minutes.choices.markUnreached = unreached == QLatin1String("mark");
    const QJsonObject next = f.object(minutes, "next", QStringLiteral("minutes"), false);
    d.minutes.next.date = dateFrom(f, next, "date", QStringLiteral("minutes.next"));
    d.minutes.next.time = clockTimeFrom(f, next, "time", QStringLiteral("minutes.next"));
    d.minutes.next.chair = personFrom(f, next, "chair", QStringLiteral("minutes.next"));
    d.minutes.next.viceChair = personFrom(f, next, "viceChair", QStringLiteral("minutes.next"));
    d.minutes.next.note = f.string(next, "note", QStringLiteral("minutes.next"), false);
}

} // namespace

bool fromJson(const QJsonObject &original, SessionData *data, QString *error)
{
    if (original.value(QStringLiteral("schema")).toString() != QLatin1String("gavel-session")) {
        *error = original.contains(QStringLiteral("schema"))
            ? Text::tr("not a Gavel session file (its schema is “%1”)")
                  .arg(original.value(QStringLiteral("schema")).toString())
            : Text::tr("not a Gavel session file (it has no “schema”: “gavel-session”)");
        return false;
    }
    JsonFields f;
    const std::optional<qint64> version = f.integer(original, "version", QString(), true, 1, 1000000);
    if (!version) {
        *error = f.error;
        return false;
    }
    if (*version > SessionData::schemaVersion) {
        *error = Text::tr(
                     "session format version %1 is newer than this Gavel reads (up to %2); open it with a newer Gavel")
                     .arg(*version)
                     .arg(SessionData::schemaVersion);
        return false;
    }
    const QJsonObject json = sessionmigration::migrated(original, int(*version));

    SessionData d;
    d.series = f.string(json, "series", QString(), false);
    d.sourceAgenda = f.string(json, "sourceAgenda", QString(), false);
    d.sourceAddress = f.string(json, "sourceAddress", QString(), false);
    d.sourceMeetingDate = dateFrom(f, json, "sourceMeetingDate", QString());
    const QJsonObject m = f.object(json, "meeting", QString(), true);
    const QJsonObject run = f.object(json, "run", QString(), true);
    if (!f.failed() && !json.value(QStringLiteral("savedAt")).isDouble()) {
        f.fail(QStringLiteral("savedAt"),
               json.contains(QStringLiteral("savedAt")) ? Text::tr("not a number") : Text::tr("missing"));
    }
    d.savedAt = f.moment(json, "savedAt", QString(), earliestPlausibleMs, latestPlausibleMs, [](const QString &value) {
        return Text::tr("%1 is not a time Gavel could have saved at").arg(value);
    });
    // The run's start and the last save anchor every other time in the file. (The start may come
    // after the save: a computer's clock can be set back between two runs.)
    d.run.startedAt
        = f.moment(run, "startedAt", QStringLiteral("run"), earliestPlausibleMs, latestPlausibleMs,
                   [](const QString &value) { return Text::tr("%1 is not a time a meeting ran at").arg(value); });
    if (f.failed()) {
        *error = f.error;
        return false;
    }
    f.setWindow(d.run.startedAt, d.savedAt);

    QSet<int> itemIds;
    readMeeting(f, m, d.meeting, &itemIds);
    if (f.failed()) {
        *error = f.error;
        return false;
    }
    readRun(f, run, d.meeting.items, itemIds, d.run);
    readRecords(f, json, d);
    if (f.failed()) {
        *error = f.error;
        return false;
    }
    *data = d;
    return true;
}

} // namespace gavel::sessionfile
