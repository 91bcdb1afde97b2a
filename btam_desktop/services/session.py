"""Opening and closing a case file: create, unlock (in two timed steps), recover, lock."""

from __future__ import annotations

import shutil
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from btam_desktop.domain.errors import PermissionDeniedError, ValidationError
from btam_desktop.domain.records import check_utf8, clean_name
from btam_desktop.domain.team import Role, TeamSettings
from btam_desktop.services.contracts import (
    MIN_PASSPHRASE as MIN_PASSPHRASE,
    MemberListing as MemberListing,
    NewCaseFile as NewCaseFile,
)
from btam_desktop.storage import crypto, keyfile
from btam_desktop.storage.casefile import (
    LockedCaseFile,
    OpenCaseFile,
    create,
    move_into_place,
    remove_abandoned_staging,
    staging_folder,
)
from btam_desktop.storage.errors import AlreadyExistsError, ChangedWhileOpeningError

MAX_PASSPHRASE = 4096
KdfParams = crypto.KdfParams
TEST_KDF = crypto.TEST_KDF


def check_new_passphrase(passphrase: str) -> str:
    """The rule for a passphrase being set: long enough, not absurd. Strength advice is the UI's."""
    normalised = unicodedata.normalize("NFC", check_utf8(passphrase, "new passphrase"))
    if len(normalised) < MIN_PASSPHRASE:
        raise ValidationError(f"A passphrase needs at least {MIN_PASSPHRASE} characters.")
    if len(normalised) > MAX_PASSPHRASE:
        raise ValidationError(f"A passphrase can have at most {MAX_PASSPHRASE} characters.")
    return passphrase


def default_kdf() -> KdfParams:
    """Argon2id calibrated to about half a second on this computer (measured once a process)."""
    return crypto.calibrated_kdf()


class Session:
    """An unlocked case file and the member who unlocked it. Only the service host holds it."""

    def __init__(self, ocf: OpenCaseFile) -> None:
        self.ocf = ocf

    @property
    def member_id(self) -> str:
        return self.ocf.member_id

    @property
    def member_name(self) -> str:
        slot = self.ocf.keys.slot_of(self.ocf.member_id)
        return slot.name if slot else ""

    @property
    def is_lead(self) -> bool:
        slot = self.ocf.keys.slot_of(self.ocf.member_id)
        return bool(slot and slot.is_lead)

    @property
    def must_change_passphrase(self) -> bool:
        slot = self.ocf.keys.slot_of(self.ocf.member_id)
        return bool(slot and slot.must_change_passphrase)

    @property
    def folder(self) -> Path:
        return self.ocf.folder

    def require_lead(self, what: str) -> None:
        if not self.is_lead:
            raise PermissionDeniedError(f"Only a team lead can {what}.")


def create_case_file(
    folder: Path,
    request: NewCaseFile,
    passphrase: str,
    kdf: KdfParams | None = None,
    *,
    fill: Callable[[Session], None] | None = None,
) -> tuple[Session, str]:
    """A new case file with its lead member; returns the open session and the recovery code,
    which is shown to the user once and never stored.

    All or nothing: the file is built (with whatever `fill` adds, the demo's cases for one)
    under a hidden name beside `folder` and renamed into place only when complete. A failure
    removes it; a kill leaves only the hidden folder, which the next creation removes.
    """
    school = clean_name(request.school, "school name")
    lead = clean_name(request.lead_name, "team lead's name")
    role = Role.parse(request.lead_role)
    checked = check_new_passphrase(passphrase)
    if folder.exists():
        raise AlreadyExistsError(folder)
    if folder.parent.is_dir():
        remove_abandoned_staging(folder)
    staged = staging_folder(folder)
    ocf, _, code = create(
        staged,
        school=school,
        district=request.district.strip(),
        pack_id=request.pack_id,
        lead_name=lead,
        lead_role=role.value,
        passphrase=checked,
        kdf=kdf or default_kdf(),
        idle_minutes=TeamSettings(request.idle_minutes).idle_minutes,
    )
    try:
        if fill is not None:
            fill(Session(ocf))
        ocf = move_into_place(ocf, folder)
    except BaseException:
        ocf.close(update_anchor=False)
        shutil.rmtree(staged, ignore_errors=True)
        raise
    return Session(ocf), code


