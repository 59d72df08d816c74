#pragma once

#include "meeting/runtiming.h"

#include <QSet>
#include <QStringList>

#include <optional>

namespace gavel {

// Attendance as the chair keeps it: who is checked in and when, who was late, who left early,
// walk-ins, pasted lists and imported ones, as edits of a snapshot. The late rule and where
// the attendance clock starts live here, once. Each edit returns false (or nothing done) when
// it does not apply.
class AttendanceBook
{
public:
    // What a pasted list of names did: who it found, who it added as walk-ins.
    struct CheckInResult
    {
        QStringList matched;
        QStringList added;
        QStringList alreadyHere;
    };

    explicit AttendanceBook(const RunTiming *timing)
        : m_timing(timing)
    { }

    int lateGraceMinutes() const { return m_lateGraceMinutes; }
    bool setLateGraceMinutes(int minutes);

    // Where the attendance clock starts: the actual start, else the scheduled one when it is
    // today's business; 0 when there is neither.
    qint64 startMs(const MeetingSnapshot &s) const;
    // Whole minutes after the start a person checked in, rounded down (negative before the
    // start); nullopt when not checked in or no start is known.
    std::optional<qint64> minutesAfterStart(const MeetingSnapshot &s, const Attendee &attendee) const;
    std::optional<qint64> checkInOffsetMs(const MeetingSnapshot &s, const Attendee &attendee) const;
    // How late someone marked late was, in the same whole minutes; 0 for everyone else.
    int minutesLate(const MeetingSnapshot &s, const Attendee &attendee) const;

    static int indexOf(const QList<Attendee> &attendees, const QString &key); // -1 when not there
    // Who on the roster a person is: by handle (case aside), else by name (case and spacing
    // aside), else, for someone given without a handle, the one whose handle is that name.
    // -1 when nobody.
    static int find(const QList<Attendee> &attendees, const Person &person);
    // Present, or late when checked in after the start plus the grace period.
    bool checkIn(MeetingSnapshot &s, int index) const;
    static bool undoCheckIn(MeetingSnapshot &s, int index); // back to expected
    // The chair's word overrides the grace-period rule.
    bool setStatus(MeetingSnapshot &s, int index, Attendee::Status status) const;
    // Checks in people by handle, else by name; someone not on the roster is added as a walk-in.
    CheckInResult checkInMany(MeetingSnapshot &s, const QList<Person> &people) const;
    // Merges an imported roster: people found by handle or name take the imported status and
    // times; others are added. Times a week or more from the meeting (another meeting's list)
    // are dropped. Returns how many rows changed.
    int import(MeetingSnapshot &s, const QList<Attendee> &rows) const;

    // Who attended the series before this meeting (attendance::knownAs() of each): the others
    // are newcomers.
    void setPastAttendees(const QSet<QString> &keys) { m_pastAttendees = keys; }
    bool isNewcomer(const Attendee &attendee) const;
    // The newcomers who came: the people the next agenda introduces.
    QList<Person> newcomersPresent(const MeetingSnapshot &s) const;

private:
    void markCheckedIn(MeetingSnapshot &s, int index, qint64 now) const;

    const RunTiming *m_timing;
    int m_lateGraceMinutes = 5;
    QSet<QString> m_pastAttendees;
};

} // namespace gavel
