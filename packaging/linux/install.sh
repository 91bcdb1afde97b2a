#!/bin/sh
# Install BTAM Desktop from the unpacked archive (this script sits at its top level).
#
#   sudo ./install.sh             for every user: /opt/btam-desktop, /usr/local/bin, /usr/local/share
#   ./install.sh --user           for yourself:   ~/.local/opt/btam-desktop, ~/.local/bin, ~/.local/share
#   sudo ./install.sh --uninstall (or --user --uninstall) removes what the same call installed
#
# The app folder is copied as it is (its Qt libraries stay separate, replaceable files); the
# menu entry, AppStream metainfo and icons go where desktops look for them.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app_id=org.btamdesktop.BTAMDesktop
scope=system
action=install
for arg in "$@"; do
    case $arg in
        --user) scope=user ;;
        --uninstall) action=uninstall ;;
        *) echo "usage: $0 [--user] [--uninstall]" >&2; exit 2 ;;
    esac
done
if [ "$scope" = user ]; then
    opt=$HOME/.local/opt/btam-desktop bin=$HOME/.local/bin share=${XDG_DATA_HOME:-$HOME/.local/share}
else
    opt=/opt/btam-desktop bin=/usr/local/bin share=/usr/local/share
fi
if [ "$action" = install ] && [ "$here" = "$opt" ]; then
    echo "Run this from the unpacked archive, not from $opt." >&2; exit 2
fi
icons=$(cd "$here/share/icons/hicolor" && find . -name "$app_id.*")

if [ "$action" = uninstall ]; then
    rm -rf "$opt"
    rm -f "$bin/btam-desktop" "$share/applications/$app_id.desktop" "$share/metainfo/$app_id.metainfo.xml"
    for icon in $icons; do rm -f "$share/icons/hicolor/$icon"; done
else
    mkdir -p "$opt" "$bin" "$share/applications" "$share/metainfo"
    rm -rf "$opt"
    cp -R "$here" "$opt"
    ln -sf "$opt/btam-desktop" "$bin/btam-desktop"
    # The menu entry starts this copy by its full path, whatever is on PATH.
    sed "s|^Exec=btam-desktop |Exec=\"$opt/btam-desktop\" |" \
        "$here/share/applications/$app_id.desktop" > "$share/applications/$app_id.desktop"
    cp "$here/share/metainfo/$app_id.metainfo.xml" "$share/metainfo/"
    for icon in $icons; do
        mkdir -p "$(dirname "$share/icons/hicolor/$icon")"
        cp "$here/share/icons/hicolor/$icon" "$share/icons/hicolor/$icon"
    done
fi
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -qtf "$share/icons/hicolor" || true
echo "BTAM Desktop: ${action}ed ($scope) in $opt"
