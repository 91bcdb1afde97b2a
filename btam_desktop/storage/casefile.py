"""Creating, unlocking and closing a case file: the one object that holds the data key.

Unlocking is split in two so the slow, pure part (Argon2id) can be timed and run apart:
`LockedCaseFile.derive_data_key` and then `LockedCaseFile.open`.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import secrets
import shutil
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from btam_desktop.domain.records import new_id, today, utc_now
from btam_desktop.domain.team import DEFAULT_IDLE_MINUTES, TeamSettings
from btam_desktop.storage import (
    crypto,
    db,
    fsio,
    keyfile,
    migrations,
    recovery,
    replica as replicas,
    stats_facts,
)
from btam_desktop.storage.audit import AuditLog, audit_key
from btam_desktop.storage.errors import (
    AlreadyExistsError,
    ChangedWhileOpeningError,
    DamagedError,
    KeyFileMismatchError,
    LockedError,
    NotACaseFileError,
    RecoveryCodeError,
    UnknownMemberError,
    translate_os_error,
)
from btam_desktop.storage.layout import Layout
from btam_desktop.storage.lockfile import CaseFileLock
from btam_desktop.storage.sync_capture import Capture, captured


def zero(buffer: bytearray) -> None:
    """Overwrite a key buffer in place (Python's immutable copies are out of reach; see §4.9)."""
    if buffer:
        ctypes.memset((ctypes.c_char * len(buffer)).from_buffer(buffer), 0, len(buffer))


@dataclass(slots=True)
class MemberKeys:
    """What a member's passphrase opens: zeroed by whoever ends up holding them."""

    data_key: bytearray
    signing_key: bytearray
    private_key: bytearray

    def zero(self) -> None:
        for key in (self.data_key, self.signing_key, self.private_key):
            zero(key)


@dataclass(frozen=True, slots=True)
class LockedCaseFile:
    """A case file before unlock: its key file has been read and parsed, nothing else."""

    layout: Layout
    generation: int
    keys: keyfile.KeyFile
    raw_keys: bytes

    @classmethod
    def read(cls, folder: Path) -> LockedCaseFile:
        layout = Layout(folder)
        generation = layout.generation()
        raw = layout.read_keys(generation)
        keys = keyfile.parse(raw, layout.keys(generation))
        if keys.generation != generation:
            raise KeyFileMismatchError(layout.keys(generation), "it names another key generation")
        return cls(layout, generation, keys, raw)

    def slot(self, member_name: str | None) -> keyfile.MemberSlot:
        slot = self.keys.first_lead() if member_name is None else self.keys.slot_named(member_name)
        if slot is None:
            names = [s.name for s in self.keys.members]
            raise UnknownMemberError(self.layout.folder, member_name or "(team lead)", names)
        return slot

    def derive_data_key(self, slot: keyfile.MemberSlot, passphrase: str) -> bytearray:
        """The slow step. Wrong passphrase -> WrongPassphraseError, and no file is touched."""
        keys = self.derive_member_keys(slot, passphrase)
        zero(keys.signing_key)
        zero(keys.private_key)
        return keys.data_key

    def derive_member_keys(self, slot: keyfile.MemberSlot, passphrase: str) -> MemberKeys:
        """The data key, the member's signing key (empty in a format-1 slot) and their X25519
        private key (it opens the data key of a later generation a lead sealed to them)."""
        private_key = keyfile.unwrap_private_key(self.keys, slot, passphrase)
        data_key = bytearray(keyfile.open_member_slot(self.keys, slot, private_key, self.keys_path))
        signing = keyfile.open_signing_key(self.keys, slot, private_key, self.keys_path)
        return MemberKeys(data_key, bytearray(signing), bytearray(private_key))

    def recover_data_key(self, code: str) -> bytearray:
        data_key = keyfile.open_recovery_slot(self.keys, recovery.parse_code(code))
        if data_key is None:
            raise RecoveryCodeError(
                "That recovery code belongs to another case file or generation."
            )
        return bytearray(data_key)

    @property
    def keys_path(self) -> Path:
        return self.layout.keys(self.generation)

    @property
    def db_path(self) -> Path:
        return self.layout.db(self.generation)

    def verify_binding(self, data_key: bytearray) -> None:
        """The key file is sealed under this data key and names this very database file."""
        self.keys.verify(self.raw_keys, bytes(data_key), self.keys_path)
        if db.read_salt(self.db_path).hex() != self.keys.db_salt:
            db.check_not_foreign(self.db_path)
            raise KeyFileMismatchError(self.keys_path, "it was made for another database")

    def open(self, data_key: bytearray, member_id: str) -> OpenCaseFile:
        """Lock, check nothing moved since the key file was read, verify, connect, migrate."""
        lock = CaseFileLock(self.layout.lock)
        lock.acquire(member_id, {s.member_id: s.name for s in self.keys.members})
        try:
            if self.layout.generation() != self.generation:
                raise ChangedWhileOpeningError(self.layout.folder)
            self.verify_binding(data_key)
            conn = db.connect(self.db_path, bytes(data_key), quick_check=False)
        except BaseException:
            lock.release()
            raise
        ocf = OpenCaseFile(self.layout, self.generation, self.keys, data_key, member_id, conn, lock)
        try:
            # A damaged page met by these first reads is "damaged", not a bug (found by D1).
            with ocf.translated():
                if migrations.pending(conn, self.db_path):  # refuses a file from the future
                    ocf.require_healthy(db.quick_check_problems(conn))  # never migrate damage
                ocf.check_meta()
                anchor = self.keys.anchor
                ocf.anchor_ok = ocf.audit.anchor_on_chain(anchor.seq, anchor.mac)
            if migrations.migrate(conn, self.db_path, ocf.backup_before_migration):
                # A step may have noted every case (schema 21): count them now, once, rather
                # than in the first save after the upgrade.
                with ocf.translated(), db.transaction(conn, self.db_path):
                    stats_facts.refresh_or_leave(conn)
            ocf.start_capture()
            # Leftovers of a finished or interrupted rotation or write: under the lock, with
            # `current` re-read above, nothing else can be using them.
            fsio.remove_quietly(*self.layout.leftovers(self.generation))
        except BaseException:
            ocf.close(update_anchor=False)
            raise
        return ocf


class OpenCaseFile:
    """An unlocked case file: the connection, the data key and the member who unlocked it."""

    def __init__(
        self,
        layout: Layout,
        generation: int,
        keys: keyfile.KeyFile,
        data_key: bytearray,
        member_id: str,
        conn: db.Connection,
        lock: CaseFileLock,
    ) -> None:
        self.layout = layout
        self.generation = generation
        self.keys = keys
        self.data_key = data_key
        self.member_id = member_id
        self.conn = conn
        self.lock = lock
        self.audit = AuditLog(conn, audit_key(bytes(data_key), keys.file_id))
        #: The open-time integrity check: started by the first write at the latest.
        self.integrity: db.BackgroundCheck | None = None
        #: False when the key file's audit anchor is not on the chain (events went missing):
        #: the anchor is then left where it is, as evidence, instead of being moved forward.
        self.anchor_ok = True
        #: Turns each transaction into an op (None for a file without the sync tables).
        self.capture: Capture | None = None
        #: The member's Ed25519 key, for what this laptop publishes (empty until adopted).
        self.signing_key = bytearray()
        #: The member's X25519 private key: it opens a new generation's data key that a lead
        #: sealed to them on another laptop (empty when the session began without it).
        self.private_key = bytearray()

    def adopt_signing_key(self, signing_key: bytearray) -> None:
        """Keep the member's signing key for this session; give every slot of a format-1 key
        file its own (sealed to its member, so only they can sign), writing the key file."""
        self.signing_key = signing_key
        missing = [s for s in self.keys.members if not s.signing_public_key]
        if not missing:
            return
        keys = self.keys
        for slot in missing:
            upgraded, private = keyfile.with_signing_key(slot, keys.file_id)
            keys = keys.with_slot(upgraded)
            if slot.member_id == self.member_id:
                self.signing_key = bytearray(private)
        self.write_keys(keys)

    def start_capture(self) -> None:
        """After migration: install the op capture on this connection (TEMP triggers)."""
        place = replicas.Place.of(self.keys.file_id, self.folder)
        with self.translated():
            self.capture = Capture.install(self.conn, place, self.member_id)
        self.audit.stamper = self.capture

    @property
    def folder(self) -> Path:
        return self.layout.folder

    @property
    def db_path(self) -> Path:
        return self.layout.db(self.generation)

    @property
    def keys_path(self) -> Path:
        return self.layout.keys(self.generation)

    @property
    def is_open(self) -> bool:
        return self.lock.held

    def meta(self) -> dict[str, str]:
        return {str(k): str(v) for k, v in self.conn.execute("SELECT key, value FROM meta")}

    def check_meta(self) -> None:
        if migrations.schema_version(self.conn) == 0:
            raise NotACaseFileError(self.folder, "the database holds no case-file schema")
        meta = self.meta()
        if meta.get("file_id") != self.keys.file_id or meta.get("generation") != str(
            self.generation
        ):
            raise KeyFileMismatchError(self.keys_path, "its file id or generation differs")

    @contextlib.contextmanager
    def translated(self) -> Iterator[None]:
        """Driver errors while reading or writing this file become known errors (damaged,
        disk full...), wherever in storage they were raised."""
        with db.translated(self.db_path):
            yield

    def require_healthy(self, problems: list[str] | None) -> None:
        if problems:
            raise DamagedError(self.db_path, f"quick check: {problems[0]}")

    def start_integrity_check(self) -> db.BackgroundCheck:
        """Start the open-time `quick_check` on the other core (once). The window starts it
        right after the case list is on screen, so a large file opens fast."""
        if self.integrity is None:
            self.integrity = db.BackgroundCheck(self.db_path, bytes(self.data_key))
        return self.integrity

    def wait_until_verified(self) -> None:
        self.require_healthy(self.start_integrity_check().problems(wait=True))

    def raise_if_damaged(self) -> None:
        """Cheap, never waits: a finished open-time check that found damage stops every call."""
        if self.integrity is not None:
            self.require_healthy(self.integrity.problems(wait=False))

    @contextlib.contextmanager
    def transaction(self, *, intent: str) -> Iterator[db.Connection]:
        """One committed transaction, and its op for the other laptops. `intent` names what
        the user did: the service's name in `services/host.py` (e.g. "cases.update").
        Nothing is ever written into a file before the open-time check has passed."""
        self.wait_until_verified()
        with captured(self.conn, self.db_path, self.capture, intent) as conn:
            yield conn

    def write_keys(self, keys: keyfile.KeyFile) -> None:
        fsio.atomic_write(self.keys_path, keys.to_bytes(bytes(self.data_key)), step="keyfile")
        self.keys = keys

    def update_anchor(self) -> None:
        if not self.anchor_ok:
            return
        seq, mac = self.audit.head()
        if (seq, mac) != (self.keys.anchor.seq, self.keys.anchor.mac):
            self.write_keys(replace(self.keys, anchor=keyfile.AuditAnchor(seq, mac)))

    def backup_before_migration(self, from_version: int) -> None:
        from btam_desktop.storage.backup import write_backup  # backup builds on this module

        fsio.make_private_dir(self.layout.backups)
        stamp = utc_now()[:19].replace(":", "").replace("-", "")
        write_backup(self, self.layout.backups / f"before-schema-{from_version + 1}-{stamp}.btam")

    def close(self, *, update_anchor: bool = True) -> None:
        """Anchor the audit head, checkpoint, close, release the lock, wipe our key copy."""
        if not self.lock.held:
            return
        if self.integrity is not None:
            self.integrity.join()
        try:
            if update_anchor:
                with contextlib.suppress(Exception):
                    self.update_anchor()
            if self.capture is not None:
                self.capture.close()
            db.close(self.conn)
        finally:
            self.lock.release()
            zero(self.data_key)
            zero(self.signing_key)
            zero(self.private_key)


def create(
    folder: Path,
    *,
    school: str,
    district: str,
    pack_id: str,
    lead_name: str,
    lead_role: str,
    passphrase: str,
    kdf: crypto.KdfParams,
    idle_minutes: int = DEFAULT_IDLE_MINUTES,
) -> tuple[OpenCaseFile, str, str]:
    """A new case file with one lead member; returns (open file, lead member id, recovery code).

    The `current` pointer is written last: a crash before it leaves a folder that is refused
    as "not a case file", never a half-made one that opens.
    """
    if not folder.parent.is_dir():
        raise NotACaseFileError(folder, f"the folder {folder.parent} does not exist")
    try:
        folder.mkdir(mode=fsio.DIR_MODE)  # exclusive: a second creator at this path fails here
    except FileExistsError:
        raise AlreadyExistsError(folder) from None
    except OSError as error:
        raise translate_os_error(error, folder) from error
    layout = Layout(folder)
    generation, file_id, member_id, team_id = 1, new_id(), new_id(), new_id()
    data_key = bytearray(os.urandom(crypto.KEY_BYTES))
    lock = CaseFileLock(layout.lock)
    conn: db.Connection | None = None
    try:
        lock.acquire(member_id, {})
        conn = db.connect(layout.db(generation), bytes(data_key), create=True)
        secret = recovery.new_secret()
        _, recovery_public = keyfile.recovery_keypair(secret, file_id)
        signing_key = bytearray(crypto.new_signing_key()[0])
        private_key = bytearray(crypto.new_keypair()[0])
        lead = keyfile.new_member_slot(
            file_id=file_id,
            generation=generation,
            member_id=member_id,
            name=lead_name,
            role=lead_role,
            is_lead=True,
            passphrase=passphrase,
            kdf=kdf,
            data_key=bytes(data_key),
            signing_key=bytes(signing_key),
            private_key=bytes(private_key),
        )
        keys = keyfile.KeyFile(
            file_id=file_id,
            generation=generation,
            db_salt="",
            members=(lead,),
            recovery_public_key=recovery_public,
            recovery_sealed_data_key=keyfile.seal_for_recovery(
                recovery_public, file_id, generation, bytes(data_key)
            ),
        )
        ocf = OpenCaseFile(layout, generation, keys, data_key, member_id, conn, lock)
        ocf.signing_key = signing_key
        ocf.private_key = private_key
        migrations.migrate(conn, layout.db(generation), ocf.backup_before_migration)
        ocf.start_capture()
        now = utc_now()
        with ocf.transaction(intent="session.create") as tx:
            tx.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [("file_id", file_id), ("generation", str(generation)), ("created_at", now)],
            )
            tx.execute(
                "INSERT INTO team (id, school, district, pack_id, settings_json, created_at, "
                "created_by, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    team_id,
                    school,
                    district,
                    pack_id,
                    json.dumps(asdict(TeamSettings(idle_minutes))),
                    now,
                    member_id,
                    now,
                    member_id,
                ),
            )
            lead_row = (member_id, lead_name, lead_role, today().isoformat())
            tx.execute(
                "INSERT INTO members (id, name, role, is_lead, active_from, created_at, "
                "created_by, updated_at, updated_by) VALUES (?,?,?,1,?,?,?,?,?)",
                (*lead_row, now, member_id, now, member_id),
            )
            ocf.audit.append(member_id, "case_file.created", entity="team", entity_id=team_id)
        db.checkpoint(conn, layout.db(generation))
        salt = db.read_salt(layout.db(generation)).hex()
        ocf.write_keys(replace(keys, db_salt=salt))
        layout.switch_to(generation)
    except BaseException as error:
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()
        lock.release()
        shutil.rmtree(folder, ignore_errors=True)
        if isinstance(error, OSError):
            raise translate_os_error(error, folder) from error
        raise
    return ocf, member_id, recovery.format_code(secret)


