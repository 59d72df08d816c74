#include "serieshistory.h"

namespace gavel {

SeriesHistory SeriesHistory::load(const QString &, QStringList *)
{
    return {};
}

SeriesHistory SeriesHistory::fromMeetings(QList<RecordedMeeting> meetings)
{
    SeriesHistory h;
    h.m_meetings = std::move(meetings);
    return h;
}

QList<SeriesHistory::PersonRecord> SeriesHistory::people() const
{
    return {};
}

QList<Person> SeriesHistory::regularsBefore(const QDate &) const
{
    return {};
}

QSet<QString> SeriesHistory::keysBefore(const QDate &) const
{
    return {};
}

QList<SeriesHistory::PersonRecord> SeriesHistory::perfectAttendance(const QDate &, const QDate &) const
{
    return {};
}

QList<SeriesHistory::RecordedMeeting> SeriesHistory::meetingsBetween(const QDate &, const QDate &) const
{
    return {};
}

QByteArray SeriesHistory::perfectAttendanceCsv(const QDate &, const QDate &) const
{
    return {};
}

QString SeriesHistory::perfectAttendanceMarkdown(const QDate &, const QDate &) const
{
    return {};
}

} // namespace gavel
