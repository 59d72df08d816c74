#include "web/fetch.h"

#include "plugins/plugins.h"
#include "storage/atomicfile.h"
#include "web/fetcher.h"

#include <QDir>

#include <QEventLoop>
#include <QTimer>

namespace gavel::web {

namespace {

// tr() in the context lupdate files these strings under: a free tr() would look elsewhere.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gavel::web)
};

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || host == QLatin1String("::1")) {
        return true;
    }
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4) {
        return false;
    }
    for (const QString &part : parts) {
        bool number = false;
        if (part.toUInt(&number) > 255 || !number) {
            return false;
        }
    }
    return parts.first().toUInt() == 127;
}

QString cause(const FetchReply &reply, const Limits &limits)
{
    switch (reply.failure) {
    case FetchReply::Failure::None: break;
    case FetchReply::Failure::Network: return Text::tr("could not fetch it: %1").arg(reply.detail);
    case FetchReply::Failure::HttpStatus:
        return Text::tr("the server answered HTTP %1 %2").arg(reply.status).arg(reply.detail).trimmed();
    case FetchReply::Failure::TooLarge:
        return Text::tr("larger than %1 MB; an agenda is a small text file").arg(limits.maxBytes / (1024 * 1024));
    case FetchReply::Failure::Timeout:
        return Text::tr("the server sent nothing for %1 s").arg(limits.silenceMs / 1000.0);
    case FetchReply::Failure::TooManyRedirects: return Text::tr("more than %1 redirects").arg(limits.maxRedirects);
    case FetchReply::Failure::RefusedRedirect:
        return Text::tr("redirected to %1: %2").arg(reply.detail, refusal(QUrl(reply.detail)));
    }
    return {};
}

Fetcher *fetcher(QString *error)
{
    static Fetcher *loaded = nullptr;
    if (!loaded) {
        QStringList failures;
        loaded = qobject_cast<Fetcher *>(plugins::instance(QStringLiteral(GAVEL_WEB_PLUGIN), &failures));
        if (!loaded) {
            *error = Text::tr("the web plugin %1 could not be loaded (%2)")
                         .arg(QStringLiteral(GAVEL_WEB_PLUGIN),
                              failures.isEmpty() ? plugins::folders().join(QLatin1Char(':'))
                                                 : failures.join(QLatin1String("; ")));
        }
    }
    return loaded;
}

} // namespace

bool isWebAddress(const QString &argument)
{
    return argument.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || argument.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

QUrl sourceOf(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (url.scheme() != QLatin1String("https")
        || (host != QLatin1String("github.com") && host != QLatin1String("www.github.com"))) {
        return url;
    }
    // /O/R/blob/REF/PATH
    const QStringList parts = url.path(QUrl::FullyEncoded).split(QLatin1Char('/'));
    if (parts.size() < 6 || !parts[0].isEmpty() || parts[3] != QLatin1String("blob")) {
        return url;
    }
    QString raw = qEnvironmentVariable("GAVEL_GITHUB_RAW", QStringLiteral("https://raw.githubusercontent.com"));
    while (raw.endsWith(QLatin1Char('/'))) {
        raw.chop(1);
    }
    QStringList rest = parts.mid(1);
    rest.removeAt(2); // "blob"
    return QUrl(raw + QLatin1Char('/') + rest.join(QLatin1Char('/')), QUrl::StrictMode);
}

QString refusal(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return Text::tr("not a valid web address");
    }
    if (url.scheme() == QLatin1String("https")) {
        return {};
    }
    if (url.scheme() == QLatin1String("http") && isLoopback(url.host())) {
        return {};
    }
    return Text::tr("only https is fetched (plain http only from this computer's loopback address)");
}

void send(FetchRequest request, QObject *context,
          const std::function<void(const FetchReply &, const QString &cause)> &done, const Limits &limits)
{
    const auto failed = [&](const QString &why) {
        FetchReply reply;
        reply.failure = FetchReply::Failure::Network;
        QTimer::singleShot(0, context, [done, reply, why] { done(reply, why); });
    };
    if (const QString why = refusal(request.url); !why.isEmpty()) {
        return failed(why); // refused before any connection
    }
    QString error;
    Fetcher *web = fetcher(&error);
    if (!web) {
        return failed(error);
    }
    request.userAgent = "Gavel/" + QCoreApplication::applicationVersion().toUtf8();
    request.silenceMs = limits.silenceMs;
    request.maxBytes = limits.maxBytes;
    request.maxRedirects = limits.maxRedirects;
    request.direct = isLoopback(request.url.host());
    request.allowed
        = [also = request.allowed](const QUrl &target) { return refusal(target).isEmpty() && (!also || also(target)); };
    web->get(request, context, [done, limits](const FetchReply &reply) {
        done(reply, reply.failure == FetchReply::Failure::None ? QString() : cause(reply, limits));
    });
}

void fetch(const QString &address, QObject *context, const std::function<void(const Fetched &)> &done,
           const Limits &limits, const Progress &progress)
{
    FetchRequest request;
    request.url = sourceOf(QUrl(address, QUrl::StrictMode));
    request.progress = progress;
    send(
        request, context,
        [address, done](const FetchReply &reply, const QString &why) {
            if (why.isEmpty()) {
                done(Fetched {reply.body, {}});
            } else {
                done(Fetched {{}, address + QStringLiteral(": ") + why});
            }
        },
        limits);
}

Fetched fetchAndWait(const QString &address, const Limits &limits)
{
    QEventLoop loop;
    Fetched result;
    fetch(
        address, &loop,
        [&](const Fetched &fetched) {
            result = fetched;
            loop.quit();
        },
        limits);
    loop.exec();
    return result;
}

QString copyPath(const QString &root, const QString &address)
{
    const QUrl url(address);
    QStringList parts {QStringLiteral(".fetched"), url.host().isEmpty() ? QStringLiteral("_") : url.host().toLower()};
    for (const QString &part : url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part != QLatin1String(".") && part != QLatin1String("..")) {
            parts.append(part);
        }
    }
    if (parts.size() == 2 || url.path().endsWith(QLatin1Char('/'))) {
        parts.append(QStringLiteral("agenda.md")); // an address that names a folder
    }
    return QDir::cleanPath(root + QLatin1Char('/') + parts.join(QLatin1Char('/')));
}

QString keepCopy(const QString &root, const QString &address, const QByteArray &bytes, QString *error)
{
    const QString path = copyPath(root, address);
    const WriteResult written = writeFileAtomically(path, bytes, Folders::Create);
    if (!written.ok()) {
        *error = written.error;
        return {};
    }
    return path;
}

ImportResult importAddress(const QString &address, const Limits &limits, const ImportOptions &options)
{
    const Fetched fetched = fetchAndWait(address, limits);
    if (!fetched.ok()) {
        ImportResult result;
        result.error = fetched.error;
        return result;
    }
    return AgendaImporter::importBytes(fetched.body, address, options);
}

} // namespace gavel::web
