#include "meeting/schedulewords.h"

#include "meeting/livemeeting.h"
#include "meeting/meetingzone.h"
#include "meeting/timeformat.h"

#include <QLocale>

namespace gavel {

QString ScheduleWords::minutes(qint64 ms)
{
    const qint64 total = qMax<qint64>(0, ms) / 60000;
    return total < 60 ? tr("%1 min").arg(total) : tr("%1 h %2 min").arg(total / 60).arg(total % 60);
}

QString ScheduleWords::spoken(qint64 ms)
{
    const qint64 total = qMax<qint64>(0, ms) / 1000;
    const int hours = int(total / 3600);
    const int mins = int(total / 60 % 60);
    const int secs = int(total % 60);
    QStringList parts;
    if (hours > 0) {
        parts.append(hours == 1 ? tr("1 hour") : tr("%1 hours").arg(hours));
    }
    if (mins > 0) {
        parts.append(mins == 1 ? tr("1 minute") : tr("%1 minutes").arg(mins));
    }
    // Seconds only under an hour: "1 hour 2 minutes" is what a person would say.
    if ((secs > 0 && hours == 0) || parts.isEmpty()) {
        parts.append(secs == 1 ? tr("1 second") : tr("%1 seconds").arg(secs));
    }
    return parts.join(QLatin1Char(' '));
}

QString ScheduleWords::spokenCountdown(qint64 remainingMs)
{
    // As the digits show it: a part of a second left is still that second ("00:01"), one past
    // zero is overtime's first.
    if (remainingMs > 0) {
        return tr("%1 left").arg(spoken((remainingMs + 999) / 1000 * 1000));
    }
    return tr("%1 over").arg(spoken(-remainingMs));
}

QString ScheduleWords::clock(const LiveMeeting &m)
{
    return MeetingZone(m.meeting()).hoursMinutes(m.now());
}

QString ScheduleWords::zone(const LiveMeeting &m)
{
    const MeetingZone zone(m.meeting());
    const QDateTime now = m.now();
    if (!zone.differsFromLocal(now)) {
        return zone.label(now);
    }
    return tr("%1 · %2 here").arg(zone.label(now), now.toLocalTime().toString(QStringLiteral("HH:mm")));
}

QString ScheduleWords::progress(const LiveMeeting &m)
{
    switch (m.phase()) {
    case LiveMeeting::Phase::Ended: return tr("Ran %1").arg(minutes(m.meetingElapsedMs()));
    case LiveMeeting::Phase::NotStarted: break;
    default: return tr("Elapsed %1").arg(minutes(m.meetingElapsedMs()));
    }
    const QDateTime scheduled = m.scheduledStart();
    if (!scheduled.isValid()) {
        return tr("Not started");
    }
    const MeetingZone zone(m.meeting());
    const QString at = zone.hoursMinutes(scheduled);
    if (!m.scheduledStartIsNear()) {
        return tr("Not started · scheduled for %1 %2")
            .arg(QLocale().toString(zone.inZone(scheduled).date(), QLocale::ShortFormat), at);
    }
    const qint64 until = m.untilStartMs();
    if (until > 0) {
        return tr("Starts %1 · in %2").arg(at, minutes(until + 59999)); // 4:01 to go reads "in 5 min"
    }
    // Rounded as "behind by" is, so the two agree.
    const int late = timeformat::roundedMinutes(-until);
    return late == 0 ? tr("Starts %1 · due now").arg(at) : tr("Starts %1 · %2 late").arg(at, minutes(late * 60000LL));
}

QString ScheduleWords::plannedEnd(const LiveMeeting &m)
{
    return tr("Planned end %1").arg(MeetingZone(m.meeting()).hoursMinutes(m.plannedEnd()));
}

QString ScheduleWords::end(const LiveMeeting &m)
{
    const QString at = MeetingZone(m.meeting()).hoursMinutes(m.projectedEnd());
    return m.phase() == LiveMeeting::Phase::Ended ? tr("Ended %1").arg(at) : tr("Projected end %1").arg(at);
}

QString ScheduleWords::standing(const LiveMeeting &m)
{
    const int behind = timeformat::roundedMinutes(m.behindMs());
    if (m.phase() == LiveMeeting::Phase::Ended) {
        if (behind == 0) {
            return tr("● On plan");
        }
        return behind > 0 ? tr("▼ %1 over plan").arg(minutes(behind * 60000LL))
                          : tr("▲ %1 under plan").arg(minutes(-behind * 60000LL));
    }
    if (behind == 0) {
        return tr("● On time");
    }
    return behind > 0 ? tr("▼ Behind by %1").arg(minutes(behind * 60000LL))
                      : tr("▲ Ahead by %1").arg(minutes(-behind * 60000LL));
}

QString ScheduleWords::hardStop(const LiveMeeting &m)
{
    const QString at = MeetingZone(m.meeting()).hoursMinutes(m.hardStop());
    return m.projectionPassesHardStop() ? tr("⚠ Runs past the %1 hard stop").arg(at) : tr("Hard stop %1").arg(at);
}

} // namespace gavel
