#pragma once

#include "agenda/markdowndocument.h"

#include <QString>

namespace gavel::agendashapes {

// What a block's content says about being part of an agenda, for documents whose agenda no heading
// names: each test reads the block once, never the rest of the document.

// A paragraph that is only a label naming the agenda ("Agenda:", "**Agenda**:", "议程：").
bool isAgendaLabel(const MarkdownBlock &paragraph);
// A line that is a field: a short label, a colon and a value ("Video of the meeting: recorded").
bool isFieldLine(const QString &line);
// A paragraph that can be an item when an agenda label is followed by paragraphs: one short line,
// no field.
bool isItemParagraph(const MarkdownBlock &paragraph);
// How many of a list's entries state a duration.
int timedEntries(const MarkdownBlock &list);
// A list of fields: every entry is one ("Meeting date: …", "Facilitator: lqd").
bool isFields(const MarkdownBlock &list);
// A list of links: every entry is only a link (a table of contents, a list of issues).
bool isLinks(const MarkdownBlock &list);
// A table of contents: every entry is only a link to a part of the document ("#goals").
bool isContents(const MarkdownBlock &list);
// A list of prose: most entries are sentences, or longer than an item's title.
bool isProse(const MarkdownBlock &list);
// A heading that can name a topic: one short line that is no sentence.
bool looksLikeTopic(const QString &heading);

} // namespace gavel::agendashapes
