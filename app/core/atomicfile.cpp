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
    if (file.write(contents) != contents.size()) {
        const QString error = file.errorString();
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
