#pragma once

#include "agenda/agendaimporter.h"
#include "web/fetcher.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>

class QObject;

namespace gavel::web {

// The limits of every transfer; tests shorten the silence.
struct Limits
{
    int silenceMs = 10000;
    qint64 maxBytes = AgendaImporter::maxFileSize;
    int maxRedirects = 5;
};

struct Fetched
{
    QByteArray body;
    QString error; // "<URL>: <cause>"; empty on success

    bool ok() const { return error.isEmpty(); }
};

// True when `argument` is an http(s) address rather than a file's path.
bool isWebAddress(const QString &argument);
// Where `url` is fetched from: a GitHub file page (https://github.com/O/R/blob/REF/PATH) as
// $GAVEL_GITHUB_RAW/O/R/REF/PATH (default https://raw.githubusercontent.com); others as given.
QUrl sourceOf(const QUrl &url);
// Why `url` may not be fetched (empty when it may): https only, plain http only to a loopback
// address (for tests).
QString refusal(const QUrl &url);

// Bytes received so far, and of how many (-1: not said).
using Progress = std::function<void(qint64 received, qint64 total)>;

// Sends `request` through the web plugin, loaded on first use, with the rules of every transfer:
// refused before any connection unless refusal() is empty, a User-Agent, the limits, the proxy
// unless the host is a loopback address, redirects only where refusal() allows (and where
// `request.allowed` allows, when set). `done` gets the plugin's reply and, on failure, the cause in
// words (without the URL). Called once, from the event loop, while `context` lives; deleting
// `context` cancels the transfer.
void send(FetchRequest request, QObject *context,
          const std::function<void(const FetchReply &, const QString &cause)> &done, const Limits &limits = {});

// Fetches the agenda at `address` (as the user gave it: errors name it), through the web plugin,
// loaded on first use. `done` is called once, from the event loop, while `context` lives;
// deleting `context` cancels the fetch.
void fetch(const QString &address, QObject *context, const std::function<void(const Fetched &)> &done,
           const Limits &limits = {}, const Progress &progress = {});
// The same, waiting in a local event loop: for the command line, which has no window to keep alive.
Fetched fetchAndWait(const QString &address, const Limits &limits = {});
// Where the copy of the agenda fetched from `address` is kept, so its meeting reopens offline:
// <root>/.fetched/<host>/<path> (a hidden folder: no series), from the address as given.
QString copyPath(const QString &root, const QString &address);
// Keeps `bytes` fetched from `address` below `root` (the one write path); the copy's path, or
// empty with *error set.
QString keepCopy(const QString &root, const QString &address, const QByteArray &bytes, QString *error);
// Fetches and imports the agenda at `address`; errors name it.
ImportResult importAddress(const QString &address, const Limits &limits = {}, const ImportOptions &options = {});

} // namespace gavel::web
