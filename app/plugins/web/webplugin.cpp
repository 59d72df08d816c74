#include "webplugin.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>
#include <utility>

namespace gavel {

void WebPlugin::get(const FetchRequest &request, QObject *context, const std::function<void(const FetchReply &)> &done)
{
    // Two managers for the process: one through the system proxy, one straight to a loopback
    // address (tests). They are deleted as the application ends, while it still exists (Qt's
    // network thread needs it to close a TLS connection), and wait for that thread. A manager a
    // request, as before, left the thread still freeing objects when the program ended.
    static QNetworkAccessManager *proxied = nullptr;
    static QNetworkAccessManager *direct = nullptr;
    if (!proxied) {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        proxied = new QNetworkAccessManager;
        direct = new QNetworkAccessManager;
        direct->setProxy(QNetworkProxy::NoProxy);
        qAddPostRoutine([] {
            delete std::exchange(proxied, nullptr);
            delete std::exchange(direct, nullptr);
        });
    }
    QNetworkAccessManager *manager = request.direct ? direct : proxied;
    QNetworkRequest get(request.url);
    get.setHeader(QNetworkRequest::UserAgentHeader, request.userAgent);
    for (const auto &[name, value] : request.headers) {
        get.setRawHeader(name, value);
    }
    // Qt follows redirects (never https to http) and counts them; each target is checked in
    // redirected() below, which aborts a refused one. (UserVerifiedRedirectPolicy in Qt 6.4 ends a
    // chain of redirects after the second with a bogus status 100 and no error: not used.)
    get.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    get.setMaximumRedirectsAllowed(request.maxRedirects);
    QNetworkReply *reply
        = request.method == "GET" ? manager->get(get) : manager->sendCustomRequest(get, request.method, request.body);
    // The context gone (a Cancel): the transfer stops at once.
    QObject::connect(context, &QObject::destroyed, reply, [reply] {
        reply->abort();
        reply->deleteLater();
    });

    struct State
    {
        FetchReply result;
        int redirects = 0;
        bool finished = false;
    };
    auto state = std::make_shared<State>();
    auto *silence = new QTimer(reply);
    silence->setSingleShot(true);
    silence->setInterval(request.silenceMs);

    // Ends the transfer once: the reply is aborted when a limit ended it, and the caller told.
    const auto finish = [=](FetchReply::Failure failure, const QString &detail) {
        if (state->finished) {
            return;
        }
        state->finished = true;
        state->result.failure = failure;
        state->result.detail = detail;
        silence->stop();
        reply->disconnect(context);
        if (reply->isRunning()) {
            reply->abort();
        }
        FetchReply result = state->result;
        if (failure != FetchReply::Failure::None && failure != FetchReply::Failure::HttpStatus) {
            result.body.clear();
        }
        reply->deleteLater();
        QTimer::singleShot(0, context, [done, result] { done(result); });
    };
    const auto heard = [silence] { silence->start(); };

    QObject::connect(silence, &QTimer::timeout, context, [=] { finish(FetchReply::Failure::Timeout, {}); });
    QObject::connect(reply, &QNetworkReply::redirected, context, [=](const QUrl &target) {
        heard();
        if (++state->redirects > request.maxRedirects) {
            finish(FetchReply::Failure::TooManyRedirects, {});
        } else if (request.allowed && !request.allowed(target)) {
            finish(FetchReply::Failure::RefusedRedirect, target.toString());
        }
    });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, context, [=] {
        heard();
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (length.isValid() && length.toLongLong() > request.maxBytes && status < 300) {
            finish(FetchReply::Failure::TooLarge, {});
        }
    });
    QObject::connect(reply, &QNetworkReply::readyRead, context, [=] {
        heard();
        state->result.body += reply->readAll();
        if (state->result.body.size() > request.maxBytes) {
            finish(FetchReply::Failure::TooLarge, {});
        }
    });
    if (request.progress) {
        QObject::connect(reply, &QNetworkReply::downloadProgress, context,
                         [progress = request.progress](qint64 received, qint64 total) { progress(received, total); });
    }
    QObject::connect(reply, &QNetworkReply::finished, context, [=] {
        state->result.body += reply->readAll();
        state->result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        state->result.headers = reply->rawHeaderPairs();
        if (state->result.body.size() > request.maxBytes) {
            finish(FetchReply::Failure::TooLarge, {});
        } else if (reply->error() == QNetworkReply::TooManyRedirectsError) {
            finish(FetchReply::Failure::TooManyRedirects, {}); // Qt's count, before the sixth is followed
        } else if (state->result.status >= 300) {
            finish(FetchReply::Failure::HttpStatus,
                   reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        } else if (reply->error() != QNetworkReply::NoError) {
            finish(FetchReply::Failure::Network, reply->errorString());
        } else {
            finish(FetchReply::Failure::None, {});
        }
    });
    heard();
}

} // namespace gavel