#: A case file being built is a hidden sibling of its final folder, named after it.
_STAGING = ".{name}.being-created-{token}"


def staging_folder(folder: Path) -> Path:
    """Where a new case file is built before it is moved to `folder` (same parent folder, so
    the move is one rename on the same disk)."""
    return folder.with_name(_STAGING.format(name=folder.name, token=secrets.token_hex(4)))


def remove_abandoned_staging(folder: Path) -> None:
    """Remove what an earlier creation of `folder` left when its process was killed. A folder
    whose lock is still held belongs to a creation in progress and is left alone."""
    pattern = _STAGING.format(name=folder.name, token="*")
    for staged in folder.parent.glob(pattern):
        lock = CaseFileLock(Layout(staged).lock)
        try:
            lock.acquire("cleanup", {})
        except (LockedError, NotACaseFileError, OSError):
            continue
        lock.release()
        shutil.rmtree(staged, ignore_errors=True)


def move_into_place(ocf: OpenCaseFile, folder: Path) -> OpenCaseFile:
    """Close a case file built in a staging folder, rename it to `folder`, and open it there.

    Until the rename nothing exists at `folder`: a creation that fails or is killed halfway
    leaves no half-made case file for the window or the command line to open.
    """
    # The reopened file owns this copy of the key (and wipes it when it closes).
    data_key, member_id, staged = bytearray(ocf.data_key), ocf.member_id, ocf.folder
    signing_key = bytearray(ocf.signing_key)
    private_key = bytearray(ocf.private_key)
    try:
        ocf.close()
        if folder.exists():  # someone made it meanwhile: never replace their file
            raise AlreadyExistsError(folder)
        replicas.move_marker(ocf.keys.file_id, staged, folder)
        try:
            os.rename(staged, folder)
        except OSError as error:
            raise translate_os_error(error, folder) from error
        fsio.fsync_dir(folder.parent)
        moved = LockedCaseFile.read(folder).open(data_key, member_id)
        moved.signing_key = signing_key
        moved.private_key = private_key
        return moved
    except BaseException:
        zero(data_key)
        zero(signing_key)
        zero(private_key)
        raise
