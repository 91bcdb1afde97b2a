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


def write_export(path: Path, data: bytes, *, step: str = "") -> None:
    """A file the user asked for (a saved PDF): complete or absent, and never a temp file
    left behind by a crash. On Linux the bytes go into an unnamed file (O_TMPFILE) that is
    linked in only when complete; elsewhere, and on file systems without O_TMPFILE, it is
    `atomic_write`. An existing file at `path` is replaced (the user confirmed it)."""
    tmpfile = getattr(os, "O_TMPFILE", 0)
    if not tmpfile:
        atomic_write(path, data, step=step)
        return
    try:
        fd = os.open(path.parent, tmpfile | os.O_WRONLY, FILE_MODE)
    except OSError:
        atomic_write(path, data, step=step)  # e.g. a FAT or network folder
        return
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
        if step:
            crash_point(f"{step}.tmp_written")
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        folder = os.open(path.parent, os.O_RDONLY)
        try:  # a directory fd makes Python use linkat(AT_SYMLINK_FOLLOW), which this needs
            os.link(f"/proc/self/fd/{fd}", path.name, dst_dir_fd=folder, follow_symlinks=True)
        finally:
            os.close(folder)
        if step:
            crash_point(f"{step}.replaced")
        fsync_dir(path.parent)
    except OSError as error:
        raise translate_os_error(error, path) from error
    finally:
        os.close(fd)
