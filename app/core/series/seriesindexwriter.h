#pragma once

#include "series/recordedmeeting.h"
#include "storage/backgroundwriter.h"

#include <QObject>

namespace gavel {

class SessionStore;

// Keeps the series index (seriesindex.h) up to date as the open session is saved: when what the
// index holds of the meeting changed (title, roster and statuses, items), the index is read,
// changed and rewritten on a worker thread, through the one write path. Typing notes changes no
// summary and writes nothing here. The index is a cache: should a reading of the series rewrite
// it at the same moment, the one written last wins, and the next reading puts right what it lacks.
class SeriesIndexWriter : public QObject
{
    Q_OBJECT

public:
    explicit SeriesIndexWriter(SessionStore *store, QObject *parent = nullptr);

    // Blocks until the index writes asked for are on disk (tests, closing).
    void waitForWrites() { m_writer.waitForDone(); }

private:
    void onSaved(const QString &path);

    SessionStore *m_store;
    BackgroundWriter m_writer;
    QString m_lastPath;
    RecordedMeeting m_lastSummary; // of m_lastPath, as last given to the index
};

} // namespace gavel
