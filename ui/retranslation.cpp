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
    // A text with a count is always composed again; the others may be static texts.
    if (n < 0 && sourceText && *sourceText) {
        const QString shown = result.isNull() ? QString::fromUtf8(sourceText) : result;
        if (!m_origins.contains(shown)) {
            m_origins.insert(shown, {QByteArray(context), QByteArray(sourceText), QByteArray(disambiguation)});
        }
    }
    return result;
}

QHash<QString, RetranslatingTranslator::Origin> RetranslatingTranslator::takeOrigins()
{
    const QMutexLocker locker(&m_mutex);
    return std::exchange(m_origins, {});
}

namespace {

// Properties that hold a text set by the program, the text first: an action's tooltip and icon
// text follow its text unless set apart.
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

void retranslateObject(QObject *object, const QHash<QString, RetranslatingTranslator::Origin> &origins)
{
    const auto again = [&origins](const QString &shown) -> QString {
        const auto origin = origins.constFind(shown);
        if (shown.isEmpty() || origin == origins.cend()) {
            return {};
        }
        return QCoreApplication::translate(origin->context.constData(), origin->source.constData(),
                                           origin->disambiguation.isEmpty() ? nullptr
                                                                            : origin->disambiguation.constData());
    };
    const bool typed = holdsTypedText(object);
    for (const char *name : textProperties) {
        if (typed && qstrcmp(name, "text") == 0) {
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

void retranslateWindows(const QHash<QString, RetranslatingTranslator::Origin> &origins)
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
