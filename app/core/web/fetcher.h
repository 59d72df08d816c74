#pragma once

// What the web plugin (app/plugins/web) does for web::fetch: one GET with Qt Network, within
// the limits it is given. Qt Network and the libraries it maps (about 1.7 MiB at start-up)
// live in the plugin, loaded when the first fetch happens.

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QtPlugin>

#include <functional>

class QObject;

namespace gavel {

struct FetchRequest
{
    QUrl url;
    QByteArray userAgent;
    int silenceMs = 10000; // this long without a byte, a header or a redirect: a timeout
    qint64 maxBytes = 5 * 1024 * 1024; // the body is abandoned as soon as it passes this
    int maxRedirects = 5;
    bool direct = false; // no proxy: a loopback address (tests)
    std::function<bool(const QUrl &)> allowed; // whether a redirect's target may be followed
};

struct FetchReply
{
    enum class Failure { None, Network, HttpStatus, TooLarge, Timeout, TooManyRedirects, RefusedRedirect };
    Failure failure = Failure::None;
    QByteArray body;
    int status = 0; // the HTTP status, when there was one
    QString detail; // Network: Qt's words; HttpStatus: the reason phrase; RefusedRedirect: its URL
};

class Fetcher
{
public:
    virtual ~Fetcher() = default;

    // Starts a GET; `done` is called once, from the event loop, unless `context` is gone first.
    virtual void get(const FetchRequest &request, QObject *context, const std::function<void(const FetchReply &)> &done)
        = 0;
};

} // namespace gavel

#define GavelFetcher_iid "org.gavel.Fetcher/1.0"
Q_DECLARE_INTERFACE(gavel::Fetcher, GavelFetcher_iid)
