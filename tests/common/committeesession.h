#pragma once

// A steering committee's meeting, worked out by hand: 5 + 5 + (10 + 10) + 5 minutes from 10:00 to
// 11:00 at UTC+01:00, as a new session and eighteen minutes into its run. Shared by the tests of
// the session file and of the store that keeps it on disk.

#include "agenda/meeting.h"
#include "meeting/runstate.h"
#include "storage/sessionfile.h"

#include <QFile>

namespace gavel::test {

inline constexpr qint64 Sec = 1000;
inline constexpr qint64 Min = 60 * Sec;

// 2024-03-14 10:00 at UTC+01:00 is 09:00 UTC: 19796 days after the epoch, plus 9 h.
inline constexpr qint64 ScheduledStartMs = 19796LL * 24 * 60 * Min + 9 * 60 * Min;

// Ids of the committee meeting's items.
inline constexpr int Welcome = 1;
inline constexpr int Minutes = 2;
inline constexpr int Reports = 3; // parent whose children have durations: runs them in turn
inline constexpr int DocsWg = 4;
inline constexpr int ReleaseWg = 5;
inline constexpr int Aob = 6;

inline AgendaItem agendaItem(int id, const QString &title, std::optional<int> minutes,
                             const QList<AgendaItem> &children = {})
{
    AgendaItem it;
    it.id = id;
    it.title = title;
    it.minutes = minutes;
    it.children = children;
    return it;
}

// 5 + 5 + (10 + 10) + 5 minutes, from 10:00 to 11:00 at UTC+01:00.
inline Meeting committeeMeeting()
{
    Meeting m;
    m.title = QStringLiteral("Steering committee");
    m.time.date = QDate(2024, 3, 14);
    m.time.start = QTime(10, 0);
    m.time.end = QTime(11, 0);
    m.time.utcOffsetSeconds = 3600;
    m.join = {QStringLiteral("https://meeting.example.org/j/173625627"), QStringLiteral("173-625-627"),
              QStringLiteral("4711")};
    m.chair = Person {QStringLiteral("张军"), QStringLiteral("jzhang533")};
    // Either half of a person may be missing.
    m.viceChair = Person {QString(), QStringLiteral("jeff41404")};
    m.roster = {Person {QStringLiteral("Tao Luo"), QStringLiteral("luotao1")},
                Person {QStringLiteral("李华"), QString()}, Person {QString(), QStringLiteral("SigureMo")}};
    AgendaItem welcome = agendaItem(Welcome, QStringLiteral("Welcome and agenda"), 5);
    welcome.speakers = {QStringLiteral("jzhang533")};
    AgendaItem minutes = agendaItem(Minutes, QStringLiteral("Minutes of the last meeting"), 5);
    minutes.text = QStringLiteral("Draft circulated on Monday.\nComments by Wednesday.");
    AgendaItem docs = agendaItem(DocsWg, QStringLiteral("Documentation WG"), 10);
    docs.speakers = {QStringLiteral("TCChenlong"), QStringLiteral("Ligoml")};
    m.items = {
        welcome,
        minutes,
        agendaItem(Reports, QStringLiteral("Working group reports"), std::nullopt,
                   {docs, agendaItem(ReleaseWg, QStringLiteral("Release WG"), 10)}),
        agendaItem(Aob, QStringLiteral("Any other business"), 5),
    };
    return m;
}

inline ItemRun itemRun(qint64 startedAt, qint64 endedAt, qint64 elapsedMs, qint64 pausedMs, int extraSeconds, bool done,
                       bool skipped)
{
    ItemRun r;
    r.startedAt = startedAt;
    r.endedAt = endedAt;
    r.elapsedMs = elapsedMs;
    r.pausedMs = pausedMs;
    r.extraSeconds = extraSeconds;
    r.done = done;
    r.skipped = skipped;
    return r;
}

// Eighteen minutes in: Welcome done, Minutes skipped, Documentation done, Release WG running.
inline SessionData midRunSession()
{
    const qint64 t0 = ScheduledStartMs;
    SessionData d;
    d.series = QStringLiteral("Steering committee");
    d.sourceAgenda = QStringLiteral("/home/chair/agendas/2024-03-14-agenda.md");
    d.meeting = committeeMeeting();
    d.run.phase = RunState::Phase::Running;
    d.run.startedAt = t0;
    d.run.currentId = ReleaseWg;
    d.run.segmentStart = t0 + 17 * Min;
    d.run.pauseStart = t0 + 15 * Min + 30 * Sec;
    d.run.items.insert(Welcome, itemRun(t0, t0 + 4 * Min, 4 * Min, 0, 0, true, false));
    d.run.items.insert(Minutes, itemRun(0, 0, 0, 0, 0, false, true));
    d.run.items.insert(DocsWg, itemRun(t0 + 4 * Min, t0 + 15 * Min, 10 * Min, Min, 60, true, false));
    d.run.items.insert(ReleaseWg, itemRun(t0 + 15 * Min, 0, 30 * Sec, 90 * Sec, -60, false, false));
    d.notes.insert(0, QStringLiteral("Quorum reached.\nTwo apologies."));
    d.notes.insert(Minutes, QStringLiteral("Postponed to next week"));
    d.notes.insert(DocsWg, QStringLiteral("文档组：进展顺利 ✓"));
    d.savedAt = t0 + 18 * Min + 250;
    return d;
}

// A new session for the committee meeting, not started yet.
inline SessionData newSession()
{
    SessionData d;
    d.series = QStringLiteral("Steering committee");
    d.sourceAgenda = QStringLiteral("/home/chair/agendas/2024-03-14-agenda.md");
    d.meeting = committeeMeeting();
    return d;
}

// What session.json holds right now, read with the product's reader; empty when unreadable.
inline SessionData onDisk(const QString &path)
{
    SessionData data;
    QString error;
    if (!sessionfile::load(path, &data, &error)) {
        return {};
    }
    return data;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace gavel::test
