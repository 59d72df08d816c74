#pragma once

#include "series/serieshistory.h"

#include <QObject>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace gavel {

// Reads a series' history (SeriesHistory::load() with the series' agendas and minutes) on a
// worker thread: a first reading of a community's folder reads every file there, which a big
// folder makes too long for the GUI thread. The result comes back on the thread that owns this
// object, as loaded(). A request made while another waits replaces it; one under way is told to
// stop between two files (what it read is kept in the index) and its result is not delivered.
struct LoadedHistory
{
    quint64 ticket = 0; // HistoryLoader::load()'s
    QString seriesFolder;
    SeriesHistory history;
    QStringList errors; // damaged sessions and documents, each naming its file
    int documentsRead = 0; // files read this time (not taken from the index)
};

class HistoryLoader : public QObject
{
    Q_OBJECT

public:
    explicit HistoryLoader(QObject *parent = nullptr);
    ~HistoryLoader() override; // stops a reading under way and waits for it

    // Asks for the history of the series at seriesFolder with the documents of exportFolder
    // (empty: none); returns the ticket loaded() will carry.
    quint64 load(const QString &seriesFolder, const QString &exportFolder);
    // Blocks until nothing is waiting or under way, then delivers the last result (tests, benches).
    void waitForDone();

signals:
    void loaded(const gavel::LoadedHistory &result);

private:
    struct Request
    {
        quint64 ticket = 0;
        QString seriesFolder;
        QString exportFolder;
    };

    void run();
    void deliver();

    std::mutex m_mutex;
    std::condition_variable m_wake; // a request came, or stop
    std::condition_variable m_idle; // nothing waiting, nothing under way
    std::optional<Request> m_waiting;
    std::optional<LoadedHistory> m_done;
    bool m_working = false;
    bool m_quit = false;
    std::atomic<bool> m_stop {false}; // the reading under way is no longer wanted
    quint64 m_lastTicket = 0;
    std::thread m_thread;
};

} // namespace gavel
