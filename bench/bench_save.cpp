// What a save costs, for sessions of 15 KB (a PFCC meeting), 500 KB and 2 MB (a 5,000-person
// roster with long notes): the time the GUI thread spends serialising the session (all the
// meeting waits for; the write runs on a worker), and the time the one atomic write path takes
// to put the bytes on disk, against a floor: the least a durable replace can do (POSIX write,
// fdatasync, rename, folder fsync of the same bytes). Medians of repeated runs, in
// milliseconds. Numbers, not verdicts: compare runs on the same machine and disk.

#include "meeting/clock.h"
#include "meeting/livemeeting.h"
#include "storage/atomicfile.h"
#include "storage/sessionfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

using namespace gavel;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// The least a durable replace of a file can do.
bool floorWrite(const QString &path, const QByteArray &bytes)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = target + ".floor";
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        return false;
    }
    bool ok = ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size() && ::fdatasync(fd) == 0;
    ok = ::close(fd) == 0 && ok && ::rename(temporary.constData(), target.constData()) == 0;
    const int folder = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    ok = ok && folder >= 0 && ::fsync(folder) == 0;
    if (folder >= 0) {
        ::close(folder);
    }
    return ok;
}

SessionData session(int people, int noteKilobytes, qint64 now)
{
    SessionData d;
    d.series = QStringLiteral("Paddle Framework Contributor Club");
    d.meeting.title = QStringLiteral("Paddle Framework Contributor Club 六十一次会议议程");
    d.meeting.time.date = QDate(2025, 10, 16);
    for (int i = 1; i <= 8; ++i) {
        AgendaItem item;
        item.id = i;
        item.title = QStringLiteral("议程 %1：框架贡献者分享").arg(i);
        item.minutes = 10;
        d.meeting.items.append(item);
    }
    for (int i = 0; i < people; ++i) {
        d.meeting.roster.append(Person {QStringLiteral("参会者 %1").arg(i), QStringLiteral("member%1").arg(i)});
    }
    FixedClock clock(now);
    LiveMeeting live(&clock);
    live.load(d.meeting);
    live.setNotes(0, QString(noteKilobytes * 1024 / 3, QChar(0x4F1A)));
    live.start();
    d.meeting = live.meeting();
    d.run = live.run();
    d.notes = live.allNotes();
    d.attendees = live.attendees();
    d.savedAt = now;
    return d;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir(argc > 1 ? QString::fromLocal8Bit(argv[1]) + QStringLiteral("/bench_save-XXXXXX") : QString());
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_save: cannot make a folder to write in\n");
        return 1;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    struct Case
    {
        const char *name;
        int people;
        int noteKilobytes;
    };
    const Case cases[] = {{"PFCC meeting, 30 people", 30, 8}, {"1,000 people", 1000, 200}, {"5,000 people", 5000, 600}};

    std::printf("%-26s %9s %14s %12s %12s\n", "session", "bytes", "serialise_ms", "write_ms", "floor_ms");
    for (const Case &c : cases) {
        const SessionData data = session(c.people, c.noteKilobytes, now);
        QByteArray bytes;
        const double serialise = medianMs(21, [&] { bytes = sessionfile::toBytes(data); });
        const QString path = dir.filePath(QStringLiteral("session.json"));
        bool ok = true;
        const double write = medianMs(21, [&] { ok = writeFileAtomically(path, bytes).ok() && ok; });
        const QString floorPath = dir.filePath(QStringLiteral("floor.json"));
        const double floor = medianMs(21, [&] { ok = floorWrite(floorPath, bytes) && ok; });
        if (!ok) {
            std::fprintf(stderr, "bench_save: a write failed in %s\n", qPrintable(dir.path()));
            return 1;
        }
        std::printf("%-26s %9lld %14.2f %12.2f %12.2f\n", c.name, static_cast<long long>(bytes.size()), serialise,
                    write, floor);
    }
    return 0;
}
