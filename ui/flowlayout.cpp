#include "flowlayout.h"

#include <QStyle>
#include <QWidget>

namespace gavel {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0)) {
        delete item;
    }
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    for (const QLayoutItem *item : m_items) {
        if (item->expandingDirections() & Qt::Horizontal) {
            return Qt::Horizontal;
        }
    }
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // The widest item alone on its line; the height of one line (heightForWidth tells the rest).
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty()) {
            size = size.expandedTo(item->minimumSize());
        }
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty()) {
            width += (width ? horizontalGap() : 0) + item->sizeHint().width();
            height = qMax(height, item->sizeHint().height());
        }
    }
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

namespace {

// The style's gap between controls; styles that leave it to each pair of controls (Fusion) give
// their usual one.
int gapIn(const QWidget *widget, QStyle::PixelMetric metric, Qt::Orientation orientation)
{
    if (!widget) {
        return 6;
    }
    const int gap = widget->style()->pixelMetric(metric, nullptr, widget);
    if (gap >= 0) {
        return gap;
    }
    const int pair = widget->style()->layoutSpacing(QSizePolicy::PushButton, QSizePolicy::PushButton, orientation,
                                                    nullptr, widget);
    return pair >= 0 ? pair : 6;
}

} // namespace

int FlowLayout::horizontalGap() const
{
    return gapIn(parentWidget(), QStyle::PM_LayoutHorizontalSpacing, Qt::Horizontal);
}

int FlowLayout::verticalGap() const
{
    return gapIn(parentWidget(), QStyle::PM_LayoutVerticalSpacing, Qt::Vertical);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = horizontalGap();
    // An item that expands claims its least width on a line and shares what the line leaves
    // over; any other item its preferred width.
    const auto claim = [&area](const QLayoutItem *item) {
        const bool expands = item->expandingDirections() & Qt::Horizontal;
        return qMin(expands ? item->minimumSize().width() : item->sizeHint().width(), area.width());
    };
    int y = area.y();
    QList<QLayoutItem *> line;
    int lineWidth = 0;
    const auto placeLine = [&] {
        int height = 0;
        int expanding = 0;
        for (const QLayoutItem *item : std::as_const(line)) {
            height = qMax(height, item->sizeHint().height());
            expanding += (item->expandingDirections() & Qt::Horizontal) ? 1 : 0;
        }
        if (apply) {
            int spare = qMax(0, area.width() - lineWidth);
            int x = area.x();
            for (QLayoutItem *item : std::as_const(line)) {
                int width = claim(item);
                if (expanding && (item->expandingDirections() & Qt::Horizontal)) {
                    const int share = spare / expanding--;
                    width += share;
                    spare -= share;
                }
                const int itemHeight = qMin(height, item->sizeHint().height());
                item->setGeometry(QRect(x, y + (height - itemHeight) / 2, width, itemHeight));
                x += width + gap;
            }
        }
        y += height;
        line.clear();
        lineWidth = 0;
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty()) {
            continue;
        }
        const int width = claim(item);
        if (!line.isEmpty() && lineWidth + gap + width > area.width()) {
            placeLine();
            y += verticalGap();
        }
        lineWidth += (line.isEmpty() ? 0 : gap) + width;
        line.append(item);
    }
    if (!line.isEmpty()) {
        placeLine();
    }
    const QMargins m = contentsMargins();
    return y - area.y() + m.top() + m.bottom();
}

} // namespace gavel
