#include "openurldialog.h"

#include "widgethelpers.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gavel {

OpenUrlDialog::OpenUrlDialog(AgendaFetch fetch, QWidget *parent)
    : QDialog(parent)
    , m_fetch(std::move(fetch))
    , m_address(new QLineEdit(this))
    , m_status(new TransferStatus(this))
{
    setObjectName(QStringLiteral("openUrlDialog"));
    setWindowTitle(tr("Open URL"));
    m_address->setObjectName(QStringLiteral("urlField"));
    m_address->setPlaceholderText(
        QStringLiteral("https://github.com/PaddlePaddle/community/blob/master/pfcc/meetings/2025/…-agenda.md"));
    m_address->setClearButtonEnabled(true);
    m_address->setMinimumWidth(m_address->fontMetrics().averageCharWidth() * 60);

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    auto *note = noteLabel(tr("A Markdown agenda on the web, or its page on GitHub. Gavel keeps a copy, so the "
                              "meeting opens again without the network."),
                           this);

    auto *buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openUrlButton"));
    m_open->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAutoDefault(false);
    connect(m_open, &QPushButton::clicked, this, &OpenUrlDialog::openAddress);
    connect(buttons, &QDialogButtonBox::rejected, this, &OpenUrlDialog::reject);
    connect(m_status, &TransferStatus::busyChanged, m_open, &QWidget::setDisabled);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setTabOrder(m_address, m_open);
    setTabOrder(m_open, cancel);
}

void OpenUrlDialog::setAddress(const QString &address)
{
    m_address->setText(address);
    m_address->selectAll();
}

void OpenUrlDialog::openAddress()
{
    const QString address = m_address->text().trimmed();
    if (address.isEmpty()) {
        m_status->finish(tr("Type or paste the agenda's web address."));
        m_address->setFocus();
        return;
    }
    if (!web::isWebAddress(address)) {
        m_status->finish(tr("%1 is not a web address: it should begin with https://.").arg(address));
        m_address->setFocus();
        return;
    }
    QObject *context = m_status->start(tr("Fetching %1…").arg(address));
    m_fetch(
        address, context, [this](qint64 received, qint64 total) { m_status->progress(received, total); },
        [this](const QString &error) {
            m_status->finish(error);
            if (error.isEmpty()) {
                accept();
            } else {
                m_address->setFocus();
            }
        });
}

void OpenUrlDialog::reject()
{
    if (m_status->cancel()) {
        emit cancelled(m_address->text().trimmed());
    }
    QDialog::reject();
}

} // namespace gavel
