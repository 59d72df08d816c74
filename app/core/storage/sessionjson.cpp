// session.json as Gavel writes it; sessionreader.cpp reads it back, checking every field.

#include "storage/sessionfile.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace gavel::sessionfile {

namespace {

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
        QJsonObject object {
            {QStringLiteral("id"), item.id},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("minutes"), item.minutes ? QJsonValue(*item.minutes) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("speakers"), QJsonArray::fromStringList(item.speakers)},
            {QStringLiteral("text"), item.text},
            {QStringLiteral("children"), itemsJson(item.children)},
        };
        if (!item.description.isEmpty()) {
            object.insert(QStringLiteral("description"), item.description);
        }
        if (!item.speakerNames.isEmpty()) {
            object.insert(QStringLiteral("speakerNames"), QJsonArray::fromStringList(item.speakerNames));
        }
        out.append(object);
    }
    return out;
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
        {QStringLiteral("text"), nullable(m.time.text)},
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
        {QStringLiteral("layout"), nullable(data.minutes.choices.layout)},
        {QStringLiteral("recording"), nullable(data.minutes.choices.recording)},
        {QStringLiteral("attendeeList"), data.minutes.choices.attendeeList},
        {QStringLiteral("timingTable"), data.minutes.choices.timingTable},
        {QStringLiteral("unreached"),
         data.minutes.choices.markUnreached ? QStringLiteral("mark") : QStringLiteral("omit")},
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
        {QStringLiteral("sourceAddress"), nullable(data.sourceAddress)},
        {QStringLiteral("sourceMeetingDate"), nullable(data.sourceMeetingDate.toString(Qt::ISODate))},
        {QStringLiteral("savedAt"), double(data.savedAt)},
        {QStringLiteral("savedAtText"), QDateTime::fromMSecsSinceEpoch(data.savedAt).toString(Qt::ISODateWithMs)},
        {QStringLiteral("meeting"),
         QJsonObject {
             {QStringLiteral("title"), m.title},
             {QStringLiteral("topic"), nullable(m.topic)},
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
             {QStringLiteral("phase"), QLatin1String(phaseId(data.run.phase))},
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

} // namespace gavel::sessionfile
