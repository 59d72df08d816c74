#include "readingwindow.h"

#include "agenda/agendaimporter.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gavel {

ReadingWindow::ReadingWindow(QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_lines(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("readingWindow"));
    m_heading->setObjectName(QStringLiteral("readingHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lines->setObjectName(QStringLiteral("readingLines"));
    m_lines->setReadOnly(true);
    m_lines->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_heading->setBuddy(m_lines);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("readingCopy"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_lines, 1);
    layout->addWidget(buttons);
    resize(720, 420);
    fill();
}

void ReadingWindow::showAgenda(const QString &agendaPath, const QDate &meetingDate)
{
    m_path = agendaPath;
    m_date = meetingDate;
    fill();
}

QString ReadingWindow::text() const
{
    return m_lines->toPlainText();
}

void ReadingWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fill(); // the lines are written in the interface's language: read the file again
    }
    QDialog::changeEvent(event);
}

void ReadingWindow::fill()
{
    setWindowTitle(tr("How the Agenda Was Read"));
    if (auto *copy = findChild<QPushButton *>(QStringLiteral("readingCopy"))) {
        copy->setText(tr("&Copy"));
    }
    if (m_path.isEmpty()) {
        m_heading->setText(tr("This meeting has no agenda file to read."));
        m_lines->clear();
        m_lines->setAccessibleName(m_heading->text());
        return;
    }
    const ImportResult result = AgendaImporter::importFile(m_path, {m_date});
    QStringList lines = result.explanation.lines();
    if (!result.ok()) {
        lines.append(result.error);
    }
    m_heading->setText(result.ok() ? tr("How Gavel reads %1 now, a line for each rule that gave a field:")
                                         .arg(QDir::toNativeSeparators(m_path))
                                   : tr("Gavel cannot read %1 now:").arg(QDir::toNativeSeparators(m_path)));
    m_lines->setPlainText(lines.join(QLatin1Char('\n')));
    m_lines->setAccessibleName(tr("How the agenda was read"));
}

} // namespace gavel
