#include "minutes/calendarinvite.h"

#include "agenda/meetingtimeparser.h"
#include "minutes/agendawords.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace gavel::calendarinvite {

using agendawords::isTencent;
using agendawords::Labels;
using agendawords::labelsFor;

namespace {

QString icsLocal(const QDate &date, const QTime &time)
{
    return date.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('T') + time.toString(QStringLiteral("HHmmss"));
}

QString offsetCompact(int seconds)
{
    return formatUtcOffset(seconds).remove(QLatin1Char(':'));
}

} // namespace

QString write(const Meeting &next, const QString &series, const Meeting &current, bool zh)
{
    if (!next.time.date.isValid()) {
        return {};
    }
    QStringList lines;
    lines << QStringLiteral("BEGIN:VCALENDAR") << QStringLiteral("VERSION:2.0")
          << QStringLiteral("PRODID:-//Gavel//Gavel//EN") << QStringLiteral("CALSCALE:GREGORIAN")
          << QStringLiteral("METHOD:PUBLISH");
    QString tzid;
    // The agenda's stated offset, else this computer's on that date: an invite always says
    // which time zone it means (the chair prepares it where the meeting is held).
    const int systemOffset
        = QDateTime(next.time.date, next.time.start.isValid() ? next.time.start : QTime(12, 0)).offsetFromUtc();
    const std::optional<int> zoneOffset
        = next.time.utcOffsetSeconds ? next.time.utcOffsetSeconds : std::optional<int>(systemOffset);
    if (zoneOffset) {
        const int offset = *zoneOffset;
        // No ':' in the id: it is an unquoted parameter value in DTSTART;TZID=... (RFC 5545 3.2).
        tzid = QStringLiteral("UTC") + offsetCompact(offset);
        lines << QStringLiteral("BEGIN:VTIMEZONE") << QStringLiteral("TZID:") + tzid << QStringLiteral("BEGIN:STANDARD")
              << QStringLiteral("DTSTART:19700101T000000") << QStringLiteral("TZOFFSETFROM:") + offsetCompact(offset)
              << QStringLiteral("TZOFFSETTO:") + offsetCompact(offset)
              << QStringLiteral("TZNAME:UTC") + formatUtcOffset(offset) << QStringLiteral("END:STANDARD")
              << QStringLiteral("END:VTIMEZONE");
    }
    lines << QStringLiteral("BEGIN:VEVENT");

    const QString dateIso = next.time.date.toString(Qt::ISODate);
    const QByteArray hash
        = QCryptographicHash::hash((series + QLatin1Char('\n') + next.title + QLatin1Char('\n') + dateIso).toUtf8(),
                                   QCryptographicHash::Sha1)
              .toHex()
              .left(16);
    lines << QStringLiteral("UID:") + dateIso + QLatin1Char('-') + QString::fromLatin1(hash) + QStringLiteral("@gavel");

    // DTSTAMP: this meeting's start in UTC, so the same session always gives the same file.
    QDateTime stamp;
    const int currentOffset = current.time.utcOffsetSeconds.value_or(*zoneOffset);
    if (current.time.date.isValid()) {
        stamp = QDateTime(current.time.date, current.time.start.isValid() ? current.time.start : QTime(0, 0),
                          QTimeZone(currentOffset));
    } else {
        stamp = QDateTime(next.time.date, next.time.start.isValid() ? next.time.start : QTime(0, 0),
                          QTimeZone(*zoneOffset));
    }
    lines << QStringLiteral("DTSTAMP:") + stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));

    if (next.time.start.isValid()) {
        const QDateTime start(next.time.date, next.time.start, Qt::UTC);
        QDateTime end;
        if (next.time.end.isValid()) {
            end = QDateTime(next.time.endDate(), next.time.end, Qt::UTC);
        } else {
            const int minutes = qMax(30, qMax(next.plannedMinutes(), current.plannedMinutes()));
            end = start.addSecs(qint64(minutes) * 60);
        }
        const QString param = tzid.isEmpty() ? QString() : QStringLiteral(";TZID=") + tzid;
        lines << QStringLiteral("DTSTART") + param + QLatin1Char(':') + icsLocal(start.date(), start.time());
        lines << QStringLiteral("DTEND") + param + QLatin1Char(':') + icsLocal(end.date(), end.time());
    } else {
        lines << QStringLiteral("DTSTART;VALUE=DATE:") + next.time.date.toString(QStringLiteral("yyyyMMdd"));
        lines << QStringLiteral("DTEND;VALUE=DATE:") + next.time.date.addDays(1).toString(QStringLiteral("yyyyMMdd"));
    }
    lines << QStringLiteral("SUMMARY:") + escapeText(next.title);

    const Labels labels = labelsFor(zh);
    QStringList description;
    if (next.chair) {
        QString who = next.chair->name;
        if (!next.chair->github.isEmpty() && next.chair->github.compare(who, Qt::CaseInsensitive) != 0) {
            who = who.isEmpty() ? next.chair->github : who + labels.open + next.chair->github + labels.close;
        }
        const QString label = zh ? QStringLiteral("主席") : QStringLiteral("Chair");
        description << label + labels.colon + who;
    }
    if (!next.join.url.isEmpty()) {
        description << (zh ? QStringLiteral("入会链接") : QStringLiteral("Join")) + labels.colon + next.join.url;
    }
    if (!next.join.meetingId.isEmpty()) {
        description << (isTencent(next.join) ? labels.tencent : labels.meetingId) + labels.colon + next.join.meetingId;
    }
    if (!next.join.password.isEmpty()) {
        description << labels.password + labels.colon + next.join.password;
    }
    if (!description.isEmpty()) {
        lines << QStringLiteral("DESCRIPTION:") + escapeText(description.join(QLatin1Char('\n')));
    }
    if (!next.join.url.isEmpty()) {
        lines << QStringLiteral("URL:") + next.join.url;
    }
    lines << QStringLiteral("END:VEVENT") << QStringLiteral("END:VCALENDAR");

    QByteArray out;
    for (const QString &line : std::as_const(lines)) {
        out += foldLine(line);
        out += "\r\n";
    }
    return QString::fromUtf8(out);
}

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            out += QStringLiteral("\\n");
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
                ++i;
            }
        } else if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray foldLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    qsizetype pos = 0;
    bool first = true;
    while (pos < bytes.size()) {
        const qsizetype room = first ? 75 : 74; // a continuation line starts with a space
        qsizetype end = qMin(bytes.size(), pos + room);
        if (end < bytes.size()) {
            // Never cut inside a UTF-8 sequence: back off to a lead byte.
            while (end > pos && (static_cast<unsigned char>(bytes[end]) & 0xC0) == 0x80) {
                --end;
            }
        }
        if (!first) {
            out += "\r\n ";
        }
        out += bytes.mid(pos, end - pos);
        pos = end;
        first = false;
    }
    return out;
}

} // namespace gavel::calendarinvite
