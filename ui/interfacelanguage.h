#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace gavel::interfacelanguage {

// The interface's language: Simplified Chinese or English. The minutes never follow it: they
// follow the meeting's own language (minutes/minuteswords).
inline constexpr const char *English = "en";
inline constexpr const char *SimplifiedChinese = "zh_CN";

// The language a choice stands for: "en" or "zh_CN" as chosen; anything else (the empty choice
// of Preferences' "System") follows the system's locale: any Chinese (zh_*) is Simplified
// Chinese, every other language English.
QString resolved(const QString &choice, const QLocale &system = QLocale::system());

// Where gavel_<language>.qm is looked for: <applicationDirPath>/../share/gavel/translations, the
// installed layout, which the build tree repeats beside its bin/.
QStringList folders();

// Makes the whole interface speak the chosen language, Qt's own dialogs and the command line's
// help included: Gavel's and Qt's translations are loaded and installed in place of the
// earlier ones, and the texts already on screen are translated again at once (Qt then sends
// every widget QEvent::LanguageChange, for the texts they compute). Needs the application
// object. Returns the language now spoken ("en" or "zh_CN").
QString use(const QString &choice);

// The language in use ("en" before use() is called).
QString current();

} // namespace gavel::interfacelanguage
