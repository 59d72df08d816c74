#pragma once

#include "agenda/meeting.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace gavel {

// One person on the meeting's roster and what the chair recorded about them.
struct Attendee
{
    enum class Source { Invited, Chair, ViceChair, Speaker, Newcomer, Regular, WalkIn };
    enum class Status { Expected, Present, Late, LeftEarly, Excused, Absent };

    QString name;
    QString github;
    Source source = Source::Invited;
    Status status = Status::Expected;
    qint64 checkedInAt = 0; // Clock::nowMs(); 0 = not checked in
    qint64 leftAt = 0; // left early at; 0 = did not leave

    // Merge key: the GitHub handle case-insensitively, else the name.
    QString key() const;
    bool attended() const { return status == Status::Present || status == Status::Late || status == Status::LeftEarly; }
    QString displayName() const { return name.isEmpty() ? github : name; }

    bool operator==(const Attendee &o) const
    {
        return name == o.name && github == o.github && source == o.source && status == o.status
            && checkedInAt == o.checkedInAt && leftAt == o.leftAt;
    }
};

namespace attendance {

QString keyFor(const QString &name, const QString &github);
// The keys under which a series knows someone: their key, and their name too, so that someone
// an earlier meeting recorded by name only is known when they come back with a handle.
QStringList knownAs(const Attendee &attendee);

// Names for files (CSV, session JSON): "invited", "walk-in", "left-early", ...
QString sourceId(Attendee::Source source);
bool sourceFromId(const QString &id, Attendee::Source *source);
QString statusId(Attendee::Status status);
bool statusFromId(const QString &id, Attendee::Status *status);
// Words for people: "Invited", "Walk-in", "Left early", ...
QString sourceText(Attendee::Source source);
QString statusText(Attendee::Status status);

} // namespace attendance
} // namespace gavel
