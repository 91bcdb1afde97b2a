#!/bin/sh
# Check btam.wxs on Linux with wixl (Debian: apt install wixl msitools): compile it with a
# stand-in payload (three small files, not the app) into a throw-away MSI, and print the rows
# that matter: per-machine (ALLUSERS=1), the fixed UpgradeCode, the major-upgrade rows, the
# Start-menu shortcut. This proves the source is valid WiX v3 that wixl can link; it does not
# prove the real MSI installs: that needs Windows (packaging/README.md).
set -eu
command -v wixl >/dev/null || { echo "wixl is not installed (apt install wixl msitools)"; exit 2; }
packaging=$(cd "$(dirname "$0")/.." && pwd)
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$packaging/../btam_desktop/__init__.py")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/payload/_internal"
echo "stand-in for btam-desktop.exe" > "$work/payload/btam-desktop.exe"
echo "stand-in for btam-desktop-cli.exe" > "$work/payload/btam-desktop-cli.exe"
echo "stand-in for a bundled file" > "$work/payload/_internal/stand-in.txt"
ln -s "$packaging" "$work/packaging"  # wixl wants relative paths
cd "$work"
(cd payload && find . -type f | sed 's|^\./||') |
    wixl-heat --prefix "" --directory-ref INSTALLDIR --component-group AppFiles \
        --var var.SourceDir --win64 > files.wxs
wixl -a x64 -D "Version=$version" -D SourceDir=payload -D PackagingDir=packaging -D Win64=yes \
    -o check.msi packaging/windows/btam.wxs files.wxs
msiinfo export check.msi Property | grep -E "^(ALLUSERS|UpgradeCode|ProductVersion|ProductName)\s"
msiinfo export check.msi Upgrade | tail -n +4
msiinfo export check.msi Shortcut | tail -n +4 | cut -f1-5
msiinfo suminfo check.msi | grep -E "^(Template|Subject):"
echo "wixl: btam.wxs compiles into an MSI ($(wc -c < check.msi) bytes with the stand-in payload)"
