#!/usr/bin/python3
"""What a screen reader hears from the real Gavel, read from AT-SPI as Orca reads it.

    tests/a11y/atspi_check.py GAVEL_EXECUTABLE

Starts its own virtual display (Xvfb) and session bus (dbus-run-session, which starts the AT-SPI
bus and registry when asked), runs the app on a meeting whose first item lasts a minute (a 50 s
warning: wrap-up after 10 s, time up after 60 s) with a home of its own, drives it with xdotool and
listens with pyatspi. Checked:
- the moments (the new current item with its time, a check-in with the name, a failed save, wrap-up,
  time up, the next item) each appear once as an object of the notification role with those words: Orca speaks
  a notification when it appears (object:state-changed:showing), wherever the focus is;
- over 10 s of running with the stage view open, one event a second, from the digits, named with
  the time left in words, and nothing else, even as the wall clock's minute turns;
- the stage view's and the minutes window's top levels are windows (frames), not fillers;
- where Debian's Orca is installed, it runs beside the listener, and what it speaks (read from its
  debug output) holds each moment once, as a notification, and the time left when Alt+T reaches
  the timer.
About 75 s. Without Xvfb, xdotool, dbus-run-session or pyatspi it says so and exits with
GAVEL_SKIP_CODE (CTest's "skipped").
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "crash"))
import desktop  # noqa: E402

ITEM = "Opening words"
NEXT_ITEM = "Second topic"
AGENDA = """# Paddle Accessibility Check

