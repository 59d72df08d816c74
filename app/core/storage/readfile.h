#pragma once

#include <QByteArray>
#include <QString>

namespace gavel {

enum class ReadFailure { None, Missing, NotAFile, TooLarge, Unreadable };

// Reads a whole file that must not exceed maxBytes. On failure sets *error to "<file>: <cause>":
// no such file, a folder, a link that loops or leads nowhere, larger than the limit (naming
// it), or unreadable. A file over the limit is refused, never cut short.
ReadFailure readWholeFile(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *error);

// "5 MB", "16 MB", "4 KB": a size limit as a person reads it.
QString sizeText(qint64 bytes);

} // namespace gavel
