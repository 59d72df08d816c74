#include "clickerfilter.h"

#include "typingguard.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>

namespace gavel {

ClickerFilter::ClickerFilter(QAction *next, QAction *previous, QAction *startPause, QAction *end, QObject *parent)
    : QObject(parent)
    , m_next(next)
    , m_previous(previous)
    , m_startPause(startPause)
    , m_end(end)
{ }

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
    if (QApplication::activeModalWidget() || TypingGuard::keysBelongToText()) {
        return false;
    }
    if (action->isEnabled()) {
        action->trigger();
    }
    return true;
}

} // namespace gavel
