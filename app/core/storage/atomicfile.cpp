#include "storage/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace gavel {

namespace {

// tr() in the context lupdate files these strings under: a free tr() would look elsewhere.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gavel)
};

WriteResult failed(const QString &path, int error, const QString &fallback = QString())
{
    WriteResult result;
    QString cause;
    switch (error) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        result.failure = WriteFailure::DiskFull;
        cause = error == ENOSPC ? Text::tr("the disk is full") : Text::tr("the disk quota is used up");
        break;
    case EFBIG:
        result.failure = WriteFailure::DiskFull;
        cause = Text::tr("the file is larger than the disk or the system allows");
        break;
    case EROFS:
        result.failure = WriteFailure::ReadOnly;
        cause = Text::tr("the disk is read-only");
        break;
    case EACCES:
    case EPERM:
        result.failure = WriteFailure::PermissionDenied;
        cause = Text::tr("permission denied");
        break;
    case ENOENT:
    case ENOTDIR:
        result.failure = WriteFailure::MissingFolder;
        cause = Text::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        break;
    case EIO:
        result.failure = WriteFailure::DiskError;
        cause = Text::tr("the disk reported an input/output error");
        break;
    default:
        result.failure = WriteFailure::Other;
        cause = error != 0 ? QString::fromLocal8Bit(std::strerror(error)) : fallback;
        if (cause.isEmpty()) {
            cause = Text::tr("the system gave no reason");
        }
        break;
    }
    result.error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), cause);
    return result;
}

// The folder is missing, or could not be made: say which part of its path stands in the way.
WriteResult missingFolder(const QString &path, const QString &folder, int error, bool tried)
{
    WriteResult result;
    result.failure = WriteFailure::MissingFolder;
    QFileInfo blocker(folder);
    while (!blocker.exists() && !blocker.isRoot() && blocker.absolutePath() != blocker.absoluteFilePath()) {
        blocker = QFileInfo(blocker.absolutePath());
    }
    QString cause;
    if (blocker.exists() && !blocker.isDir()) {
        cause = Text::tr("%1 is a file, not a folder").arg(QDir::toNativeSeparators(blocker.absoluteFilePath()));
    } else if (error == EACCES || error == EPERM || error == EROFS || error == ENOSPC) {
        cause = failed(path, error).error.mid(QDir::toNativeSeparators(path).size() + 2);
    }
    const QString shownPath = QDir::toNativeSeparators(path);
    const QString shownFolder = QDir::toNativeSeparators(folder);
    if (!tried) {
        result.error = cause.isEmpty()
            ? Text::tr("%1: the folder %2 does not exist").arg(shownPath, shownFolder)
            : Text::tr("%1: the folder %2 does not exist: %3").arg(shownPath, shownFolder, cause);
    } else {
        result.error = cause.isEmpty()
            ? Text::tr("%1: the folder %2 does not exist and cannot be made").arg(shownPath, shownFolder)
            : Text::tr("%1: the folder %2 does not exist and cannot be made: %3").arg(shownPath, shownFolder, cause);
    }
    return result;
}

#ifdef Q_OS_UNIX
// Every byte, or the reason why not: a short write is followed by the write that says why.
int writeAll(int fd, const QByteArray &contents)
{
    const char *data = contents.constData();
    qint64 left = contents.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(qMin<qint64>(left, 1 << 20)));
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return errno;
        }
        if (n == 0) {
            return ENOSPC; // no progress and no error: nothing more fits
        }
        data += n;
        left -= n;
    }
    return 0;
}

// The rename is durable only once the folder that holds the new name is synced.
int syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return errno;
    }
    int error = 0;
    if (::fsync(fd) != 0 && errno != EINVAL) { // EINVAL: this file system cannot sync folders
        error = errno;
    }
    ::close(fd);
    return error;
}
#endif

} // namespace

WriteResult writeFileAtomically(const QString &path, const QByteArray &contents, Folders folders)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        if (folders == Folders::MustExist) {
            return missingFolder(path, folder, ENOENT, false);
        }
        errno = 0;
        if (!QDir().mkpath(folder)) {
            return missingFolder(path, folder, errno, true);
        }
    }
    QSaveFile file(path);
    // Unbuffered: nothing waits in Qt's buffer to fail unseen inside commit().
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return failed(path, errno, file.errorString());
    }
#ifdef Q_OS_UNIX
    int error = writeAll(file.handle(), contents);
    if (error == 0 && ::fdatasync(file.handle()) != 0 && errno != EINVAL) {
        error = errno;
    }
    if (error != 0) {
        file.cancelWriting(); // the temporary file is dropped, the old file stays as it was
        return failed(path, error);
    }
#else
    if (file.write(contents) != contents.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failed(path, 0, reason);
    }
#endif
    errno = 0;
    if (!file.commit()) {
        return failed(path, errno, file.errorString());
    }
#ifdef Q_OS_UNIX
    if (const int folderError = syncFolder(folder)) {
        WriteResult result = failed(path, folderError);
        result.replaced = true;
        return result;
    }
#endif
    return {};
}

} // namespace gavel
