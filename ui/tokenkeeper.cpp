#include "tokenkeeper.h"

namespace gavel {

TokenKeeper::TokenKeeper(const QString &apiHost, QObject *parent)
    : QObject(parent)
    , m_apiHost(apiHost)
{ }

bool TokenKeeper::fromEnvironment() const
{
    return !qgetenv("GAVEL_GITHUB_TOKEN").trimmed().isEmpty();
}

TokenStore *TokenKeeper::store()
{
    if (m_given) {
        return m_given;
    }
    if (!m_keychainAsked) {
        m_keychainAsked = true;
        QString error;
        m_keychain = tokens::keychain(m_apiHost, this, &error);
        if (!m_keychain) {
            useMemory(error);
        }
    }
    return m_keychain;
}

void TokenKeeper::useMemory(const QString &why)
{
    if (m_whyMemory.isEmpty()) {
        m_whyMemory = why.isEmpty() ? tr("the keychain gave no reason") : why;
    }
}

void TokenKeeper::read(QObject *context, const Read &done)
{
    if (fromEnvironment()) {
        // tokens::resolve's rule: the environment first.
        tokens::resolve(nullptr, context, [done](const QByteArray &token, const QString &, const QString &) {
            done(token, Source::Environment, {});
        });
        return;
    }
    const auto fromMemory = [this, context, done] {
        m_memory.read(context, [this, done](const TokenStore::Result &result) {
            done(result.token, result.token.isEmpty() ? Source::None : Source::Memory, m_whyMemory);
        });
    };
    TokenStore *keychain = store();
    if (!keychain || memoryOnly()) {
        return fromMemory();
    }
    keychain->read(context, [this, done, fromMemory](const TokenStore::Result &result) {
        if (result.unavailable) {
            useMemory(result.error);
            return fromMemory();
        }
        done(result.token, result.token.isEmpty() ? Source::None : Source::Keychain, result.error);
    });
}

void TokenKeeper::write(const QByteArray &token, QObject *context, const Written &done)
{
    const auto toMemory = [this, token, context, done] {
        m_memory.write(token, context, [this, done](const TokenStore::Result &) { done(Source::Memory, m_whyMemory); });
    };
    TokenStore *keychain = store();
    if (!keychain || memoryOnly()) {
        return toMemory();
    }
    keychain->write(token, context, [this, done, toMemory](const TokenStore::Result &result) {
        if (!result.error.isEmpty()) {
            // Not kept at all would be worse than kept until Gavel quits: said plainly either way.
            useMemory(result.error);
            return toMemory();
        }
        done(Source::Keychain, {});
    });
}

} // namespace gavel
