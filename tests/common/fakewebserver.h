#pragma once

// A web server inside the test, on the loopback address only: it answers each request as the
// test says (a whole response, silence, a body streamed until the client hangs up) and notes
// every request it sees, with its method, target, headers and body.

#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace gavel::test {

struct SeenRequest
{
    QByteArray method;
    QByteArray path; // the request's target as sent: the path and the encoded query
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QByteArray userAgent() const { return header("user-agent"); }
    QByteArray pathOnly() const { return path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?')); }
    // The query's value of `key`, decoded.
    QString query(const QString &key) const
    {
        return QUrlQuery(QUrl::fromEncoded("http://h" + path).query(QUrl::FullyEncoded))
            .queryItemValue(key, QUrl::FullyDecoded);
    }
};

class FakeWebServer : public QObject
{
public:
    using Handler = std::function<void(QTcpSocket *, const SeenRequest &)>;

    FakeWebServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost)) {
            qFatal("cannot listen on the loopback address");
        }
    }

    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    // Answers requests to `target`: the whole target with its query when one is given, else the
    // path whatever the query.
    void on(const QByteArray &target, const Handler &handler) { m_handlers[target] = handler; }
    void on(const QByteArray &target, const std::function<void(QTcpSocket *)> &handler)
    {
        m_handlers[target] = [handler](QTcpSocket *socket, const SeenRequest &) { handler(socket); };
    }
    const QList<SeenRequest> &seen() const { return m_seen; }
    void forget() { m_seen.clear(); }

    static void answer(QTcpSocket *socket, const QByteArray &status, const QByteArray &body,
                       const QByteArray &headers = {})
    {
        socket->write("HTTP/1.1 " + status + "\r\nContent-Length: " + QByteArray::number(body.size())
                      + "\r\nConnection: close\r\n" + headers + "\r\n" + body);
        socket->disconnectFromHost();
    }
    static void answerJson(QTcpSocket *socket, const QByteArray &status, const QByteArray &json,
                           const QByteArray &headers = {})
    {
        answer(socket, status, json, "Content-Type: application/json; charset=utf-8\r\n" + headers);
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.isEmpty() && (buffer.front() < 'A' || buffer.front() > 'Z')) {
            // Not HTTP (a TLS handshake): answered as a plain web server does, and closed.
            m_buffers.remove(socket);
            answer(socket, "400 Bad Request", "not HTTP");
            return;
        }
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        SeenRequest request;
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0) {
                request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
            }
        }
        const qsizetype length = request.header("content-length").toLongLong();
        if (buffer.size() - (end + 4) < length) {
            return; // the body is on its way
        }
        request.body = buffer.mid(end + 4, length);
        m_buffers.remove(socket);
        m_seen.append(request);
        Handler handler = m_handlers.value(request.path);
        if (!handler) {
            handler = m_handlers.value(request.pathOnly());
        }
        if (handler) {
            handler(socket, request);
        } else {
            answer(socket, "404 Not Found", "no such page");
        }
    }

    QTcpServer m_server;
    QHash<QByteArray, Handler> m_handlers;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<SeenRequest> m_seen;
};

} // namespace gavel::test
