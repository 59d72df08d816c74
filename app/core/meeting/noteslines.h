#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace gavel::noteslines {

// Lines taken out of an item's notes: where they stood (the first one's line number, counted
// from 0 on '\n') and what they said, so they can be put back.
struct LinesCut
{
    int first = 0;
    QStringList lines;
};

// Takes lines first..last out of `text`; nothing when they are not all there.
std::optional<LinesCut> takeOut(QString &text, int first, int last);
// Puts the lines back where they stood (at the end when the text has fewer lines by now).
void putBack(QString &text, const LinesCut &cut);
// Takes the same lines out again, from where they stood or else where they first occur;
// false when they are nowhere in the text.
bool takeOutAgain(QString &text, const LinesCut &cut);

// What a line of notes states once its lead-in is dropped: a list marker ("- ", "* ", "1. "),
// the time stamp Ctrl+T writes ("[18:55] ") and a decision prefix (决定：, 决议：, Decision:,
// Decided:), in that order.
QString withoutDecisionLeadIn(const QString &line);
// The decision the lines state: each without its lead-in, joined by spaces; empty when they
// state nothing.
QString decisionText(const QStringList &lines);

} // namespace gavel::noteslines
