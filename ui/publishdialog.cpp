#include "publishdialog.h"

#include "tokenkeeper.h"
#include "transferstatus.h"
#include "web/repositoryfolder.h"
#include "widgethelpers.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace gavel {

namespace {

constexpr int stepCount = 6;

// A value of the preview: plain text (a meeting's title is never markup), selectable.
QLabel *valueLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// The pull request's text, read-only: it takes the room left over, and asks for no more than its
// minimum, so that it never squeezes the wrapped texts above it on a small screen.
class PreviewText : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    QSize sizeHint() const override { return {QPlainTextEdit::sizeHint().width(), minimumHeight()}; }
};

} // namespace

PublishDialog::PublishDialog(Prepare prepare, TokenKeeper *tokens, QWidget *parent)
    : QDialog(parent)
    , m_prepare(std::move(prepare))
    , m_tokens(tokens)
    , m_account(valueLabel("accountText", this))
    , m_kept(valueLabel("tokenKeptText", this))
    , m_signIn(new QPushButton(tr("&Sign In…"), this))
    , m_tokenPanel(new QWidget(this))
    , m_tokenField(new QLineEdit(m_tokenPanel))
    , m_useToken(new QPushButton(tr("&Use This Token"), m_tokenPanel))
    , m_repository(new QLineEdit(this))
    , m_folder(new QLineEdit(this))
    , m_base(new QLineEdit(this))
    , m_nextAgenda(new QCheckBox(tr("Also the &next meeting's agenda"), this))
    , m_branch(valueLabel("previewBranch", this))
    , m_files(valueLabel("previewFiles", this))
    , m_title(valueLabel("previewTitle", this))
    , m_body(new PreviewText(this))
    , m_status(new TransferStatus(this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("publishDialog"));
    setWindowTitle(tr("Publish Minutes"));

    // The account, and signing in with a token pasted once.
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setAutoDefault(false);
    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(m_account, 1);
    accountRow->addWidget(m_signIn);

    m_tokenPanel->setObjectName(QStringLiteral("tokenPanel"));
    auto *howTo = new QLabel(
        tr("Paste a fine-grained personal access token (<a "
           "href=\"https://github.com/settings/personal-access-tokens/new\">create one on GitHub</a>) with access to "
           "your fork and the community's repository, or to all repositories so that Gavel can make the fork. "
           "Permissions, each read and write: Contents, Pull requests, and Administration (to make the fork). An "
           "organisation may have to approve the token first. A classic token with the public_repo scope works too."),
        m_tokenPanel);
    howTo->setObjectName(QStringLiteral("tokenHowTo"));
    howTo->setWordWrap(true);
    howTo->setTextFormat(Qt::RichText);
    howTo->setTextInteractionFlags(Qt::TextBrowserInteraction);
    howTo->setOpenExternalLinks(true);
    m_tokenField->setObjectName(QStringLiteral("tokenField"));
    m_tokenField->setEchoMode(QLineEdit::Password);
    m_tokenField->setPlaceholderText(QStringLiteral("github_pat_…"));
    m_tokenField->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_useToken->setObjectName(QStringLiteral("useTokenButton"));
    m_useToken->setAutoDefault(false);
    auto *tokenLabel = new QLabel(tr("&Token:"), m_tokenPanel);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(tokenLabel);
    tokenRow->addWidget(m_tokenField, 1);
    tokenRow->addWidget(m_useToken);
    auto *panelLayout = new QVBoxLayout(m_tokenPanel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(howTo);
    panelLayout->addLayout(tokenRow);
    m_tokenPanel->hide();

    auto *account = new QGroupBox(tr("GitHub account"), this);
    auto *accountLayout = new QVBoxLayout(account);
    accountLayout->addLayout(accountRow);
    accountLayout->addWidget(m_kept);
    accountLayout->addWidget(m_tokenPanel);

    // Where the files go.
    m_repository->setObjectName(QStringLiteral("repositoryField"));
    m_repository->setPlaceholderText(QStringLiteral("PaddlePaddle/community"));
    m_folder->setObjectName(QStringLiteral("folderField"));
    m_folder->setPlaceholderText(QStringLiteral("pfcc/meetings/2025"));
    m_base->setObjectName(QStringLiteral("baseField"));
    m_base->setPlaceholderText(tr("the repository's default branch"));
    m_nextAgenda->setObjectName(QStringLiteral("nextAgendaCheck"));
    auto *where = new QGroupBox(tr("Where"), this);
    auto *whereForm = new QFormLayout(where);
    whereForm->addRow(tr("&Repository:"), m_repository);
    whereForm->addRow(tr("&Folder:"), m_folder);
    whereForm->addRow(tr("&Base branch:"), m_base);
    whereForm->addRow(QString(), m_nextAgenda);

    // What GitHub will be sent.
    m_body->setObjectName(QStringLiteral("previewBody"));
    m_body->setReadOnly(true);
    m_body->setTabChangesFocus(true);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_body->setMinimumHeight(m_body->fontMetrics().lineSpacing() * 3);
    auto *preview = new QGroupBox(tr("Pull request"), this);
    auto *previewForm = new QFormLayout(preview);
    previewForm->addRow(tr("Branch:"), m_branch);
    previewForm->addRow(tr("Files:"), m_files);
    previewForm->addRow(tr("Title:"), m_title);
    previewForm->addRow(tr("&Description:"), m_body);

    auto *buttons = new QDialogButtonBox(this);
    m_publish = buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_publish->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(account);
    layout->addWidget(where);
    layout->addWidget(preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    labelFor(tokenLabel, m_tokenField);

    setTabOrder(m_signIn, howTo);
    setTabOrder(howTo, m_tokenField);
    setTabOrder(m_tokenField, m_useToken);
    setTabOrder(m_useToken, m_repository);
    setTabOrder(m_repository, m_folder);
    setTabOrder(m_folder, m_base);
    setTabOrder(m_base, m_nextAgenda);
    setTabOrder(m_nextAgenda, m_body);
    setTabOrder(m_body, m_publish);
    setTabOrder(m_publish, cancel);

    // The preview follows the fields once typing pauses: preparing it reads the series' history.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &PublishDialog::updatePreview);
    for (QLineEdit *field : {m_repository, m_folder, m_base}) {
        connect(field, &QLineEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    }
    connect(m_nextAgenda, &QCheckBox::toggled, this, &PublishDialog::updatePreview);
    connect(m_signIn, &QPushButton::clicked, this, [this] { showSignIn(!m_tokenPanel->isVisible()); });
    connect(m_useToken, &QPushButton::clicked, this, &PublishDialog::useToken);
    connect(m_publish, &QPushButton::clicked, this, &PublishDialog::publishNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &PublishDialog::reject);
    connect(m_status, &TransferStatus::busyChanged, this, &PublishDialog::updateButtons);

    m_account->setText(tr("Not signed in."));
    updatePreview();
    resize(620, 600);
}

void PublishDialog::setFields(const Fields &fields)
{
    m_repository->setText(fields.repository);
    m_folder->setText(fields.folder);
    m_base->setText(fields.base);
    m_nextAgenda->setChecked(fields.nextAgenda);
    updatePreview();
}

PublishDialog::Fields PublishDialog::fields() const
{
    return {m_repository->text().trimmed(), m_folder->text().trimmed(), m_base->text().trimmed(),
            m_nextAgenda->isChecked()};
}

github::Api PublishDialog::api() const
{
    github::Api api = github::Api::fromEnvironment();
    api.token = m_token;
    return api;
}

void PublishDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_checked) {
        m_checked = true;
        checkAccount();
    }
}

void PublishDialog::checkAccount()
{
    m_account->setText(tr("Looking for the token…"));
    m_tokens->read(this, [this](const QByteArray &token, TokenKeeper::Source source, const QString &note) {
        m_token = token;
        const bool environment = source == TokenKeeper::Source::Environment;
        m_signIn->setVisible(!environment);
        if (environment) {
            m_kept->setText(tr(
                "The token comes from the environment (GAVEL_GITHUB_TOKEN): it is used instead of one kept by Gavel."));
        } else if (m_tokens->memoryOnly()) {
            m_kept->setText(
                tr("No system keychain could be used (%1): a token is kept in memory only, until Gavel quits.")
                    .arg(m_tokens->whyMemory()));
        } else if (!note.isEmpty()) {
            m_kept->setText(tr("The keychain could not be read: %1").arg(note));
        } else {
            m_kept->setText(tr("The token is kept in the system keychain."));
        }
        m_signIn->setText(token.isEmpty() ? tr("&Sign In…") : tr("C&hange Token…"));
        if (token.isEmpty()) {
            m_account->setText(tr("Not signed in."));
            updateButtons();
            return;
        }
        m_account->setText(tr("Checking the token with GitHub…"));
        delete m_accountCheck.data();
        m_accountCheck = new QObject(this);
        publish::account(api(), m_accountCheck, [this](const QString &login, const QString &error) {
            m_accountCheck->deleteLater();
            m_account->setText(error.isEmpty() ? tr("Signed in to GitHub as %1.").arg(login)
                                               : tr("Not signed in: %1").arg(error));
            updateButtons();
        });
    });
}

void PublishDialog::showSignIn(bool shown)
{
    m_tokenPanel->setVisible(shown);
    if (shown) {
        m_tokenField->setFocus();
    } else {
        m_tokenField->clear();
        m_signIn->setFocus();
    }
}

void PublishDialog::useToken()
{
    const QByteArray token = m_tokenField->text().trimmed().toUtf8();
    if (token.isEmpty()) {
        m_account->setText(tr("Paste the token into the Token field first."));
        m_tokenField->setFocus();
        return;
    }
    // Asked of GitHub before it is kept: a token pasted wrong never replaces a good one.
    m_account->setText(tr("Checking the token with GitHub…"));
    m_useToken->setEnabled(false);
    delete m_accountCheck.data();
    m_accountCheck = new QObject(this);
    github::Api withToken = api();
    withToken.token = token;
    publish::account(withToken, m_accountCheck, [this, token](const QString &login, const QString &error) {
        m_accountCheck->deleteLater();
        m_useToken->setEnabled(true);
        if (!error.isEmpty()) {
            m_account->setText(tr("The token could not be checked with GitHub, so it was not kept: %1").arg(error));
            m_tokenField->setFocus();
            m_tokenField->selectAll();
            return;
        }
        m_tokens->write(token, this, [this, token, login](TokenKeeper::Source where, const QString &why) {
            m_token = token;
            m_account->setText(tr("Signed in to GitHub as %1.").arg(login));
            m_kept->setText(where == TokenKeeper::Source::Keychain
                                ? tr("The token is kept in the system keychain.")
                                : tr("No system keychain could be used (%1): the token is kept in memory only, "
                                     "until Gavel quits, and is asked for again next time.")
                                      .arg(why));
            m_signIn->setText(tr("C&hange Token…"));
            showSignIn(false);
            updateButtons();
        });
    });
}

void PublishDialog::updatePreview()
{
    m_previewTimer->stop();
    const Fields now = fields();
    repositoryfolder::Folder folder;
    QString error;
    if (now.repository.isEmpty() || !repositoryfolder::parse(now.repository, now.folder, &folder, &error)) {
        m_branch->setText(QStringLiteral("–"));
        m_files->setText(now.repository.isEmpty() ? tr("Type the repository, as owner/name.") : error);
        m_title->setText(QStringLiteral("–"));
        m_body->clear();
        updateButtons();
        return;
    }
    const publish::Request request = m_prepare(now, false);
    const publish::Plan plan = publish::plan(request);
    m_branch->setText(now.base.isEmpty() ? tr("%1, into the default branch of %2").arg(plan.branch, now.repository)
                                         : tr("%1, into %2 of %3").arg(plan.branch, now.base, now.repository));
    m_files->setText(plan.nextAgendaPath.isEmpty() ? plan.minutesPath
                                                   : plan.minutesPath + QLatin1Char('\n') + plan.nextAgendaPath);
    m_title->setText(request.title);
    m_body->setPlainText(request.body);
    updateButtons();
}

void PublishDialog::updateButtons()
{
    const bool busy = m_status->isBusy();
    m_publish->setEnabled(!busy);
    for (QWidget *field : std::initializer_list<QWidget *> {m_repository, m_folder, m_base, m_nextAgenda, m_signIn}) {
        field->setEnabled(!busy);
    }
    m_tokenPanel->setEnabled(!busy);
}

void PublishDialog::publishNow()
{
    if (m_status->isBusy()) {
        return;
    }
    updatePreview();
    const Fields now = fields();
    repositoryfolder::Folder folder;
    QString error;
    if (!repositoryfolder::parse(now.repository, now.folder, &folder, &error) || now.repository.isEmpty()) {
        m_status->finish(now.repository.isEmpty() ? tr("Type the repository, as owner/name.") : error);
        m_repository->setFocus();
        return;
    }
    if (m_token.isEmpty()) {
        m_status->finish(tr("Sign in first: paste a token above."));
        showSignIn(true);
        return;
    }
    const publish::Request request = m_prepare(now, true);
    QObject *context = m_status->start(tr("Publishing…"));
    publish::run(
        api(), request, context,
        [this](publish::Step step) {
            m_status->step(tr("Publishing, %1…").arg(publish::stepName(step)), int(step), stepCount);
            m_step = step;
        },
        [this, now](const publish::Outcome &outcome) {
            if (!outcome.ok()) {
                m_status->finish(tr("Not published: %1").arg(outcome.error));
                return;
            }
            m_status->finish();
            emit published(outcome, now);
            accept();
        },
        m_limits);
}

void PublishDialog::reject()
{
    if (m_status->isBusy()) {
        m_status->cancel(tr("Stopped at %1: nothing more was sent. A file already committed stays on its branch, "
                            "where publishing again finds it.")
                             .arg(publish::stepName(m_step)));
        return;
    }
    QDialog::reject();
}

void PublishDialog::closeEvent(QCloseEvent *event)
{
    m_status->cancel(); // closing the window stops a publishing still on its way, and closes
    QDialog::closeEvent(event);
}

void PublishDialog::keyPressEvent(QKeyEvent *event)
{
    // Return does what the focus suggests: use the token typed, press the button, else publish.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        QWidget *focus = focusWidget();
        if (focus == m_tokenField) {
            useToken();
        } else if (auto *button = qobject_cast<QPushButton *>(focus)) {
            button->click();
        } else if (m_publish->isEnabled()) {
            publishNow();
        }
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace gavel
