#include "elidedlabel.h"

#include <QEvent>
#include <QTextLayout>

namespace gavel {

ElidedLabel::ElidedLabel(int maxLines, QWidget *parent)
    : QLabel(parent)
    , m_maxLines(qMax(1, maxLines))
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    // Width is given, never asked for; the height follows the lines shown.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text)
{
    if (text == m_full && !text.isEmpty()) {
        return;
    }
    m_full = text;
    relayout();
}

QSize ElidedLabel::sizeHint() const
{
    // As tall as the lines shown at the width given (a wrapped label knows that exactly).
    const int shown = width() > 0 ? heightForWidth(width()) : -1;
    const int most = m_maxLines * fontMetrics().height() + contentsMargins().top() + contentsMargins().bottom();
    return {fontMetrics().averageCharWidth() * 12, shown > 0 ? shown : qMin(QLabel::sizeHint().height(), most)};
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 6, sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    relayout();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        relayout();
    }
}

void ElidedLabel::relayout()
{
    const int width = contentsRect().width();
    QString shown = m_full;
    if (width > 0 && !m_full.isEmpty()) {
        // Lay the text out as the label wraps it; past the last line allowed, it is elided.
        QTextLayout layout(m_full, font());
        layout.beginLayout();
        int lines = 0;
        int lastStart = 0;
        bool more = false;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            if (lines == m_maxLines) {
                more = true;
                break;
            }
            lastStart = line.textStart();
            ++lines;
        }
        layout.endLayout();
        if (more) {
            shown = m_full.left(lastStart)
                + fontMetrics().elidedText(m_full.mid(lastStart).simplified(), Qt::ElideRight, width);
        }
    }
    setToolTip(shown == m_full ? QString() : m_full);
    if (text() != shown) {
        QLabel::setText(shown);
        updateGeometry();
    }
    // Never taller than the lines allowed, never shorter than the lines shown.
    const int height = width > 0 ? heightForWidth(this->width()) : -1;
    setMaximumHeight(height > 0
                         ? height
                         : m_maxLines * fontMetrics().height() + contentsMargins().top() + contentsMargins().bottom());
}

} // namespace gavel
