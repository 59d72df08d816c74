#pragma once

#include "web/tokenstore.h"

#include <QObject>

namespace gavel {

// The system keychain through QtKeychain (the Secret Service, KWallet…), its plain-text fallback
// off: a token is kept there or nowhere.
class KeychainPlugin : public QObject, public KeychainFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GavelKeychainFactory_iid FILE "keychainplugin.json")
    Q_INTERFACES(gavel::KeychainFactory)

public:
    TokenStore *create(const QString &service, const QString &key, int timeoutMs, QObject *parent) override;
};

} // namespace gavel
