#include "retranslation.h"

#include "shortcutsdialog.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMutexLocker>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTabBar>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QWidget>

#include <algorithm>

namespace gavel {

void RetranslatingTranslator::setTranslators(std::vector<std::unique_ptr<QTranslator>> translators)
{
    const QMutexLocker locker(&m_mutex);
    m_translators = std::move(translators);
}

QString RetranslatingTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                           int n) const
{
    const QMutexLocker locker(&m_mutex);
    QString result;
    for (const auto &translator : m_translators) {
        result = translator->translate(context, sourceText, disambiguation, n);
        if (!result.isNull()) {
            break;
        }
    }
    // A text with a count is always composed again; the others may be static texts. Only Gavel's
    // own: Qt's widgets put their own words back on a language change (and Qt's words for keys,
    // "Pause", would be taken for Gavel's).
    const bool own = context && (qstrncmp(context, "gavel", 5) == 0 || qstrcmp(context, "ScheduleWords") == 0);
    if (own && n < 0 && sourceText && *sourceText) {
        const QString shown = result.isNull() ? QString::fromUtf8(sourceText) : result;
        // Asked on every tick for the timer's words: compared in place, copied only when new.
        QList<Origin> &known = m_origins[shown];
        const char *disambiguated = disambiguation ? disambiguation : "";
        const bool seen = std::any_of(known.cbegin(), known.cend(), [&](const Origin &o) {
            return o.context == context && o.source == sourceText && o.disambiguation == disambiguated;
        });
        if (!seen) {
            known.append({QByteArray(context), QByteArray(sourceText), QByteArray(disambiguation)});
        }
    }
    return result;
}

RetranslatingTranslator::Origins RetranslatingTranslator::takeOrigins()
{
    const QMutexLocker locker(&m_mutex);
    return std::exchange(m_origins, {});
}

namespace {

// Properties that hold a text set by the program, the text first.
constexpr const char *textProperties[] = {"text",
                                          "title",
                                          "windowTitle",
                                          "toolTip",
                                          "iconText",
                                          "statusTip",
                                          "whatsThis",
                                          "accessibleName",
                                          "accessibleDescription",
                                          "placeholderText",
                                          "specialValueText",
                                          "prefix",
                                          "suffix",
                                          ShortcutsDialog::keywordsProperty};

// The chair's own words: a field's text is never translated.
bool holdsTypedText(const QObject *object)
{
    return qobject_cast<const QLineEdit *>(object) || qobject_cast<const QAbstractSpinBox *>(object)
        || qobject_cast<const QTextEdit *>(object) || qobject_cast<const QPlainTextEdit *>(object)
        || qobject_cast<const QComboBox *>(object);
}

// The classes an object's texts are most likely translated in: its own and its parents'.
QList<QByteArray> contextsAround(const QObject *object)
{
    QList<QByteArray> contexts;
    for (; object; object = object->parent()) {
        for (const QMetaObject *meta = object->metaObject(); meta; meta = meta->superClass()) {
            contexts.append(QByteArray(meta->className()));
        }
    }
    return contexts;
}

// Whether an object's property only mirrors another text: an action's tooltip and icon text follow
// its text until set apart, a tool button's texts follow its action. Written, they would stop
// following ("Pause" kept on the button after the meeting was paused).
bool mirrors(const QObject *object, const char *name)
{
    if (qobject_cast<const QAction *>(object)) {
        // Gavel gives actions no tooltip or icon text of their own (Open Recent's paths are no words).
        return qstrcmp(name, "iconText") == 0 || qstrcmp(name, "toolTip") == 0;
    }
    if (const auto *button = qobject_cast<const QToolButton *>(object)) {
        return button->defaultAction() != nullptr;
    }
    return false;
}

void retranslateObject(QObject *object, const RetranslatingTranslator::Origins &origins)
{
    QList<QByteArray> contexts; // asked for only when a text has several origins
    const auto again = [&](const QString &shown) -> QString {
        const auto found = origins.constFind(shown);
        if (shown.isEmpty() || found == origins.cend() || found->isEmpty()) {
            return {};
        }
        // Two sources can have the same translation ("Command", "Commands"): the one from the
        // object's own class or its nearest parent's.
        const RetranslatingTranslator::Origin *origin = &found->first();
        if (found->size() > 1) {
            if (contexts.isEmpty()) {
                contexts = contextsAround(object);
            }
            const auto rank = [&contexts](const RetranslatingTranslator::Origin &o) {
                const qsizetype at = contexts.indexOf(o.context);
                return at < 0 ? contexts.size() : at;
            };
            origin = &*std::min_element(found->cbegin(), found->cend(),
                                        [&rank](const auto &a, const auto &b) { return rank(a) < rank(b); });
        }
        return QCoreApplication::translate(origin->context.constData(), origin->source.constData(),
                                           origin->disambiguation.isEmpty() ? nullptr
                                                                            : origin->disambiguation.constData());
    };
    const bool typed = holdsTypedText(object);
    for (const char *name : textProperties) {
        if ((typed && qstrcmp(name, "text") == 0) || mirrors(object, name)) {
            continue;
        }
        const QVariant value = object->property(name);
        if (value.typeId() != QMetaType::QString) {
            continue;
        }
        const QString translated = again(value.toString());
        if (!translated.isNull()) {
            object->setProperty(name, translated);
        }
    }
    if (auto *combo = qobject_cast<QComboBox *>(object)) {
        for (int i = 0; i < combo->count(); ++i) {
            const QString translated = again(combo->itemText(i));
            if (!translated.isNull()) {
                combo->setItemText(i, translated);
            }
        }
    } else if (auto *tabs = qobject_cast<QTabBar *>(object)) {
        for (int i = 0; i < tabs->count(); ++i) {
            const QString text = again(tabs->tabText(i));
            if (!text.isNull()) {
                tabs->setTabText(i, text);
            }
            const QString tip = again(tabs->tabToolTip(i));
            if (!tip.isNull()) {
                tabs->setTabToolTip(i, tip);
            }
        }
    } else if (auto *bar = qobject_cast<QStatusBar *>(object)) {
        const QString translated = again(bar->currentMessage());
        if (!translated.isNull()) {
            // A passing message keeps the time it had left: QStatusBar's timer is its only child timer.
            const auto *timer = bar->findChild<QTimer *>(QString(), Qt::FindDirectChildrenOnly);
            bar->showMessage(translated, timer && timer->isActive() ? std::max(1, timer->remainingTime()) : 0);
        }
    } else if (auto *tree = qobject_cast<QTreeWidget *>(object)) {
        QTreeWidgetItem *header = tree->headerItem();
        for (int column = 0; header && column < header->columnCount(); ++column) {
            const QString translated = again(header->text(column));
            if (!translated.isNull()) {
                header->setText(column, translated);
            }
        }
    }
    // Views ask their models again when they paint: the models' words follow the language.
    if (auto *view = qobject_cast<QAbstractItemView *>(object)) {
        view->viewport()->update();
    }
}

} // namespace

void retranslateWindows(const RetranslatingTranslator::Origins &origins)
{
    if (origins.isEmpty()) {
        return;
    }
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        retranslateObject(window, origins);
        const QList<QObject *> children = window->findChildren<QObject *>();
        for (QObject *child : children) {
            retranslateObject(child, origins);
        }
    }
}

} // namespace gavel
