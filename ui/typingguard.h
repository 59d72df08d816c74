#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace gavel {

// The one rule that decides whether a key is the chair's typing or a command: keys belong to
// the text while a text field has the focus (for single keys such as the clicker's) and, for
// every key and chord, while an input method composes in it (pre-edit text not yet committed:
// pinyin being typed). Installed once on the application; shortcuts and the clicker ask it.
class TypingGuard : public QObject
{
    Q_OBJECT

public:
    // Installs the guard on the application, once however often it is asked.
    static void install();

    // True when the focus is a field where single keys (PageDown, F5) type or move the caret.
    static bool isEditingText(const QWidget *focus);
    // True while an input method's composition is in progress in the focused widget.
    static bool isComposing();
    // True when no plain key may act as a command now: text is edited or composed.
    static bool keysBelongToText();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit TypingGuard(QObject *parent);

    QPointer<QObject> m_composingIn; // the widget whose composition is in progress
};

} // namespace gavel
