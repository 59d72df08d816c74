#include "minutes/minutescontent.h"

#include "agenda/agendatree.h"
#include "agenda/meetingtimeparser.h"
#include "agenda/people.h"
#include "minutes/meetingtitle.h"
#include "minutes/minuteswords.h"
#include "minutes/notesmarkdown.h"
#include "minutes/timingreport.h"

#include <QRegularExpression>
#include <QSet>
#include <QVariantList>

namespace gavel::minutescontent {

using minuteswords::Words;

namespace {

const QString dateFormat = QStringLiteral("yyyy-MM-dd");
const QString dateTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

QString text(const QString &untrusted)
{
    return notesmarkdown::inlineText(untrusted);
}

// A GitHub handle as the agendas write it: letters, digits, dots, dashes and underscores only
// (anything else is left out, so a handle cannot end its link early or add markup).
QString cleanHandle(const QString &handle)
{
    static const QRegularExpression notHandle(QStringLiteral("[^A-Za-z0-9_.-]"));
    return QString(handle).remove(notHandle);
}

QString handleLink(const QString &handle)
{
    return QStringLiteral("[%1](https://github.com/%1)").arg(cleanHandle(handle));
}

// 张军（[jzhang533](https://github.com/jzhang533)）; the handle alone when it is the name.
QString personText(const QString &name, const QString &github, const Words &w)
{
    if (github.isEmpty()) {
        return text(name);
    }
    if (name.isEmpty() || name == github) {
        return handleLink(github);
    }
    return text(name) + w.openParen + handleLink(github) + w.closeParen;
}

QString personText(const std::optional<Person> &person, const QString &unknown, const Words &w)
{
    return person ? personText(person->name, person->github, w) : unknown;
}

// An attendee as the agenda's roster writes them: [name](https://github.com/handle).
QString attendeeText(const Attendee &a)
{
    if (a.github.isEmpty()) {
        return text(a.name);
    }
    return QStringLiteral("[%1](https://github.com/%2)").arg(text(a.displayName()), cleanHandle(a.github));
}

// The meeting's clock: the agenda's UTC offset when it states one, else local time.
QDateTime meetingDateTime(qint64 ms, const Meeting &meeting)
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return meeting.time.utcOffsetSeconds ? utc.toOffsetFromUtc(*meeting.time.utcOffsetSeconds) : utc.toLocalTime();
}

// How the agenda names its time zone, as written after the times: "(GMT+08:00) 中国标准时间 -
// 北京" in "2025/10/16 19:00-20:00 (GMT+08:00) 中国标准时间 - 北京"; else the offset it states.
QString zoneWording(const Meeting &meeting)
{
    static const QRegularExpression clock(QStringLiteral("\\d{1,2}\\s*[:：]\\s*\\d{2}"));
    // The "08:00" of "GMT+08:00" is the zone's offset, not a time of the meeting.
    static const QRegularExpression offsetSign(QStringLiteral("(?:GMT|UTC)\\s*[+\\-\\x{2212}]\\s*$"),
                                               QRegularExpression::CaseInsensitiveOption);
    // A word in any script: "北京时间" names a zone as well as "CST" does.
    static const QRegularExpression word(QStringLiteral("\\w"), QRegularExpression::UseUnicodePropertiesOption);
    const QString &written = meeting.time.text;
    QRegularExpressionMatchIterator it = clock.globalMatch(written);
    qsizetype end = -1;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!offsetSign.match(written.left(m.capturedStart(0))).hasMatch()) {
            end = m.capturedEnd(0);
        }
    }
    if (end >= 0) {
        QString rest = written.mid(end).trimmed();
        while (rest.startsWith(QLatin1Char('-')) || rest.startsWith(QChar(0x2013)) || rest.startsWith(QChar(0xFF5E))) {
            rest = rest.mid(1).trimmed();
        }
        if (rest.contains(word)) {
            return text(rest);
        }
    }
    return meeting.time.utcOffsetSeconds
        ? QStringLiteral("(UTC%1)").arg(formatUtcOffset(*meeting.time.utcOffsetSeconds))
        : QString();
}

