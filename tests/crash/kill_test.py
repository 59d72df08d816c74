#!/usr/bin/env python3
"""Kills Gavel mid-meeting, again and again, and counts what was lost.

    tests/crash/kill_test.py GAVEL_EXECUTABLE [ROUNDS]

The real app runs a meeting of the sample agenda on a virtual display (Xvfb). Each round it is
started on the session, the chair types notes and checks people in (xdotool), and at a random
moment it is killed with SIGKILL; then the session is read with Gavel's own reader. Printed:
sessions unreadable (must be 0), and the most text lost with how long before the kill its
first lost keystroke was typed (must stay within the autosave delay and the time one save
takes). A figure over its limit fails the run. Without Xvfb and xdotool it says so and exits 0.
"""

import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import desktop  # noqa: E402

# Keystrokes older than this at the kill must be on disk: the autosave delay, plus the time for
# the key to reach the app and for one save to be written (a 15 KB session on a slow disk).
LOSS_LIMIT_MS = desktop.SAVE_DELAY_MS + 250
# At least this share of the rounds must check someone in long enough before the kill for the
# check-in figure to mean something; fewer fails the run rather than passing on no evidence.
MIN_CHECK_INS_SHARE = 0.3


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    executable = os.path.abspath(sys.argv[1])
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    missing = desktop.missing_tools()
    if missing:
        print("kill test: skipped, this machine has no %s (packaging/install-deps.sh installs them)"
              % " and ".join(missing))
        return desktop.SKIPPED
    agenda = os.path.join(desktop.SOURCE_DIR, "resources", "sample", "2022-04-14-meeting-agenda.md")
    rng = random.Random(int(os.environ.get("GAVEL_CRASH_SEED", "20221414")))

    unreadable = []
    worst_chars = 0
    worst_age_ms = 0.0
    check_ins_lost = 0
    check_ins_measured = 0
    started = time.monotonic()
    with desktop.Display() as display:
        gavel = desktop.Gavel(executable, display.name)
        try:
            session = desktop.new_running_session(gavel, agenda)
            for round_number in range(rounds):
                gavel.start(session, "Paddle")
                # A line of its own each round, so what reached the disk can be told apart.
                line = " r%02d %s." % (round_number, "".join(rng.choice("abcdefghijklmnopqrstuvwxyz ")
                                                             for _ in range(60)))
                gavel.key("alt+n")
                gavel.key("ctrl+End")
                typed_at = []
                kill_after = rng.uniform(0.2, 2.5)
                # A walk-in of this round's own, checked in at a random early moment: a name no
                # earlier round used, so a check-in lost to this kill cannot hide behind an old one.
                who = "Walkin r%02d" % round_number
                check_in_after = rng.uniform(0.0, 0.6)
                check_in_at = None
                begin = time.monotonic()
                for char in line:
                    if check_in_at is None and time.monotonic() - begin >= check_in_after:
                        gavel.key("alt+r")
                        gavel.type(who)
                        gavel.key("Return")
                        check_in_at = time.monotonic()
                        gavel.key("alt+n")
                        gavel.key("ctrl+End")
                    gavel.type(char)
                    typed_at.append(time.monotonic())
                    time.sleep(rng.uniform(0.04, 0.12))  # a chair types five to twenty keys a second
                    if time.monotonic() - begin >= kill_after:
                        break
                killed_at = time.monotonic()
                gavel.kill()

                ok, why = gavel.readable(session)
                if not ok:
                    unreadable.append("round %d: %s" % (round_number, why))
                    break
                after = desktop.session_notes(session)
                typed = line[:len(typed_at)]
                # The line starts with its round number: the longest start of it on disk is what was saved.
                saved = 0
                while saved < len(typed) and typed[:saved + 1] in after:
                    saved += 1
                lost = len(typed) - saved
                if lost > 0:
                    age_ms = (killed_at - typed_at[saved]) * 1000
                    if age_ms > worst_age_ms:
                        worst_age_ms = age_ms
                    worst_chars = max(worst_chars, lost)
                if check_in_at is not None and (killed_at - check_in_at) * 1000 > LOSS_LIMIT_MS:
                    # Checked in long enough before the kill that it must be on disk.
                    check_ins_measured += 1
                    if who not in desktop.checked_in(session):
                        check_ins_lost += 1
        finally:
            gavel.cleanup()

    seconds = time.monotonic() - started
    print("kill test: %d rounds of SIGKILL mid-meeting in %.0f s" % (rounds, seconds))
    print("  sessions unreadable: %d (limit 0)" % len(unreadable))
    for line in unreadable:
        print("    " + line)
    print("  most text lost in one kill: %d characters, the oldest typed %.0f ms before the kill "
          "(limit %d ms)" % (worst_chars, worst_age_ms, LOSS_LIMIT_MS))
    min_measured = int(rounds * MIN_CHECK_INS_SHARE)
    print("  check-ins older than %d ms at the kill: %d, lost: %d (limit 0)"
          % (LOSS_LIMIT_MS, check_ins_measured, check_ins_lost))
    if check_ins_measured < min_measured:
        print("  too few check-ins were old enough at the kill to tell (%d, at least %d needed)"
              % (check_ins_measured, min_measured))
    failed = unreadable or worst_age_ms > LOSS_LIMIT_MS or check_ins_lost > 0 or check_ins_measured < min_measured
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
