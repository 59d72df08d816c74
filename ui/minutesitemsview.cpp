#include "minutesitemsview.h"

#include "meeting/livemeeting.h"
#include "meeting/roster.h"
#include "widgethelpers.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QStyledItemDelegate>

namespace gavel {

namespace {

constexpr int KindRole = Qt::UserRole + 1; // 1 decision, 2 action
constexpr int IdRole = Qt::UserRole + 2;

// Rows as tall as their wrapped text in the width of its column (a tree view measures rows
// without telling the delegate how wide the column is).
class WrappingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem inColumn = option;
        if (const auto *view = qobject_cast<const QTreeView *>(option.widget)) {
            // A valid rectangle, or the style measures the text on one line.
            inColumn.rect.setSize(QSize(view->columnWidth(index.column()), qMax(1, option.rect.height())));
        }
        return QStyledItemDelegate::sizeHint(inColumn, index);
    }
};

} // namespace

MinutesItemsView::MinutesItemsView(LiveMeeting *meeting, int itemId, QWidget *parent)
    : QTreeWidget(parent)
    , m_meeting(meeting)
    , m_itemId(itemId)
{
    setRootIsDecorated(false);
    setAccessibleName(itemId == allItems ? tr("Decisions and action items of the meeting")
                                         : tr("Decisions and action items of this item"));
    // The whole meeting's list wraps its texts: a decision is read whole there. Under the notes
    // each row keeps one line, its whole text in the tooltip.
    const bool overview = itemId == allItems;
    setUniformRowHeights(!overview);
    setWordWrap(overview);
    if (overview) {
        setItemDelegate(new WrappingDelegate(this));
    }
    // Only the text is edited in place (F2 or a double-click, on any column of the row).
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(this, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *row) { editItem(row, TextColumn); });
    setHeaderLabels({tr("Kind"), tr("Decision or action"), tr("Owner"), tr("Due"), tr("Agenda item")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(OwnerColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(DueColumn, QHeaderView::ResizeToContents);
    // The agenda item takes a share of the width (fitItemColumn); the text takes the rest.
    header()->setSectionResizeMode(ItemColumn, QHeaderView::Interactive);
    setColumnHidden(ItemColumn, !overview);
    // Under the notes the rows say what they are ("✔ Decision", "☐ Action"): no header takes a line.
    setHeaderHidden(!overview);
    if (overview) {
        // Wrapped rows take their heights from the column widths: measured again when those change.
        connect(header(), &QHeaderView::sectionResized, this, [this] { scheduleDelayedItemsLayout(); });
    }
    connect(this, &QTreeWidget::itemChanged, this, &MinutesItemsView::onChanged);
    // Queued: an edit made in a cell changes the minutes, and the rows must not be rebuilt
    // (deleted) while that cell's own change is still being reported.
    connect(m_meeting, &LiveMeeting::minutesChanged, this, &MinutesItemsView::rebuild, Qt::QueuedConnection);
    connect(m_meeting, &LiveMeeting::agendaChanged, this, &MinutesItemsView::rebuild);
    rebuild();
}

void MinutesItemsView::setItemId(int itemId)
{
    if (itemId != m_itemId) {
        m_itemId = itemId;
        rebuild();
    }
}

void MinutesItemsView::rebuild()
{
    m_rebuilding = true;
    const int currentKind = currentItem() ? currentItem()->data(0, KindRole).toInt() : 0;
    const int currentId = currentItem() ? currentItem()->data(0, IdRole).toInt() : 0;
    clear();
    const MinutesData &minutes = m_meeting->minutes();
    const auto itemTitle = [this](int id) {
        const AgendaItem *item = m_meeting->item(id);
        return item ? item->title : tr("General");
    };
    for (const Decision &d : minutes.decisions) {
        if (m_itemId != allItems && d.itemId != m_itemId) {
            continue;
        }
        auto *row = new QTreeWidgetItem(this, {tr("✔ Decision"), d.text, QString(), QString(), itemTitle(d.itemId)});
        row->setData(0, KindRole, 1);
        row->setData(0, IdRole, d.id);
        row->setFlags(row->flags() | Qt::ItemIsEditable);
    }
    for (const ActionItem &a : minutes.actions) {
        if (m_itemId != allItems && a.itemId != m_itemId) {
            continue;
        }
        const QString owner = a.ownerGithub.isEmpty() ? a.owner : tr("%1 (@%2)").arg(a.owner, a.ownerGithub);
        auto *row
            = new QTreeWidgetItem(this,
                                  {a.done ? tr("☑ Action, done") : tr("☐ Action"), a.text, owner,
                                   a.due.isValid() ? a.due.toString(Qt::ISODate) : QString(), itemTitle(a.itemId)});
        row->setData(0, KindRole, 2);
        row->setData(0, IdRole, a.id);
        row->setFlags(row->flags() | Qt::ItemIsEditable);
    }
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = topLevelItem(i);
        if (row->data(0, KindRole).toInt() == currentKind && row->data(0, IdRole).toInt() == currentId) {
            setCurrentItem(row);
        }
    }
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = topLevelItem(i);
        row->setToolTip(TextColumn, row->text(TextColumn));
        row->setToolTip(ItemColumn, row->text(ItemColumn));
    }
    setVisible(m_itemId == allItems || topLevelItemCount() > 0);
    fitItemColumn();
    m_rebuilding = false;
}

