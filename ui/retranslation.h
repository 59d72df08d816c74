#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QTranslator>

#include <memory>
#include <vector>

namespace gavel {

// Switching the interface's language while Gavel runs. Most texts on screen are set once, in
// a constructor; rather than a retranslate step in every widget, the one translator the
// application asks remembers which source each text it gave came from, and after a switch
// every such text still on screen is translated again from its source. Texts a widget composes
// (with figures, names, times) are not found this way: their widgets compose them again on
// QEvent::LanguageChange.
class RetranslatingTranslator : public QTranslator
{
public:
    // The translators of the language in use, asked in this order.
    void setTranslators(std::vector<std::unique_ptr<QTranslator>> translators);

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }

    // Where each text given so far came from; handing them over forgets them.
    struct Origin
    {
        QByteArray context;
        QByteArray source;
        QByteArray disambiguation;
    };
    // A text shown, and every source it was given for.
    using Origins = QHash<QString, QList<Origin>>;
    Origins takeOrigins();

private:
    std::vector<std::unique_ptr<QTranslator>> m_translators;
    mutable QMutex m_mutex; // tr() is called from the workers that read the series' files too
    mutable Origins m_origins;
};

// Translates again, in the language now in use, every text of every window (titles, labels,
// buttons, menus, actions, tooltips, accessible names, placeholders, list items) that one of
// `origins` gave. What the chair typed is never touched.
void retranslateWindows(const RetranslatingTranslator::Origins &origins);

} // namespace gavel
