#include "agenda/presenters.h"

#include "agenda/durations.h"

#include <QRegularExpression>
#include <QSet>

namespace gavel::presenters {

QString presenterWords()
{
    return QStringLiteral(
        "\\b(?:presenters?|speakers?|presented by|owners?|leads?)\\b|分享人|分享者|主讲人?|演讲人|演讲者|报告人|"
        "讲者|负责人");
}

namespace {

// Where a list of presenters is split: "/", ",", "、", ";", "&" and " and ", outside brackets.
// One pass over the text, so a hostile line stays linear.
QList<QPair<qsizetype, qsizetype>> parts(const QString &text)
{
    static const QString separators = QStringLiteral("/／,，、;；&");
    static const QLatin1String word(" and ");
    QList<QPair<qsizetype, qsizetype>> out;
    qsizetype from = 0;
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('(') || c == QChar(0xFF08) || c == QLatin1Char('[')) {
            ++depth;
        } else if ((c == QLatin1Char(')') || c == QChar(0xFF09) || c == QLatin1Char(']')) && depth > 0) {
            --depth;
        } else if (depth == 0 && separators.contains(c)) {
            out.append({from, i});
            from = i + 1;
        } else if (depth == 0 && c == QLatin1Char(' ') && QStringView(text).mid(i).startsWith(word)) {
            out.append({from, i});
            from = i + word.size();
            i = from - 1;
        }
    }
    out.append({from, text.size()});
    // Parts are trimmed where they are read; empty ones ("a, , b") say nobody.
    return out;
}

// Words that note an item's kind, state, form or language, or a date, in the place a presenter
// is written: "(optional)", "(WIP)", "- Discussion", "(March)", "(Online)", "（可选）". They are
// never a presenter.
bool isNoName(const QString &part)
{
    static const QRegularExpression word(
        QStringLiteral("^(?:optional|cont\\.?|continued|wip|tbd|tba|draft|routine|updates?|updated|discussion|demo"
                       "|review|overview|intro|introduction|recap|status|others?|misc|announcements?|deferred"
                       "|postponed|cancell?ed|new|part|follow-?up|carry-?over|all|everyone|team|reminder|proposal"
                       "|vote|questions?|feedback|q&a|aob|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may"
                       "|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
                       "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight"
                       "|online|offline|live|remote|virtual|hybrid|recorded|recording|slides|video|zoom|english|chinese"
                       "|可选|选做|待定|待补充|讨论|线上|线下|续|更新|进展|介绍|分享|汇报|补充|新增|例行|中文|英文)$"),
        QRegularExpression::CaseInsensitiveOption);
    return word.match(part).hasMatch();
}

// The small words of a Title Case phrase ("Working In Public"), which no name is made of.
bool isFunctionWord(const QString &word)
{
    static const QRegularExpression small(
        QStringLiteral("^(?:a|an|the|in|of|on|at|to|for|with|by|from|into|about|over|under|is|are|be|our|my|your"
                       "|its|this|that|next|last|and|or|not|how|what|why|vs\\.?)$"),
        QRegularExpression::CaseInsensitiveOption);
    return small.match(word).hasMatch();
}

enum class Shape { None, Weak, Strong };

// Whether a part of a trailing list is shaped like a name. Strong: 1-3 capitalised words each
// holding a lowercase letter and none a small word of a phrase ("Qi Guoqiang", "Prof.Cao"; not
// "WIP", "SIG", "Working In Public"), or 2-4 Han
// characters ("李华"). Weak: one lowercase word ("wangyehui"), a name only beside a strong one,
// since alone it is as likely a plain word. No digits, no longer words, no sentences.
Shape shapeOf(const QString &part)
{
    static const QRegularExpression han(QStringLiteral("^[\\p{Han}·]{2,4}$"));
    static const QRegularExpression capitalised(QStringLiteral("^\\p{Lu}[\\p{L}.'’-]{0,24}$"));
    static const QRegularExpression lower(QStringLiteral("\\p{Ll}"));
    static const QRegularExpression lowerWord(QStringLiteral("^\\p{Ll}[\\p{Ll}.-]{2,24}$"));
    if (part.isEmpty() || isNoName(part)) {
        return Shape::None;
    }
    if (han.match(part).hasMatch()) {
        return Shape::Strong;
    }
    const QStringList words = part.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() == 1 && lowerWord.match(part).hasMatch()) {
        return Shape::Weak;
    }
    if (words.isEmpty() || words.size() > 3) {
        return Shape::None;
    }
    for (const QString &w : words) {
        if (!capitalised.match(w).hasMatch() || !lower.match(w).hasMatch() || isNoName(w) || isFunctionWord(w)) {
            return Shape::None;
        }
    }
    return Shape::Strong;
}

