#pragma once

// Readable QCOMPARE failure output for the run state's types, shared by the tests.

#include "meeting/runstate.h"

#include <QByteArray>
#include <QList>
#include <QtGlobal>

#include <algorithm>

namespace gavel {

inline char *toString(RunState::Phase phase)
{
    static const char *const names[] = {"NotStarted", "Running", "Paused", "Ended"};
    return qstrdup(names[int(phase)]);
}

inline QByteArray describe(const ItemRun &r)
{
    return QByteArray("{startedAt ") + QByteArray::number(r.startedAt) + " endedAt " + QByteArray::number(r.endedAt)
        + " elapsed " + QByteArray::number(r.elapsedMs) + " paused " + QByteArray::number(r.pausedMs) + " extra "
        + QByteArray::number(r.extraSeconds) + (r.done ? " done" : "") + (r.skipped ? " skipped" : "") + "}";
}

inline char *toString(const ItemRun &r)
{
    return qstrdup(describe(r).constData());
}

inline char *toString(const RunState &s)
{
    QByteArray out = QByteArray("phase ") + QByteArray::number(int(s.phase)) + " startedAt "
        + QByteArray::number(s.startedAt) + " endedAt " + QByteArray::number(s.endedAt) + " current "
        + QByteArray::number(s.currentId) + " segmentStart " + QByteArray::number(s.segmentStart) + " pauseStart "
        + QByteArray::number(s.pauseStart);
    QList<int> ids = s.items.keys();
    std::sort(ids.begin(), ids.end());
    for (int id : ids) {
        out += " #" + QByteArray::number(id) + describe(s.items.value(id));
    }
    return qstrdup(out.constData());
}

} // namespace gavel
