#include "minutes/nextmeeting.h"

#include "agenda/agendaimporter.h"
#include "agenda/durations.h"
#include "agenda/meetingtimeparser.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace gavel::nextmeeting {

namespace {

// ---- the layout of the current agenda ----

struct Layout
{
    int agendaLevel = 1; // "# 会议议程" or "## 会议议程"
    QString agendaHeading; // as written; empty: the language's default
    bool numbered = false; // "1. item" rather than "- item"
    QString unit; // "minutes", "min", "mins", "分钟"
    QString rosterLabel; // as written; empty: the language's default
};

Layout defaultLayout(const Meeting &meeting)
{
    // The later PFCC agendas state the offset and use "## 会议议程", numbers and "min".
    Layout layout;
    const bool later = meeting.time.utcOffsetSeconds.has_value();
    layout.agendaLevel = later ? 2 : 1;
    layout.numbered = later;
    layout.unit = later ? QStringLiteral("min") : QStringLiteral("minutes");
    return layout;
}

Layout layoutOf(const QString &markdown, const Meeting &meeting)
{
    Layout layout = defaultLayout(meeting);
    if (markdown.isEmpty()) {
        return layout;
    }
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression agendaWord(QStringLiteral("议程|agenda"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression listEntry(QStringLiteral("^\\s{0,3}(?:(\\d{1,3})[.)]|[-*+])\\s"));
    static const QRegularExpression labelLine(QStringLiteral("^\\s*[-*+]\\s+(.*?)\\s*[：:]\\s*$"));
    static const QRegularExpression rosterWords(
        QStringLiteral("参会|与会|member\\s*list|attendees|invitees|participants"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression notRoster(QStringLiteral("方式|链接|地址|方法|须知|\\blink\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
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
            } else if (!inAgenda && agendaWord.match(h.captured(2)).hasMatch()) {
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
            if (l.hasMatch() && rosterWords.match(l.captured(1)).hasMatch()
                && !notRoster.match(l.captured(1)).hasMatch()) {
                layout.rosterLabel = l.captured(1);
            }
        }
    }
    if (agendaLine >= 0) {
        QHash<QString, int> counts;
        QString best;
        for (qsizetype i = agendaLine + 1; i < lines.size(); ++i) {
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
    }
    return layout;
}

QString readSource(const QString &path)
{
    if (path.isEmpty()) {
        return {};
    }
    const QFileInfo info(path);
    if (!info.isFile() || info.size() > AgendaImporter::maxFileSize) {
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QString text = QString::fromUtf8(file.readAll());
    text.remove(QLatin1Char('\r'));
    return text;
}

// ---- labels: the agenda's own language, not the interface's ----

struct Labels
{
    QString time, join, tencent, meetingId, password, joinLink, chair, vice, roster, agenda, newMembers, openActions;
    QString colon, open, close, listSeparator; // "：" "（" "）" "，"
};

Labels labelsFor(bool zh)
{
    if (zh) {
        return {QStringLiteral("本次会议时间"),
                QStringLiteral("本次会议接入方式"),
                QStringLiteral("腾讯会议"),
                QStringLiteral("会议号"),
                QStringLiteral("会议密码"),
                QStringLiteral("[点击链接入会](%1)，或添加至会议列表"),
                QStringLiteral("本次会议主席"),
                QStringLiteral("本次会议副主席"),
                QStringLiteral("本次拟参会人员列表"),
                QStringLiteral("会议议程"),
                QStringLiteral("新人介绍"),
                QStringLiteral("上次会议待办"),
                QStringLiteral("："),
                QStringLiteral("（"),
                QStringLiteral("）"),
                QStringLiteral("，")};
    }
    // "Member list" rather than "Members": the importer looks for a roster label it knows.
    return {QStringLiteral("Meeting Time"),
            QStringLiteral("How to Join"),
            QStringLiteral("Meeting ID"), // the importer knows no "Tencent Meeting" label
            QStringLiteral("Meeting ID"),
            QStringLiteral("Password"),
            QStringLiteral("[Join the meeting](%1)"),
            QStringLiteral("Chair"),
            QStringLiteral("Vice Chair"),
            QStringLiteral("Member list"),
            QStringLiteral("Agenda"),
            QStringLiteral("Welcome new members"),
            QStringLiteral("Open action items from last time"),
            QStringLiteral(": "),
            QStringLiteral(" ("),
            QStringLiteral(")"),
            QStringLiteral(", ")};
}

// ---- Markdown helpers ----

// The PFCC writes "腾讯会议：<id>"; other services get the generic meeting-number label.
bool isTencent(const JoinInfo &join)
{
    return join.url.isEmpty() || join.url.contains(QLatin1String("tencent"))
        || join.url.contains(QLatin1String("voovmeeting"));
}

QString singleLine(const QString &s)
{
    return QString(s).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
}

// Plain text made safe inside a list entry: inline syntax escaped, no accidental block start.
QString escapeMarkdown(const QString &text)
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

QString withoutNumbering(const QString &title)
{
    static const QRegularExpression numbering(QStringLiteral(
        "^\\s*(?:\\d{1,3}(?:\\.\\d+)*[.、)）:：]|\\d{1,2}\\s|[(（]\\d{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．:：]"
        "|第[一二三四五六七八九十\\d]{1,3}[项部个]?[、.．:：]?)\\s*"));
    return QString(title).remove(numbering);
}

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

// ---- the title ----

const QString &chineseDigits()
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    return digits;
}

QString ordinalSuffix(int n)
{
    const int mod100 = n % 100;
    if (mod100 >= 11 && mod100 <= 13) {
        return QStringLiteral("th");
    }
    switch (n % 10) {
    case 1: return QStringLiteral("st");
    case 2: return QStringLiteral("nd");
    case 3: return QStringLiteral("rd");
    default: return QStringLiteral("th");
    }
}

QString withNextDate(const QString &title, const QDate &current, const QDate &next)
{
    if (!current.isValid() || !next.isValid()) {
        return title;
    }
    return QString(title).replace(current.toString(Qt::ISODate), next.toString(Qt::ISODate));
}

// ---- .ics ----

QString icsLocal(const QDate &date, const QTime &time)
{
    return date.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('T') + time.toString(QStringLiteral("HHmmss"));
}

QString offsetCompact(int seconds)
{
    return formatUtcOffset(seconds).remove(QLatin1Char(':'));
}

QString icsText(const Draft &draft, const SessionData &session, const Meeting &current, bool zh)
{
    const Meeting &next = draft.meeting;
    if (!next.time.date.isValid()) {
        return {};
    }
    QStringList lines;
    lines << QStringLiteral("BEGIN:VCALENDAR") << QStringLiteral("VERSION:2.0")
          << QStringLiteral("PRODID:-//Gavel//Gavel//EN") << QStringLiteral("CALSCALE:GREGORIAN")
          << QStringLiteral("METHOD:PUBLISH");
    QString tzid;
    // The agenda's stated offset, else this computer's on that date: an invite always says
    // which time zone it means (the chair prepares it where the meeting is held).
    const int systemOffset
        = QDateTime(next.time.date, next.time.start.isValid() ? next.time.start : QTime(12, 0)).offsetFromUtc();
    const std::optional<int> zoneOffset
        = next.time.utcOffsetSeconds ? next.time.utcOffsetSeconds : std::optional<int>(systemOffset);
    if (zoneOffset) {
        const int offset = *zoneOffset;
        // No ':' in the id: it is an unquoted parameter value in DTSTART;TZID=... (RFC 5545 3.2).
        tzid = QStringLiteral("UTC") + offsetCompact(offset);
        lines << QStringLiteral("BEGIN:VTIMEZONE") << QStringLiteral("TZID:") + tzid << QStringLiteral("BEGIN:STANDARD")
              << QStringLiteral("DTSTART:19700101T000000") << QStringLiteral("TZOFFSETFROM:") + offsetCompact(offset)
              << QStringLiteral("TZOFFSETTO:") + offsetCompact(offset)
              << QStringLiteral("TZNAME:UTC") + formatUtcOffset(offset) << QStringLiteral("END:STANDARD")
              << QStringLiteral("END:VTIMEZONE");
    }
    lines << QStringLiteral("BEGIN:VEVENT");

    const QString dateIso = next.time.date.toString(Qt::ISODate);
    const QByteArray hash
        = QCryptographicHash::hash(
              (session.series + QLatin1Char('\n') + next.title + QLatin1Char('\n') + dateIso).toUtf8(),
              QCryptographicHash::Sha1)
              .toHex()
              .left(16);
    lines << QStringLiteral("UID:") + dateIso + QLatin1Char('-') + QString::fromLatin1(hash) + QStringLiteral("@gavel");

    // DTSTAMP: this meeting's start in UTC, so the same session always gives the same file.
    QDateTime stamp;
    const int currentOffset = current.time.utcOffsetSeconds.value_or(*zoneOffset);
    if (current.time.date.isValid()) {
        stamp = QDateTime(current.time.date, current.time.start.isValid() ? current.time.start : QTime(0, 0),
                          QTimeZone(currentOffset));
    } else {
        stamp = QDateTime(next.time.date, next.time.start.isValid() ? next.time.start : QTime(0, 0),
                          QTimeZone(*zoneOffset));
    }
    lines << QStringLiteral("DTSTAMP:") + stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));

    if (next.time.start.isValid()) {
        const QDateTime start(next.time.date, next.time.start, Qt::UTC);
        QDateTime end;
        if (next.time.end.isValid()) {
            end = QDateTime(next.time.endDate(), next.time.end, Qt::UTC);
        } else {
            const int minutes = qMax(30, qMax(next.plannedMinutes(), current.plannedMinutes()));
            end = start.addSecs(qint64(minutes) * 60);
        }
        const QString param = tzid.isEmpty() ? QString() : QStringLiteral(";TZID=") + tzid;
        lines << QStringLiteral("DTSTART") + param + QLatin1Char(':') + icsLocal(start.date(), start.time());
        lines << QStringLiteral("DTEND") + param + QLatin1Char(':') + icsLocal(end.date(), end.time());
    } else {
        lines << QStringLiteral("DTSTART;VALUE=DATE:") + next.time.date.toString(QStringLiteral("yyyyMMdd"));
        lines << QStringLiteral("DTEND;VALUE=DATE:") + next.time.date.addDays(1).toString(QStringLiteral("yyyyMMdd"));
    }
    lines << QStringLiteral("SUMMARY:") + escapeIcsText(next.title);

    const Labels labels = labelsFor(zh);
    QStringList description;
    if (next.chair) {
        QString who = next.chair->name;
        if (!next.chair->github.isEmpty() && next.chair->github.compare(who, Qt::CaseInsensitive) != 0) {
            who = who.isEmpty() ? next.chair->github : who + labels.open + next.chair->github + labels.close;
        }
        const QString label = zh ? QStringLiteral("主席") : QStringLiteral("Chair");
        description << label + labels.colon + who;
    }
    if (!next.join.url.isEmpty()) {
        description << (zh ? QStringLiteral("入会链接") : QStringLiteral("Join")) + labels.colon + next.join.url;
    }
    if (!next.join.meetingId.isEmpty()) {
        description << (isTencent(next.join) ? labels.tencent : labels.meetingId) + labels.colon + next.join.meetingId;
    }
    if (!next.join.password.isEmpty()) {
        description << labels.password + labels.colon + next.join.password;
    }
    if (!description.isEmpty()) {
        lines << QStringLiteral("DESCRIPTION:") + escapeIcsText(description.join(QLatin1Char('\n')));
    }
    if (!next.join.url.isEmpty()) {
        lines << QStringLiteral("URL:") + next.join.url;
    }
    lines << QStringLiteral("END:VEVENT") << QStringLiteral("END:VCALENDAR");

    QByteArray out;
    for (const QString &line : std::as_const(lines)) {
        out += foldIcsLine(line);
        out += "\r\n";
    }
    return QString::fromUtf8(out);
}

} // namespace

// ---- public helpers ----

QString chineseNumeral(int n)
{
    const QString &d = chineseDigits();
    if (n <= 0 || n >= 10000) {
        return QString::number(n);
    }
    if (n < 10) {
        return d[n];
    }
    if (n < 20) {
        return QStringLiteral("十") + (n % 10 ? QString(d[n % 10]) : QString());
    }
    // From the highest place down; a zero between places is said once ("一百零一").
    static const QString places = QStringLiteral("千百十");
    const int values[] = {1000, 100, 10};
    QString out;
    bool pendingZero = false;
    int rest = n;
    for (int i = 0; i < 3; ++i) {
        const int digit = rest / values[i];
        rest %= values[i];
        if (digit > 0) {
            if (pendingZero) {
                out += d[0];
                pendingZero = false;
            }
            out += d[digit];
            out += places[i];
        } else if (!out.isEmpty()) {
            pendingZero = true;
        }
    }
    if (rest > 0) {
        if (pendingZero) {
            out += d[0];
        }
        out += d[rest];
    }
    return out;
}

int parseChineseNumeral(const QString &text)
{
    if (text.isEmpty()) {
        return 0;
    }
    static const QRegularExpression placeFree(QStringLiteral("^[零〇一二三四五六七八九两]{2,4}$"));
    if (placeFree.match(text).hasMatch()) {
        // Read digit by digit: "一〇一" is 101.
        int value = 0;
        for (const QChar c : text) {
            const int d = c == QChar(0x3007) ? 0 : (c == QChar(0x4E24) ? 2 : int(chineseDigits().indexOf(c)));
            value = value * 10 + d;
        }
        return value;
    }
    int total = 0;
    int digit = -1; // the digit waiting for its place; -1: none
    for (const QChar c : text) {
        int value = int(chineseDigits().indexOf(c));
        if (c == QChar(0x3007)) { // 〇
            value = 0;
        } else if (c == QChar(0x4E24)) { // 两
            value = 2;
        }
        if (value >= 0) {
            digit = value;
            continue;
        }
        int place = 0;
        if (c == QChar(0x5341)) { // 十
            place = 10;
        } else if (c == QChar(0x767E)) { // 百
            place = 100;
        } else if (c == QChar(0x5343)) { // 千
            place = 1000;
        } else {
            return 0;
        }
        total += (digit < 0 ? 1 : digit) * place;
        digit = -1;
    }
    if (digit > 0) {
        total += digit;
    }
    return total > 0 && total < 10000 ? total : 0;
}

QString advanceOrdinal(const QString &title)
{
    // "第一次", "五十次", "第12次"
    static const QRegularExpression chinese(QStringLiteral("([一二三四五六七八九十百千零〇两]+|\\d+)(\\s*次)"));
    QRegularExpressionMatch m = chinese.match(title);
    if (m.hasMatch()) {
        const QString number = m.captured(1);
        const bool arabic = number[0].isDigit();
        const int n = arabic ? number.toInt() : parseChineseNumeral(number);
        if (n > 0) {
            const QString next = arabic ? QString::number(n + 1) : chineseNumeral(n + 1);
            return QString(title).replace(m.capturedStart(1), m.capturedLength(1), next);
        }
    }
    // "12th", "1st"
    static const QRegularExpression english(QStringLiteral("\\b(\\d+)(st|nd|rd|th)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    m = english.match(title);
    if (m.hasMatch()) {
        const int n = m.captured(1).toInt() + 1;
        QString suffix = ordinalSuffix(n);
        if (m.captured(2).at(0).isUpper()) {
            suffix = suffix.toUpper();
        }
        return QString(title).replace(m.capturedStart(0), m.capturedLength(0), QString::number(n) + suffix);
    }
    // "#12", "No. 12"
    static const QRegularExpression numberSign(QStringLiteral("(?:#|\\bNo\\.?\\s*)(\\d+)\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
    m = numberSign.match(title);
    if (m.hasMatch()) {
        return QString(title).replace(m.capturedStart(1), m.capturedLength(1),
                                      QString::number(m.captured(1).toInt() + 1));
    }
    return title;
}

QString escapeIcsText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            out += QStringLiteral("\\n");
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
                ++i;
            }
        } else if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray foldIcsLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    qsizetype pos = 0;
    bool first = true;
    while (pos < bytes.size()) {
        const qsizetype room = first ? 75 : 74; // a continuation line starts with a space
        qsizetype end = qMin(bytes.size(), pos + room);
        if (end < bytes.size()) {
            // Never cut inside a UTF-8 sequence: back off to a lead byte.
            while (end > pos && (static_cast<unsigned char>(bytes[end]) & 0xC0) == 0x80) {
                --end;
            }
        }
        if (!first) {
            out += "\r\n ";
        }
        out += bytes.mid(pos, end - pos);
        pos = end;
        first = false;
    }
    return out;
}

Draft prepare(const SessionData &session, const QList<Person> &newcomers, const QList<QStringList> &earlierAgendas,
              int intervalDays)
{
    const Meeting &current = session.meeting;
    const NextMeetingPlan &plan = session.minutes.next;
    const bool zh = agendaLanguage(current) == u"zh";
    const Labels labels = labelsFor(zh);
    const Layout layout = layoutOf(readSource(session.sourceAgenda), current);

    // When, where, who.
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
    next.title = withNextDate(advanceOrdinal(current.title), current.time.date, time.date);
    next.join = current.join;
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

    // The agenda items, written as list entries: the entry's text and its children's.
    struct Entry
    {
        QString text;
        std::optional<int> minutes;
        QStringList children;
    };
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
        if (action.done || action.text.trimmed().isEmpty()) {
            continue;
        }
        QStringList details;
        if (!action.owner.isEmpty() || !action.ownerGithub.isEmpty()) {
            QString owner;
            if (action.ownerGithub.isEmpty()) {
                owner = escapeMarkdown(action.owner);
            } else {
                owner = githubLink(action.owner.isEmpty() ? action.ownerGithub : action.owner, action.ownerGithub);
            }
            details << (zh ? QStringLiteral("负责人：") : QStringLiteral("owner: ")) + owner;
        }
        if (action.due.isValid()) {
            details << (zh ? QStringLiteral("截止：") : QStringLiteral("due ")) + action.due.toString(Qt::ISODate);
        }
        QString line = escapeMarkdown(singleLine(action.text));
        if (!details.isEmpty()) {
            line += labels.open + details.join(labels.listSeparator) + labels.close;
        }
        openActions << line;
    }
    if (!openActions.isEmpty()) {
        entries.append({labels.openActions, 5, openActions});
    }
    for (const AgendaItem &item : closingItems(current.items, earlierAgendas)) {
        entries.append({escapeMarkdown(singleLine(item.title)), item.minutes, {}});
    }

    // The Markdown, in the current agenda's layout.
    QStringList md;
    md << QStringLiteral("# ") + escapeMarkdown(next.title) << QString();
    const QString meetingTime = timeLine(time);
    md << QStringLiteral("- ") + labels.time + labels.colon + meetingTime;
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
        for (const Person &p : std::as_const(next.roster)) {
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

    Draft draft;
    draft.markdown = md.join(QLatin1Char('\n')) + QLatin1Char('\n');
    const QString stem = time.date.isValid() ? time.date.toString(Qt::ISODate) + QStringLiteral("-meeting")
                                             : QStringLiteral("next-meeting");
    draft.agendaFileName = stem + QStringLiteral("-agenda.md");
    draft.icsFileName = stem + QStringLiteral(".ics");

    // What the written agenda holds, read back the way any agenda is read.
    const ImportResult reread = AgendaImporter::importMarkdown(draft.markdown, draft.agendaFileName);
    if (reread.ok()) {
        draft.meeting = reread.meeting;
    } else {
        draft.meeting = next;
        for (const Entry &e : std::as_const(entries)) {
            AgendaItem item;
            item.title = e.text;
            item.minutes = e.minutes;
            draft.meeting.items.append(item);
        }
    }
    draft.ics = icsText(draft, session, current, zh);
    return draft;
}

} // namespace gavel::nextmeeting
