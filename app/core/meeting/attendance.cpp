#include "meeting/attendance.h"

#include "meeting/clock.h"

namespace gavel {

bool AttendanceBook::setLateGraceMinutes(int minutes)
{
    if (minutes < 0 || minutes == m_lateGraceMinutes) {
        return false;
    }
    m_lateGraceMinutes = minutes;
    return true;
}

qint64 AttendanceBook::startMs(const MeetingSnapshot &s) const
{
    if (s.run.startedAt) {
        return s.run.startedAt;
    }
    return m_timing->scheduledStartIsNear(s.meeting) ? RunTiming::scheduledStart(s.meeting).toMSecsSinceEpoch() : 0;
}

std::optional<qint64> AttendanceBook::checkInOffsetMs(const MeetingSnapshot &s, const Attendee &attendee) const
{
    const qint64 start = startMs(s);
    if (!attendee.checkedInAt || !start) {
        return std::nullopt;
    }
    return attendee.checkedInAt - start;
}

std::optional<qint64> AttendanceBook::minutesAfterStart(const MeetingSnapshot &s, const Attendee &attendee) const
{
    const std::optional<qint64> offset = checkInOffsetMs(s, attendee);
    if (!offset) {
        return std::nullopt;
    }
    // Rounded down, before the start as after it: 59 s early is "−1 min", 59 s late "+0 min".
    return *offset >= 0 ? *offset / 60000 : -((-*offset + 59999) / 60000);
}

int AttendanceBook::minutesLate(const MeetingSnapshot &s, const Attendee &attendee) const
{
    if (attendee.status != Attendee::Status::Late) {
        return 0;
    }
    return int(qMax<qint64>(0, minutesAfterStart(s, attendee).value_or(0)));
}

int AttendanceBook::indexOf(const QList<Attendee> &attendees, const QString &key)
{
    for (int i = 0; i < attendees.size(); ++i) {
        if (attendees[i].key() == key) {
            return i;
        }
    }
    return -1;
}

int AttendanceBook::find(const QList<Attendee> &attendees, const Person &person)
{
    if (!person.github.isEmpty()) {
        for (int i = 0; i < attendees.size(); ++i) {
            if (attendees[i].github.compare(person.github, Qt::CaseInsensitive) == 0) {
                return i;
            }
        }
    }
    const QString wanted = person.name.simplified().toCaseFolded();
    if (wanted.isEmpty()) {
        return -1;
    }
    for (int i = 0; i < attendees.size(); ++i) {
        const Attendee &a = attendees[i];
        if (a.name.simplified().toCaseFolded() == wanted
            || (person.github.isEmpty() && a.github.toCaseFolded() == wanted)) {
            return i;
        }
    }
    return -1;
}

void AttendanceBook::markCheckedIn(MeetingSnapshot &s, int index, qint64 now) const
{
    Attendee &a = s.attendees[index];
    a.checkedInAt = now;
    a.leftAt = 0;
    // Late after the actual start, or, before the chair pressed Start, after the scheduled one.
    const qint64 start = startMs(s);
    const bool late = start && now > start + qint64(m_lateGraceMinutes) * 60000;
    a.status = late ? Attendee::Status::Late : Attendee::Status::Present;
}

bool AttendanceBook::checkIn(MeetingSnapshot &s, int index) const
{
    if (index < 0 || index >= s.attendees.size() || s.attendees[index].attended()) {
        return false;
    }
    markCheckedIn(s, index, m_timing->clock()->nowMs());
    return true;
}

bool AttendanceBook::undoCheckIn(MeetingSnapshot &s, int index)
{
    if (index < 0 || index >= s.attendees.size() || !s.attendees[index].attended()) {
        return false;
    }
    Attendee &a = s.attendees[index];
    a.status = Attendee::Status::Expected;
    a.checkedInAt = 0;
    a.leftAt = 0;
    return true;
}

bool AttendanceBook::setStatus(MeetingSnapshot &s, int index, Attendee::Status status) const
{
    if (index < 0 || index >= s.attendees.size() || s.attendees[index].status == status) {
        return false;
    }
    Attendee &a = s.attendees[index];
    const qint64 now = m_timing->clock()->nowMs();
    switch (status) {
    case Attendee::Status::Present:
    case Attendee::Status::Late:
        if (!a.checkedInAt) {
            a.checkedInAt = now;
        }
        a.leftAt = 0;
        break;
    case Attendee::Status::LeftEarly:
        if (!a.checkedInAt) {
            a.checkedInAt = now;
        }
        a.leftAt = now;
        break;
    case Attendee::Status::Expected:
    case Attendee::Status::Excused:
    case Attendee::Status::Absent:
        a.checkedInAt = 0;
        a.leftAt = 0;
        break;
    }
    a.status = status;
    return true;
}

AttendanceBook::CheckInResult AttendanceBook::checkInMany(MeetingSnapshot &s, const QList<Person> &people) const
{
    CheckInResult result;
    const qint64 now = m_timing->clock()->nowMs();
    for (const Person &person : people) {
        if (person.name.isEmpty() && person.github.isEmpty()) {
            continue;
        }
        // Someone on the roster, else a walk-in.
        int index = find(s.attendees, person);
        if (index < 0) {
            Attendee walkIn;
            walkIn.name = person.name.isEmpty() ? person.github : person.name.simplified();
            walkIn.github = person.github;
            walkIn.source = Attendee::Source::WalkIn;
            s.attendees.append(walkIn);
            index = int(s.attendees.size()) - 1;
            result.added.append(walkIn.displayName());
        } else if (s.attendees[index].attended()) {
            result.alreadyHere.append(s.attendees[index].displayName());
            continue;
        } else {
            result.matched.append(s.attendees[index].displayName());
            if (!person.github.isEmpty() && s.attendees[index].github.isEmpty()) {
                s.attendees[index].github = person.github;
            }
        }
        markCheckedIn(s, index, now);
    }
    return result;
}

int AttendanceBook::import(MeetingSnapshot &s, const QList<Attendee> &rows) const
{
    // Times from another meeting's list (a week or more away) are not this meeting's check-ins.
    const TimeWindow window = TimeWindow::around(s.run.startedAt, m_timing->clock()->nowMs());
    int changedRows = 0;
    for (Attendee row : rows) {
        row.checkedInAt = window.contains(row.checkedInAt) ? row.checkedInAt : 0;
        row.leftAt = window.contains(row.leftAt) ? row.leftAt : 0;
        const int index = find(s.attendees, Person {row.name, row.github});
        if (index < 0) {
            s.attendees.append(row);
            ++changedRows;
            continue;
        }
        Attendee &a = s.attendees[index];
        const Attendee before = a;
        a.status = row.status;
        a.checkedInAt = row.checkedInAt;
        a.leftAt = row.leftAt;
        if (a.name.isEmpty() || a.name == a.github) {
            a.name = row.name;
        }
        if (a.github.isEmpty()) {
            a.github = row.github;
        }
        changedRows += a == before ? 0 : 1;
    }
    return changedRows;
}

bool AttendanceBook::isNewcomer(const Attendee &attendee) const
{
    for (const QString &key : attendance::knownAs(attendee)) {
        if (m_pastAttendees.contains(key)) {
            return false;
        }
    }
    return true;
}

QList<Person> AttendanceBook::newcomersPresent(const MeetingSnapshot &s) const
{
    QList<Person> out;
    for (const Attendee &a : s.attendees) {
        if (a.attended() && isNewcomer(a)) {
            out.append(Person {a.name, a.github});
        }
    }
    return out;
}

} // namespace gavel
