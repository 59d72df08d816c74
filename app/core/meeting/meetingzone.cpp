#include "meeting/meetingzone.h"

namespace gavel {

int MeetingZone::offsetAt(const QDateTime &t) const
{
    return m_stated ? *m_stated : t.toLocalTime().offsetFromUtc();
}

QString MeetingZone::offsetLabel(int seconds)
{
    if (seconds == 0) {
        return QStringLiteral("UTC");
    }
    const int minutes = qAbs(seconds) / 60;
    const QString hours
        = QStringLiteral("UTC%1%2").arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+')).arg(minutes / 60);
    return minutes % 60 ? hours + QStringLiteral(":%1").arg(minutes % 60, 2, 10, QLatin1Char('0')) : hours;
}

QString MeetingZone::label(const QDateTime &t) const
{
    return offsetLabel(offsetAt(t));
}

QDateTime MeetingZone::inZone(const QDateTime &t) const
{
    return m_stated ? t.toOffsetFromUtc(*m_stated) : t.toLocalTime();
}

QString MeetingZone::hoursMinutes(const QDateTime &t) const
{
    return t.isValid() ? inZone(t).toString(QStringLiteral("HH:mm")) : QStringLiteral("--:--");
}

bool MeetingZone::differsFromLocal(const QDateTime &t) const
{
    return m_stated && *m_stated != t.toLocalTime().offsetFromUtc();
}

} // namespace gavel
