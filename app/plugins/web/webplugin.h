#pragma once

#include "web/fetcher.h"

#include <QObject>

namespace gavel {

// One request with Qt Network for web::fetch and the GitHub calls: the system proxy, a User-Agent,
// the headers and body it is given, and the limits of the request (silence, size, redirects,
// where a redirect may lead).
class WebPlugin : public QObject, public Fetcher
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GavelFetcher_iid FILE "webplugin.json")
    Q_INTERFACES(gavel::Fetcher)

public:
    void get(const FetchRequest &request, QObject *context,
             const std::function<void(const FetchReply &)> &done) override;
};

} // namespace gavel
