#pragma once

#include "agenda/meeting.h"

#include <optional>

namespace gavel::agendatree {

// How deeply items may nest (top-level items are at level 1): edits stop there and a session
// file that nests deeper is damaged.
constexpr int maxDepth = 64;

// Where an item sits: under parentId (0 for the top level) at row.
struct Location
{
    int parentId = 0;
    int row = 0;
};

// Gives every item without an id a fresh one, counting on from the largest id in use.
void assignIds(QList<AgendaItem> &items);
int maxId(const QList<AgendaItem> &items);

const AgendaItem *find(const QList<AgendaItem> &items, int id);
AgendaItem *find(QList<AgendaItem> &items, int id);
std::optional<Location> locate(const QList<AgendaItem> &items, int id);
// The list that holds the children of parentId (the top level for 0), or nullptr.
QList<AgendaItem> *childList(QList<AgendaItem> &items, int parentId);
const QList<AgendaItem> *childList(const QList<AgendaItem> &items, int parentId);
bool contains(const AgendaItem &ancestor, int id);

std::optional<AgendaItem> take(QList<AgendaItem> &items, int id);
bool insert(QList<AgendaItem> &items, int parentId, int row, const AgendaItem &item);

// Whether the item or anything below it states a duration.
bool hasTimedChildren(const AgendaItem &item);
// The items that run, in order: an item whose children have durations runs its children
// in turn, any other item runs as one.
QList<int> runOrder(const QList<AgendaItem> &items);
// The level an item sits at (1: top level), 0 when it is not in the tree.
int levelOf(const QList<AgendaItem> &items, int id);
// How many levels the item and everything below it take (1: no children).
int height(const AgendaItem &item);

// Ids of the item and everything below it.
QList<int> subtreeIds(const AgendaItem &item);

} // namespace gavel::agendatree
