#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLockFile;

namespace gavel {

// One Gavel per session. The process that opens a session claims it: a lock file and a local
// server, both named after the session's path, in the user's runtime folder. Another Gavel asked
// to open the same session finds the lock held and hands the session over through the server
// instead: the owner brings its window forward. A lock left by a process that died is stale and
// taken over (QLockFile checks that its process still runs), so a crash never blocks a session.
// The server (Qt Network, in a plugin) starts once the window is up: start-up never waits for it.
class SessionClaim : public QObject
{
    Q_OBJECT

public:
    enum class Result {
        Claimed, // this process holds the session now
        HeldElsewhere, // another live Gavel holds it
        Unavailable, // no lock could be made (no runtime folder): nothing is claimed, nothing blocked
    };

    explicit SessionClaim(QObject *parent = nullptr);
    ~SessionClaim() override;

    // Claims `sessionPath` for this process, letting go of the session claimed before.
    Result claim(const QString &sessionPath);
    void release();
    QString claimed() const { return m_path; }
    // Whether the claimed session's server listens (it starts listenDelayMs after the claim).
    bool isListening() const { return m_listening; }

    // Asks the process holding `sessionPath` to bring it forward; true once the request is sent.
    // A server not up yet (its Gavel is starting) is waited for, up to `timeoutMs`.
    static bool handOver(const QString &sessionPath, int timeoutMs = 5000);

    // Where the lock and the server of a session are: derived from its absolute path.
    static QString lockFileOf(const QString &sessionPath);
    static QString serverNameOf(const QString &sessionPath);

    // How long after a claim its server starts: past the window's first frame. Tests set 0.
    static int listenDelayMs;

signals:
    // Another Gavel was asked to open the claimed session.
    void openedAgain();

private:
    void listen();

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    QObject *m_server = nullptr; // the plugin's server lives as long as this
    bool m_listening = false;
};

} // namespace gavel
