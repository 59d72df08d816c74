#include "series/seriessettings.h"

#include "storage/atomicfile.h"
#include "storage/readfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace gavel::seriessettings {

namespace {

QString fileOf(const QString &seriesFolder)
{
    return QDir(seriesFolder).filePath(QStringLiteral("series.json"));
}

} // namespace

Values load(const QString &seriesFolder)
{
    Values values;
    if (seriesFolder.isEmpty()) {
        return values;
    }
    QByteArray bytes;
    QString error;
    if (readWholeFile(fileOf(seriesFolder), 64 * 1024, &bytes, &error) != ReadFailure::None) {
        return values;
    }
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    values.minutesLayout = json.value(QStringLiteral("minutesLayout")).toString();
    values.exportFolder = json.value(QStringLiteral("exportFolder")).toString();
    values.repository = json.value(QStringLiteral("repository")).toString();
    values.repositoryFolder = json.value(QStringLiteral("repositoryFolder")).toString();
    return values;
}

bool save(const QString &seriesFolder, const Values &values, QString *error)
{
    QJsonObject json;
    if (!values.minutesLayout.isEmpty()) {
        json.insert(QStringLiteral("minutesLayout"), values.minutesLayout);
    }
    for (const auto &[key, value] :
         {std::pair {"exportFolder", values.exportFolder}, std::pair {"repository", values.repository},
          std::pair {"repositoryFolder", values.repositoryFolder}}) {
        if (!value.isEmpty()) {
            json.insert(QLatin1String(key), value);
        }
    }
    const WriteResult result = writeFileAtomically(fileOf(seriesFolder), QJsonDocument(json).toJson(), Folders::Create);
    if (!result.ok()) {
        *error = result.error;
        return false;
    }
    return true;
}

QString folderForFile(const QString &folder, const QString &fileName)
{
    static const QRegularExpression year(QStringLiteral("^(?:19|20)\\d\\d$"));
    static const QRegularExpression dated(QStringLiteral("^((?:19|20)\\d\\d)-\\d\\d-\\d\\d"));
    const QFileInfo info(QDir::cleanPath(folder));
    const QRegularExpressionMatch file = dated.match(fileName);
    if (!year.match(info.fileName()).hasMatch() || !file.hasMatch() || file.captured(1) == info.fileName()) {
        return folder;
    }
    return QDir(info.absolutePath()).filePath(file.captured(1));
}

} // namespace gavel::seriessettings
