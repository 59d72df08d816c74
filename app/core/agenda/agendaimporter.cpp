#include "agenda/agendaimporter.h"

#include "agenda/durations.h"
#include "agenda/markdowndocument.h"
#include "agenda/meetingtimeparser.h"
#include "agenda/people.h"
#include "storage/readfile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QUrl>

namespace gavel {

namespace {

using Block = MarkdownBlock;
using Type = MarkdownBlock::Type;

// A line of metadata: one line of a block's text before the agenda section.
struct MetaLine
{
    const Block *block = nullptr;
    qsizetype offset = 0; // where the line starts in block->text
    InlineSpan span;
};

// A label ("本次会议主席", "Meeting Time") and where its value starts, if the line has one.
struct Labelled
{
    QString label;
    qsizetype valueStart = 0;
};

Labelled splitLabel(const QString &line)
{
    static const QRegularExpression colon(QStringLiteral("[：:]"));
    const QRegularExpressionMatch m = colon.match(line);
    if (!m.hasMatch()) {
        return {line, line.size()};
    }
    return {line.left(m.capturedStart(0)), m.capturedEnd(0)};
}

bool matches(const QRegularExpression &re, const QString &s)
{
    return re.match(s).hasMatch();
}

QString singleLine(const QString &s)
{
    return QString(s).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
}

void collectText(const Block &block, QList<const Block *> &out)
{
    if (block.type == Type::Code || block.type == Type::Html) {
        return;
    }
    if (!block.text.trimmed().isEmpty()) {
        out.append(&block);
    }
    for (const auto &child : block.children) {
        collectText(*child, out);
    }
}

// ---- items ----

InlineSpan ownSpan(const Block &entry, QStringList *freeText)
{
    InlineSpan own = InlineSpan::of(entry);
    bool haveOwn = !own.text.trimmed().isEmpty();
    for (const auto &child : entry.children) {
        if (child->isList() || child->text.trimmed().isEmpty()) {
            continue;
        }
        if (!haveOwn && child->type == Type::Paragraph) {
            own = InlineSpan::of(*child);
            haveOwn = true;
        } else if (freeText) {
            freeText->append(child->text.trimmed());
        }
    }
    return own;
}

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
    const InlineSpan own = ownSpan(entry, &freeText);
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

QString withoutNumbering(const QString &title)
{
    static const QRegularExpression numbering(QStringLiteral(
        "^\\s*(?:\\d{1,3}(?:\\.\\d+)*[.、)）:：]|\\d{1,2}\\s|[(（]\\d{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．:：]"
        "|第[一二三四五六七八九十\\d]{1,3}[项部个]?[、.．:：]?)\\s*"));
    return QString(title).remove(numbering);
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

// ---- metadata ----

struct MetadataReader
{
    Meeting &meeting;
    bool haveTime = false;
    bool haveChair = false;
    bool haveVice = false;
    bool haveId = false;
    bool havePassword = false;
    bool haveRoster = false;
    QString joinFallback;

    void read(const MetaLine &line)
    {
        const QString text = line.span.text;
        const Labelled l = splitLabel(text);
        const InlineSpan value = line.span.mid(l.valueStart);
        static const QRegularExpression timeLabel(QStringLiteral("时间|日期|\\btime\\b|\\bdate\\b|\\bwhen\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression viceLabel(QStringLiteral("副主席|副主持|vice[\\s-]*chair|co-?chair|co-?host"),
                                                  QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression chairLabel(QStringLiteral("主席|主持人|主持|\\bchair|\\bhost\\b"),
                                                   QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression passwordLabel(QStringLiteral("密码|password|passcode"),
                                                      QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression rosterLabel(
            QStringLiteral("参会|与会|member\\s*list|attendees|invitees|participants"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression notRoster(QStringLiteral("方式|链接|地址|方法|须知|\\blink\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);

        readJoinUrl(line);
        readMeetingId(line);

        if (matches(passwordLabel, l.label)) {
            if (!havePassword) {
                havePassword = true;
                meeting.join.password = password(value.text);
            }
        } else if (matches(timeLabel, l.label)) {
            if (!haveTime) {
                const MeetingTime t = parseMeetingTime(value.text);
                if (t.date.isValid() || t.start.isValid()) {
                    meeting.time = t;
                    haveTime = true;
                }
            }
        } else if (matches(viceLabel, l.label)) {
            if (!haveVice) {
                haveVice = true;
                meeting.viceChair = people::single(value);
            }
        } else if (matches(chairLabel, l.label)) {
            if (!haveChair) {
                haveChair = true;
                meeting.chair = people::single(value);
            }
        } else if (!haveRoster && matches(rosterLabel, l.label) && !matches(notRoster, l.label)) {
            readRoster(line, l.valueStart);
        }
    }

    static QString password(const QString &value)
    {
        // Only something that can be typed as a password counts; 无, **** and notes are no password.
        static const QRegularExpression token(QStringLiteral("^\\s*([!-~]+)"));
        const QString trimmed = value.trimmed();
        if (trimmed.startsWith(QLatin1Char('*')) || trimmed.startsWith(QChar(0xFF0A))) {
            return {};
        }
        const QRegularExpressionMatch m = token.match(trimmed);
        if (!m.hasMatch()) {
            return {};
        }
        QString p = m.captured(1);
        static const QRegularExpression none(QStringLiteral("^(none|n/?a|no|-+)$"),
                                             QRegularExpression::CaseInsensitiveOption);
        if (matches(none, p) || p.contains(QLatin1Char('('))) {
            return {};
        }
        return p;
    }

    void readMeetingId(const MetaLine &line)
    {
        if (haveId) {
            return;
        }
        static const QRegularExpression label(
            QStringLiteral("腾讯会议|会议号|会议\\s*ID|meeting\\s*(?:id|number)|zoom|voov|webex"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression id(QStringLiteral("(?<![\\w/.])(\\d{3,}(?:[- ]\\d{2,})*)(?![\\w/.])"));
        QString text = line.span.text;
        for (const MarkdownLink &link : line.span.links) {
            text.replace(link.start, link.end - link.start, QString(link.end - link.start, QLatin1Char(' ')));
        }
        const QRegularExpressionMatch l = label.match(text);
        if (!l.hasMatch()) {
            return;
        }
        const QRegularExpressionMatch m = id.match(text, l.capturedEnd(0));
        if (m.hasMatch()) {
            meeting.join.meetingId = m.captured(1);
            haveId = true;
        }
    }

    void readJoinUrl(const MetaLine &line)
    {
        if (!meeting.join.url.isEmpty()) {
            return;
        }
        static const QRegularExpression meetingHost(QStringLiteral(
            "(^|\\.)(meeting\\.tencent\\.com|voovmeeting\\.com|zoom\\.us|zoom\\.com\\.cn|meet\\.google\\.com|"
            "teams\\.microsoft\\.com|teams\\.live\\.com|webex\\.com|meet\\.jit\\.si|whereby\\.com|"
            "feishu\\.cn|larksuite\\.com|dingtalk\\.com)$"));
        static const QRegularExpression joinWords(QStringLiteral("入会|会议链接|接入|参会链接|join|meeting link"),
                                                  QRegularExpression::CaseInsensitiveOption);
        for (const MarkdownLink &link : line.span.links) {
            const QUrl url(link.href);
            if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) {
                continue;
            }
            if (matches(meetingHost, url.host().toLower())) {
                meeting.join.url = link.href;
                return;
            }
            if (joinFallback.isEmpty() && !url.host().toLower().endsWith(QLatin1String("github.com"))
                && matches(joinWords, line.span.text)) {
                joinFallback = link.href;
            }
        }
    }

    void readRoster(const MetaLine &line, qsizetype valueStart)
    {
        QList<Person> found = people::everyone(InlineSpan::of(*line.block).mid(line.offset + valueStart));
        // In a loose list the label sits in a paragraph inside the list entry.
        const Block *owner = line.block;
        if (owner->type == Type::Paragraph && owner->parent && owner->parent->type == Type::ListItem) {
            owner = owner->parent;
        }
        const Block &block = *owner;
        if (found.isEmpty() && block.type == Type::ListItem) {
            for (const auto &child : block.children) {
                if (child->isList()) {
                    found += fromList(*child);
                }
            }
        }
        if (found.isEmpty()) {
            if (const Block *next = block.nextOutside()) {
                if (next->type == Type::Table) {
                    found = fromTable(*next);
                } else if (next->isList()) {
                    found = fromList(*next);
                } else if (next->type == Type::Paragraph) {
                    found = people::everyone(InlineSpan::of(*next));
                }
            }
        }
        if (found.isEmpty()) {
            return; // a label without names: keep looking for the real list
        }
        haveRoster = true;
        QSet<QString> seen;
        for (const Person &p : std::as_const(found)) {
            const QString key = p.github.isEmpty() ? QStringLiteral("name:") + p.name : p.github.toLower();
            if (!seen.contains(key)) {
                seen.insert(key);
                meeting.roster.append(p);
            }
        }
    }

    static QList<Person> fromList(const Block &list)
    {
        QList<Person> out;
        for (const auto &entry : list.children) {
            const InlineSpan own = ownSpan(*entry, nullptr);
            if (people::findRefs(own).size() > 1) {
                out += people::everyone(own);
            } else if (const auto person = people::single(own)) {
                out.append(*person);
            }
        }
        return out;
    }

    static QList<Person> fromTable(const Block &table)
    {
        QList<Person> out;
        QList<const Block *> cells;
        collectText(table, cells);
        for (const Block *cell : std::as_const(cells)) {
            out += people::everyone(InlineSpan::of(*cell));
        }
        return out;
    }
};

bool isAgendaHeading(const Block &b)
{
    static const QRegularExpression agenda(QStringLiteral("议程|agenda"), QRegularExpression::CaseInsensitiveOption);
    return b.type == Type::Heading && matches(agenda, b.text);
}

// The bytes as text: UTF-8 (with or without a byte-order mark), or UTF-16 / UTF-32 when a
// byte-order mark says so. Line ends become \n whatever they were (CRLF, CR). On failure
// returns false and says why in *reason.
bool decodeText(const QByteArray &bytes, QString *text, QString *reason)
{
    if (bytes.isEmpty()) {
        *reason = AgendaImporter::tr("the file is empty");
        return false;
    }
    if (bytes.size() > AgendaImporter::maxFileSize) {
        *reason = AgendaImporter::tr("the file is larger than 5 MB (%1 bytes); an agenda is a small text file")
                      .arg(bytes.size());
        return false;
    }
    const std::optional<QStringConverter::Encoding> bom = QStringConverter::encodingForData(bytes);
    if (bom && *bom != QStringConverter::Utf8) {
        // UTF-16 and UTF-32 are recognised by their byte-order mark only.
        QStringDecoder decoder(*bom);
        QString decoded = decoder.decode(bytes);
        if (decoder.hasError()) {
            *reason = AgendaImporter::tr("not valid %1 text; save the agenda as UTF-8")
                          .arg(QString::fromLatin1(QStringConverter::nameForEncoding(*bom)));
            return false;
        }
        *text = decoded;
    } else {
        const QByteArray utf8 = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
        if (utf8.contains('\0')) {
            // Every other byte NUL: UTF-16 saved without the mark that says so.
            const bool looksUtf16
                = utf8.size() >= 4 && (utf8.at(1) == '\0' || utf8.at(0) == '\0') && utf8.count('\0') * 3 >= utf8.size();
            *reason = looksUtf16 ? AgendaImporter::tr("UTF-16 text without a byte-order mark; save the agenda as UTF-8")
                                 : AgendaImporter::tr("binary data (it contains NUL bytes), not a Markdown text file");
            return false;
        }
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString decoded = decoder.decode(utf8);
        if (decoder.hasError()) {
            int lineNumber = 1;
            for (const QByteArray &line : utf8.split('\n')) {
                QStringDecoder lineDecoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
                const QString decodedLine = lineDecoder.decode(line);
                if (lineDecoder.hasError()) {
                    break;
                }
                ++lineNumber;
            }
            *reason = AgendaImporter::tr("not valid UTF-8 text (line %1); save the agenda as UTF-8").arg(lineNumber);
            return false;
        }
        *text = decoded;
    }
    if (text->startsWith(QChar(0xFEFF))) {
        text->remove(0, 1);
    }
    text->replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text->replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return true;
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
    if (!decodeText(bytes, &text, &reason)) {
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

    MetadataReader reader {meeting, false, false, false, false, false, false, {}};
    for (qsizetype i = 0; i < metadataEnd; ++i) {
        QList<const Block *> blocks;
        collectText(*top[i], blocks);
        for (const Block *block : std::as_const(blocks)) {
            qsizetype offset = 0;
            for (const InlineSpan &line : InlineSpan::of(*block).lines()) {
                reader.read({block, offset, line});
                offset += line.text.size() + 1;
            }
        }
    }
    if (meeting.join.url.isEmpty()) {
        meeting.join.url = reader.joinFallback;
    }
    return result;
}

} // namespace gavel
