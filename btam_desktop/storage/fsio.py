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


def atomic_write(path: Path, data: bytes, *, step: str = "", tmp: Path | None = None) -> None:
    """Replace `path` with `data` so a crash leaves either the old or the new bytes, never half.

    `step` names the write for the test-only crash points (`<step>.tmp_written`); `tmp` is the
    temporary name (beside `path`; default `path` + ".tmp")."""
    tmp = tmp if tmp is not None else path.with_name(path.name + ".tmp")
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


class StagedExport:
    """A file the user asked for (a saved PDF), written and synced but not yet visible.

    `stage` writes the bytes; the caller commits its log of the export; `publish` then puts
    the file in place. A crash before publishing leaves no file and no temp file (Linux: the
    bytes are in an unnamed O_TMPFILE file); a crash after the commit leaves, at worst, a
    logged export that is not on disk, never a file that left unlogged. Elsewhere, or on file
    systems without O_TMPFILE, the bytes wait in memory and `publish` is `atomic_write`.
    """

    def __init__(self, path: Path, data: bytes, *, step: str = "") -> None:
        self.path, self._data, self._step, self._fd = path, data, step, -1
        tmpfile = getattr(os, "O_TMPFILE", 0)
        if tmpfile:
            try:
                self._fd = os.open(path.parent, tmpfile | os.O_WRONLY, FILE_MODE)
            except OSError:
                self._fd = -1  # e.g. a FAT or network folder: atomic_write at publish
        if self._fd >= 0:
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(self._fd, view) :]
                os.fsync(self._fd)
            except OSError as error:
                self.discard()
                raise translate_os_error(error, path) from error
        if step:
            crash_point(f"{step}.tmp_written")

    def publish(self) -> None:
        if self._fd < 0:
            atomic_write(self.path, self._data)
        else:
            try:
                folder = os.open(self.path.parent, os.O_RDONLY)
                try:  # a directory fd makes Python use linkat(AT_SYMLINK_FOLLOW)
                    link = self.path.name
                    if self.path.exists():  # replace it atomically: link aside, then rename
                        link = f".{self.path.name}.{os.getpid()}.part"
                    os.link(
                        f"/proc/self/fd/{self._fd}", link, dst_dir_fd=folder, follow_symlinks=True
                    )
                    if link != self.path.name:
                        os.replace(link, self.path.name, src_dir_fd=folder, dst_dir_fd=folder)
                finally:
                    os.close(folder)
                fsync_dir(self.path.parent)
            except OSError as error:
                raise translate_os_error(error, self.path) from error
            finally:
                self.discard()
        if self._step:
            crash_point(f"{self._step}.replaced")

    def discard(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


def names_in(folder: Path) -> list[str]:
    """The names in a folder; none when it is missing or is not a folder (a shared sync
    folder holds whatever other programs and people left there)."""
    try:
        return os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []


#: A hidden temporary file older than this in a folder several laptops write to is what a
#: killed write left; a younger one may be another laptop's write in progress.
STALE_TEMPORARY_S = 24 * 3600


def remove_stale_temporaries(folder: Path, now: float) -> None:
    """Remove the hidden temporary files (`.~*.tmp`) in `folder` last written more than
    `STALE_TEMPORARY_S` before `now` (a POSIX time, from the app's clock)."""
    before = now - STALE_TEMPORARY_S
    for name in names_in(folder):
        if name.startswith(".~") and name.endswith(".tmp"):
            with contextlib.suppress(OSError):
                if (folder / name).stat().st_mtime < before:
                    remove_quietly(folder / name)
