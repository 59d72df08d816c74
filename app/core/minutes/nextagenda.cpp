#include "minutes/nextagenda.h"

#include "agenda/agendaimporter.h"
#include "agenda/agendametadata.h"
#include "agenda/durations.h"
#include "agenda/meetingtimeparser.h"
#include "agenda/people.h"
#include "agenda/titles.h"
#include "minutes/agendawords.h"
#include "minutes/calendarinvite.h"
#include "minutes/meetingtitle.h"
#include "minutes/minutesexport.h"
#include "storage/readfile.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace gavel::nextmeeting {

using agendawords::isTencent;
using agendawords::Labels;
using agendawords::labelsFor;
using titles::singleLine;
using titles::withoutNumbering;

namespace {

// ---- the layout of the current agenda ----

struct Layout
{
    int agendaLevel = 1; // "# 会议议程" or "## 会议议程"
    QString agendaHeading; // as written; empty: the language's default
    bool numbered = false; // "1. item" rather than "- item"
    QString unit; // "minutes", "min", "mins", "分钟"
    QString rosterLabel; // as written; empty: the language's default
    bool atMentions = false; // people in items written "@[handle](…)" rather than "[handle](…)"
};

Layout defaultLayout(const Meeting &meeting)
{
    // The later PFCC agendas state the offset and use "## 会议议程", numbers and "min".
    Layout layout;
    const bool later = meeting.time.utcOffsetSeconds.has_value();
    layout.agendaLevel = later ? 2 : 1;
    layout.numbered = later;
    layout.unit = later ? QStringLiteral("min") : QStringLiteral("minutes");
    layout.atMentions = later;
    return layout;
}

Layout layoutOf(const QString &markdown, const Meeting &meeting)
{
    Layout layout = defaultLayout(meeting);
    if (markdown.isEmpty()) {
        return layout;
    }
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression listEntry(QStringLiteral("^\\s{0,3}(?:(\\d{1,3})[.)]|[-*+])\\s"));
    static const QRegularExpression labelLine(QStringLiteral("^\\s*[-*+]\\s+(.*?)\\s*[：:]\\s*$"));
    static const QRegularExpression unitRe(QStringLiteral("\\d\\s*(minutes|minute|mins|min|分钟)(?![A-Za-z])"),
                                           QRegularExpression::CaseInsensitiveOption);

    const QStringList lines = markdown.split(QLatin1Char('\n'));
    bool seenTitle = false;
    bool inAgenda = false;
    bool listStyleKnown = false;
    qsizetype agendaLine = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i];
        const QRegularExpressionMatch h = heading.match(line);
        if (h.hasMatch()) {
            if (!seenTitle) {
                seenTitle = true;
            } else if (!inAgenda && titles::namesAgenda(h.captured(2))) {
                inAgenda = true;
                agendaLine = i;
                layout.agendaLevel = int(h.capturedLength(1));
                layout.agendaHeading = h.captured(2);
            }
            continue;
        }
        if (inAgenda) {
            if (!listStyleKnown) {
                const QRegularExpressionMatch e = listEntry.match(line);
                if (e.hasMatch()) {
                    layout.numbered = e.capturedLength(1) > 0;
                    listStyleKnown = true;
                }
            }
        } else if (layout.rosterLabel.isEmpty()) {
            const QRegularExpressionMatch l = labelLine.match(line);
            if (l.hasMatch() && agendametadata::isRosterLabel(l.captured(1))) {
                layout.rosterLabel = l.captured(1);
            }
        }
    }
    if (agendaLine >= 0) {
        QHash<QString, int> counts;
        QString best;
        bool githubLinks = false;
        bool atLinks = false;
        for (qsizetype i = agendaLine + 1; i < lines.size(); ++i) {
            githubLinks = githubLinks || lines[i].contains(QLatin1String("](https://github.com/"));
            atLinks = atLinks || lines[i].contains(QLatin1String("@[")); // "@[jzhang533](…)"
            auto it = unitRe.globalMatch(lines[i]);
            while (it.hasNext()) {
                QString unit = it.next().captured(1).toLower();
                if (unit == u"minute") {
                    unit = QStringLiteral("minutes");
                }
                const int n = ++counts[unit];
                if (best.isEmpty() || n > counts.value(best)) {
                    best = unit;
                }
            }
        }
        if (!best.isEmpty()) {
            layout.unit = best;
        }
        if (githubLinks || atLinks) {
            layout.atMentions = atLinks;
        }
    }
    return layout;
}

