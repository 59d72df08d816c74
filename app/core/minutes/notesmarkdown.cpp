#include "minutes/notesmarkdown.h"

#include <QRegularExpression>

namespace gavel::notesmarkdown {

namespace {

// A link whose destination runs script ([x](javascript:…), ![i](data:…), a reference
// definition to one) keeps its words and loses the link. The scheme is matched the way browsers
// read it: any case, after spaces or control characters, with the colon written as an entity.
QString inertLinks(const QString &text)
{
    static const QRegularExpression scriptScheme(
        QStringLiteral(
            "^[\\s\\x00-\\x1f]*(?:javascript|vbscript|data)[\\s\\x00-\\x1f]*(?::|&#0*58;?|&#x0*3a;?|&colon;)"),
        QRegularExpression::CaseInsensitiveOption);
    // The destination as CommonMark reads it: parentheses balanced to any depth, or escaped.
    static const QRegularExpression inlineLink(
        QStringLiteral("!?\\[([^\\[\\]]*)\\]\\(\\s*<?((?:\\\\.|[^()<>\\\\]|(\\((?:\\\\.|[^()\\\\]|(?3))*\\)))*)>?\\)"));
    // A definition counts inside block quotes and list items too ("> [c]: …", "1. [c]: …").
    static const QRegularExpression definition(
        QStringLiteral("^((?:\\s*(?:>|[-*+](?=\\s)|\\d{1,9}[.)](?=\\s)))*\\s*)\\[([^\\]]+)\\]:\\s*<?(.*)$"));
    QString out;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = inlineLink.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!scriptScheme.match(m.captured(2)).hasMatch()) {
            continue;
        }
        out += text.mid(from, m.capturedStart(0) - from) + m.captured(1);
        from = m.capturedEnd(0);
    }
    out += text.mid(from);
    const QRegularExpressionMatch d = definition.match(out);
    if (d.hasMatch() && scriptScheme.match(d.captured(3)).hasMatch()) {
        out.insert(d.capturedStart(2) - 1, QLatin1Char('\\')); // "\[c7]: …" is text, not a definition
    }
    return out;
}

// Outside code spans: "<" that would open an HTML tag, comment or declaration becomes "&lt;"
// (shown as "<" by any Markdown reader); an autolink to a web or mail address stays one.
QString neutraliseSegment(const QString &typed)
{
    const QString text = inertLinks(typed);
    static const QRegularExpression safeAutolink(QStringLiteral("^<(?:https?|mailto):[^\\s<>]*>"),
                                                 QRegularExpression::CaseInsensitiveOption);
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('<') && i + 1 < text.size()) {
            const QChar next = text.at(i + 1);
            const bool opensMarkup
                = next.isLetter() || next == QLatin1Char('/') || next == QLatin1Char('!') || next == QLatin1Char('?');
            if (opensMarkup && !safeAutolink.match(text.mid(i)).hasMatch()) {
                out += QStringLiteral("&lt;");
                continue;
            }
        }
        out += c;
    }
    return out;
}

// The text with neutraliseSegment applied outside its code spans (`...`, ``...``).
QString neutralise(const QString &text)
{
    QString out;
    qsizetype plainFrom = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) != QLatin1Char('`')) {
            ++i;
            continue;
        }
        // After an odd number of backslashes the backtick is text ("\`"); a run may start after it.
        qsizetype slashes = 0;
        while (i - slashes - 1 >= plainFrom && text.at(i - slashes - 1) == QLatin1Char('\\')) {
            ++slashes;
        }
        if (slashes % 2 == 1) {
            ++i;
            continue;
        }
        qsizetype run = i;
        while (run < text.size() && text.at(run) == QLatin1Char('`')) {
            ++run;
        }
        const QString fence = text.mid(i, run - i);
        // The span closes at the next run of exactly as many backticks.
        qsizetype close = run;
        bool closed = false;
        while ((close = text.indexOf(fence, close)) >= 0) {
            const bool longer = close + fence.size() < text.size() && text.at(close + fence.size()) == QLatin1Char('`');
            if (!longer) {
                closed = true;
                break;
            }
            while (close < text.size() && text.at(close) == QLatin1Char('`')) {
                ++close;
            }
        }
        if (!closed) {
            i = run; // a lone backtick run is text
            continue;
        }
        out += neutraliseSegment(text.mid(plainFrom, i - plainFrom));
        out += text.mid(i, close + fence.size() - i);
        i = close + fence.size();
        plainFrom = i;
    }
    out += neutraliseSegment(text.mid(plainFrom));
    return out;
}

} // namespace

QString inlineText(const QString &text)
{
    return neutralise(text.simplified());
}

