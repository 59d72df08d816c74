#include "series/serieslayout.h"

#include "series/seriessettings.h"
#include "storage/atomicfile.h"
#include "storage/readfile.h"

#include <QDir>
#include <QFileInfo>

namespace gavel::serieslayout {

namespace {

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
    return minuteslayout::fromId(seriessettings::load(seriesFolder).minutesLayout);
}

bool choose(const QString &seriesFolder, minuteslayout::Layout layout, QString *error)
{
    seriessettings::Values values = seriessettings::load(seriesFolder);
    values.minutesLayout = minuteslayout::id(layout);
    return seriessettings::save(seriesFolder, values, error);
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
