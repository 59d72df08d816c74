#pragma once

#include "localchannel.h"

#include <QObject>

namespace gavel {

// Local sockets for SessionClaim: a server per claimed session, a client to hand one over.
class LocalChannelPlugin : public QObject, public LocalChannel
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GavelLocalChannel_iid FILE "localchannelplugin.json")
    Q_INTERFACES(gavel::LocalChannel)

public:
    bool listen(const QString &name, QObject *owner, const std::function<void(const QByteArray &)> &onLine) override;
    bool send(const QString &name, const QByteArray &line, int timeoutMs) override;
};

} // namespace gavel
