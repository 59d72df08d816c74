#pragma once

#include <QString>
#include <QStringList>

namespace gavel::seriesmove {

// Renames a series, or merges it into another, under the sessions folder: every meeting folder
// of `from` moves into `to` (made when it does not exist), each session saying its new series.
// Never-lose rules: every file is copied through the atomic write path and read back before
// anything of `from` is deleted; when a copy fails, what this move copied is taken back and
// `from` is left as it was. A meeting `to` already has (the same date) is not moved: it stays
// in `from`, which then stays too, and is named in `kept`. The series' choices (series.json)
// go along, `to`'s own winning; its own minutes layout copies too, unless `to` has one.
struct Result
{
    QString error; // empty on success; else the file and what went wrong
    QStringList moved; // the meetings (their dates) now in `to`
    QStringList kept; // the meetings left in `from`: `to` has a meeting of that date
    bool ok() const { return error.isEmpty(); }
};

Result move(const QString &root, const QString &from, const QString &to);

} // namespace gavel::seriesmove
