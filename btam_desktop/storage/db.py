"""Opening an SQLCipher database safely, and translating driver errors at the boundary."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import sqlcipher3

from btam_desktop.storage.errors import (
    CaseFileError,
    DamagedError,
    DiskFullError,
    LockedError,
    NotACaseFileError,
    ReadOnlyError,
    translate_os_error,
)

if TYPE_CHECKING:  # sqlcipher3 ships no type hints; its API is the stdlib sqlite3 one
    from sqlite3 import Connection as Connection, DatabaseError as DatabaseError
else:
    Connection = sqlcipher3.Connection
    DatabaseError = sqlcipher3.DatabaseError
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16


class SQLCipherMissingError(RuntimeError):
    """A bug in packaging, not a user error: the driver is plain SQLite and would not encrypt."""


def key_pragma_value(data_key: bytes) -> str:
    """The raw-key form SQLCipher takes: hex of random bytes, never user text."""
    if len(data_key) != 32:
        raise ValueError("a data key is 32 bytes")
    return f"\"x'{data_key.hex()}'\""


def uri(path: Path, mode: str) -> str:
    """`path` as an SQLite URI. Its bytes are percent-encoded: in a plain `file:` string a
    folder named "Cases #2" or "Why?" cut the name short at '#' or '?' (SQLite then created
    or opened another file, e.g. "Why" in the working folder), '%' was decoded, and a name
    whose bytes are not UTF-8 could not be passed at all."""
    return f"file:{quote(os.fsencode(path.as_posix()), safe='/:')}?mode={mode}"


def read_salt(path: Path) -> bytes:
    """The database's first 16 bytes: SQLCipher's per-file salt, stored in the clear."""
    try:
        with path.open("rb") as f:
            return f.read(SALT_BYTES)
    except FileNotFoundError:
        raise DamagedError(path, "the database file is missing") from None
    except OSError as error:
        raise translate_os_error(error, path) from error


def check_looks_encrypted(path: Path) -> None:
    head = read_salt(path)
    if not head:
        raise DamagedError(path, "the database file is empty")
    if head == PLAIN_SQLITE_HEADER:
        raise NotACaseFileError(path, "it is an unencrypted SQLite database")
    if len(head) < SALT_BYTES:
        raise DamagedError(path, "the database file is truncated")


#: What is usually found renamed or copied over a database file, by its first bytes.
_FOREIGN = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or an Office document (.docx, .xlsx)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an older Office document (.doc, .xls)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)
PAGE_BYTES = 4096  # SQLCipher 4's page size: a database file is whole pages


def check_not_foreign(path: Path) -> None:
    """For a database file whose salt does not match its key file: say so when it is some
    other kind of file (a PDF renamed to case.g1.db) rather than blame the key file.

    Only asked after the salt check failed: a real database begins with 16 random bytes,
    which could, once in millions, start like a JPEG."""
    check_looks_encrypted(path)
    head = read_salt(path)
    not_ours = "not the database of a case file or backup"
    for magic, kind in _FOREIGN:
        if head.startswith(magic):
            raise NotACaseFileError(path, f"it is {kind}, {not_ours}")
    try:
        size = path.stat().st_size
    except OSError as error:
        raise translate_os_error(error, path) from error
    if size % PAGE_BYTES:
        text = all(32 <= byte < 127 or byte in b"\t\r\n" for byte in head)
        what = "a text file" if text else "another kind of file"
        raise NotACaseFileError(path, f"it is {what}, {not_ours}")


def translate(error: Exception, path: Path) -> CaseFileError:
    """Map a driver or OS error to a known case-file error; anything else is a bug: re-raise."""
    if isinstance(error, OSError):
        return translate_os_error(error, path)
    text = str(error).lower()
    if "file is not a database" in text or "malformed" in text or "hmac check" in text:
        return DamagedError(path, "its pages do not decrypt or do not fit together")
    if "database or disk is full" in text or "disk i/o error" in text:
        return DiskFullError(path)
    if "readonly" in text or "read-only" in text or "unable to open database file" in text:
        return ReadOnlyError(path)
    if "database is locked" in text:
        return LockedError(path, "another connection is writing")
    raise error


@contextlib.contextmanager
def translated(path: Path) -> Iterator[None]:
    try:
        yield
    except (DatabaseError, OSError) as error:
        raise translate(error, path) from error


def connect(
    path: Path,
    data_key: bytes,
    *,
    create: bool = False,
    readonly: bool = False,
    quick_check: bool = True,
) -> Connection:
    """Open (or create) `path` under the raw data key, verify it, and set the safe pragmas.

    The file is never created unless `create` is set: a missing file is an error, not a new
    empty database at the user's path. `readonly` opens without writing a byte (backups on
    write-protected media): no journal-mode change, queries only.
    """
    if create:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
    else:
        check_looks_encrypted(path)
    mode = "rwc" if create else "ro" if readonly else "rw"
    verify = quick_check and not create
    try:
        return _open(uri(path, mode), path, data_key, verify=verify, readonly=readonly)
    except ReadOnlyError:
        if not readonly:
            raise
    # A case file in WAL mode (any live one, copied to a stick and write-protected) cannot be
    # read with mode=ro alone: SQLite wants to create its -shm file beside it. When no -wal
    # file holds unmerged changes, the database file alone is whole, and `immutable` reads it
    # without creating anything or taking a lock.
    wal = sidecars(path)[0]
    if wal.exists() and wal.stat().st_size > 0:
        raise CaseFileError(
            f"{path} has changes not yet merged into it (in {wal.name}), and its folder cannot "
            "be written, so they cannot be read safely. Copy the whole folder to a place you "
            "can write to and use the copy. Nothing was changed."
        )
    return _open(uri(path, "ro") + "&immutable=1", path, data_key, verify=verify, readonly=True)


def _open(address: str, path: Path, data_key: bytes, *, verify: bool, readonly: bool) -> Connection:
    with translated(path):
        conn: Connection = sqlcipher3.connect(
            address,
            uri=True,
            isolation_level=None,
            # One worker thread owns it; the thread may end before the last close runs.
            check_same_thread=False,
        )
    try:
        with translated(path):
            _configure(conn, data_key, verify=verify, readonly=readonly)
    except BaseException:
        conn.close()
        raise
    return conn


def _configure(conn: Connection, data_key: bytes, *, verify: bool, readonly: bool) -> None:
    conn.execute("PRAGMA key = " + key_pragma_value(data_key))
    conn.execute("PRAGMA cipher_log_level = NONE")  # no "hmac check failed" lines on stderr
    conn.execute("PRAGMA cipher_memory_security = OFF")
    version = conn.execute("PRAGMA cipher_version").fetchone()
    if not version or not version[0]:
        raise SQLCipherMissingError("SQLCipher is not linked: refusing to write unencrypted data")
    # A wrong key raises nothing at PRAGMA key; the first read is the probe.
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 2000")
    # 32 MiB of decrypted pages: a 10,000-case list stays in memory between reads, so only
    # the first read after unlock pays for decryption (encrypted/plain ratio, bench/).
    conn.execute("PRAGMA cache_size = -32768")
    if verify:
        problems = quick_check_problems(conn)
        if problems:
            raise DamagedError(Path(conn_path(conn)), f"quick check: {problems[0]}")
    if readonly:  # mode=ro already refuses writes to this file; an attached copy may be written
        return
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA synchronous = FULL")


def quick_check_problems(conn: Connection) -> list[str]:
    """SQLite's structural check; reading every page also verifies every page's HMAC."""
    try:
        result = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
    except DatabaseError as error:
        return [str(error)]
    return [] if result == ["ok"] else result


class BackgroundCheck:
    """`quick_check` on a second, read-only connection in its own thread, so the check of a
    large file runs on the other core while the first screen loads. Writes wait for its
    verdict; see OpenCaseFile.transaction."""

    def __init__(self, path: Path, data_key: bytes) -> None:
        self._path = path
        self._key = data_key
        self._result: Future[list[str]] = Future()
        self._thread = threading.Thread(target=self._run, name="btam-quick-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            conn = connect(self._path, self._key, readonly=True, quick_check=False)
            try:
                self._result.set_result(quick_check_problems(conn))
            finally:
                conn.close()
        except Exception as error:  # reported to the caller through the result
            self._result.set_result([str(error)])

    def problems(self, *, wait: bool) -> list[str] | None:
        """The problems found (empty: healthy); None if still running and not waiting."""
        if not wait and not self._result.done():
            return None
        return self._result.result()

    def join(self) -> None:
        self._thread.join()


def sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def conn_path(conn: Connection) -> str:
    row = conn.execute("PRAGMA database_list").fetchone()
    return str(row[2]) if row else ""


def checkpoint(conn: Connection, path: Path) -> None:
    """Move the WAL into the main file, so the database file alone is whole."""
    with translated(path):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def close(conn: Connection) -> None:
    """Checkpoint (best effort: committed data is safe in the WAL either way), then close."""
    with contextlib.suppress(DatabaseError):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@contextlib.contextmanager
def transaction(conn: Connection, path: Path) -> Iterator[Connection]:
    """One user action = one committed transaction; any failure rolls everything back."""
    with translated(path):
        conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        with translated(path):
            conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            with contextlib.suppress(DatabaseError):
                conn.execute("ROLLBACK")
        raise


def table_counts(conn: Connection, schema: str = "main") -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type='table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {
        n: int(conn.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0]) for n in names
    }


def integrity_problems(conn: Connection) -> list[str]:
    """Full checks (slower than quick_check): structure, SQLCipher page HMACs, foreign keys."""
    problems: list[str] = []
    result = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if result != ["ok"]:
        problems += [f"integrity: {r}" for r in result[:10]]
    problems += [f"cipher: {r[0]}" for r in conn.execute("PRAGMA cipher_integrity_check")][:10]
    fk: list[Any] = conn.execute("PRAGMA foreign_key_check").fetchall()
    problems += [f"foreign key: table {r[0]} row {r[1]} -> {r[2]}" for r in fk[:10]]
    return problems
