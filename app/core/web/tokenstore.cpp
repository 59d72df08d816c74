#include "web/tokenstore.h"

#include "plugins/plugins.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

namespace gavel {

namespace {

// tr() in the context lupdate files these strings under: a free tr() would look elsewhere.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gavel::tokens)
};

void later(QObject *context, const TokenStore::Done &done, const TokenStore::Result &result)
{
    QTimer::singleShot(0, context, [done, result] { done(result); });
}

} // namespace

void MemoryTokenStore::read(QObject *context, const Done &done)
{
    later(context, done, {m_token, {}, false});
}

void MemoryTokenStore::write(const QByteArray &token, QObject *context, const Done &done)
{
    m_token = token;
    later(context, done, {});
}

void MemoryTokenStore::remove(QObject *context, const Done &done)
{
    m_token.clear();
    later(context, done, {});
}

namespace tokens {

QString keyFor(const QString &apiHost)
{
    return QStringLiteral("github-token@") + apiHost.toLower();
}

TokenStore *keychain(const QString &apiHost, QObject *parent, QString *error, int timeoutMs)
{
    QStringList failures;
    auto *factory
        = qobject_cast<KeychainFactory *>(plugins::instance(QStringLiteral(GAVEL_KEYCHAIN_PLUGIN), &failures));
    if (!factory) {
        *error = Text::tr("the keychain plugin %1 could not be loaded (%2)")
                     .arg(QStringLiteral(GAVEL_KEYCHAIN_PLUGIN),
                          failures.isEmpty() ? plugins::folders().join(QLatin1Char(':'))
                                             : failures.join(QLatin1String("; ")));
        return nullptr;
    }
    return factory->create(QStringLiteral("Gavel"), keyFor(apiHost), timeoutMs, parent);
}

void resolve(TokenStore *store, QObject *context,
             const std::function<void(const QByteArray &, const QString &, const QString &)> &done)
{
    const QByteArray fromEnvironment = qgetenv("GAVEL_GITHUB_TOKEN").trimmed();
    if (!fromEnvironment.isEmpty() || !store) {
        QTimer::singleShot(0, context, [done, fromEnvironment] {
            done(fromEnvironment, fromEnvironment.isEmpty() ? QString() : QStringLiteral("GAVEL_GITHUB_TOKEN"), {});
        });
        return;
    }
    store->read(context, [done](const TokenStore::Result &result) {
        done(result.token, result.token.isEmpty() ? QString() : QStringLiteral("keychain"), result.error);
    });
}

} // namespace tokens

} // namespace gavel
