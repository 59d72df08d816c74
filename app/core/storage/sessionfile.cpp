#include "storage/sessionfile.h"

#include "storage/atomicfile.h"
#include "storage/readfile.h"
#include "storage/settings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cmath>

namespace gavel::sessionfile {

namespace {

// tr() in the context lupdate files these strings under: a free tr() would look elsewhere.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gavel::sessionfile)
};

} // namespace

bool load(const QString &path, SessionData *data, QString *error)
{
    QByteArray bytes;
    if (readWholeFile(path, maxFileSize, &bytes, error) != ReadFailure::None) {
        return false;
    }
    const QString shown = QDir::toNativeSeparators(path);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject()) {
        *error = bytes.isEmpty() ? Text::tr("%1: not a valid session file: it is empty").arg(shown)
            : doc.isNull()       ? Text::tr("%1: not a valid session file: %2 at byte %3")
                                 .arg(shown, parseError.errorString())
                                 .arg(parseError.offset)
                           : Text::tr("%1: not a valid session file: it holds no JSON object").arg(shown);
        return false;
    }
    QString reason;
    if (!fromJson(doc.object(), data, &reason)) {
        *error = Text::tr("%1: %2").arg(shown, reason);
        return false;
    }
    return true;
}

WriteResult save(const QString &path, const SessionData &data)
{
    return writeFileAtomically(path, toBytes(data), Folders::Create);
}

QString sourceAgendaOf(const QString &path)
{
    QByteArray bytes;
    QString error;
    if (readWholeFile(path, maxFileSize, &bytes, &error) != ReadFailure::None) {
        return {};
    }
    const QJsonValue agenda = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("sourceAgenda"));
    return agenda.isString() ? agenda.toString() : QString();
}

QDate sourceMeetingDateOf(const QString &path)
{
    QByteArray bytes;
    QString error;
    if (readWholeFile(path, maxFileSize, &bytes, &error) != ReadFailure::None) {
        return {};
    }
    const QJsonValue date = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("sourceMeetingDate"));
    return QDate::fromString(date.toString(), Qt::ISODate);
}

QString keepDamaged(const QString &path, const QDateTime &when, QString *error)
{
    const QFileInfo info(path);
    const QString stamp = when.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString kept
        = info.dir().filePath(QStringLiteral("%1.damaged-%2.%3").arg(info.completeBaseName(), stamp, info.suffix()));
    for (int n = 2; QFileInfo::exists(kept); ++n) {
        kept = info.dir().filePath(
            QStringLiteral("%1.damaged-%2-%3.%4").arg(info.completeBaseName(), stamp).arg(n).arg(info.suffix()));
    }
    QFile file(path);
    if (!file.rename(kept)) {
        *error = Text::tr("%1: cannot be renamed to %2: %3")
                     .arg(QDir::toNativeSeparators(path), QFileInfo(kept).fileName(), file.errorString());
        return {};
    }
    // The heartbeat belonged to the damaged session.
    QFile::remove(heartbeatPath(path));
    return kept;
}

QString heartbeatPath(const QString &sessionPath)
{
    const QFileInfo info(sessionPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".alive"));
}

QByteArray heartbeatBytes(const Heartbeat &heartbeat)
{
    const QJsonObject json {
        {QStringLiteral("schema"), QStringLiteral("gavel-heartbeat")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("aliveAt"), double(heartbeat.aliveAt)},
        {QStringLiteral("aliveAtText"), QDateTime::fromMSecsSinceEpoch(heartbeat.aliveAt).toString(Qt::ISODateWithMs)},
        {QStringLiteral("closedAt"), double(heartbeat.closedAt)},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
}

Heartbeat readHeartbeat(const QString &sessionPath)
{
    QByteArray bytes;
    QString error;
    if (readWholeFile(heartbeatPath(sessionPath), 4096, &bytes, &error) != ReadFailure::None) {
        return {};
    }
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    if (json.value(QStringLiteral("schema")).toString() != QLatin1String("gavel-heartbeat")) {
        return {};
    }
    // Only plausible times count: a damaged heartbeat is no heartbeat.
    const auto moment = [&json](const char *key) -> qint64 {
        const double ms = json.value(QLatin1String(key)).toDouble();
        return std::isfinite(ms) && ms >= double(earliestPlausibleMs) && ms <= double(latestPlausibleMs) ? qint64(ms)
                                                                                                         : 0;
    };
    return {moment("aliveAt"), moment("closedAt")};
}

QString rootFolder()
{
    const QString fromEnv = qEnvironmentVariable("GAVEL_HOME");
    if (!fromEnv.isEmpty()) {
        return QDir::cleanPath(fromEnv);
    }
    const QString fromSettings = Settings().sessionsRoot();
    if (!fromSettings.isEmpty()) {
        return QDir::cleanPath(fromSettings);
    }
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty()) {
        documents = QDir::homePath();
    }
    return QDir::cleanPath(documents + QStringLiteral("/Gavel"));
}

QString folderName(const QString &series)
{
    QString name = series;
    static const QRegularExpression unsafe(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]"));
    name.replace(unsafe, QStringLiteral(" "));
    name = name.simplified();
    while (name.startsWith(QLatin1Char('.'))) {
        name.remove(0, 1);
    }
    if (name.size() > 100) {
        name.truncate(100);
    }
    return name.trimmed().isEmpty() ? QStringLiteral("Meetings") : name.trimmed();
}

QString sessionPath(const QString &root, const QString &series, const QDate &date)
{
    return QDir(root).filePath(folderName(series) + QLatin1Char('/') + date.toString(Qt::ISODate)
                               + QStringLiteral("/session.json"));
}

} // namespace gavel::sessionfile
