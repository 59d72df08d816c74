#pragma once

#include "agenda/people.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace gavel::presenters {

// The people a presenter value names ("@a, @b", "[a](https://github.com/a)", "Jane Doe / 李华"):
// their GitHub handles when the value links or @-mentions anyone, else the names as written.
// A value that says the seat is vacant ("TBD", "待定") names nobody.
// *written: whether they are names as written (no handle in the value).
QStringList names(const InlineSpan &value, bool *written = nullptr);

// The handles an item's own text names as its speakers: those that stand at the start or the end
// of a line, alone or in a run of handles (separators, "and", brackets and durations between
// them): "@a 介绍 PFCC", "Topic @[b](…)（20 min）", "Topic (@a, @b)", "[a](https://github.com/a)".
// A handle inside a sentence is someone it mentions, not who presents it: "I (@a) nominated
// this one", "\"@b api\" (compiler-team#1000)".
QStringList speakerHandles(const InlineSpan &own);

// The words that name who presents an item, as a regular expression's alternation (the words of
// English written with \\b): "分享人", "主讲人", "Presenter", "Speaker", "Owner", "Lead"... One list for
// presenter lines, the label before a handle and an agenda table's presenter column.
QString presenterWords();

// `first`, then the names of `more` it does not hold yet (case-insensitively).
QStringList merged(const QStringList &first, const QStringList &more);

// A presenter written at the end of an item's title: "Topic - Jane Doe / Li Lei", "Topic (Andreas)".
struct Trailing
{
    qsizetype cut = 0; // where the title ends without the presenter
    QStringList speakers;
};
// nullopt when the end of the line is no list of names: a duration, an issue number, a link, a
// date, a count or a word that notes the item's state ("(optional)", "(WIP)", "(cont.)").
std::optional<Trailing> trailing(const InlineSpan &line);

// A line under an item that only says who presents it or how long it takes: "分享人：@x",
// "Presenter: Jane", "分享时长：20 min", "Duration: 10 min", "分享人 / Presenter: Jane".
struct LabelLine
{
    enum class Kind { Presenter, Duration };
    Kind kind = Kind::Presenter;
    QString label; // as written, for the explanation
    InlineSpan value;
};
std::optional<LabelLine> labelLine(const InlineSpan &line);

// What lines under an item told about it, and a table row's presenter and duration cells.
struct Told
{
    QStringList speakers;
    QStringList names; // those of `speakers` written without a handle
    std::optional<int> minutes;
    QString label; // the first label line's label, for the explanation
};
// Takes a presenter or duration line into `told`; false when the line is neither, or when a
// sentence follows a presenter label ("Lead: we still need someone"). A line that names nobody
// ("Presenter: TBD") is still taken: it is about the item, never an item itself.
bool take(const InlineSpan &line, Told &told);

} // namespace gavel::presenters
