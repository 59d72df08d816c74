#pragma once

#include <QByteArray>
#include <QString>
#include <QtPlugin>

#include <functional>

class QObject;

namespace gavel {

// Where the GitHub token the chair signed in with is kept: the system keychain (the keychain
// plugin, app/plugins/keychain, through QtKeychain with its plain-text fallback off), or, in
// tests and where no keychain answers, memory. Never a file, never the settings.
class TokenStore
{
public:
    struct Result
    {
        QByteArray token; // read: the token; empty when none is stored
        QString error; // empty on success; said in words (no keychain answers, it refused…)
        bool unavailable = false; // no keychain service answered (no session bus, timed out)
    };
    using Done = std::function<void(const Result &)>;

    virtual ~TokenStore() = default;

    // Each calls `done` once, from the event loop, while `context` lives.
    virtual void read(QObject *context, const Done &done) = 0;
    virtual void write(const QByteArray &token, QObject *context, const Done &done) = 0;
    virtual void remove(QObject *context, const Done &done) = 0;
};

// What a keychain plugin makes: a store for `service`'s `key` (one token a service), whose
// calls end within `timeoutMs` with Result::unavailable when no keychain answers.
class KeychainFactory
{
public:
    virtual ~KeychainFactory() = default;
    virtual TokenStore *create(const QString &service, const QString &key, int timeoutMs, QObject *parent) = 0;
};

// A store in memory: the tests', and the session's own where no keychain answers (the token is
// then forgotten when Gavel closes).
class MemoryTokenStore : public TokenStore
{
public:
    void read(QObject *context, const Done &done) override;
    void write(const QByteArray &token, QObject *context, const Done &done) override;
    void remove(QObject *context, const Done &done) override;

private:
    QByteArray m_token;
};

namespace tokens {

// The keychain entry: service "Gavel", one key a GitHub API host ("api.github.com").
QString keyFor(const QString &apiHost);

// The system keychain through the keychain plugin (loaded now), owned by `parent`; a call ends
// within `timeoutMs` with Result::unavailable when no keychain service answers. Null, with
// *error, when the plugin cannot be loaded.
TokenStore *keychain(const QString &apiHost, QObject *parent, QString *error, int timeoutMs = 3000);

// The token to use: GAVEL_GITHUB_TOKEN when set, else the one `store` keeps (store may be null).
// `done` gets it (empty: none), where it came from ("GAVEL_GITHUB_TOKEN" or "keychain"), and why
// the store could not be read when it could not.
void resolve(TokenStore *store, QObject *context,
             const std::function<void(const QByteArray &token, const QString &source, const QString &error)> &done);

} // namespace tokens

} // namespace gavel

#define GavelKeychainFactory_iid "org.gavel.KeychainFactory/1.0"
Q_DECLARE_INTERFACE(gavel::KeychainFactory, GavelKeychainFactory_iid)
