#pragma once

#include <QTreeWidget>

namespace gavel {

class LiveMeeting;

// Decisions and action items: of one agenda item (under the notes) or of the whole meeting
// (the overview). Edited in place (F2 or double-click), deleted with Delete, an action ticked
// done with Space; every change is a meeting command, so it can be undone.
class MinutesItemsView : public QTreeWidget
{
    Q_OBJECT

public:
    static constexpr int allItems = -1;

    MinutesItemsView(LiveMeeting *meeting, int itemId, QWidget *parent = nullptr);

    void setItemId(int itemId);
    int itemId() const { return m_itemId; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum Column { KindColumn, TextColumn, OwnerColumn, DueColumn, ItemColumn };
    void rebuild();
    void fitItemColumn();
    void onChanged(QTreeWidgetItem *row, int column);
    void removeCurrent();

    LiveMeeting *m_meeting;
    int m_itemId;
    bool m_rebuilding = false;
};

} // namespace gavel
