#!/usr/bin/env bash
# Builds the Debian package, installs it on this machine, and checks that it is right:
# the binary's size budget, the .desktop entry, the MIME type, and that the installed
# binary starts (headless commands, and the window under Xvfb when there is one).
set -euo pipefail
cd "$(dirname "$0")/.."

command -v cargo-deb >/dev/null || cargo install cargo-deb --locked
cargo build --release --locked
size=$(stat -c %s target/release/chitieu)
echo "binary: $((size / 1000000)) MB (budget 20 MB)"
[ "$size" -le 20000000 ] || { echo "over the 20 MB budget" >&2; exit 1; }

deb=$(cargo deb --no-build --locked | tail -n 1)
echo "package: $deb"
apt-get install -y -qq "./$deb" >/dev/null 2>&1 || dpkg -i "$deb"

desktop-file-validate /usr/share/applications/chitieu.desktop
update-mime-database /usr/share/mime >/dev/null 2>&1 || true
[ -f /usr/share/mime/packages/chitieu.xml ]
[ -f /usr/share/icons/hicolor/256x256/apps/chitieu.png ]

/usr/bin/chitieu --version
/usr/bin/chitieu check >/dev/null
echo "headless commands run"

if [ -n "${DISPLAY:-}" ]; then
    CHITIEU_DATA_DIR="$(mktemp -d)" CHITIEU_REPORT_FIRST_FRAME=1 timeout 60 /usr/bin/chitieu
    echo "the installed app opened its window"
fi
