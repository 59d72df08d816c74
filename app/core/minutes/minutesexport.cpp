#include "minutes/minutesexport.h"

#include "agenda/agendatree.h"
#include "agenda/meetingtimeparser.h"
#include "minutes/minuteshtml.h"
#include "minutes/minuteswords.h"
#include "minutes/timingreport.h"

#include <QBuffer>
#include <QFont>
#include <QFontDatabase>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSet>
#include <QTextDocument>

// The minutes are written in the meeting's language, which is chosen per session (or per
// export), not by the user interface's locale: their words therefore come from the table
// below rather than from the translator.
//
// Layout (zh; en uses the English words in the same places):
//   # <title> 会议纪要
//   ## 会议概况              会议时间 / 会议地点 / 参会人 (count, who chaired) / 参会名单
//   ## 会议分享与讨论
//   ### <top-level item>     its notes, then its children's notes as bullets ("- child：notes",
//                            a speaker item's handle linked), then
//   #### 决定 / #### 待办     the decisions and action items recorded under the item or below it
//   ### 下次会议安排          time, chair, vice-chair (待定 when unknown), note
//   ## 其他                  the general notes (id 0) and decisions / actions of the meeting as a
//                            whole, with ### 决定 / ### 待办; left out when there are none
//   ## 时间统计              planned versus actual minutes of the items that ran (optional)

