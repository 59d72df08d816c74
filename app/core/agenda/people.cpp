#include "agenda/people.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace gavel {

InlineSpan InlineSpan::mid(qsizetype from, qsizetype to) const
{
    if (to < 0 || to > text.size()) {
        to = text.size();
    }
    from = qBound(qsizetype(0), from, to);
    InlineSpan out {text.mid(from, to - from), {}};
    for (const MarkdownLink &link : links) {
        if (link.start >= from && link.end <= to) {
            out.links.append({link.start - from, link.end - from, link.href});
        }
    }
    for (const qsizetype e : emphasisStarts) {
        if (e >= from && e <= to) {
            out.emphasisStarts.append(e - from);
        }
    }
    return out;
}

QList<InlineSpan> InlineSpan::lines() const
{
    QList<InlineSpan> out;
    qsizetype from = 0;
    while (from <= text.size()) {
        qsizetype nl = text.indexOf(QLatin1Char('\n'), from);
        if (nl < 0) {
            nl = text.size();
        }
        out.append(mid(from, nl));
        from = nl + 1;
    }
    return out;
}

InlineSpan InlineSpan::ofEntry(const MarkdownBlock &entry, QStringList *freeText)
{
    InlineSpan own = of(entry);
    bool haveOwn = !own.text.trimmed().isEmpty();
    for (const auto &child : entry.children) {
        if (child->isList() || child->text.trimmed().isEmpty()) {
            continue;
        }
        if (!haveOwn && child->type == MarkdownBlock::Type::Paragraph) {
            own = of(*child);
            haveOwn = true;
        } else if (freeText) {
            freeText->append(child->text.trimmed());
        }
    }
    return own;
}

