"""Is a case file on a network or cloud-synced folder? Both are known ways to corrupt SQLite
(broken locking on network file systems; sync clients copying a database mid-write or making
"conflicted copies" of it and its key file), so the app warns.

Two signals: the file system type (statfs magic numbers on Linux; UNC paths anywhere) and the
folder names the common sync clients use.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

#: statfs f_type values of remote or user-space file systems (linux/magic.h and fs sources).
NETWORK_FS: dict[int, str] = {
    0x6969: "NFS",
    0xFF534D42: "CIFS/SMB",
    0xFE534D42: "SMB2",
    0x517B: "SMB",
    0x564C: "NCP (NetWare)",
    0x65735546: "FUSE",
    0x01021997: "9P",
    0x6B414653: "AFS",
    0x5346414F: "OpenAFS",
    0x00C36400: "CephFS",
    0x47504653: "GPFS",
    0x0BD00BD0: "Lustre",
    0x73757245: "Coda",
}

#: Folder names (compared case-insensitively, by prefix) that sync clients create.
CLOUD_FOLDERS = (
    "onedrive",  # "OneDrive", "OneDrive - Ridgeview Unified"
    "dropbox",  # "Dropbox", "Dropbox (Team)"
    "google drive",
    "googledrive",
    "my drive",  # Google Drive for desktop's mount
    "icloud drive",
    "iclouddrive",
    "mobile documents",  # macOS: ~/Library/Mobile Documents (iCloud)
    "com~apple~clouddocs",
    "box sync",
    "nextcloud",
    "owncloud",
    "pcloud drive",
    "megasync",
    "sync.com",
)

FsType = Callable[[Path], "tuple[int, str] | None"]


class _Statfs(ctypes.Structure):
    # struct statfs begins with f_type (__fsword_t, a C long) on every Linux architecture.
    _fields_ = [("f_type", ctypes.c_long), ("rest", ctypes.c_byte * 256)]


def linux_fs_type(path: Path) -> tuple[int, str] | None:
    """(statfs magic, mount type from /proc/self/mountinfo, e.g. "fuse.sshfs"), or None."""
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
    buf = _Statfs()
    if libc.statfs(os.fsencode(path), ctypes.byref(buf)) != 0:
        return None
    return buf.f_type & 0xFFFFFFFF, _mount_type(path)


def _mount_type(path: Path) -> str:
    """The type of the longest mount point containing `path` ("" if unknown)."""
    best, kind = "", ""
    try:
        lines = Path("/proc/self/mountinfo").read_text().splitlines()
    except OSError:
        return ""
    target = str(path.resolve())
    for line in lines:
        left, _, right = line.partition(" - ")
        fields = left.split()
        if len(fields) < 5 or not right:
            continue
        point = fields[4].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, right.split()[0]
    return kind


def _existing(path: Path) -> Path:
    """The path itself or its nearest existing parent (a case file may not exist yet)."""
    current = path.absolute()
    while not current.exists() and current.parent != current:
        current = current.parent
    return current


def location_warning(path: Path, fs_type: FsType = linux_fs_type) -> str | None:
    """A sentence for the user when `path` is on a network or cloud-synced folder, else None."""
    text = str(path)
    if text.startswith(("\\\\", "//")) or PureWindowsPath(text).drive.startswith("\\\\"):
        kind = "a network share"
    else:
        kind = ""
        found = fs_type(_existing(path))
        if found is not None:
            magic, mount = found
            if magic in NETWORK_FS:
                name = NETWORK_FS[magic]
                if mount and mount.casefold() != name.casefold():
                    name += f", {mount}"
                kind = f"a network or user-space file system ({name})"
        if not kind:
            for part in path.absolute().parts:
                folded = part.casefold()
                if any(folded.startswith(name) for name in CLOUD_FOLDERS):
                    kind = f"a cloud-synced folder ({part})"
                    break
    if not kind:
        return None
    return (
        f"{path} is on {kind}. A case file there can be damaged by a sync or a lost "
        "connection, and copies of it may leave this computer. Keep case files on this "
        "computer's own disk and back them up with Backup."
    )
