#pragma once

#include <QJsonObject>

namespace gavel::sessionmigration {

// A session file of an older format version, as the current version writes it: each step
// carries one version to the next. Files of the current version come back as they are.
QJsonObject migrated(QJsonObject json, int version);

} // namespace gavel::sessionmigration
