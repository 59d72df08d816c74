#include "meeting/roster.h"

#include "agenda/people.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace gavel::attendance {

namespace {

bool isNewcomerItem(const QString &title)
{
    static const QRegularExpression re(
        QStringLiteral("新人|新同学|新成员|新朋友|newcomer|new member|new contributor|welcome"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(title).hasMatch();
}

// The agenda's speakers as people (a name the agenda gives without a handle has no GitHub
// account), each with whether it is in a newcomers' item.
void collectSpeakers(const QList<AgendaItem> &items, bool newcomers, QList<std::pair<Person, bool>> &out)
{
    for (const AgendaItem &item : items) {
        const bool intro = newcomers || isNewcomerItem(item.title);
        for (const QString &speaker : item.speakers) {
            out.append({Person {speaker, people::speakerIsHandle(item, speaker) ? speaker : QString()}, intro});
        }
        collectSpeakers(item.children, intro, out);
    }
}

// The ASCII @handles in a text (GitHub handles: not an e-mail address, not "@张军"), in order.
QList<QRegularExpressionMatch> mentions(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "(?<![A-Za-z0-9_.])[@\\x{FF20}]([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})(?![A-Za-z0-9_-])"));
    QList<QRegularExpressionMatch> out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        out.append(it.next());
    }
    return out;
}

// A text without the mention `m`: the name written beside it, its brackets ("(@x)", "（@x）") gone.
QString nameBeside(const QString &text, const QRegularExpressionMatch &m)
{
    static const QRegularExpression brackets(QStringLiteral("[()\\x{FF08}\\x{FF09}]"));
    QString name = text.left(m.capturedStart(0)) + QLatin1Char(' ') + text.mid(m.capturedEnd(0));
    return name.remove(brackets).simplified();
}

// One person written as a name and one @handle, either way round ("张三 @newbie-dev",
// "@newbie-dev 张三", "Tao Luo (@luotao1)"). The name is a roster name or one word that cannot
// be a handle: "luotao1 @Ligoml" and "Jane Roe @jroe" stay people separated by spaces.
std::optional<Person> nameWithHandle(const QString &part, const QSet<QString> &rosterNames)
{
    const QList<QRegularExpressionMatch> found = mentions(part);
    if (found.size() != 1) {
        return std::nullopt;
    }
    const QString name = nameBeside(part, found.first());
    const bool oneName = !name.contains(QLatin1Char(' ')) && !name.contains(QLatin1Char('@'))
        && !name.contains(QChar(0xFF20)) && !people::isHandle(name);
    if (name.isEmpty() || !(oneName || rosterNames.contains(name.toCaseFolded()))) {
        return std::nullopt;
    }
    return Person {name, found.first().captured(1)};
}

} // namespace

int mergeInto(QList<Attendee> &roster, const QList<Person> &people, Attendee::Source source)
{
    QHash<QString, int> byKey;
    QHash<QString, int> byName;
    for (int i = 0; i < roster.size(); ++i) {
        byKey.insert(roster[i].key(), i);
        byName.insert(roster[i].displayName().simplified().toCaseFolded(), i);
    }
    int added = 0;
    for (const Person &person : people) {
        if (person.name.isEmpty() && person.github.isEmpty()) {
            continue;
        }
        const QString key = keyFor(person.name, person.github);
        if (byKey.contains(key)) {
            Attendee &known = roster[byKey.value(key)];
            if (known.name.isEmpty() || (known.name == known.github && !person.name.isEmpty())) {
                known.name = person.name; // a real name is better than the handle twice
            }
            continue;
        }
        // Someone known by name only meets their handle: the same person, now with a handle.
        const QString nameKey = person.name.simplified().toCaseFolded();
        if (!person.github.isEmpty() && !nameKey.isEmpty() && byName.contains(nameKey)
            && roster[byName.value(nameKey)].github.isEmpty()) {
            Attendee &known = roster[byName.value(nameKey)];
            known.github = person.github;
            byKey.insert(known.key(), byName.value(nameKey));
            continue;
        }
        Attendee a;
        a.name = person.name.isEmpty() ? person.github : person.name;
        a.github = person.github;
        a.source = source;
        byKey.insert(a.key(), int(roster.size()));
        if (!nameKey.isEmpty() && !byName.contains(nameKey)) {
            byName.insert(nameKey, int(roster.size()));
        }
        roster.append(a);
        ++added;
    }
    return added;
}

