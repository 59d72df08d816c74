#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace gavel {

QString writeFileAtomically(const QString &path, const QByteArray &contents)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return QCoreApplication::translate("gavel::AtomicFile", "%1: cannot create the folder %2")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(folder));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return QCoreApplication::translate("gavel::AtomicFile", "%1: cannot write: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    const qint64 written = file.write(contents);
    if (written != contents.size()) {
        // A short write without an error from the system is a full disk (or a size limit).
        const QString error
            = file.error() == QFileDevice::NoError || file.errorString() == QLatin1String("Unknown error")
            ? QCoreApplication::translate("gavel::AtomicFile",
                                          "only %1 of %2 bytes could be written; is the disk full?")
                  .arg(qMax<qint64>(0, written))
                  .arg(contents.size())
            : file.errorString();
        file.cancelWriting();
        return QCoreApplication::translate("gavel::AtomicFile", "%1: cannot write: %2")
            .arg(QDir::toNativeSeparators(path), error);
    }
    if (!file.commit()) {
        return QCoreApplication::translate("gavel::AtomicFile", "%1: cannot save: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}

} // namespace gavel
