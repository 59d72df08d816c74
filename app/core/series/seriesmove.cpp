#include "series/seriesmove.h"

#include "series/seriessettings.h"
#include "storage/atomicfile.h"
#include "storage/readfile.h"
#include "storage/sessionfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace gavel::seriesmove {

namespace {

// tr() in the context lupdate files these strings under: a free tr() would look elsewhere.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gavel::seriesmove)
};

constexpr qint64 maxFileBytes = 64 * 1024 * 1024; // far above any session a meeting makes

struct Copy
{
    QString source;
    QString target;
    QByteArray bytes;
};

// A session that says its new series; any other file (or a damaged session) as it is.
QByteArray withSeries(const QString &fileName, const QByteArray &bytes, const QString &series)
{
    if (fileName != QLatin1String("session.json")) {
        return bytes;
    }
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return bytes;
    }
    QJsonObject json = document.object();
    json.insert(QStringLiteral("series"), series);
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

// Takes back what this move wrote: the files, then the folders it made, deepest first.
void undo(const QStringList &written, const QStringList &madeFolders)
{
    for (const QString &path : written) {
        QFile::remove(path);
    }
    QStringList folders = madeFolders;
    std::sort(folders.begin(), folders.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &folder : std::as_const(folders)) {
        QDir().rmdir(folder);
    }
}

void removeEmptyFolders(const QString &folder)
{
    QDirIterator it(folder, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QStringList folders;
    while (it.hasNext()) {
        folders << it.next();
    }
    std::sort(folders.begin(), folders.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &f : std::as_const(folders)) {
        QDir().rmdir(f);
    }
    QDir().rmdir(folder);
}

} // namespace

Result move(const QString &root, const QString &from, const QString &to)
{
    Result result;
    const QString fromDir = QDir(root).filePath(sessionfile::folderName(from));
    const QString toDir = QDir(root).filePath(sessionfile::folderName(to.trimmed()));
    if (to.trimmed().isEmpty()) {
        result.error = Text::tr("the series needs a name");
        return result;
    }
    if (!QFileInfo(fromDir).isDir()) {
        result.error = Text::tr("%1: no such series").arg(QDir::toNativeSeparators(fromDir));
        return result;
    }
    if (QDir::cleanPath(fromDir) == QDir::cleanPath(toDir)) {
        result.error = Text::tr("“%1” is that series already").arg(to.trimmed());
        return result;
    }

    // What goes where, every file read before anything is written.
    QList<Copy> copies;
    QStringList leftBehind; // files of `from` that stay (a meeting `to` has, a file it has)
    const QDir source(fromDir);
    for (const QFileInfo &entry :
         source.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name)) {
        const QString target = QDir(toDir).filePath(entry.fileName());
        if (entry.isDir()) {
            if (QFileInfo::exists(target)) {
                result.kept << entry.fileName();
                leftBehind << entry.absoluteFilePath();
                continue;
            }
            QDirIterator it(entry.absoluteFilePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                QByteArray bytes;
                QString error;
                if (readWholeFile(file, maxFileBytes, &bytes, &error) != ReadFailure::None) {
                    result.error = error;
                    return result;
                }
                const QString relative = source.relativeFilePath(file);
                copies << Copy {file, QDir(toDir).filePath(relative),
                                withSeries(QFileInfo(file).fileName(), bytes, to.trimmed())};
            }
            result.moved << entry.fileName();
        } else if (entry.fileName() == QLatin1String("series-index.json")
                   || entry.fileName() == QLatin1String("series.json")) {
            continue; // the index is made again from the sessions; the choices are merged below
        } else if (QFileInfo::exists(target)) {
            leftBehind << entry.absoluteFilePath(); // `to` has its own (a minutes layout, say)
        } else {
            QByteArray bytes;
            QString error;
            if (readWholeFile(entry.absoluteFilePath(), maxFileBytes, &bytes, &error) != ReadFailure::None) {
                result.error = error;
                return result;
            }
            copies << Copy {entry.absoluteFilePath(), target, bytes};
        }
    }

    // Copied and read back; on any failure, what was written is taken back.
    const bool toExisted = QFileInfo(toDir).isDir();
    QStringList written;
    QStringList madeFolders;
    if (!toExisted) {
        madeFolders << toDir;
    }
    for (const Copy &copy : std::as_const(copies)) {
        for (QString folder = QFileInfo(copy.target).absolutePath(); !QFileInfo::exists(folder);
             folder = QFileInfo(folder).absolutePath()) {
            madeFolders << folder;
        }
        const WriteResult w = writeFileAtomically(copy.target, copy.bytes, Folders::Create);
        QByteArray back;
        QString error = w.error;
        if (w.ok() && readWholeFile(copy.target, maxFileBytes, &back, &error) == ReadFailure::None
            && back != copy.bytes) {
            error = Text::tr("%1: the copy does not read back as written").arg(QDir::toNativeSeparators(copy.target));
        }
        if (w.ok()) {
            written << copy.target;
        }
        if (!error.isEmpty()) {
            undo(written, madeFolders);
            result = Result {};
            result.error = error;
            return result;
        }
    }
    // The series' choices: `to`'s own win; what it has not chosen comes from `from`.
    const seriessettings::Values own = seriessettings::load(fromDir);
    seriessettings::Values merged = seriessettings::load(toDir);
    if (merged.minutesLayout.isEmpty()) {
        merged.minutesLayout = own.minutesLayout;
    }
    if (merged.exportFolder.isEmpty()) {
        merged.exportFolder = own.exportFolder;
    }
    if (!merged.minutesLayout.isEmpty() || !merged.exportFolder.isEmpty()) {
        QString error;
        if (!seriessettings::save(toDir, merged, &error)) {
            undo(written, madeFolders);
            result = Result {};
            result.error = error;
            return result;
        }
    }

    // Everything is in `to`: only now does `from` lose what moved.
    for (const Copy &copy : std::as_const(copies)) {
        QFile::remove(copy.source);
    }
    for (const QString &meeting : std::as_const(result.moved)) {
        removeEmptyFolders(source.filePath(meeting));
    }
    if (leftBehind.isEmpty()) {
        QFile::remove(source.filePath(QStringLiteral("series-index.json")));
        QFile::remove(source.filePath(QStringLiteral("series.json")));
        QDir().rmdir(fromDir);
    }
    return result;
}

} // namespace gavel::seriesmove
