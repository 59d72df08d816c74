#include "agenda/agendatables.h"

#include "agenda/durations.h"
#include "agenda/presenters.h"
#include "agenda/titles.h"

#include <QRegularExpression>

namespace gavel::agendatables {

namespace {

using Block = MarkdownBlock;
using Type = MarkdownBlock::Type;

const Block *headerRow(const Block &table)
{
    for (const auto &part : table.children) {
        if (part->type == Type::TableHead && !part->children.empty()) {
            return part->children.front().get();
        }
    }
    return nullptr;
}

// A "Time" cell may hold the slot's clock times instead of its length: "10:00-10:15" is 15
// minutes. Only a whole cell that is one range counts, so a start time alone never does.
std::optional<int> clockRangeMinutes(const QString &cell)
{
    static const QRegularExpression range(QStringLiteral(
        "^\\s*([01]?\\d|2[0-3])[:：]([0-5]\\d)\\s*(?:-|–|—|~|～|to)\\s*([01]?\\d|2[0-3])[:：]([0-5]\\d)\\s*$"));
    const QRegularExpressionMatch m = range.match(cell);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const int from = m.captured(1).toInt() * 60 + m.captured(2).toInt();
    int to = m.captured(3).toInt() * 60 + m.captured(4).toInt();
    if (to < from) {
        to += 24 * 60; // past midnight
    }
    if (to == from) {
        return std::nullopt;
    }
    return to - from;
}

// A cell that is only a clock time ("09:10"), as minutes of the day; -1 otherwise.
int clockTime(const QString &cell)
{
    static const QRegularExpression time(QStringLiteral("^\\s*([01]?\\d|2[0-3])[:：]([0-5]\\d)\\s*$"));
    const QRegularExpressionMatch m = time.match(cell);
    return m.hasMatch() ? m.captured(1).toInt() * 60 + m.captured(2).toInt() : -1;
}

} // namespace

std::optional<Columns> agendaColumns(const MarkdownBlock &table)
{
    // The presenter's and the duration's words are tried first: "Topic owner" is a presenter,
    // "Time" and "Timebox" are durations, and only then is a column the topic.
    static const QRegularExpression presenterWords(presenters::presenterWords(),
                                                   QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression durationWords(
        QStringLiteral("duration|time ?box|\\btime\\b|\\bminutes\\b|\\bmins?\\b|length|时长|时间|用时|分钟"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression topicWords(
        QStringLiteral("topic|\\bitems?\\b|agenda|subject|session|\\btalks?\\b|议题|主题|话题|内容|事项|议程|题目"),
        QRegularExpression::CaseInsensitiveOption);
    const Block *header = headerRow(table);
    if (!header) {
        return std::nullopt;
    }
    Columns columns;
    for (size_t c = 0; c < header->children.size(); ++c) {
        const QString text = titles::singleLine(header->children[c]->text);
        if (presenterWords.match(text).hasMatch()) {
            if (columns.presenter < 0) {
                columns.presenter = qsizetype(c);
                columns.presenterHeader = text;
            }
        } else if (durationWords.match(text).hasMatch()) {
            if (columns.duration < 0) {
                static const QRegularExpression unit(QStringLiteral("\\bmin(?:ute)?s?\\b|分钟"),
                                                     QRegularExpression::CaseInsensitiveOption);
                columns.duration = qsizetype(c);
                columns.durationHeader = text;
                columns.durationInMinutes = unit.match(text).hasMatch();
            }
        } else if (topicWords.match(text).hasMatch() && columns.topic < 0) {
            columns.topic = qsizetype(c);
            columns.topicHeader = text;
        }
    }
    if (columns.topic < 0) {
        return std::nullopt;
    }
    return columns;
}

QList<Row> rows(const MarkdownBlock &table, const Columns &columns)
{
    const Block *header = headerRow(table);
    const qsizetype headerCells = header ? qsizetype(header->children.size()) : 0;
    QList<Row> out;
    // A "Time" column of start times: a row lasts until the next row starts, a row without a topic
    // (a break) included. Where the previous row was kept in `out`, or -1.
    qsizetype previousKept = -1;
    int previousStart = -1;
    for (const auto &part : table.children) {
        if (part->type != Type::TableBody) {
            continue;
        }
        for (const auto &row : part->children) {
            const qsizetype cells = qsizetype(row->children.size());
            const auto cell = [&](qsizetype c) {
                return c >= 0 && c < cells ? InlineSpan::of(*row->children[size_t(c)]) : InlineSpan {};
            };
            Row r;
            r.topic = cell(columns.topic);
            const int start = columns.duration >= 0 ? clockTime(cell(columns.duration).text) : -1;
            if (previousKept >= 0 && previousStart >= 0 && start > previousStart && !out[previousKept].told.minutes) {
                out[previousKept].told.minutes = start - previousStart;
            }
            previousStart = start;
            previousKept = -1;
            if (titles::singleLine(r.topic.text).isEmpty()) {
                continue; // a row must name something to be an item
            }
            // Each cell names handles or names as written; the names are kept apart.
            const auto take = [&r](const InlineSpan &value) {
                bool written = false;
                const QStringList named = presenters::names(value, &written);
                r.told.speakers = presenters::merged(r.told.speakers, named);
                if (written) {
                    r.told.names = presenters::merged(r.told.names, named);
                }
            };
            take(cell(columns.presenter));
            if (columns.presenter >= 0 && columns.presenter == headerCells - 1) {
                for (qsizetype c = headerCells; c < cells; ++c) {
                    take(cell(c));
                }
            }
            if (columns.duration >= 0) {
                const QString duration = cell(columns.duration).text;
                r.told.minutes = durations::total(duration);
                // Under "Duration (min)" a bare number is minutes; under "Duration" alone it says nothing.
                static const QRegularExpression bare(QStringLiteral("^\\s*(\\d{1,3})\\s*$"));
                const QRegularExpressionMatch number = bare.match(duration);
                if (!r.told.minutes && columns.durationInMinutes && number.hasMatch()) {
                    r.told.minutes = number.captured(1).toInt();
                }
                if (!r.told.minutes) {
                    r.told.minutes = clockRangeMinutes(duration);
                }
            }
            if (start >= 0) {
                previousKept = out.size();
            }
            out.append(r);
        }
    }
    return out;
}

} // namespace gavel::agendatables
