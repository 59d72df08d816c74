#pragma once

// What the local channel plugin (app/plugins/localchannel) does for SessionClaim: lines between
// Gavel processes over local sockets (QLocalServer, QLocalSocket). Qt Network and the libraries
// it maps (about 1.7 MiB at start-up) live in a plugin, loaded once the window is up.

#include <QString>
#include <QtPlugin>

#include <functional>

class QObject;

namespace gavel {

class LocalChannel
{
public:
    virtual ~LocalChannel() = default;

    // Listens at `name` (a socket's path; one left by a dead process is replaced), calling
    // `onLine` with each line a client sends while `owner` lives. False when it cannot.
    virtual bool listen(const QString &name, QObject *owner, const std::function<void(const QByteArray &)> &onLine) = 0;
    // Sends one line to the server at `name`; true once it is sent (no answer is awaited).
    virtual bool send(const QString &name, const QByteArray &line, int timeoutMs) = 0;
};

} // namespace gavel

#define GavelLocalChannel_iid "org.gavel.LocalChannel/1.0"
Q_DECLARE_INTERFACE(gavel::LocalChannel, GavelLocalChannel_iid)
