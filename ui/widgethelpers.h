#pragma once

#include <QLabel>
#include <QPushButton>

namespace gavel {

// A wrapped, selectable line of explanation under a control.
inline QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *note = new QLabel(text, parent);
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return note;
}

// A button that never answers Return: Return in a field only applies the value.
inline QPushButton *plainButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAutoDefault(false);
    return button;
}

} // namespace gavel
