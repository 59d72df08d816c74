#include "series/seriesindexwriter.h"

#include "series/seriesindex.h"
#include "storage/sessionstore.h"

#include <QFileInfo>
#include <QLoggingCategory>

namespace gavel {

namespace {
Q_LOGGING_CATEGORY(lcIndexWriter, "gavel.seriesindex")
}

SeriesIndexWriter::SeriesIndexWriter(SessionStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &SessionStore::saved, this, &SeriesIndexWriter::onSaved);
    connect(&m_writer, &BackgroundWriter::written, this, [](quint64, const QString &, const WriteResult &result) {
        if (!result.ok()) {
            // A cache of the sessions, which stay the record: the next reading makes it again.
            qCWarning(lcIndexWriter).noquote() << "The series index was not saved:" << result.error;
        }
    });
}

void SeriesIndexWriter::onSaved(const QString &path)
{
    // What was written, not what is in memory now: a change made while the write was in flight
    // is not on disk, and the index must not claim it is.
    const SessionData &data = m_store->savedData();
    const RecordedMeeting summary = seriesindex::summaryOf(path, data);
    if (path == m_lastPath && seriesindex::sameSummary(summary, m_lastSummary)) {
        return; // notes or times: nothing the index keeps
    }
    // The file as it is now, before the store can write it again (it waits for the save delay).
    seriesindex::Stamp stamp;
    if (!seriesindex::stampOf(path, &stamp)) {
        return;
    }
    m_lastPath = path;
    m_lastSummary = summary;
    const QString seriesFolder = QFileInfo(QFileInfo(path).absolutePath()).absolutePath();
    // Read, changed and written back on the worker: the index of a long series is not small.
    m_writer.writeMade(seriesindex::indexPath(seriesFolder), [path, data, stamp]() -> std::optional<QByteArray> {
        QByteArray bytes = seriesindex::updated(path, data, stamp);
        if (bytes.isEmpty()) {
            return std::nullopt;
        }
        return bytes;
    });
}

} // namespace gavel
