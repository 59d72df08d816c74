#include "agenda/agendaitems.h"

#include "agenda/agendaimporter.h"
#include "agenda/agendashapes.h"
#include "agenda/durations.h"
#include "agenda/titles.h"

#include <QRegularExpression>

namespace gavel::agendaitems {

using titles::singleLine;
using titles::withoutNumbering;
using Type = MarkdownBlock::Type;

namespace {

void addExample(QStringList &list, const QString &example)
{
    if (list.size() < ItemNotes::examples && !list.contains(example)) {
        list.append(example);
    }
}

} // namespace

namespace {

// `titleLine` is the part of `own` the title is read from; `told` is what presenter and duration
// lines or table cells said about the item.
// The presenter at the end of an entry's last line when that line is only a reference before it:
// "Add a demo  \n[https://github.com/…/pull/163](…) – Haojie Zhang".
std::optional<presenters::Trailing> trailingAfterReference(const InlineSpan &own)
{
    const QList<InlineSpan> lines = own.lines();
    if (lines.size() < 2) {
        return std::nullopt;
    }
    const InlineSpan &last = lines.constLast();
    const auto found = presenters::trailing(last);
    if (!found || last.links.isEmpty()) {
        return std::nullopt;
    }
    QString rest = last.text.left(found->cut);
    for (auto it = last.links.crbegin(); it != last.links.crend(); ++it) {
        if (it->end <= found->cut) {
            rest.remove(it->start, it->end - it->start);
        }
    }
    static const QRegularExpression onlyMarks(QStringLiteral("^[\\s\\p{P}\\p{S}]*$"));
    return onlyMarks.match(rest).hasMatch() ? found : std::nullopt;
}

} // namespace

void finishItem(AgendaItem &item, const InlineSpan &own, const InlineSpan &titleLine, const presenters::Told &told,
                ItemNotes *notes)
{
    const QString flat = singleLine(own.text);
    item.minutes = told.minutes ? told.minutes : durations::total(flat);
    const QStringList handles = presenters::speakerHandles(own);
    item.speakers = presenters::merged(handles, told.speakers);
    // A name a presenter line or cell wrote is a name, unless the title links it as a handle too.
    for (const QString &name : told.names) {
        if (!handles.contains(name, Qt::CaseInsensitive)) {
            item.speakerNames.append(name);
        }
    }
    InlineSpan titleSpan = titleLine;
    if (item.speakers.isEmpty()) {
        // A presenter written at the end of the title ("Topic - Jane Doe", "Topic (Andreas)") is
        // the item's speaker, and the title is the topic without it; @handles stay in their title.
        const auto noteTrailing = [notes](const QStringList &speakers, const QString &line) {
            if (notes) {
                ++notes->trailing;
                addExample(notes->trailingExamples,
                           AgendaImporter::tr("%1 from the end of %2")
                               .arg(Explanation::quote(speakers.join(QStringLiteral(", "))),
                                    Explanation::quote(singleLine(line))));
            }
        };
        if (const auto found = presenters::trailing(titleLine)) {
            item.speakers = found->speakers;
            item.speakerNames = found->speakers;
            titleSpan = titleLine.mid(0, found->cut);
            noteTrailing(found->speakers, titleLine.text);
        } else if (const auto after = trailingAfterReference(own)) {
            // The reference line stays the item's text; the title is whole.
            item.speakers = after->speakers;
            item.speakerNames = after->speakers;
            noteTrailing(after->speakers, own.lines().constLast().text);
        }
    }
    if (notes && !told.label.isEmpty()) {
        ++notes->labelled;
        addExample(notes->labelExamples, Explanation::quote(told.label));
    }
    const QString title = durations::withoutDurationGroups(titles::withoutWrittenNumber(singleLine(titleSpan.text)));
    item.title = title.isEmpty() ? flat : title;
    if (item.title.isEmpty()) {
        // A bare bullet that only holds parts: an item must be something the chair can name.
        item.title = AgendaImporter::tr("(untitled)");
    }
    if (!item.minutes) {
        bool anyKnown = false;
        int sum = 0;
        for (const AgendaItem &child : item.children) {
            if (child.minutes) {
                anyKnown = true;
                sum = durations::saturatingAdd(sum, *child.minutes);
            }
        }
        if (anyKnown) {
            item.minutes = qMin(sum, durations::maxMinutes);
        }
    }
}

namespace {

// Whether a list entry is only a presenter or duration line ("分享人：@x", "Duration: 10 min") and
// holds nothing below: then it tells about the item above it and is no part of it.
bool takeLabelEntry(const Block &entry, presenters::Told &told)
{
    for (const auto &child : entry.children) {
        if (child->isList()) {
            return false;
        }
    }
    return presenters::take(InlineSpan::ofEntry(entry), told);
}

} // namespace

AgendaItem itemFromEntry(const Block &entry, ItemNotes *notes)
{
    AgendaItem item;
    presenters::Told told;
    QStringList freeText;
    const InlineSpan own = InlineSpan::ofEntry(entry, &freeText);
    // The first line is the title; further lines of the same paragraph are free text, or say who
    // presents it and for how long.
    const QList<InlineSpan> lines = own.lines();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines[i].text.trimmed().isEmpty() && !presenters::take(lines[i], told)) {
            freeText.prepend(lines[i].text.trimmed());
        }
    }
    for (const auto &child : entry.children) {
        if (child->isList()) {
            for (const auto &grandChild : child->children) {
                if (!takeLabelEntry(*grandChild, told)) {
                    item.children.append(itemFromEntry(*grandChild, notes));
                }
            }
        }
    }
    item.text = freeText.join(QStringLiteral("\n\n"));
    finishItem(item, own, lines.isEmpty() ? InlineSpan {} : lines.first(), told, notes);
    return item;
}

