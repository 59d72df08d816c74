#include "series/historyloader.h"

#include <QMetaObject>

namespace gavel {

HistoryLoader::HistoryLoader(QObject *parent)
    : QObject(parent)
    , m_thread([this] { run(); })
{ }

HistoryLoader::~HistoryLoader()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_quit = true;
        m_waiting.reset();
    }
    m_stop = true;
    m_wake.notify_one();
    m_thread.join();
}

quint64 HistoryLoader::load(const QString &seriesFolder, const QString &exportFolder)
{
    quint64 ticket = 0;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        ticket = ++m_lastTicket;
        m_waiting = Request {ticket, seriesFolder, exportFolder};
        m_stop = m_working; // the reading under way is for an older request
    }
    m_wake.notify_one();
    return ticket;
}

void HistoryLoader::waitForDone()
{
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_idle.wait(lock, [this] { return !m_waiting && !m_working; });
    }
    deliver();
}

void HistoryLoader::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_quit || m_waiting; });
        if (m_quit) {
            return;
        }
        const Request request = *m_waiting;
        m_waiting.reset();
        m_working = true;
        m_stop = false;
        lock.unlock();
        LoadedHistory result;
        result.ticket = request.ticket;
        result.seriesFolder = request.seriesFolder;
        result.history = SeriesHistory::load(request.seriesFolder, request.exportFolder, &result.errors, &m_stop,
                                             &result.documentsRead);
        lock.lock();
        m_working = false;
        const bool wanted = !m_stop && !m_waiting && !m_quit;
        if (wanted) {
            m_done = std::move(result);
        }
        if (!m_waiting) {
            m_idle.notify_all();
        }
        if (wanted) {
            QMetaObject::invokeMethod(this, &HistoryLoader::deliver, Qt::QueuedConnection);
        }
    }
}

void HistoryLoader::deliver()
{
    std::optional<LoadedHistory> result;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        result.swap(m_done);
    }
    if (result) {
        emit loaded(*result);
    }
}

} // namespace gavel