void MinutesItemsView::fitItemColumn()
{
    if (isColumnHidden(ItemColumn)) {
        return;
    }
    // Its longest title, up to a fifth of the width or twenty characters, whichever is more;
    // a longer one wraps, and is whole in the tooltip.
    int widest = header()->sectionSizeHint(ItemColumn);
    for (int i = 0; i < topLevelItemCount(); ++i) {
        widest = qMax(widest, fontMetrics().horizontalAdvance(topLevelItem(i)->text(ItemColumn)) + cellMargins(this));
    }
    const int most = qMax(viewport()->width() / 5, 20 * fontMetrics().averageCharWidth());
    header()->resizeSection(ItemColumn, qMin(widest, most));
}

void MinutesItemsView::resizeEvent(QResizeEvent *event)
{
    QTreeWidget::resizeEvent(event);
    fitItemColumn();
}

void MinutesItemsView::onChanged(QTreeWidgetItem *row, int column)
{
    if (m_rebuilding || (column != TextColumn && column != OwnerColumn && column != DueColumn)) {
        return;
    }
    const int id = row->data(0, IdRole).toInt();
    const QString text = row->text(column).trimmed();
    if (row->data(0, KindRole).toInt() == 1) {
        if (column != TextColumn || !m_meeting->editDecision(id, text)) {
            QMetaObject::invokeMethod(this, &MinutesItemsView::rebuild, Qt::QueuedConnection); // show the old text
        }
        return;
    }
    for (ActionItem a : m_meeting->minutes().actions) {
        if (a.id != id) {
            continue;
        }
        if (column == TextColumn) {
            a.text = text;
        } else if (column == OwnerColumn) {
            // "Name @handle", "@handle" or a name; the roster fills in the rest.
            const std::optional<Person> owner = attendance::personFromText(text, m_meeting->attendees());
            a.owner = owner ? owner->name : QString();
            a.ownerGithub = owner ? owner->github : QString();
        } else {
            const QDate due = QDate::fromString(text, Qt::ISODate);
            if (!text.isEmpty() && !due.isValid()) {
                QMetaObject::invokeMethod(this, &MinutesItemsView::rebuild, Qt::QueuedConnection); // not a date
                return;
            }
            a.due = due;
        }
        if (!m_meeting->editAction(a)) {
            QMetaObject::invokeMethod(this, &MinutesItemsView::rebuild, Qt::QueuedConnection);
        }
        return;
    }
}

void MinutesItemsView::removeCurrent()
{
    QTreeWidgetItem *row = currentItem();
    if (!row) {
        return;
    }
    const int id = row->data(0, IdRole).toInt();
    if (row->data(0, KindRole).toInt() == 1) {
        m_meeting->removeDecision(id);
    } else {
        m_meeting->removeAction(id);
    }
}

void MinutesItemsView::keyPressEvent(QKeyEvent *event)
{
    if (state() != QAbstractItemView::EditingState) {
        if (event->key() == Qt::Key_F2 && currentItem()) {
            editItem(currentItem(), TextColumn);
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            removeCurrent();
            return;
        }
        if (event->key() == Qt::Key_Space && currentItem() && currentItem()->data(0, KindRole).toInt() == 2) {
            const int id = currentItem()->data(0, IdRole).toInt();
            for (ActionItem a : m_meeting->minutes().actions) {
                if (a.id == id) {
                    a.done = !a.done;
                    m_meeting->editAction(a);
                    return;
                }
            }
        }
    }
    QTreeWidget::keyPressEvent(event);
}

} // namespace gavel
