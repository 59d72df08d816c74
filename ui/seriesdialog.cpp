#include "seriesdialog.h"
#include "series/seriesnames.h"

#include "storage/sessionfile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace gavel {

SeriesDialog::SeriesDialog(const QString &title, const QString &proposal, const QStringList &existing,
                           const QString &root, QWidget *parent)
    : QDialog(parent)
    , m_series(new QComboBox(this))
    , m_where(new QLabel(this))
    , m_root(root)
{
    setWindowTitle(tr("Meeting Series"));
    m_series->setObjectName(QStringLiteral("seriesCombo"));
    m_series->setEditable(true);
    m_series->setInsertPolicy(QComboBox::NoInsert);
    m_series->addItems(existing);
    const QString match = series::matchingSeries(proposal, existing);
    m_series->setCurrentText(match.isEmpty() ? proposal : match);
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *intro = new QLabel(tr("“%1” is a new meeting. Which series does it belong to? The series keeps "
                                "attendance history across meetings.")
                                 .arg(title),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Series:"), m_series);
    form->addRow(tr("Saved in:"), m_where);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    const auto updateWhere = [this] {
        m_where->setText(QDir::toNativeSeparators(QDir(m_root).filePath(sessionfile::folderName(series()))));
    };
    connect(m_series, &QComboBox::currentTextChanged, this, updateWhere);
    updateWhere();
    resize(520, sizeHint().height());
}

QString SeriesDialog::series() const
{
    return m_series->currentText().trimmed();
}

} // namespace gavel
