#include "agenda/agendajson.h"

#include "agenda/meetingtimeparser.h"

#include <QJsonArray>

namespace gavel {

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject personToJson(const Person &person)
{
    return {{QStringLiteral("name"), stringOrNull(person.name)},
            {QStringLiteral("github"), stringOrNull(person.github)}};
}

QJsonValue optionalPerson(const std::optional<Person> &person)
{
    return person ? QJsonValue(personToJson(*person)) : QJsonValue(QJsonValue::Null);
}

QJsonObject itemToJson(const AgendaItem &item)
{
    QJsonArray children;
    for (const AgendaItem &child : item.children) {
        children.append(itemToJson(child));
    }
    return {
        {QStringLiteral("title"), item.title},
        {QStringLiteral("minutes"), item.minutes ? QJsonValue(*item.minutes) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("speakers"), QJsonArray::fromStringList(item.speakers)},
        {QStringLiteral("description"), stringOrNull(item.description)},
        {QStringLiteral("children"), children},
    };
}

QJsonValue localDateTime(const QDate &date, const QTime &time)
{
    return QStringLiteral("%1T%2").arg(date.toString(Qt::ISODate), time.toString(QStringLiteral("HH:mm")));
}

} // namespace

QJsonObject agendaToJson(const Meeting &meeting)
{
    const MeetingTime &t = meeting.time;
    QJsonArray roster;
    for (const Person &person : meeting.roster) {
        roster.append(personToJson(person));
    }
    QJsonArray items;
    for (const AgendaItem &item : meeting.items) {
        items.append(itemToJson(item));
    }
    const QJsonValue null(QJsonValue::Null);
    return {
        {QStringLiteral("title"), meeting.title},
        {QStringLiteral("topic"), stringOrNull(meeting.topic)},
        {QStringLiteral("start"), t.hasStart() ? localDateTime(t.date, t.start) : null},
        {QStringLiteral("end"), t.hasEnd() ? localDateTime(t.endDate(), t.end) : null},
        {QStringLiteral("timezone"), t.utcOffsetSeconds ? QJsonValue(formatUtcOffset(*t.utcOffsetSeconds)) : null},
        {QStringLiteral("join"),
         QJsonObject {{QStringLiteral("url"), stringOrNull(meeting.join.url)},
                      {QStringLiteral("meetingId"), stringOrNull(meeting.join.meetingId)},
                      {QStringLiteral("password"), stringOrNull(meeting.join.password)}}},
        {QStringLiteral("chair"), optionalPerson(meeting.chair)},
        {QStringLiteral("viceChair"), optionalPerson(meeting.viceChair)},
        {QStringLiteral("roster"), roster},
        {QStringLiteral("items"), items},
        {QStringLiteral("plannedMinutes"), meeting.plannedMinutes()},
    };
}

} // namespace gavel
