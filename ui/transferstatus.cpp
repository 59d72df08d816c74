#include "transferstatus.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace gavel {

TransferStatus::TransferStatus(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
{
    m_bar->setObjectName(QStringLiteral("transferProgress"));
    m_bar->setAccessibleName(tr("Progress"));
    m_bar->setTextVisible(false);
    m_bar->hide();
    m_label->setObjectName(QStringLiteral("transferText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
}

QObject *TransferStatus::start(const QString &what)
{
    const bool wasBusy = isBusy();
    if (m_context) {
        delete m_context.data();
    }
    m_context = new QObject(this);
    m_what = what;
    m_bar->setRange(0, 0); // busy until the size is known
    m_bar->show();
    m_label->setText(what);
    if (!wasBusy) {
        emit busyChanged(true);
    }
    return m_context;
}

void TransferStatus::progress(qint64 received, qint64 total)
{
    if (!isBusy()) {
        return;
    }
    if (total > 0) {
        // In kilobytes: an int holds them up to far past the 5 MB every transfer stops at.
        m_bar->setRange(0, int(qMax<qint64>(1, total / 1024)));
        m_bar->setValue(int(qMin(received, total) / 1024));
        m_label->setText(tr("%1 (%2 of %3)").arg(m_what, byteSize(received), byteSize(total)));
    } else if (received > 0) {
        m_label->setText(tr("%1 (%2)").arg(m_what, byteSize(received)));
    }
}

void TransferStatus::step(const QString &what, int step, int steps)
{
    if (!isBusy()) {
        return;
    }
    m_what = what;
    m_bar->setRange(0, steps);
    m_bar->setValue(step - 1); // the steps done
    m_label->setText(what);
}

void TransferStatus::finish(const QString &error)
{
    endTransfer();
    m_label->setText(error);
}

bool TransferStatus::cancel(const QString &said)
{
    if (!isBusy()) {
        return false;
    }
    QObject *context = m_context;
    m_context = nullptr;
    delete context; // aborts the transfer: its callbacks never come
    m_bar->hide();
    m_label->setText(said.isEmpty() ? tr("Cancelled: nothing was opened.") : said);
    emit busyChanged(false);
    return true;
}

QString TransferStatus::text() const
{
    return m_label->text();
}

void TransferStatus::endTransfer()
{
    const bool wasBusy = isBusy();
    if (m_context) {
        // Its callback may be running now: deleted once it has returned.
        m_context->deleteLater();
        m_context = nullptr;
    }
    m_bar->hide();
    if (wasBusy) {
        emit busyChanged(false);
    }
}

QString byteSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace gavel
