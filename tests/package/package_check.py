#!/usr/bin/env python3
"""The Debian package, built and looked at as a user's machine would get it.

Why its expectations can be trusted: the file list is the one the issue asks for, written
out by hand below (not read from a package); the version is the project's (CMakeLists.txt,
passed in by CTest); the validators are Debian's own (desktop-file-validate, appstreamcli,
lintian). The package is never installed: it is unpacked with dpkg-deb -x into a temporary
root, and the unpacked program is run from there, on the offscreen platform, with its
sessions and settings in that temporary folder.

Usage: package_check.py --build BUILD_DIR --source SOURCE_DIR --version VERSION --app-id ID
"""

import argparse
import gzip
import json
import os
import re
import shlex
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512]
SAMPLE = "resources/sample/2022-04-14-meeting-agenda.md"
# A session of the sample's meeting (the minutes tests' fixture), so opening the sample resumes
# it instead of asking which series it belongs to: no one is there to answer on offscreen.
SAMPLE_SESSION = "tests/fixtures/minutes/2022-04-14-session.json"
SAMPLE_SERIES = "Paddle Frawework Contributor Club"

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL: " + what)
    return condition


def run(args, timeout=120, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout, **kwargs)


def expected_files(app_id):
    files = {
        "usr/bin/gavel",
        "usr/lib/gavel/plugins/gavel_sound.so",
        "usr/lib/gavel/plugins/gavel_localchannel.so",
        "usr/lib/gavel/plugins/gavel_web.so",
        "usr/lib/gavel/plugins/gavel_keychain.so",
        f"usr/share/applications/{app_id}.desktop",
        f"usr/share/metainfo/{app_id}.metainfo.xml",
        f"usr/share/icons/hicolor/scalable/apps/{app_id}.svg",
        "usr/share/doc/gavel/copyright",
        "usr/share/doc/gavel/changelog.gz",
        "usr/share/man/man1/gavel.1.gz",
        "usr/share/gavel/translations/gavel_zh_CN.qm",
    }
    files |= {f"usr/share/icons/hicolor/{s}x{s}/apps/{app_id}.png" for s in ICON_SIZES}
    return files


def build_package(build, out):
    started = time.monotonic()
    result = run(["cpack", "-G", "DEB", "-B", out, "--config", os.path.join(build, "CPackConfig.cmake")],
                 timeout=300, cwd=build)
    debs = [f for f in os.listdir(out) if f.endswith(".deb")]
    if not check(result.returncode == 0 and len(debs) == 1,
                 f"cpack makes one .deb (exit {result.returncode}, {debs}):\n{result.stdout}{result.stderr}"):
        sys.exit(1)
    print(f"cpack: {debs[0]} in {time.monotonic() - started:.1f} s")
    return os.path.join(out, debs[0])


def check_control(deb, version):
    result = run(["dpkg-deb", "-f", deb])
    check(result.returncode == 0, f"dpkg-deb reads the control file: {result.stderr}")
    fields = dict.fromkeys(["Package", "Version", "Depends", "Recommends", "Maintainer", "Description"], "")
    name = None
    for line in result.stdout.splitlines():
        if line.startswith(" ") and name:
            fields[name] += "\n" + line
        else:
            name, _, value = line.partition(":")
            fields[name] = value.strip()
    check(fields["Package"] == "gavel", f"Package: gavel, not {fields['Package']!r}")
    check(fields["Version"] == version, f"Version: {version}, the project's, not {fields['Version']!r}")
    depends = [d.strip().split(" ")[0] for d in fields["Depends"].split(",")]
    for needed in ["fonts-noto-cjk", "qt6-translations-l10n", "qt6-qpa-plugins"]:
        check(needed in depends, f"Depends holds {needed}: {fields['Depends']}")
    # Computed by dpkg-shlibdeps from the libraries the program and its plugins link.
    for library in ["libqt6widgets6", "libqt6multimedia6", "libqt6network6", "libqt6keychain1", "libmd4c0", "libical3",
                    "libc6"]:
        check(library in depends, f"Depends holds {library} (from the shared libraries): {fields['Depends']}")
    recommends = [d.strip() for d in fields["Recommends"].split(",")]
    for wanted in ["qt6-gtk-platformtheme", "fcitx5-frontend-qt6"]:
        check(wanted in recommends, f"Recommends holds {wanted}: {fields['Recommends']}")
    check(re.fullmatch(r".+ <[^@\s]+@[^@\s]+>", fields["Maintainer"]) is not None,
          f"a maintainer with an address: {fields['Maintainer']!r}")
    check(len(fields["Description"].splitlines()) > 2, f"a description:\n{fields['Description']}")


