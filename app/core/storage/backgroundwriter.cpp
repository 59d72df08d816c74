#include "storage/backgroundwriter.h"

#include <QMetaObject>

namespace gavel {

BackgroundWriter::BackgroundWriter(QObject *parent)
    : QObject(parent)
    , m_thread([this] { run(); })
{ }

BackgroundWriter::~BackgroundWriter()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join(); // the worker finishes the queue before it stops
}

quint64 BackgroundWriter::write(const QString &path, const QByteArray &contents, Folders folders)
{
    quint64 ticket = 0;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        ticket = ++m_lastTicket;
        m_jobs.push_back({ticket, path, contents, nullptr, folders});
    }
    m_wake.notify_one();
    return ticket;
}

quint64 BackgroundWriter::writeMade(const QString &path, Maker make, Folders folders)
{
    quint64 ticket = 0;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        ticket = ++m_lastTicket;
        m_jobs.push_back({ticket, path, QByteArray(), std::move(make), folders});
    }
    m_wake.notify_one();
    return ticket;
}

void BackgroundWriter::waitForDone()
{
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_idle.wait(lock, [this] { return m_jobs.empty() && !m_writing; });
    }
    deliver();
}

bool BackgroundWriter::isBusy() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return !m_jobs.empty() || m_writing;
}

void BackgroundWriter::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
        if (m_jobs.empty()) {
            return; // stopping, and nothing left to write
        }
        Job job = std::move(m_jobs.front());
        m_jobs.pop_front();
        m_writing = true;
        lock.unlock();
        WriteResult result;
        if (job.make) {
            if (const std::optional<QByteArray> made = job.make()) {
                result = writeFileAtomically(job.path, *made, job.folders);
            }
        } else {
            result = writeFileAtomically(job.path, job.contents, job.folders);
        }
        lock.lock();
        m_writing = false;
        m_done.push_back({job.ticket, job.path, result});
        if (m_jobs.empty()) {
            m_idle.notify_all();
        }
        if (!m_stop) {
            QMetaObject::invokeMethod(this, &BackgroundWriter::deliver, Qt::QueuedConnection);
        }
    }
}

void BackgroundWriter::deliver()
{
    while (true) {
        Done done;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_done.empty()) {
                return;
            }
            done = std::move(m_done.front());
            m_done.pop_front();
        }
        emit written(done.ticket, done.path, done.result);
    }
}

} // namespace gavel
