#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace gavel::plugins {

// The folders searched for Gavel's plugins: <the executable's folder>/../lib/gavel/plugins, where
// the build and the package put them; GAVEL_PLUGIN_PATH (colon-separated) instead, when set.
QStringList folders();

// The instance of the plugin file `fileName` from the first folder that holds one that loads
// (the plugin stays loaded for the life of the app); nullptr when none does, with each failure
// ("path: what the loader said") in *failures.
QObject *instance(const QString &fileName, QStringList *failures);

} // namespace gavel::plugins
