#pragma once

#include "web/fetch.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;

namespace gavel {

// Fetches the agenda at an address and opens it (the window's one path for it): the transfer runs
// under `context` (deleting it cancels), tells `progress`, and ends with `done`, whose error is
// empty when the agenda is opened or on its way to be.
using AgendaFetch = std::function<void(const QString &address, QObject *context, const web::Progress &progress,
                                       const std::function<void(const QString &error)> &done)>;

// One transfer of a dialog at a time, and what the chair sees of it: a busy bar, then bytes
// once the size is known, and the error in words when it fails. Each transfer runs under a
// context object of its own: cancelling deletes it, which aborts the transfer at once.
class TransferStatus : public QWidget
{
    Q_OBJECT

public:
    explicit TransferStatus(QWidget *parent = nullptr);

    // Starts showing `what` ("Fetching …"), cancelling a transfer still running; the context to
    // give the transfer.
    QObject *start(const QString &what);
    // Bytes received so far, of `total` (-1: not said).
    void progress(qint64 received, qint64 total);
    // A transfer of several steps: now at `step` of `steps`, doing `what`.
    void step(const QString &what, int step, int steps);
    // The transfer ended: its error shown in words, or nothing when it went well.
    void finish(const QString &error = QString());
    // Aborts the transfer (deleting its context) and says `said` (empty: that nothing was
    // opened); true when one was running.
    bool cancel(const QString &said = QString());
    bool isBusy() const { return !m_context.isNull(); }
    QString text() const;

signals:
    void busyChanged(bool busy);

private:
    void endTransfer();

    QProgressBar *m_bar;
    QLabel *m_label;
    QPointer<QObject> m_context;
    QString m_what;
};

// "12 KB", "1.4 MB": a size the chair reads at a glance.
QString byteSize(qint64 bytes);

} // namespace gavel
