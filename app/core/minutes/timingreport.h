#pragma once

#include "minutes/minuteswords.h"
#include "storage/sessionfile.h"

#include <QByteArray>
#include <QString>

namespace gavel::timingreport {

// One item that ran: its title (with its parents' before it), planned and actual time.
struct Row
{
    QString title;
    qint64 plannedMs = 0;
    qint64 actualMs = 0;
    qint64 overrunMs() const { return qMax<qint64>(0, actualMs - plannedMs); }
};

// The items that ran, in run order, timed by the same rules the live meeting uses.
QList<Row> rows(const SessionData &session);
// "## 时间统计" / "## Timing": a table of planned, actual and overrun minutes with totals.
QString markdownSection(const SessionData &session, const minuteswords::Words &words);
// The same figures as CSV (UTF-8 with BOM), for a spreadsheet.
QByteArray csv(const SessionData &session);
// "2022-04-14-meeting-timing.csv"
QString fileName(const SessionData &session);

} // namespace gavel::timingreport
