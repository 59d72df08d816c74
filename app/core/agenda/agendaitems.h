#pragma once

#include "agenda/agendatables.h"
#include "agenda/explanation.h"
#include "agenda/markdowndocument.h"
#include "agenda/meeting.h"
#include "agenda/people.h"
#include "agenda/presenters.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gavel::agendaitems {

// How an agenda's items are made from its Markdown blocks: a list entry, a sub-heading or a table
// row becomes an item (its title, duration, speakers, parts or description), and a section's
// lists, tables and sub-headings become its items. The importer's section choice, its search by
// content and a file of several dated meetings all build items here.

using Block = MarkdownBlock;

// What the item rules found beyond titles, for the explanation: counted, with a few examples, so
// a 1,000-item agenda still explains itself in a few lines.
struct ItemNotes
{
    static constexpr qsizetype examples = 3;
    int trailing = 0;
    QStringList trailingExamples;
    int labelled = 0;
    QStringList labelExamples;
    int tables = 0;
    agendatables::Columns columns; // the first agenda table's
    QString tableHeading; // the heading it is under
};

// What a section's items were made of, for the explanation.
struct SectionShape
{
    int lists = 0;
    int headings = 0;
    int tables = 0; // agenda tables directly under the section's heading
    ItemNotes notes;
    qsizetype preambleEnd = -1; // in a title's section: where the preamble before its first item ends
    bool allTopics = true; // every sub-heading item reads as a topic (agendashapes::looksLikeTopic)
};

void finishItem(AgendaItem &item, const InlineSpan &own, const InlineSpan &titleLine, const presenters::Told &told,
                ItemNotes *notes);

AgendaItem itemFromEntry(const Block &entry, ItemNotes *notes);

QString headingName(const Block &heading);

// Children are timed parts when any of them (or anything below) carries a duration or a speaker;
// when none does, they are what the item is about: its description, one line per entry.
void foldUntimedChildren(QList<AgendaItem> &items);

bool isAgendaHeading(const Block &b);

// The end of the section under the heading at `index`: the next heading of its level or higher,
// or the first heading inside it that names a section that is no agenda (a rota, notes, links).
// The title's section runs to the next heading of the title's level: its parts that are no agenda
// are passed over one by one (sectionItems), since the topics may follow them.
qsizetype sectionEnd(const QList<const Block *> &top, qsizetype index, bool titleSection = false);

// The items of the section [begin, end): every list and agenda table before its first sub-heading,
// joined, then the sub-headings of its highest level, each an item. In the title's section (the
// whole document is the agenda) the sub-headings are the items when there are any: a sub-heading
// that names a section that is no agenda (attendance, roles, notes) or whose section holds only
// fields (基本信息, "Meeting date: …") is passed over with its content, and what precedes the first
// item is the document's preamble (its metadata).
QList<AgendaItem> sectionItems(const QList<const Block *> &top, qsizetype begin, qsizetype end,
                               SectionShape *shape = nullptr, bool titleSection = false, Explanation *why = nullptr);

// Which items' sub-entries became their description, for the explanation.
void explainDescriptions(const QList<AgendaItem> &items, Explanation &why);

// Which columns the agenda tables were read by: the first table's, and how many more there were.
void explainTables(const ItemNotes &notes, Explanation &why);

// One line per item rule, with a count and a few examples.
void explainItemNotes(const ItemNotes &notes, Explanation &why);

void appendEntries(const Block &list, QList<AgendaItem> &items, ItemNotes *notes);

} // namespace gavel::agendaitems
