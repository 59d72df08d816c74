#include "agenda/agendashapes.h"

#include "agenda/durations.h"
#include "agenda/people.h"
#include "agenda/titles.h"

#include <QRegularExpression>

namespace gavel::agendashapes {

namespace {

// An item's title is a phrase; past this many characters an entry is a paragraph of prose.
constexpr qsizetype longestTitle = 100;

QString entryLine(const MarkdownBlock &entry)
{
    const QList<InlineSpan> lines = InlineSpan::ofEntry(entry).lines();
    return lines.isEmpty() ? QString() : lines.first().text.trimmed();
}

// Whether the text is nothing but its links (and the punctuation between them).
bool onlyLinks(const InlineSpan &span)
{
    if (span.links.isEmpty()) {
        static const QRegularExpression bareUrl(QStringLiteral("^\\s*https?://\\S+\\s*$"));
        return bareUrl.match(span.text).hasMatch();
    }
    QString rest = span.text;
    for (qsizetype i = span.links.size() - 1; i >= 0; --i) {
        const MarkdownLink &link = span.links[i];
        rest.remove(link.start, link.end - link.start);
    }
    static const QRegularExpression filler(QStringLiteral("[\\s\\p{P}\\p{S}]"));
    return rest.remove(filler).isEmpty();
}

} // namespace

bool isAgendaLabel(const MarkdownBlock &paragraph)
{
    if (paragraph.type != MarkdownBlock::Type::Paragraph) {
        return false;
    }
    // A label is a few words at most: "Agenda", "Meeting agenda", "会议议程", with its colon.
    static const QRegularExpression label(QStringLiteral("^\\s*([^:：\\n]{1,30}?)\\s*[:：]?\\s*$"));
    const QRegularExpressionMatch m = label.match(paragraph.text);
    return m.hasMatch() && titles::namesAgenda(m.captured(1)) && !titles::namesOtherSection(m.captured(1))
        && m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= 3;
}

bool isFieldLine(const QString &line)
{
    static const QRegularExpression field(QStringLiteral("^\\s*[^:：\\s][^:：]{0,39}[:：]\\s*\\S"));
    static const QRegularExpression url(QStringLiteral("^\\s*https?:"));
    return field.match(line).hasMatch() && !url.match(line).hasMatch();
}

bool isItemParagraph(const MarkdownBlock &paragraph)
{
    const QString text = paragraph.text.trimmed();
    return paragraph.type == MarkdownBlock::Type::Paragraph && !text.isEmpty() && !text.contains(QLatin1Char('\n'))
        && text.size() <= longestTitle && !isFieldLine(text);
}

int timedEntries(const MarkdownBlock &list)
{
    int timed = 0;
    for (const auto &entry : list.children) {
        if (durations::total(titles::singleLine(InlineSpan::ofEntry(*entry).text))) {
            ++timed;
        }
    }
    return timed;
}

bool isFields(const MarkdownBlock &list)
{
    for (const auto &entry : list.children) {
        if (!isFieldLine(entryLine(*entry))) {
            return false;
        }
    }
    return !list.children.empty();
}

bool isLinks(const MarkdownBlock &list)
{
    for (const auto &entry : list.children) {
        if (!onlyLinks(InlineSpan::ofEntry(*entry))) {
            return false;
        }
    }
    return !list.children.empty();
}

bool isContents(const MarkdownBlock &list)
{
    for (const auto &entry : list.children) {
        const InlineSpan own = InlineSpan::ofEntry(*entry);
        if (!onlyLinks(own) || own.links.isEmpty()) {
            return false;
        }
        for (const MarkdownLink &link : own.links) {
            if (!link.href.startsWith(QLatin1Char('#'))) {
                return false;
            }
        }
    }
    return !list.children.empty();
}

bool isProse(const MarkdownBlock &list)
{
    static const QRegularExpression sentence(QStringLiteral("[.!?。！？]\\s*$"));
    qsizetype prose = 0;
    for (const auto &entry : list.children) {
        const QString line = titles::singleLine(InlineSpan::ofEntry(*entry).text);
        if (line.size() > longestTitle || sentence.match(line).hasMatch()) {
            ++prose;
        }
    }
    return prose * 2 > qsizetype(list.children.size());
}

bool looksLikeTopic(const QString &heading)
{
    static const QRegularExpression sentence(QStringLiteral("[.!?。！？]\\s*$"));
    const QString text = titles::singleLine(heading);
    return !text.isEmpty() && text.size() <= longestTitle && !sentence.match(text).hasMatch();
}

} // namespace gavel::agendashapes
