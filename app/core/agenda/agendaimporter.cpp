#include "agenda/agendaimporter.h"

#include "agenda/agendametadata.h"
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
void finishItem(AgendaItem &item, const InlineSpan &own, const InlineSpan &titleLine, const presenters::Told &told,
                ItemNotes *notes)
{
    const QString flat = singleLine(own.text);
    item.minutes = told.minutes ? told.minutes : durations::total(flat);
    item.speakers = presenters::merged(people::handles(own), told.speakers);
    InlineSpan titleSpan = titleLine;
    if (item.speakers.isEmpty()) {
        // A presenter written at the end of the title ("Topic - Jane Doe", "Topic (Andreas)") is
        // the item's speaker, and the title is the topic without it; @handles stay in their title.
        if (const auto found = presenters::trailing(titleLine)) {
            item.speakers = found->speakers;
            titleSpan = titleLine.mid(0, found->cut);
            if (notes) {
                ++notes->trailing;
                addExample(notes->trailingExamples,
                           AgendaImporter::tr("%1 from the end of %2")
                               .arg(Explanation::quote(found->speakers.join(QStringLiteral(", "))),
                                    Explanation::quote(singleLine(titleLine.text))));
            }
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

// The end of the section under the heading at `index`: the next heading of its level or higher,
// or the first heading inside it that names a section that is no agenda (a rota, notes, links).
qsizetype sectionEnd(const QList<const Block *> &top, qsizetype index)
{
    const int level = top[index]->headingLevel;
    qsizetype end = index + 1;
    while (end < top.size()
           && !(top[end]->type == Type::Heading
                && (top[end]->headingLevel <= level || titles::namesOtherSection(top[end]->text)))) {
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
};

// The items of the section [begin, end): every list and agenda table before its first sub-heading,
// joined, then the sub-headings of its highest level, each an item.
QList<AgendaItem> sectionItems(const QList<const Block *> &top, qsizetype begin, qsizetype end,
                               SectionShape *shape = nullptr)
{
    SectionShape counted;
    QList<AgendaItem> items;
    qsizetype i = begin;
    for (; i < end && top[i]->type != Type::Heading; ++i) {
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
    int subLevel = 7;
    for (qsizetype j = i; j < end; ++j) {
        if (top[j]->type == Type::Heading) {
            subLevel = qMin(subLevel, top[j]->headingLevel);
        }
    }
    while (i < end && !(top[i]->type == Type::Heading && top[i]->headingLevel == subLevel)) {
        ++i;
    }
    while (i < end) {
        const qsizetype start = i;
        for (++i; i < end && !(top[i]->type == Type::Heading && top[i]->headingLevel <= subLevel); ++i) { }
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
    // "Consent to agenda", "Future Agenda Items") and holds items, else the first such heading that
    // holds items; the title's heading when no other names the agenda. A heading that names the
    // agenda but holds nothing is passed over.
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
    if (titleIndex >= 0) {
        QList<qsizetype> candidates;
        for (qsizetype i = titleIndex + 1; i < top.size(); ++i) {
            if (isAgendaHeading(*top[i])) {
                candidates.append(i);
            }
        }
        if (candidates.isEmpty() && isAgendaHeading(*top[titleIndex])) {
            candidates.append(titleIndex); // the only heading that names the agenda is the title
        }
        for (int pass = 0; pass < 2 && sectionIndex < 0; ++pass) {
            for (const qsizetype i : std::as_const(candidates)) {
                if (pass == 1 && !titles::namesOtherSection(top[i]->text)) {
                    continue; // tried in the first pass
                }
                if (pass == 0 && titles::namesOtherSection(top[i]->text)) {
                    why.add(QStringLiteral("items"),
                            tr("%1 passed over: it names a section that is no agenda")
                                .arg(Explanation::quote(headingName(*top[i]))));
                    continue;
                }
                if (firstNamed < 0) {
                    firstNamed = i;
                }
                const qsizetype end = sectionEnd(top, i);
                SectionShape shape;
                QList<AgendaItem> items = sectionItems(top, i + 1, end, &shape);
                if (items.isEmpty()) {
                    why.add(QStringLiteral("items"),
                            tr("%1 passed over: no list and no sub-heading under it")
                                .arg(Explanation::quote(headingName(*top[i]))));
                    continue;
                }
                sectionIndex = i;
                meeting.items = items;
                const QString heading = Explanation::quote(headingName(*top[i]));
                const QString lists
                    = shape.lists == 1 ? tr("its list") : tr("%n list(s), joined", nullptr, shape.lists);
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
                break;
            }
        }
    }

    qsizetype metadataEnd = 0;
    if (sectionIndex >= 0) {
        metadataEnd = sectionIndex;
    } else if (firstNamed >= 0) {
        result.error = tr("%1: the agenda section “%2” has no list of items and no sub-headings")
                           .arg(sourceName, singleLine(top[firstNamed]->text));
        return result;
    } else {
        // No agenda heading: the last top-level list is the agenda, what precedes it the metadata.
        qsizetype listIndex = -1;
        for (qsizetype i = top.size() - 1; i >= 0 && listIndex < 0; --i) {
            if (top[i]->isList()) {
                listIndex = i;
            }
        }
        if (listIndex < 0) {
            result.error
                = tr("%1: no agenda found: no heading with “议程” or “Agenda” and no list of items").arg(sourceName);
            return result;
        }
        ItemNotes notes;
        for (const auto &entry : top[listIndex]->children) {
            meeting.items.append(itemFromEntry(*entry, &notes));
        }
        metadataEnd = listIndex;
        why.add(QStringLiteral("items"),
                tr("no heading names the agenda: the document's last list, from %1")
                    .arg(Explanation::quote(meeting.items.value(0).title)));
        explainItemNotes(notes, why);
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
