#pragma once

#include "agenda/agendaimporter.h"
#include "series/seriesdocument.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gavel::documentsummary {

// The largest file read: what an agenda may be.
inline constexpr qint64 maxFileBytes = AgendaImporter::maxFileSize;

enum class Outcome {
    Meeting, // *document holds it
    NotAMeeting, // no date in it nor in its name (a README), or empty: left out without a word
    Damaged, // not text (binary, broken UTF-8): *error says so, naming the file
};

// What one of the community's agendas or minutes says of the series: the meeting's date (the one
// it states, else the one its file name holds) and everyone it names. Read as the importer reads
// an agenda, the chair, vice-chair, invitees, speakers and newcomers introduced keep their part;
// every other GitHub link to a person or @handle in its text (minutes name people this way) is
// Named. Headings and free text alike: the structure decides, not the file's name.
Outcome summarise(const QByteArray &bytes, const QString &path, SeriesDocument *document, QString *error);

// The folder a series' history is read from, given its export folder: the folder itself, or
// the one above when it is a single year of the series (named for the year: .../meetings/2025).
QString historyFolder(const QString &exportFolder);

// The Markdown files of a series' folder, relative to it and sorted: its own *.md and those of
// its year subfolders (a name that holds a year: 2022, pfcc-2025). Deeper folders are not read.
QStringList markdownFiles(const QString &folder);

} // namespace gavel::documentsummary
