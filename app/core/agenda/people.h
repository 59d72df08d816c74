#pragma once

#include "agenda/markdowndocument.h"
#include "agenda/meeting.h"

#include <QList>
#include <QString>

#include <optional>

namespace gavel {

// A mention of a person inside a piece of inline text: a link to a GitHub user page or
// an ASCII @handle outside any link.
struct PersonRef
{
    qsizetype start = 0; // position in the text the ref was found in
    qsizetype end = 0;
    QString handle;
    QString linkText; // empty for an @handle
};

// A slice of a block's inline text with the links that fall inside it, offsets rebased.
struct InlineSpan
{
    QString text;
    QList<MarkdownLink> links;
    QList<qsizetype> emphasisStarts; // where emphasis began: Zulip writes "@**name**"

    InlineSpan() = default;
    InlineSpan(QString t, QList<MarkdownLink> l = {}, QList<qsizetype> e = {})
        : text(std::move(t))
        , links(std::move(l))
        , emphasisStarts(std::move(e))
    { }

    static InlineSpan of(const MarkdownBlock &block) { return {block.text, block.links, block.emphasisStarts}; }
    // What a list entry says itself: its own text, else its first paragraph; the text of its
    // other paragraphs goes to *freeText when given.
    static InlineSpan ofEntry(const MarkdownBlock &entry, QStringList *freeText = nullptr);
    InlineSpan mid(qsizetype from, qsizetype to = -1) const;
    QList<InlineSpan> lines() const;
};

namespace people {

// The handle of a link to https://github.com/<handle> (one path segment), else empty.
// A link to the bare site takes the handle from its text, if that is a handle.
QString handleFromLink(const QString &href, const QString &linkText);
bool isHandle(const QString &candidate);
// An item's speaker is a GitHub handle ("jzhang533") or, where the agenda gives none, a name as
// written ("Zhao Boxuan", "Andreas", "张军"): the item lists those in speakerNames. A speaker is a
// handle when the item does not name it so and it has a handle's shape.
bool speakerIsHandle(const AgendaItem &item, const QString &speaker);
// How one is shown: "@handle", or the name as it is.
QString speakerLabel(const AgendaItem &item, const QString &speaker);
// The item's speakers shown one after the other: "@jzhang533, Zhao Boxuan".
QString speakersLabel(const AgendaItem &item);
QList<PersonRef> findRefs(const InlineSpan &span);
// Handles in document order, unique case-insensitively.
QStringList handles(const InlineSpan &span);
// Everyone named in a span (roster tables, inline lists): one person per ref. A display name
// after @ ("@Alex Zhang") and a Zulip mention ("@**name**") are no handle.
QList<Person> everyone(const InlineSpan &span);
// The people a roster entry names: everyone it links, else the names of a comma list
// ("scott, josh", "李华、王明"), brackets kept with their name ("Jay White (Microsoft, TAC)").
QList<Person> listed(const InlineSpan &value);
// The one person a value names ("张军（[jzhang533](…)）", "李华", "@x"); nullopt when the
// value is empty or says the seat is vacant.
std::optional<Person> single(const InlineSpan &value);

} // namespace people
} // namespace gavel
