#include "minutes/calendarinvite.h"

#include "minutes/agendawords.h"

#include <QCryptographicHash>
#include <QStringList>
#include <QTimeZone>

#include <libical/ical.h>

#include <memory>

namespace gavel::calendarinvite {

using agendawords::isTencent;
using agendawords::Labels;
using agendawords::labelsFor;

namespace {

struct FreeComponent
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, FreeComponent>;

// libical escapes TEXT (backslash, semicolon, comma, newline); a CR would pass through as is.
QByteArray textValue(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text.toUtf8();
}

// A wall-clock time (floating until a TZID parameter names its zone), or a UTC one (…Z).
icaltimetype icalDateTime(const QDateTime &when, bool utc)
{
    const QDate date = when.date();
    const QTime time = when.time();
    icaltimetype t = icaltime_null_time();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    t.hour = time.hour();
    t.minute = time.minute();
    t.second = time.second();
    t.zone = utc ? icaltimezone_get_utc_timezone() : nullptr;
    return t;
}

icaltimetype icalDate(const QDate &date)
{
    icaltimetype t = icaltime_null_date();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    return t;
}

// This computer's zone as libical knows it, with the zone's VTIMEZONE renamed to the plain IANA
// id: libical calls its zones "/freeassociation.sourceforge.net/Asia/Shanghai", which calendar
// apps do not recognise. Null (write UTC times) for UTC itself and for zones libical lacks.
icalcomponent *systemVTimezone(const QByteArray &tzid)
{
    if (tzid.isEmpty()) {
        return nullptr;
    }
    icaltimezone *zone = icaltimezone_get_builtin_timezone(tzid.constData());
    if (!zone || zone == icaltimezone_get_utc_timezone()) {
        return nullptr;
    }
    icalcomponent *own = icaltimezone_get_component(zone); // owned by libical's zone table
    if (!own) {
        return nullptr;
    }
    icalcomponent *vtimezone = icalcomponent_new_clone(own);
    icalproperty *id = icalcomponent_get_first_property(vtimezone, ICAL_TZID_PROPERTY);
    if (id) {
        icalproperty_set_tzid(id, tzid.constData());
    } else {
        icalcomponent_add_property(vtimezone, icalproperty_new_tzid(tzid.constData()));
    }
    return vtimezone;
}

// DTSTART and DTEND of a meeting with a start time; returns the VTIMEZONE they refer to, if any.
Component addTimes(icalcomponent *event, const Meeting &next)
{
    const MeetingTime &t = next.time;
    QByteArray tzid;
    QTimeZone zone;
    Component vtimezone;
    if (t.utcOffsetSeconds) {
        // A stated offset is not a place: a VTIMEZONE for it would need an invented TZID that
        // calendar apps may fail to match, or match to the wrong zone, and would say no more than
        // the offset. UTC times (RFC 5545 3.3.5, form #2) name the same instant without inventing
        // anything, and every calendar shows them in its reader's own zone.
        zone = QTimeZone(*t.utcOffsetSeconds);
    } else {
        // No zone stated: the chair prepares the invite where the meeting is held.
        tzid = QTimeZone::systemTimeZoneId();
        zone = QTimeZone(tzid);
        vtimezone.reset(systemVTimezone(tzid));
    }
    const auto at = [&zone](const QDate &date, const QTime &time) {
        return zone.isValid() ? QDateTime(date, time, zone) : QDateTime(date, time);
    };
    const QDateTime start = at(t.date, t.start);
    QDateTime end;
    if (t.end.isValid()) {
        end = at(t.endDate(), t.end);
    } else if (next.plannedMinutes() > 0) {
        end = start.addSecs(qint64(next.plannedMinutes()) * 60);
    }

    const auto property = [&](icalproperty *(*make)(icaltimetype), const QDateTime &when) {
        icalproperty *p = vtimezone ? make(icalDateTime(when, false)) : make(icalDateTime(when.toUTC(), true));
        if (vtimezone) {
            icalproperty_add_parameter(p, icalparameter_new_tzid(tzid.constData()));
        }
        icalcomponent_add_property(event, p);
    };
    property(icalproperty_new_dtstart, start);
    // RFC 5545 3.8.2.2: DTEND is later than DTSTART, or absent.
    if (end.isValid() && end > start) {
        property(icalproperty_new_dtend, end);
    }
    return vtimezone;
}

QString descriptionOf(const Meeting &next, bool zh)
{
    const Labels labels = labelsFor(zh);
    QStringList description;
    if (next.chair) {
        QString who = next.chair->name;
        if (!next.chair->github.isEmpty() && next.chair->github.compare(who, Qt::CaseInsensitive) != 0) {
            who = who.isEmpty() ? next.chair->github : who + labels.open + next.chair->github + labels.close;
        }
        const QString label = zh ? QStringLiteral("主席") : QStringLiteral("Chair");
        description << label + labels.colon + who;
    }
    if (!next.join.url.isEmpty()) {
        description << (zh ? QStringLiteral("入会链接") : QStringLiteral("Join")) + labels.colon + next.join.url;
    }
    if (!next.join.meetingId.isEmpty()) {
        description << (isTencent(next.join) ? labels.tencent : labels.meetingId) + labels.colon + next.join.meetingId;
    }
    if (!next.join.password.isEmpty()) {
        description << labels.password + labels.colon + next.join.password;
    }
    return description.join(QLatin1Char('\n'));
}

} // namespace

QString write(const Meeting &next, const QString &series, const QDateTime &madeAt, bool zh)
{
    if (!next.time.date.isValid()) {
        return {};
    }
    const Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Gavel//Gavel//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));

    Component event(icalcomponent_new(ICAL_VEVENT_COMPONENT));
    const QString dateIso = next.time.date.toString(Qt::ISODate);
    const QByteArray hash
        = QCryptographicHash::hash((series + QLatin1Char('\n') + next.title + QLatin1Char('\n') + dateIso).toUtf8(),
                                   QCryptographicHash::Sha1)
              .toHex()
              .left(16);
    const QByteArray uid = dateIso.toLatin1() + '-' + hash + "@gavel";
    icalcomponent_add_property(event.get(), icalproperty_new_uid(uid.constData()));
    icalcomponent_add_property(event.get(), icalproperty_new_dtstamp(icalDateTime(madeAt.toUTC(), true)));

    Component vtimezone;
    if (next.time.start.isValid()) {
        vtimezone = addTimes(event.get(), next);
    } else {
        icalcomponent_add_property(event.get(), icalproperty_new_dtstart(icalDate(next.time.date)));
        icalcomponent_add_property(event.get(), icalproperty_new_dtend(icalDate(next.time.date.addDays(1))));
    }
    icalcomponent_add_property(event.get(), icalproperty_new_summary(textValue(next.title).constData()));
    const QString description = descriptionOf(next, zh);
    if (!description.isEmpty()) {
        icalcomponent_add_property(event.get(), icalproperty_new_description(textValue(description).constData()));
    }
    if (!next.join.url.isEmpty()) {
        icalcomponent_add_property(event.get(), icalproperty_new_url(next.join.url.toUtf8().constData()));
    }

    // The calendar owns what is added to it.
    if (vtimezone) {
        icalcomponent_add_component(calendar.get(), vtimezone.release());
    }
    icalcomponent_add_component(calendar.get(), event.release());
    char *text = icalcomponent_as_ical_string_r(calendar.get());
    const QString ics = QString::fromUtf8(text);
    icalmemory_free_buffer(text);
    return ics;
}

} // namespace gavel::calendarinvite
