#pragma once

#include <QCoreApplication>
#include <QString>

namespace gavel {

class LiveMeeting;

// What the header says about the meeting's time, worked out from the clock and the plan: the
// window only shows it. Every time is in the meeting's zone (MeetingZone), in hours and minutes.
class ScheduleWords
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleWords)

public:
    // "45 min", "1 h 5 min": a span told in whole minutes (rounded down).
    static QString minutes(qint64 ms);
    // A span as a person says it, to the second: "4 minutes 41 seconds", "1 hour 2 minutes".
    static QString spoken(qint64 ms);
    // The countdown as a screen reader says it: "4 minutes 41 seconds left", "25 seconds over".
    static QString spokenCountdown(qint64 remainingMs);

    static QString clock(const LiveMeeting &m); // "19:00", now
    static QString zone(const LiveMeeting &m); // "UTC+8", or "UTC+8 · 12:00 here"
    // Before the start: "Starts 19:00 · in 5 min", "Starts 19:00 · 5 min late"; then
    // "Elapsed 12 min"; after the end, "Ran 1 h 12 min".
    static QString progress(const LiveMeeting &m);
    static QString plannedEnd(const LiveMeeting &m); // "Planned end 20:00"
    static QString end(const LiveMeeting &m); // "Projected end 20:05", "Ended 20:47"
    // "▼ Behind by 5 min", "▲ Ahead by 3 min", "● On time"; after the end how far over or
    // under the plan it ran: "▼ 17 min over plan".
    static QString standing(const LiveMeeting &m);
    static QString hardStop(const LiveMeeting &m); // "Hard stop 20:00", "⚠ Runs past the 20:00 hard stop"
};

} // namespace gavel
