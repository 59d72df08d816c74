#include "issuesdialog.h"

#include "transferstatus.h"
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

namespace gavel {

IssuesDialog::IssuesDialog(Open open, QWidget *parent)
    : QDialog(parent)
    , m_open(std::move(open))
    , m_target(new QLineEdit(this))
    , m_label(new QLineEdit(this))
    , m_preview(new QPushButton(tr("&Preview"), this))
    , m_items(new QTreeWidget(this))
    , m_note(noteLabel(QString(), this))
    , m_status(new TransferStatus(this))
{
    setObjectName(QStringLiteral("issuesDialog"));
    setWindowTitle(tr("Agenda From Issues"));
    m_target->setObjectName(QStringLiteral("targetField"));
    m_target->setPlaceholderText(QStringLiteral("PaddlePaddle/Paddle"));
    m_label->setObjectName(QStringLiteral("labelField"));
    m_label->setPlaceholderText(tr("meeting agenda"));
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_preview->setAutoDefault(false);

    m_items->setObjectName(QStringLiteral("issueList"));
    m_items->setColumnCount(4);
    m_items->setHeaderLabels({tr("Number"), tr("Title"), tr("Author"), tr("Kind")});
    m_items->setRootIsDecorated(false);
    m_items->setUniformRowHeights(true);
    m_items->setAllColumnsShowFocus(true);
    m_items->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_items->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_items->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_items->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_items->header()->setStretchLastSection(false);
    m_items->setMinimumHeight(m_items->fontMetrics().height() * 10);
    m_note->setObjectName(QStringLiteral("issuesNote"));
    m_note->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Repository or organisation:"), m_target);
    auto *labelRow = new QHBoxLayout;
    labelRow->addWidget(m_label, 1);
    labelRow->addWidget(m_preview);
    form->addRow(tr("&Label:"), labelRow);
    if (auto *labelLabel = qobject_cast<QLabel *>(form->labelForField(labelRow))) {
        labelFor(labelLabel, m_label);
    }
    auto *itemsLabel = new QLabel(tr("&Items of the agenda:"), this);

    auto *buttons = new QDialogButtonBox(this);
    m_openButton = buttons->addButton(tr("Open as &New Meeting"), QDialogButtonBox::AcceptRole);
    m_openButton->setObjectName(QStringLiteral("openMeetingButton"));
    m_openButton->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(itemsLabel);
    layout->addWidget(m_items, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    labelFor(itemsLabel, m_items);
    setTabOrder(m_target, m_label);
    setTabOrder(m_label, m_preview);
    setTabOrder(m_preview, m_items);
    setTabOrder(m_items, m_openButton);
    setTabOrder(m_openButton, cancel);

    connect(m_preview, &QPushButton::clicked, this, &IssuesDialog::preview);
    connect(m_openButton, &QPushButton::clicked, this, &IssuesDialog::openAsMeeting);
    connect(buttons, &QDialogButtonBox::rejected, this, &IssuesDialog::reject);
    connect(m_status, &TransferStatus::busyChanged, this, &IssuesDialog::updateButtons);
    // A preview is of the fields it was asked with: another repository or label asks again.
    connect(m_target, &QLineEdit::textEdited, this, &IssuesDialog::forgetPreview);
    connect(m_label, &QLineEdit::textEdited, this, &IssuesDialog::forgetPreview);
    updateButtons();
    resize(720, 480);
}

void IssuesDialog::setQuery(const QString &target, const QString &label)
{
    m_target->setText(target);
    m_label->setText(label);
}

void IssuesDialog::preview()
{
    issueagenda::Query query;
    QString error;
    if (!issueagenda::parse(m_target->text().trimmed(), m_label->text().trimmed(), &query, &error)) {
        forgetPreview();
        m_status->finish(error);
        return;
    }
    forgetPreview();
    QObject *context = m_status->start(
        tr("Gathering the open issues and pull requests labelled “%1” in %2…").arg(query.label, query.target()));
    issueagenda::gather(
        github::Api::fromEnvironment(), query, context, [this, query](const issueagenda::Issues &issues) {
            if (!issues.ok()) {
                m_status->finish(issues.error);
                return;
            }
            m_query = query;
            m_issues = issues;
            for (const issueagenda::Issue &issue : issues.items) {
                auto *item = new QTreeWidgetItem(m_items);
                item->setText(0,
                              query.organisation() ? QStringLiteral("%1#%2").arg(issue.repository).arg(issue.number)
                                                   : QStringLiteral("#%1").arg(issue.number));
                item->setText(1, issue.title);
                item->setToolTip(1, issue.url);
                item->setText(2, issue.author);
                item->setText(3, issue.pullRequest ? tr("Pull request") : tr("Issue"));
            }
            const int count = int(issues.items.size());
            m_status->finish(count == 0       ? tr("No open issue or pull request has that label.")
                                 : count == 1 ? tr("1 item.")
                                              : tr("%n items.", nullptr, count));
            m_note->setText(issues.note);
            m_note->setVisible(!issues.note.isEmpty());
            if (count > 0) {
                m_items->setCurrentItem(m_items->topLevelItem(0));
                m_items->setFocus();
            }
            updateButtons();
        });
}

void IssuesDialog::openAsMeeting()
{
    if (m_issues.items.isEmpty() || m_status->isBusy()) {
        return;
    }
    const QString error = m_open(m_query, m_issues);
    if (error.isEmpty()) {
        accept();
    } else {
        m_status->finish(error);
    }
}

void IssuesDialog::forgetPreview()
{
    m_status->cancel();
    m_status->finish();
    m_items->clear();
    m_issues = {};
    m_note->clear();
    m_note->hide();
    updateButtons();
}

void IssuesDialog::updateButtons()
{
    const bool busy = m_status->isBusy();
    m_preview->setEnabled(!busy);
    m_openButton->setEnabled(!busy && !m_issues.items.isEmpty());
}

void IssuesDialog::keyPressEvent(QKeyEvent *event)
{
    // Return does what the focus suggests: preview what was typed, open what is previewed.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        QWidget *focus = focusWidget();
        if (auto *button = qobject_cast<QPushButton *>(focus)) {
            button->click();
        } else if (focus == m_items) {
            openAsMeeting();
        } else if (m_preview->isEnabled()) {
            preview();
        }
        return;
    }
    QDialog::keyPressEvent(event);
}

void IssuesDialog::reject()
{
    m_status->cancel();
    QDialog::reject();
}

} // namespace gavel
