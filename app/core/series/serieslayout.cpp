#include "series/serieslayout.h"

#include "storage/atomicfile.h"
#include "storage/readfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace gavel::serieslayout {

namespace {

QString choiceFile(const QString &seriesFolder)
{
    return QDir(seriesFolder).filePath(QStringLiteral("minutes-layout.json"));
}

constexpr qint64 maxMinutesBytes = 1024 * 1024; // a minutes file is a few KB

} // namespace

QString ownTemplatePath(const QString &seriesFolder, const QString &language)
{
    return QDir(seriesFolder)
        .filePath(QStringLiteral("minutes-layout.%1.md")
                      .arg(language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh")));
}

std::optional<minuteslayout::Layout> chosen(const QString &seriesFolder)
{
    if (seriesFolder.isEmpty()) {
        return std::nullopt;
    }
    QByteArray bytes;
    QString error;
    if (readWholeFile(choiceFile(seriesFolder), 64 * 1024, &bytes, &error) != ReadFailure::None) {
        return std::nullopt;
    }
    return minuteslayout::fromId(QJsonDocument::fromJson(bytes).object().value(QStringLiteral("layout")).toString());
}

bool choose(const QString &seriesFolder, minuteslayout::Layout layout, QString *error)
{
    const QJsonObject json {{QStringLiteral("layout"), minuteslayout::id(layout)}};
    const WriteResult result
        = writeFileAtomically(choiceFile(seriesFolder), QJsonDocument(json).toJson(), Folders::Create);
    if (!result.error.isEmpty()) {
        *error = result.error;
        return false;
    }
    return true;
}

QString copyBuiltin(const QString &seriesFolder, minuteslayout::Layout layout, const QString &language, QString *error)
{
    const QString path = ownTemplatePath(seriesFolder, language);
    if (QFileInfo::exists(path)) {
        return path;
    }
    const WriteResult result
        = writeFileAtomically(path, minuteslayout::builtinTemplate(layout, language).toUtf8(), Folders::Create);
    if (!result.error.isEmpty()) {
        *error = result.error;
        return {};
    }
    return path;
}

std::optional<minuteslayout::Layout> fromMinutesIn(const QString &folder)
{
    if (folder.isEmpty()) {
        return std::nullopt;
    }
    QStringList names = QDir(folder).entryList({QStringLiteral("*minutes*.md")}, QDir::Files | QDir::Readable);
    std::sort(names.begin(), names.end(), std::greater<QString>());
    for (const QString &name : std::as_const(names)) {
        QByteArray bytes;
        QString error;
        if (readWholeFile(QDir(folder).filePath(name), maxMinutesBytes, &bytes, &error) != ReadFailure::None) {
            continue;
        }
        if (const auto layout = minuteslayout::recognise(QString::fromUtf8(bytes))) {
            return layout;
        }
    }
    return std::nullopt;
}

minuteslayout::Layout forSeries(const QString &seriesFolder, const QString &exportFolder)
{
    if (const auto choice = chosen(seriesFolder)) {
        return *choice;
    }
    return fromMinutesIn(exportFolder).value_or(minuteslayout::Layout::Classic);
}

} // namespace gavel::serieslayout
