#include "storage/readfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace gavel {

namespace {

// tr() in the context lupdate files these strings under: a free tr() would look elsewhere.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gavel)
};

// Why a path that is not there is not there: a link that loops or leads nowhere says so.
QString whyMissing(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isSymLink()) {
        return Text::tr("no such file");
    }
#ifdef Q_OS_UNIX
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 && errno == ELOOP) {
        return Text::tr("a symbolic link that loops (it leads back to itself)");
    }
#endif
    return Text::tr("a symbolic link to %1, which does not exist").arg(QDir::toNativeSeparators(info.symLinkTarget()));
}

} // namespace

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
        return Text::tr("%1 MB").arg(bytes / (1024 * 1024));
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
        return Text::tr("%1 KB").arg(bytes / 1024);
    }
    return bytes == 1 ? Text::tr("1 byte") : Text::tr("%1 bytes").arg(bytes);
}

ReadFailure readWholeFile(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = Text::tr("%1: %2").arg(shown, whyMissing(path));
        return ReadFailure::Missing;
    }
    if (info.isDir()) {
        *error = Text::tr("%1: is a folder, not a file").arg(shown);
        return ReadFailure::NotAFile;
    }
    if (!info.isFile()) {
        *error = Text::tr("%1: is not a regular file").arg(shown);
        return ReadFailure::NotAFile;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("%1: cannot be read: %2").arg(shown, file.errorString());
        return ReadFailure::Unreadable;
    }
    // Read into a buffer the size the file says it has, grown if it holds more: one byte past the
    // limit tells an oversized (or endless) file without loading it all, and a small file never
    // costs a buffer of the limit's size.
    QByteArray read(qMin(info.size(), maxBytes) + 1, Qt::Uninitialized);
    qint64 filled = 0;
    for (;;) {
        if (filled == read.size()) {
            if (filled > maxBytes) {
                break;
            }
            read.resize(qMin(read.size() * 2, maxBytes + 1));
        }
        const qint64 got = file.read(read.data() + filled, read.size() - filled);
        if (got < 0) {
            *error = Text::tr("%1: cannot be read: %2").arg(shown, file.errorString());
            return ReadFailure::Unreadable;
        }
        if (got == 0) {
            break;
        }
        filled += got;
    }
    read.truncate(filled);
    if (read.size() > maxBytes) {
        // The size when the file says it; a file that does not (those under /proc) was read only
        // up to the limit, so how much larger it is is not known.
        *error = info.size() > maxBytes
            ? Text::tr("%1: the file is larger than %2 (%3 bytes)").arg(shown, sizeText(maxBytes)).arg(info.size())
            : Text::tr("%1: the file is larger than %2").arg(shown, sizeText(maxBytes));
        return ReadFailure::TooLarge;
    }
    *bytes = std::move(read);
    return ReadFailure::None;
}

} // namespace gavel