def check_file_list(deb, app_id):
    listing = run(["dpkg-deb", "-c", deb]).stdout.splitlines()
    files = {}
    for line in listing:
        parts = line.split(None, 5)
        if parts[0].startswith("-"):
            files[parts[5].removeprefix("./")] = (parts[0], parts[1])
    expected = expected_files(app_id)
    for path in sorted(expected - files.keys()):
        check(False, f"the package holds {path}")
    # Nothing else: no test, benchmark or corpus file, only translations beyond the list.
    for path in sorted(files.keys() - expected):
        check(re.fullmatch(r"usr/share/gavel/translations/[\w-]+\.qm", path) is not None,
              f"the package holds only what it should, not {path}")
    for path, (mode, owner) in files.items():
        check(owner == "root/root", f"{path} belongs to root, not {owner}")
        executable = path == "usr/bin/gavel"
        check(mode == ("-rwxr-xr-x" if executable else "-rw-r--r--"), f"{path} has mode {mode}")


def png_size(path):
    with open(path, "rb") as f:
        header = f.read(24)
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", header[16:24])


def check_contents(root, source, version, app_id):
    share = os.path.join(root, "usr/share")
    for size in ICON_SIZES:
        png = os.path.join(share, f"icons/hicolor/{size}x{size}/apps/{app_id}.png")
        if os.path.exists(png):
            check(png_size(png) == (size, size), f"the {size}x{size} icon is a PNG of that size: {png_size(png)}")

    # Drawn once: the PNGs come from the SVG at build time, none is kept in the source.
    committed = [os.path.join(d, f) for d, _, fs in os.walk(os.path.join(source, "packaging"))
                 for f in fs if f.endswith(".png")]
    check(not committed, f"no icon PNG is kept in packaging/: {committed}")

    elf = run(["file", "-b", os.path.join(root, "usr/bin/gavel")]).stdout
    check("ELF" in elf and "not stripped" not in elf, f"usr/bin/gavel is stripped: {elf.strip()}")

    changelog_path = os.path.join(share, "doc/gavel/changelog.gz")
    if os.path.exists(changelog_path):
        with open(changelog_path, "rb") as f:
            raw = f.read()
        # gzip -n: no file name (flag bit 3) and no time stamp.
        check(raw[3] & 0x08 == 0 and raw[4:8] == b"\0\0\0\0", "changelog.gz is compressed with gzip -n")
        first = gzip.decompress(raw).decode().splitlines()[0]
        check(first.startswith(f"gavel ({version}) "), f"the changelog's latest entry is {version}: {first!r}")

    copyright_path = os.path.join(share, "doc/gavel/copyright")
    if os.path.exists(copyright_path):
        with open(copyright_path, encoding="utf-8") as f:
            text = f.read()
        check(text.startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"),
              "the copyright file is machine-readable")
        files_star = re.search(r"^Files: \*\n(?:.+\n)*?License: (\S+)", text, re.M)
        check(files_star is not None and files_star.group(1) == "Apache-2.0",
              "the copyright file gives Files: * the Apache-2.0 licence")
    with open(os.path.join(source, "LICENSE"), encoding="utf-8") as f:
        licence = f.read()
    check("Apache License" in licence and "Version 2.0, January 2004" in licence,
          "LICENSE at the root is the Apache License 2.0, as the copyright file says")

    desktop_path = os.path.join(share, f"applications/{app_id}.desktop")
    metainfo_path = os.path.join(share, f"metainfo/{app_id}.metainfo.xml")
    entry = {}
    if os.path.exists(desktop_path):
        with open(desktop_path, encoding="utf-8") as f:
            for line in f:
                key, sep, value = line.rstrip("\n").partition("=")
                if sep and "[" not in key:
                    entry.setdefault(key, value)
        check(entry.get("Icon") == app_id, f"the desktop entry's icon is {app_id}: {entry.get('Icon')}")
        check("text/markdown" in entry.get("MimeType", "").split(";"),
              f"the desktop entry opens Markdown: {entry.get('MimeType')}")
    if os.path.exists(metainfo_path):
        component = ET.parse(metainfo_path).getroot()
        check(component.findtext("id") == app_id, f"the metainfo's id is {app_id}")
        check(component.findtext("launchable") == f"{app_id}.desktop", "the metainfo launches the desktop entry")
        release = component.find("releases/release")
        check(release is not None and release.get("version") == version,
              f"the metainfo's latest release is {version}")
        check(component.find("content_rating[@type='oars-1.1']") is not None, "the metainfo has a content rating")
        check(component.findtext("translation[@type='qt']") == "gavel", "the metainfo declares its Qt translation")
    return entry, desktop_path, metainfo_path


