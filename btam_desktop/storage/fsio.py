"""Atomic, private file writes: temp file in the same folder, fsync, os.replace, fsync folder."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from btam_desktop.storage.errors import translate_os_error
from btam_desktop.storage.faults import crash_point

FILE_MODE = 0o600
DIR_MODE = 0o700


def make_private_dir(path: Path) -> None:
    try:
        path.mkdir(mode=DIR_MODE, parents=False, exist_ok=True)
        os.chmod(path, DIR_MODE)
    except OSError as error:
        raise translate_os_error(error, path) from error


def fsync_dir(path: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder for fsync; NTFS journals the rename.
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes, *, step: str = "") -> None:
    """Replace `path` with `data` so a crash leaves either the old or the new bytes, never half.

    `step` names the write for the test-only crash points (`<step>.tmp_written`)."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        if step:
            crash_point(f"{step}.tmp_written")
        os.replace(tmp, path)
        if step:
            crash_point(f"{step}.replaced")
        fsync_dir(path.parent)
    except OSError as error:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise translate_os_error(error, path) from error


def remove_quietly(*paths: Path) -> None:
    for p in paths:
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
