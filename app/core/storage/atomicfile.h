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
    // The new contents replaced the old file, but the disk did not confirm the change (the folder
    // sync failed): not saved, and the old contents are not there either.
    bool replaced = false;

    bool ok() const { return failure == WriteFailure::None; }
};

// Whether a missing folder is made. Only a new file (a new session, a script's output) makes
// its folders: a folder that vanished (a disk unplugged, a share unmounted) is an error to tell,
// not one to paper over with a new folder on another disk.
enum class Folders { MustExist, Create };

// The one path every file Gavel writes goes through. The new contents go to a temporary file
// beside the target (QSaveFile); every write is checked, the data is synced (fdatasync) before
// the temporary file replaces the target, and the folder is synced after, so success means the
// bytes are on disk. On any failure the temporary file is dropped and the previous file stays
// exactly as it was. Safe to call from a worker thread.
WriteResult writeFileAtomically(const QString &path, const QByteArray &contents, Folders folders = Folders::MustExist);

} // namespace gavel