// The names of a trailing list, or empty when any part is no name.
QStringList trailingNames(const QString &text)
{
    // A presenter list is a few short names: a long tail is a phrase, and is not split at all.
    constexpr qsizetype longest = 160;
    constexpr qsizetype most = 8;
    if (text.size() > longest) {
        return {};
    }
    const QList<QPair<qsizetype, qsizetype>> split = parts(text);
    if (split.size() > most) {
        return {};
    }
    QStringList out;
    bool strong = false;
    for (const auto &[from, to] : split) {
        const QString part = text.mid(from, to - from).simplified();
        const Shape shape = shapeOf(part);
        if (shape == Shape::None) {
            return {};
        }
        strong = strong || shape == Shape::Strong;
        out.append(part);
    }
    return strong ? out : QStringList {};
}

bool overlapsLink(const InlineSpan &line, qsizetype from, qsizetype to)
{
    return std::any_of(line.links.cbegin(), line.links.cend(),
                       [&](const MarkdownLink &l) { return l.start < to && from < l.end; });
}

} // namespace

namespace {

// Text between handles that keeps them a run: spaces, punctuation and symbols (brackets, commas,
// "：", "-"), and the joining words "and", "by", "with", 和, 与, 及, 由. A quotation mark is no join:
// a handle in quotes is part of a quoted title ("\"@b api\"").
bool onlyJoins(const QString &text)
{
    static const QRegularExpression joins(
        QStringLiteral("^(?:(?![\"“”'‘’「」『』])[\\s\\p{P}\\p{S}])*"
                       "(?:(?:and|by|with|和|与|及|由)(?:(?![\"“”'‘’「」『』])[\\s\\p{P}\\p{S}])+)*$"),
        QRegularExpression::CaseInsensitiveOption);
    return joins.match(text).hasMatch();
}

// Text that ends with a presenter's label: "（负责人：", "Owner: ", "presented by ".
bool endsWithPresenterLabel(const QString &text)
{
    static const QRegularExpression label(QStringLiteral("(?:%1)\\s*[:：]?\\s*$").arg(presenterWords()),
                                          QRegularExpression::CaseInsensitiveOption);
    return label.match(text).hasMatch();
}

} // namespace

QStringList speakerHandles(const InlineSpan &own)
{
    QStringList out;
    QSet<QString> seen;
    for (const InlineSpan &line : own.lines()) {
        const QList<PersonRef> refs = people::findRefs(line);
        if (refs.isEmpty()) {
            continue;
        }
        const QString &text = line.text;
        // The gap before each handle: from the line's start or the handle before it. Each gap is
        // read once, forwards for the run at the start (or after a presenter's label) and backwards
        // for the run at the end, so a line of many handles stays linear.
        const qsizetype n = refs.size();
        const auto gap = [&](qsizetype k) {
            const qsizetype from = k == 0 ? 0 : refs[k - 1].end;
            return k < n ? text.mid(from, qMax<qsizetype>(0, refs[k].start - from)) : text.mid(from);
        };
        QList<bool> speaks(n, false);
        bool run = true;
        for (qsizetype k = 0; k < n; ++k) {
            const QString before = gap(k);
            run = endsWithPresenterLabel(before) || (run && onlyJoins(before));
            speaks[k] = run;
        }
        run = true;
        for (qsizetype k = n - 1; k >= 0; --k) {
            run = run && onlyJoins(durations::withoutDurationGroups(gap(k + 1)));
            speaks[k] = speaks[k] || run;
        }
        for (qsizetype k = 0; k < n; ++k) {
            const QString key = refs[k].handle.toLower();
            if (speaks[k] && !seen.contains(key)) {
                seen.insert(key);
                out.append(refs[k].handle);
            }
        }
    }
    return out;
}

QStringList merged(const QStringList &first, const QStringList &more)
{
    QStringList out = first;
    QSet<QString> seen;
    for (const QString &name : first) {
        seen.insert(name.toCaseFolded());
    }
    for (const QString &name : more) {
        if (!seen.contains(name.toCaseFolded())) {
            seen.insert(name.toCaseFolded());
            out.append(name);
        }
    }
    return out;
}

QStringList names(const InlineSpan &value, bool *written)
{
    const QStringList handles = people::handles(value);
    if (written) {
        *written = handles.isEmpty();
    }
    if (!handles.isEmpty()) {
        return handles;
    }
    QStringList out;
    for (const auto &[from, to] : parts(value.text)) {
        if (const auto person = people::single(value.mid(from, to))) {
            out.append(person->name);
        }
    }
    return merged({}, out);
}

