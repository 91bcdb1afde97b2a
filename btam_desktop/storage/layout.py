"""Where things live inside a case-file folder `NAME.btam/`.

current          the live key generation, e.g. "3"  (switching it is the atomic commit
                 of a key rotation)
case.g3.db       the SQLCipher database of generation 3
case.g3.keys     its key file (member slots, recovery slot, MAC)
case.lock        held while one program writes
backups/         automatic encrypted copies (before a schema upgrade)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from btam_desktop.storage import fsio
from btam_desktop.storage.errors import (
    DamagedError,
    KeyFileMissingError,
    NotACaseFileError,
    translate_os_error,
)

_GENERATION_FILE = re.compile(r"^case\.g(\d+)\.(db|keys)(-wal|-shm|-journal|\.tmp)?$")


@dataclass(frozen=True, slots=True)
class Layout:
    folder: Path

    @property
    def pointer(self) -> Path:
        return self.folder / "current"

    @property
    def lock(self) -> Path:
        return self.folder / "case.lock"

    @property
    def backups(self) -> Path:
        return self.folder / "backups"

    def db(self, generation: int) -> Path:
        return self.folder / f"case.g{generation}.db"

    def keys(self, generation: int) -> Path:
        return self.folder / f"case.g{generation}.keys"

    def generation(self) -> int:
        """The live generation named by `current`; says plainly what is wrong otherwise."""
        if not self.folder.exists():
            raise NotACaseFileError(self.folder, "there is no such folder")
        if not self.folder.is_dir():
            raise NotACaseFileError(self.folder, "it is a single file, not a case-file folder")
        try:
            text = self.pointer.read_text(encoding="ascii").strip()
        except FileNotFoundError:
            raise NotACaseFileError(self.folder, "the folder has no 'current' pointer") from None
        except UnicodeDecodeError:
            raise DamagedError(self.folder, "the 'current' pointer is not a number") from None
        except OSError as error:
            raise translate_os_error(error, self.pointer) from error
        if not text.isdigit():
            raise DamagedError(self.folder, "the 'current' pointer is not a number")
        return int(text)

    def read_keys(self, generation: int) -> bytes:
        path = self.keys(generation)
        try:
            return path.read_bytes()
        except FileNotFoundError:
            raise KeyFileMissingError(path) from None
        except OSError as error:
            raise translate_os_error(error, path) from error

    def switch_to(self, generation: int, *, step: str = "") -> None:
        """The commit point of creation and rotation: one atomic replace of `current`."""
        fsio.atomic_write(self.pointer, f"{generation}\n".encode("ascii"), step=step)

    def older_generations(self, than: int) -> list[Path]:
        """Files of generations before `than`: what a finished rotation leaves behind."""
        found = []
        for path in self.folder.iterdir():
            match = _GENERATION_FILE.match(path.name)
            if match and int(match.group(1)) < than:
                found.append(path)
        return sorted(found)

    def leftovers(self, live: int) -> list[Path]:
        """What an interrupted operation can leave beside the live generation: files of older
        generations (a rotation that ended before deleting them), of newer ones (a rotation
        that ended before its commit point: encrypted under a key nobody holds, with the
        `-journal` its killed export left) and unrenamed `.tmp` files of atomic writes. The
        live generation's own journal is never touched: SQLite needs it to roll back.
        Only called under the case-file lock."""
        found = []
        for path in self.folder.iterdir():
            match = _GENERATION_FILE.match(path.name)
            stale = match is not None and (
                int(match.group(1)) != live or path.name.endswith(".tmp")
            )
            if stale or path.name == self.pointer.name + ".tmp":
                found.append(path)
        return sorted(found)
