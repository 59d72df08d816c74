#pragma once

#include "agenda/meeting.h"
#include "meeting/livemeeting.h"

#include <QAbstractItemModel>
#include <QHash>

#include <vector>

namespace gavel {

// The live agenda as a tree: number, title, speakers, planned and actual minutes, state.
// Titles and planned minutes are edited in place and items reordered by drag and drop;
// every edit becomes an undoable LiveMeeting command.
class AgendaModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, TitleColumn, SpeakersColumn, PlannedColumn, ActualColumn, StateColumn, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, PlannedMinutesRole, StateRole, FreeTextRole };
    // headerData() with this role: the widest texts the column shows now or may show as the
    // meeting runs (a QStringList), so a view sizes the column once, without measuring every row
    // (all columns but the title and the speakers). headerDataChanged() says when they changed.
    static constexpr int WidestTextsRole = Qt::UserRole + 50;
    static constexpr const char *mimeType = "application/x-gavel-agenda-item";

    explicit AgendaModel(LiveMeeting *meeting, QObject *parent = nullptr);

    QModelIndex indexOf(int itemId, int column = 0) const;
    int itemId(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // The state column's words and symbol: "▶ Now", "✓ Done", "Next", ...
    static QString stateLabel(LiveMeeting::ItemState state, bool paused, bool next);

    // What a screen reader says of a row, the first cell's Qt::AccessibleTextRole: the item in
    // words, "4.1 Talk, 5 minutes planned, done", "3 Title, 10 minutes planned, now, 2 minutes over".
    QString spokenRow(int itemId) const;

    // "12", "", "1 h 5": what the chair types into the planned column; nullopt+ok for empty.
    static bool parseMinutes(const QString &text, std::optional<int> *minutes);

private:
    struct Node
    {
        int id = 0;
        int parent = -1; // index into m_nodes
        int row = 0;
        QString number;
        std::vector<int> children;
    };

    void rebuild();
    void addNodes(const QList<AgendaItem> &items, int parent);
    void refreshColumns(int first, int last);
    // The tick: the actual time of the current item and its parents, where the text shown changes.
    void refreshRunningTimes();
    QString plannedText(int id) const;
    QString actualText(int id) const;
    QString spokenPlanned(int id) const; // "5 minutes planned"
    QString spokenState(int id) const; // "done", "now, 2 minutes over"
    int draggedId(const QMimeData *data) const;

    LiveMeeting *m_meeting;
    std::vector<Node> m_nodes; // m_nodes[0] is the invisible root
    QHash<int, int> m_nodeOf; // item id -> index in m_nodes
    std::vector<QString> m_actualShown; // per node: the actual time last reported
    // What the widest cell of each sized column holds, for WidestTextsRole; kept as the rows change.
    struct Widest
    {
        int numberChars = 1; // "12.3.1"
        QString planned; // the longest of the items with a duration: "120 min"
        QString plannedDefault; // of those without: "— (10)", or the sum of timed parts
        int actualChars = 0; // "1:02:03+"
        bool operator==(const Widest &o) const
        {
            return numberChars == o.numberChars && planned == o.planned && plannedDefault == o.plannedDefault
                && actualChars == o.actualChars;
        }
    };
    void refreshShownTimes(); // every row's actual time, and what is widest
    void updateWidest();
    Widest m_widest;
};

} // namespace gavel