QString withZone(const QString &time, const Meeting &meeting)
{
    const QString zone = zoneWording(meeting);
    return zone.isEmpty() ? time : time + QLatin1Char(' ') + zone;
}

// 2022-04-14 19:00 - 20:10: the actual start and end, else the agenda's times.
QString timeRange(const SessionData &session, const Words &w)
{
    const Meeting &meeting = session.meeting;
    QDateTime start;
    QDateTime end;
    if (session.run.startedAt > 0) {
        start = meetingDateTime(session.run.startedAt, meeting);
        if (session.run.phase == RunState::Phase::Ended && session.run.endedAt > session.run.startedAt) {
            end = meetingDateTime(session.run.endedAt, meeting);
        }
    } else if (meeting.time.hasStart()) {
        start = QDateTime(meeting.time.date, meeting.time.start);
        if (meeting.time.hasEnd()) {
            end = QDateTime(meeting.time.endDate(), meeting.time.end);
        }
    } else if (meeting.time.date.isValid()) {
        return meeting.time.date.toString(dateFormat);
    } else {
        return w.undecided;
    }
    QString range = start.toString(dateTimeFormat);
    if (end.isValid()) {
        range += QStringLiteral(" - ")
            + end.toString(end.date() == start.date() ? QStringLiteral("HH:mm") : dateTimeFormat);
    }
    return withZone(range, meeting);
}

QString nextTimeText(const NextMeetingPlan &next, const Meeting &meeting)
{
    if (!next.date.isValid()) {
        return withZone(next.time.toString(QStringLiteral("HH:mm")), meeting);
    }
    if (!next.time.isValid()) {
        return next.date.toString(dateFormat);
    }
    return withZone(QDateTime(next.date, next.time).toString(dateTimeFormat), meeting);
}

QString cleanNotes(const QString &notes)
{
    return notes.trimmed();
}

bool hasNotes(const AgendaItem &item, const QHash<int, QString> &notes)
{
    if (!cleanNotes(notes.value(item.id)).isEmpty()) {
        return true;
    }
    for (const AgendaItem &child : item.children) {
        if (hasNotes(child, notes)) {
            return true;
        }
    }
    return false;
}

// The item or one below it ran (was started, or has time on it).
bool ran(const AgendaItem &item, const RunState &run)
{
    const ItemRun r = run.items.value(item.id);
    if (r.startedAt > 0 || r.elapsedMs > 0 || r.done) {
        return true;
    }
    for (const AgendaItem &child : item.children) {
        if (ran(child, run)) {
            return true;
        }
    }
    return false;
}

// The item's description (what its untimed sub-entries said in the agenda), one Markdown line
// per entry, escaped; false when it has none.
QVariant descriptionLines(const AgendaItem &item)
{
    QVariantList out;
    for (const QString &line : item.description.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString clean = notesmarkdown::lineStartText(line);
        if (!clean.isEmpty()) {
            out << QVariantMap {{QStringLiteral("line"), clean}};
        }
    }
    return out.isEmpty() ? QVariant(false) : QVariant(out);
}

QVariantList lineList(const QStringList &lines)
{
    QVariantList out;
    for (const QString &line : lines) {
        out << QVariantMap {{QStringLiteral("line"), line}};
    }
    return out;
}

// A note that is one plain line reads as a paragraph; anything more keeps its lines as points.
void putNotes(QVariantMap &into, const QString &notes, const QString &paragraphKey, const QString &pointsKey)
{
    const QString paragraph = notesmarkdown::paragraph(notes);
    const QStringList lines = paragraph.isEmpty() ? notesmarkdown::lines(notes) : QStringList();
    into.insert(paragraphKey, paragraph.isEmpty() ? QVariant(false) : QVariant(paragraph));
    into.insert(pointsKey, lines.isEmpty() ? QVariant(false) : QVariant(lineList(lines)));
}

