#include "clickerfilter.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace gavel {

ClickerFilter::ClickerFilter(QAction *next, QAction *previous, QAction *startPause, QAction *end, QObject *parent)
    : QObject(parent)
    , m_next(next)
    , m_previous(previous)
    , m_startPause(startPause)
    , m_end(end)
{ }

bool ClickerFilter::isEditingText(const QWidget *focus)
{
    if (!focus) {
        return false;
    }
    if (focus->property("gavelKeepsPageKeys").toBool()) {
        return true; // a list whose page keys page through it (the roster)
    }
    if (qobject_cast<const QLineEdit *>(focus) || qobject_cast<const QAbstractSpinBox *>(focus)) {
        return true;
    }
    if (const auto *text = qobject_cast<const QTextEdit *>(focus)) {
        return !text->isReadOnly();
    }
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(focus)) {
        return !plain->isReadOnly();
    }
    if (const auto *combo = qobject_cast<const QComboBox *>(focus)) {
        return combo->isEditable();
    }
    // An item view's in-place editor is itself a line edit or spin box, so it is caught above.
    return false;
}

bool ClickerFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType()) {
        return false;
    }
    auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    QAction *action = nullptr;
    if (modifiers == Qt::NoModifier && key->key() == Qt::Key_PageDown) {
        action = m_next;
    } else if (modifiers == Qt::NoModifier && key->key() == Qt::Key_PageUp) {
        action = m_previous;
    } else if (modifiers == Qt::NoModifier && key->key() == Qt::Key_F5) {
        action = m_startPause;
    } else if (modifiers == Qt::ShiftModifier && key->key() == Qt::Key_F5) {
        action = m_end;
    }
    if (!action) {
        return false;
    }
    // Only in Gavel's own windows, never in a dialog the chair opened, never while typing.
    if (QApplication::activeModalWidget() || isEditingText(QApplication::focusWidget())) {
        return false;
    }
    if (action->isEnabled()) {
        action->trigger();
    }
    return true;
}

} // namespace gavel