QString headingName(const Block &heading)
{
    return QString(heading.headingLevel, QLatin1Char('#')) + QLatin1Char(' ') + singleLine(heading.text);
}

namespace {

// One item per row of an agenda table; `heading` is the one the table is under, for the explanation.
void appendTableItems(const Block &table, const agendatables::Columns &columns, const Block *heading,
                      QList<AgendaItem> &items, ItemNotes *notes)
{
    if (notes && notes->tables++ == 0) {
        notes->columns = columns;
        notes->tableHeading = heading ? headingName(*heading) : QString();
    }
    for (const agendatables::Row &row : agendatables::rows(table, columns)) {
        AgendaItem item;
        // The row's cells are the item's facts, not lines written under it.
        presenters::Told told = row.told;
        told.label.clear();
        finishItem(item, row.topic, row.topic, told, notes);
        items.append(item);
    }
}

} // namespace

namespace {

// A heading item owns the blocks up to the next heading of its level or higher; its
// direct lists give children, deeper headings too.
AgendaItem itemFromHeading(const QList<const Block *> &blocks, qsizetype headingIndex, qsizetype end, ItemNotes *notes)
{
    const Block &heading = *blocks[headingIndex];
    AgendaItem item;
    presenters::Told told;
    QStringList freeText;
    qsizetype i = headingIndex + 1;
    for (; i < end && blocks[i]->type != Type::Heading; ++i) {
        const Block &b = *blocks[i];
        if (b.isList()) {
            for (const auto &entry : b.children) {
                if (!takeLabelEntry(*entry, told)) {
                    item.children.append(itemFromEntry(*entry, notes));
                }
            }
        } else if (b.type == Type::Table) {
            if (const auto columns = agendatables::agendaColumns(b)) {
                appendTableItems(b, *columns, &heading, item.children, notes);
            }
        } else if (b.type == Type::Paragraph) {
            // "分享人：…" / "Duration: …" lines under a heading tell about it; other lines are its text.
            QStringList kept;
            for (const InlineSpan &line : InlineSpan::of(b).lines()) {
                if (!presenters::take(line, told)) {
                    kept.append(line.text);
                }
            }
            const QString text = kept.join(QLatin1Char('\n')).trimmed();
            if (!text.isEmpty()) {
                freeText.append(text);
            }
        } else if (!b.text.trimmed().isEmpty()) {
            freeText.append(b.text.trimmed());
        }
    }
    while (i < end) {
        const qsizetype sub = i;
        for (++i;
             i < end && !(blocks[i]->type == Type::Heading && blocks[i]->headingLevel <= blocks[sub]->headingLevel);
             ++i) { }
        item.children.append(itemFromHeading(blocks, sub, i, notes));
    }
    item.text = freeText.join(QStringLiteral("\n\n"));
    InlineSpan own = InlineSpan::of(heading);
    const QString title = withoutNumbering(own.text);
    finishItem(item, own, own.mid(own.text.size() - title.size()), told, notes);
    return item;
}

} // namespace

namespace {

bool carriesTimeOrSpeaker(const QList<AgendaItem> &items)
{
    for (const AgendaItem &item : items) {
        if (item.minutes || !item.speakers.isEmpty() || carriesTimeOrSpeaker(item.children)) {
            return true;
        }
    }
    return false;
}

} // namespace

