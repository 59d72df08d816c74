#!/usr/bin/env bash
# Installs the Debian 12 packages Gavel needs to build, run and test.
# Idempotent: when every package is already installed it does nothing at all.
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools
    # the GUI test switches accessibility on the way Qt's own tests do (private QPA API)
    qt6-base-private-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    # Qt's own words in Chinese (its dialogs, the command line's help): qtbase_zh_CN.qm
    qt6-translations-l10n
    libgl-dev
    # the alert sound (Qt Multimedia's QSoundEffect)
    qt6-multimedia-dev
    # Markdown parsing (the md4c CMake package also names its HTML renderer)
    libmd4c-dev libmd4c-html0-dev
    # the minutes layouts are Mustache templates (one header, kainjow/mustache.hpp)
    libkainjow-mustache-dev
    # the calendar invite is written with libical, whose zone data gives its VTIMEZONE
    libical-dev
    # the GitHub token kept in the system keychain (Secret Service, KWallet), never in a file
    qtkeychain-qt6-dev
    # running the GUI and tests without a desktop; Chinese text must not render as boxes
    qt6-qpa-plugins xvfb xauth fonts-noto-cjk fonts-dejavu-core
    # screenshots of the running app (docs/), PDF read-back in tests
    imagemagick poppler-utils
    # the crash scripts drive the real app on Xvfb (tests/crash)
    xdotool python3
    # the screen reader's view, read from AT-SPI on a session bus of its own, and what Debian's
    # screen reader, Orca, says of it (tests/a11y)
    at-spi2-core python3-pyatspi dbus-daemon orca
    # fuzzing: clang with libFuzzer and its sanitizer runtimes (tests/fuzz)
    clang-14 libclang-rt-14-dev
    # the Debian package (cmake --build build --target package): the icon's PNGs rendered from
    # its SVG, the dependencies computed from the shared libraries (dpkg-shlibdeps), and what
    # its check runs on it (tests/package): the desktop entry's, the metainfo's and Debian's
    # validators
    librsvg2-bin dpkg-dev file desktop-file-utils appstream lintian
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    as_root=(sudo)
fi

echo "Installing: ${missing[*]}"
"${as_root[@]}" apt-get update
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