std::optional<Trailing> trailing(const InlineSpan &line)
{
    const QString &text = line.text;
    qsizetype end = text.size();
    const auto trimEnd = [&] {
        while (end > 0 && text[end - 1].isSpace()) {
            --end;
        }
    };
    trimEnd();
    // A bracketed duration after the presenter ("Topic - Jane (10 min)") is read elsewhere.
    static const QRegularExpression group(QStringLiteral("[(（]([^()（）]{1,60})[)）]$"));
    QRegularExpressionMatch g = group.match(text.left(end));
    while (g.hasMatch() && !durations::find(g.captured(1)).isEmpty()) {
        end = g.capturedStart(0);
        trimEnd();
        g = group.match(text.left(end));
    }
    static const QRegularExpression letter(QStringLiteral("\\p{L}"));
    const auto accept = [&](qsizetype cut, qsizetype from, qsizetype to) -> std::optional<Trailing> {
        // The title must keep a word of its own ("1 - Update" is a numbered title, not a presenter).
        if (overlapsLink(line, from, to) || !letter.match(text.left(cut)).hasMatch()) {
            return std::nullopt;
        }
        const QStringList speakers = trailingNames(text.mid(from, to - from));
        if (speakers.isEmpty()) {
            return std::nullopt;
        }
        while (cut > 0 && text[cut - 1].isSpace()) {
            --cut;
        }
        return Trailing {cut, speakers};
    };
    // "Topic (Andreas)": the last bracket of the line.
    if (g.hasMatch()) {
        if (auto found = accept(g.capturedStart(0), g.capturedStart(1), g.capturedEnd(1))) {
            return found;
        }
    }
    // "Topic - Qi Guoqiang / Clement Li", "Topic -- Lizi/Prof.Cao": after the last spaced dash.
    static const QRegularExpression dash(QStringLiteral("\\s[-–—]{1,2}\\s"));
    qsizetype lastDash = -1;
    qsizetype afterDash = -1;
    auto it = dash.globalMatch(text.left(end));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        lastDash = m.capturedStart(0);
        afterDash = m.capturedEnd(0);
    }
    if (lastDash >= 0) {
        return accept(lastDash, afterDash, end);
    }
    return std::nullopt;
}

std::optional<LabelLine> labelLine(const InlineSpan &line)
{
    static const QRegularExpression label(QStringLiteral("^\\s*([^:：\\n]{1,40}?)\\s*[:：]\\s*"));
    static const QRegularExpression presenterWord(QStringLiteral("^(?:%1)$").arg(presenterWords()),
                                                  QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression durationWord(
        QStringLiteral("^(?:分享时长|时长|用时|预计时长|预计用时|duration|time ?box|length)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = label.match(line.text);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    // "分享人 / Presenter": a label written in two languages names one thing.
    static const QRegularExpression languages(QStringLiteral("\\s*[/／]\\s*"));
    std::optional<LabelLine::Kind> kind;
    for (const QString &word : m.captured(1).split(languages)) {
        LabelLine::Kind k = LabelLine::Kind::Presenter;
        if (durationWord.match(word.trimmed()).hasMatch()) {
            k = LabelLine::Kind::Duration;
        } else if (!presenterWord.match(word.trimmed()).hasMatch()) {
            return std::nullopt;
        }
        if (kind && *kind != k) {
            return std::nullopt;
        }
        kind = k;
    }
    if (!kind || line.text.contains(QLatin1Char('\n'))) {
        return std::nullopt;
    }
    return LabelLine {*kind, m.captured(1).simplified(), line.mid(m.capturedEnd(0))};
}

bool take(const InlineSpan &line, Told &told)
{
    const std::optional<LabelLine> l = labelLine(line);
    if (!l) {
        return false;
    }
    bool written = false;
    const QStringList named = l->kind == LabelLine::Kind::Presenter ? names(l->value, &written) : QStringList {};
    // "Lead: we still need someone for this": a sentence after the label is text, not a name.
    for (const QString &name : named) {
        if (name.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() > 4 || name.size() > 40) {
            return false;
        }
    }
    if (told.label.isEmpty()) {
        told.label = l->label;
    }
    if (l->kind == LabelLine::Kind::Presenter) {
        told.speakers = merged(told.speakers, named);
        if (written) {
            told.names = merged(told.names, named);
        }
    } else if (!told.minutes) {
        told.minutes = durations::total(l->value.text);
    }
    return true;
}

} // namespace gavel::presenters
