#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace gavel::durations {

// The longest duration there is: a stated duration over 24 hours is not a duration, no item
// is planned or runs longer, and no +1 min reaches past it.
constexpr int maxMinutes = 24 * 60;
constexpr qint64 maxMs = qint64(maxMinutes) * 60 * 1000;

// a + b, held at the largest int instead of overflowing: sums of durations saturate.
int saturatingAdd(int a, int b);

// A planned duration written in text: "5 min", "(<=5min)", "10 ～ 20min", "1 h", "5分钟",
// "30m", "(1m)", "5'", "(0:15)". Numbers too large to be a duration ("2147483647 hours") are
// not one, nor are clock times, counts, dates, versions and sums of money.
struct Duration
{
    qsizetype start = 0;
    qsizetype end = 0;
    int minutes = 0; // a range counts as its upper bound, hours as 60 minutes
};

QList<Duration> find(const QString &text);
// The sum of every duration in the text (at most maxMinutes); nullopt when there is none.
std::optional<int> total(const QString &text);
// The text with every bracketed group that holds a duration removed and whitespace
// collapsed: "自由发言 (5min) 与 问答 (10min)" -> "自由发言 与 问答".
QString withoutDurationGroups(const QString &text);

} // namespace gavel::durations
