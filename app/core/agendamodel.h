#pragma once

#include "meeting.h"

#include <QAbstractItemModel>

#include <vector>

namespace gavel {

// The agenda as a tree: number, title, speakers, planned minutes; children under their item.
class AgendaModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, TitleColumn, SpeakersColumn, PlannedColumn, ColumnCount };
    enum Role { PlannedMinutesRole = Qt::UserRole + 1, FreeTextRole };

    explicit AgendaModel(QObject *parent = nullptr);

    void setItems(const QList<AgendaItem> &items);
    const QList<AgendaItem> &items() const { return m_items; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        const AgendaItem *item = nullptr; // nullptr for the invisible root
        int parent = -1; // index into m_nodes
        int row = 0;
        QString number; // "4.2"
        std::vector<int> children;
    };

    void addNodes(const QList<AgendaItem> &items, int parent);

    QList<AgendaItem> m_items;
    std::vector<Node> m_nodes; // m_nodes[0] is the root
};

} // namespace gavel
