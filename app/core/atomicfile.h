#pragma once

#include <QByteArray>
#include <QString>

namespace gavel {

// Why a write did not reach the disk, for a message that says what to do about it.
enum class WriteFailure {
    None,
    DiskFull, // ENOSPC, EDQUOT, EFBIG
    ReadOnly, // EROFS
    PermissionDenied, // EACCES, EPERM
    MissingFolder, // the folder is gone and cannot be made
    DiskError, // EIO and the like
    Other,
};

struct WriteResult
{
    WriteFailure failure = WriteFailure::None;
    QString error; // "<file>: <cause>", empty on success

    bool ok() const { return failure == WriteFailure::None; }
};

// The one path every file Gavel writes goes through. The new contents go to a temporary file
// beside the target (QSaveFile); every write is checked, the data is synced (fdatasync) before
// the temporary file replaces the target, and the folder is synced after, so success means the
// bytes are on disk. On any failure the temporary file is dropped and the previous file stays
// exactly as it was. Creates missing folders. Safe to call from a worker thread.
WriteResult writeFileAtomically(const QString &path, const QByteArray &contents);

} // namespace gavel
