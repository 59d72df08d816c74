#include "agenda/agendaimporter.h"

#include "agenda/agendametadata.h"
#include "agenda/agendatext.h"
#include "agenda/durations.h"
#include "agenda/markdowndocument.h"
#include "agenda/people.h"
#include "agenda/titles.h"
#include "storage/readfile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace gavel {

using titles::singleLine;
using titles::withoutNumbering;

namespace {

using Block = MarkdownBlock;
using Type = MarkdownBlock::Type;

// ---- items ----

void finishItem(AgendaItem &item, const InlineSpan &own, QString title)
{
    const QString flat = singleLine(own.text);
    item.minutes = durations::total(flat);
    item.speakers = people::handles(own);
    title = durations::withoutDurationGroups(singleLine(title));
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

AgendaItem itemFromEntry(const Block &entry)
{
    AgendaItem item;
    QStringList freeText;
    const InlineSpan own = InlineSpan::ofEntry(entry, &freeText);
    // The first line is the title; further lines of the same paragraph are free text.
    const QList<InlineSpan> lines = own.lines();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines[i].text.trimmed().isEmpty()) {
            freeText.prepend(lines[i].text.trimmed());
        }
    }
    for (const auto &child : entry.children) {
        if (child->isList()) {
            for (const auto &grandChild : child->children) {
                item.children.append(itemFromEntry(*grandChild));
            }
        }
    }
    item.text = freeText.join(QStringLiteral("\n\n"));
    finishItem(item, own, lines.isEmpty() ? QString() : lines.first().text);
    return item;
}

// A heading item owns the blocks up to the next heading of its level or higher; its
// direct lists give children, deeper headings too.
AgendaItem itemFromHeading(const QList<const Block *> &blocks, qsizetype headingIndex, qsizetype end)
{
    const Block &heading = *blocks[headingIndex];
    AgendaItem item;
    QStringList freeText;
    qsizetype i = headingIndex + 1;
    for (; i < end && blocks[i]->type != Type::Heading; ++i) {
        const Block &b = *blocks[i];
        if (b.isList()) {
            for (const auto &entry : b.children) {
                item.children.append(itemFromEntry(*entry));
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
        item.children.append(itemFromHeading(blocks, sub, i));
    }
    item.text = freeText.join(QStringLiteral("\n\n"));
    InlineSpan own = InlineSpan::of(heading);
    finishItem(item, own, withoutNumbering(own.text));
    return item;
}

bool isAgendaHeading(const Block &b)
{
    return b.type == Type::Heading && titles::namesAgenda(b.text);
}

} // namespace

ImportResult AgendaImporter::importFile(const QString &path)
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
    return importBytes(bytes, path);
}

ImportResult AgendaImporter::importBytes(const QByteArray &bytes, const QString &sourceName)
{
    QString text;
    QString reason;
    if (!agendatext::decode(bytes, &text, &reason)) {
        ImportResult result;
        result.error = sourceName + QStringLiteral(": ") + reason;
        return result;
    }
    return importMarkdown(text, sourceName);
}

ImportResult AgendaImporter::importMarkdown(const QString &markdown, const QString &sourceName)
{
    ImportResult result;
    Meeting &meeting = result.meeting;
    const MarkdownDocument document(markdown);

    QList<const Block *> top;
    for (const auto &child : document.root().children) {
        top.append(child.get());
    }

    // Title: the first heading. The agenda section: the first other heading that names the agenda.
    qsizetype titleIndex = -1;
    qsizetype sectionIndex = -1;
    for (qsizetype i = 0; i < top.size(); ++i) {
        if (top[i]->type != Type::Heading) {
            continue;
        }
        if (titleIndex < 0) {
            titleIndex = i;
            meeting.title = singleLine(top[i]->text);
        } else if (isAgendaHeading(*top[i])) {
            sectionIndex = i;
            break;
        }
    }
    if (sectionIndex < 0 && titleIndex >= 0 && isAgendaHeading(*top[titleIndex])) {
        sectionIndex = titleIndex; // the only heading is the agenda's
    }

    qsizetype metadataEnd = 0;
    if (sectionIndex >= 0) {
        const Block &section = *top[sectionIndex];
        qsizetype end = sectionIndex + 1;
        while (end < top.size()
               && !(top[end]->type == Type::Heading && top[end]->headingLevel <= section.headingLevel)) {
            ++end;
        }
        for (qsizetype i = sectionIndex + 1; i < end && top[i]->type != Type::Heading; ++i) {
            if (top[i]->isList()) {
                for (const auto &entry : top[i]->children) {
                    meeting.items.append(itemFromEntry(*entry));
                }
            }
        }
        if (meeting.items.isEmpty()) {
            int subLevel = 7;
            for (qsizetype i = sectionIndex + 1; i < end; ++i) {
                if (top[i]->type == Type::Heading) {
                    subLevel = qMin(subLevel, top[i]->headingLevel);
                }
            }
            qsizetype i = sectionIndex + 1;
            while (i < end && !(top[i]->type == Type::Heading && top[i]->headingLevel == subLevel)) {
                ++i;
            }
            while (i < end) {
                const qsizetype start = i;
                for (++i; i < end && !(top[i]->type == Type::Heading && top[i]->headingLevel <= subLevel); ++i) { }
                meeting.items.append(itemFromHeading(top, start, i));
            }
        }
        if (meeting.items.isEmpty()) {
            result.error = tr("%1: the agenda section “%2” has no list of items and no sub-headings")
                               .arg(sourceName, singleLine(section.text));
            return result;
        }
        metadataEnd = sectionIndex;
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
        for (const auto &entry : top[listIndex]->children) {
            meeting.items.append(itemFromEntry(*entry));
        }
        metadataEnd = listIndex;
    }

    agendametadata::read(top, metadataEnd, meeting);
    agendametadata::readPeople(top, metadataEnd, meeting);
    agendametadata::readFrontMatter(document, meeting);
    return result;
}

} // namespace gavel
