#include "agenda/agendaimporter.h"

#include "agenda/agendametadata.h"
#include "agenda/agendashapes.h"
#include "agenda/agendatables.h"
#include "agenda/agendatext.h"
#include "agenda/datedmeetings.h"
#include "agenda/durations.h"
#include "agenda/markdowndocument.h"
#include "agenda/people.h"
#include "agenda/presenters.h"
#include "agenda/titles.h"
#include "storage/readfile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace gavel {

using titles::singleLine;
using titles::withoutNumbering;

namespace {

using Block = MarkdownBlock;
using Type = MarkdownBlock::Type;

// ---- items ----

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

void addExample(QStringList &list, const QString &example)
{
    if (list.size() < ItemNotes::examples && !list.contains(example)) {
        list.append(example);
    }
}

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

void finishItem(AgendaItem &item, const InlineSpan &own, const InlineSpan &titleLine, const presenters::Told &told,
                ItemNotes *notes)
{
    const QString flat = singleLine(own.text);
    item.minutes = told.minutes ? told.minutes : durations::total(flat);
    item.speakers = presenters::merged(presenters::speakerHandles(own), told.speakers);
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
            titleSpan = titleLine.mid(0, found->cut);
            noteTrailing(found->speakers, titleLine.text);
        } else if (const auto after = trailingAfterReference(own)) {
            // The reference line stays the item's text; the title is whole.
            item.speakers = after->speakers;
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

bool carriesTimeOrSpeaker(const QList<AgendaItem> &items)
{
    for (const AgendaItem &item : items) {
        if (item.minutes || !item.speakers.isEmpty() || carriesTimeOrSpeaker(item.children)) {
            return true;
        }
    }
    return false;
}

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

// Where the document's sections are its items, a section that is no agenda (attendance, roles,
// notes) is no item; a step the meeting takes on its agenda ("Consent to agenda") is one.
bool isNoItem(const Block &heading)
{
    return titles::namesOtherSection(heading.text) && !titles::namesAgendaStep(heading.text);
}

// The end of the section under the heading at `index`: the next heading of its level or higher,
// or the first heading inside it that names a section that is no agenda (a rota, notes, links).
// The title's section runs to the next heading of the title's level: its parts that are no agenda
// are passed over one by one (sectionItems), since the topics may follow them.
qsizetype sectionEnd(const QList<const Block *> &top, qsizetype index, bool titleSection = false)
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

// The items of the section [begin, end): every list and agenda table before its first sub-heading,
// joined, then the sub-headings of its highest level, each an item. In the title's section (the
// whole document is the agenda) the sub-headings are the items when there are any: a sub-heading
// that names a section that is no agenda (attendance, roles, notes) or whose section holds only
// fields (基本信息, "Meeting date: …") is passed over with its content, and what precedes the first
// item is the document's preamble (its metadata).
QList<AgendaItem> sectionItems(const QList<const Block *> &top, qsizetype begin, qsizetype end,
                               SectionShape *shape = nullptr, bool titleSection = false, Explanation *why = nullptr)
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

// ---- a file of several dated meetings ----

// One dated meeting's agenda: its items and the block where it starts (what precedes it in the
// meeting, its attendees, is read as metadata).
struct MeetingAgenda
{
    QList<AgendaItem> items;
    qsizetype start = -1;
    QString how; // for the explanation
    ItemNotes notes; // what its item rules found, for the explanation
};

QString firstLine(const Block &b)
{
    return b.text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

// "**Agenda: (please enter your topic below)**", "议程：": a paragraph that opens the agenda.
bool isAgendaLabel(const Block &b)
{
    static const QRegularExpression label(QStringLiteral("^[\\s\\p{P}\\p{S}]*(?:会议)?(?:议程|agenda(?![a-z]))"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QString line = firstLine(b);
    return b.type == Type::Paragraph && label.match(line).hasMatch() && !titles::namesOtherSection(line);
}

// A short paragraph that names what follows as no agenda ("Notes:", "Attendees:", "Action items").
bool isOtherLabel(const Block &b)
{
    constexpr qsizetype labelLength = 80;
    const QString line = firstLine(b);
    return b.type == Type::Paragraph && line.size() <= labelLength
        && (titles::namesOtherSection(line) || agendametadata::isRosterHeading(line));
}

// The agenda of the meeting under the dated heading: the section of an agenda heading inside it;
// else the lists after an agenda label, up to a heading or a label of something else ("SIG Node:"
// between them only groups them); else its lists, but the one a roster label introduces.
MeetingAgenda meetingAgenda(const QList<const Block *> &top, const datedmeetings::DatedSection &meeting)
{
    MeetingAgenda agenda;
    for (qsizetype i = meeting.heading + 1; i < meeting.end; ++i) {
        if (isAgendaHeading(*top[i]) && !titles::namesOtherSection(top[i]->text)) {
            SectionShape shape;
            agenda.items = sectionItems(top, i + 1, qMin(sectionEnd(top, i), meeting.end), &shape);
            agenda.notes = shape.notes;
            if (!agenda.items.isEmpty()) {
                agenda.start = i;
                agenda.how
                    = AgendaImporter::tr("the section under %1 in it").arg(Explanation::quote(headingName(*top[i])));
                return agenda;
            }
        }
    }
    for (qsizetype i = meeting.heading + 1; i < meeting.end; ++i) {
        if (!isAgendaLabel(*top[i])) {
            continue;
        }
        // Another agenda label ends it too: each block is looked at once, however many labels.
        qsizetype j = i + 1;
        for (; j < meeting.end && top[j]->type != Type::Heading && !isOtherLabel(*top[j]) && !isAgendaLabel(*top[j]);
             ++j) {
            if (top[j]->isList()) {
                for (const auto &entry : top[j]->children) {
                    agenda.items.append(itemFromEntry(*entry, &agenda.notes));
                }
            }
        }
        if (!agenda.items.isEmpty()) {
            agenda.start = i;
            agenda.how
                = AgendaImporter::tr("the lists after the label %1 in it").arg(Explanation::quote(firstLine(*top[i])));
            return agenda;
        }
        i = j - 1;
    }
    for (qsizetype i = meeting.heading + 1; i < meeting.end && top[i]->type != Type::Heading; ++i) {
        if (top[i]->isList() && !(i > meeting.heading + 1 && isOtherLabel(*top[i - 1]))) {
            for (const auto &entry : top[i]->children) {
                agenda.items.append(itemFromEntry(*entry, &agenda.notes));
            }
            if (agenda.start < 0) {
                agenda.start = i;
            }
        }
    }
    agenda.how = AgendaImporter::tr("its lists (no agenda heading or label in it)");
    return agenda;
}

// The meeting's time: its heading's date, with the heading's time of day, else a time of day the
// document's schedule states without a date of its own ("Time: Wednesdays 16:00 UTC"), else none.
void setMeetingDate(Meeting &meeting, const Block &heading, const QDate &date, Explanation &why)
{
    if (meeting.time.date == date) {
        return; // the heading or a line in the meeting gave it
    }
    const MeetingTime schedule = meeting.time;
    MeetingTime t;
    t.date = date;
    t.text = singleLine(heading.text);
    const QString quoted = Explanation::quote(headingName(heading));
    if (!schedule.date.isValid() && schedule.start.isValid()) {
        t.start = schedule.start;
        t.end = schedule.end;
        t.utcOffsetSeconds = schedule.utcOffsetSeconds;
        why.add(
            QStringLiteral("start"),
            AgendaImporter::tr("the date of the meeting's heading %1 with the time of day of the document's schedule "
                               "%2")
                .arg(quoted, Explanation::quote(schedule.text)));
    } else if (schedule.date.isValid()) {
        // "Wednesdays at 16:00 (biweekly, starting from Feb. 19th 2020)": another meeting's time.
        why.add(QStringLiteral("start"),
                AgendaImporter::tr("the date of the meeting's heading %1; the time line %2 names another date, so its "
                                   "time of day is not taken")
                    .arg(quoted, Explanation::quote(schedule.text)));
    } else {
        why.add(
            QStringLiteral("start"),
            AgendaImporter::tr("the date of the meeting's heading %1; no time of day is stated for it").arg(quoted));
    }
    meeting.time = t;
}

void appendEntries(const Block &list, QList<AgendaItem> &items, ItemNotes *notes)
{
    for (const auto &entry : list.children) {
        items.append(itemFromEntry(*entry, notes));
    }
}

// With no heading that names the agenda, the agenda is found by what the blocks hold, in this
// order: a label paragraph that names it ("Agenda:") and the lists or one-line paragraphs right
// after it; a list whose entries state durations (two at least: one is a meeting's length); the
// title's sub-headings, when each reads as a topic; the first list that is neither fields, links
// nor prose; the last list. Each step reads every top-level block at most once.
bool agendaByContent(const QList<const Block *> &top, qsizetype titleIndex, QList<AgendaItem> &items,
                     qsizetype &metadataEnd, Explanation &why)
{
    ItemNotes notes;
    const qsizetype from = qMax<qsizetype>(titleIndex + 1, 0);
    for (qsizetype i = from; i < top.size(); ++i) {
        if (!agendashapes::isAgendaLabel(*top[i])) {
            continue;
        }
        qsizetype j = i + 1;
        int lists = 0;
        // Lists right after the label, joined; a list of fields after them ("Note: …") is no item.
        for (; j < top.size() && top[j]->isList() && !(lists > 0 && agendashapes::isFields(*top[j])); ++j, ++lists) {
            appendEntries(*top[j], items, &notes);
        }
        if (lists == 0) {
            for (; j < top.size() && agendashapes::isItemParagraph(*top[j]); ++j) {
                AgendaItem item;
                const InlineSpan own = InlineSpan::of(*top[j]);
                finishItem(item, own, own, presenters::Told {}, &notes);
                items.append(item);
            }
        }
        if (items.isEmpty()) {
            continue;
        }
        metadataEnd = i;
        const QString label = Explanation::quote(top[i]->text);
        why.add(QStringLiteral("items"),
                lists > 0 ? AgendaImporter::tr(
                                "no heading names the agenda: the label %1 and the %n list(s) right after it, joined",
                                nullptr, lists)
                                .arg(label)
                          : AgendaImporter::tr(
                                "no heading names the agenda: the label %1 and the %n one-line paragraph(s) right "
                                "after it, one item each",
                                nullptr, int(items.size()))
                                .arg(label));
        if (j < top.size() && top[j]->type == Type::Paragraph && lists == 0) {
            why.add(QStringLiteral("items"),
                    AgendaImporter::tr("the agenda ends at %1, a field or a paragraph of prose")
                        .arg(Explanation::quote(top[j]->text)));
        }
        explainItemNotes(notes, why);
        return true;
    }

    qsizetype timedList = -1;
    int mostTimed = 1;
    qsizetype firstItemList = -1;
    qsizetype lastList = -1;
    for (qsizetype i = from; i < top.size(); ++i) {
        if (!top[i]->isList()) {
            continue;
        }
        if (!agendashapes::isFields(*top[i]) && !agendashapes::isContents(*top[i])) {
            lastList = i; // a last resort, but never the details or a table of contents
        }
        const int timed = agendashapes::timedEntries(*top[i]);
        if (timed > mostTimed) {
            mostTimed = timed;
            timedList = i;
        }
        if (firstItemList < 0 && !agendashapes::isFields(*top[i]) && !agendashapes::isLinks(*top[i])
            && !agendashapes::isProse(*top[i])) {
            firstItemList = i;
        }
    }
    if (timedList >= 0) {
        appendEntries(*top[timedList], items, &notes);
        metadataEnd = timedList;
        why.add(
            QStringLiteral("items"),
            AgendaImporter::tr("no heading names the agenda: the list from %1, %n of whose entries state a duration",
                               nullptr, mostTimed)
                .arg(Explanation::quote(items.value(0).title)));
        explainItemNotes(notes, why);
        return true;
    }

    if (titleIndex >= 0) {
        // The title's sub-headings: the headings of the highest level below the title's, up to the
        // next heading of the title's level, when each reads as a topic.
        const int titleLevel = top[titleIndex]->headingLevel;
        qsizetype end = titleIndex + 1;
        while (end < top.size() && !(top[end]->type == Type::Heading && top[end]->headingLevel <= titleLevel)) {
            ++end;
        }
        SectionShape shape;
        Explanation passedOver;
        QList<AgendaItem> headings = sectionItems(top, titleIndex + 1, end, &shape, true, &passedOver);
        if (shape.headings > 0 && shape.allTopics) {
            items = headings;
            metadataEnd = shape.preambleEnd;
            why.append(passedOver);
            why.add(QStringLiteral("items"),
                    AgendaImporter::tr(
                        "no heading names the agenda: the title's %n sub-heading(s), each short enough to be a topic",
                        nullptr, shape.headings));
            explainItemNotes(shape.notes, why);
            return true;
        }
    }

    const qsizetype list = firstItemList >= 0 ? firstItemList : lastList;
    if (list < 0) {
        return false;
    }
    appendEntries(*top[list], items, &notes);
    metadataEnd = list;
    why.add(QStringLiteral("items"),
            firstItemList >= 0
                ? AgendaImporter::tr("no heading names the agenda: the list from %1, the first whose entries read as "
                                     "items (neither fields, links nor prose)")
                      .arg(Explanation::quote(items.value(0).title))
                : AgendaImporter::tr("no heading names the agenda: the document's last list, from %1")
                      .arg(Explanation::quote(items.value(0).title)));
    explainItemNotes(notes, why);
    return true;
}

} // namespace

ImportResult AgendaImporter::importFile(const QString &path, const ImportOptions &options)
{
    ImportResult result;
    QByteArray bytes;
    const ReadFailure failure = readWholeFile(path, maxFileSize, &bytes, &result.error);
    if (failure == ReadFailure::TooLarge) {
        result.error += tr("; an agenda is a small text file");
    }
    if (failure != ReadFailure::None) {
        return result;
    }
    return importBytes(bytes, path, options);
}

ImportResult AgendaImporter::importBytes(const QByteArray &bytes, const QString &sourceName,
                                         const ImportOptions &options)
{
    QString text;
    QString reason;
    if (!agendatext::decode(bytes, &text, &reason)) {
        ImportResult result;
        result.error = sourceName + QStringLiteral(": ") + reason;
        return result;
    }
    return importMarkdown(text, sourceName, options);
}

ImportResult AgendaImporter::importMarkdown(const QString &markdown, const QString &sourceName,
                                            const ImportOptions &options)
{
    ImportResult result;
    Meeting &meeting = result.meeting;
    Explanation &why = result.explanation;
    const MarkdownDocument document(markdown);

    QList<const Block *> top;
    for (const auto &child : document.root().children) {
        top.append(child.get());
    }
    const QList<datedmeetings::DatedSection> dated = datedmeetings::find(top);
    if (!dated.isEmpty()) {
        return importDated(document, top, dated, sourceName, options);
    }

    // Title: the first heading. The agenda section is chosen by its content: the first heading
    // after the title that names the agenda, names no other section ("Agenda topic rules",
    // "Consent to agenda", "Future Agenda Items") and holds items; else the title's heading when it
    // names the agenda (the whole document is the agenda); else the first heading that names the
    // agenda and another section but holds items. A heading that names the agenda but holds nothing
    // is passed over. With no such heading, the agenda is found by content (agendaByContent).
    qsizetype titleIndex = -1;
    for (qsizetype i = 0; i < top.size() && titleIndex < 0; ++i) {
        if (top[i]->type == Type::Heading) {
            titleIndex = i;
            meeting.title = singleLine(top[i]->text);
            why.add(QStringLiteral("title"), tr("the first heading, %1").arg(Explanation::quote(headingName(*top[i]))));
        }
    }
    qsizetype sectionIndex = -1;
    qsizetype firstNamed = -1;
    qsizetype metadataEnd = 0;
    if (titleIndex >= 0) {
        QList<qsizetype> candidates;
        for (qsizetype i = titleIndex + 1; i < top.size(); ++i) {
            if (isAgendaHeading(*top[i])) {
                candidates.append(i);
            }
        }
        const auto trySection = [&](qsizetype i) {
            const bool titleSection = i == titleIndex;
            const qsizetype end = sectionEnd(top, i, titleSection);
            SectionShape shape;
            QList<AgendaItem> items = sectionItems(top, i + 1, end, &shape, titleSection, &why);
            if (items.isEmpty()) {
                why.add(QStringLiteral("items"),
                        tr("%1 passed over: no list and no sub-heading under it")
                            .arg(Explanation::quote(headingName(*top[i]))));
                return false;
            }
            sectionIndex = i;
            metadataEnd = shape.preambleEnd >= 0 ? shape.preambleEnd : i;
            meeting.items = items;
            const QString heading = Explanation::quote(headingName(*top[i]));
            const QString lists = shape.lists == 1 ? tr("its list") : tr("%n list(s), joined", nullptr, shape.lists);
            const int count = int(items.size());
            why.add(QStringLiteral("items"),
                    shape.headings == 0 && shape.lists == 0
                        ? tr("the section under %1: %n item(s), one per table row", nullptr, count).arg(heading)
                        : shape.headings == 0
                        ? tr("the section under %1: %n item(s) from %2", nullptr, count).arg(heading, lists)
                        : shape.lists == 0
                        ? tr("the section under %1: %n item(s), one per sub-heading", nullptr, count).arg(heading)
                        : tr("the section under %1: %n item(s) from %2, then one per sub-heading", nullptr, count)
                              .arg(heading, lists));
            if (shape.preambleEnd > i + 1) {
                why.add(QStringLiteral("items"),
                        tr("what precedes its first item, %1, is the document's preamble (its details), not items")
                            .arg(Explanation::quote(headingName(*top[shape.preambleEnd]))));
            }
            explainTables(shape.notes, why);
            explainItemNotes(shape.notes, why);
            if (end < top.size()) {
                why.add(QStringLiteral("items"),
                        top[end]->headingLevel <= top[i]->headingLevel
                            ? tr("the section ends at %1, a heading of its level or higher")
                                  .arg(Explanation::quote(headingName(*top[end])))
                            : tr("the section ends at %1: it names a section that is no agenda")
                                  .arg(Explanation::quote(headingName(*top[end]))));
            }
            return true;
        };
        for (const qsizetype i : std::as_const(candidates)) {
            if (titles::namesOtherSection(top[i]->text)) {
                why.add(QStringLiteral("items"),
                        tr("%1 passed over: it names a section that is no agenda")
                            .arg(Explanation::quote(headingName(*top[i]))));
                continue;
            }
            if (firstNamed < 0) {
                firstNamed = i;
            }
            if (trySection(i)) {
                break;
            }
        }
        if (sectionIndex < 0 && isAgendaHeading(*top[titleIndex])) {
            trySection(titleIndex);
        }
        for (qsizetype k = 0; k < candidates.size() && sectionIndex < 0; ++k) {
            if (titles::namesOtherSection(top[candidates[k]]->text)) {
                trySection(candidates[k]);
            }
        }
    }

    if (sectionIndex < 0 && firstNamed >= 0) {
        result.error = tr("%1: the agenda section “%2” has no list of items and no sub-headings")
                           .arg(sourceName, singleLine(top[firstNamed]->text));
        return result;
    }
    if (sectionIndex < 0 && !agendaByContent(top, titleIndex, meeting.items, metadataEnd, why)) {
        result.error
            = tr("%1: no agenda found: no heading with “议程” or “Agenda” and no list of items").arg(sourceName);
        return result;
    }

    foldUntimedChildren(meeting.items);
    explainDescriptions(meeting.items, why);
    agendametadata::read(top, metadataEnd, meeting, &why);
    agendametadata::readPeople(top, metadataEnd, meeting, &why);
    agendametadata::readFrontMatter(document, meeting, &why);
    if (options.meetingDate.isValid() && meeting.time.date != options.meetingDate) {
        result.error = meeting.time.date.isValid()
            ? tr("%1: no meeting on %2; the file holds one meeting, on %3")
                  .arg(sourceName, options.meetingDate.toString(Qt::ISODate), meeting.time.date.toString(Qt::ISODate))
            : tr("%1: no meeting on %2; the file holds one meeting and names no date")
                  .arg(sourceName, options.meetingDate.toString(Qt::ISODate));
    }
    return result;
}

ImportResult AgendaImporter::importDated(const MarkdownDocument &document, const QList<const MarkdownBlock *> &top,
                                         const QList<datedmeetings::DatedSection> &dated, const QString &sourceName,
                                         const ImportOptions &options)
{
    ImportResult result;
    Meeting &meeting = result.meeting;
    Explanation &why = result.explanation;

    // Every meeting's agenda is read (the chooser shows their sizes); the sections are disjoint,
    // so this stays one pass over the document.
    QList<MeetingAgenda> agendas;
    agendas.reserve(dated.size());
    for (const datedmeetings::DatedSection &section : dated) {
        agendas.append(meetingAgenda(top, section));
    }
    QList<qsizetype> newestFirst(dated.size());
    std::iota(newestFirst.begin(), newestFirst.end(), 0);
    std::stable_sort(newestFirst.begin(), newestFirst.end(),
                     [&](qsizetype a, qsizetype b) { return dated[a].date > dated[b].date; });
    QList<QDate> dates;
    for (const qsizetype i : std::as_const(newestFirst)) {
        result.meetings.append({dated[i].date, singleLine(top[dated[i].heading]->text), int(agendas[i].items.size())});
        dates.append(dated[i].date);
    }

    // The meeting asked for (the first with an agenda on that date), else the most recent with an agenda.
    qsizetype chosen = -1;
    for (const qsizetype i : std::as_const(newestFirst)) {
        const bool wanted = !options.meetingDate.isValid() || dated[i].date == options.meetingDate;
        if (wanted && chosen < 0) {
            chosen = i;
        }
        if (wanted && !agendas[i].items.isEmpty()) {
            chosen = i;
            break;
        }
    }
    const int count = int(dated.size());
    if (options.meetingDate.isValid() && chosen < 0) {
        result.error = tr("%1: no meeting on %2; the file has %3")
                           .arg(sourceName, options.meetingDate.toString(Qt::ISODate), datedmeetings::listDates(dates));
        return result;
    }
    if (agendas[chosen].items.isEmpty()) {
        result.error = options.meetingDate.isValid()
            ? tr("%1: the meeting on %2 has no agenda: no list under an agenda heading or label")
                  .arg(sourceName, options.meetingDate.toString(Qt::ISODate))
            : tr("%1: none of the %n dated meeting(s) in the file has an agenda", nullptr, count).arg(sourceName);
        return result;
    }
    const datedmeetings::DatedSection &section = dated[chosen];
    const MeetingAgenda &agenda = agendas[chosen];
    result.chosenMeeting = section.date;
    const QString heading = Explanation::quote(headingName(*top[section.heading]));
    why.add(QStringLiteral("meeting"),
            options.meetingDate.isValid()
                ? tr("%1, the meeting on the date asked for, of %n dated meeting(s)", nullptr, count).arg(heading)
                : tr("%1, the most recent of %n dated meeting(s) that has an agenda", nullptr, count).arg(heading));

    // The document's title and what precedes the first meeting (schedule, join link) are every
    // meeting's; the rest is read from the chosen meeting only.
    const qsizetype preambleEnd = dated.constFirst().heading;
    QList<const Block *> blocks = top.mid(0, preambleEnd);
    blocks.append(top.mid(section.heading, section.end - section.heading));
    for (const Block *block : std::as_const(blocks)) {
        if (block->type == Type::Heading) {
            meeting.title = singleLine(block->text);
            why.add(QStringLiteral("title"), tr("the first heading, %1").arg(Explanation::quote(headingName(*block))));
            break;
        }
    }
    meeting.items = agenda.items;
    why.add(QStringLiteral("items"),
            tr("%n item(s) of the meeting under %1: %2", nullptr, int(agenda.items.size())).arg(heading, agenda.how));
    const qsizetype metadataEnd = preambleEnd + (agenda.start - section.heading);
    explainTables(agenda.notes, why);
    explainItemNotes(agenda.notes, why);
    foldUntimedChildren(meeting.items);
    explainDescriptions(meeting.items, why);
    agendametadata::read(blocks, metadataEnd, meeting, &why);
    agendametadata::readPeople(blocks, metadataEnd, meeting, &why);
    agendametadata::readFrontMatter(document, meeting, &why);
    setMeetingDate(meeting, *top[section.heading], section.date, why);
    return result;
}

} // namespace gavel
