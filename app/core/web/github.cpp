#include "web/github.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <memory>

namespace gavel::github {

namespace {

// tr() in the context lupdate files these strings under: a free tr() would look elsewhere.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gavel::github)
};

QByteArray headerOf(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QString messageOf(const QByteArray &body)
{
    // GitHub's {"message": "..."}, kept short: a server could send anything.
    const QString message = QJsonDocument::fromJson(body).object().value(QStringLiteral("message")).toString();
    return message.simplified().left(200);
}

} // namespace

Api Api::fromEnvironment()
{
    Api api;
    QString base = qEnvironmentVariable("GAVEL_GITHUB_API", QStringLiteral("https://api.github.com"));
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    api.base = QUrl(base, QUrl::StrictMode);
    api.token = qgetenv("GAVEL_GITHUB_TOKEN").trimmed();
    return api;
}

QUrl Api::url(const QString &path, const QUrlQuery &query) const
{
    QUrl url = base;
    url.setPath(base.path() + path);
    if (!query.isEmpty()) {
        // QUrlQuery leaves spaces, quotes and colons as they are: encode each part as a URL
        // component, so "meeting agenda" is meeting%20agenda and label:"x" is label%3A%22x%22.
        QStringList parts;
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            parts.append(QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=')
                         + QString::fromLatin1(QUrl::toPercentEncoding(value)));
        }
        url.setQuery(parts.join(QLatin1Char('&')), QUrl::StrictMode);
    }
    return url;
}

bool Api::owns(const QUrl &url) const
{
    return url.scheme() == base.scheme() && url.host().compare(base.host(), Qt::CaseInsensitive) == 0
        && url.port(url.scheme() == QLatin1String("https") ? 443 : 80)
        == base.port(base.scheme() == QLatin1String("https") ? 443 : 80);
}

QByteArray Response::header(const QByteArray &name) const
{
    return headerOf(headers, name);
}

QUrl nextLink(const QByteArray &linkHeader)
{
    // <https://api.github.com/…?page=2>; rel="next", <…>; rel="last"
    static const QRegularExpression link(QStringLiteral("<([^>]*)>\\s*((?:;\\s*[^;,]*)*)"));
    static const QRegularExpression next(QStringLiteral(";\\s*rel\\s*=\\s*\"?([^\";,]*)\"?"));
    auto links = link.globalMatch(QString::fromLatin1(linkHeader));
    while (links.hasNext()) {
        const QRegularExpressionMatch match = links.next();
        auto relations = next.globalMatch(match.captured(2));
        while (relations.hasNext()) {
            if (relations.next().captured(1).split(QLatin1Char(' ')).contains(QLatin1String("next"))) {
                return QUrl(match.captured(1), QUrl::StrictMode);
            }
        }
    }
    return {};
}