QString lineStartText(const QString &text)
{
    QString out = inlineText(text);
    static const QRegularExpression opensBlock(
        QStringLiteral("^(?:#{1,6}(?=\\s|$)|>|[-+*](?=\\s|$)|\\d{1,9}(?=[.)](?:\\s|$)))"));
    const QRegularExpressionMatch m = opensBlock.match(out);
    if (m.hasMatch()) {
        // Before the marker, or before the "." or ")" of a number.
        out.insert(out.at(0).isDigit() ? m.capturedEnd() : 0, QLatin1Char('\\'));
    }
    return out;
}

// A heading inside a quote or a list item ("> ## x", "- # x") is a heading too, only nested:
// it becomes bold words there as well.
QString boldNestedHeading(const QString &line)
{
    static const QRegularExpression nested(
        QStringLiteral("^((?:\\s*>\\s*|\\s*(?:[-*+]|\\d{1,9}[.)])\\s+)+)#{1,6}(?:\\s+(.*?))?(?:\\s+#+)?\\s*$"));
    const QRegularExpressionMatch m = nested.match(line);
    if (!m.hasMatch()) {
        return line;
    }
    const QString words = m.captured(2).trimmed();
    return words.isEmpty() ? m.captured(1).trimmed()
                           : m.captured(1) + QStringLiteral("**") + words + QStringLiteral("**");
}

QStringList lines(const QString &notes)
{
    // As CommonMark has them: a backtick fence's info string holds no backtick ("```x```" is code
    // in a line of text), and a closing fence stands at most 3 spaces in.
    static const QRegularExpression fenceOpen(QStringLiteral("^ {0,3}(`{3,}(?=[^`]*$)|~{3,})"));
    static const QRegularExpression fenceClose(QStringLiteral("^ {0,3}(`{3,}|~{3,})\\s*$"));
    static const QRegularExpression separator(QStringLiteral("^\\s*(?:[-=*_]\\s*)+$"));
    static const QRegularExpression heading(QStringLiteral("^ {0,3}#{1,6}(?:\\s+|$)(.*?)(?:\\s+#+)?\\s*$"));
    static const QRegularExpression listItem(QStringLiteral("^(\\s*)(?:[-*+]|\\d{1,9}[.)])(?:\\s+|$)"));

    QString text = notes;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QLatin1Char('\t'), QStringLiteral("    "));

    QStringList out;
    QString openFence; // the fence that opened the code block we are in
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!openFence.isEmpty()) {
            out << line;
            const QRegularExpressionMatch close = fenceClose.match(line);
            if (close.hasMatch() && close.captured(1).startsWith(openFence)) {
                openFence.clear();
            }
            continue;
        }
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || separator.match(line).hasMatch()) {
            continue;
        }
        const QRegularExpressionMatch fence = fenceOpen.match(line);
        if (fence.hasMatch()) {
            openFence = fence.captured(1);
            out << trimmed;
            continue;
        }
        const QRegularExpressionMatch title = heading.match(line);
        if (title.hasMatch()) {
            const QString words = title.captured(1).trimmed();
            if (!words.isEmpty()) {
                out << QStringLiteral("- **") + neutralise(words) + QStringLiteral("**");
            }
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('|')) || trimmed.startsWith(QLatin1Char('>'))) {
            out << neutralise(boldNestedHeading(trimmed));
            continue;
        }
        const QRegularExpressionMatch item = listItem.match(line);
        if (item.hasMatch()) {
            // Its own indentation, in steps of two spaces under the note's level.
            const qsizetype depth = qMin<qsizetype>(item.captured(1).size() / 2, 4);
            out << QString(depth * 2, QLatin1Char(' ')) + neutralise(boldNestedHeading(trimmed));
            continue;
        }
        qsizetype leading = 0;
        while (leading < line.size() && line.at(leading).isSpace()) {
            ++leading;
        }
        const qsizetype depth = qMin<qsizetype>(leading / 2, 4);
        out << QString(depth * 2, QLatin1Char(' ')) + QStringLiteral("- ") + neutralise(trimmed);
    }
    if (!openFence.isEmpty()) {
        out << openFence; // a note never swallows what comes after it
    }
    return out;
}

QString paragraph(const QString &notes)
{
    static const QRegularExpression notPlain(
        QStringLiteral("^(?:\\s*(?:[-*+]|\\d{1,9}[.)])(?:\\s|$)| {0,3}#{1,6}(?:\\s|$)|\\s*[|>]| {0,3}(?:```|~~~))"));
    const QString trimmed = notes.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char('\n')) || trimmed.contains(QLatin1Char('\r'))
        || notPlain.match(trimmed).hasMatch()) {
        return {};
    }
    const QStringList one = lines(trimmed);
    return one.size() == 1 && one.first().startsWith(QStringLiteral("- ")) ? one.first().mid(2) : QString();
}

QString indented(const QStringList &lines, const QString &indent)
{
    QStringList out;
    out.reserve(lines.size());
    for (const QString &line : lines) {
        out << (line.isEmpty() ? line : indent + line);
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace gavel::notesmarkdown
