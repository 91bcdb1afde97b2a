# Authenticode-sign BTAM Desktop: every .exe, .dll and .pyd in the frozen folder, or one MSI.
# SHA-256 file digest with an RFC 3161 timestamp, so signatures outlive the certificate.
#
#   sign.ps1 -Path dist\btam-desktop -Thumbprint <sha1 of the code-signing certificate>
#   sign.ps1 -Path dist\BTAM-Desktop-X.Y.Z-x64.msi -Thumbprint <sha1>
#
# The certificate: an OV code-signing certificate on a hardware token or cloud HSM (its
# thumbprint, from the Windows certificate store), or Azure Artifact Signing, for which
# signtool takes /dlib Azure.CodeSigning.Dlib.dll /dmdf metadata.json instead of /sha1
# (see packaging/README.md). The private key never sits in this repository or on CI disks.
param(
    [Parameter(Mandatory = $true)][string]$Path,
    [Parameter(Mandatory = $true)][string]$Thumbprint,
    [string]$TimestampUrl = "http://timestamp.digicert.com"
)
$ErrorActionPreference = "Stop"
$signtool = Get-Command signtool.exe -ErrorAction SilentlyContinue
if (-not $signtool) { throw "signtool.exe (Windows SDK) is not on PATH" }

if (Test-Path $Path -PathType Container) {
    # Files their publisher already signed (the Python runtime, some Qt DLLs) keep that signature.
    $files = Get-ChildItem $Path -Recurse -Include *.exe, *.dll, *.pyd |
        Where-Object { (Get-AuthenticodeSignature $_.FullName).Status -ne "Valid" } |
        ForEach-Object FullName
} else {
    $files = @((Resolve-Path $Path).Path)
}
# signtool takes many files per call; batches keep the command line short.
for ($i = 0; $i -lt $files.Count; $i += 50) {
    $batch = $files[$i..([Math]::Min($i + 49, $files.Count - 1))]
    & $signtool.Source sign /fd SHA256 /sha1 $Thumbprint /tr $TimestampUrl /td SHA256 $batch
    if ($LASTEXITCODE -ne 0) { throw "signtool failed" }
}
& $signtool.Source verify /pa /q $files
if ($LASTEXITCODE -ne 0) { throw "a signature does not verify" }
Write-Host "Signed and verified $($files.Count) file(s)."
