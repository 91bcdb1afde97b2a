# Build BTAM Desktop for Windows: the frozen folder, its self-test, signing, and the MSI.
# Run on Windows x64 from any folder, with Python 3.12 (py launcher) and WiX Toolset v3
# (heat, candle, light on PATH). Not runnable on Linux: see packaging/README.md.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-msi.ps1 [-Sign -Thumbprint <sha1>]
param(
    [switch]$Sign,
    [string]$Thumbprint = "",
    [string]$TimestampUrl = "http://timestamp.digicert.com"
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

$version = (Select-String -Path btam_desktop\__init__.py -Pattern '__version__ = "([0-9.]+)"').Matches[0].Groups[1].Value
if (-not $version) { throw "btam_desktop\__init__.py has no numeric __version__ (MSI versions are numbers only)" }

# 1. A clean virtual environment with the pinned dependencies and PyInstaller.
if (-not (Test-Path .venv-win)) { py -3.12 -m venv .venv-win }
.venv-win\Scripts\python -m pip install --quiet --upgrade pip
.venv-win\Scripts\python -m pip install --quiet -e ".[package]"

# 2. Freeze: dist\btam-desktop\ with btam-desktop.exe (window) and btam-desktop-cli.exe (console).
.venv-win\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\pyinstaller\btam.spec

# 3. The frozen self-test, offscreen, through the console twin (the windowed exe has no stdout).
$env:QT_QPA_PLATFORM = "offscreen"
& dist\btam-desktop\btam-desktop-cli.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "the frozen self-test failed" }
Remove-Item Env:\QT_QPA_PLATFORM

# 4. Sign every executable and library we ship, before they go into the MSI.
if ($Sign) { & "$PSScriptRoot\sign.ps1" -Path dist\btam-desktop -Thumbprint $Thumbprint -TimestampUrl $TimestampUrl }

# 5. Harvest the folder and link the MSI (light also runs the ICE validation suites).
New-Item -ItemType Directory -Force build\wix | Out-Null
heat dir dist\btam-desktop -nologo -cg AppFiles -dr INSTALLDIR -srd -sreg -ag -sfrag -var var.SourceDir -out build\wix\btam-files.wxs
candle -nologo -arch x64 "-dVersion=$version" -dSourceDir=dist\btam-desktop -dPackagingDir=packaging -out build\wix\ packaging\windows\btam.wxs build\wix\btam-files.wxs
$msi = "dist\BTAM-Desktop-$version-x64.msi"
light -nologo -out $msi build\wix\btam.wixobj build\wix\btam-files.wixobj
if ($LASTEXITCODE -ne 0) { throw "light failed" }

# 6. Sign the MSI itself.
if ($Sign) { & "$PSScriptRoot\sign.ps1" -Path $msi -Thumbprint $Thumbprint -TimestampUrl $TimestampUrl }
Write-Host "Built $msi. Silent install: msiexec /i $msi /qn /norestart /l*v C:\Windows\Temp\btam-install.log"
