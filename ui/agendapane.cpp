#include "agendapane.h"

#include "shortcutsdialog.h"
#include "widgethelpers.h"

#include "agenda/agendatree.h"
#include "meeting/agendamodel.h"
#include "meeting/livemeeting.h"
#include "typescale.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace gavel {

namespace {

// Paints the current item's row with a highlight band; the row also says "▶ Now" in bold,
// so it stands out without relying on colour.
class CurrentRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.data(AgendaModel::StateRole).toInt() == int(LiveMeeting::ItemState::Current)) {
            QColor band = option.palette.color(QPalette::Highlight);
            band.setAlpha(70);
            painter->fillRect(option.rect, band);
            if (index.column() == 0) {
                painter->fillRect(QRect(option.rect.left(), option.rect.top(), 5, option.rect.height()),
                                  option.palette.color(QPalette::Highlight));
            }
        }
        QStyledItemDelegate::paint(painter, option, index);
    }
};

// Sized to the widest texts they can show; the title stretches, the speakers are sized apart.
const QList<int> sizedColumns {AgendaModel::NumberColumn, AgendaModel::PlannedColumn, AgendaModel::ActualColumn,
                               AgendaModel::StateColumn};

} // namespace

AgendaPane::AgendaPane(LiveMeeting *meeting, AgendaModel *model, QWidget *parent)
    : QWidget(parent)
    , m_meeting(meeting)
    , m_model(model)
    , m_view(new QTreeView(this))
{
    m_view->setObjectName(QStringLiteral("agendaView"));
    m_view->setAccessibleName(tr("Agenda"));
    m_view->setModel(m_model);
    new RowFocus(m_view);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // The tree's branches sit in the title column, so the number column stays narrow.
    m_view->setTreePosition(AgendaModel::TitleColumn);
    m_view->setItemDelegate(new CurrentRowDelegate(m_view));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AgendaModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AgendaModel::SpeakersColumn, QHeaderView::Interactive);
    m_view->setFont(typescale::font(m_view->font(), typescale::Role::Reading));
    m_view->viewport()->installEventFilter(this); // its width decides whether the speakers are shown
    // Sized from the texts the columns can show, not by measuring rows: as quick at 1,000 items.
    fitColumns();
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &AgendaPane::fitColumns);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    addAction(tr("&Jump to Item"), QKeySequence(Qt::Key_Return), "actionJumpTo", &AgendaPane::jumpToSelected,
              tr("go to run this item now"));
    addAction(tr("S&kip or Unskip Item"), QKeySequence(Qt::CTRL | Qt::Key_K), "actionSkipSelected",
              &AgendaPane::skipSelected, tr("skip unskip drop postpone"));
    addAction(tr("&Add Item After"), QKeySequence(Qt::Key_Insert), "actionAddItem", &AgendaPane::addAfter,
              tr("add insert new item topic"));
    addAction(tr("Add &Sub-item"), QKeySequence(Qt::SHIFT | Qt::Key_Insert), "actionAddChild", &AgendaPane::addChild,
              tr("add insert new part child"));
    addAction(tr("&Rename Item"), QKeySequence(Qt::Key_F2), "actionRename", &AgendaPane::renameSelected,
              tr("rename edit title"));
    addAction(tr("Set Dura&tion"), QKeySequence(Qt::CTRL | Qt::Key_M), "actionSetDuration", &AgendaPane::editDuration,
              tr("set duration time minutes planned length"));
    addAction(tr("Move &Up"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up), "actionMoveUp", &AgendaPane::moveUp,
              tr("move reorder up earlier"));
    addAction(tr("Move Do&wn"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down), "actionMoveDown",
              &AgendaPane::moveDown, tr("move reorder down later"));
    addAction(tr("&Indent (Make Part of the Item Above)"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right),
              "actionIndent", &AgendaPane::indent, tr("indent nest part sub-item"));
    addAction(tr("&Outdent"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left), "actionOutdent", &AgendaPane::outdent,
              tr("outdent unnest"));
    addAction(tr("&Delete Item"), QKeySequence(QKeySequence::Delete), "actionDelete", &AgendaPane::deleteSelected,
              tr("delete remove item"));

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &AgendaPane::rememberState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AgendaPane::restoreState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AgendaPane::updateActions);
    connect(m_meeting, &LiveMeeting::changed, this, &AgendaPane::updateActions);
    connect(m_view, &QTreeView::collapsed, this,
            [this](const QModelIndex &index) { m_collapsed.insert(m_model->itemId(index)); });
    connect(m_view, &QTreeView::expanded, this,
            [this](const QModelIndex &index) { m_collapsed.remove(m_model->itemId(index)); });
    connect(m_meeting, &LiveMeeting::loaded, this, [this] {
        m_collapsed.clear();
        m_followed = meetingItem();
    });
    connect(m_meeting, &LiveMeeting::changed, this, &AgendaPane::followMeeting);
    m_followed = meetingItem();
    restoreState();
}

