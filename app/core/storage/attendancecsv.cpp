#include "storage/attendancecsv.h"

#include "agenda/meetingtimeparser.h"

#include "meeting/livemeeting.h"
#include "storage/csv.h"
#include "storage/readfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <iterator>

namespace gavel::attendancecsv {

namespace {

// tr() in the context lupdate files these strings under: a free tr() would look elsewhere.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gavel::attendancecsv)
};

// left_at came last, so the columns of older files keep their places.
enum Column { Name, Github, Source, Status, CheckedInAt, MinutesLate, LeftAt, ColumnCount };

const char *const columnNames[ColumnCount]
    = {"name", "github", "source", "status", "checked_in_at", "minutes_late", "left_at"};

// "Checked in at", "checked-in-at" and "CHECKED_IN_AT" all name the same column.
QString normalizedHeader(const QString &cell)
{
    QString id = cell.trimmed().toLower();
    id.replace(QLatin1Char(' '), QLatin1Char('_'));
    id.replace(QLatin1Char('-'), QLatin1Char('_'));
    return id;
}

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

QString quoted(const QString &text)
{
    // Long junk would make an unreadable message: show the start of it.
    const QString shown = text.size() > 40 ? text.left(40) + QChar(0x2026) : text;
    return Text::tr("“%1”").arg(shown);
}

} // namespace

QString isoTimestamp(qint64 msSinceEpoch)
{
    QDateTime when = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::LocalTime);
    int offset = when.offsetFromUtc();
    if (offset % 60 != 0) {
        // Historical local mean times have offsets in seconds, which ISO 8601 cannot write.
        when = when.toUTC();
        offset = 0;
    }
    const QDate date = when.date();
    const QTime time = when.time();
    QString text = QStringLiteral("%1-%2-%3T%4:%5:%6")
                       .arg(date.year(), 4, 10, QLatin1Char('0'))
                       .arg(twoDigits(date.month()), twoDigits(date.day()), twoDigits(time.hour()),
                            twoDigits(time.minute()), twoDigits(time.second()));
    if (time.msec() != 0) {
        text += QStringLiteral(".%1").arg(time.msec(), 3, 10, QLatin1Char('0'));
    }
    if (when.timeSpec() == Qt::UTC) {
        return text + QLatin1Char('Z');
    }
    return text + formatUtcOffset(offset);
}

bool parseIsoTimestamp(const QString &text, qint64 *msSinceEpoch)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{4})-?([0-9]{2})-?([0-9]{2})[Tt ]([0-9]{2}):?([0-9]{2})"
                                                      "(?::?([0-9]{2})(?:[.,]([0-9]{1,9}))?)?"
                                                      "\\s*(?:([Zz])|([+-])([0-9]{2})(?::?([0-9]{2}))?)$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        return false;
    }
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int ms = m.captured(7).isEmpty() ? 0 : m.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid()) {
        return false;
    }
    int offsetSeconds = 0;
    if (m.captured(8).isEmpty()) {
        const int hours = m.captured(10).toInt();
        const int minutes = m.captured(11).toInt();
        if (hours > 23 || minutes > 59) {
            return false;
        }
        offsetSeconds = (hours * 60 + minutes) * 60 * (m.captured(9) == QLatin1String("-") ? -1 : 1);
    }
    const qint64 utcMs = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    if (msSinceEpoch) {
        *msSinceEpoch = utcMs - qint64(offsetSeconds) * 1000;
    }
    return true;
}

QByteArray exportRoster(const LiveMeeting &meeting)
{
    QList<QStringList> rows;
    QStringList header;
    for (const char *name : columnNames) {
        header.append(QLatin1String(name));
    }
    rows.append(header);
    for (const Attendee &a : meeting.attendees()) {
        const bool in = a.checkedInAt != 0;
        rows.append({a.name, a.github, attendance::sourceId(a.source), attendance::statusId(a.status),
                     in ? isoTimestamp(a.checkedInAt) : QString(),
                     in ? QString::number(meeting.minutesLate(a)) : QString(),
                     a.leftAt != 0 ? isoTimestamp(a.leftAt) : QString()});
    }
    return csv::write(rows);
}