// `speakers` of `item`: a handle linked, a name as written.
QString speakersText(const AgendaItem &item, const QStringList &speakers, const Words &w)
{
    QStringList links;
    for (const QString &s : speakers) {
        links << (people::speakerIsHandle(item, s) ? QLatin1Char('@') + handleLink(s) : text(s));
    }
    return links.join(w.partSeparator);
}

// A child's label: its title, linked when the item is a speaker's slot named by the handle.
QString childLabel(const AgendaItem &child)
{
    for (const QString &speaker : child.speakers) {
        if (people::speakerIsHandle(child, speaker) && speaker.compare(child.title, Qt::CaseInsensitive) == 0) {
            return handleLink(speaker);
        }
    }
    return notesmarkdown::lineStartText(child.title);
}

// The title with each speaker it names ("… @LiaoYFBH") linked as the agendas do
// ("@[LiaoYFBH](https://github.com/LiaoYFBH)"); *unnamed gets the speakers it does not name.
QString linkedTitle(const AgendaItem &item, QStringList *unnamed)
{
    QString title = notesmarkdown::lineStartText(item.title);
    for (const QString &speaker : item.speakers) {
        const QRegularExpression mention(QLatin1Char('@') + QRegularExpression::escape(cleanHandle(speaker))
                                             + QStringLiteral("(?![\\w-])"),
                                         QRegularExpression::CaseInsensitiveOption);
        if (!people::speakerIsHandle(item, speaker) || !mention.match(title).hasMatch()) {
            *unnamed << speaker;
            continue;
        }
        title.replace(mention, QLatin1Char('@') + handleLink(speaker));
    }
    return title;
}

// Whole minutes the item took when it ran, else the minutes the agenda planned; false for neither.
QVariant duration(const AgendaItem &item, const RunState &run)
{
    const qint64 ms = run.items.value(item.id).elapsedMs;
    if (ms > 0) {
        return QString::number(qMax<qint64>(1, (ms + 30000) / 60000));
    }
    return item.minutes ? QVariant(QString::number(*item.minutes)) : QVariant(false);
}

QStringList otherSpeakers(const AgendaItem &child)
{
    QStringList out;
    for (const QString &speaker : child.speakers) {
        if (speaker.compare(child.title, Qt::CaseInsensitive) != 0) {
            out << speaker;
        }
    }
    return out;
}

void addChildren(QVariantList &out, const AgendaItem &item, const SessionData &session, const Words &w, int depth)
{
    for (const AgendaItem &child : item.children) {
        QVariantMap c;
        c.insert(QStringLiteral("indent"), QString(depth * 2, QLatin1Char(' ')));
        c.insert(QStringLiteral("label"), childLabel(child));
        const QStringList speakers = otherSpeakers(child);
        c.insert(QStringLiteral("hasSpeakers"), !speakers.isEmpty());
        c.insert(QStringLiteral("speakers"), speakersText(child, speakers, w));
        c.insert(QStringLiteral("duration"), duration(child, session.run));
        c.insert(QStringLiteral("hasNotes"), hasNotes(child, session.notes));
        c.insert(QStringLiteral("description"), descriptionLines(child));
        QStringList lines = notesmarkdown::lines(cleanNotes(session.notes.value(child.id)));
        QVariant first(false);
        if (!lines.isEmpty() && lines.first().startsWith(QStringLiteral("- "))) {
            first = lines.takeFirst().mid(2);
        }
        c.insert(QStringLiteral("firstLine"), first);
        c.insert(QStringLiteral("moreLines"), lines.isEmpty() ? QVariant(false) : QVariant(lineList(lines)));
        out << c;
        addChildren(out, child, session, w, depth + 1);
    }
}

QString actionLine(const ActionItem &action, const Words &w)
{
    QStringList parts;
    if (!action.owner.isEmpty() || !action.ownerGithub.isEmpty()) {
        parts << w.owner + personText(action.owner, action.ownerGithub, w);
    }
    if (action.due.isValid()) {
        parts << w.due + action.due.toString(dateFormat);
    }
    QString line = (action.done ? QStringLiteral("[x] ") : QStringLiteral("[ ] ")) + text(action.text);
    if (!parts.isEmpty()) {
        line += w.openParen + parts.join(w.partSeparator) + w.closeParen;
    }
    return line;
}

