#include "agenda/durations.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace gavel::durations {

namespace {

double toNumber(const QString &s)
{
    return s.isEmpty() ? 0.0 : s.toDouble();
}

} // namespace

int saturatingAdd(int a, int b)
{
    const qint64 sum = qint64(a) + qint64(b);
    return int(qBound(qint64(std::numeric_limits<int>::min()), sum, qint64(std::numeric_limits<int>::max())));
}

QList<Duration> find(const QString &text)
{
    // A number (or a range of two) right before a unit. Not after an ASCII letter, digit,
    // dot, colon, slash, '#' or a currency sign, so clock times (19:00-19:05), versions,
    // dates, issue numbers and sums of money ("$4m") never count. A lone "m" is lowercase
    // ("5M" is millions) and ends the phrase: "30m" and "(1m)" are minutes, "5m users" is not.
    // "5'" is minutes too, but not a foot ("5'10"), a quotation or a possessive ("90's").
    static const QRegularExpression re(
        QStringLiteral(
            "(?<![A-Za-z0-9.:/_#$€£¥])"
            "(?:(\\d+(?:\\.\\d+)?)\\s*(?:-|–|—|~|～|〜|至|到|to)\\s*)?"
            "(\\d+(?:\\.\\d+)?)\\s*"
            "(?:(hours?|hrs?|h|小时)(?:\\s*(\\d+)\\s*(?:minutes?|mins?|分钟|分|(?<=\\d)(?-i:m)(?!\\s*[\\p{L}\\d])))?"
            "|(minutes?|mins?|分钟|(?<=\\d)(?-i:m)(?!\\s*[\\p{L}\\d])))"
            "(?![A-Za-z])"
            "|(半小时|half an hour)"
            "|(?<![A-Za-z0-9_.:/#$€£¥'‘’′])(\\d{1,4})['’′](?![A-Za-z0-9_'’′\"″])"),
        QRegularExpression::CaseInsensitiveOption);
    // "(0:15)": h:mm is a duration only as the whole content of a bracket, with a one-digit
    // hour below 4. A time of day is written "19:00", "09:30" or with am/pm; 0:00-3:59
    // bracketed alone is no time a meeting is held at.
    static const QRegularExpression hoursMinutes(
        QStringLiteral("[（(【\\[]\\s*([0-3])\\s*:\\s*([0-5]\\d)\\s*[)）】\\]]"));
    QList<Duration> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        double minutes = 0;
        if (m.capturedLength(6) > 0) {
            minutes = 30;
        } else if (m.capturedLength(7) > 0) {
            minutes = toNumber(m.captured(7));
        } else if (m.captured(5) == QLatin1String("m") && m.captured(2).contains(QLatin1Char('.'))) {
            continue; // "1.5m" is a sum or a length, never a number of minutes
        } else {
            const double upper = toNumber(m.captured(2));
            minutes = m.capturedLength(3) > 0 ? upper * 60 + toNumber(m.captured(4)) : upper;
        }
        // Compared as a double, before any conversion: "99999999999999999999 min" must not overflow.
        if (!std::isfinite(minutes) || minutes > maxMinutes) {
            continue;
        }
        out.append({m.capturedStart(0), m.capturedEnd(0), static_cast<int>(std::lround(minutes))});
    }
    auto hm = hoursMinutes.globalMatch(text);
    while (hm.hasNext()) {
        const QRegularExpressionMatch m = hm.next();
        const int minutes = m.captured(1).toInt() * 60 + m.captured(2).toInt();
        const bool overlaps = std::any_of(out.cbegin(), out.cend(), [&m](const Duration &d) {
            return d.start < m.capturedEnd(0) && m.capturedStart(0) < d.end;
        });
        if (minutes > 0 && !overlaps) {
            out.append({m.capturedStart(0), m.capturedEnd(0), minutes});
        }
    }
    std::sort(out.begin(), out.end(), [](const Duration &a, const Duration &b) { return a.start < b.start; });
    return out;
}

std::optional<int> total(const QString &text)
{
    const QList<Duration> found = find(text);
    if (found.isEmpty()) {
        return std::nullopt;
    }
    int sum = 0;
    for (const Duration &d : found) {
        sum = saturatingAdd(sum, d.minutes);
    }
    return qMin(sum, maxMinutes);
}

QString withoutDurationGroups(const QString &text)
{
    static const QRegularExpression group(QStringLiteral("[（(【]([^（()）【】]*)[)）】]"));
    QString out;
    qsizetype from = 0;
    auto it = group.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (find(m.captured(0)).isEmpty()) {
            continue;
        }
        out += text.mid(from, m.capturedStart(0) - from);
        from = m.capturedEnd(0);
        // "项目 (5 min)." leaves no space hanging before the punctuation that followed.
        if (from < text.size() && QStringLiteral(".,;:!?，。；：！？、").contains(text[from])) {
            while (out.endsWith(QLatin1Char(' '))) {
                out.chop(1);
            }
        }
    }
    out += text.mid(from);
    return out.simplified();
}

} // namespace gavel::durations
