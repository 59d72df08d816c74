#include "agenda/agendametadata.h"

#include "agenda/durations.h"
#include "agenda/meetingtimeparser.h"
#include "agenda/people.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace gavel::agendametadata {

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

// The explanation's words, translated with the importer's.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gavel::AgendaImporter)
};

QString quote(const QString &text)
{
    return Explanation::quote(text);
}

bool matches(const QRegularExpression &re, const QString &s)
{
    return re.match(s).hasMatch();
}

void codeBlocks(const Block &block, QList<const Block *> &out)
{
    if (block.type == Type::Code) {
        out.append(&block);
    }
    for (const auto &child : block.children) {
        codeBlocks(*child, out);
    }
}

struct MetadataReader
{
    explicit MetadataReader(Meeting &m)
        : meeting(m)
    { }

    Meeting &meeting;
    Explanation *why = nullptr;
    bool haveTime = false;
    bool haveChair = false;
    bool haveVice = false;
    bool haveId = false;
    bool havePassword = false;
    bool haveRoster = false;
    QString joinFallback;
    QString joinFallbackLine;
    std::optional<int> length; // "Meeting Duration: 1 hour"
    QString lengthLine;
    std::optional<MeetingTime> headingTime; // "# Thursday, June 26th, 2025 at 9:00am PST"
    // After the metadata: only a line whose whole label is a chair or roster word counts, so a
    // word inside an item's title ("Chair election") or its notes names no one.
    bool strict = false;
    // A code block's lines: only the way to join ("Meeting link: <https://…>" in a fence).
    bool codeOnly = false;

    void explain(const QString &field, const QString &how)
    {
        if (why) {
            why->add(field, how);
        }
    }