QString causeOf(int status, const HeaderList &headers, const QByteArray &body, bool withToken)
{
    const QString message = messageOf(body);
    const QString said = message.isEmpty() ? QString() : QStringLiteral(" (“%1”)").arg(message);
    const bool limited = (status == 403 || status == 429) && headerOf(headers, "x-ratelimit-remaining") == "0";
    if (limited) {
        bool number = false;
        const qint64 reset = headerOf(headers, "x-ratelimit-reset").toLongLong(&number);
        const QString when = number
            ? QDateTime::fromSecsSinceEpoch(reset, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
            : Text::tr("a time GitHub did not say");
        return withToken ? Text::tr("GitHub's rate limit is used up until %1; try again then").arg(when)
                         : Text::tr("GitHub's rate limit is used up until %1; try again then, or set "
                                    "GAVEL_GITHUB_TOKEN for a higher limit")
                               .arg(when);
    }
    const QByteArray retry = headerOf(headers, "retry-after");
    if ((status == 403 || status == 429) && !retry.isEmpty()) {
        return Text::tr("GitHub asks to wait %1 s before the next request (a secondary rate limit)%2")
            .arg(QString::fromLatin1(retry).left(20), said);
    }
    switch (status) {
    case 401:
        return withToken
            ? Text::tr("GitHub refused the token (HTTP 401)%1: it may be mistyped, expired or revoked").arg(said)
            : Text::tr("GitHub asks for a token (HTTP 401)%1: set GAVEL_GITHUB_TOKEN").arg(said);
    case 403: return Text::tr("GitHub refused the request (HTTP 403)%1").arg(said);
    case 404:
        return withToken
            ? Text::tr("not found on GitHub (HTTP 404): no such repository, organisation or folder, or the "
                       "token may not see it")
            : Text::tr("not found on GitHub (HTTP 404): no such repository, organisation or folder, or a "
                       "private one (set GAVEL_GITHUB_TOKEN)");
    case 422: return Text::tr("GitHub could not use the request (HTTP 422)%1").arg(said);
    default: break;
    }
    return Text::tr("the server answered HTTP %1%2").arg(status).arg(said);
}

void call(const Api &api, const QByteArray &method, const QUrl &url, const QByteArray &body, QObject *context,
          const std::function<void(const Response &)> &done, const web::Limits &limits)
{
    FetchRequest request;
    request.url = url;
    request.method = method;
    request.body = body;
    request.headers = {{"Accept", "application/vnd.github+json"}, {"X-GitHub-Api-Version", "2022-11-28"}};
    if (!body.isEmpty()) {
        request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    }
    const bool withToken = !api.token.isEmpty();
    if (withToken) {
        if (!api.owns(url)) {
            // The token goes to the API's host only: a page elsewhere is not asked for.
            Response refused;
            refused.error = url.toString() + QStringLiteral(": ")
                + Text::tr("not on GitHub's API host %1; the token is sent nowhere else").arg(api.base.host());
            QTimer::singleShot(0, context, [done, refused] { done(refused); });
            return;
        }
        request.headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + api.token));
        request.allowed = [api](const QUrl &target) { return api.owns(target); };
    }
    web::send(
        request, context,
        [url, done, withToken](const FetchReply &reply, const QString &cause) {
            Response response;
            response.status = reply.status;
            response.body = reply.body;
            response.headers = reply.headers;
            response.json = QJsonDocument::fromJson(reply.body);
            if (reply.failure == FetchReply::Failure::HttpStatus) {
                response.error = url.toString() + QStringLiteral(": ")
                    + causeOf(reply.status, reply.headers, reply.body, withToken);
            } else if (!cause.isEmpty()) {
                response.error = url.toString() + QStringLiteral(": ") + cause;
            } else if (response.json.isNull()) {
                response.error = url.toString() + QStringLiteral(": ") + Text::tr("the answer is not JSON");
            } else {
                response.next = nextLink(headerOf(reply.headers, "link"));
            }
            done(response);
        },
        limits);
}

void getAll(const Api &api, const QUrl &first, QObject *context, const std::function<void(const Pages &)> &done,
            const web::Limits &limits)
{
    struct State
    {
        Pages pages;
        QSet<QUrl> asked;
    };
    // The requests run within `paging`, a child of the context: deleting either cancels them.
    auto *paging = new QObject(context);
    auto state = std::make_shared<State>();
    auto ask = std::make_shared<std::function<void(const QUrl &)>>();
    QObject::connect(paging, &QObject::destroyed, [ask] {}); // keeps the function while paging lives
    const auto finish = [done, state, paging] {
        paging->deleteLater();
        done(state->pages);
    };
    *ask = [api, paging, finish, limits, state, self = ask.get()](const QUrl &url) {
        state->asked.insert(url);
        call(
            api, "GET", url, {}, paging,
            [finish, state, self, url](const Response &response) {
                Pages &pages = state->pages;
                if (!response.ok()) {
                    pages.error = response.error;
                    return finish();
                }
                const QJsonValue items = response.json.isArray()
                    ? QJsonValue(response.json.array())
                    : response.json.object().value(QStringLiteral("items"));
                if (!items.isArray()) {
                    pages.error = url.toString() + QStringLiteral(": ") + Text::tr("the answer holds no list");
                    return finish();
                }
                for (const QJsonValue &item : items.toArray()) {
                    pages.items.append(item);
                }
                if (response.json.isObject()) {
                    const QJsonObject object = response.json.object();
                    pages.totalCount = qint64(object.value(QStringLiteral("total_count")).toDouble(-1));
                    pages.incomplete = pages.incomplete || object.value(QStringLiteral("incomplete_results")).toBool();
                }
                if (response.next.isEmpty()) {
                    return finish();
                }
                if (state->asked.contains(response.next) || state->asked.size() >= maxPages) {
                    pages.error = url.toString() + QStringLiteral(": ")
                        + Text::tr("the pages do not end (more than %1, or a page links back)").arg(maxPages);
                    return finish();
                }
                (*self)(response.next);
            },
            limits);
    };
    (*ask)(first);
}

Pages getAllAndWait(const Api &api, const QUrl &first, const web::Limits &limits)
{
    QEventLoop loop;
    Pages result;
    getAll(
        api, first, &loop,
        [&](const Pages &pages) {
            result = pages;
            loop.quit();
        },
        limits);
    loop.exec();
    return result;
}

} // namespace gavel::github
