#include "minutes/timingreport.h"

#include "agenda/agendatree.h"
#include "meeting/clock.h"
#include "meeting/livemeeting.h"
#include "minutes/minutesexport.h"
#include "minutes/notesmarkdown.h"
#include "storage/csv.h"

#include <cmath>

namespace gavel::timingreport {

namespace {

QString minutesText(qint64 ms)
{
    const double tenths = std::round(double(ms) / 6000.0);
    QString text = QString::number(tenths / 10.0, 'f', 1);
    if (text.endsWith(QStringLiteral(".0"))) {
        text.chop(2);
    }
    return text;
}

// An item's title in a cell: neutralised as everywhere in the minutes, on one line, "|" escaped.
QString tableCell(const QString &text)
{
    QString t = notesmarkdown::inlineText(text);
    t.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return t;
}

} // namespace

// The items that ran, in run order, timed by the same rules the live meeting uses.
QList<Row> rows(const SessionData &session)
{
    qint64 now = session.savedAt;
    if (session.run.phase == RunState::Phase::Ended && session.run.endedAt > 0) {
        now = session.run.endedAt;
    }
    FixedClock clock(qMax(now, session.run.startedAt));
    LiveMeeting live(&clock);
    live.load(session.meeting, session.run, session.notes, session.attendees, session.minutes);
    QList<Row> out;
    for (int id : live.runOrder()) {
        const qint64 actual = live.elapsedMs(id);
        if (actual <= 0) {
            continue;
        }
        QStringList titles;
        for (int at = id; at;) {
            const AgendaItem *it = live.item(at);
            titles.prepend(it ? it->title : QString());
            const auto where = agendatree::locate(live.meeting().items, at);
            at = where ? where->parentId : 0;
        }
        out.append({titles.join(QStringLiteral(" / ")), live.plannedMs(id), actual});
    }
    return out;
}

QString markdownSection(const SessionData &session, const minuteswords::Words &w)
{
    QString out;
    const QList<Row> rows = timingreport::rows(session);
    out += QStringLiteral("## ") + w.timing + QStringLiteral("\n\n");
    out += QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(w.item, w.planned, w.actual, w.overrun);
    out += QStringLiteral("| --- | ---: | ---: | ---: |\n");
    Row total;
    qint64 totalOverrun = 0;
    for (const Row &row : rows) {
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(tableCell(row.title), minutesText(row.plannedMs), minutesText(row.actualMs),
                        minutesText(row.overrunMs()));
        total.plannedMs += row.plannedMs;
        total.actualMs += row.actualMs;
        totalOverrun += row.overrunMs();
    }
    out += QStringLiteral("| **%1** | **%2** | **%3** | **%4** |\n")
               .arg(w.total, minutesText(total.plannedMs), minutesText(total.actualMs), minutesText(totalOverrun));
    out += QLatin1Char('\n');
    return out;
}

QByteArray csv(const SessionData &session)
{
    QList<QStringList> rows {{QStringLiteral("item"), QStringLiteral("planned_minutes"),
                              QStringLiteral("actual_minutes"), QStringLiteral("overrun_minutes")}};
    Row total;
    qint64 totalOverrun = 0;
    for (const Row &row : timingreport::rows(session)) {
        rows.append({row.title, minutesText(row.plannedMs), minutesText(row.actualMs), minutesText(row.overrunMs())});
        total.plannedMs += row.plannedMs;
        total.actualMs += row.actualMs;
        totalOverrun += row.overrunMs();
    }
    rows.append({QStringLiteral("Total"), minutesText(total.plannedMs), minutesText(total.actualMs),
                 minutesText(totalOverrun)});
    return csv::write(rows);
}

QString fileName(const SessionData &session)
{
    return minutesexport::datedFileName(session, QStringLiteral("meeting-timing.csv"));
}

} // namespace gavel::timingreport
