#pragma once

#include "agenda/explanation.h"
#include "agenda/meeting.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace gavel {

// What an import gives: a meeting, or an error that names the file and the problem.
struct ImportResult
{
    Meeting meeting;
    QString error; // "<file>: <reason>"; empty on success
    Explanation explanation; // which heading, lists, lines and rules gave each field

    bool ok() const { return error.isEmpty(); }
};

// Reads a meeting's Markdown agenda (see DESIGN.md and the importer rules in the issue
// tracker) into a Meeting: title, time, join info, chair, vice-chair, invitees, items.
class AgendaImporter
{
    Q_DECLARE_TR_FUNCTIONS(gavel::AgendaImporter)

public:
    static constexpr qint64 maxFileSize = 5 * 1024 * 1024;

    static ImportResult importFile(const QString &path);
    // sourceName names the input in errors (a path or a URL).
    static ImportResult importBytes(const QByteArray &bytes, const QString &sourceName);
    static ImportResult importMarkdown(const QString &markdown, const QString &sourceName);
};

} // namespace gavel
