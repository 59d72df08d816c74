#pragma once

#include <QString>
#include <QVariantMap>

#include <optional>

namespace gavel::minuteslayout {

// The minutes' layouts: Mustache templates (minutes/layouts/*.md) that place what
// minutescontent::build says. Two are built in, each in Chinese and English; a series may keep
// its own copy of one and edit it.
enum class Layout {
    Classic, // "classic": 2022's 会议概况 / 会议分享与讨论 / 下次会议安排
    Agenda, // "agenda": the later one: the header, then the agenda as a numbered list with notes
};

QString id(Layout layout);
std::optional<Layout> fromId(const QString &id);
QString builtinTemplate(Layout layout, const QString &language); // "zh" or "en"

// The layout a minutes file is written in, told by its headings: 会议概况 / 会议分享与讨论 (or
// Overview / Discussion) is the 2022 layout; 会议议程 / 会议纪要 / Agenda over a numbered list is
// the later one. Nothing when neither.
std::optional<Layout> recognise(const QString &minutesMarkdown);

struct Rendered
{
    QString text; // the Markdown, ending with one newline; empty when the template failed
    QString error; // what is wrong with the template, in words
    int line = 0; // where, counted from 1; 0 when unknown
};

// Renders a template over content (minutescontent::build): values are inserted as they are
// (they are Markdown already), and the result keeps at most one blank line between blocks.
Rendered render(const QString &templateText, const QVariantMap &content);

} // namespace gavel::minuteslayout
