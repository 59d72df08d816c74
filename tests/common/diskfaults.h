#pragma once

// A disk that fails on purpose. Included by exactly one source file of a test executable, it
// stands in for the C library's write, fdatasync, fsync, rename, renameat2 and linkat: the
// calls Gavel's write path and Qt's QSaveFile really make (libQt6Core imports write, fdatasync,
// rename, renameat2 and linkat; Gavel syncs the folder with fsync). An armed fault fails the
// chosen call with the chosen errno for files under one folder only, after a chosen number of
// bytes for write(); everything else goes to the real call. A gate makes writes wait, as on a
// slow disk, until the test opens it.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <dlfcn.h>
#include <fcntl.h>
#include <mutex>
#include <stdio.h>
#include <sys/types.h>
#include <unistd.h>

namespace gavel::test::disk {

enum class Call { None, Write, Fdatasync, Fsync, Rename, Renameat2, Linkat };

struct State
{
    std::mutex mutex;
    std::condition_variable gateOpened;
    Call call = Call::None;
    int error = 0;
    QByteArray under; // only paths below this folder
    qint64 bytesBeforeFailure = 0; // write(): this many bytes go through, then it fails
    qint64 written = 0;
    int hits = 0; // calls failed
    bool gateClosed = false;
    int waiting = 0; // writes held at the gate
    bool gateTimedOut = false; // a write waited so long the test must have stalled on it
    int inFlight = 0; // writes under the folder running right now
    int mostInFlight = 0;
    QList<QByteArray> writtenFiles; // what each write under the folder wrote (first bytes), in order
    QList<Call> calls; // every call on a path under the folder, in order (consecutive writes once)
};

inline State &state()
{
    static State s;
    return s;
}

// Fails `call` with `error` for paths under `folder`; for Call::Write after `bytesBefore` bytes.
inline void fail(Call call, int error, const QString &folder, qint64 bytesBefore = 0)
{
    std::lock_guard<std::mutex> lock(state().mutex);
    state().call = call;
    state().error = error;
    state().under = QFile::encodeName(folder);
    state().bytesBeforeFailure = bytesBefore;
    state().written = 0;
    state().hits = 0;
    state().calls.clear();
}

inline void heal()
{
    std::lock_guard<std::mutex> lock(state().mutex);
    state().call = Call::None;
}

inline int hits()
{
    std::lock_guard<std::mutex> lock(state().mutex);
    return state().hits;
}

// Writes under `folder` wait until openGate(); they are counted either way.
inline void closeGate(const QString &folder)
{
    std::lock_guard<std::mutex> lock(state().mutex);
    state().gateClosed = true;
    state().gateTimedOut = false;
    state().under = QFile::encodeName(folder);
    state().mostInFlight = 0;
    state().writtenFiles.clear();
}

inline void openGate()
{
    {
        std::lock_guard<std::mutex> lock(state().mutex);
        state().gateClosed = false;
    }
    state().gateOpened.notify_all();
}

inline bool gateTimedOut()
{
    std::lock_guard<std::mutex> lock(state().mutex);
    return state().gateTimedOut;
}

inline int waitingAtGate()
{
    std::lock_guard<std::mutex> lock(state().mutex);
    return state().waiting;
}

inline int mostWritesAtOnce()
{
    std::lock_guard<std::mutex> lock(state().mutex);
    return state().mostInFlight;
}

inline QList<QByteArray> writtenFiles()
{
    std::lock_guard<std::mutex> lock(state().mutex);
    return state().writtenFiles;
}

inline bool isUnder(const QByteArray &path, const QByteArray &folder)
{
    return !folder.isEmpty() && path.startsWith(folder + '/');
}

// Caller holds the mutex.
inline void logCall(Call call)
{
    if (state().calls.isEmpty() || state().calls.last() != call || call != Call::Write) {
        state().calls.append(call);
    }
}

// Watches the calls made on paths under `folder` without failing any.
inline void watch(const QString &folder)
{
    std::lock_guard<std::mutex> lock(state().mutex);
    state().call = Call::None;
    state().under = QFile::encodeName(folder);
    state().calls.clear();
}

inline QList<Call> calls()
{
    std::lock_guard<std::mutex> lock(state().mutex);
    return state().calls;
}

inline QByteArray pathOfFd(int fd)
{
    char link[64];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    char target[4096];
    const ssize_t n = ::readlink(link, target, sizeof target - 1);
    return n > 0 ? QByteArray(target, int(n)) : QByteArray();
}

template<typename F> F real(const char *name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

// Whether `call` on `path` fails now; counts it.
inline bool failsNow(Call call, const QByteArray &path)
{
    std::lock_guard<std::mutex> lock(state().mutex);
    if (!isUnder(path, state().under)) {
        return false;
    }
    logCall(call);
    if (state().call != call) {
        return false;
    }
    ++state().hits;
    errno = state().error;
    return true;
}

} // namespace gavel::test::disk

extern "C" ssize_t write(int fd, const void *buf, size_t count)
{
    using namespace gavel::test::disk;
    static const auto realWrite = real<ssize_t (*)(int, const void *, size_t)>("write");
    if (fd <= 2) {
        return realWrite(fd, buf, count);
    }
    const QByteArray path = pathOfFd(fd);
    State &s = state();
    std::unique_lock<std::mutex> lock(s.mutex);
    if (!isUnder(path, s.under)) {
        lock.unlock();
        return realWrite(fd, buf, count);
    }
    ++s.waiting;
    // A test that waits on its own write (a save that blocks the caller) fails instead of hanging.
    if (!s.gateOpened.wait_for(lock, std::chrono::seconds(10), [&s] { return !s.gateClosed; })) {
        s.gateTimedOut = true;
    }
    --s.waiting;
    logCall(Call::Write);
    if (s.call == Call::Write) {
        const qint64 room = s.bytesBeforeFailure - s.written;
        if (room <= 0) {
            ++s.hits;
            errno = s.error;
            return -1;
        }
        count = size_t(std::min<qint64>(qint64(count), room));
    }
    ++s.inFlight;
    s.mostInFlight = std::max(s.mostInFlight, s.inFlight);
    s.writtenFiles.append(QByteArray(static_cast<const char *>(buf), int(std::min<size_t>(count, 4096))));
    lock.unlock();
    const ssize_t n = realWrite(fd, buf, count);
    lock.lock();
    --s.inFlight;
    if (n > 0) {
        s.written += n;
    }
    return n;
}

extern "C" int fdatasync(int fd)
{
    using namespace gavel::test::disk;
    static const auto realSync = real<int (*)(int)>("fdatasync");
    return failsNow(Call::Fdatasync, pathOfFd(fd)) ? -1 : realSync(fd);
}

extern "C" int fsync(int fd)
{
    using namespace gavel::test::disk;
    static const auto realSync = real<int (*)(int)>("fsync");
    // A folder's own path is not below itself: match the folder and what is in it.
    const QByteArray path = pathOfFd(fd) + '/';
    return failsNow(Call::Fsync, path) ? -1 : realSync(fd);
}

extern "C" int rename(const char *from, const char *to) noexcept
{
    using namespace gavel::test::disk;
    static const auto realRename = real<int (*)(const char *, const char *)>("rename");
    return failsNow(Call::Rename, QByteArray(to)) ? -1 : realRename(from, to);
}

extern "C" int renameat2(int fromFd, const char *from, int toFd, const char *to, unsigned int flags) noexcept
{
    using namespace gavel::test::disk;
    static const auto realRename = real<int (*)(int, const char *, int, const char *, unsigned int)>("renameat2");
    return failsNow(Call::Renameat2, QByteArray(to)) ? -1 : realRename(fromFd, from, toFd, to, flags);
}

extern "C" int linkat(int fromFd, const char *from, int toFd, const char *to, int flags) noexcept
{
    using namespace gavel::test::disk;
    static const auto realLink = real<int (*)(int, const char *, int, const char *, int)>("linkat");
    return failsNow(Call::Linkat, QByteArray(to)) ? -1 : realLink(fromFd, from, toFd, to, flags);
}
