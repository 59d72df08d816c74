#pragma once

#include "transferstatus.h"
#include "web/repositoryfolder.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace gavel {

// File > Open From Repository: the agendas of the series' folder in its GitHub repository,
// newest first, and the one chosen opened through Open URL's path. Never modal.
class RepositoryDialog : public QDialog
{
    Q_OBJECT

public:
    // Fetches and opens the agenda at `address`, listed in `folder`.
    using Fetch
        = std::function<void(const repositoryfolder::Folder &folder, const QString &address, QObject *context,
                             const web::Progress &progress, const std::function<void(const QString &error)> &done)>;

    explicit RepositoryDialog(Fetch fetch, QWidget *parent = nullptr);

    // The repository ("O/R") and folder to list; both given: listed at once. A folder of an
    // earlier year (pfcc/meetings/2025) is first looked for in `year` (pfcc/meetings/2026), and
    // listed itself when that one does not exist or holds no agenda yet.
    void setFolder(const QString &repository, const QString &path, int year = 0);

public slots:
    // Escape, Cancel or closing the window: a transfer still running is aborted.
    void reject() override;

signals:
    void cancelled(const QString &address);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void listFolder();
    void openSelected();
    void updateButtons();

    Fetch m_fetch;
    QLineEdit *m_repository;
    QLineEdit *m_folderField;
    QPushButton *m_list;
    QTreeWidget *m_agendas;
    QPushButton *m_open;
    TransferStatus *m_status;
    repositoryfolder::Folder m_listed; // the folder m_agendas shows
    QString m_fetching; // the agenda's address while it is fetched
    QString m_fallback; // the folder listed when the one tried first turns out empty or missing
};

} // namespace gavel
