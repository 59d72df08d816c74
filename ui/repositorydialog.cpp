#include "repositorydialog.h"

#include "widgethelpers.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace gavel {

namespace {

constexpr int AddressRole = Qt::UserRole;

} // namespace

RepositoryDialog::RepositoryDialog(Fetch fetch, QWidget *parent)
    : QDialog(parent)
    , m_fetch(std::move(fetch))
    , m_repository(new QLineEdit(this))
    , m_folderField(new QLineEdit(this))
    , m_list(new QPushButton(tr("&List"), this))
    , m_agendas(new QTreeWidget(this))
    , m_status(new TransferStatus(this))
{
    setObjectName(QStringLiteral("repositoryDialog"));
    setWindowTitle(tr("Open From Repository"));
    m_repository->setObjectName(QStringLiteral("repositoryField"));
    m_repository->setPlaceholderText(QStringLiteral("PaddlePaddle/community"));
    m_folderField->setObjectName(QStringLiteral("folderField"));
    m_folderField->setPlaceholderText(QStringLiteral("pfcc/meetings/2025"));
    m_list->setObjectName(QStringLiteral("listButton"));
    m_list->setAutoDefault(false);

    m_agendas->setObjectName(QStringLiteral("agendaList"));
    m_agendas->setColumnCount(2);
    m_agendas->setHeaderLabels({tr("Date"), tr("File")});
    m_agendas->setRootIsDecorated(false);
    m_agendas->setUniformRowHeights(true);
    m_agendas->setAllColumnsShowFocus(true);
    m_agendas->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_agendas->header()->setStretchLastSection(true);
    m_agendas->setMinimumHeight(m_agendas->fontMetrics().height() * 10);

    auto *form = new QFormLayout;
    form->addRow(tr("&Repository:"), m_repository);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderField, 1);
    folderRow->addWidget(m_list);
    form->addRow(tr("&Folder:"), folderRow);
    if (auto *folderLabel = qobject_cast<QLabel *>(form->labelForField(folderRow))) {
        labelFor(folderLabel, m_folderField);
    }
    auto *listLabel = new QLabel(tr("&Agendas, newest first:"), this);

    auto *buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openAgendaButton"));
    m_open->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(listLabel);
    layout->addWidget(m_agendas, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    labelFor(listLabel, m_agendas);
    setTabOrder(m_repository, m_folderField);
    setTabOrder(m_folderField, m_list);
    setTabOrder(m_list, m_agendas);
    setTabOrder(m_agendas, m_open);
    setTabOrder(m_open, cancel);

    connect(m_list, &QPushButton::clicked, this, &RepositoryDialog::listFolder);
    connect(m_open, &QPushButton::clicked, this, &RepositoryDialog::openSelected);
    connect(m_agendas, &QTreeWidget::itemDoubleClicked, this, &RepositoryDialog::openSelected);
    connect(m_agendas, &QTreeWidget::currentItemChanged, this, &RepositoryDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::rejected, this, &RepositoryDialog::reject);
    connect(m_status, &TransferStatus::busyChanged, this, &RepositoryDialog::updateButtons);
    updateButtons();
    resize(640, 460);
}

void RepositoryDialog::setFolder(const QString &repository, const QString &path, int year)
{
    const QString thisYears = repositoryfolder::inYear(path, year);
    m_fallback = thisYears.isEmpty() ? QString() : path;
    m_repository->setText(repository);
    m_folderField->setText(thisYears.isEmpty() ? path : thisYears);
    if (!repository.isEmpty() && !path.isEmpty()) {
        listFolder();
    }
}

void RepositoryDialog::listFolder()
{
    repositoryfolder::Folder folder;
    QString error;
    if (!repositoryfolder::parse(m_repository->text().trimmed(), m_folderField->text().trimmed(), &folder, &error)) {
        m_status->finish(error);
        return;
    }
    m_agendas->clear();
    m_listed = {};
    m_fetching.clear();
    const QString where
        = folder.path.isEmpty() ? folder.repository : folder.repository + QLatin1Char('/') + folder.path;
    QObject *context = m_status->start(tr("Listing the agendas in %1…").arg(where));
    repositoryfolder::list(
        github::Api::fromEnvironment(), folder, context,
        [this, folder, where](const repositoryfolder::Listing &listing) {
            if ((!listing.ok() || listing.agendas.isEmpty()) && !m_fallback.isEmpty()) {
                m_folderField->setText(std::exchange(m_fallback, QString()));
                return listFolder();
            }
            m_fallback.clear();
            if (!listing.ok()) {
                m_status->finish(listing.error);
                return;
            }
            m_listed = folder;
            for (const repositoryfolder::Entry &entry : listing.agendas) {
                auto *item = new QTreeWidgetItem(m_agendas);
                item->setText(0, entry.date.isValid() ? entry.date.toString(Qt::ISODate) : QStringLiteral("–"));
                item->setText(1, entry.name);
                item->setToolTip(1, entry.path);
                item->setData(0, AddressRole, entry.address);
            }
            const int count = int(listing.agendas.size());
            m_status->finish(count == 0       ? tr("No agendas in %1.").arg(where)
                                 : count == 1 ? tr("1 agenda in %1.").arg(where)
                                              : tr("%n agendas in %1.", nullptr, count).arg(where));
            if (count > 0) {
                m_agendas->setCurrentItem(m_agendas->topLevelItem(0));
                m_agendas->setFocus();
            }
            updateButtons();
        });
}

void RepositoryDialog::openSelected()
{
    const QTreeWidgetItem *item = m_agendas->currentItem();
    if (!item || m_status->isBusy()) {
        return;
    }
    const QString address = item->data(0, AddressRole).toString();
    m_fetching = address;
    QObject *context = m_status->start(tr("Fetching %1…").arg(item->text(1)));
    m_fetch(
        m_listed, address, context, [this](qint64 received, qint64 total) { m_status->progress(received, total); },
        [this](const QString &error) {
            m_fetching.clear();
            m_status->finish(error);
            if (error.isEmpty()) {
                accept();
            }
        });
}

void RepositoryDialog::updateButtons()
{
    const bool busy = m_status->isBusy();
    m_list->setEnabled(!busy);
    m_open->setEnabled(!busy && m_agendas->currentItem());
}

void RepositoryDialog::keyPressEvent(QKeyEvent *event)
{
    // Return does what the focus suggests: list the folder typed, open the agenda chosen.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        QWidget *focus = focusWidget();
        if (auto *button = qobject_cast<QPushButton *>(focus)) {
            button->click();
        } else if (focus == m_agendas) {
            openSelected();
        } else if (m_list->isEnabled()) {
            listFolder();
        }
        return;
    }
    QDialog::keyPressEvent(event);
}

void RepositoryDialog::reject()
{
    const QString fetching = m_fetching;
    if (m_status->cancel() && !fetching.isEmpty()) {
        emit cancelled(fetching);
    }
    QDialog::reject();
}

} // namespace gavel
