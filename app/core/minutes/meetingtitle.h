#pragma once

#include <QDate>
#include <QString>

namespace gavel::meetingtitle {

// The title with its ordinal advanced: "第一次会议" -> "第二次会议", "五十次会议议程" ->
// "五十一次会议议程", "第12次" -> "第13次", "12th Meeting" -> "13th Meeting", "#7" -> "#8",
// "No. 7" -> "No. 8". A title without an ordinal comes back unchanged.
QString advanceOrdinal(const QString &title);
// A date the title states (2024-03-14) becomes the next meeting's.
QString withNextDate(const QString &title, const QDate &current, const QDate &next);

// The minutes' title from the agenda's: "…第四十五次会议议程" -> "…第四十五次会议纪要", "…第一次会议" ->
// "…第一次会议纪要", "… Meeting Agenda" -> "… Meeting Minutes"; any other title gets the word for
// minutes after it (in English without its 议程: "…会议议程" -> "…会议 Meeting Minutes").
// language: "zh" or "en".
QString minutesTitle(const QString &title, const QString &language);

// Chinese numerals: 1..9999 -> "一".."九千九百九十九"; parse gives 0 for anything else.
QString chineseNumeral(int n);
int parseChineseNumeral(const QString &text);

} // namespace gavel::meetingtitle