QList<Person> parsePasted(const QString &text, const QList<Attendee> &roster)
{
    QSet<QString> rosterNames;
    for (const Attendee &a : roster) {
        rosterNames.insert(a.name.simplified().toCaseFolded());
    }
    static const QRegularExpression parts(QStringLiteral("[\\n\\r,，、;；]+"));
    static const QRegularExpression link(QStringLiteral("https?://(?:www\\.)?github\\.com/[^\\s,，、;；)）]*"),
                                         QRegularExpression::CaseInsensitiveOption);
    QList<Person> out;
    QSet<QString> seen;
    const auto add = [&](const Person &p) {
        const QString key = keyFor(p.name, p.github);
        if (!seen.contains(key)) {
            seen.insert(key);
            out.append(p);
        }
    };
    const auto addToken = [&](QString token) {
        token = token.trimmed();
        while (token.startsWith(QLatin1Char('@')) || token.startsWith(QChar(0xFF20))) {
            token.remove(0, 1);
        }
        token = token.trimmed();
        if (token.isEmpty()) {
            return;
        }
        if (rosterNames.contains(token.toCaseFolded())) {
            add(Person {token, {}});
        } else if (people::isHandle(token)) {
            add(Person {token, token});
        } else {
            add(Person {token, {}});
        }
    };
    for (QString part : text.split(parts, Qt::SkipEmptyParts)) {
        // Links first: "https://github.com/luotao1" is luotao1.
        auto it = link.globalMatch(part);
        QList<QPair<qsizetype, qsizetype>> spans;
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString handle = people::handleFromLink(m.captured(0), QString());
            if (!handle.isEmpty()) {
                add(Person {handle, handle});
            }
            spans.prepend({m.capturedStart(0), m.capturedLength(0)});
        }
        for (const auto &[start, length] : spans) {
            part.remove(start, length);
        }
        part = part.simplified();
        if (part.isEmpty()) {
            continue;
        }
        QString whole = part;
        while (whole.startsWith(QLatin1Char('@'))) {
            whole.remove(0, 1);
        }
        if (rosterNames.contains(whole.toCaseFolded())) {
            add(Person {whole, {}}); // a name with spaces the roster knows
            continue;
        }
        if (const std::optional<Person> person = nameWithHandle(part, rosterNames)) {
            add(*person);
            continue;
        }
        for (const QString &token : part.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            addToken(token);
        }
    }
    return out;
}

std::optional<Person> personFromText(const QString &text, const QList<Attendee> &roster)
{
    QString name = text.simplified();
    QString handle;
    const QList<QRegularExpressionMatch> found = mentions(name);
    if (!found.isEmpty()) {
        // The handle is the last one named, before or after the name.
        handle = found.last().captured(1);
        name = nameBeside(name, found.last());
    }
    while (name.startsWith(QLatin1Char('@')) || name.startsWith(QChar(0xFF20))) {
        name = name.mid(1).trimmed(); // "@张军": a mention of a name
    }
    if (name.isEmpty() && handle.isEmpty()) {
        return std::nullopt;
    }
    for (const Attendee &a : roster) {
        if (!handle.isEmpty() && a.github.compare(handle, Qt::CaseInsensitive) == 0) {
            return Person {name.isEmpty() ? a.name : name, a.github};
        }
        if (handle.isEmpty() && a.name.compare(name, Qt::CaseInsensitive) == 0) {
            return Person {a.name, a.github};
        }
    }
    return Person {name.isEmpty() ? handle : name, handle};
}

std::optional<Person> walkInFromText(const QString &text, const QList<Attendee> &roster)
{
    const QList<Person> pasted = parsePasted(text, roster);
    return pasted.size() == 1 ? std::optional<Person>(pasted.first()) : personFromText(text, roster);
}

QList<Attendee> buildRoster(const Meeting &meeting, const QList<Person> &regulars)
{
    QList<Attendee> roster;
    if (meeting.chair) {
        mergeInto(roster, {*meeting.chair}, Attendee::Source::Chair);
    }
    if (meeting.viceChair) {
        mergeInto(roster, {*meeting.viceChair}, Attendee::Source::ViceChair);
    }
    mergeInto(roster, meeting.roster, Attendee::Source::Invited);
    QList<std::pair<Person, bool>> speakers;
    collectSpeakers(meeting.items, false, speakers);
    for (const auto &[person, newcomer] : speakers) {
        mergeInto(roster, {person}, newcomer ? Attendee::Source::Newcomer : Attendee::Source::Speaker);
    }
    mergeInto(roster, regulars, Attendee::Source::Regular);
    return roster;
}

} // namespace gavel::attendance
