#include "storage/sessionmigration.h"

#include "agenda/agendatree.h"
#include "agenda/durations.h"
#include "storage/sessionfile.h"

#include <QJsonArray>

#include <cmath>

namespace gavel::sessionmigration {

namespace {

// Version 1 files could hold a planned duration that overflowed when the agenda stated an
// absurd one ("2147483647 hours" was read as -60 minutes). Version 2 has no duration outside
// 0..24 hours: such a duration is no duration.
void dropImpossibleDurations(QJsonArray &items, int depth)
{
    if (depth > agendatree::maxDepth) {
        return; // the check that follows names the nesting
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        const QJsonValue minutes = item.value(QStringLiteral("minutes"));
        if (minutes.isDouble() && !(minutes.toDouble() >= 0 && minutes.toDouble() <= durations::maxMinutes)) {
            item.insert(QStringLiteral("minutes"), QJsonValue::Null);
        }
        QJsonArray children = item.value(QStringLiteral("children")).toArray();
        dropImpossibleDurations(children, depth + 1);
        if (item.contains(QStringLiteral("children"))) {
            item.insert(QStringLiteral("children"), children);
        }
        items.replace(i, item);
    }
}

// Version 1 did not cap an item's time: a meeting left running overnight could save more than a
// day on one item, and +1 min could be pressed without end. Version 2 holds both within a day.
void capRunFigures(QJsonObject &json)
{
    QJsonObject run = json.value(QStringLiteral("run")).toObject();
    QJsonArray items = run.value(QStringLiteral("items")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        const QJsonValue elapsed = item.value(QStringLiteral("elapsedMs"));
        if (elapsed.isDouble() && elapsed.toDouble() > double(durations::maxMs)) {
            item.insert(QStringLiteral("elapsedMs"), double(durations::maxMs));
        }
        const QJsonValue extra = item.value(QStringLiteral("extraSeconds"));
        const double maxSeconds = double(durations::maxMs / 1000);
        if (extra.isDouble() && std::fabs(extra.toDouble()) > maxSeconds) {
            item.insert(QStringLiteral("extraSeconds"), extra.toDouble() > 0 ? maxSeconds : -maxSeconds);
        }
        items.replace(i, item);
    }
    if (run.contains(QStringLiteral("items"))) {
        run.insert(QStringLiteral("items"), items);
        json.insert(QStringLiteral("run"), run);
    }
}

} // namespace

QJsonObject migrated(QJsonObject json, int version)
{
    if (version < 2) {
        capRunFigures(json);
        QJsonObject meeting = json.value(QStringLiteral("meeting")).toObject();
        if (meeting.value(QStringLiteral("items")).isArray()) {
            QJsonArray items = meeting.value(QStringLiteral("items")).toArray();
            dropImpossibleDurations(items, 1);
            meeting.insert(QStringLiteral("items"), items);
            json.insert(QStringLiteral("meeting"), meeting);
        }
    }
    json.insert(QStringLiteral("version"), SessionData::schemaVersion);
    return json;
}

} // namespace gavel::sessionmigration
