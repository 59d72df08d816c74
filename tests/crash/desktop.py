"""Driving the real Gavel on a virtual display, for the crash scripts.

An Xvfb server of its own, a home of its own (GAVEL_HOME, configuration), the app started on a
file, keys sent with xdotool, and the session read back with the app's own reader
(gavel --export-minutes), so "readable" means what it means to Gavel.
"""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SOURCE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _session_store_constant(name):
    """A delay as SessionStore declares it, read from its header so the limits follow the code."""
    header = os.path.join(SOURCE_DIR, "app", "core", "storage", "sessionstore.h")
    with open(header, encoding="utf-8") as f:
        found = re.search(r"static constexpr int %s = (\d+);" % name, f.read())
    if not found:
        raise RuntimeError("%s declares no SessionStore::%s; the crash scripts need it" % (header, name))
    return int(found.group(1))


SAVE_DELAY_MS = _session_store_constant("saveDelayMs")
RETRY_DELAY_MS = _session_store_constant("retryDelayMs")

# What a script returns when it cannot run here and claims no result: 0 on its own, and the code
# CTest counts as "skipped" (GAVEL_SKIP_CODE, set by tests/CMakeLists.txt) in a test run.
SKIPPED = int(os.environ.get("GAVEL_SKIP_CODE", "0"))


def executable_or_exit_code(script, doc, missing):
    """The Gavel executable named on the command line, and None; or, when the script cannot run
    here, None and the code to exit with (2: no executable named; SKIPPED: tools missing), said."""
    if len(sys.argv) < 2:
        print(doc)
        return None, 2
    if missing:
        print("%s: skipped, this machine has no %s (packaging/install-deps.sh installs them)"
              % (script, " and ".join(missing)))
        return None, SKIPPED
    return os.path.abspath(sys.argv[1]), None


def missing_tools():
    """The programs the scripts need that this machine does not have."""
    return [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]


class Display:
    """An Xvfb server on a free display number, for as long as the with-block runs."""

    def __enter__(self):
        read_end, write_end = os.pipe()
        self.server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"],
            pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            self.name = ":" + pipe.readline().strip()
        return self

    def __exit__(self, *exc):
        self.server.terminate()
        self.server.wait()


class Gavel:
    """The app with a home of its own; `home` holds the sessions."""

    def __init__(self, executable, display, home=None):
        self.executable = executable
        self.display = display
        self.own_home = home is None
        self.home = home or tempfile.mkdtemp(prefix="gavel-crash-")
        self.config = tempfile.mkdtemp(prefix="gavel-crash-config-")
        self.process = None
        self.window = None
        self.log_path = os.path.join(self.config, "gavel.log")

    def env(self):
        env = dict(os.environ)
        env.update({"DISPLAY": self.display, "GAVEL_HOME": self.home, "XDG_CONFIG_HOME": self.config,
                    "XDG_RUNTIME_DIR": self.config, "QT_QPA_PLATFORM": "xcb", "LANG": "C.UTF-8",
                    "QT_LOGGING_RULES": "gavel.banner.info=true"})
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def start(self, path, title_word):
        """Starts Gavel on a file and waits until its window shows `title_word`."""
        self.log = open(self.log_path, "a")
        self.process = subprocess.Popen([self.executable, path], env=self.env(), stdout=self.log,
                                        stderr=subprocess.STDOUT)
        self.focus(title_word)

    def focus(self, title_word):
        """Waits for a window whose title holds `title_word` and gives it the keyboard."""
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            found = self.xdotool("search", "--onlyvisible", "--name", title_word, check=False)
            if found.strip():
                self.window = found.split()[0]
                self.xdotool("windowfocus", "--sync", self.window, check=False)
                return
            time.sleep(0.05)
        raise RuntimeError("Gavel's window did not appear; its log: " + self.read_log())

    def xdotool(self, *args, check=True):
        result = subprocess.run(["xdotool", *args], env=self.env(), capture_output=True, text=True)
        if check and result.returncode != 0:
            raise RuntimeError("xdotool %s: %s" % (" ".join(args), result.stderr.strip()))
        return result.stdout

    def key(self, *keys):
        self.xdotool("key", "--clearmodifiers", *keys)

    def type(self, text):
        self.xdotool("type", "--delay", "0", text)

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        self.log.close()

    def quit(self):
        self.key("ctrl+q")
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()

    def read_log(self):
        return read_text(self.log_path)

    def cleanup(self):
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        if self.own_home:
            shutil.rmtree(self.home, ignore_errors=True)
        shutil.rmtree(self.config, ignore_errors=True)

    def readable(self, session):
        """Whether Gavel itself reads the session (the reader that opens it)."""
        out = os.path.join(self.config, "check.md")
        result = subprocess.run([self.executable, "--export-minutes", session, "-o", out], env=self.env(),
                                capture_output=True, text=True)
        return result.returncode == 0, result.stderr.strip()


def read_text(path):
    """A log's text as far as it was written; empty when there is none."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError:
        return ""


def session_notes(session):
    """All notes of a session file, joined; empty when it cannot be read as JSON."""
    try:
        with open(session, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError):
        return ""
    return "\n".join(note.get("text", "") for note in data.get("notes", []))


def checked_in(session):
    try:
        with open(session, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError):
        return set()
    return {a.get("github") or a.get("name") for a in data.get("attendance", [])
            if a.get("status") in ("present", "late")}


def new_running_session(gavel, agenda):
    """Opens the agenda as a new session, starts the meeting and quits: the session on disk."""
    gavel.start(agenda, "Series")  # which series it belongs to, asked the first time
    gavel.key("Return")  # the series Gavel proposes
    gavel.focus("Paddle")
    gavel.key("F5")
    time.sleep(1)
    gavel.quit()
    sessions = [os.path.join(root, name) for root, _, names in os.walk(gavel.home)
                for name in names if name == "session.json"]
    if len(sessions) != 1:
        raise RuntimeError("no session was made from %s; the app's log: %s" % (agenda, gavel.read_log()))
    return sessions[0]
