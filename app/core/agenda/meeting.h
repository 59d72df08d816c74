#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace gavel {

// Someone taking part; either field may be empty, never both.
struct Person
{
    QString name;
    QString github; // GitHub handle, as written (case kept)

    bool operator==(const Person &other) const { return name == other.name && github == other.github; }
};

struct JoinInfo
{
    QString url;
    QString meetingId; // digits and dashes as written
    QString password;
};

struct AgendaItem
{
    int id = 0; // unique within a session; 0 until the session assigns one
    QString title;
    std::optional<int> minutes; // planned; nullopt when the agenda does not say
    QStringList speakers; // GitHub handles, and names where the agenda gives no handle
    QString text; // free text written under the item
    QList<AgendaItem> children;
    // The entries written under the item when none of them carries a duration or a speaker, one
    // line each in document order (they are no timed parts then).
    QString description;
    // The speakers the agenda names without a GitHub handle ("Zhao Boxuan", "Andreas"): shown as
    // written, never linked, never taken for an account.
    QStringList speakerNames;

    bool operator==(const AgendaItem &o) const
    {
        return id == o.id && title == o.title && minutes == o.minutes && speakers == o.speakers
            && speakerNames == o.speakerNames && text == o.text && description == o.description
            && children == o.children;
    }
    bool operator!=(const AgendaItem &o) const { return !(*this == o); }
};

// When the meeting is, as written in the agenda: local date and times, plus the UTC
// offset when the document states one.
struct MeetingTime
{
    QDate date;
    QTime start;
    QTime end;
    std::optional<int> utcOffsetSeconds;
    QString text; // the time line's value as written ("2025/10/16 19:00-20:00 (GMT+08:00) 中国标准时间 - 北京")

    bool hasStart() const { return date.isValid() && start.isValid(); }
    bool hasEnd() const { return hasStart() && end.isValid(); }
    // The end's date: the next day when the end is earlier than the start.
    QDate endDate() const { return end.isValid() && end < start ? date.addDays(1) : date; }
};

struct Meeting
{
    QString title;
    QString topic; // the agenda's topic line (会议主题：…), when it has one
    MeetingTime time;
    JoinInfo join;
    std::optional<Person> chair;
    std::optional<Person> viceChair;
    QList<Person> roster; // the invitees named in the agenda
    QList<AgendaItem> items;

    // Sum of the top-level items' planned minutes (unknown counts as zero).
    int plannedMinutes() const;
};

} // namespace gavel
