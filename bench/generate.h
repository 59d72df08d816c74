#pragma once

// What the benchmarks open: a generated agenda of any size in the shape of the community's
// agendas, sessions made from agendas as Gavel makes them, and a series with many earlier
// meetings. Header only; each benchmark is one program.

#include "agenda/agendaimporter.h"
#include "fakeclock.h"
#include "meeting/attendance.h"
#include "meeting/clock.h"
#include "meeting/livemeeting.h"
#include "series/seriesnames.h"
#include "storage/sessionfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cstdio>
#include <cstdlib>

namespace gavel::bench {

[[noreturn]] inline void fail(const QString &what)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(what));
    std::exit(1);
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
        fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    }
}

// An agenda of `items` items (a quarter top-level, each with three sub-items) on `date`, with a
// roster of 40, in the community's bilingual shape.
inline QByteArray generatedAgenda(int items, const QDate &date)
{
    QString md = QStringLiteral("# Release train sync 第 %1 次会议\n\n").arg(items);
    md += QStringLiteral("- 本次会议时间：%1 19:00-21:00\n").arg(date.toString(Qt::ISODate));
    md += QStringLiteral("- 本次会议主席：张军（[jzhang533](https://github.com/jzhang533)）\n");
    md += QStringLiteral("- 本次拟参会 Contributor 列表：\n");
    for (int i = 0; i < 40; ++i) {
        md += QStringLiteral("    - [contributor%1](https://github.com/contributor%1)\n").arg(i);
    }
    md += QStringLiteral("\n# 会议议程\n\n");
    const int parents = items / 4;
    for (int p = 0; p < parents; ++p) {
        md += QStringLiteral("- 议题 %1：Operator benchmark and API review round %1（3 minutes）\n").arg(p + 1);
        for (int c = 0; c < 3; ++c) {
            md += QStringLiteral("  - [contributor%1](https://github.com/contributor%1) 分享 part %2 (1 min)\n")
                      .arg((p * 3 + c) % 40)
                      .arg(c + 1);
        }
    }
    return md.toUtf8();
}

// The session Gavel keeps for an agenda, written where Gavel looks for it, so opening the
// agenda resumes it without asking for the series. Running: started a minute ago, on its
// first item, saved just now.
inline QString writeSessionFor(const QString &home, const QString &agendaPath, bool running)
{
    const ImportResult imported = AgendaImporter::importFile(agendaPath);
    if (!imported.ok()) {
        fail(imported.error);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const series::Place place = series::placeOf(home, imported.meeting, QDate::currentDate());
    SessionData data;
    data.series = place.series;
    data.sourceAgenda = QFileInfo(agendaPath).absoluteFilePath();
    FakeClock clock(now - 60 * 1000);
    LiveMeeting live(&clock);
    live.load(imported.meeting);
    if (running) {
        live.start();
        clock.advance(60 * 1000);
    }
    data.meeting = live.meeting();
    data.run = live.run();
    data.attendees = live.attendees();
    data.savedAt = now;
    QDir().mkpath(QFileInfo(place.sessionPath).absolutePath());
    const WriteResult written = sessionfile::save(place.sessionPath, data);
    if (!written.ok()) {
        fail(written.error);
    }
    return place.sessionPath;
}

// `count` earlier meetings of the agenda's series, a week apart before its date: each run
// through, with two thirds of the roster checked in (some late), notes and a decision, as the
// series' folder holds them after a year or more of calls.
inline void writeEarlierMeetings(const QString &home, const QString &agendaPath, int count)
{
    const ImportResult imported = AgendaImporter::importFile(agendaPath);
    if (!imported.ok()) {
        fail(imported.error);
    }
    const series::Place place = series::placeOf(home, imported.meeting, QDate::currentDate());
    QRandomGenerator random(20261130);
    for (int k = 1; k <= count; ++k) {
        const QDate date = place.date.addDays(-7 * k);
        Meeting meeting = imported.meeting;
        meeting.time.date = date;
        const qint64 start = QDateTime(date, QTime(19, 0)).toMSecsSinceEpoch();
        FakeClock clock(start - 5 * 60 * 1000);
        LiveMeeting live(&clock);
        live.load(meeting);
        const QList<Attendee> roster = live.attendees();
        for (const Attendee &a : roster) {
            if (random.bounded(3) != 0) {
                live.checkIn(a.key());
            }
        }
        live.addWalkIn(QStringLiteral("新同学 %1").arg(k), QStringLiteral("newcomer%1").arg(k));
        live.start();
        live.setNotes(0, QStringLiteral("第 %1 次会议：进展顺利，会议纪要见 PR。").arg(k));
        live.addDecision(0, QStringLiteral("Keep the bi-weekly schedule"));
        while (live.phase() == LiveMeeting::Phase::Running) {
            clock.advance(4 * 60 * 1000);
            live.next();
        }
        SessionData data;
        data.series = place.series;
        data.sourceAgenda = QFileInfo(agendaPath).absoluteFilePath();
        data.meeting = live.meeting();
        data.run = live.run();
        data.notes = live.allNotes();
        data.attendees = live.attendees();
        data.minutes = live.minutes();
        data.savedAt = clock.nowMs();
        const QString path = sessionfile::sessionPath(home, place.series, date);
        QDir().mkpath(QFileInfo(path).absolutePath());
        const WriteResult written = sessionfile::save(path, data);
        if (!written.ok()) {
            fail(written.error);
        }
    }
}

} // namespace gavel::bench
