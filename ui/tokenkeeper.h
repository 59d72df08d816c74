#pragma once

#include "web/tokenstore.h"

#include <QObject>
#include <QString>

#include <functional>

namespace gavel {

// Where the window keeps the GitHub token the chair signs in with: the system keychain, its
// plugin loaded at the first use (never at start-up), or, where no keychain answers, memory until
// Gavel quits. GAVEL_GITHUB_TOKEN, when set, is used instead of either.
class TokenKeeper : public QObject
{
    Q_OBJECT

public:
    enum class Source { None, Environment, Keychain, Memory };

    explicit TokenKeeper(const QString &apiHost, QObject *parent = nullptr);

    // Tests: the store to keep the token in instead of the keychain (not owned).
    void setStore(TokenStore *store) { m_given = store; }

    // The token to use (empty: not signed in) and where it is kept. `note` says why the keychain
    // could not be used, when it could not (the token is then kept in memory only).
    using Read = std::function<void(const QByteArray &token, Source source, const QString &note)>;
    void read(QObject *context, const Read &done);
    // Keeps `token`: in the keychain, else (said in `note`) in memory for this session.
    using Written = std::function<void(Source where, const QString &note)>;
    void write(const QByteArray &token, QObject *context, const Written &done);

    bool fromEnvironment() const;
    // No keychain answered: tokens are kept in memory until Gavel quits; why, in words.
    bool memoryOnly() const { return !m_whyMemory.isEmpty(); }
    QString whyMemory() const { return m_whyMemory; }

private:
    // The test's store, else the keychain's (asked for once); null once it failed to load.
    TokenStore *store();
    void useMemory(const QString &why);

    QString m_apiHost;
    TokenStore *m_given = nullptr;
    TokenStore *m_keychain = nullptr;
    bool m_keychainAsked = false;
    MemoryTokenStore m_memory;
    QString m_whyMemory;
};

} // namespace gavel
