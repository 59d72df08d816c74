#include "agenda/meetingtimeparser.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

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
        "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\\.?");
    // "October 3rd, 2024", "Dec.10th 2025", "23rd July 2026", "2021/May/20"; the year is never
    // the start of a clock ("October 17th 15:00" has no year).
    static const QRegularExpression monthFirst(
        QStringLiteral("\\b") + monthNames + QStringLiteral("\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?![\\d:：])"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayFirst(QStringLiteral("(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+") + monthNames
                                                 + QStringLiteral(",?\\s+(\\d{4})(?![\\d:：])"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression yearFirst(QStringLiteral("(?<!\\d)(\\d{4})\\s*[-/.\\s]\\s*") + monthNames
                                                  + QStringLiteral("\\s*[-/.\\s]\\s*(\\d{1,2})(?![\\d:：])"),
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
    m = yearFirst.match(text);
    if (m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), monthFromName(m.captured(2)), m.captured(3).toInt());
        if (d.isValid()) {
            *after = m.capturedEnd(0);
            return d;
        }
    }
    *after = 0;
    return {};
}

QString meridiemOf(const QString &chinese, const QString &latin)
{
    return chinese.isEmpty() ? latin.toLower().remove(QLatin1Char('.')) : chinese;
}

QTime toTime(const QString &hours, const QString &minutes, const QString &meridiem)
{
    int h = hours.toInt();
    if (!meridiem.isEmpty() && (h < 1 || h > 12) && !(h > 12 && meridiem != u"am" && meridiem != u"上午")) {
        return {}; // "0 pm", "13 am": no time; "17:00pm" is read as 17:00
    }
    if ((meridiem == u"pm" || meridiem == u"下午" || meridiem == u"晚上") && h < 12) {
        h += 12;
    } else if ((meridiem == u"am" || meridiem == u"上午") && h == 12) {
        h = 0;
    }
    return QTime(h, minutes.toInt());
}

// Zone abbreviations with one meaning, in minutes east of UTC. CST (China, the US Central or
// Cuba) is read only in a Chinese text; PT, ET, IST, BST and the like are left unread.
const QHash<QString, int> &zoneAbbreviations()
{
    static const QHash<QString, int> zones = {
        {QStringLiteral("JST"), 9 * 60},   {QStringLiteral("KST"), 9 * 60},   {QStringLiteral("HKT"), 8 * 60},
        {QStringLiteral("SGT"), 8 * 60},   {QStringLiteral("AEST"), 10 * 60}, {QStringLiteral("AEDT"), 11 * 60},
        {QStringLiteral("ACST"), 570},     {QStringLiteral("AWST"), 8 * 60},  {QStringLiteral("NZST"), 12 * 60},
        {QStringLiteral("NZDT"), 13 * 60}, {QStringLiteral("CEST"), 2 * 60},  {QStringLiteral("CET"), 60},
        {QStringLiteral("EEST"), 3 * 60},  {QStringLiteral("EET"), 2 * 60},   {QStringLiteral("WEST"), 60},
        {QStringLiteral("WET"), 0},        {QStringLiteral("PST"), -8 * 60},  {QStringLiteral("PDT"), -7 * 60},
        {QStringLiteral("MST"), -7 * 60},  {QStringLiteral("MDT"), -6 * 60},  {QStringLiteral("CDT"), -5 * 60},
        {QStringLiteral("EST"), -5 * 60},  {QStringLiteral("EDT"), -4 * 60},  {QStringLiteral("AKST"), -9 * 60},
        {QStringLiteral("AKDT"), -8 * 60}, {QStringLiteral("HST"), -10 * 60},
    };
    return zones;
}

// Every zone name a time may be followed by, the unread ones included.
const QString &zoneNames()
{
    static const QString names = [] {
        QStringList all = zoneAbbreviations().keys();
        all << QStringLiteral("CST") << QStringLiteral("PT") << QStringLiteral("ET") << QStringLiteral("CT")
            << QStringLiteral("MT") << QStringLiteral("UTC") << QStringLiteral("GMT");
        // Longest first, so CEST is not read as CET's prefix.
        std::sort(all.begin(), all.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return all.join(QLatin1Char('|'));
    }();
    return names;
}

std::optional<int> abbreviationOffset(const QString &value, const QString &context)
{
    static const QRegularExpression zone(QStringLiteral("(?<![A-Za-z])(%1)(?![A-Za-z])").arg(zoneNames()));
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    auto it = zone.globalMatch(value);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (name == u"CST") {
            if (han.match(value).hasMatch() || han.match(context).hasMatch()) {
                return 8 * 3600;
            }
        } else if (zoneAbbreviations().contains(name)) {
            return zoneAbbreviations().value(name) * 60;
        }
    }
    return std::nullopt;
}

// Whether a zone is named right at `from`: "18 CEST", "9 UTC". It lets a bare hour be a time.
// Only a few characters are looked at, so many bare numbers in a long line stay cheap.
bool zoneFollows(const QString &value, qsizetype from)
{
    static const QRegularExpression zone(
        QStringLiteral("^\\s*\\(?(?:%1)(?![A-Za-z])|^\\s*(?:北京时间|中国标准时间)").arg(zoneNames()));
    return zone.match(value.mid(from, 16)).hasMatch();
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

MeetingTime parseMeetingTime(const QString &value, const QString &context)
{
    MeetingTime result;
    qsizetype after = 0;
    result.date = findDate(value, &after);

    // Clocks use ':' or the full-width '：'; an optional second clock after a range sign is the end.
    // An hour without minutes ("at 18 CEST", "1-3pm") is a time only with am/pm or a zone after it.
    // No two runs of spaces meet, so a long run of them costs no more than one pass.
    static const QString meridiem = QStringLiteral("(?:\\s*(am|pm|a\\.m\\.|p\\.m\\.))?(?![A-Za-z])");
    static const QString range = QStringLiteral("\\s*(?:-|–|—|~|～|〜|至|到|to|until)\\s*");
    static const QRegularExpression clock(
        QStringLiteral("(?:(上午|下午|晚上)\\s*)?(?<![+\\-−\\d:.：/])(\\d{1,2})(?:\\s*[:：]\\s*(\\d{2}))?(?!\\d)")
            + meridiem + QStringLiteral("(?:") + range
            + QStringLiteral("(?:(上午|下午|晚上)\\s*)?(\\d{1,2})(?:\\s*[:：]\\s*(\\d{2}))?(?!\\d)") + meridiem
            + QStringLiteral(")?"),
        QRegularExpression::CaseInsensitiveOption);
    const auto hasMeridiem = [](const QRegularExpressionMatch &m) {
        return m.capturedLength(1) + m.capturedLength(4) + m.capturedLength(5) + m.capturedLength(8) > 0;
    };
    // The first clock after the date, else the first in the text ("19:00, 2022-04-14").
    const auto findClock = [&](qsizetype from) {
        auto it = clock.globalMatch(value, from);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength(3) > 0 || hasMeridiem(m) || zoneFollows(value, m.capturedEnd(0))) {
                return m;
            }
        }
        return QRegularExpressionMatch();
    };
    QRegularExpressionMatch m = findClock(after);
    if (!m.hasMatch() && after > 0) {
        m = findClock(0);
    }
    if (m.hasMatch()) {
        QString startMeridiem = meridiemOf(m.captured(1), m.captured(4));
        QString endMeridiem = meridiemOf(m.captured(5), m.captured(8));
        // The range's end is a time as the start is: with minutes, am/pm or a zone after it.
        const bool hasEnd = m.capturedLength(6) > 0
            && (m.capturedLength(7) > 0 || hasMeridiem(m) || zoneFollows(value, m.capturedEnd(0)));
        if (hasEnd && startMeridiem.isEmpty() && !endMeridiem.isEmpty()) {
            // "10:30-11:30 pm", "1-3pm": the start shares the end's marker unless it would then
            // come after the end ("11:00-1:00 pm" starts before noon).
            const QTime shared = toTime(m.captured(2), m.captured(3), endMeridiem);
            const QTime end = toTime(m.captured(6), m.captured(7), endMeridiem);
            if (shared.isValid() && end.isValid() && shared <= end) {
                startMeridiem = endMeridiem;
            }
        }
        if (endMeridiem.isEmpty()) {
            endMeridiem = startMeridiem;
        }
        const QTime start = toTime(m.captured(2), m.captured(3), startMeridiem);
        if (start.isValid()) {
            result.start = start;
            if (hasEnd) {
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
    static const QRegularExpression beijing(
        QStringLiteral("北京时间|中国标准时间|Beijing\\s+time|China\\s+Standard\\s+Time"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch o = offset.match(value);
    if (o.hasMatch()) {
        const int hours = o.captured(2).toInt();
        const int minutes = o.captured(3).toInt();
        if (hours <= 14 && minutes < 60) {
            const int sign = o.captured(1) == QLatin1String("+") ? 1 : -1;
            result.utcOffsetSeconds = sign * (hours * 3600 + minutes * 60);
        }
    } else if (beijing.match(value).hasMatch()) {
        result.utcOffsetSeconds = 8 * 3600;
    } else if (const std::optional<int> zone = abbreviationOffset(value, context)) {
        result.utcOffsetSeconds = zone;
    } else {
        static const QRegularExpression utc(QStringLiteral("\\b(?:UTC|GMT)\\b(?!\\s*[+\\-−]\\s*\\d)"));
        if (utc.match(value).hasMatch()) {
            result.utcOffsetSeconds = 0;
        }
    }
    return result;
}

} // namespace gavel
