#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace gavel {

namespace {

enum Column { CommandColumn, ShortcutColumn, MenuColumn };
constexpr int SearchRole = Qt::UserRole + 1; // what the filter looks in

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_table(new QTreeWidget(this))
    , m_noMatch(new QLabel(tr("No command matches the filter."), this))
    , m_refreshLater(new QTimer(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Commands and Shortcuts"));
    setModal(false);

    auto *note = new QLabel(tr("Every command of the menus. Meeting controls are chords that work in every window and "
                               "never type text. When no text field has focus, single keys work too: F5 starts or "
                               "pauses, Shift+F5 ends, PageDown / PageUp (a presenter clicker) move to the next / "
                               "previous item."),
                            this);
    note->setObjectName(QStringLiteral("shortcutNote"));
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_filter->setObjectName(QStringLiteral("shortcutFilter"));
    m_filter->setPlaceholderText(tr("What to do, e.g. decision, late, set time, or a key"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);

    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setAccessibleName(tr("Commands"));
    m_table->setColumnCount(3);
    m_table->setHeaderLabels({tr("Command"), tr("Shortcut"), tr("Menu")});
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
    m_table->header()->setSectionResizeMode(MenuColumn, QHeaderView::ResizeToContents);

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
    resize(640, 560);
}

void ShortcutsDialog::setKeywords(QAction *action, const QString &words)
{
    action->setProperty(keywordsProperty, words);
}

QString ShortcutsDialog::commandText(const QString &actionText)
{
    QString text = actionText.section(QLatin1Char('\t'), 0, 0);
    // A mnemonic in brackets, as Chinese and Japanese texts carry it ("记录决议(&D)", "打开(&O)…"),
    // goes with its brackets, as Qt's own menus drop it.
    static const QRegularExpression bracketed(QStringLiteral("\\s?\\(&[^&\\s]\\)"));
    text.remove(bracketed);
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

QString ShortcutsDialog::menuText(const QAction *action)
{
    // The first menu the action is in (a context menu is made when it opens, so it is not one
    // of these), then the menus that hold that menu.
    // A menu bar too narrow for its menus lists them in a menu without a title: not one of these.
    QStringList path;
    const QAction *inner = action;
    while (inner && path.size() < 8) {
        const QMenu *menu = nullptr;
        for (QObject *object : inner->associatedObjects()) {
            const auto *candidate = qobject_cast<const QMenu *>(object);
            if (candidate && !candidate->title().isEmpty()) {
                menu = candidate;
                break;
            }
        }
        if (!menu) {
            break;
        }
        path.prepend(commandText(menu->title()));
        inner = menu->menuAction();
    }
    return path.join(QStringLiteral(" > "));
}

bool ShortcutsDialog::matches(const QString &filter, const QString &haystack)
{
    const QStringList words = filter.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(),
                       [&haystack](const QString &word) { return haystack.contains(word, Qt::CaseInsensitive); });
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    refresh();
    m_filter->setFocus();
    m_filter->selectAll();
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
        // A hidden action cannot be triggered, not even by its shortcut; a submenu is no command.
        if (!action || action->isSeparator() || !action->isVisible() || action->menu()) {
            continue;
        }
        const QString command = commandText(action->text());
        if (command.isEmpty()) {
            continue;
        }
        const QString keys = shortcutText(action);
        const QString menu = menuText(action);
        auto *row = new QTreeWidgetItem(m_table, {command, keys, menu});
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        row->setData(
            CommandColumn, SearchRole,
            QStringList {command, action->property(keywordsProperty).toString(), keys, menu}.join(QLatin1Char('\n')));
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
        const bool shows = matches(filter, row->data(CommandColumn, SearchRole).toString());
        row->setHidden(!shows);
        shown += shows ? 1 : 0;
    }
    m_noMatch->setVisible(shown == 0 && !filter.isEmpty());
}

} // namespace gavel