QAction *AgendaPane::addAction(const QString &text, const QKeySequence &key, const char *name,
                               void (AgendaPane::*slot)(), const QString &keywords)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1String(name));
    ShortcutsDialog::setKeywords(action, keywords);
    action->setShortcut(key);
    // Only while the tree has the focus: never from a text field, never from an open editor.
    action->setShortcutContext(Qt::WidgetShortcut);
    connect(action, &QAction::triggered, this, slot);
    m_view->addAction(action);
    m_editActions.append(action);
    return action;
}

int AgendaPane::selectedId() const
{
    return m_model->itemId(m_view->currentIndex());
}

void AgendaPane::select(int id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

int AgendaPane::meetingItem() const
{
    return m_meeting->isActive()                               ? m_meeting->currentId()
        : m_meeting->phase() == LiveMeeting::Phase::NotStarted ? m_meeting->nextId()
                                                               : 0;
}

void AgendaPane::focusCurrent()
{
    // The item the meeting is on, so the agenda's keys act on it.
    if (const int id = meetingItem()) {
        select(id);
    }
    m_view->setFocus(Qt::ShortcutFocusReason);
}

void AgendaPane::followMeeting()
{
    const int now = meetingItem();
    const int before = m_followed;
    m_followed = now;
    // A row the chair chose to work on stays chosen; the row of the item just left would say
    // "Done" to a screen reader while the meeting moved on.
    if (now && before && now != before && selectedId() == before) {
        select(now);
    }
}

void AgendaPane::rememberState()
{
    m_selected = selectedId();
    // An edit committed from the tree resets the model: the keyboard stays in the tree.
    const QWidget *focus = QApplication::focusWidget();
    m_hadFocus = focus && (focus == m_view || m_view->isAncestorOf(focus));
}

void AgendaPane::restoreState()
{
    m_view->expandAll();
    for (int id : std::as_const(m_collapsed)) {
        m_view->collapse(m_model->indexOf(id));
    }
    if (m_selected) {
        select(m_selected);
    }
    if (m_hadFocus) {
        m_view->setFocus();
        m_hadFocus = false;
    }
    updateActions();
}

void AgendaPane::updateActions()
{
    const bool has = selectedId() != 0;
    for (QAction *action : std::as_const(m_editActions)) {
        if (action->objectName() != QLatin1String("actionAddItem")) {
            action->setEnabled(has);
        }
    }
}

void AgendaPane::jumpToSelected()
{
    m_meeting->jumpTo(selectedId());
}

void AgendaPane::skipSelected()
{
    m_meeting->skip(selectedId());
}

void AgendaPane::addAfter()
{
    const int selected = selectedId();
    const auto where = agendatree::locate(m_meeting->meeting().items, selected);
    const int parentId = where ? where->parentId : 0;
    const int row = where ? where->row + 1 : int(m_meeting->meeting().items.size());
    const int id = m_meeting->addItem(parentId, row, tr("New item"));
    if (id) {
        select(id);
        m_view->edit(m_model->indexOf(id, AgendaModel::TitleColumn));
    }
}

void AgendaPane::addChild()
{
    const int parentId = selectedId();
    const AgendaItem *parent = m_meeting->item(parentId);
    if (!parent) {
        return;
    }
    const int id = m_meeting->addItem(parentId, int(parent->children.size()), tr("New sub-item"));
    if (id) {
        select(id);
        m_view->edit(m_model->indexOf(id, AgendaModel::TitleColumn));
    }
}

void AgendaPane::deleteSelected()
{
    const int id = selectedId();
    const auto where = agendatree::locate(m_meeting->meeting().items, id);
    if (!where || !m_meeting->deleteItem(id)) {
        return;
    }
    // Keep the keyboard where it was: on the row that took the deleted one's place.
    const QList<AgendaItem> *siblings = agendatree::childList(m_meeting->meeting().items, where->parentId);
    if (siblings && !siblings->isEmpty()) {
        select(siblings->at(qMin(where->row, int(siblings->size()) - 1)).id);
    } else if (where->parentId) {
        select(where->parentId);
    }
}

void AgendaPane::renameSelected()
{
    m_view->edit(m_model->indexOf(selectedId(), AgendaModel::TitleColumn));
}

void AgendaPane::editDuration()
{
    m_view->edit(m_model->indexOf(selectedId(), AgendaModel::PlannedColumn));
}

void AgendaPane::moveUp()
{
    move(-1);
}

void AgendaPane::moveDown()
{
    move(+1);
}

void AgendaPane::indent()
{
    const int id = selectedId();
    const auto where = agendatree::locate(m_meeting->meeting().items, id);
    if (!where || where->row == 0) {
        return;
    }
    const QList<AgendaItem> *siblings = agendatree::childList(m_meeting->meeting().items, where->parentId);
    const AgendaItem &above = siblings->at(where->row - 1);
    if (m_meeting->moveItem(id, above.id, int(above.children.size()))) {
        select(id);
    }
}

void AgendaPane::outdent()
{
    const int id = selectedId();
    const auto where = agendatree::locate(m_meeting->meeting().items, id);
    if (!where || where->parentId == 0) {
        return;
    }
    const auto parent = agendatree::locate(m_meeting->meeting().items, where->parentId);
    if (parent && m_meeting->moveItem(id, parent->parentId, parent->row + 1)) {
        select(id);
    }
}

void AgendaPane::move(int step)
{
    const int id = selectedId();
    const auto where = agendatree::locate(m_meeting->meeting().items, id);
    if (!where) {
        return;
    }
    // moveItem counts rows before the item is taken out, as drag and drop does.
    const int target = step < 0 ? where->row - 1 : where->row + 2;
    const QList<AgendaItem> *siblings = agendatree::childList(m_meeting->meeting().items, where->parentId);
    if (target < 0 || !siblings || target > siblings->size()) {
        return;
    }
    if (m_meeting->moveItem(id, where->parentId, target)) {
        select(id);
    }
}

void AgendaPane::fitColumns()
{
    gavel::fitColumns(m_view, m_view->header(), sizedColumns, AgendaModel::WidestTextsRole);
    QHeaderView *header = m_view->header();
    // A handle or two; more end in "…", all of them in the tooltip.
    m_speakersWidth
        = qMax(header->sectionSizeHint(AgendaModel::SpeakersColumn), 9 * m_view->fontMetrics().averageCharWidth());
    header->resizeSection(AgendaModel::SpeakersColumn, m_speakersWidth);
    // The title takes the rest, and never less than a dozen characters beside a sub-item's
    // branches: the pane is not made narrower than that, so it never scrolls sideways.
    m_view->setMinimumWidth(sizedColumnsWidth() + titleRoom() + 2 * m_view->frameWidth()
                            + m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view));
    showColumnsThatFit();
}