def check_validators(deb, desktop_path, metainfo_path):
    if os.path.exists(desktop_path):
        result = run(["desktop-file-validate", desktop_path])
        check(result.returncode == 0 and "error" not in result.stdout,
              f"desktop-file-validate finds no error:\n{result.stdout}{result.stderr}")
        print("desktop-file-validate:", (result.stdout + result.stderr).strip() or "nothing to say")
    if os.path.exists(metainfo_path):
        result = run(["appstreamcli", "validate", "--no-net", "--no-color", metainfo_path])
        check(result.returncode == 0, f"appstreamcli validate --no-net passes:\n{result.stdout}{result.stderr}")
        print("appstreamcli:", result.stdout.strip())
    result = run(["lintian", "--no-tag-display-limit", deb], timeout=300)
    tags = [line for line in result.stdout.splitlines() if re.match(r"^[EWIPXOC]: ", line)]
    errors = [t for t in tags if t.startswith("E: ")]
    check(result.returncode in (0, 1) and not errors,
          "lintian reports no error:\n" + "\n".join(errors or [result.stdout + result.stderr]))
    print("lintian:", "\n".join(tags) or "nothing to say")


def app_environment(temp):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GAVEL_", "QT_", "LD_"))}
    runtime = os.path.join(temp, "runtime")
    os.makedirs(runtime, mode=0o700, exist_ok=True)
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "HOME": temp,
        "GAVEL_HOME": os.path.join(temp, "sessions"),
        "XDG_CONFIG_HOME": os.path.join(temp, "config"),
        "XDG_RUNTIME_DIR": runtime,
    })
    return env


