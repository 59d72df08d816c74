#pragma once

#include <QByteArray>
#include <QString>

namespace gavel::agendatext {

// An agenda's bytes as text: UTF-8 (with or without a byte-order mark), or UTF-16 / UTF-32 when
// a byte-order mark says so. Line ends become \n whatever they were (CRLF, CR). On failure
// returns false and says why in *reason: empty, too large, binary, UTF-16 without its mark, or
// the first line that is not valid UTF-8.
bool decode(const QByteArray &bytes, QString *text, QString *reason);

} // namespace gavel::agendatext
