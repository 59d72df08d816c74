#include "typingguard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace gavel {

namespace {

TypingGuard *theGuard = nullptr;

} // namespace

TypingGuard::TypingGuard(QObject *parent)
    : QObject(parent)
{ }

void TypingGuard::install()
{
    if (!theGuard) {
        theGuard = new TypingGuard(qApp);
        qApp->installEventFilter(theGuard);
        connect(theGuard, &QObject::destroyed, [] { theGuard = nullptr; });
    }
}

bool TypingGuard::isEditingText(const QWidget *focus)
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

bool TypingGuard::isComposing()
{
    // A composition left behind by a widget that lost the focus does not hold the keys elsewhere.
    return theGuard && theGuard->m_composingIn && theGuard->m_composingIn == QApplication::focusWidget();
}

bool TypingGuard::keysBelongToText()
{
    return isComposing() || isEditingText(QApplication::focusWidget());
}

bool TypingGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::InputMethod) {
        // Pre-edit text shown and not committed: the input method has the keys until it commits
        // (or clears it: the chair pressed Escape in the candidate list).
        if (!static_cast<QInputMethodEvent *>(event)->preeditString().isEmpty()) {
            m_composingIn = watched;
        } else if (watched == m_composingIn) {
            m_composingIn = nullptr;
        }
    } else if (event->type() == QEvent::ShortcutOverride && isComposing()) {
        // Accepted: Qt gives the key to the focused field instead of any shortcut.
        event->accept();
        return true;
    } else if ((event->type() == QEvent::KeyPress || event->type() == QEvent::KeyRelease) && isComposing()
               && watched == m_composingIn) {
        // Straight to the field, past the panes' own key filters (Return checks someone in from
        // the roster's filter, records a decision in the notes): while composing, keys are text.
        watched->event(event);
        return true;
    }
    return false;
}

} // namespace gavel
