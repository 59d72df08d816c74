#pragma once

#include "agenda/meeting.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace gavel::series {

// The series a meeting belongs to, from its title without ordinal and date:
// "Paddle Framework Contributor Club 五十次会议议程" -> "Paddle Framework Contributor Club".
QString proposeSeries(const QString &title);
// The series already in the sessions folder (its subfolders).
QStringList existingSeries(const QString &root);
// The existing series that is the proposal but for case, spaces and punctuation, if any.
QString matchingSeries(const QString &proposal, const QStringList &existing);
// The existing series whose name is nearly the proposal (a letter or two apart, case, spaces
// and punctuation aside: "Paddle Frawework…" and "Paddle Framework…"), the nearest first; empty
// when none is. Short names must match exactly: "周会" and "例会" are two series.
QString nearestSeries(const QString &proposal, const QStringList &existing);

// Where a meeting opened from its agenda goes: the series proposed from its title (an existing
// series that matches it wins), its date (the agenda's, else today), and its session's path.
struct Place
{
    QString proposal;
    QStringList existing;
    QString series;
    QDate date;
    QString sessionPath;
    bool known = false; // the meeting has a session there already
};
Place placeOf(const QString &root, const Meeting &meeting, const QDate &today);

// A session's series folder (<root>/<series>) and its meeting's date (its folder's name).
QString folderOf(const QString &sessionPath);
QDate dateOf(const QString &sessionPath, const Meeting &meeting);

} // namespace gavel::series
