#include "agendamodel.h"

namespace gavel {

AgendaModel::AgendaModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_nodes.push_back({});
}

void AgendaModel::setItems(const QList<AgendaItem> &items)
{
    beginResetModel();
    m_items = items;
    m_nodes.clear();
    m_nodes.push_back({});
    addNodes(m_items, 0);
    endResetModel();
}

void AgendaModel::addNodes(const QList<AgendaItem> &items, int parent)
{
    for (int row = 0; row < items.size(); ++row) {
        Node node;
        node.item = &items[row];
        node.parent = parent;
        node.row = row;
        const QString prefix = parent == 0 ? QString() : m_nodes[parent].number + QLatin1Char('.');
        node.number = prefix + QString::number(row + 1);
        const int index = int(m_nodes.size());
        m_nodes.push_back(node);
        m_nodes[parent].children.push_back(index);
        addNodes(items[row].children, index);
    }
}

QModelIndex AgendaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0)) {
        return {};
    }
    const int parentNode = parent.isValid() ? int(parent.internalId()) : 0;
    const auto &children = m_nodes[parentNode].children;
    if (row < 0 || row >= int(children.size())) {
        return {};
    }
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex AgendaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) {
        return {};
    }
    const int parentNode = m_nodes[child.internalId()].parent;
    if (parentNode <= 0) {
        return {};
    }
    return createIndex(m_nodes[parentNode].row, 0, quintptr(parentNode));
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return int(m_nodes[parent.isValid() ? parent.internalId() : 0].children.size());
}

int AgendaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node &node = m_nodes[index.internalId()];
    const AgendaItem &item = *node.item;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return node.number;
        case TitleColumn: return item.title;
        case SpeakersColumn: {
            QStringList handles;
            for (const QString &speaker : item.speakers) {
                handles.append(QLatin1Char('@') + speaker);
            }
            return handles.join(QStringLiteral(", "));
        }
        case PlannedColumn: return item.minutes ? tr("%n min", nullptr, *item.minutes) : tr("—");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) {
            return item.text.isEmpty() ? item.title : item.title + QStringLiteral("\n\n") + item.text;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PlannedColumn || index.column() == NumberColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case PlannedMinutesRole: return item.minutes ? QVariant(*item.minutes) : QVariant();
    case FreeTextRole: return item.text;
    }
    return {};
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NumberColumn: return tr("#");
    case TitleColumn: return tr("Item");
    case SpeakersColumn: return tr("Speakers");
    case PlannedColumn: return tr("Planned");
    }
    return {};
}

} // namespace gavel
