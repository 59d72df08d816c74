#pragma once

#include "transferstatus.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace gavel {

// File > Open URL: an agenda's web address (an https address or a GitHub file page), fetched
// with its progress shown and a Cancel that aborts the transfer. Never modal: a running
// meeting keeps its timer and its keys while it is open.
class OpenUrlDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenUrlDialog(AgendaFetch fetch, QWidget *parent = nullptr);

    void setAddress(const QString &address);

public slots:
    // Escape, Cancel or closing the window: a transfer still running is aborted.
    void reject() override;

signals:
    void cancelled(const QString &address);

private:
    void openAddress();

    AgendaFetch m_fetch;
    QLineEdit *m_address;
    QPushButton *m_open;
    TransferStatus *m_status;
};

} // namespace gavel
