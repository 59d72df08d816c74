#include "agenda/agendaimporter.h"

#include "agenda/agendaitems.h"
#include "agenda/agendametadata.h"
#include "agenda/agendashapes.h"
#include "agenda/agendatext.h"
#include "agenda/datedmeetings.h"
#include "agenda/markdowndocument.h"
#include "agenda/presenters.h"
#include "agenda/titles.h"
#include "storage/readfile.h"

namespace gavel {

using namespace agendaitems;
using titles::singleLine;

namespace {

using Block = MarkdownBlock;
using Type = MarkdownBlock::Type;

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

} // namespace gavel