void putRecords(QVariantMap &into, const QList<Decision> &decisions, const QList<ActionItem> &actions, const Words &w,
                const QString &prefix)
{
    QVariantList d;
    for (const Decision &decision : decisions) {
        d << QVariantMap {{QStringLiteral("text"), notesmarkdown::lineStartText(decision.text)}};
    }
    QVariantList a;
    for (const ActionItem &action : actions) {
        a << QVariantMap {{QStringLiteral("line"), actionLine(action, w)}};
    }
    // decisions / hasDecisions, or with a prefix: generalDecisions / hasGeneralDecisions.
    const auto put = [&](const QString &name, const QVariantList &values) {
        const QString key = prefix.isEmpty() ? name : prefix + name.at(0).toUpper() + name.mid(1);
        into.insert(key, values.isEmpty() ? QVariant(false) : QVariant(values));
        into.insert(QStringLiteral("has") + key.at(0).toUpper() + key.mid(1), !values.isEmpty());
    };
    put(QStringLiteral("decisions"), d);
    put(QStringLiteral("actions"), a);
}

QString nextSentence(const NextMeetingPlan &next, const Meeting &meeting, const Words &w)
{
    QString out
        = next.date.isValid() || next.time.isValid() ? w.nextOn.arg(nextTimeText(next, meeting)) : w.nextUndecided;
    QString chairs
        = w.nextChairs.arg(personText(next.chair, w.undecided, w), personText(next.viceChair, w.undecided, w));
    QStringList topics;
    for (const QString &topic : next.topics()) { // as the next agenda reads them: one per line or ；
        topics << text(topic);
    }
    if (!topics.isEmpty()) {
        chairs += w.nextTopics.arg(topics.join(w.topicSeparator));
    }
    return out + chairs + w.sentenceEnd;
}

} // namespace

