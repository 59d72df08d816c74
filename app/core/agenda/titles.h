#pragma once

#include <QString>

namespace gavel::titles {

// How an item's title is read, the same everywhere: on one line, and without the numbering an
// agenda writes before it ("1.", "1)", "（2）", "三、", "第一项：").
QString singleLine(const QString &text);
QString withoutNumbering(const QString &title);
// A number and a dash a list entry writes before its title ("* 1 - Topic", "* 2 – Topic"): the
// list's numbering, written out. A number followed by a word stays ("3 things", "2022 roadmap"),
// and so does "1. Topic" or "2) Topic" in an entry's text: Markdown only writes those as text
// when they were escaped to stay text.
QString withoutWrittenNumber(const QString &title);
// Whether a heading names the agenda (议程, Agenda).
bool namesAgenda(const QString &heading);
// Whether a heading names a section that is no agenda, though it may sit in or name one: a duty
// rota (轮值, 值班), rules, notes or minutes (纪要), links, action items, attendees, roles, a
// consent to the agenda, future items, a template. In English the word must be the label's head
// ("Meeting notes", "Minutes of the meeting"), so "Issues of Note" is no such section.
bool namesOtherSection(const QString &heading);
// Whether a heading names a step the meeting takes on its agenda ("Consent to agenda", "Approval of
// the agenda", "通过议程"): no agenda section, but an item where the sections are the items.
bool namesAgendaStep(const QString &heading);

} // namespace gavel::titles
