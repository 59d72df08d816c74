#pragma once

#include "web/issueagenda.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace gavel {

class TransferStatus;

// File > Agenda From Issues: the open issues and pull requests with one label, of a repository
// or a whole organisation, previewed, then opened as a new meeting. Never modal.
class IssuesDialog : public QDialog
{
    Q_OBJECT

public:
    // Writes the agenda of `issues` and opens it as a new meeting: the error in words, empty
    // when it is open (or on its way, once the chair confirms).
    using Open = std::function<QString(const issueagenda::Query &query, const issueagenda::Issues &issues)>;

    explicit IssuesDialog(Open open, QWidget *parent = nullptr);

    void setQuery(const QString &target, const QString &label);

public slots:
    // Escape, Cancel or closing the window: a preview still running is aborted.
    void reject() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void preview();
    void openAsMeeting();
    void forgetPreview();
    void updateButtons();

    Open m_open;
    QLineEdit *m_target;
    QLineEdit *m_label;
    QPushButton *m_preview;
    QTreeWidget *m_items;
    QLabel *m_note;
    QPushButton *m_openButton;
    TransferStatus *m_status;
    issueagenda::Query m_query; // of the preview shown
    issueagenda::Issues m_issues;
};

} // namespace gavel
