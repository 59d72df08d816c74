#pragma once

#include "web/fetch.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QObject;

// GitHub's REST API the way a well-behaved client uses it: a User-Agent and the documented
// Accept and API-version headers on every request, the token (when there is one) only to the
// API's own host, queries URL-encoded, pages followed by the Link header's rel="next" URL as
// given, and a rate-limit answer reported at once with its reset time, never waited out.
namespace gavel::github {

// The API's address and the token, from the environment: GAVEL_GITHUB_API (default
// https://api.github.com) and GAVEL_GITHUB_TOKEN (unset: unauthenticated, a lower rate limit).
struct Api
{
    QUrl base;
    QByteArray token; // never written anywhere: not to output, logs, files or errors

    static Api fromEnvironment();
    // base + path ("/repos/O/R/issues"), with the query encoded (spaces as %20, quotes, colons).
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;
    // Whether `url` is on the API's own host (scheme, host and port): the only place the token goes.
    bool owns(const QUrl &url) const;
};

struct Response
{
    int status = 0;
    QByteArray body;
    QJsonDocument json; // the body read as JSON (null when it is none)
    HeaderList headers;
    QUrl next; // the Link header's rel="next", as given; empty on the last page
    QString error; // "<URL>: <cause>"; empty on success (a 2xx status)

    bool ok() const { return error.isEmpty(); }
    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
};

// One request to the API: `url` must be one of api.url()'s (or a next-page link from it). `body`
// (JSON) goes with any other method than GET. Errors name the URL and the cause in words: a
// rate limit with its reset time, a refused token, a repository that does not exist, GitHub's
// own message. `done` is called once while `context` lives; deleting it cancels the request.
void call(const Api &api, const QByteArray &method, const QUrl &url, const QByteArray &body, QObject *context,
          const std::function<void(const Response &)> &done, const web::Limits &limits = {});

// Every page from `first` on, following rel="next" as given. The items are the elements of each
// page's JSON array, or of its "items" for a search answer, whose "total_count" is kept.
struct Pages
{
    QJsonArray items;
    qint64 totalCount = -1; // a search's total (-1: not a search)
    bool incomplete = false; // GitHub said its search timed out before it found everything
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// At most this many pages are read (a Link that never ends is cut there, and said).
inline constexpr int maxPages = 50;

void getAll(const Api &api, const QUrl &first, QObject *context, const std::function<void(const Pages &)> &done,
            const web::Limits &limits = {});
// The same, waiting in a local event loop: for the command line.
Pages getAllAndWait(const Api &api, const QUrl &first, const web::Limits &limits = {});

// The rel="next" URL of a Link header (RFC 8288), as given; empty when there is none.
QUrl nextLink(const QByteArray &linkHeader);
// Why a GitHub answer failed, in words, from its status, headers and body (the JSON "message"):
// "GitHub's rate limit is used up until 2026-11-30 14:05 UTC", "GitHub refused the token", ….
QString causeOf(int status, const HeaderList &headers, const QByteArray &body, bool withToken);

} // namespace gavel::github