QVariantMap build(const SessionData &session, const QString &language, bool timingReport)
{
    const Words &w = minuteswords::wordsFor(language);
    const Meeting &meeting = session.meeting;
    QList<AgendaItem> items = meeting.items; // with the ids the notes were keyed by
    agendatree::assignIds(items);

    QVariantMap m;
    m.insert(QStringLiteral("title"), text(meetingtitle::minutesTitle(meeting.title, language)));
    m.insert(QStringLiteral("meetingTitle"), text(meeting.title));
    m.insert(QStringLiteral("time"), timeRange(session, w));
    m.insert(QStringLiteral("scheduledTime"),
             meeting.time.text.isEmpty() ? timeRange(session, w) : text(meeting.time.text));
    m.insert(QStringLiteral("place"),
             session.minutes.place.trimmed().isEmpty() ? w.online : text(session.minutes.place));
    if (!meeting.topic.isEmpty()) {
        m.insert(QStringLiteral("topic"), text(meeting.topic));
    }

    QStringList attended;
    for (const Attendee &a : session.attendees) {
        if (a.attended()) {
            attended << attendeeText(a);
        }
    }
    QString attendance = attended.isEmpty() ? w.noAttendance : w.attendedCount.arg(attended.size());
    if (meeting.chair) {
        attendance += (language == QLatin1String("en") ? QStringLiteral(" ") : QString())
            + w.rotatingChair.arg(personText(meeting.chair, w.undecided, w));
    }
    m.insert(QStringLiteral("attendance"), attendance);
    m.insert(QStringLiteral("attendedCount"), attended.size());
    if (session.minutes.choices.attendeeList && !attended.isEmpty()) {
        m.insert(QStringLiteral("attendees"), attended.join(w.listSeparator));
    }
    m.insert(QStringLiteral("chair"), personText(meeting.chair, w.undecided, w));
    m.insert(QStringLiteral("viceChair"), personText(meeting.viceChair, w.vacant, w));
    const JoinInfo &join = meeting.join;
    m.insert(QStringLiteral("hasJoin"), !join.url.isEmpty() || !join.meetingId.isEmpty() || !join.password.isEmpty());
    if (!join.meetingId.isEmpty()) {
        m.insert(QStringLiteral("meetingId"), text(join.meetingId));
    }
    if (!join.password.isEmpty()) {
        m.insert(QStringLiteral("password"), text(join.password));
    }
    static const QRegularExpression webAddress(QStringLiteral("^https?://[^\\s<>()\\[\\]]+$"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (webAddress.match(join.url).hasMatch()) {
        m.insert(QStringLiteral("joinUrl"), join.url);
    }
    const QString recording = session.minutes.choices.recording.trimmed();
    if (!recording.isEmpty()) {
        m.insert(QStringLiteral("recording"),
                 webAddress.match(recording).hasMatch() ? QStringLiteral("[%1](%1)").arg(recording) : text(recording));
    }

    // The items, numbered as written; an item never reached is left out or marked, as chosen.
    QVariantList list;
    QSet<int> placed;
    for (const AgendaItem &item : items) {
        const QList<int> ids = agendatree::subtreeIds(item);
        for (int id : ids) {
            placed.insert(id);
        }
        QList<Decision> decisions;
        for (const Decision &d : session.minutes.decisions) {
            if (ids.contains(d.itemId)) {
                decisions << d;
            }
        }
        QList<ActionItem> actions;
        for (const ActionItem &a : session.minutes.actions) {
            if (ids.contains(a.itemId)) {
                actions << a;
            }
        }
        const bool content = hasNotes(item, session.notes) || !decisions.isEmpty() || !actions.isEmpty();
        const bool unreached = !content && !ran(item, session.run);
        if (unreached && !session.minutes.choices.markUnreached) {
            continue;
        }
        QVariantMap i;
        i.insert(QStringLiteral("number"), list.size() + 1);
        QStringList unnamed;
        i.insert(QStringLiteral("title"), linkedTitle(item, &unnamed));
        i.insert(QStringLiteral("hasSpeakers"), !unnamed.isEmpty());
        i.insert(QStringLiteral("speakers"), speakersText(item, unnamed, w));
        i.insert(QStringLiteral("duration"), duration(item, session.run));
        i.insert(QStringLiteral("notDiscussed"), unreached);
        const QVariant description = descriptionLines(item);
        i.insert(QStringLiteral("description"), description);
        i.insert(QStringLiteral("hasDescription"), description.typeId() == QMetaType::QVariantList);
        putNotes(i, session.notes.value(item.id), QStringLiteral("paragraph"), QStringLiteral("points"));
        QVariantList children;
        addChildren(children, item, session, w, 0);
        i.insert(QStringLiteral("children"), children.isEmpty() ? QVariant(false) : QVariant(children));
        putRecords(i, decisions, actions, w, QString());
        list << i;
    }
    m.insert(QStringLiteral("items"), list);

    const NextMeetingPlan &next = session.minutes.next;
    m.insert(QStringLiteral("next"), nextSentence(next, meeting, w));
    m.insert(QStringLiteral("hasNext"), !next.isEmpty());

    QList<Decision> generalDecisions;
    for (const Decision &d : session.minutes.decisions) {
        if (!placed.contains(d.itemId)) {
            generalDecisions << d;
        }
    }
    QList<ActionItem> generalActions;
    for (const ActionItem &a : session.minutes.actions) {
        if (!placed.contains(a.itemId)) {
            generalActions << a;
        }
    }
    putNotes(m, session.notes.value(0), QStringLiteral("generalParagraph"), QStringLiteral("generalPoints"));
    putRecords(m, generalDecisions, generalActions, w, QStringLiteral("general"));
    m.insert(QStringLiteral("hasOther"),
             !cleanNotes(session.notes.value(0)).isEmpty() || !generalDecisions.isEmpty() || !generalActions.isEmpty());
    if (timingReport && !timingreport::rows(session).isEmpty()) {
        m.insert(QStringLiteral("timing"), timingreport::markdownSection(session, w));
    }
    return m;
}

} // namespace gavel::minutescontent