// ---- Markdown helpers ----

// Plain text made safe inside a line: inline syntax (emphasis, links, HTML, code) escaped.
QString escapeInline(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>~|");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (special.contains(c)) {
            out.append(QLatin1Char('\\'));
        }
        out.append(c);
    }
    return out;
}

// Plain text made safe inside a list entry: inline syntax escaped, no accidental block start.
QString escapeMarkdown(const QString &text)
{
    QString out = escapeInline(text);
    static const QRegularExpression blockStart(QStringLiteral("^(?:([#+\\-=])|(\\d+)([.)]))"));
    const QRegularExpressionMatch m = blockStart.match(out);
    if (m.hasMatch()) {
        if (m.capturedLength(1) > 0) {
            out.insert(0, QLatin1Char('\\'));
        } else {
            out.insert(m.capturedStart(3), QLatin1Char('\\'));
        }
    }
    return out;
}

bool isEmptyPerson(const std::optional<Person> &p)
{
    return !p || (p->name.trimmed().isEmpty() && p->github.trimmed().isEmpty());
}

QString githubLink(const QString &text, const QString &handle)
{
    return QStringLiteral("[%1](https://github.com/%2)").arg(escapeMarkdown(text), handle);
}

// "高翔（[jeff41404](https://github.com/jeff41404)）", "[jeff41404](…)" or "高翔".
QString personWithLink(const Person &p, const Labels &labels)
{
    if (p.github.isEmpty()) {
        return escapeMarkdown(p.name);
    }
    if (p.name.isEmpty() || p.name.compare(p.github, Qt::CaseInsensitive) == 0) {
        return githubLink(p.github, p.github);
    }
    return escapeMarkdown(p.name) + labels.open + githubLink(p.github, p.github) + labels.close;
}

// A roster entry: the link text is the name, as the PFCC rosters write "[Tao Luo](…/luotao1)".
QString rosterEntry(const Person &p)
{
    if (p.github.isEmpty()) {
        return escapeMarkdown(p.name);
    }
    return githubLink(p.name.isEmpty() ? p.github : p.name, p.github);
}

QString durationText(int minutes, const Layout &layout, const Labels &labels)
{
    const QString unit = layout.unit == u"分钟" ? layout.unit : QLatin1Char(' ') + layout.unit;
    return labels.open + QString::number(minutes) + unit + labels.close;
}

QString timeLine(const MeetingTime &t)
{
    QString out = t.date.isValid() ? t.date.toString(Qt::ISODate) : QString();
    if (t.start.isValid()) {
        if (!out.isEmpty()) {
            out += QLatin1Char(' ');
        }
        out += t.start.toString(QStringLiteral("HH:mm"));
        if (t.end.isValid()) {
            out += QLatin1Char('-') + t.end.toString(QStringLiteral("HH:mm"));
        }
    }
    if (t.utcOffsetSeconds) {
        out += QStringLiteral(" (GMT") + formatUtcOffset(*t.utcOffsetSeconds) + QLatin1Char(')');
    }
    return out;
}

// ---- closing items ----

// A title compared across agendas: no numbering, no durations, no spaces or punctuation, case folded.
QString comparable(const QString &title)
{
    const QString stripped = durations::withoutDurationGroups(withoutNumbering(singleLine(title)));
    QString key;
    for (const QChar c : stripped) {
        if (c.isLetterOrNumber()) {
            key.append(c.toCaseFolded());
        }
    }
    return key;
}

