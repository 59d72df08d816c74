#include "agenda/durations.h"

#include <QRegularExpression>

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
    // dot, colon or slash, so clock times (19:00-19:05), versions and dates never count.
    static const QRegularExpression re(
        QStringLiteral("(?<![A-Za-z0-9.:/_])"
                       "(?:(\\d+(?:\\.\\d+)?)\\s*(?:-|–|—|~|～|〜|至|到|to)\\s*)?"
                       "(\\d+(?:\\.\\d+)?)\\s*"
                       "(?:(hours?|hrs?|h|小时)(?:\\s*(\\d+)\\s*(?:minutes?|mins?|分钟|分))?|(minutes?|mins?|分钟))"
                       "(?![A-Za-z])"
                       "|(半小时|half an hour)"),
        QRegularExpression::CaseInsensitiveOption);
    QList<Duration> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        double minutes = 0;
        if (m.capturedLength(6) > 0) {
            minutes = 30;
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
        if (find(m.captured(1)).isEmpty()) {
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