def list_members(folder: Path) -> list[MemberListing]:
    """Members with a key slot, read without unlocking (names are not secret; see keyfile.py)."""
    locked = LockedCaseFile.read(folder)
    return [
        MemberListing(s.name, s.role, s.is_lead, s.must_change_passphrase)
        for s in locked.keys.members
    ]


@dataclass(frozen=True, slots=True)
class DerivedKey:
    """The result of the slow step of unlocking; handed straight to `open_unlocked`."""

    folder: Path
    member_id: str
    data_key: bytearray
    #: The member's signing key (empty in a format-1 slot: made at this unlock).
    signing_key: bytearray = field(default_factory=bytearray)
    #: The member's X25519 private key (opens a later generation's key sealed to them).
    private_key: bytearray = field(default_factory=bytearray)


def derive_key(folder: Path, member_name: str | None, passphrase: str) -> DerivedKey:
    locked = LockedCaseFile.read(folder)
    slot = locked.slot(member_name)
    keys = locked.derive_member_keys(slot, passphrase)
    return DerivedKey(folder, slot.member_id, keys.data_key, keys.signing_key, keys.private_key)


def open_unlocked(key: DerivedKey, *, wait_for_check: bool = True) -> Session:
    """Open with a derived key and wait for the integrity check, unless told not to (the
    window shows the case list first, then starts the check: `start_check`)."""
    ocf = LockedCaseFile.read(key.folder).open(key.data_key, key.member_id)
    try:
        with ocf.translated():
            ocf.adopt_signing_key(key.signing_key)
        ocf.private_key = key.private_key
    except BaseException:
        ocf.close(update_anchor=False)
        raise
    if wait_for_check:
        try:
            ocf.wait_until_verified()
        except BaseException:
            ocf.close(update_anchor=False)
            raise
    return Session(ocf)


def start_check(session: Session) -> None:
    """Start the open-time integrity check in the background (no-op if already started)."""
    session.ocf.start_integrity_check()


def unlock(
    folder: Path, member_name: str | None, passphrase: str, *, wait_for_check: bool = True
) -> Session:
    """Unlock as `member_name` (None: the first team lead). If a rotation finished between
    reading the key file and opening, read the new one and try once more."""
    try:
        key = derive_key(folder, member_name, passphrase)
        return open_unlocked(key, wait_for_check=wait_for_check)
    except ChangedWhileOpeningError:
        key = derive_key(folder, member_name, passphrase)
        return open_unlocked(key, wait_for_check=wait_for_check)


def recover(
    folder: Path,
    member_name: str,
    recovery_code: str,
    new_passphrase: str,
    kdf: KdfParams | None = None,
) -> Session:
    """Open with the recovery code, and give `member_name` a new passphrase at once (forced)."""
    check_new_passphrase(new_passphrase)
    locked = LockedCaseFile.read(folder)
    slot = locked.slot(member_name)
    ocf = locked.open(locked.recover_data_key(recovery_code), slot.member_id)
    try:
        # The old signing key was sealed to the forgotten passphrase's key pair: a new one.
        signing_key = crypto.new_signing_key()[0]
        private_key = crypto.new_keypair()[0]
        fresh = keyfile.new_member_slot(
            file_id=ocf.keys.file_id,
            generation=ocf.generation,
            member_id=slot.member_id,
            name=slot.name,
            role=slot.role,
            is_lead=slot.is_lead,
            passphrase=new_passphrase,
            kdf=kdf or default_kdf(),
            data_key=bytes(ocf.data_key),
            signing_key=signing_key,
            private_key=private_key,
        )
        with ocf.transaction(intent="session.recover"):
            ocf.audit.append(
                slot.member_id, "case_file.recovered", entity="member", entity_id=slot.member_id
            )
        ocf.write_keys(ocf.keys.with_slot(fresh))
        ocf.adopt_signing_key(bytearray(signing_key))
        ocf.private_key = bytearray(private_key)
    except BaseException:
        ocf.close()
        raise
    return Session(ocf)


def lock(session: Session) -> None:
    """Close the connection and wipe the key; the session cannot be used afterwards."""
    session.ocf.close()