int AgendaPane::titleRoom() const
{
    return m_view->fontMetrics().horizontalAdvance(QString(12, QLatin1Char('n'))) + cellMargins(m_view)
        + 2 * m_view->indentation();
}

int AgendaPane::sizedColumnsWidth() const
{
    int width = 0;
    for (int column : sizedColumns) {
        width += m_view->header()->sectionSize(column);
    }
    return width;
}

void AgendaPane::showColumnsThatFit()
{
    // The speakers where the title keeps its room beside them (they are in its tooltip too).
    const int room = m_view->viewport()->width() - sizedColumnsWidth() - titleRoom();
    gavel::showColumnsThatFit(m_view->header(), room, {{AgendaModel::SpeakersColumn, m_speakersWidth}});
    // On a wide screen, once the title has room for some thirty characters, the speakers have
    // a long handle's: "@S-HuaBomb" whole, not "@S-Hua…". Only a resize changes it.
    const int letter = m_view->fontMetrics().averageCharWidth();
    const int wide = qMax(m_speakersWidth, 16 * letter);
    const int width = room >= wide + 18 * letter ? wide : m_speakersWidth;
    if (m_view->header()->sectionSize(AgendaModel::SpeakersColumn) != width) {
        m_view->header()->resizeSection(AgendaModel::SpeakersColumn, width);
    }
}

bool AgendaPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        showColumnsThatFit();
    }
    return QWidget::eventFilter(watched, event);
}

void AgendaPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (changesTextSize(event)) {
        fitColumns();
    }
}

} // namespace gavel
