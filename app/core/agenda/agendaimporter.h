#pragma once

#include "agenda/datedmeetings.h"
#include "agenda/explanation.h"
#include "agenda/meeting.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace gavel {

// How to read an agenda: which meeting of a file that keeps several dated meetings (none: the
// most recent one that has an agenda).
struct ImportOptions
{
    QDate meetingDate;
};

// One meeting of a file that keeps several, as a chooser lists it.
struct DatedMeeting
{
    QDate date;
    QString heading; // as written, on one line
    int items = 0; // its agenda's items (0: no agenda)
};

// What an import gives: a meeting, or an error that names the file and the problem.
struct ImportResult
{
    Meeting meeting;
    QString error; // "<file>: <reason>"; empty on success
    Explanation explanation; // which heading, lists, lines and rules gave each field
    // For a file of several dated meetings: each of them, newest first, and the one read. Empty
    // for a file that holds one meeting.
    QList<DatedMeeting> meetings;
    QDate chosenMeeting;

    bool ok() const { return error.isEmpty(); }
};

// Reads a meeting's Markdown agenda (see DESIGN.md and the importer rules in the issue
// tracker) into a Meeting: title, time, join info, chair, vice-chair, invitees, items.
class AgendaImporter
{
    Q_DECLARE_TR_FUNCTIONS(gavel::AgendaImporter)

public:
    static constexpr qint64 maxFileSize = 5 * 1024 * 1024;

    static ImportResult importFile(const QString &path, const ImportOptions &options = {});
    // sourceName names the input in errors (a path or a URL).
    static ImportResult importBytes(const QByteArray &bytes, const QString &sourceName,
                                    const ImportOptions &options = {});
    static ImportResult importMarkdown(const QString &markdown, const QString &sourceName,
                                       const ImportOptions &options = {});

private:
    // A file of several dated meetings: one of them, with the document's title and schedule.
    static ImportResult importDated(const MarkdownDocument &document, const QList<const MarkdownBlock *> &top,
                                    const QList<datedmeetings::DatedSection> &dated, const QString &sourceName,
                                    const ImportOptions &options);
};

} // namespace gavel
