#!/usr/bin/env python3
"""Runs a meeting on a disk that fills up, then on one that turns read-only.

    tests/crash/disk_test.py GAVEL_EXECUTABLE

The sessions folder is a small tmpfs mounted for the test. The chair types notes (xdotool, on a
virtual display); the disk is filled with another file, and later remounted read-only (mount -o
remount,ro: as root, a mode change proves nothing, root writes through it). For each, printed:
whether the banner said so, whether the session on disk stayed exactly as it was and readable,
and whether what was typed meanwhile was saved once space or write access came back. Any "no"
fails the run. It needs root and permission to mount; without them it says so and exits 0.
"""

import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import desktop  # noqa: E402

# Long enough for the autosave delay and one write, then for a retry after the disk is well.
SETTLE_S = (desktop.SAVE_DELAY_MS + 700) / 1000
RETRY_S = (desktop.RETRY_DELAY_MS + 1500) / 1000


def mount(*args):
    return subprocess.run(["mount", *args], capture_output=True, text=True)


def remount(folder, mode):
    """Remounts the test's tmpfs read-only or writable; a remount that fails stops the test."""
    done = mount("-o", "remount," + mode, folder)
    if done.returncode != 0:
        raise RuntimeError("mount -o remount,%s %s failed: %s" % (mode, folder, done.stderr.strip()))
    read_only = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    if read_only != (mode == "ro"):
        raise RuntimeError("mount -o remount,%s %s left the disk %s" % (mode, folder, "read-only" if read_only else "writable"))


def file_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def fill(folder):
    """Fills the file system of `folder` with one file; returns its path."""
    filler = os.path.join(folder, "filler")
    with open(filler, "wb") as f:
        chunk = b"\0" * 65536
        try:
            while True:
                f.write(chunk)
                f.flush()
        except OSError:
            pass
    # The last bytes, one at a time, so not even a small write fits.
    try:
        with open(filler, "ab", buffering=0) as f:
            while True:
                f.write(b"\0")
    except OSError:
        pass
    return filler


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    executable = os.path.abspath(sys.argv[1])
    missing = desktop.missing_tools()
    if missing:
        print("disk test: skipped, this machine has no %s (packaging/install-deps.sh installs them)"
              % " and ".join(missing))
        return desktop.SKIPPED
    if os.geteuid() != 0:
        print("disk test: skipped, it needs root to mount a small disk (no result claimed)")
        return desktop.SKIPPED
    home = tempfile.mkdtemp(prefix="gavel-disk-")
    mounted = mount("-t", "tmpfs", "-o", "size=512k,mode=0755", "tmpfs", home)
    if mounted.returncode != 0:
        os.rmdir(home)
        print("disk test: skipped, this machine does not allow mounting a tmpfs (%s; no result claimed)"
              % mounted.stderr.strip())
        return desktop.SKIPPED

    agenda = os.path.join(desktop.SOURCE_DIR, "resources", "sample", "2022-04-14-meeting-agenda.md")
    results = []
    try:
        with desktop.Display() as display:
            gavel = desktop.Gavel(executable, display.name, home=home)
            try:
                session = desktop.new_running_session(gavel, agenda)
                gavel.start(session, "Paddle")
                gavel.key("alt+n")
                gavel.key("ctrl+End")
                gavel.type(" Notes before the trouble.")
                time.sleep(SETTLE_S)

                def scenario(name, cause, break_disk, heal_disk, words):
                    good = file_bytes(session)
                    log_before = len(gavel.read_log())
                    break_disk()
                    gavel.type(words)
                    time.sleep(SETTLE_S)
                    told = "Not saved: %s: %s" % (session, cause) in gavel.read_log()[log_before:]
                    intact = file_bytes(session) == good and gavel.readable(session)[0]
                    heal_disk()
                    time.sleep(RETRY_S)
                    saved = words.strip() in desktop.session_notes(session) and gavel.readable(session)[0]
                    results.append((name, told, intact, saved))

                filler = []
                scenario("disk full", "the disk is full", lambda: filler.append(fill(home)),
                         lambda: os.remove(filler[0]), " Typed while the disk was full.")
                scenario("read-only", "the disk is read-only",
                         lambda: remount(home, "ro"), lambda: remount(home, "rw"),
                         " Typed while the disk was read-only.")
                gavel.quit()
            finally:
                gavel.cleanup()
    finally:
        mount("-o", "remount,rw", home)
        subprocess.run(["umount", home], capture_output=True)
        os.rmdir(home)

    yes = {True: "yes", False: "NO"}
    print("disk test: a meeting's sessions folder on a 512 KB tmpfs")
    print("  %-10s %-14s %-27s %s" % ("", "banner shown", "old file intact, readable", "saved once healed"))
    for name, told, intact, saved in results:
        print("  %-10s %-14s %-27s %s" % (name, yes[told], yes[intact], yes[saved]))
    return 0 if results and all(all(r[1:]) for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