namespace gavel::minutesexport {

using minuteswords::resolveLanguage;
using minuteswords::Words;
using minuteswords::wordsFor;

namespace {

QString githubUrl(const QString &handle)
{
    return QStringLiteral("https://github.com/") + handle;
}

QString handleLink(const QString &handle)
{
    return QStringLiteral("[%1](%2)").arg(handle, githubUrl(handle));
}

// 张军（[jzhang533](https://github.com/jzhang533)）; the handle alone when it is the name.
QString personText(const QString &name, const QString &github, const Words &w)
{
    if (github.isEmpty()) {
        return name;
    }
    if (name.isEmpty() || name == github) {
        return handleLink(github);
    }
    return name + w.openParen + handleLink(github) + w.closeParen;
}

QString personText(const std::optional<Person> &person, const Words &w)
{
    return person ? personText(person->name, person->github, w) : w.undecided;
}

// An attendee as the agenda's roster writes them: [name](https://github.com/handle).
QString attendeeText(const Attendee &a)
{
    if (a.github.isEmpty()) {
        return a.name;
    }
    return QStringLiteral("[%1](%2)").arg(a.displayName(), githubUrl(a.github));
}

// The meeting's clock: the agenda's UTC offset when it states one, else local time.
QDateTime meetingDateTime(qint64 ms, const Meeting &meeting)
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return meeting.time.utcOffsetSeconds ? utc.toOffsetFromUtc(*meeting.time.utcOffsetSeconds) : utc.toLocalTime();
}

QString offsetSuffix(const Meeting &meeting)
{
    if (!meeting.time.utcOffsetSeconds) {
        return {};
    }
    return QStringLiteral(" (UTC%1)").arg(formatUtcOffset(*meeting.time.utcOffsetSeconds));
}

const QString dateFormat = QStringLiteral("yyyy-MM-dd");
const QString dateTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

// 2022-04-14 19:00 - 20:10: the actual start and end, else the agenda's times.
QString timeRange(const SessionData &session, const Words &w)
{
    const Meeting &meeting = session.meeting;
    QDateTime start;
    QDateTime end;
    if (session.run.startedAt > 0) {
        start = meetingDateTime(session.run.startedAt, meeting);
        const qint64 endMs = session.run.phase == RunState::Phase::Ended ? session.run.endedAt : session.savedAt;
        if (endMs > session.run.startedAt) {
            end = meetingDateTime(endMs, meeting);
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
    QString text = start.toString(dateTimeFormat);
    if (end.isValid()) {
        text += QStringLiteral(" - ")
            + end.toString(end.date() == start.date() ? QStringLiteral("HH:mm") : dateTimeFormat);
    }
    return text + offsetSuffix(meeting);
}

QString nextTimeText(const NextMeetingPlan &next, const Meeting &meeting, const Words &w)
{
    if (!next.date.isValid()) {
        return next.time.isValid() ? next.time.toString(QStringLiteral("HH:mm")) + offsetSuffix(meeting) : w.undecided;
    }
    if (!next.time.isValid()) {
        return next.date.toString(dateFormat);
    }
    return QDateTime(next.date, next.time).toString(dateTimeFormat) + offsetSuffix(meeting);
}

QString indentLines(const QString &text, const QString &indent)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 1; i < lines.size(); ++i) {
        if (!lines[i].isEmpty()) {
            lines[i] = indent + lines[i];
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString cleanNotes(const QString &text)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return t.trimmed();
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

// A child's label: its title, linked when the item is a speaker's slot named by the handle.
QString childLabel(const AgendaItem &child)
{
    for (const QString &speaker : child.speakers) {
        if (speaker.compare(child.title, Qt::CaseInsensitive) == 0) {
            return handleLink(speaker);
        }
    }
    return child.title;
}

void writeChildren(QString &out, const AgendaItem &item, const QHash<int, QString> &notes, const Words &w, int depth)
{
    const QString indent(depth * 2, QLatin1Char(' '));
    for (const AgendaItem &child : item.children) {
        if (!hasNotes(child, notes)) {
            continue;
        }
        const QString text = cleanNotes(notes.value(child.id));
        out += indent + QStringLiteral("- ") + childLabel(child);
        if (!text.isEmpty()) {
            out += w.colon + indentLines(text, indent + QStringLiteral("  "));
        }
        out += QLatin1Char('\n');
        writeChildren(out, child, notes, w, depth + 1);
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
    QString line = (action.done ? QStringLiteral("- [x] ") : QStringLiteral("- [ ] ")) + action.text.simplified();
    if (!parts.isEmpty()) {
        line += w.openParen + parts.join(w.partSeparator) + w.closeParen;
    }
    return line + QLatin1Char('\n');
}

void writeDecisionsAndActions(QString &out, const QList<Decision> &decisions, const QList<ActionItem> &actions,
                              const Words &w, const QString &headingLevel)
{
    if (!decisions.isEmpty()) {
        out += headingLevel + QLatin1Char(' ') + w.decisions + QStringLiteral("\n\n");
        for (const Decision &d : decisions) {
            out += QStringLiteral("- ") + d.text.simplified() + QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }
    if (!actions.isEmpty()) {
        out += headingLevel + QLatin1Char(' ') + w.actions + QStringLiteral("\n\n");
        for (const ActionItem &a : actions) {
            out += actionLine(a, w);
        }
        out += QLatin1Char('\n');
    }
}

// Latin text first in a Latin face, then a face with Chinese glyphs. (The CJK faces alone
// also cover Latin, but they shape digits after letters, "jzhang533", into glyphs that PDF
// readers cannot map back to text, so copying from or searching the PDF would lose them.)
QFont minutesFont()
{
    const QStringList latin {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
                             QStringLiteral("Liberation Sans"), QStringLiteral("Arial")};
    const QStringList chinese {QStringLiteral("Noto Sans CJK SC"),    QStringLiteral("Noto Serif CJK SC"),
                               QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Source Han Sans SC"),
                               QStringLiteral("Microsoft YaHei"),     QStringLiteral("PingFang SC")};
    const QStringList installed = QFontDatabase::families();
    QStringList families;
    for (const QString &family : latin) {
        if (installed.contains(family)) {
            families << family;
            break;
        }
    }
    for (const QString &family : chinese) {
        if (installed.contains(family)) {
            families << family;
        }
    }
    families << QStringLiteral("Sans Serif");
    QFont font;
    font.setFamilies(families);
    font.setPointSizeF(10.5);
    return font;
}

// The PDF prints the body of the HTML export, not the page: the page's stylesheet names fonts
// for browsers, and the PDF keeps minutesFont().
void buildDocument(QTextDocument &doc, const SessionData &session, const QString &language, bool timingReport)
{
    const QString body = minuteshtml::body(markdown(session, language, timingReport));
    doc.setDefaultFont(minutesFont());
    doc.setDefaultStyleSheet(minuteshtml::printStyleSheet());
    doc.setHtml(minuteshtml::printable(body));
    doc.setMetaInformation(QTextDocument::DocumentTitle, minuteshtml::title(body));
}

} // namespace

QString markdown(const SessionData &session, const QString &language, bool timingReport)
{
    const QString lang = resolveLanguage(session, language);
    const Words &w = wordsFor(lang);
    const Meeting &meeting = session.meeting;
    QString out;

    // The item tree with the ids the notes were keyed by (assigned as a live meeting would).
    QList<AgendaItem> items = meeting.items;
    agendatree::assignIds(items);

    out += QStringLiteral("# ") + meeting.title.simplified() + w.titleSuffix + QStringLiteral("\n\n");

    // ---- 会议概况 ----
    out += QStringLiteral("## ") + w.overview + QStringLiteral("\n\n");
    out += QStringLiteral("- ") + w.time + w.colon + timeRange(session, w) + QLatin1Char('\n');
    out += QStringLiteral("- ") + w.place + w.colon
        + (session.minutes.place.trimmed().isEmpty() ? w.online : session.minutes.place.simplified())
        + QLatin1Char('\n');
    QStringList attended;
    for (const Attendee &a : session.attendees) {
        if (a.attended()) {
            attended << attendeeText(a);
        }
    }
    const QString count = attended.isEmpty() ? w.noAttendance : w.attendedCount.arg(attended.size());
    const bool english = lang == QLatin1String("en");
    if (english) {
        out += QStringLiteral("- ") + w.attendees + w.colon + count;
        if (!attended.isEmpty()) {
            out += w.colon + attended.join(w.listSeparator);
        }
        out += QLatin1Char('\n');
        out += QStringLiteral("- ") + w.chair + w.colon + personText(meeting.chair, w) + QLatin1Char('\n');
    } else {
        out += QStringLiteral("- ") + w.attendees + w.colon + count;
        if (meeting.chair) {
            out += w.chairedBy.arg(personText(meeting.chair, w));
        }
        out += QLatin1Char('\n');
        if (!attended.isEmpty()) {
            out += QStringLiteral("- ") + w.attendeeList + w.colon + attended.join(w.listSeparator) + QLatin1Char('\n');
        }
    }
    out += QLatin1Char('\n');

    // ---- 会议分享与讨论 ----
    out += QStringLiteral("## ") + w.discussion + QStringLiteral("\n\n");
    QSet<int> placed;
    for (const AgendaItem &item : items) {
        const QList<int> ids = agendatree::subtreeIds(item);
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
        for (int id : ids) {
            placed.insert(id);
        }
        const bool skipped = session.run.items.value(item.id).skipped;
        if (skipped && decisions.isEmpty() && actions.isEmpty() && !hasNotes(item, session.notes)) {
            continue;
        }
        out += QStringLiteral("### ") + item.title.simplified() + QStringLiteral("\n\n");
        const QString own = cleanNotes(session.notes.value(item.id));
        if (!own.isEmpty()) {
            out += own + QStringLiteral("\n\n");
        }
        QString children;
        writeChildren(children, item, session.notes, w, 0);
        if (!children.isEmpty()) {
            out += children + QLatin1Char('\n');
        }
        writeDecisionsAndActions(out, decisions, actions, w, QStringLiteral("####"));
    }

    const NextMeetingPlan &next = session.minutes.next;
    out += QStringLiteral("### ") + w.nextMeeting + QStringLiteral("\n\n");
    out += QStringLiteral("- ") + w.nextTime + w.colon + nextTimeText(next, meeting, w) + QLatin1Char('\n');
    out += QStringLiteral("- ") + w.nextChair + w.colon + personText(next.chair, w) + QLatin1Char('\n');
    out += QStringLiteral("- ") + w.nextViceChair + w.colon + personText(next.viceChair, w) + QLatin1Char('\n');
    if (!next.note.trimmed().isEmpty()) {
        out += QStringLiteral("- ") + w.nextNote + w.colon + indentLines(cleanNotes(next.note), QStringLiteral("  "))
            + QLatin1Char('\n');
    }
    out += QLatin1Char('\n');

    // ---- general notes and what belongs to the meeting as a whole ----
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
    const QString general = cleanNotes(session.notes.value(0));
    if (!general.isEmpty() || !generalDecisions.isEmpty() || !generalActions.isEmpty()) {
        out += QStringLiteral("## ") + w.other + QStringLiteral("\n\n");
        if (!general.isEmpty()) {
            out += general + QStringLiteral("\n\n");
        }
        writeDecisionsAndActions(out, generalDecisions, generalActions, w, QStringLiteral("###"));
    }

    if (timingReport && !timingreport::rows(session).isEmpty()) {
        out += timingreport::markdownSection(session, w);
    }

    while (out.endsWith(QStringLiteral("\n\n"))) {
        out.chop(1);
    }
    return out;
}

QString html(const SessionData &session, const QString &language, bool timingReport)
{
    const QString body = minuteshtml::body(markdown(session, language, timingReport));
    return minuteshtml::page(body, minuteshtml::title(body), resolveLanguage(session, language));
}

QByteArray pdf(const SessionData &session, const QString &language, bool timingReport)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly)) {
        return {};
    }
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setCreator(QStringLiteral("Gavel"));
        QTextDocument doc;
        buildDocument(doc, session, language, timingReport);
        writer.setTitle(doc.metaInformation(QTextDocument::DocumentTitle));
        doc.print(&writer);
    }
    buffer.close();
    return bytes;
}

QString datedFileName(const SessionData &session, const QString &name)
{
    QDate date = session.meeting.time.date;
    if (!date.isValid() && session.run.startedAt > 0) {
        date = meetingDateTime(session.run.startedAt, session.meeting).date();
    }
    if (!date.isValid() && session.savedAt > 0) {
        date = meetingDateTime(session.savedAt, session.meeting).date();
    }
    return datedFileName(date, name);
}

QString datedFileName(const QDate &date, const QString &name)
{
    return date.isValid() ? date.toString(dateFormat) + QLatin1Char('-') + name : name;
}

QString fileName(const SessionData &session, const QString &extension)
{
    QString ext = extension;
    while (ext.startsWith(QLatin1Char('.'))) {
        ext.remove(0, 1);
    }
    return datedFileName(session, QStringLiteral("meeting-minutes.") + (ext.isEmpty() ? QStringLiteral("md") : ext));
}

} // namespace gavel::minutesexport
