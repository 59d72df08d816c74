#include "agenda/agendatree.h"

namespace gavel::agendatree {

namespace {

void assign(QList<AgendaItem> &items, int &next)
{
    for (AgendaItem &item : items) {
        if (item.id <= 0) {
            item.id = next++;
        }
        assign(item.children, next);
    }
}

AgendaItem *findMutable(QList<AgendaItem> &items, int id)
{
    for (AgendaItem &item : items) {
        if (item.id == id) {
            return &item;
        }
        if (AgendaItem *found = findMutable(item.children, id)) {
            return found;
        }
    }
    return nullptr;
}

bool locateIn(const QList<AgendaItem> &items, int parentId, int id, Location *out)
{
    for (int row = 0; row < items.size(); ++row) {
        if (items[row].id == id) {
            *out = {parentId, row};
            return true;
        }
        if (locateIn(items[row].children, items[row].id, id, out)) {
            return true;
        }
    }
    return false;
}

void order(const QList<AgendaItem> &items, QList<int> &out)
{
    for (const AgendaItem &item : items) {
        if (hasTimedChildren(item)) {
            order(item.children, out);
        } else {
            out.append(item.id);
        }
    }
}

} // namespace

void assignIds(QList<AgendaItem> &items)
{
    int next = maxId(items) + 1;
    assign(items, next);
}

int maxId(const QList<AgendaItem> &items)
{
    int max = 0;
    for (const AgendaItem &item : items) {
        max = qMax(max, qMax(item.id, maxId(item.children)));
    }
    return max;
}

const AgendaItem *find(const QList<AgendaItem> &items, int id)
{
    for (const AgendaItem &item : items) {
        if (item.id == id) {
            return &item;
        }
        if (const AgendaItem *found = find(item.children, id)) {
            return found;
        }
    }
    return nullptr;
}

AgendaItem *find(QList<AgendaItem> &items, int id)
{
    return findMutable(items, id);
}

std::optional<Location> locate(const QList<AgendaItem> &items, int id)
{
    Location location;
    if (locateIn(items, 0, id, &location)) {
        return location;
    }
    return std::nullopt;
}

QList<AgendaItem> *childList(QList<AgendaItem> &items, int parentId)
{
    if (parentId == 0) {
        return &items;
    }
    AgendaItem *parent = find(items, parentId);
    return parent ? &parent->children : nullptr;
}

const QList<AgendaItem> *childList(const QList<AgendaItem> &items, int parentId)
{
    if (parentId == 0) {
        return &items;
    }
    const AgendaItem *parent = find(items, parentId);
    return parent ? &parent->children : nullptr;
}

bool contains(const AgendaItem &ancestor, int id)
{
    return ancestor.id == id || find(ancestor.children, id) != nullptr;
}

std::optional<AgendaItem> take(QList<AgendaItem> &items, int id)
{
    const std::optional<Location> where = locate(items, id);
    if (!where) {
        return std::nullopt;
    }
    QList<AgendaItem> *list = childList(items, where->parentId);
    return list->takeAt(where->row);
}

bool insert(QList<AgendaItem> &items, int parentId, int row, const AgendaItem &item)
{
    QList<AgendaItem> *list = childList(items, parentId);
    if (!list) {
        return false;
    }
    list->insert(qBound(0, row, int(list->size())), item);
    return true;
}

int levelOf(const QList<AgendaItem> &items, int id)
{
    int level = 0;
    for (std::optional<Location> at = locate(items, id); at;
         at = at->parentId ? locate(items, at->parentId) : std::nullopt) {
        ++level;
    }
    return level;
}

int height(const AgendaItem &item)
{
    int below = 0;
    for (const AgendaItem &child : item.children) {
        below = qMax(below, height(child));
    }
    return below + 1;
}

bool hasTimedChildren(const AgendaItem &item)
{
    for (const AgendaItem &child : item.children) {
        if (child.minutes || hasTimedChildren(child)) {
            return true;
        }
    }
    return false;
}

QList<int> runOrder(const QList<AgendaItem> &items)
{
    QList<int> out;
    order(items, out);
    return out;
}

QList<int> subtreeIds(const AgendaItem &item)
{
    QList<int> out {item.id};
    for (const AgendaItem &child : item.children) {
        out += subtreeIds(child);
    }
    return out;
}

} // namespace gavel::agendatree
