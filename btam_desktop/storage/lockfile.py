"""One writer per case file: an OS lock on `case.lock`, which also says who holds it.

The OS releases the lock when a process dies, so a crash never leaves the file locked; the
holder note (member id, host, process, time: no names) only explains a live lock.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO

from btam_desktop.domain.local_time import moment_text
from btam_desktop.domain.records import utc_now
from btam_desktop.storage.errors import LockedError, translate_os_error

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(f: IO[str]) -> bool:
        try:
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

else:
    import fcntl

    def _try_lock(f: IO[str]) -> bool:
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False


def _since(stamp: str) -> str:
    try:
        return moment_text(stamp) or "?"
    except ValueError:  # the note is written by another process: trust nothing in it
        return "?"


def read_holder(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {k: str(v) for k, v in data.items()} if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


class CaseFileLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[str] | None = None

    def acquire(self, member_id: str, describe_member: dict[str, str]) -> None:
        """Take the lock or raise LockedError naming the holder; never waits."""
        for _ in range(5):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as error:
                raise translate_os_error(error, self.path) from error
            f = os.fdopen(fd, "r+", encoding="utf-8")
            if not _try_lock(f):
                f.close()
                holder = read_holder(self.path)
                who = describe_member.get(holder.get("member_id", ""), "another member")
                raise LockedError(
                    self.path.parent,
                    f"{who} on {holder.get('host', 'this computer')}, "
                    f"process {holder.get('pid', '?')}, since {_since(holder.get('since', ''))}",
                )
            # The previous holder may have removed the file between our open and our lock.
            with contextlib.suppress(FileNotFoundError):
                if os.path.samestat(os.stat(self.path), os.fstat(f.fileno())):
                    break
            f.close()
        else:  # pragma: no cover - needs a pathological race
            raise LockedError(self.path.parent, "the lock keeps changing hands")
        note = {
            "member_id": member_id,
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": utc_now(),
        }
        f.seek(0)
        f.truncate()
        f.write(json.dumps(note))
        f.flush()
        self._file = f

    def release(self) -> None:
        if self._file is None:
            return
        if sys.platform == "win32":  # pragma: no cover - Windows cannot delete an open file
            self._file.close()
        else:
            # Unlink while still holding the lock, so no one locks a file about to vanish.
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            self._file.close()
        self._file = None

    @property
    def held(self) -> bool:
        return self._file is not None
