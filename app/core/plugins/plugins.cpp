#include "plugins/plugins.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace gavel::plugins {

QStringList folders()
{
    if (qEnvironmentVariableIsSet("GAVEL_PLUGIN_PATH")) {
        return qEnvironmentVariable("GAVEL_PLUGIN_PATH").split(QDir::listSeparator(), Qt::SkipEmptyParts);
    }
    return {QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../" GAVEL_PLUGIN_DIR))};
}

QObject *instance(const QString &fileName, QStringList *failures)
{
    for (const QString &folder : folders()) {
        const QString path = QDir(folder).filePath(fileName);
        if (!QFileInfo::exists(path)) {
            continue;
        }
        // The loader lives as long as the app: the plugin is never unloaded.
        auto *loader = new QPluginLoader(path, QCoreApplication::instance());
        if (QObject *object = loader->instance()) {
            return object;
        }
        failures->append(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), loader->errorString()));
    }
    return nullptr;
}

} // namespace gavel::plugins
