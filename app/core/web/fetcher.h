#pragma once

// What the web plugin (app/plugins/web) does for web::fetch and the GitHub calls: one request
// with Qt Network, within the limits it is given. Qt Network and the libraries it maps (about 1.7 MiB at start-up)
// live in the plugin, loaded when the first fetch happens.

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QtPlugin>

#include <QList>
#include <QPair>

#include <functional>

class QObject;

namespace gavel {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct FetchRequest
{
    QUrl url;
    QByteArray method = "GET"; // GET, POST, PUT, PATCH…
    QByteArray body; // sent with any other method than GET
    QByteArray userAgent;
    HeaderList headers; // sent as given, besides the User-Agent
    int silenceMs = 10000; // this long without a byte, a header or a redirect: a timeout
    qint64 maxBytes = 5 * 1024 * 1024; // the body is abandoned as soon as it passes this
    int maxRedirects = 5;
    bool direct = false; // no proxy: a loopback address (tests)
    std::function<bool(const QUrl &)> allowed; // whether a redirect's target may be followed
    std::function<void(qint64, qint64)> progress; // bytes received, and of how many (-1: unknown)
};

struct FetchReply
{
    enum class Failure { None, Network, HttpStatus, TooLarge, Timeout, TooManyRedirects, RefusedRedirect };
    Failure failure = Failure::None;
    QByteArray body; // kept on None and HttpStatus (an API says why in it), empty otherwise
    HeaderList headers; // the answer's, names as the server wrote them
    int status = 0; // the HTTP status, when there was one
    QString detail; // Network: Qt's words; HttpStatus: the reason phrase; RefusedRedirect: its URL
};

class Fetcher
{
public:
    virtual ~Fetcher() = default;

    // Starts the request; `done` is called once, from the event loop, unless `context` is gone
    // first: deleting `context` cancels the transfer.
    virtual void get(const FetchRequest &request, QObject *context, const std::function<void(const FetchReply &)> &done)
        = 0;
};

} // namespace gavel

#define GavelFetcher_iid "org.gavel.Fetcher/2.0"
Q_DECLARE_INTERFACE(gavel::Fetcher, GavelFetcher_iid)