bool soundsClosing(const QString &title)
{
    static const QRegularExpression words(
        QStringLiteral("自由发言|讨论|下次会议|主席|free\\s+discussion|open\\s+discussion|next\\s+meeting|\\bAOB\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return words.match(title).hasMatch();
}

QList<AgendaItem> closingItems(const QList<AgendaItem> &items, const QList<QStringList> &earlierAgendas)
{
    QSet<QString> earlier;
    for (const QStringList &agenda : earlierAgendas) {
        for (const QString &title : agenda) {
            const QString key = comparable(title);
            if (!key.isEmpty()) {
                earlier.insert(key);
            }
        }
    }
    const auto recurs = [&](const AgendaItem &item) {
        if (earlierAgendas.isEmpty()) {
            return soundsClosing(item.title);
        }
        return earlier.contains(comparable(item.title));
    };
    // The trailing run of recurring items among the last three; a one-off last item (a farewell,
    // an announcement) before them is skipped.
    constexpr qsizetype window = 3;
    QList<AgendaItem> out;
    for (qsizetype i = items.size() - 1; i >= 0 && i >= items.size() - window; --i) {
        if (recurs(items[i])) {
            AgendaItem kept;
            kept.title = items[i].title;
            kept.minutes = items[i].minutes;
            out.prepend(kept);
        } else if (!out.isEmpty()) {
            break;
        }
    }
    return out;
}

// ---- the next meeting: when, where, who ----

Meeting planNext(const SessionData &session, int intervalDays)
{
    const Meeting &current = session.meeting;
    const NextMeetingPlan &plan = session.minutes.next;
    Meeting next;
    MeetingTime &time = next.time;
    time.date = plan.date.isValid() ? plan.date
                                    : (current.time.date.isValid() ? current.time.date.addDays(intervalDays) : QDate());
    time.start = plan.time.isValid() ? plan.time : current.time.start;
    time.utcOffsetSeconds = current.time.utcOffsetSeconds;
    if (current.time.hasEnd() && time.start.isValid()) {
        const int length
            = current.time.start.secsTo(current.time.end) + (current.time.end < current.time.start ? 86400 : 0);
        time.end = time.start.addSecs(length);
    }
    next.title = meetingtitle::withNextDate(meetingtitle::advanceOrdinal(current.title), current.time.date, time.date);
    next.join = current.join;
    // The vice-chair chairs next: the community rotates that way.
    if (!isEmptyPerson(plan.chair)) {
        next.chair = plan.chair;
    } else if (!isEmptyPerson(current.viceChair)) {
        next.chair = current.viceChair;
    } else if (!isEmptyPerson(current.chair)) {
        next.chair = current.chair;
    }
    if (!isEmptyPerson(plan.viceChair)) {
        next.viceChair = plan.viceChair;
    }
    next.roster = current.roster;
    return next;
}

// ---- its agenda items, as list entries: the entry's text and its children's ----

struct Entry
{
    QString text;
    std::optional<int> minutes;
    QStringList children;
};

QString openActionLine(const ActionItem &action, const Labels &labels, bool zh)
{
    QStringList details;
    if (!action.owner.isEmpty() || !action.ownerGithub.isEmpty()) {
        const QString owner = action.ownerGithub.isEmpty()
            ? escapeMarkdown(action.owner)
            : githubLink(action.owner.isEmpty() ? action.ownerGithub : action.owner, action.ownerGithub);
        details << (zh ? QStringLiteral("负责人：") : QStringLiteral("owner: ")) + owner;
    }
    if (action.due.isValid()) {
        details << (zh ? QStringLiteral("截止：") : QStringLiteral("due ")) + action.due.toString(Qt::ISODate);
    }
    QString line = escapeMarkdown(singleLine(action.text));
    if (!details.isEmpty()) {
        line += labels.open + details.join(labels.listSeparator) + labels.close;
    }
    return line;
}

// A topic typed for the next meeting, read the way an agenda item is: its durations (in brackets
// or bare: "Type hints（20 mins）", "Type hints 20 min") become the entry's, in the agenda's unit;
// its @handles become links to the people, written as the agenda writes them; the rest is text.
// nullopt when nothing but durations is left. *plainTitle: the topic without its durations.
std::optional<Entry> topicEntry(const QString &topic, const Layout &layout, QString *plainTitle)
{
    const QString line = singleLine(topic);
    const std::optional<int> minutes = durations::total(line);
    QString title = durations::withoutDurationGroups(line);
    const QList<durations::Duration> bare = durations::find(title);
    for (auto it = bare.crbegin(); it != bare.crend(); ++it) {
        title.remove(it->start, it->end - it->start);
    }
    title = title.simplified();
    if (!bare.isEmpty()) {
        // "Type hints - 20 min": the dash went with the duration.
        static const QRegularExpression dangling(QStringLiteral("[\\s\\-–—:：,，、]+$"));
        title.remove(dangling);
    }
    *plainTitle = title;
    if (title.isEmpty()) {
        return std::nullopt;
    }
    QString text;
    qsizetype from = 0;
    for (const PersonRef &ref : people::findRefs(InlineSpan {title, {}})) {
        const QString before = title.mid(from, ref.start - from);
        text += from == 0 ? escapeMarkdown(before) : escapeInline(before);
        text += (layout.atMentions ? QStringLiteral("@") : QString()) + githubLink(ref.handle, ref.handle);
        from = ref.end;
    }
    text += from == 0 ? escapeMarkdown(title) : escapeInline(title.mid(from));
    return Entry {text, minutes, {}};
}

QList<Entry> entriesFor(const SessionData &session, const QList<Person> &newcomers,
                        const QList<QStringList> &earlierAgendas, const Layout &layout, const Labels &labels, bool zh)
{
    QList<Entry> entries;
    if (!newcomers.isEmpty()) {
        QStringList who;
        for (const Person &p : newcomers) {
            who << rosterEntry(p);
        }
        entries.append({labels.newMembers + labels.colon + who.join(QLatin1Char(' ')), 5, {}});
    }
    QStringList openActions;
    for (const ActionItem &action : session.minutes.actions) {
        if (!action.done && !action.text.trimmed().isEmpty()) {
            openActions << openActionLine(action, labels, zh);
        }
    }
    if (!openActions.isEmpty()) {
        entries.append({labels.openActions, 5, openActions});
    }
    // The topics announced for this meeting come between the opening and the closing items; one
    // that repeats another topic or a closing item is written once.
    const QList<AgendaItem> closing = closingItems(session.meeting.items, earlierAgendas);
    QSet<QString> seen;
    for (const AgendaItem &item : closing) {
        seen.insert(comparable(item.title));
    }
    for (const QString &topic : session.minutes.next.topics()) {
        QString title;
        const std::optional<Entry> entry = topicEntry(topic, layout, &title);
        const QString folded = comparable(title);
        const QString key = folded.isEmpty() ? QLatin1Char('#') + title : folded; // "---" is no "***"
        if (entry && !seen.contains(key)) {
            seen.insert(key);
            entries.append(*entry);
        }
    }
    for (const AgendaItem &item : closing) {
        entries.append({escapeMarkdown(singleLine(item.title)), item.minutes, {}});
    }
    return entries;
}

// ---- the Markdown, in the current agenda's layout ----

QString writeAgenda(const Meeting &next, const QList<Entry> &entries, const Layout &layout, const Labels &labels)
{
    QStringList md;
    md << QStringLiteral("# ") + escapeMarkdown(next.title) << QString();
    md << QStringLiteral("- ") + labels.time + labels.colon + timeLine(next.time);
    const JoinInfo &join = next.join;
    if (!join.url.isEmpty() || !join.meetingId.isEmpty() || !join.password.isEmpty()) {
        md << QStringLiteral("- ") + labels.join + labels.colon.trimmed();
        if (!join.meetingId.isEmpty()) {
            md << QStringLiteral("  - ") + (isTencent(join) ? labels.tencent : labels.meetingId) + labels.colon
                    + join.meetingId;
        }
        if (!join.password.isEmpty()) {
            md << QStringLiteral("  - ") + labels.password + labels.colon + escapeMarkdown(join.password);
        }
        if (!join.url.isEmpty()) {
            md << QStringLiteral("  - ") + labels.joinLink.arg(join.url);
        }
    }
    md << QStringLiteral("- ") + labels.chair + labels.colon
            + (next.chair ? personWithLink(*next.chair, labels) : QString());
    md << (QStringLiteral("- ") + labels.vice + labels.colon
           + (next.viceChair ? personWithLink(*next.viceChair, labels) : QString()))
              .trimmed();
    if (!next.roster.isEmpty()) {
        md << QString();
        md << QStringLiteral("- ") + (layout.rosterLabel.isEmpty() ? labels.roster : layout.rosterLabel)
                + labels.colon.trimmed();
        for (const Person &p : next.roster) {
            md << QStringLiteral("    - ") + rosterEntry(p);
        }
    }
    md << QString();
    md << QString(layout.agendaLevel, QLatin1Char('#')) + QLatin1Char(' ')
            + (layout.agendaHeading.isEmpty() ? labels.agenda : layout.agendaHeading);
    md << QString();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &e = entries[i];
        const QString marker = layout.numbered ? QString::number(i + 1) + QStringLiteral(". ") : QStringLiteral("- ");
        QString line = marker + e.text;
        if (e.minutes) {
            line += durationText(*e.minutes, layout, labels);
        }
        md << line;
        const QString indent(marker.size(), QLatin1Char(' '));
        for (const QString &child : e.children) {
            md << indent + QStringLiteral("- ") + child;
        }
    }
    return md.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

QString readSourceAgenda(const SessionData &session)
{
    QByteArray bytes;
    QString error;
    if (session.sourceAgenda.isEmpty()
        || readWholeFile(session.sourceAgenda, AgendaImporter::maxFileSize, &bytes, &error) != ReadFailure::None) {
        return {};
    }
    return QString::fromUtf8(bytes).remove(QLatin1Char('\r'));
}

Draft prepare(const SessionData &session, const QString &sourceAgenda, const QList<Person> &newcomers,
              const QList<QStringList> &earlierAgendas, const QDateTime &now, int intervalDays)
{
    const bool zh = agendaLanguage(session.meeting) == u"zh";
    const Labels labels = labelsFor(zh);
    const Meeting next = planNext(session, intervalDays);
    const Layout layout = layoutOf(sourceAgenda, session.meeting);
    const QList<Entry> entries = entriesFor(session, newcomers, earlierAgendas, layout, labels, zh);

    Draft draft;
    draft.markdown = writeAgenda(next, entries, layout, labels);
    const QString prefix = next.time.date.isValid() ? QString() : QStringLiteral("next-");
    draft.agendaFileName = minutesexport::datedFileName(next.time.date, prefix + QStringLiteral("meeting-agenda.md"));
    draft.icsFileName = minutesexport::datedFileName(next.time.date, prefix + QStringLiteral("meeting.ics"));

    // What the written agenda holds, read back the way any agenda is read.
    const ImportResult reread = AgendaImporter::importMarkdown(draft.markdown, draft.agendaFileName);
    if (reread.ok()) {
        draft.meeting = reread.meeting;
    } else {
        draft.meeting = next;
        for (const Entry &e : entries) {
            AgendaItem item;
            item.title = e.text;
            item.minutes = e.minutes;
            draft.meeting.items.append(item);
        }
    }
    draft.ics = calendarinvite::write(draft.meeting, session.series, now, zh);
    return draft;
}

} // namespace gavel::nextmeeting