    void read(const MetaLine &line)
    {
        const QString text = line.span.text;
        const Labelled l = splitLabel(text);
        const InlineSpan value = line.span.mid(l.valueStart);
        static const QRegularExpression viceLabel(QStringLiteral("副主席|副主持|vice[\\s-]*chair|co-?chair|co-?host"),
                                                  QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression chairLabel(
            QStringLiteral("主席|主持人|主持|\\bchair|\\bhost\\b|\\bmoderator\\b|\\bfacilitator\\b"),
            QRegularExpression::CaseInsensitiveOption);
        // Only a label that is the topic and nothing else: "主题分享《…》：" in an item is no topic.
        static const QRegularExpression topicLabel(
            QStringLiteral("^[\\s\\p{P}\\p{S}]*(?:(?:本次)?(?:会议)?(?:主题|名称)|(?:meeting\\s+)?(?:topic|theme)s?"
                           "|meeting\\s+(?:title|name))[\\s\\p{P}\\p{S}]*$"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression passwordLabel(QStringLiteral("密码|password|passcode"),
                                                      QRegularExpression::CaseInsensitiveOption);

        if (strict) {
            readJoinUrl(line);
            readPeople(line, l);
            return;
        }
        if (codeOnly) {
            readJoinUrl(line);
            readMeetingId(line);
            return;
        }

        readJoinUrl(line);
        readMeetingId(line);
        if (line.block->type == Type::Heading) {
            readHeadingTime(text);
        }

        if (matches(passwordLabel, l.label)) {
            if (!havePassword) {
                havePassword = true;
                meeting.join.password = password(value.text);
                if (!meeting.join.password.isEmpty()) {
                    explain(QStringLiteral("join"), Text::tr("the password from the line %1").arg(quote(text)));
                }
            }
        } else if (readTime(l, value.text)) {
            // the time, or the meeting's length
        } else if (meeting.topic.isEmpty() && matches(topicLabel, l.label)) {
            meeting.topic = value.text.simplified();
            explain(QStringLiteral("topic"), Text::tr("the line %1").arg(quote(text)));
        } else if (matches(viceLabel, l.label)) {
            if (!haveVice) {
                haveVice = true;
                meeting.viceChair = people::single(value);
                explain(QStringLiteral("viceChair"), Text::tr("the line %1 (a vice-chair label)").arg(quote(text)));
            }
        } else if (matches(chairLabel, l.label)) {
            if (!haveChair) {
                haveChair = true;
                meeting.chair = people::single(value);
                explain(QStringLiteral("chair"), Text::tr("the line %1 (a chair label)").arg(quote(text)));
            }
        } else if (!haveRoster && isRosterLabel(l.label)) {
            readRoster(line, l.valueStart);
        }
    }

    // A time line (会议时间 / Meeting Time) or a length line (会议时长 / Meeting Duration); a
    // "Duration:" that holds a date or a clock is the time ("Duration: 2021/May/20 16:00 ~ 17:00").
    bool readTime(const Labelled &l, const QString &value)
    {
        static const QRegularExpression timeLabel(QStringLiteral("时间|日期|\\btime\\b|\\bdate\\b|\\bwhen\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression lengthLabel(QStringLiteral("时长|\\bduration\\b|\\blength\\b"),
                                                    QRegularExpression::CaseInsensitiveOption);
        const bool isLength = matches(lengthLabel, l.label);
        if (!isLength && !matches(timeLabel, l.label)) {
            return false;
        }
        const MeetingTime t = parseMeetingTime(value, l.label);
        if (t.date.isValid() || t.start.isValid()) {
            if (!haveTime) {
                meeting.time = t;
                meeting.time.text = value.simplified();
                haveTime = true;
                explain(QStringLiteral("start"),
                        Text::tr("the line %1 (a time label)").arg(quote(l.label + QStringLiteral(": ") + value)));
            }
        } else if (isLength && !length) {
            length = durations::total(value);
            if (length) {
                lengthLine = l.label + QStringLiteral(": ") + value;
            }
        }
        return true;
    }

    // A heading that is a date with a time of day: the meeting's time when no line states it.
    void readHeadingTime(const QString &text)
    {
        if (headingTime) {
            return;
        }
        MeetingTime t = parseMeetingTime(text);
        if (t.hasStart()) {
            t.text = text.simplified();
            headingTime = t;
        }
    }

    void finishTime()
    {
        if (!haveTime && headingTime) {
            meeting.time = *headingTime;
            haveTime = true;
            explain(QStringLiteral("start"),
                    Text::tr("the heading %1, a date with a time of day (no line states the time)")
                        .arg(quote(headingTime->text)));
        }
        // The end is the start plus the stated length when no end is written.
        MeetingTime &t = meeting.time;
        if (length && *length > 0 && *length < durations::maxMinutes && t.start.isValid() && !t.end.isValid()) {
            t.end = t.start.addSecs(*length * 60);
            explain(QStringLiteral("end"), Text::tr("the start plus the length in the line %1").arg(quote(lengthLine)));
        }
    }

    void readPeople(const MetaLine &line, const Labelled &l)
    {
        static const QRegularExpression chairOnly(
            QStringLiteral(
                "^[\\s\\p{P}\\p{S}]*(?:本次)?(?:会议)?(?:主席|主持人|主持|(?:meeting\\s+)?(?:chair|chairperson|"
                "host|moderator|facilitator))[\\s\\p{P}\\p{S}]*$"),
            QRegularExpression::CaseInsensitiveOption);
        // A "Chair: …" cell of a table speaks of its row (a working group), not of this meeting.
        const bool inTable = line.block->type == Type::TableCell;
        if (!haveChair && !inTable && l.valueStart < line.span.text.size() && matches(chairOnly, l.label)) {
            if (const auto chair = people::single(line.span.mid(l.valueStart))) {
                haveChair = true;
                meeting.chair = chair;
                explain(QStringLiteral("chair"),
                        Text::tr("the line %1 after the agenda, whose whole label is a chair word")
                            .arg(quote(line.span.text)));
            }
        } else if (!haveRoster && isRosterHeading(l.label)) {
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
            explain(QStringLiteral("join"), Text::tr("the meeting ID from the line %1").arg(quote(line.span.text)));
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
        // A recording or the notes is no way to join, whatever its host.
        static const QRegularExpression notJoin(QStringLiteral("record|录屏|录像|回放|\\bnotes\\b|纪要"),
                                                QRegularExpression::CaseInsensitiveOption);
        // "Join the Mailing List": joining a list, not the meeting.
        static const QRegularExpression mailingList(QStringLiteral("mailing\\s*list|邮件列表"),
                                                    QRegularExpression::CaseInsensitiveOption);
        const Labelled l = splitLabel(line.span.text);
        if (matches(notJoin, l.label)) {
            return;
        }
        const bool joinLabel = matches(joinWords, l.label);
        InlineSpan source = line.span;
        if (joinLabel && line.span.text.mid(l.valueStart).trimmed().isEmpty()) {
            // "- Meeting Link:" alone, the URL in the entry's next paragraph.
            const Block *next = line.block->nextOutside();
            if (next && next->type == Type::Paragraph && next->parent == line.block->parent) {
                source = InlineSpan::of(*next);
            }
        }
        for (const MarkdownLink &link : source.links) {
            const QUrl url(link.href.trimmed());
            if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) {
                continue;
            }
            if (matches(meetingHost, url.host().toLower())) {
                meeting.join.url = link.href.trimmed();
                explain(
                    QStringLiteral("join"),
                    Text::tr("a link to a meeting service (%1) in the line %2").arg(url.host(), quote(line.span.text)));
                return;
            }
            if (joinFallback.isEmpty() && !url.host().toLower().endsWith(QLatin1String("github.com"))
                && matches(joinWords, line.span.text) && !matches(mailingList, line.span.text)) {
                joinFallback = link.href.trimmed();
                joinFallbackLine = line.span.text;
            }
        }
        if (joinFallback.isEmpty() && joinLabel) {
            // "入会链接：https://…" written bare, where no autolink was made of it.
            static const QRegularExpression bareUrl(QStringLiteral("https?://[^\\s<>()（）\\[\\]]+"));
            const QRegularExpressionMatch m = bareUrl.match(source.text);
            if (m.hasMatch() && !QUrl(m.captured(0)).host().toLower().endsWith(QLatin1String("github.com"))) {
                joinFallback = m.captured(0);
                joinFallbackLine = line.span.text;
            }
        }
    }

    void readRoster(const MetaLine &line, qsizetype valueStart)
    {
        const InlineSpan value = InlineSpan::of(*line.block).mid(line.offset + valueStart);
        if (strict && isProse(value)) {
            return; // "参会人：本次会议共有39名成员参会，……由轮值主席欧阳超（…）主持。" tells, it does not list
        }
        QList<Person> found = people::everyone(value);
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
        if (found.isEmpty() && block.type == Type::Heading) {
            // "## Present", "# Attendance": the section's lists, tables and lines up to the next heading.
            for (const Block *next = block.nextOutside(); next && next->type != Type::Heading;
                 next = next->nextOutside()) {
                found += fromBlock(*next, true);
            }
        } else if (found.isEmpty()) {
            if (const Block *next = block.nextOutside()) {
                found = fromBlock(*next);
            }
        }
        if (found.isEmpty()) {
            return; // a label without names: keep looking for the real list
        }
        haveRoster = true;
        explain(QStringLiteral("roster"),
                Text::tr("%n name(s) under the label %1", nullptr, int(found.size()))
                    .arg(quote(line.span.text.left(valueStart))));
        QSet<QString> seen;
        for (const Person &p : std::as_const(found)) {
            const QString key = p.github.isEmpty() ? QStringLiteral("name:") + p.name : p.github.toLower();
            if (!seen.contains(key)) {
                seen.insert(key);
                meeting.roster.append(p);
            }
        }
    }

    // A sentence rather than a list of names: it ends like one, or its text outside links is long.
    static bool isProse(const InlineSpan &value)
    {
        QString bare = value.text;
        for (qsizetype i = value.links.size() - 1; i >= 0; --i) {
            bare.remove(value.links[i].start, value.links[i].end - value.links[i].start);
        }
        bare = bare.simplified();
        return bare.endsWith(QChar(0x3002)) || bare.endsWith(QLatin1Char('.')) || bare.size() > 60;
    }

    // Under a roster heading a paragraph's lines are names ("张三、李四"); after a label, only its links.
    static QList<Person> fromBlock(const Block &block, bool namesInParagraphs = false)
    {
        if (block.type == Type::Table) {
            return fromTable(block);
        }
        if (block.isList()) {
            return fromList(block);
        }
        if (block.type == Type::Paragraph && namesInParagraphs) {
            QList<Person> out;
            for (const InlineSpan &line : InlineSpan::of(block).lines()) {
                if (!isProse(line)) {
                    out += people::listed(line);
                }
            }
            return out;
        }
        if (block.type == Type::Paragraph) {
            return people::everyone(InlineSpan::of(block));
        }
        return {};
    }

    static QList<Person> fromList(const Block &list)
    {
        QList<Person> out;
        for (const auto &entry : list.children) {
            InlineSpan own = InlineSpan::ofEntry(*entry, nullptr);
            if (people::findRefs(own).size() > 1) {
                out += people::everyone(own);
                continue;
            }
            // "Team members: scott, josh": a group's label before a list of names.
            static const QRegularExpression groupLabel(QStringLiteral("^[^:：,，、(（@\\[]{1,40}[:：]\\s"));
            const QRegularExpressionMatch g = groupLabel.match(own.text);
            if (g.hasMatch() && people::findRefs(own.mid(0, g.capturedEnd(0))).isEmpty()) {
                own = own.mid(g.capturedEnd(0));
            }
            out += people::listed(own);
        }
        return out;
    }

    static QList<Person> fromTable(const Block &table)
    {
        // An attendance table: a name column and a GitHub column, found by their header's words.
        static const QRegularExpression nameHeader(QStringLiteral("name|姓名|名字|成员|member|who|参会人"),
                                                   QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression handleHeader(QStringLiteral("github|\\bgh\\b|handle|账号|\\bid\\b"),
                                                     QRegularExpression::CaseInsensitiveOption);
        qsizetype nameColumn = -1;
        qsizetype handleColumn = -1;
        QList<const Block *> rows;
        for (const auto &part : table.children) {
            for (const auto &row : part->children) {
                if (part->type == Type::TableHead) {
                    for (size_t c = 0; c < row->children.size(); ++c) {
                        const QString header = row->children[c]->text;
                        if (handleColumn < 0 && matches(handleHeader, header)) {
                            handleColumn = qsizetype(c);
                        } else if (nameColumn < 0 && matches(nameHeader, header)) {
                            nameColumn = qsizetype(c);
                        }
                    }
                } else {
                    rows.append(row.get());
                }
            }
        }
        QList<Person> out;
        if (nameColumn < 0 && handleColumn < 0) {
            // A grid of links, as PFCC writes its invitees: everyone in every cell.
            QList<const Block *> cells;
            textBlocks(table, cells);
            for (const Block *cell : std::as_const(cells)) {
                out += people::everyone(InlineSpan::of(*cell));
            }
            return out;
        }
        for (const Block *row : std::as_const(rows)) {
            const auto cell = [row](qsizetype c) {
                return c >= 0 && c < qsizetype(row->children.size()) ? InlineSpan::of(*row->children[size_t(c)])
                                                                     : InlineSpan {};
            };
            Person person;
            const InlineSpan handleCell = cell(handleColumn);
            const QStringList refs = people::handles(handleCell);
            QString plain = handleCell.text.trimmed();
            if (plain.startsWith(QLatin1Char('@'))) {
                plain.remove(0, 1);
            }
            person.github = !refs.isEmpty() ? refs.first() : (people::isHandle(plain) ? plain : QString());
            if (const auto named = people::single(cell(nameColumn))) {
                person.name = named->name;
                if (person.github.isEmpty()) {
                    person.github = named->github;
                }
            }
            if (person.name.isEmpty()) {
                person.name = person.github;
            }
            if (!person.name.isEmpty()) {
                out.append(person);
            }
        }
        return out;
    }
};

} // namespace

bool isRosterHeading(const QString &label)
{
    static const QRegularExpression roster(
        QStringLiteral(
            "^[\\s\\p{P}\\p{S}]*(?:present|attendees|attendance|participants|invitees)\\b"
            "|^[\\s\\p{P}\\p{S}]*(?:本次)?(?:会议)?(?:参会人员|参会人|参会者|与会人员|与会者|出席人员|出席)"),
        QRegularExpression::CaseInsensitiveOption);
    return roster.match(label).hasMatch();
}

bool isRosterLabel(const QString &label)
{
    static const QRegularExpression roster(QStringLiteral("参会|与会|出席|member\\s*list|attendees|invitees|"
                                                          "participants|^[\\s\\p{P}\\p{S}]*(?:present|attendance)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression notRoster(QStringLiteral("方式|链接|地址|方法|须知|\\blink\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    return roster.match(label).hasMatch() && !notRoster.match(label).hasMatch();
}

namespace {

// The blocks below `block` that hold text, code blocks included, in document order.
void linesBlocks(const Block &block, QList<const Block *> &out)
{
    if (block.type == Type::Html) {
        return;
    }
    if (!block.text.trimmed().isEmpty()) {
        out.append(&block);
    }
    for (const auto &child : block.children) {
        linesBlocks(*child, out);
    }
}

void readLines(const QList<const MarkdownBlock *> &top, qsizetype begin, qsizetype end, MetadataReader &reader)
{
    const bool strict = reader.strict;
    for (qsizetype i = begin; i < end; ++i) {
        QList<const Block *> blocks;
        linesBlocks(*top[i], blocks);
        for (const Block *block : std::as_const(blocks)) {
            reader.codeOnly = !strict && block->type == Type::Code;
            if (strict && block->type == Type::Code) {
                continue;
            }
            qsizetype offset = 0;
            for (const InlineSpan &line : InlineSpan::of(*block).lines()) {
                reader.read({block, offset, line});
                offset += line.text.size() + 1;
            }
        }
    }
    reader.codeOnly = false;
}

// A heading that names a part of the document, not the meeting.
bool isSectionName(const QString &title)
{
    static const QRegularExpression section(
        QStringLiteral(
            "^[\\s\\p{P}\\p{S}]*(?:基本信息|会议信息|会议议程|议程|basic\\s+information|meeting\\s+information|"
            "meeting\\s+details|agenda|details)[\\s\\p{P}\\p{S}]*$"),
        QRegularExpression::CaseInsensitiveOption);
    return section.match(title).hasMatch();
}

} // namespace

namespace {

void useJoinFallback(const MetadataReader &reader, Meeting &meeting, Explanation *why)
{
    if (meeting.join.url.isEmpty() && !reader.joinFallback.isEmpty()) {
        meeting.join.url = reader.joinFallback;
        if (why) {
            why->add(QStringLiteral("join"),
                     Text::tr("no link to a known meeting service: the link after a join label in the line %1")
                         .arg(quote(reader.joinFallbackLine)));
        }
    }
}

} // namespace

void read(const QList<const MarkdownBlock *> &top, qsizetype end, Meeting &meeting, Explanation *why)
{
    MetadataReader reader(meeting);
    reader.why = why;
    readLines(top, 0, end, reader);
    if (!reader.haveTime) {
        // A pasted invitation in a code block ("Duration: 2021/May/20 16:00 ~ 17:00 ((UTC +08:00)Beijing)").
        QList<const Block *> code;
        for (qsizetype i = 0; i < end; ++i) {
            codeBlocks(*top[i], code);
        }
        for (const Block *block : std::as_const(code)) {
            for (const QString &line : block->text.split(QLatin1Char('\n'))) {
                const Labelled l = splitLabel(line);
                reader.readTime(l, line.mid(l.valueStart));
            }
        }
    }
    reader.finishTime();
    useJoinFallback(reader, meeting, why);
    if (isSectionName(meeting.title) && !meeting.topic.isEmpty()) {
        meeting.title = meeting.topic; // "## 基本信息" is no title when a 会议主题 line names the meeting
        reader.explain(QStringLiteral("title"), Text::tr("the topic line: the first heading only names a section"));
    }
}

void readPeople(const QList<const MarkdownBlock *> &top, qsizetype begin, Meeting &meeting, Explanation *why)
{
    MetadataReader reader(meeting);
    reader.why = why;
    reader.haveChair = meeting.chair.has_value();
    reader.haveRoster = !meeting.roster.isEmpty();
    reader.strict = true;
    readLines(top, begin, top.size(), reader);
    useJoinFallback(reader, meeting, why);
}

void readFrontMatter(const MarkdownDocument &document, Meeting &meeting, Explanation *why)
{
    const QString title = document.frontMatter(QStringLiteral("title")).simplified();
    if (!title.isEmpty()) {
        meeting.title = title;
        if (why) {
            why->add(QStringLiteral("title"), Text::tr("the front matter's title field"));
        }
    }
    const QString date = document.frontMatter(QStringLiteral("date"));
    if (!meeting.time.date.isValid() && !date.isEmpty()) {
        const MeetingTime t = parseMeetingTime(date);
        if (t.date.isValid()) {
            meeting.time = t;
            meeting.time.text = date.simplified();
            if (why) {
                why->add(QStringLiteral("start"), Text::tr("the front matter's date field (the text gives no time)"));
            }
        }
    }
}

} // namespace gavel::agendametadata
