#pragma once

#include "agenda/meeting.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace gavel {

// A decision recorded during the meeting, under an agenda item (0: the meeting as a whole).
struct Decision
{
    int id = 0;
    int itemId = 0;
    QString text;

    bool operator==(const Decision &o) const { return id == o.id && itemId == o.itemId && text == o.text; }
};

// An action item: what, who (a roster person's handle or name, or free text), by when.
struct ActionItem
{
    int id = 0;
    int itemId = 0;
    QString text;
    QString owner; // display name as chosen
    QString ownerGithub; // handle when the owner is someone on the roster with one
    QDate due;
    bool done = false;

    bool operator==(const ActionItem &o) const
    {
        return id == o.id && itemId == o.itemId && text == o.text && owner == o.owner && ownerGithub == o.ownerGithub
            && due == o.due && done == o.done;
    }
};

// What the meeting decided about the next one: it feeds 下次会议安排 and the next agenda.
struct NextMeetingPlan
{
    QDate date;
    QTime time;
    std::optional<Person> chair;
    std::optional<Person> viceChair;
    QString note; // e.g. topics announced for next time

    // The note's topics: one a line, or several on a line separated by ； or ; (the Minutes
    // window's field is one line); list markers ("- ", "1. ") and spacing dropped, empty ones left out.
    QStringList topics() const;

    bool isEmpty() const { return !date.isValid() && !time.isValid() && !chair && !viceChair && note.isEmpty(); }
    bool operator==(const NextMeetingPlan &o) const
    {
        return date == o.date && time == o.time && chair == o.chair && viceChair == o.viceChair && note == o.note;
    }
};

// How the chair wants the minutes written (the Minutes window's choices).
struct MinutesChoices
{
    QString layout; // a built-in layout's id ("classic", "agenda"); empty: the series' choice
    QString recording; // 录制文件 / Recording: a link, written when given
    bool attendeeList = false; // the attendees' names besides their number
    bool markUnreached = false; // items never reached: marked 未讨论 / Not discussed, else left out
    bool timingTable = false; // the planned-versus-actual table (no community minutes have one)

    bool operator==(const MinutesChoices &o) const
    {
        return layout == o.layout && recording == o.recording && attendeeList == o.attendeeList
            && markUnreached == o.markUnreached && timingTable == o.timingTable;
    }
};

// Everything besides notes that the minutes are written from.
struct MinutesData
{
    QList<Decision> decisions;
    QList<ActionItem> actions;
    NextMeetingPlan next;
    QString place; // 会议地点; empty: 线上会议 / Online
    QString language; // "zh" or "en"; empty: follows the agenda
    MinutesChoices choices;

    bool operator==(const MinutesData &o) const
    {
        return decisions == o.decisions && actions == o.actions && next == o.next && place == o.place
            && language == o.language && choices == o.choices;
    }
};

// "zh" when the agenda's title or items are written in Chinese, else "en".
QString agendaLanguage(const Meeting &meeting);

} // namespace gavel