namespace {

void appendLines(const QList<AgendaItem> &items, QStringList &lines)
{
    for (const AgendaItem &item : items) {
        lines.append(item.title);
        if (!item.description.isEmpty()) {
            lines.append(item.description);
        }
        appendLines(item.children, lines);
    }
}

} // namespace

// Children are timed parts when any of them (or anything below) carries a duration or a speaker;
// when none does, they are what the item is about: its description, one line per entry.
void foldUntimedChildren(QList<AgendaItem> &items)
{
    for (AgendaItem &item : items) {
        if (item.children.isEmpty()) {
            continue;
        }
        if (carriesTimeOrSpeaker(item.children)) {
            foldUntimedChildren(item.children);
            continue;
        }
        QStringList lines;
        appendLines(item.children, lines);
        if (!item.description.isEmpty()) {
            lines.prepend(item.description);
        }
        item.description = lines.join(QLatin1Char('\n'));
        item.children.clear();
    }
}

bool isAgendaHeading(const Block &b)
{
    return b.type == Type::Heading && titles::namesAgenda(b.text);
}

namespace {

// Where the document's sections are its items, a section that is no agenda (attendance, roles,
// notes) is no item; a step the meeting takes on its agenda ("Consent to agenda") is one.
bool isNoItem(const Block &heading)
{
    return titles::namesOtherSection(heading.text) && !titles::namesAgendaStep(heading.text);
}

} // namespace

// The end of the section under the heading at `index`: the next heading of its level or higher,
// or the first heading inside it that names a section that is no agenda (a rota, notes, links).
// The title's section runs to the next heading of the title's level: its parts that are no agenda
// are passed over one by one (sectionItems), since the topics may follow them.
qsizetype sectionEnd(const QList<const Block *> &top, qsizetype index, bool titleSection)
{
    const int level = top[index]->headingLevel;
    qsizetype end = index + 1;
    while (end < top.size()
           && !(top[end]->type == Type::Heading
                && (top[end]->headingLevel <= level || (!titleSection && titles::namesOtherSection(top[end]->text))))) {
        ++end;
    }
    return end;
}

namespace {

// Whether the blocks [begin, end) hold only fields ("Meeting date: …", "会议时间：…"): a section of the
// document's details, not a topic.
bool onlyFields(const QList<const Block *> &top, qsizetype begin, qsizetype end)
{
    bool any = false;
    for (qsizetype i = begin; i < end; ++i) {
        const Block &b = *top[i];
        if (b.isList()) {
            if (!agendashapes::isFields(b)) {
                return false;
            }
            any = true;
        } else if (b.type == Type::Paragraph) {
            for (const QString &line : b.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (!agendashapes::isFieldLine(line)) {
                    return false;
                }
                any = true;
            }
        } else if (b.type != Type::Html && b.type != Type::Rule) {
            return false;
        }
    }
    return any;
}

} // namespace

// The items of the section [begin, end): every list and agenda table before its first sub-heading,
// joined, then the sub-headings of its highest level, each an item. In the title's section (the
// whole document is the agenda) the sub-headings are the items when there are any: a sub-heading
// that names a section that is no agenda (attendance, roles, notes) or whose section holds only
// fields (基本信息, "Meeting date: …") is passed over with its content, and what precedes the first
// item is the document's preamble (its metadata).
QList<AgendaItem> sectionItems(const QList<const Block *> &top, qsizetype begin, qsizetype end, SectionShape *shape,
                               bool titleSection, Explanation *why)
{
    SectionShape counted;
    QList<AgendaItem> items;
    int subLevel = 7;
    qsizetype firstHeading = end;
    for (qsizetype j = begin; j < end; ++j) {
        if (top[j]->type == Type::Heading) {
            subLevel = qMin(subLevel, top[j]->headingLevel);
            firstHeading = qMin(firstHeading, j);
        }
    }
    qsizetype i = begin;
    for (; i < firstHeading; ++i) {
        if (top[i]->isList()) {
            ++counted.lists;
            for (const auto &entry : top[i]->children) {
                items.append(itemFromEntry(*entry, &counted.notes));
            }
        } else if (top[i]->type == Type::Table) {
            // A table holds items when it has a topic column; a roster table has none.
            if (const auto columns = agendatables::agendaColumns(*top[i])) {
                ++counted.tables;
                const Block *heading = begin > 0 && top[begin - 1]->type == Type::Heading ? top[begin - 1] : nullptr;
                appendTableItems(*top[i], *columns, heading, items, &counted.notes);
            }
        }
    }
    while (i < end && !(top[i]->type == Type::Heading && top[i]->headingLevel == subLevel)) {
        ++i;
    }
    while (i < end) {
        const qsizetype start = i;
        for (++i; i < end && !(top[i]->type == Type::Heading && top[i]->headingLevel <= subLevel); ++i) { }
        if (titleSection && isNoItem(*top[start])) {
            if (why) {
                why->add(QStringLiteral("items"),
                         AgendaImporter::tr("%1 passed over: it names a section that is no agenda")
                             .arg(Explanation::quote(headingName(*top[start]))));
            }
            continue;
        }
        if (titleSection && onlyFields(top, start + 1, i)) {
            if (why) {
                why->add(QStringLiteral("items"),
                         AgendaImporter::tr("%1 passed over: its section holds only fields (a label, a colon, a value)")
                             .arg(Explanation::quote(headingName(*top[start]))));
            }
            continue;
        }
        if (titleSection && counted.headings == 0) {
            // The first topic of a title's section: the lists before it were its preamble.
            items.clear();
            counted.lists = 0;
            counted.tables = 0;
            counted.preambleEnd = start;
        }
        counted.allTopics = counted.allTopics && agendashapes::looksLikeTopic(top[start]->text);
        items.append(itemFromHeading(top, start, i, &counted.notes));
        ++counted.headings;
    }
    if (shape) {
        *shape = counted;
    }
    return items;
}

