#pragma once

#include "meeting/attendee.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace gavel {

// What the series remembers of one of its meetings: when, what it was called, who was on its
// roster with what status, and its agenda's top-level items as run.
struct RecordedMeeting
{
    QDate date;
    QString title;
    QString path; // its session.json
    QList<Attendee> attendees; // name, handle and status as recorded (all statuses)
    QStringList itemTitles;

    bool operator==(const RecordedMeeting &o) const
    {
        return date == o.date && title == o.title && path == o.path && attendees == o.attendees
            && itemTitles == o.itemTitles;
    }
};

} // namespace gavel