def check_runs(root, source, version, entry, temp):
    gavel = os.path.join(root, "usr/bin/gavel")
    env = app_environment(temp)
    result = run([gavel, "--version"], timeout=60, env=env, cwd=temp)
    check(result.returncode == 0 and result.stdout.strip() == f"gavel {version}",
          f"the unpacked gavel --version prints 'gavel {version}': {result.stdout!r} {result.stderr!r}")

    # In Chinese, from the unpacked translations: Qt's word for "Usage" and Gavel's own option
    # descriptions (its "--export-minutes" line: 会议纪要, minutes).
    chinese = run([gavel, "--help"], timeout=60, env=dict(env, LANG="zh_CN.UTF-8", LC_ALL="zh_CN.UTF-8"), cwd=temp)
    export_line = [line for line in chinese.stdout.splitlines() if "--export-minutes" in line]
    check(chinese.returncode == 0 and chinese.stdout.startswith("用法") and export_line
          and "会议纪要" in export_line[0],
          f"the unpacked gavel --help speaks Chinese under LANG=zh_CN.UTF-8: {chinese.stdout[:300]!r}")

    if not check("Exec" in entry, "the desktop entry has an Exec line"):
        return
    sample = os.path.join(source, SAMPLE)
    command = []
    for word in shlex.split(entry["Exec"]):
        if word in ("%f", "%F"):
            command.append(sample)
        elif not re.fullmatch(r"%[uUdDnNickvm]", word):
            command.append(word)
    check(command[0] == "gavel", f"the Exec line starts the installed program by name: {entry['Exec']}")
    # As the desktop would run it, with the unpacked usr/bin first on the PATH.
    env["PATH"] = os.path.join(root, "usr/bin") + os.pathsep + env.get("PATH", "")
    session = os.path.join(env["GAVEL_HOME"], SAMPLE_SERIES, "2022-04-14", "session.json")
    os.makedirs(os.path.dirname(session))
    shutil.copyfile(os.path.join(source, SAMPLE_SESSION), session)
    # Sound on, so the window loads its plugin at start: from the unpacked tree, found beside the
    # unpacked program as the installed one finds it (GAVEL_PLUGIN_PATH is not set).
    settings = os.path.join(env["XDG_CONFIG_HOME"], "Gavel", "gavel", "settings.json")
    os.makedirs(os.path.dirname(settings))
    with open(settings, "w", encoding="utf-8") as f:
        json.dump({"version": 2, "timer/sound": True}, f)
    env["GAVEL_EXIT_AFTER_FIRST_PAINT"] = "1"  # quits once the window has painted (ui/firstpaint.h)
    env["LD_DEBUG"] = "files"
    env["LD_DEBUG_OUTPUT"] = os.path.join(temp, "ld")
    result = run(command, timeout=60, env=env, cwd=temp)
    check(result.returncode == 0 and "first-paint" in result.stdout,
          f"the Exec line opens a window and paints it: exit {result.returncode}\n{result.stdout}{result.stderr}")
    recent = []
    if os.path.exists(settings):
        with open(settings, encoding="utf-8") as f:
            recent = json.load(f).get("recentFiles", [])
    check(recent == [sample], f"the sample was opened (it is the recent file): {recent}")
    loaded = ""
    for name in os.listdir(temp):
        if name.startswith("ld."):
            with open(os.path.join(temp, name), errors="replace") as f:
                loaded += f.read()
    plugin = os.path.join(root, "usr/lib/gavel/plugins/gavel_sound.so")
    check(re.search(r"file=" + re.escape(plugin) + r" \[0\];\s+generating link map", loaded) is not None
          and "AlertPlayer:" not in result.stderr,
          f"the sound plugin is loaded from the unpacked {plugin}:\n{result.stderr}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--app-id", required=True)
    args = parser.parse_args()
    for tool in ["cpack", "dpkg-deb", "desktop-file-validate", "appstreamcli", "lintian", "file"]:
        if not shutil.which(tool):
            print(f"{tool} is missing: run packaging/install-deps.sh")
            return 1
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="gavel-package-") as temp:
        deb = build_package(os.path.abspath(args.build), os.path.join(temp, "out"))
        check_control(deb, args.version)
        check_file_list(deb, args.app_id)
        root = os.path.join(temp, "root")
        subprocess.run(["dpkg-deb", "-x", deb, root], check=True)
        entry, desktop_path, metainfo_path = check_contents(root, args.source, args.version, args.app_id)
        check_validators(deb, desktop_path, metainfo_path)
        check_runs(root, os.path.abspath(args.source), args.version, entry, os.path.join(temp, "run"))
    print(f"{len(failures)} failure(s), {time.monotonic() - started:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
