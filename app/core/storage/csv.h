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
// (The one value that cannot round-trip is a cell that itself starts with an apostrophe
// followed by one of those characters: it reads back without the apostrophe, as a spreadsheet
// shows it.) A row of one empty cell is written as "" so that it is not an empty line.
QByteArray write(const QList<QStringList> &rows);

// Reads CSV (with or without a BOM, CRLF or LF, quoted fields spanning lines). On malformed
// input returns false and says where in *error (line number, what is wrong).
// Empty lines are skipped. Malformed means: a quoted field still open at the end of the input,
// text after a closing quote, bytes that are not UTF-8, or NUL bytes (binary data).
bool read(const QByteArray &bytes, QList<QStringList> *rows, QString *error);

// One row as read, with the line of the file it starts on (1-based; a quoted field spanning
// lines makes the next row start further down).
struct Record
{
    QStringList fields;
    int line = 0;
};

// read() with the line numbers, for callers that report problems in the rows themselves.
bool readRecords(const QByteArray &bytes, QList<Record> *records, QString *error);

// Whether a cell starting with this character is guarded with an apostrophe.
bool isFormulaStart(QChar c);

} // namespace gavel::csv
