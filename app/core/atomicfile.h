#pragma once

#include <QByteArray>
#include <QString>

namespace gavel {

// The one path every file Gavel writes goes through: QSaveFile writes a temporary file
// beside the target and renames it over the target only once everything is on disk, so a
// crash or a full disk leaves the previous version intact. Creates missing folders.
// Returns an empty string on success, else why it failed (naming the file).
QString writeFileAtomically(const QString &path, const QByteArray &contents);

} // namespace gavel