namespace people {

namespace {

// Single-segment GitHub paths that are site pages, not people.
const QSet<QString> &reservedPaths()
{
    static const QSet<QString> reserved = {
        QStringLiteral("about"),
        QStringLiteral("apps"),
        QStringLiteral("collections"),
        QStringLiteral("contact"),
        QStringLiteral("customer-stories"),
        QStringLiteral("enterprise"),
        QStringLiteral("events"),
        QStringLiteral("explore"),
        QStringLiteral("features"),
        QStringLiteral("issues"),
        QStringLiteral("login"),
        QStringLiteral("marketplace"),
        QStringLiteral("new"),
        QStringLiteral("notifications"),
        QStringLiteral("orgs"),
        QStringLiteral("pricing"),
        QStringLiteral("pulls"),
        QStringLiteral("search"),
        QStringLiteral("security"),
        QStringLiteral("settings"),
        QStringLiteral("signup"),
        QStringLiteral("sponsors"),
        QStringLiteral("topics"),
        QStringLiteral("trending"),
    };
    return reserved;
}

QString stripAt(const QString &s)
{
    QString t = s.trimmed();
    while (t.startsWith(QLatin1Char('@'))) {
        t.remove(0, 1);
    }
    return t.trimmed();
}

bool isVacant(const QString &value)
{
    static const QRegularExpression vacant(QStringLiteral("^(空缺|无|暂无|待定|待补充|none|n/?a|tbd|vacant|-+|—+)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return value.isEmpty() || vacant.match(value).hasMatch();
}

// Brackets, separators and spaces that surround a name but are not part of it.
QString trimDecoration(const QString &s)
{
    static const QString decoration = QStringLiteral(" \t\n（）()【】[]<>《》「」，,、；;：:。.·-—|*_?？");
    qsizetype b = 0;
    qsizetype e = s.size();
    while (b < e && decoration.contains(s[b])) {
        ++b;
    }
    while (e > b && decoration.contains(s[e - 1])) {
        --e;
    }
    return s.mid(b, e - b);
}

} // namespace

bool isHandle(const QString &candidate)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"));
    return re.match(candidate).hasMatch();
}

bool speakerIsHandle(const AgendaItem &item, const QString &speaker)
{
    return isHandle(speaker) && !item.speakerNames.contains(speaker, Qt::CaseInsensitive);
}

QString speakerLabel(const AgendaItem &item, const QString &speaker)
{
    return speakerIsHandle(item, speaker) ? QLatin1Char('@') + speaker : speaker;
}

QString speakersLabel(const AgendaItem &item)
{
    QStringList labels;
    labels.reserve(item.speakers.size());
    for (const QString &speaker : item.speakers) {
        labels.append(speakerLabel(item, speaker));
    }
    return labels.join(QStringLiteral(", "));
}

QString handleFromLink(const QString &href, const QString &linkText)
{
    const QUrl url(href.trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return {};
    }
    const QString host = url.host().toLower();
    if (host != QLatin1String("github.com") && host != QLatin1String("www.github.com")) {
        return {};
    }
    const QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.isEmpty()) {
        const QString fromText = stripAt(linkText);
        return isHandle(fromText) ? fromText : QString();
    }
    if (segments.size() != 1 || reservedPaths().contains(segments.first().toLower())) {
        return {};
    }
    return isHandle(segments.first()) ? segments.first() : QString();
}

QList<PersonRef> findRefs(const InlineSpan &span)
{
    QList<PersonRef> refs;
    for (const MarkdownLink &link : span.links) {
        const QString linkText = span.text.mid(link.start, link.end - link.start);
        const QString handle = handleFromLink(link.href, linkText);
        if (!handle.isEmpty()) {
            refs.append({link.start, link.end, handle, linkText});
        }
    }
    // @handle in ASCII, not preceded by a word character (e-mail addresses) and not inside a link.
    static const QRegularExpression mention(
        QStringLiteral("(?<![A-Za-z0-9_.@])@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})(?![A-Za-z0-9_])"));
    auto it = mention.globalMatch(span.text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype start = m.capturedStart(0);
        const qsizetype end = m.capturedEnd(0);
        // "@[Bunny](https://github.com/tubao3104)": the link names the person, not its text.
        const bool inLink = std::any_of(span.links.cbegin(), span.links.cend(),
                                        [&](const MarkdownLink &l) { return start < l.end && end > l.start; });
        // Zulip's "@**name**": the name is a display name in bold, not a GitHub handle.
        const bool zulip = span.emphasisStarts.contains(start + 1);
        // "@Alex Zhang": a capitalised first name followed by another is a display name.
        static const QRegularExpression displayName(QStringLiteral("^\\p{Lu}\\p{Ll}+$"));
        static const QRegularExpression nextName(QStringLiteral("^ \\p{Lu}\\p{Ll}"));
        const bool display
            = displayName.match(m.captured(1)).hasMatch() && nextName.match(span.text.mid(end, 3)).hasMatch();
        if (!inLink && !zulip && !display) {
            refs.append({start, m.capturedEnd(0), m.captured(1), {}});
        }
    }
    std::stable_sort(refs.begin(), refs.end(),
                     [](const PersonRef &a, const PersonRef &b) { return a.start < b.start; });
    return refs;
}

QStringList handles(const InlineSpan &span)
{
    QStringList out;
    QSet<QString> seen;
    for (const PersonRef &ref : findRefs(span)) {
        const QString key = ref.handle.toLower();
        if (!seen.contains(key)) {
            seen.insert(key);
            out.append(ref.handle);
        }
    }
    return out;
}

QList<Person> everyone(const InlineSpan &span)
{
    QList<Person> out;
    for (const PersonRef &ref : findRefs(span)) {
        QString name = stripAt(ref.linkText);
        if (name.isEmpty() || name.contains(QLatin1String("://"))) {
            name = ref.handle;
        }
        out.append({name, ref.handle});
    }
    return out;
}

std::optional<Person> single(const InlineSpan &value)
{
    const QList<PersonRef> refs = findRefs(value);
    if (refs.isEmpty()) {
        // A name without a link: drop trailing notes in brackets ("李华（飞桨团队）").
        QString name = value.text;
        static const QRegularExpression note(QStringLiteral("[（(][^（()）]*[)）]\\s*$"));
        name = trimDecoration(name.remove(note).simplified());
        if (isVacant(name)) {
            return std::nullopt;
        }
        return Person {name, {}};
    }
    const PersonRef &ref = refs.first();
    QString name = trimDecoration(value.text.left(ref.start).simplified());
    if (name.isEmpty()) {
        name = stripAt(ref.linkText);
    }
    if (name.isEmpty() || name.contains(QLatin1String("://"))) {
        name = ref.handle;
    }
    return Person {name, ref.handle};
}

QList<Person> listed(const InlineSpan &value)
{
    if (findRefs(value).size() > 1) {
        return everyone(value);
    }
    QList<Person> out;
    int depth = 0;
    qsizetype from = 0;
    const QString separators = QStringLiteral(",，、;；");
    for (qsizetype i = 0; i <= value.text.size(); ++i) {
        const QChar c = i < value.text.size() ? value.text[i] : QChar();
        if (c == QLatin1Char('(') || c == QChar(0xFF08) || c == QLatin1Char('[')) {
            ++depth;
        } else if ((c == QLatin1Char(')') || c == QChar(0xFF09) || c == QLatin1Char(']')) && depth > 0) {
            --depth;
        } else if (i == value.text.size() || (depth == 0 && separators.contains(c))) {
            if (const auto person = single(value.mid(from, i))) {
                out.append(*person);
            }
            from = i + 1;
        }
    }
    return out;
}

} // namespace people
} // namespace gavel
