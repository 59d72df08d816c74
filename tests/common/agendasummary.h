#pragma once

// Items as the importer tests compare them: one line each, written by hand in the tests' rows.

#include "agenda/meeting.h"

#include <QString>
#include <QStringList>

namespace gavel::test {

// "title | minutes | speaker, speaker", minutes "-" when the agenda gives none.
inline QString summary(const AgendaItem &item)
{
    return item.title + QStringLiteral(" | ") + (item.minutes ? QString::number(*item.minutes) : QStringLiteral("-"))
        + QStringLiteral(" | ") + item.speakers.join(QStringLiteral(", "));
}

inline QStringList summaries(const QList<AgendaItem> &items)
{
    QStringList out;
    for (const AgendaItem &item : items) {
        out.append(summary(item));
    }
    return out;
}

} // namespace gavel::test
