#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gavel {

namespace {

enum Column { CommandColumn, ShortcutColumn };

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_table(new QTreeWidget(this))
    , m_noMatch(new QLabel(tr("No command matches the filter."), this))
    , m_refreshLater(new QTimer(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    setModal(false);

    auto *note = new QLabel(tr("Meeting controls are chords that work in every window and never type text. When no "
                               "text field has focus, single keys work too: F5 starts or pauses, Shift+F5 ends, "
                               "PageDown / PageUp (a presenter clicker) move to the next / previous item."),
                            this);
    note->setObjectName(QStringLiteral("shortcutNote"));
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_filter->setObjectName(QStringLiteral("shortcutFilter"));
    m_filter->setPlaceholderText(tr("Part of a command or a key"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);

    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setColumnCount(2);
    m_table->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_table->setRootIsDecorated(false);
    m_table->setItemsExpandable(false);
    m_table->setUniformRowHeights(true);
    m_table->setAllColumnsShowFocus(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false); // the order given is the order of the menus
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(CommandColumn, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(ShortcutColumn, QHeaderView::ResizeToContents);

    m_noMatch->setObjectName(QStringLiteral("shortcutNoMatch"));
    m_noMatch->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_noMatch);
    layout->addWidget(buttons);

    // While the window is open, follow the actions' changes (coalesced into one refresh).
    m_refreshLater->setSingleShot(true);
    m_refreshLater->setInterval(0);
    connect(m_refreshLater, &QTimer::timeout, this, &ShortcutsDialog::refresh);
    for (QAction *action : actions) {
        if (!action || m_actions.contains(action)) {
            continue;
        }
        m_actions.append(action);
        connect(action, &QAction::changed, this, [this] {
            if (isVisible()) {
                m_refreshLater->start();
            }
        });
    }

    refresh();
    resize(560, 520);
}

QString ShortcutsDialog::commandText(const QString &actionText)
{
    QString text = actionText.section(QLatin1Char('\t'), 0, 0);
    QString command;
    command.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            // "&&" is a literal ampersand; a single one marks the mnemonic.
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
                command += QLatin1Char('&');
                ++i;
            }
            continue;
        }
        command += text.at(i);
    }
    command = command.trimmed();
    if (command.endsWith(QChar(0x2026))) {
        command.chop(1);
    } else if (command.endsWith(QLatin1String("..."))) {
        command.chop(3);
    }
    return command.trimmed();
}

QString ShortcutsDialog::shortcutText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &shortcut : action->shortcuts()) {
        if (!shortcut.isEmpty()) {
            keys.append(shortcut.toString(QKeySequence::NativeText));
        }
    }
    return keys.join(QLatin1String(", "));
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    refresh();
    QDialog::showEvent(event);
}

void ShortcutsDialog::refresh()
{
    m_refreshLater->stop();
    const QTreeWidgetItem *current = m_table->currentItem();
    const QString currentCommand = current ? current->text(CommandColumn) : QString();

    m_table->clear();
    QTreeWidgetItem *newCurrent = nullptr;
    for (const QPointer<QAction> &action : std::as_const(m_actions)) {
        // A hidden action cannot be triggered, not even by its shortcut.
        if (!action || action->isSeparator() || !action->isVisible()) {
            continue;
        }
        const QString command = commandText(action->text());
        const QString keys = shortcutText(action);
        const bool meetingCommand
            = action->property(meetingCommandProperty).toBool() || action->shortcutContext() == Qt::ApplicationShortcut;
        if (command.isEmpty() || (keys.isEmpty() && !meetingCommand)) {
            continue;
        }
        auto *row = new QTreeWidgetItem(m_table, {command, keys});
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (!action->toolTip().isEmpty() && commandText(action->toolTip()) != command) {
            row->setToolTip(CommandColumn, action->toolTip());
        }
        if (!newCurrent && command == currentCommand) {
            newCurrent = row;
        }
    }
    if (newCurrent) {
        m_table->setCurrentItem(newCurrent);
    }
    applyFilter();
}

void ShortcutsDialog::applyFilter()
{
    const QString filter = m_filter->text().trimmed();
    int shown = 0;
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_table->topLevelItem(i);
        const bool matches = filter.isEmpty() || row->text(CommandColumn).contains(filter, Qt::CaseInsensitive)
            || row->text(ShortcutColumn).contains(filter, Qt::CaseInsensitive);
        row->setHidden(!matches);
        shown += matches ? 1 : 0;
    }
    m_noMatch->setVisible(shown == 0 && !filter.isEmpty());
}

} // namespace gavel
