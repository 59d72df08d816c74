#pragma once

#include "agenda/meeting.h"
#include "meeting/attendee.h"
#include "meeting/minutesdata.h"
#include "meeting/runstate.h"

namespace gavel {

// Everything an undoable change of the meeting can touch, as one value: the units of the
// meeting (the run, agenda edits, attendance, the minutes' record) each edit a copy, and the
// undo stack keeps the copies before and after.
struct MeetingSnapshot
{
    Meeting meeting;
    RunState run;
    QList<Attendee> attendees;
    MinutesData minutes;
};

} // namespace gavel
