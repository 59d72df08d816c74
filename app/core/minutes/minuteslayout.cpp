#include "minutes/minuteslayout.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QVariantList>

#include <algorithm>

// kainjow/mustache.hpp includes <iostream> and uses none of it. Included, <iostream> sets up the
// standard streams at every start of the app, paging in some 400 KB of libstdc++ before the
// first frame; its include guard keeps it out of this file (libstdc++, the library Debian's
// compilers use).
#ifndef _GLIBCXX_IOSTREAM
#define _GLIBCXX_IOSTREAM
#define GAVEL_LEFT_OUT_IOSTREAM
#endif
#include <kainjow/mustache.hpp>
#ifdef GAVEL_LEFT_OUT_IOSTREAM
#undef _GLIBCXX_IOSTREAM
#undef GAVEL_LEFT_OUT_IOSTREAM
#endif

namespace gavel::minuteslayout {

namespace mustache = kainjow::mustache;

namespace {

mustache::data toData(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        mustache::data object;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            object.set(it.key().toStdString(), toData(it.value()));
        }
        return object;
    }
    case QMetaType::QVariantList: {
        mustache::data list {mustache::data::type::list};
        for (const QVariant &item : value.toList()) {
            list.push_back(toData(item));
        }
        return list;
    }
    case QMetaType::Bool: return mustache::data {value.toBool()};
    default: return mustache::data {value.toString().remove(QChar(0x1e)).toStdString()};
    }
}

// At most one blank line in a row, no blank lines at the start, no spaces at line ends, one
// newline at the end; code blocks are left as they are. A fence closes its block as CommonMark has
// it: the same character, at least as long, nothing after it, at most 3 spaces further in than the
// fence that opened it (the template may indent the whole block).
QString tidy(const QString &markdown)
{
    static const QRegularExpression fence(QStringLiteral("^( *)(`{3,}(?=[^`]*$)|~{3,})(.*)$"));
    QStringList out;
    QString openFence;
    qsizetype openIndent = 0;
    for (QString line : markdown.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch f = fence.match(line);
        if (!openFence.isEmpty()) {
            if (f.hasMatch() && f.captured(1).size() <= openIndent + 3 && f.captured(2).startsWith(openFence)
                && f.captured(3).trimmed().isEmpty()) {
                openFence.clear();
            }
            out << line;
            continue;
        }
        while (line.endsWith(QLatin1Char(' '))) {
            line.chop(1);
        }
        if (line.isEmpty() && (out.isEmpty() || out.constLast().isEmpty())) {
            continue;
        }
        if (f.hasMatch()) {
            openFence = f.captured(2);
            openIndent = f.captured(1).size();
        }
        out << line;
    }
    while (!out.isEmpty() && out.constLast().isEmpty()) {
        out.removeLast();
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// Mustache says a line holding only a section or comment tag leaves no line behind; the engine
// keeps the newline of a section it skips, and drops the next line's after a section it renders.
// So the newline after such a tag becomes a mark of its own, which the engine sees as text on
// the line and which is taken out of what it renders. (Values cannot carry the mark.)
const char standaloneMark = '\x1e';

std::string standaloneTags(const QString &templateText)
{
    static const QRegularExpression standalone(QStringLiteral("^[ \\t]*(\\{\\{[#^/!][^}]*\\}\\})[ \\t]*$"));
    std::string out;
    const QStringList lines = templateText.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch tag = standalone.match(lines.at(i));
        out += (tag.hasMatch() ? tag.captured(1) : lines.at(i)).toStdString();
        if (i < lines.size() - 1) {
            out += tag.hasMatch() ? standaloneMark : '\n';
        }
    }
    return out;
}

// "Unclosed section "items" at 412": the byte offset, as a line of the template.
int lineOf(const std::string &source, const std::string &error)
{
    static const QRegularExpression at(QStringLiteral("\\bat (\\d+)$"));
    const QRegularExpressionMatch m = at.match(QString::fromStdString(error));
    if (!m.hasMatch()) {
        return 0;
    }
    const std::size_t offset = std::min<std::size_t>(m.captured(1).toULongLong(), source.size());
    return 1 + int(std::count_if(source.begin(), source.begin() + qsizetype(offset), [](char c) {
               return c == '\n' || c == standaloneMark;
           }));
}

} // namespace

QString id(Layout layout)
{
    return layout == Layout::Agenda ? QStringLiteral("agenda") : QStringLiteral("classic");
}

std::optional<Layout> fromId(const QString &id)
{
    if (id == QLatin1String("classic")) {
        return Layout::Classic;
    }
    if (id == QLatin1String("agenda")) {
        return Layout::Agenda;
    }
    return std::nullopt;
}

QString builtinTemplate(Layout layout, const QString &language)
{
    QFile file(QStringLiteral(":/gavel/layouts/%1.%2.md")
                   .arg(id(layout), language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh")));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("the built-in minutes layout %s is missing from the program", qPrintable(file.fileName()));
    }
    return QString::fromUtf8(file.readAll());
}

std::optional<Layout> recognise(const QString &minutesMarkdown)
{
    static const QRegularExpression classic(
        QStringLiteral("^##\\s+(?:会议概况|会议分享与讨论|Overview|Discussion)\\s*$"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression agendaHeading(QStringLiteral("^##\\s+(?:会议议程|会议纪要|Agenda|Minutes)\\s*$"),
                                                  QRegularExpression::MultilineOption
                                                      | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression numbered(QStringLiteral("^\\d{1,3}[.)、]\\s*\\S"),
                                             QRegularExpression::MultilineOption);
    if (classic.match(minutesMarkdown).hasMatch()) {
        return Layout::Classic;
    }
    const QRegularExpressionMatch heading = agendaHeading.match(minutesMarkdown);
    if (heading.hasMatch() && numbered.match(minutesMarkdown, heading.capturedEnd(0)).hasMatch()) {
        return Layout::Agenda;
    }
    return std::nullopt;
}

Rendered render(const QString &templateText, const QVariantMap &content)
{
    const std::string source = standaloneTags(templateText);
    mustache::mustache tmpl {source};
    // Every value is Markdown already: Mustache's HTML escaping would turn "Q&A" into "Q&amp;A".
    tmpl.set_custom_escape([](const std::string &s) { return s; });
    if (!tmpl.is_valid()) {
        return {QString(), QString::fromStdString(tmpl.error_message()), lineOf(source, tmpl.error_message())};
    }
    std::string text = tmpl.render(toData(content));
    if (!tmpl.is_valid()) {
        return {QString(), QString::fromStdString(tmpl.error_message()), lineOf(source, tmpl.error_message())};
    }
    text.erase(std::remove(text.begin(), text.end(), standaloneMark), text.end());
    return {tidy(QString::fromStdString(text)), QString(), 0};
}

} // namespace gavel::minuteslayout
