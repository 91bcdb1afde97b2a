#!/bin/sh
# Sign, notarise and package BTAM Desktop for macOS (outline of the release steps; run on a
# Mac with Xcode command-line tools, after `pyinstaller packaging/pyinstaller/btam.spec` made
# dist/BTAM Desktop.app). Needs an Apple Developer ID: "Developer ID Application" (the app)
# and "Developer ID Installer" (the PKG) certificates in the keychain, and a notarytool
# profile stored once with:
#   xcrun notarytool store-credentials btam-notary --apple-id ID --team-id TEAM --password APP_PASSWORD
#
#   packaging/macos/notarize.sh "Developer ID Application: NAME (TEAM)" "Developer ID Installer: NAME (TEAM)"
set -eu
app_identity=$1
installer_identity=$2
here=$(cd "$(dirname "$0")" && pwd)
app="dist/BTAM Desktop.app"
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' btam_desktop/__init__.py)
pkg="dist/BTAM-Desktop-$version.pkg"

# 1. The frozen self-test, before anything is signed.
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/btam-desktop" --self-test

# 2. Sign inside out with the hardened runtime and a secure timestamp: every library and
#    extension module first, then the app itself (never --deep: it skips entitlements).
find "$app/Contents" -type f \( -name "*.dylib" -o -name "*.so" -o -perm -u+x \) \
    ! -path "*/Contents/MacOS/btam-desktop" -print0 |
    xargs -0 codesign --force --timestamp --options runtime --sign "$app_identity"
codesign --force --timestamp --options runtime --entitlements "$here/entitlements.plist" \
    --sign "$app_identity" "$app"
codesign --verify --strict --deep --verbose=2 "$app"

# 3. Notarise the app and staple the ticket, so Gatekeeper accepts it offline.
ditto -c -k --keepParent "$app" dist/btam-notarize.zip
xcrun notarytool submit dist/btam-notarize.zip --keychain-profile btam-notary --wait
xcrun stapler staple "$app"
rm dist/btam-notarize.zip

# 4. A signed, notarised installer package for Jamf / Mosyle / Apple Business Manager
#    (installs into /Applications for every user).
pkgbuild --component "$app" --install-location /Applications \
    --identifier org.btamdesktop.BTAMDesktop.pkg --version "$version" \
    --sign "$installer_identity" --timestamp "$pkg"
xcrun notarytool submit "$pkg" --keychain-profile btam-notary --wait
xcrun stapler staple "$pkg"
spctl --assess --type install --verbose "$pkg"
echo "Built $pkg. Silent install: sudo installer -pkg $pkg -target /"
