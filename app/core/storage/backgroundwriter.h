#pragma once

#include "storage/atomicfile.h"

#include <QObject>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace gavel {

// Writes files through the one atomic path on a worker thread, so a slow disk never holds up
// the meeting: one write at a time, in the order they were asked for. Results come back on
// the thread that owns this object, as the written() signal.
class BackgroundWriter : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundWriter(QObject *parent = nullptr);
    ~BackgroundWriter() override; // finishes every queued write first

    // Queues a write; returns its ticket, which written() carries.
    quint64 write(const QString &path, const QByteArray &contents, Folders folders = Folders::MustExist);
    // Queues a write whose contents are made on the worker, in turn with the other writes: for
    // a file read, changed and written back (an index). `make` runs on the worker thread and
    // returns the bytes, or nothing when there is nothing to write (reported as written).
    using Maker = std::function<std::optional<QByteArray>()>;
    quint64 writeMade(const QString &path, Maker make, Folders folders = Folders::MustExist);
    // Blocks until every queued write is done and reports their results before returning.
    void waitForDone();
    bool isBusy() const;

signals:
    void written(quint64 ticket, const QString &path, const gavel::WriteResult &result);

private:
    struct Job
    {
        quint64 ticket = 0;
        QString path;
        QByteArray contents;
        Maker make; // when set, makes the contents on the worker
        Folders folders = Folders::MustExist;
    };
    struct Done
    {
        quint64 ticket = 0;
        QString path;
        WriteResult result;
    };

    void run();
    void deliver();

    mutable std::mutex m_mutex;
    std::condition_variable m_wake; // a job arrived, or stop
    std::condition_variable m_idle; // the queue ran empty
    std::deque<Job> m_jobs;
    std::deque<Done> m_done;
    bool m_writing = false;
    bool m_stop = false;
    quint64 m_lastTicket = 0;
    std::thread m_thread;
};

} // namespace gavel
