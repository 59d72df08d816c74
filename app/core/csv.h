#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace gavel::csv {

// RFC 4180 CSV as spreadsheets read it: UTF-8 with a byte-order mark, CRLF line ends, fields
// quoted when they hold a comma, quote, CR or LF. A cell that starts with = + - @ (or a tab or
// CR) is written with a leading apostrophe so a spreadsheet shows it as text instead of
// running it as a formula; reading strips that apostrophe again, so the value round-trips.
QByteArray write(const QList<QStringList> &rows);

// Reads CSV (with or without a BOM, CRLF or LF, quoted fields spanning lines). On malformed
// input returns false and says where in *error (line number, what is wrong).
bool read(const QByteArray &bytes, QList<QStringList> *rows, QString *error);

} // namespace gavel::csv
