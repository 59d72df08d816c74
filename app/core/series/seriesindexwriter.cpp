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
    const SessionData data = m_store->data();
    const RecordedMeeting summary = seriesindex::summaryOf(path, data);
    if (path == m_lastPath && seriesindex::sameSummary(summary, m_lastSummary)) {
        return; // notes or times: nothing the index keeps
    }
    m_lastPath = path;
    m_lastSummary = summary;
    const QByteArray bytes = seriesindex::updated(path, data);
    if (!bytes.isEmpty()) {
        const QString seriesFolder = QFileInfo(QFileInfo(path).absolutePath()).absolutePath();
        m_writer.write(seriesindex::indexPath(seriesFolder), bytes);
    }
}

} // namespace gavel