bool importRosterFile(const QString &path, QList<Attendee> *attendees, QString *error)
{
    QByteArray bytes;
    QString reason;
    const ReadFailure failure = readWholeFile(path, maxFileSize, &bytes, &reason);
    if (failure == ReadFailure::TooLarge) {
        reason
            += QCoreApplication::translate("gavel::AttendanceCsv", "; an attendance list of thousands is far smaller");
    }
    if (failure == ReadFailure::None && importRoster(bytes, attendees, &reason)) {
        return true;
    }
    if (error) {
        *error = failure == ReadFailure::None ? QDir::toNativeSeparators(path) + QStringLiteral(": ") + reason : reason;
    }
    return false;
}

bool importRoster(const QByteArray &bytes, QList<Attendee> *attendees, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error) {
            *error = why;
        }
        return false;
    };
    QList<csv::Record> records;
    QString csvError;
    if (!csv::readRecords(bytes, &records, &csvError)) {
        return fail(csvError);
    }
    if (records.isEmpty()) {
        return fail(Text::tr("the file is empty: a roster needs a header row (name, github, source, status, "
                             "checked_in_at, minutes_late, left_at) and a row per person"));
    }

    // The header: columns by name, in any order; unknown ones are ignored.
    const csv::Record &header = records.first();
    int columns[ColumnCount];
    std::fill(std::begin(columns), std::end(columns), -1);
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString id = normalizedHeader(header.fields[i]);
        for (int c = 0; c < ColumnCount; ++c) {
            if (id != QLatin1String(columnNames[c])) {
                continue;
            }
            if (columns[c] >= 0) {
                return fail(Text::tr("line %1: the column %2 appears twice in the header")
                                .arg(header.line)
                                .arg(quoted(QLatin1String(columnNames[c]))));
            }
            columns[c] = i;
        }
    }
    if (columns[Name] < 0 && columns[Github] < 0) {
        return fail(Text::tr("line %1: no header row: the first row needs a “name” or a “github” column "
                             "(the columns are name, github, source, status, checked_in_at, minutes_late, left_at)")
                        .arg(header.line));
    }

    QList<Attendee> result;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const csv::Record &record = records[r];
        const auto cell = [&record, &columns](Column c) {
            const int i = columns[c];
            return i >= 0 && i < record.fields.size() ? record.fields[i] : QString();
        };
        const auto lineError
            = [&record](const QString &what) { return Text::tr("line %1: %2").arg(record.line).arg(what); };
        Attendee a;
        a.name = cell(Name).trimmed();
        a.github = cell(Github).trimmed();
        if (a.github.startsWith(QLatin1Char('@'))) {
            a.github.remove(0, 1);
        }
        if (a.name.isEmpty() && a.github.isEmpty()) {
            return fail(lineError(Text::tr("neither a name nor a github handle")));
        }
        const QString source = cell(Source).trimmed();
        if (!source.isEmpty() && !attendance::sourceFromId(source, &a.source)) {
            return fail(lineError(Text::tr("unknown source %1").arg(quoted(source))));
        }
        // The check-in and leaving times: empty, or ISO 8601 with a UTC offset.
        const auto readTime = [&](Column c, qint64 *ms) {
            const QString time = cell(c).trimmed();
            if (time.isEmpty() || (parseIsoTimestamp(time, ms) && *ms != 0)) {
                return true;
            }
            return fail(lineError(Text::tr("bad timestamp %1 (expected ISO 8601 with a UTC offset, like "
                                           "2026-11-25T19:07:30+08:00)")
                                      .arg(quoted(time))));
        };
        if (!readTime(CheckedInAt, &a.checkedInAt) || !readTime(LeftAt, &a.leftAt)) {
            return false;
        }
        const QString status = cell(Status).trimmed();
        if (status.isEmpty() && a.leftAt) {
            a.status = Attendee::Status::LeftEarly;
        } else if (status.isEmpty()) {
            a.status = a.checkedInAt ? Attendee::Status::Present : Attendee::Status::Expected;
        } else if (!attendance::statusFromId(status, &a.status)) {
            return fail(lineError(Text::tr("unknown status %1").arg(quoted(status))));
        }
        if (!a.attended()) {
            a.checkedInAt = 0;
        }
        if (a.status != Attendee::Status::LeftEarly) {
            a.leftAt = 0;
        }
        result.append(a);
    }
    if (attendees) {
        *attendees = result;
    }
    return true;
}

} // namespace gavel::attendancecsv
