#include "interfacelanguage.h"

#include "retranslation.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QLibraryInfo>
#include <QPointer>

namespace gavel::interfacelanguage {

namespace {

struct State
{
    QPointer<RetranslatingTranslator> translator; // the application's, once use() installs it
    QString language = QLatin1String(English);
};

State &state()
{
    static State instance;
    return instance;
}

std::unique_ptr<QTranslator> loaded(const QString &fileName, const QStringList &folders)
{
    auto translator = std::make_unique<QTranslator>();
    for (const QString &folder : folders) {
        if (translator->load(fileName, folder)) {
            return translator;
        }
    }
    return nullptr;
}

} // namespace

QString resolved(const QString &choice, const QLocale &system)
{
    if (choice == QLatin1String(English) || choice == QLatin1String(SimplifiedChinese)) {
        return choice;
    }
    return system.language() == QLocale::Chinese ? QString::fromLatin1(SimplifiedChinese)
                                                 : QString::fromLatin1(English);
}

QStringList folders()
{
    return {QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1String("/../share/gavel/translations"))};
}

QString use(const QString &choice)
{
    State &s = state();
    const QString language = resolved(choice);
    if (s.translator && language == s.language) {
        return language;
    }
    // Gavel's own words first, then Qt's (its dialogs, the command line's "Usage:"); English
    // needs only Gavel's plural forms ("Add 1 minute").
    std::vector<std::unique_ptr<QTranslator>> translators;
    if (auto own = loaded(QLatin1String("gavel_") + language, folders())) {
        translators.push_back(std::move(own));
    }
    if (language != QLatin1String(English)) {
        if (auto qt
            = loaded(QLatin1String("qtbase_") + language, {QLibraryInfo::path(QLibraryInfo::TranslationsPath)})) {
            translators.push_back(std::move(qt));
        }
    }
    s.language = language;
    // Dates and numbers in the interface's language too: in the system's own formats when the
    // system speaks it, else in the language's ("2022年5月12日星期四" in Chinese on an English
    // system). The minutes choose their own words and formats by the meeting's language.
    const QLocale system = QLocale::system();
    const bool systemSpeaksIt
        = (language == QLatin1String(SimplifiedChinese)) == (system.language() == QLocale::Chinese);
    QLocale::setDefault(systemSpeaksIt ? system : QLocale(language));
    if (!s.translator) {
        auto *translator = new RetranslatingTranslator;
        translator->setParent(QCoreApplication::instance());
        translator->setTranslators(std::move(translators));
        s.translator = translator;
        QCoreApplication::installTranslator(s.translator);
        return language;
    }
    const auto origins = s.translator->takeOrigins();
    s.translator->setTranslators(std::move(translators));
    if (qobject_cast<QApplication *>(QCoreApplication::instance())) {
        retranslateWindows(origins);
    }
    QEvent changed(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &changed);
    return language;
}

QString current()
{
    return state().language;
}

} // namespace gavel::interfacelanguage
