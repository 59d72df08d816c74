#pragma once

#include <QLayout>
#include <QList>

namespace gavel {

// A row of controls that wraps onto further lines when the pane is narrow, instead of widening
// it: the pane's minimum width is its widest control, whatever the row holds now (buttons whose
// text changes with the meeting's state, a bar that opens under the notes). An item whose
// horizontal policy expands (a text field, a list of choices) takes what is left of its line.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const; // the height the items take in rect
    int horizontalGap() const;
    int verticalGap() const;

    QList<QLayoutItem *> m_items;
};

} // namespace gavel