- 会议时间：2022-4-14 19:00
- 本次拟参会Paddle Framework Contributor列表：
    - [Tao Luo](https://github.com/luotao1)
    - [SigureMo](https://github.com/SigureMo)

# 议程

- %s (1 minute)
- %s (2 minutes)
""" % (ITEM, NEXT_ITEM)
WARNING_SECONDS = 50
# The words of each moment, in the order they come (ui/announcer.cpp).
MOMENTS = [
    "Now: %s, 1 minute" % ITEM,
    "Checked in: SigureMo",
    "Checked in: Tao Luo",
    "Not saved:",  # then why: the folder it is saved in was taken away (that depends on the system)
    "Wrap up: under %d seconds left for “%s”" % (WARNING_SECONDS, ITEM),
    "Time is up for “%s”" % ITEM,
    "Now: %s, 2 minutes" % NEXT_ITEM,
]
RATE_WINDOW_S = 10
# The digits' name while the timer runs: "4 minutes 41 seconds left", "25 seconds over".
TIME_LEFT = re.compile(r"^(\d+ (hours?|minutes?|seconds?) ?)+(left|over)$")


def missing():
    tools = [t for t in ("Xvfb", "xdotool", "dbus-run-session") if shutil.which(t) is None]
    try:
        import pyatspi  # noqa: F401
    except ImportError:
        tools.append("python3-pyatspi")
    return tools


class Listener:
    """Every AT-SPI event from the app, with the time it came and what its source said then."""

    def __init__(self):
        import pyatspi
        self.pyatspi = pyatspi
        self.events = []
        self.lock = threading.Lock()
        for kind in ("object:", "window:", "focus:"):
            pyatspi.Registry.registerEventListener(self.on_event, kind)

    def on_event(self, event):
        try:
            if event.host_application is None or event.host_application.name != "gavel":
                return
            source = event.source
            role, name = source.getRoleName(), source.name
        except Exception:  # a source already gone
            role, name = "?", "?"
        with self.lock:
            self.events.append((time.monotonic(), event.type, event.detail1, role, name))

    def since(self, start, end=None):
        with self.lock:
            return [e for e in self.events if e[0] >= start and (end is None or e[0] < end)]

    def top_levels(self):
        desktop_ = self.pyatspi.Registry.getDesktop(0)
        for app in desktop_:
            if app is not None and app.name == "gavel":
                return [(child.getRoleName(), child.name) for child in app if child is not None]
        return []


class A11yGavel(desktop.Gavel):
    def env(self):
        env = super().env()
        env.update({"QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1"})
        return env

    def start(self, path, title_word):
        # A session of its own: a signal to the script's process group is not the app's.
        self.log = open(self.log_path, "a")
        self.process = subprocess.Popen([self.executable, path], env=self.env(), stdout=self.log,
                                        stderr=subprocess.STDOUT, start_new_session=True)
        self.focus(title_word)


def session_folder(home):
    """The folder of the one session under `home`."""
    for root, _, names in os.walk(home):
        if "session.json" in names:
            return root
    raise RuntimeError("no session under %s" % home)


class Orca:
    """Debian's screen reader itself, on the same bus and display, with a home of its own; what it
    says is read from its debug output ("SPEECH OUTPUT: '...'"), so no speech synthesis is needed."""

    def __init__(self, env, work):
        self.out = os.path.join(work, "orca.out")
        home = os.path.join(work, "orca-home")
        os.makedirs(home)
        env = dict(env, HOME=home, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home, XDG_CACHE_HOME=home)
        self.process = subprocess.Popen(["orca", "--replace", "-u", home, "--debug-file", self.out], env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Its debug output is written in blocks, complete once it stops: nothing to wait for in
        # it. It starts in a fraction of a second; the app's window takes longer to appear.
        time.sleep(2)

    def spoken(self):
        """Each utterance, with the time Orca logged it (seconds since midnight, its own clock)."""
        found = []
        for line in desktop.read_text(self.out).splitlines():
            m = re.match(r"^(\d\d):(\d\d):(\d\d\.\d+) - SPEECH OUTPUT: '(.*)'\s*\{[^{}]*\}$", line)
            if m:
                found.append((int(m.group(1)) * 3600 + int(m.group(2)) * 60 + float(m.group(3)), m.group(4)))
        return found

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def check_orca(spoken):
    """What Orca said: each moment once, as a notification; the timer, when reached, as the time left."""
    failures = []
    said = [words for _, words in spoken]
    print("Orca said: %s" % said)
    if "Screen reader on." not in said:
        return ["Orca did not start"]
    for words in MOMENTS:
        count = len([s for s in said if s.startswith("notification " + words)])
        if count != 1:
            failures.append("Orca said %r %d times, not once" % (words, count))
    if not any(TIME_LEFT.match(re.sub(r" label\.$", "", s)) for s in said):
        failures.append("Orca did not read the time left when the timer was reached (Alt+T)")
    return failures


def press_until_focused(gavel, listener, keys, focused):
    """Presses `keys` until AT-SPI tells of the focus on an object whose name satisfies `focused`.
    With a screen reader each key goes to it and back over D-Bus before the app sees it, and on a
    busy machine a shortcut can arrive as its keys apart (a lone Alt opens the menu bar): as a
    chair would, Escape and again."""
    for attempt in range(5):
        if attempt:
            gavel.key("Escape")
            time.sleep(0.3)
        asked = time.monotonic()
        gavel.key(keys)
        while time.monotonic() < asked + 2:
            if any(e[1] == "object:state-changed:focused" and e[2] == 1 and focused(e[4])
                   for e in listener.since(asked)):
                return
            time.sleep(0.1)
    raise RuntimeError("%s did not move the focus where it should" % keys)


def check_in(gavel, words):
    """Types into the roster's filter, which has the focus, and Return (which leaves it there)."""
    gavel.type(words)
    time.sleep(0.5)
    gavel.key("Return")
    time.sleep(0.5)


def drive(gavel, listener, result):
    """The chair's part, on the script's clock; `result` gets the marks and any failure."""
    try:
        gavel.start(result["agenda"], "Series")
        gavel.key("Return")  # the series proposed
        gavel.focus("Paddle")
        time.sleep(1)
        result["t0"] = time.monotonic()
        gavel.key("F5")
        time.sleep(3)
        press_until_focused(gavel, listener, "alt+r", lambda name: name == "Check in:")
        check_in(gavel, "sigure")
        time.sleep(1)
        # The session's folder taken away (a file in its place: even root cannot save there), and
        # a check-in to save: the save fails, and is said once; the folder comes back before the
        # retry.
        folder = session_folder(gavel.home)
        os.rename(folder, folder + ".aside")
        open(folder, "w").close()
        check_in(gavel, "luo")
        time.sleep(1.5)
        os.remove(folder)
        os.rename(folder + ".aside", folder)
        # To the timer: read as the time left.
        press_until_focused(gavel, listener, "alt+t", lambda name: TIME_LEFT.match(name) is not None)
        result["timer_focused"] = time.monotonic()
        time.sleep(max(0, result["t0"] + 12 - time.monotonic()))  # past the wrap-up at 10 s
        gavel.key("F6")  # the stage view, beside the main window
        time.sleep(2)
        result["rate_start"] = time.monotonic()
        time.sleep(RATE_WINDOW_S)
        result["rate_end"] = time.monotonic()
        time.sleep(max(0, result["t0"] + 62 - time.monotonic()))  # the time up at 60 s
        gavel.focus("Paddle")
        gavel.key("alt+Next")
        time.sleep(2)
        gavel.key("ctrl+shift+m")  # the minutes window: a window too
        time.sleep(1)
    except Exception as error:  # reported by the main thread
        result["error"] = error
    finally:
        from gi.repository import GLib
        GLib.idle_add(lambda: listener.pyatspi.Registry.stop())


def check(result, listener):
    failures = []
    events = listener.since(result["t0"])
    shown = [e[4] for e in events if e[1] == "object:state-changed:showing" and e[2] == 1
             and e[3] == "notification"]
    print("notifications shown: %s" % shown)
    for words in MOMENTS:
        count = len([s for s in shown if s == words or (words.endswith(":") and s.startswith(words))])
        if count != 1:
            failures.append("%r shown %d times as a notification, not once" % (words, count))

    window = listener.since(result["rate_start"], result["rate_end"])
    # The digits change on the app's first 200 ms tick after each second: 0.8 to 1.2 s apart.
    told = [e for e in window
            if e[1] == "object:property-change:accessible-name" and e[3] == "label" and TIME_LEFT.match(e[4])]
    gaps = [b[0] - a[0] for a, b in zip(told, told[1:])]
    print("the time left told %d times in %d s, %.2f to %.2f s apart"
          % (len(told), RATE_WINDOW_S, min(gaps, default=0), max(gaps, default=0)))
    if not RATE_WINDOW_S - 1 <= len(told) <= RATE_WINDOW_S + 1 or min(gaps, default=1) < 0.75:
        failures.append("the time left was not told once a second: %s" % [e[1:] for e in told])
    for e in window:
        if e not in told:  # not even as the wall clock's minute turns
            failures.append("an event from something other than the time left: %s" % (e[1:],))

    for title in ("Gavel: Stage", "Minutes and Next Meeting"):
        top = [t for t in result.get("top_levels", []) if t[1] == title]
        print("top level %r: %s" % (title, top))
        if not top or top[0][0] not in ("frame", "window"):
            failures.append("%r is no window to AT-SPI: %s" % (title, result.get("top_levels")))

    return failures


def main():
    executable, exit_code = desktop.executable_or_exit_code("a11y check", __doc__, missing())
    if executable is None:
        return exit_code
    if os.environ.get("GAVEL_A11Y_BUS") != "1":
        # A session bus of its own, where AT-SPI's bus and registry start when first asked for.
        env = dict(os.environ, GAVEL_A11Y_BUS="1")
        return subprocess.run(["dbus-run-session", "--", sys.executable, os.path.abspath(__file__), executable],
                              env=env).returncode

    work = tempfile.mkdtemp(prefix="gavel-a11y-")
    agenda = os.path.join(work, "2022-04-14-meeting-agenda.md")
    with open(agenda, "w", encoding="utf-8") as f:
        f.write(AGENDA)
    with desktop.Display() as display:
        gavel = A11yGavel(executable, display.name)
        os.makedirs(os.path.join(gavel.config, "Gavel"), exist_ok=True)
        with open(os.path.join(gavel.config, "Gavel", "gavel.conf"), "w") as f:
            f.write("[timer]\nwarningSeconds=%d\n" % WARNING_SECONDS)
        os.chmod(gavel.config, 0o700)
        orca = Orca(gavel.env(), work) if shutil.which("orca") else None
        if orca is None:
            print("no Orca here (Debian's orca): what it would say is not checked")
        listener = Listener()
        result = {"agenda": agenda}
        driver = threading.Thread(target=drive, args=(gavel, listener, result))
        try:
            driver.start()
            # However the driving goes, the listening stops in time for the check to say so.
            from gi.repository import GLib
            GLib.timeout_add_seconds(150, lambda: listener.pyatspi.Registry.stop())
            listener.pyatspi.Registry.start()
            driver.join(timeout=30)
            if driver.is_alive():
                raise RuntimeError("the driving did not finish; the app's log: " + gavel.read_log())
            if "error" in result:
                raise result["error"]
            # Asked here, on the thread pyatspi runs on, with the stage view still open.
            result["top_levels"] = listener.top_levels()
            failures = check(result, listener)
            if orca is not None:
                orca.stop()
                failures += check_orca(orca.spoken())
        finally:
            if orca is not None:
                orca.stop()
            gavel.cleanup()
            shutil.rmtree(work, ignore_errors=True)
    for failure in failures:
        print("FAIL: " + failure)
    print("a11y check: %s" % ("failed" if failures else "passed"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
