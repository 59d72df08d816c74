#include "agenda/agendametadata.h"

#include "agenda/durations.h"
#include "agenda/meetingtimeparser.h"
#include "agenda/people.h"

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
    Meeting &meeting;
    bool haveTime = false;
    bool haveChair = false;
    bool haveVice = false;
    bool haveId = false;
    bool havePassword = false;
    bool haveRoster = false;
    QString joinFallback;
    std::optional<int> length; // "Meeting Duration: 1 hour"
    std::optional<MeetingTime> headingTime; // "# Thursday, June 26th, 2025 at 9:00am PST"

    void read(const MetaLine &line)
    {
        const QString text = line.span.text;
        const Labelled l = splitLabel(text);
        const InlineSpan value = line.span.mid(l.valueStart);
        static const QRegularExpression viceLabel(QStringLiteral("副主席|副主持|vice[\\s-]*chair|co-?chair|co-?host"),
                                                  QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression chairLabel(QStringLiteral("主席|主持人|主持|\\bchair|\\bhost\\b"),
                                                   QRegularExpression::CaseInsensitiveOption);
        // Only a label that is the topic and nothing else: "主题分享《…》：" in an item is no topic.
        static const QRegularExpression topicLabel(
            QStringLiteral("^\\W*(?:本次)?(?:会议)?主题\\W*$|^\\W*(?:meeting\\s+)?(?:topic|theme)s?\\W*$"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression passwordLabel(QStringLiteral("密码|password|passcode"),
                                                      QRegularExpression::CaseInsensitiveOption);

        readJoinUrl(line);
        readMeetingId(line);
        if (line.block->type == Type::Heading) {
            readHeadingTime(text);
        }

        if (matches(passwordLabel, l.label)) {
            if (!havePassword) {
                havePassword = true;
                meeting.join.password = password(value.text);
            }
        } else if (readTime(l, value.text)) {
            // the time, or the meeting's length
        } else if (meeting.topic.isEmpty() && matches(topicLabel, l.label)) {
            meeting.topic = value.text.simplified();
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
            }
        } else if (isLength && !length) {
            length = durations::total(value);
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
        }
        // The end is the start plus the stated length when no end is written.
        MeetingTime &t = meeting.time;
        if (length && *length > 0 && *length < durations::maxMinutes && t.start.isValid() && !t.end.isValid()) {
            t.end = t.start.addSecs(*length * 60);
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
            const InlineSpan own = InlineSpan::ofEntry(*entry, nullptr);
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
        textBlocks(table, cells);
        for (const Block *cell : std::as_const(cells)) {
            out += people::everyone(InlineSpan::of(*cell));
        }
        return out;
    }
};

} // namespace

bool isRosterLabel(const QString &label)
{
    static const QRegularExpression roster(QStringLiteral("参会|与会|member\\s*list|attendees|invitees|participants"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression notRoster(QStringLiteral("方式|链接|地址|方法|须知|\\blink\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    return roster.match(label).hasMatch() && !notRoster.match(label).hasMatch();
}

void read(const QList<const MarkdownBlock *> &top, qsizetype end, Meeting &meeting)
{
    MetadataReader reader {meeting, false, false, false, false, false, false, {}, {}, {}};
    for (qsizetype i = 0; i < end; ++i) {
        QList<const Block *> blocks;
        textBlocks(*top[i], blocks);
        for (const Block *block : std::as_const(blocks)) {
            qsizetype offset = 0;
            for (const InlineSpan &line : InlineSpan::of(*block).lines()) {
                reader.read({block, offset, line});
                offset += line.text.size() + 1;
            }
        }
    }
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
    if (meeting.join.url.isEmpty()) {
        meeting.join.url = reader.joinFallback;
    }
}

} // namespace gavel::agendametadata
