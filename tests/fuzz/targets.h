#pragma once

// What each fuzz target does with one input: the same code runs under libFuzzer (fuzz_*.cpp)
// and, for every input that once crashed, hung or ran out of memory, in the regression test
// (tst_fuzzregressions). Each reads untrusted bytes the way Gavel does and then uses what it
// got as the app would; a broken promise (a session that does not read back) aborts.

#include "agenda/agendaimporter.h"
#include "agenda/agendajson.h"
#include "meeting/clock.h"
#include "meeting/livemeeting.h"
#include "storage/attendancecsv.h"
#include "storage/csv.h"
#include "storage/sessionfile.h"
#include "storage/sessionstore.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstdlib>

namespace gavel::fuzz {

inline void check(bool promise, const char *what)
{
    if (!promise) {
        std::fprintf(stderr, "broken promise: %s\n", what);
        std::abort();
    }
}

// An agenda as `gavel --print-agenda` reads it, then the meeting it gives, run for a while.
inline void agenda(const QByteArray &bytes)
{
    const ImportResult result = AgendaImporter::importBytes(bytes, QStringLiteral("fuzz.md"));
    check(result.ok() != result.error.startsWith(QStringLiteral("fuzz.md: ")), "an error names the file");
    if (!result.ok()) {
        return;
    }
    (void)QJsonDocument(agendaToJson(result.meeting)).toJson();
    FixedClock clock(1'700'000'000'000);
    LiveMeeting live(&clock);
    live.load(result.meeting);
    live.start();
    for (int id : live.runOrder()) {
        (void)live.plannedMs(id);
        (void)live.elapsedMs(id);
    }
    (void)live.plannedEnd();
    (void)live.projectedEnd();
}

// A session file as Gavel opens it. What it accepts must be a meeting Gavel can run, and must
// read back from what Gavel would write of it.
inline void session(const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject()) {
        return;
    }
    SessionData data;
    QString error;
    if (!sessionfile::fromJson(doc.object(), &data, &error)) {
        check(!error.isEmpty(), "a refused session says why");
        return;
    }
    SessionData again;
    check(sessionfile::fromJson(QJsonDocument::fromJson(sessionfile::toBytes(data)).object(), &again, &error),
          "an accepted session reads back from what is written of it");
    check(again.run == data.run && again.meeting.items == data.meeting.items, "the read-back session is the same");

    // Reopened an hour after its last save, as after a crash, and run on.
    FixedClock clock(data.savedAt + 60 * 60 * 1000);
    SessionStore::recover(data, {}, clock.nowMs());
    LiveMeeting live(&clock);
    live.load(data.meeting, data.run, data.notes, data.attendees, data.minutes);
    for (int id : live.runOrder()) {
        check(live.elapsedMs(id) >= 0, "no negative time");
        (void)live.allowedMs(id);
    }
    (void)live.remainingMs();
    (void)live.progress();
    (void)live.meetingElapsedMs();
    (void)live.projectedEnd();
    (void)live.behindMs();
}

// An attendance list as File > Import Attendance reads it.
inline void attendanceCsv(const QByteArray &bytes)
{
    QList<QStringList> rows;
    QString error;
    (void)csv::read(bytes, &rows, &error);
    QList<Attendee> attendees;
    if (!attendancecsv::importRoster(bytes, &attendees, &error)) {
        check(!error.isEmpty(), "a refused list says why");
        return;
    }
    FixedClock clock(1'700'000'000'000);
    LiveMeeting live(&clock);
    live.importAttendance(attendees);
    for (const Attendee &a : live.attendees()) {
        (void)live.minutesLate(a);
    }
}

} // namespace gavel::fuzz
