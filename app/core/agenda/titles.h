#pragma once

#include <QString>

namespace gavel::titles {

// How an item's title is read, the same everywhere: on one line, and without the numbering an
// agenda writes before it ("1.", "1)", "（2）", "三、", "第一项：").
QString singleLine(const QString &text);
QString withoutNumbering(const QString &title);
// Whether a heading names the agenda (议程, Agenda).
bool namesAgenda(const QString &heading);

} // namespace gavel::titles
