#pragma once

#include "web/publish.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace gavel {

class TokenKeeper;
class TransferStatus;

// File > Publish Minutes: the open meeting's minutes (and, if asked, the next agenda) as a pull
// request to the series' repository. It shows the GitHub account, where the files go, the branch
// and the pull request's text before anything is sent; one click publishes, with each step said
// and Cancel stopping between requests. Never modal: the meeting keeps running behind it.
class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    struct Fields
    {
        QString repository; // "O/R"
        QString folder; // "pfcc/meetings/2025"
        QString base; // empty: the repository's default branch
        bool nextAgenda = false;
    };
    // The request for these fields: the meeting's minutes, the pull request's title and body.
    // `final`: for sending now (the preview may leave out what only the files need).
    using Prepare = std::function<publish::Request(const Fields &fields, bool final)>;

    PublishDialog(Prepare prepare, TokenKeeper *tokens, QWidget *parent = nullptr);

    void setFields(const Fields &fields);
    Fields fields() const;
    // Tests: how long a new fork is waited for, and how often it is asked.
    void setLimits(const publish::Limits &limits) { m_limits = limits; }

public slots:
    // Escape or Cancel: while publishing, stops between two requests and stays open to say where;
    // otherwise closes.
    void reject() override;

signals:
    // The pull request is open (or was, and is updated): the dialog closes.
    void published(const publish::Outcome &outcome, const PublishDialog::Fields &fields);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void checkAccount();
    void showSignIn(bool shown);
    void useToken();
    void updatePreview();
    void updateButtons();
    void publishNow();
    // The API with the token (empty: none) the dialog found or was given.
    github::Api api() const;

    Prepare m_prepare;
    TokenKeeper *m_tokens;
    publish::Limits m_limits;
    QByteArray m_token; // in memory only, never shown
    QPointer<QObject> m_accountCheck; // deleting it drops the account's request
    bool m_checked = false;
    publish::Step m_step = publish::Step::Account; // the step publishing is at

    QLabel *m_account;
    QLabel *m_kept;
    QPushButton *m_signIn;
    QWidget *m_tokenPanel;
    QLineEdit *m_tokenField;
    QPushButton *m_useToken;
    QLineEdit *m_repository;
    QLineEdit *m_folder;
    QLineEdit *m_base;
    QCheckBox *m_nextAgenda;
    QLabel *m_branch;
    QLabel *m_files;
    QLabel *m_title;
    QPlainTextEdit *m_body;
    TransferStatus *m_status;
    QPushButton *m_publish;
    QTimer *m_previewTimer;
};

} // namespace gavel
