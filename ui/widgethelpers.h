#pragma once

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QCoreApplication>
#include <QFocusEvent>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPair>
#include <QPushButton>
#include <QScreen>
#include <QStyle>

namespace gavel {

// Sizes a top-level window to `wanted`, or to the screen's available room when that is smaller
// (a 1024x700 laptop, or a large scale factor): its frame, title bar and status bar stay on
// screen. A size restored from an earlier run is kept to the screen the same way.
inline void fitToScreen(QWidget *window, const QSize &wanted)
{
    const QScreen *screen = window->screen();
    if (!screen) {
        window->resize(wanted);
        return;
    }
    const QRect available = screen->availableGeometry();
    // The frame the window manager adds: what is known of it, else a usual title bar's worth.
    const QSize frame = window->isVisible() ? window->frameGeometry().size() - window->geometry().size() : QSize(8, 32);
    const QSize room = (available.size() - frame).expandedTo(QSize(320, 240));
    window->resize(wanted.boundedTo(room));
    if (!available.contains(window->frameGeometry().topLeft())) {
        window->move(available.topLeft());
    }
}

// A wrapped, selectable line of explanation under a control.
inline QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *note = new QLabel(text, parent);
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return note;
}

// Names `field` by `label` for screen readers: the label becomes its buddy. Qt looks for a
// buddy only among the field's siblings, so one placed in another row also names the field.
// Call it once both are in their layouts.
inline void labelFor(QLabel *label, QWidget *field)
{
    label->setBuddy(field);
    if (label->parentWidget() != field->parentWidget()) {
        QString name = label->text().remove(QLatin1Char('&')).trimmed();
        if (name.endsWith(QLatin1Char(':'))) {
            name.chop(1);
        }
        field->setAccessibleName(name);
    }
}

// Keeps an item view's current cell in its rows' first column, whose Qt::AccessibleTextRole
// says the whole row (a click on another cell moves it there); and when the keyboard enters the
// view, tells assistive technologies the row it is on (the first, when none is), as a move
// within the view does. Qt tells the view's focus last, after its row's: a screen reader would
// say "Roster, table" and not whom the keys now act on. For a view whose model is set.
class RowFocus : public QObject
{
public:
    explicit RowFocus(QAbstractItemView *view)
        : QObject(view)
        , m_view(view)
    {
        view->installEventFilter(this);
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [view](const QModelIndex &current) {
            if (current.isValid() && current.column() != 0) {
                view->selectionModel()->setCurrentIndex(current.siblingAtColumn(0), QItemSelectionModel::NoUpdate);
            }
        });
    }

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::FocusIn && QAccessible::isActive()
            && static_cast<QFocusEvent *>(event)->reason() != Qt::MouseFocusReason) {
            QMetaObject::invokeMethod(this, &RowFocus::tell, Qt::QueuedConnection); // after the view's
        }
        return false;
    }

private:
    void tell()
    {
        const QModelIndex current = m_view->currentIndex();
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(m_view);
        if (!m_view->hasFocus() || !view) {
            return;
        }
        if (!current.isValid()) {
            const QModelIndex first = m_view->model()->index(0, 0, m_view->rootIndex());
            if (first.isValid()) {
                m_view->setCurrentIndex(first); // the view tells it, as it tells any move
            }
            return;
        }
        // The cell found where it shows: Qt's numbering of a tree's cells is its own.
        const QPoint centre = m_view->viewport()->mapToGlobal(m_view->visualRect(current).center());
        QAccessibleInterface *cell = view->childAt(centre.x(), centre.y());
        if (cell) {
            QAccessibleEvent focus(m_view, QAccessible::Focus);
            focus.setChild(view->indexOfChild(cell));
            QAccessible::updateAccessibility(&focus);
        }
    }

    QAbstractItemView *m_view;
};

// A button that never answers Return: Return in a field only applies the value.
inline QPushButton *plainButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAutoDefault(false);
    return button;
}

// A clear button at the end of a line edit, shown while it holds text, its cross drawn here:
// QLineEdit's own asks the style for an icon, which reads the icon theme and loads the image
// plugins, a cost at start-up for a cross.
inline void addClearButton(QLineEdit *edit)
{
    const int size = edit->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, edit);
    const qreal ratio = edit->devicePixelRatioF();
    QPixmap cross(QSize(size, size) * ratio);
    cross.setDevicePixelRatio(ratio);
    cross.fill(Qt::transparent);
    QPainter painter(&cross);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(edit->palette().color(QPalette::Text), size / 8.0, Qt::SolidLine, Qt::RoundCap));
    const qreal inset = size * 0.28;
    painter.drawLine(QPointF(inset, inset), QPointF(size - inset, size - inset));
    painter.drawLine(QPointF(size - inset, inset), QPointF(inset, size - inset));
    painter.end();
    QAction *clear = edit->addAction(QIcon(cross), QLineEdit::TrailingPosition);
    clear->setObjectName(QStringLiteral("clearText"));
    clear->setText(QCoreApplication::translate("gavel::widgethelpers", "Clear")); // its button's name
    clear->setToolTip(clear->text());
    clear->setVisible(!edit->text().isEmpty());
    QObject::connect(edit, &QLineEdit::textChanged, clear,
                     [clear](const QString &text) { clear->setVisible(!text.isEmpty()); });
    QObject::connect(clear, &QAction::triggered, edit, [edit] {
        edit->clear();
        edit->setFocus();
    });
}

// Whether a change event changes how text measures: the font, the language or the style.
inline bool changesTextSize(const QEvent *event)
{
    return event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange
        || event->type() == QEvent::StyleChange;
}

// The room a cell's margins take beside its text (the delegate's and a little air).
inline int cellMargins(const QWidget *view)
{
    return 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) + 8;
}

// Shows each optional column, in the order given, while `room` still holds its width (the
// width it is given when shown); hides the others. For a narrow pane that keeps its first
// column readable rather than scroll sideways.
inline void showColumnsThatFit(QHeaderView *header, int room, const QList<QPair<int, int>> &columns)
{
    for (const auto &[column, width] : columns) {
        const bool fits = width <= room;
        room -= fits ? width : 0;
        if (header->isSectionHidden(column) == fits) {
            header->setSectionHidden(column, !fits);
        }
    }
}

// Sizes the columns to the widest texts the model says each can show (headerData with
// `role`, a QStringList), in the view's font made bold (a current row is bold), plus the cell's
// margins; never by measuring rows, which costs as much as the rows there are. The chair can
// still drag a column wider. Returns the width given to each column (also to a hidden one, shown at it).
inline QHash<int, int> fitColumns(QAbstractItemView *view, QHeaderView *header, const QList<int> &columns, int role)
{
    QHash<int, int> widths;
    QFont bold = view->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int margins = cellMargins(view);
    for (int column : columns) {
        int width = header->sectionSizeHint(column);
        for (const QString &text : header->model()->headerData(column, Qt::Horizontal, role).toStringList()) {
            width = qMax(width, metrics.horizontalAdvance(text) + margins);
        }
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, width);
        widths.insert(column, width);
    }
    return widths;
}

} // namespace gavel
