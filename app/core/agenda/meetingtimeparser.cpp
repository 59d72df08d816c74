#include "agenda/meetingtimeparser.h"

#include <QRegularExpression>

namespace gavel {

namespace {

int monthFromName(const QString &name)
{
    static const QStringList months = {
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec"),
    };
    return int(months.indexOf(name.left(3).toLower())) + 1;
}

// Finds the date; returns the position right after it so times are looked for there.
QDate findDate(const QString &text, qsizetype *after)
{
    static const QRegularExpression numeric(
        QStringLiteral("(?<!\\d)(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)\\s*日?"));
    static const QString monthNames = QStringLiteral(
        "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
        "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?");
    static const QRegularExpression monthFirst(monthNames
                                                   + QStringLiteral("\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayFirst(QStringLiteral("(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+") + monthNames
                                                 + QStringLiteral(",?\\s+(\\d{4})"),
                                             QRegularExpression::CaseInsensitiveOption);

    QRegularExpressionMatch m = numeric.match(text);
    if (m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid()) {
            *after = m.capturedEnd(0);
            return d;
        }
    }
    m = monthFirst.match(text);
    if (m.hasMatch()) {
        const QDate d(m.captured(3).toInt(), monthFromName(m.captured(1)), m.captured(2).toInt());
        if (d.isValid()) {
            *after = m.capturedEnd(0);
            return d;
        }
    }
    m = dayFirst.match(text);
    if (m.hasMatch()) {
        const QDate d(m.captured(3).toInt(), monthFromName(m.captured(2)), m.captured(1).toInt());
        if (d.isValid()) {
            *after = m.capturedEnd(0);
            return d;
        }
    }
    *after = 0;
    return {};
}

QTime toTime(const QString &hours, const QString &minutes, const QString &meridiem)
{
    int h = hours.toInt();
    const QString ampm = meridiem.toLower();
    if ((ampm == u"pm" || ampm == u"下午" || ampm == u"晚上") && h < 12) {
        h += 12;
    } else if ((ampm == u"am" || ampm == u"上午") && h == 12) {
        h = 0;
    }
    return QTime(h, minutes.toInt());
}

} // namespace

QString formatUtcOffset(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int abs = qAbs(seconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(sign)
        .arg(abs / 60, 2, 10, QLatin1Char('0'))
        .arg(abs % 60, 2, 10, QLatin1Char('0'));
}

MeetingTime parseMeetingTime(const QString &value)
{
    MeetingTime result;
    qsizetype after = 0;
    result.date = findDate(value, &after);

    // Clocks use ':' or the full-width '：'; an optional second clock after a range sign is the end.
    static const QRegularExpression clock(
        QStringLiteral("(上午|下午|晚上)?\\s*(?<![+\\-−\\d])(\\d{1,2})\\s*[:：]\\s*(\\d{2})(?!\\d)\\s*(am|pm)?"
                       "(?:\\s*(?:-|–|—|~|～|〜|至|到|to)\\s*(上午|下午|晚上)?\\s*(\\d{1,2})\\s*[:：]\\s*(\\d{2})(?!"
                       "\\d)\\s*(am|pm)?)?"),
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch m = clock.match(value, after);
    if (!m.hasMatch() && after > 0) {
        m = clock.match(value); // "19:00, 2022-04-14": the time before the date
    }
    if (m.hasMatch()) {
        const QString startMeridiem = m.captured(1).isEmpty() ? m.captured(4) : m.captured(1);
        const QTime start = toTime(m.captured(2), m.captured(3), startMeridiem);
        if (start.isValid()) {
            result.start = start;
            if (m.capturedLength(6) > 0) {
                QString endMeridiem = m.captured(5).isEmpty() ? m.captured(8) : m.captured(5);
                if (endMeridiem.isEmpty()) {
                    endMeridiem = startMeridiem;
                }
                const QTime end = toTime(m.captured(6), m.captured(7), endMeridiem);
                if (end.isValid()) {
                    result.end = end;
                }
            }
        }
    }

    static const QRegularExpression offset(
        QStringLiteral("(?:GMT|UTC)\\s*([+\\-−])\\s*(\\d{1,2})(?:\\s*:?\\s*(\\d{2}))?(?!\\d)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch o = offset.match(value);
    if (o.hasMatch()) {
        const int hours = o.captured(2).toInt();
        const int minutes = o.captured(3).toInt();
        if (hours <= 14 && minutes < 60) {
            const int sign = o.captured(1) == QLatin1String("+") ? 1 : -1;
            result.utcOffsetSeconds = sign * (hours * 3600 + minutes * 60);
        }
    } else if (value.contains(QStringLiteral("北京时间")) || value.contains(QStringLiteral("中国标准时间"))) {
        result.utcOffsetSeconds = 8 * 3600;
    } else {
        static const QRegularExpression utc(QStringLiteral("\\b(?:UTC|GMT)\\b(?!\\s*[+\\-−]\\s*\\d)"));
        if (utc.match(value).hasMatch()) {
            result.utcOffsetSeconds = 0;
        }
    }
    return result;
}

} // namespace gavel