// Which items' sub-entries became their description, for the explanation.
void explainDescriptions(const QList<AgendaItem> &items, Explanation &why)
{
    QStringList described;
    for (const AgendaItem &item : items) {
        if (!item.description.isEmpty()) {
            described << Explanation::quote(item.title);
        }
    }
    if (described.isEmpty()) {
        return;
    }
    constexpr qsizetype named = 5;
    const qsizetype more = described.size() - named;
    if (more > 0) {
        described.resize(named);
        described << AgendaImporter::tr("and %n more", nullptr, int(more));
    }
    why.add(QStringLiteral("description"),
            AgendaImporter::tr("the sub-entries of %1 carry no duration and no speaker, so they are what the item is "
                               "about, not timed parts")
                .arg(described.join(QStringLiteral(", "))));
}

// Which columns the agenda tables were read by: the first table's, and how many more there were.
void explainTables(const ItemNotes &notes, Explanation &why)
{
    if (notes.tables == 0) {
        return;
    }
    const agendatables::Columns &c = notes.columns;
    QStringList columns {AgendaImporter::tr("topic column %1").arg(Explanation::quote(c.topicHeader))};
    if (c.duration >= 0) {
        columns << AgendaImporter::tr("duration column %1").arg(Explanation::quote(c.durationHeader));
    }
    if (c.presenter >= 0) {
        columns << AgendaImporter::tr("presenter column %1").arg(Explanation::quote(c.presenterHeader));
    }
    QString line = AgendaImporter::tr("the table under %1: %2")
                       .arg(Explanation::quote(notes.tableHeading), columns.join(QStringLiteral(", ")));
    if (notes.tables > 1) {
        line += QStringLiteral("; ") + AgendaImporter::tr("and %n more table(s)", nullptr, notes.tables - 1);
    }
    why.add(QStringLiteral("items"), line);
}

// One line per item rule, with a count and a few examples.
void explainItemNotes(const ItemNotes &notes, Explanation &why)
{
    if (notes.trailing > 0) {
        QString line = notes.trailingExamples.join(QStringLiteral("; "));
        if (notes.trailing > notes.trailingExamples.size()) {
            line += QStringLiteral("; ")
                + AgendaImporter::tr("and %n more", nullptr, int(notes.trailing - notes.trailingExamples.size()));
        }
        why.add(QStringLiteral("speakers"),
                AgendaImporter::tr("%n item(s) end with their presenter's name, which is not kept in the title: %1",
                                   nullptr, notes.trailing)
                    .arg(line));
    }
    if (notes.labelled > 0) {
        why.add(QStringLiteral("speakers"),
                AgendaImporter::tr("%n item(s) have presenter or duration lines under them (%1): read as the item's "
                                   "speakers and minutes, not as its parts",
                                   nullptr, notes.labelled)
                    .arg(notes.labelExamples.join(QStringLiteral(", "))));
    }
}

void appendEntries(const Block &list, QList<AgendaItem> &items, ItemNotes *notes)
{
    for (const auto &entry : list.children) {
        items.append(itemFromEntry(*entry, notes));
    }
}

} // namespace gavel::agendaitems
