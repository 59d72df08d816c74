#pragma once

#include "agenda/markdowndocument.h"
#include "agenda/people.h"
#include "agenda/presenters.h"

#include <QList>
#include <QString>

#include <optional>

namespace gavel::agendatables {

// The columns of an agenda table, found by their header's words: the topic (Topic, Item, Agenda
// item, 议题, 主题), the duration (Time, Timebox, Duration, 时长) and the presenter (Presenter,
// Speaker, Owner, Lead, 分享人). -1 when the table has no such column.
struct Columns
{
    qsizetype topic = -1;
    qsizetype duration = -1;
    qsizetype presenter = -1;
    bool durationInMinutes = false; // the duration's header gives the unit: "Duration (min)", "分钟"
    QString topicHeader;
    QString durationHeader;
    QString presenterHeader;
};

// A table without a topic column is no agenda table (a roster, a schedule of numbers): nullopt.
std::optional<Columns> agendaColumns(const MarkdownBlock &table);

// One row of an agenda table: its topic cell and what its presenter and duration cells say.
struct Row
{
    InlineSpan topic;
    presenters::Told told;
};
// The rows with a topic, in order. Cells a row holds past its header's count (md4c drops them;
// MarkdownDocument reads them back from the row's source line) continue the last column: more
// presenters when the presenter column is the last.
QList<Row> rows(const MarkdownBlock &table, const Columns &columns);

} // namespace gavel::agendatables
