#include "meeting/noteslines.h"

#include <QRegularExpression>

namespace gavel::noteslines {

namespace {

const QChar NewLine = QLatin1Char('\n');

QStringList linesOf(const QString &text)
{
    // An empty text has no line to put anything before.
    return text.isEmpty() ? QStringList() : text.split(NewLine);
}

bool standsAt(const QStringList &lines, int first, const QStringList &block)
{
    if (first < 0 || first + block.size() > lines.size()) {
        return false;
    }
    for (int i = 0; i < block.size(); ++i) {
        if (lines.at(first + i) != block.at(i)) {
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<LinesCut> takeOut(QString &text, int first, int last)
{
    QStringList lines = text.split(NewLine);
    if (first < 0 || last < first || last >= lines.size()) {
        return std::nullopt;
    }
    LinesCut cut {first, lines.mid(first, last - first + 1)};
    lines.remove(first, cut.lines.size());
    text = lines.join(NewLine);
    return cut;
}

void putBack(QString &text, const LinesCut &cut)
{
    QStringList lines = linesOf(text);
    const int at = qBound(0, cut.first, int(lines.size()));
    for (int i = 0; i < cut.lines.size(); ++i) {
        lines.insert(at + i, cut.lines.at(i));
    }
    text = lines.join(NewLine);
}

bool takeOutAgain(QString &text, const LinesCut &cut)
{
    if (cut.lines.isEmpty()) {
        return false;
    }
    QStringList lines = text.split(NewLine);
    int at = standsAt(lines, cut.first, cut.lines) ? cut.first : -1;
    for (int i = 0; at < 0 && i + cut.lines.size() <= lines.size(); ++i) {
        if (standsAt(lines, i, cut.lines)) {
            at = i;
        }
    }
    if (at < 0) {
        return false;
    }
    lines.remove(at, cut.lines.size());
    text = lines.join(NewLine);
    return true;
}

QString withoutDecisionLeadIn(const QString &line)
{
    // Colons full-width or ASCII, a space after them or not; English words in any case.
    static const QRegularExpression leadIn(QStringLiteral("^\\s*(?:(?:[-*+]|\\d{1,3}[.)])\\s+)?"
                                                          "(?:\\[\\d{1,2}:\\d{2}(?::\\d{2})?\\]\\s*)?"
                                                          "(?:(?:决定|决议|decision|decided)\\s*[:：]\\s*)?"),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = leadIn.match(line);
    return line.mid(match.capturedLength()).simplified();
}

QString decisionText(const QStringList &lines)
{
    QStringList said;
    for (const QString &line : lines) {
        const QString text = withoutDecisionLeadIn(line);
        if (!text.isEmpty()) {
            said.append(text);
        }
    }
    return said.join(QLatin1Char(' '));
}

} // namespace gavel::noteslines
