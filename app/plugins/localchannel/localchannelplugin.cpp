#include "localchannelplugin.h"

#include <QLocalServer>
#include <QLocalSocket>

namespace gavel {

bool LocalChannelPlugin::listen(const QString &name, QObject *owner,
                                const std::function<void(const QByteArray &)> &onLine)
{
    QLocalServer::removeServer(name); // the caller's lock says no live process uses the name
    auto *server = new QLocalServer(owner); // closed, and its socket removed, with its owner
    server->setSocketOptions(QLocalServer::UserAccessOption);
    QObject::connect(server, &QLocalServer::newConnection, server, [server, onLine] {
        while (QLocalSocket *socket = server->nextPendingConnection()) {
            QObject::connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            const auto read = [socket, onLine] {
                while (socket->canReadLine()) {
                    onLine(socket->readLine());
                }
            };
            QObject::connect(socket, &QLocalSocket::readyRead, socket, read);
            read(); // what came with the connection
        }
    });
    if (!server->listen(name)) {
        qWarning("LocalChannel: cannot listen on %s: %s", qPrintable(name), qPrintable(server->errorString()));
        delete server;
        return false;
    }
    return true;
}

bool LocalChannelPlugin::send(const QString &name, const QByteArray &line, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs)) {
        return false;
    }
    socket.write(line);
    const bool sent = socket.waitForBytesWritten(timeoutMs);
    socket.disconnectFromServer();
    return sent;
}

} // namespace gavel
