#pragma once

#include "agenda/meeting.h"

#include <QDateTime>

#include <optional>

namespace gavel {

// The zone a meeting's times are told in: the agenda's stated UTC offset, else this computer's
// (an agenda without one means local time, as the importer reads it). The header shows every
// time in it and names it once ("UTC+8"); where this computer's clock reads otherwise, the
// local time is added once ("12:00 here").
class MeetingZone
{
public:
    explicit MeetingZone(const Meeting &meeting)
        : m_stated(meeting.time.utcOffsetSeconds)
    { }

    bool isStated() const { return m_stated.has_value(); }
    int offsetAt(const QDateTime &t) const; // seconds east of UTC at that instant
    QString label(const QDateTime &t) const; // "UTC+8", "UTC+5:30", "UTC-5", "UTC"
    QString hoursMinutes(const QDateTime &t) const; // "19:00" in the zone; "--:--" when invalid
    QDateTime inZone(const QDateTime &t) const;
    // This computer's clock reads otherwise than the meeting's at that instant.
    bool differsFromLocal(const QDateTime &t) const;

    static QString offsetLabel(int seconds); // "UTC+8"

private:
    std::optional<int> m_stated;
};

} // namespace gavel
