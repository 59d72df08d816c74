#include "sessionclaim.h"

#include "localchannel.h"
#include "plugins/plugins.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

namespace gavel {

namespace {

Q_LOGGING_CATEGORY(lcClaim, "gavel.sessionclaim")

const QByteArray raiseRequest = QByteArrayLiteral("raise\n");

// The same session however it was named (relative, with "..").
QString keyOf(const QString &sessionPath)
{
    const QByteArray path = QFileInfo(sessionPath).absoluteFilePath().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(20));
}

// The user's own runtime folder (XDG_RUNTIME_DIR): private to them and emptied at log-out.
QString runtimeFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
}

// The local sockets' plugin, loaded on first use; nullptr (said once) when it cannot be.
LocalChannel *channel()
{
    static LocalChannel *loaded = [] {
        QStringList failures;
        auto *plugin = qobject_cast<LocalChannel *>(plugins::instance(QStringLiteral(GAVEL_CHANNEL_PLUGIN), &failures));
        if (!plugin) {
            qCWarning(lcClaim) << "no local channel plugin" << GAVEL_CHANNEL_PLUGIN << "in" << plugins::folders()
                               << failures << ": sessions are not handed between Gavels";
        }
        return plugin;
    }();
    return loaded;
}

} // namespace

int SessionClaim::listenDelayMs = 1000;

SessionClaim::SessionClaim(QObject *parent)
    : QObject(parent)
{ }

SessionClaim::~SessionClaim()
{
    release();
}

QString SessionClaim::lockFileOf(const QString &sessionPath)
{
    return runtimeFolder() + QStringLiteral("/gavel-") + keyOf(sessionPath) + QStringLiteral(".lock");
}

QString SessionClaim::serverNameOf(const QString &sessionPath)
{
    return runtimeFolder() + QStringLiteral("/gavel-") + keyOf(sessionPath) + QStringLiteral(".socket");
}

SessionClaim::Result SessionClaim::claim(const QString &sessionPath)
{
    const QString path = QFileInfo(sessionPath).absoluteFilePath();
    if (m_lock && path == m_path) {
        return Result::Claimed;
    }
    auto lock = std::make_unique<QLockFile>(lockFileOf(path));
    // Stale only when its process is gone, never by age: a meeting may stay open for hours.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            return Result::HeldElsewhere;
        }
        qCWarning(lcClaim) << "no lock for" << path << "in" << runtimeFolder() << "; opened without one";
        return Result::Unavailable;
    }
    release();
    m_path = path;
    m_lock = std::move(lock);
    m_server = new QObject(this);
    QTimer::singleShot(listenDelayMs, m_server, [this] { listen(); });
    return Result::Claimed;
}

void SessionClaim::listen()
{
    LocalChannel *local = channel();
    m_listening = local && local->listen(serverNameOf(m_path), m_server, [this](const QByteArray &line) {
        if (line == raiseRequest) {
            emit openedAgain();
        }
    });
}

void SessionClaim::release()
{
    delete m_server; // closes the server, and removes its socket
    m_server = nullptr;
    m_listening = false;
    m_lock.reset(); // unlocks, and removes the lock file
    m_path.clear();
}

bool SessionClaim::handOver(const QString &sessionPath, int timeoutMs)
{
    LocalChannel *local = channel();
    if (!local) {
        return false;
    }
    // No answer is awaited: the owner may be this very thread (two windows of one process), and
    // its lock says it lives. The request waits in the socket until its event loop reads it.
    const QDeadlineTimer deadline(timeoutMs);
    while (!local->send(serverNameOf(sessionPath), raiseRequest, int(qMax<qint64>(1, deadline.remainingTime())))) {
        if (deadline.hasExpired()) {
            return false;
        }
        QThread::msleep(50); // its Gavel is starting: the server follows the lock within a second
    }
    return true;
}

} // namespace gavel
