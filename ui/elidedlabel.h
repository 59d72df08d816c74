#pragma once

#include <QLabel>

namespace gavel {

// A label of at most `maxLines` wrapped lines that never asks for more width than it is given:
// text that does not fit ends in "…" on the last line, with the whole text in the tooltip. For
// the current item's title, its speakers and what comes next: a long title or a newcomer round
// of nine names must not widen the middle of the window and squeeze the agenda and the roster.
class ElidedLabel : public QLabel
{
public:
    ElidedLabel(int maxLines, QWidget *parent);

    void setFullText(const QString &text);
    QString fullText() const { return m_full; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relayout();

    int m_maxLines;
    QString m_full;
};

} // namespace gavel
