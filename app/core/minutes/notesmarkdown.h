#pragma once

#include <QString>
#include <QStringList>

namespace gavel::notesmarkdown {

// How untrusted text (an agenda's titles and names, the chair's notes, anything from the
// network) goes into the exported Markdown without changing the document's structure or
// carrying script. Every string the minutes quote passes through one of these.

// A one-line text (a title, a name, a link's label): on one line, raw HTML shown as text
// (outside code spans), links with a script scheme made inert. Markdown inline syntax stays:
// agendas write their titles in Markdown.
QString inlineText(const QString &text);

// inlineText for a text that starts a line or follows a list marker ("- ", "1. "): a leading
// "#", ">", "-", "+", "*" or "1." that would open a heading, a quote or a list there is
// backslash-escaped, so it reads as the character it is.
QString lineStartText(const QString &text);

// The chair's notes on an item as Markdown lines, at no indentation, that can stand under the
// item's heading or be indented under a list item:
// - each line typed stays a line: a line that already is a list item (-, *, +, 1.) stays one,
//   keeping its indentation; any other line becomes a bullet ("- "); a quote (>) or a table
//   row (|) stays as it is; blank lines and lines of only -, =, * or _ are left out;
// - a heading (# ...) becomes a bullet in bold: it cannot open a section of its own;
// - a fenced code block is kept as typed, and closed at the end of the note when it was not;
// - raw HTML and script links are neutralised as in inlineText (code is left alone).
QStringList lines(const QString &notes);

// The note as one paragraph when it is one plain line (no list item, heading, quote, table or
// code), written as lines() would write that line without its bullet; else empty.
QString paragraph(const QString &notes);

// The lines indented by `indent` (the first one too), joined with newlines; empty for none.
QString indented(const QStringList &lines, const QString &indent);

} // namespace gavel::notesmarkdown
