#pragma once

#include "minutes/minuteslayout.h"

#include <QString>

#include <optional>

namespace gavel::serieslayout {

// Which layout a series writes its minutes in, kept in the series' folder: the chair's choice
// in series.json (seriessettings), and minutes-layout.zh.md (and .en.md), the series' own copy
// of a layout, which the chair edits; when there, it is used for minutes in that language.

QString ownTemplatePath(const QString &seriesFolder, const QString &language);
std::optional<minuteslayout::Layout> chosen(const QString &seriesFolder);
// Writes the choice through the atomic path; false with *error (the file and why) on failure.
bool choose(const QString &seriesFolder, minuteslayout::Layout layout, QString *error);
// Copies the built-in layout into the series as its own template for `language`; the path
// written, or empty with *error. An own copy already there is kept as it is.
QString copyBuiltin(const QString &seriesFolder, minuteslayout::Layout layout, const QString &language, QString *error);

// The layout of the most recent minutes in a folder (a clone of the community's repository):
// its *minutes*.md files, newest name first (they start with their date), the first whose
// headings tell a layout.
std::optional<minuteslayout::Layout> fromMinutesIn(const QString &folder);

// What the series writes in: the chair's choice, else the layout of the latest minutes in the
// export folder, else the 2022 layout.
minuteslayout::Layout forSeries(const QString &seriesFolder, const QString &exportFolder);

} // namespace gavel::serieslayout
