"""The key file beside each database generation: one slot per member plus a recovery slot.

Member names and roles are readable before unlock, by design: the unlock screen needs them to
pick a slot without trying every one (9 x key derivation). They are staff names, never student
data, and are stored base64-encoded only to keep them out of desktop search indexes. Everything
else that matters is bound to the data key: the whole file carries an HMAC under a key derived
from it, verified at every unlock, so swapped, edited or foreign slots are detected.

Format 2 adds each member's **signing key** (Ed25519, team sync): the public half in the slot,
the private half sealed to the member's own X25519 key, so only they can sign, a passphrase
change re-seals the same key, and whoever holds the data key (the lead who adds a member, or
the first unlock of a format-1 file) can make one for a slot without knowing its passphrase.
Format-1 files open, and are written as format 2 at their first unlock.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from btam_desktop.storage import crypto
from btam_desktop.storage.errors import (
    KeyFileMismatchError,
    NewerVersionError,
    WrongPassphraseError,
)

FORMAT = "btam-desktop-keys"
FORMAT_VERSION = 2
#: Key files this version reads (1: before signing keys).
READABLE_VERSIONS = (1, 2)
RECOVERY_ID = "recovery"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True, slots=True)
class MemberSlot:
    member_id: str
    name: str
    role: str
    is_lead: bool
    public_key: bytes
    salt: bytes
    kdf: crypto.KdfParams
    wrapped_private_key: bytes  # nonce (12 bytes) + AES-GCM ciphertext
    sealed_data_key: bytes
    must_change_passphrase: bool = False
    #: Ed25519: empty in a format-1 slot until its first unlock.
    signing_public_key: bytes = b""
    sealed_signing_key: bytes = b""


@dataclass(frozen=True, slots=True)
class AuditAnchor:
    seq: int = 0
    mac: str = ""


@dataclass(frozen=True, slots=True)
class KeyFile:
    file_id: str
    generation: int
    db_salt: str  # hex of the database's first 16 bytes: binds this key file to its database
    members: tuple[MemberSlot, ...]
    recovery_public_key: bytes
    recovery_sealed_data_key: bytes
    anchor: AuditAnchor = field(default_factory=AuditAnchor)

    def slot_named(self, name: str) -> MemberSlot | None:
        wanted = unicodedata.normalize("NFC", name.strip()).casefold()
        return next((s for s in self.members if s.name.casefold() == wanted), None)

    def slot_of(self, member_id: str) -> MemberSlot | None:
        return next((s for s in self.members if s.member_id == member_id), None)

    def first_lead(self) -> MemberSlot | None:
        return next(
            (s for s in self.members if s.is_lead), self.members[0] if self.members else None
        )

    def with_slot(self, slot: MemberSlot) -> KeyFile:
        """Replace the member's slot where it stands (order is the roster order), or append."""
        if self.slot_of(slot.member_id) is None:
            return replace(self, members=(*self.members, slot))
        return replace(
            self, members=tuple(slot if s.member_id == slot.member_id else s for s in self.members)
        )

    def without(self, member_id: str) -> KeyFile:
        return replace(self, members=tuple(s for s in self.members if s.member_id != member_id))

    # -- serialisation ---------------------------------------------------------------------
    def _body(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "file_id": self.file_id,
            "generation": self.generation,
            "db_salt": self.db_salt,
            "members": [slot_to_json(s) for s in self.members],
            "recovery": {
                "public_key": _b64(self.recovery_public_key),
                "sealed_data_key": _b64(self.recovery_sealed_data_key),
            },
            "audit_anchor": {"seq": self.anchor.seq, "mac": self.anchor.mac},
        }

    def to_bytes(self, data_key: bytes) -> bytes:
        body = self._body()
        body["mac"] = crypto.mac(_mac_key(data_key, self.file_id), _canonical(body))
        body["digest"] = body_digest(body)
        return json.dumps(body, indent=1, sort_keys=True).encode("ascii") + b"\n"

    def verify(self, raw: bytes, data_key: bytes, path: Path) -> None:
        """Check the MAC of the bytes this key file was parsed from, under the data key."""
        stored = json.loads(raw)
        stored.pop("digest", None)
        claimed = stored.pop("mac", "")
        expected = crypto.mac(_mac_key(data_key, self.file_id), _canonical(stored))
        if not isinstance(claimed, str) or not crypto.mac_equal(claimed, expected):
            raise KeyFileMismatchError(path, "its seal does not verify")


def _mac_key(data_key: bytes, file_id: str) -> bytes:
    return crypto.subkey(data_key, b"btam keyfile-mac|" + file_id.encode())


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def body_digest(body: dict[str, Any]) -> str:
    """An unkeyed checksum, checked before any key derivation: a damaged key file is reported
    as damaged, not as a wrong passphrase. (Tampering is the keyed MAC's job.)"""
    return hashlib.sha256(_canonical({k: v for k, v in body.items() if k != "digest"})).hexdigest()


def slot_to_json(s: MemberSlot) -> dict[str, Any]:
    label = json.dumps({"name": s.name, "role": s.role, "lead": s.is_lead}, ensure_ascii=False)
    return {
        "member_id": s.member_id,
        "label": _b64(label.encode("utf-8")),
        "public_key": _b64(s.public_key),
        "kdf": {
            "alg": "argon2id",
            "salt": _b64(s.salt),
            "memory_kib": s.kdf.memory_kib,
            "time_cost": s.kdf.time_cost,
            "parallelism": s.kdf.parallelism,
        },
        "wrapped_private_key": _b64(s.wrapped_private_key),
        "sealed_data_key": _b64(s.sealed_data_key),
        "must_change_passphrase": s.must_change_passphrase,
        **(
            {
                "signing": {
                    "public_key": _b64(s.signing_public_key),
                    "sealed_key": _b64(s.sealed_signing_key),
                }
            }
            if s.signing_public_key
            else {}
        ),
    }


def slot_from_json(d: dict[str, Any]) -> MemberSlot:
    label = json.loads(_unb64(d["label"]).decode("utf-8"))
    kdf = d["kdf"]
    if kdf["alg"] != "argon2id":
        raise ValueError("unknown key derivation")
    params = crypto.KdfParams(
        int(kdf["memory_kib"]), int(kdf["time_cost"]), int(kdf["parallelism"])
    )
    params.check_sane()
    return MemberSlot(
        member_id=str(d["member_id"]),
        name=str(label["name"]),
        role=str(label["role"]),
        is_lead=bool(label["lead"]),
        public_key=_unb64(d["public_key"]),
        salt=_unb64(kdf["salt"]),
        kdf=params,
        wrapped_private_key=_unb64(d["wrapped_private_key"]),
        sealed_data_key=_unb64(d["sealed_data_key"]),
        must_change_passphrase=bool(d.get("must_change_passphrase", False)),
        signing_public_key=_unb64(d["signing"]["public_key"]) if "signing" in d else b"",
        sealed_signing_key=_unb64(d["signing"]["sealed_key"]) if "signing" in d else b"",
    )


def parse(raw: bytes, path: Path) -> KeyFile:
    """Parse key-file bytes; anything malformed is reported as a key file that does not match."""
    try:
        body = json.loads(raw)
        if body.get("format") != FORMAT:
            raise ValueError("not a BTAM key file")
        version = body.get("format_version")
        if isinstance(version, int) and version > FORMAT_VERSION:
            raise NewerVersionError(path, version, FORMAT_VERSION, "key file format")
        if version not in READABLE_VERSIONS:
            raise ValueError(f"key file format {version} is not known")
        if body.get("digest") != body_digest(body):
            raise ValueError("its checksum does not match: the file is damaged")
        return KeyFile(
            file_id=str(body["file_id"]),
            generation=int(body["generation"]),
            db_salt=str(body["db_salt"]),
            members=tuple(slot_from_json(m) for m in body["members"]),
            recovery_public_key=_unb64(body["recovery"]["public_key"]),
            recovery_sealed_data_key=_unb64(body["recovery"]["sealed_data_key"]),
            anchor=AuditAnchor(int(body["audit_anchor"]["seq"]), str(body["audit_anchor"]["mac"])),
        )
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        raise KeyFileMismatchError(path, f"unreadable: {error}") from None


# -- slots ---------------------------------------------------------------------------------
def _sk_aad(file_id: str, member_id: str) -> bytes:
    return f"btam sk|{file_id}|{member_id}".encode()


def _seal_info(file_id: str, member_id: str, generation: int) -> bytes:
    return f"btam dk|{file_id}|{member_id}|{generation}".encode()


def _signing_info(file_id: str, member_id: str) -> bytes:
    return f"btam sig|{file_id}|{member_id}".encode()


def with_signing_key(
    slot: MemberSlot, file_id: str, signing_key: bytes | None = None
) -> tuple[MemberSlot, bytes]:
    """The slot with a signing key sealed to its member (a new one unless given), and the
    private key (the caller zeroes or keeps it)."""
    private = signing_key if signing_key is not None else crypto.new_signing_key()[0]
    sealed = crypto.seal(private, slot.public_key, _signing_info(file_id, slot.member_id))
    return (
        replace(
            slot,
            signing_public_key=crypto.signing_public_key(private),
            sealed_signing_key=sealed,
        ),
        private,
    )


def open_signing_key(keys: KeyFile, slot: MemberSlot, private_key: bytes, path: Path) -> bytes:
    """The member's signing key (empty for a format-1 slot), with their X25519 private key."""
    if not slot.sealed_signing_key:
        return b""
    try:
        found = crypto.unseal(
            slot.sealed_signing_key, private_key, _signing_info(keys.file_id, slot.member_id)
        )
    except crypto.UnwrapError:
        raise KeyFileMismatchError(path, f"the signing key of {slot.name} is damaged") from None
    if crypto.signing_public_key(found) != slot.signing_public_key:
        raise KeyFileMismatchError(path, f"the signing key of {slot.name} does not match")
    return found


def new_member_slot(
    *,
    file_id: str,
    generation: int,
    member_id: str,
    name: str,
    role: str,
    is_lead: bool,
    passphrase: str,
    kdf: crypto.KdfParams,
    data_key: bytes,
    signing_key: bytes | None = None,
    private_key: bytes | None = None,
) -> MemberSlot:
    """A slot under the passphrase. A passphrase change keeps the member's keys: the X25519
    `private_key` (so a data key a lead sealed to their public key on another laptop, at a
    key rotation, still opens) and the `signing_key`; otherwise both are new."""
    if private_key is None:
        private_key, public_key = crypto.new_keypair()
    else:
        public_key = crypto.public_of(private_key)
    salt = os.urandom(16)
    kek = crypto.derive_kek(passphrase, salt, kdf)
    nonce, wrapped = crypto.aead_encrypt(kek, private_key, _sk_aad(file_id, member_id))
    slot = MemberSlot(
        member_id=member_id,
        name=name,
        role=role,
        is_lead=is_lead,
        public_key=public_key,
        salt=salt,
        kdf=kdf,
        wrapped_private_key=nonce + wrapped,
        sealed_data_key=crypto.seal(
            data_key, public_key, _seal_info(file_id, member_id, generation)
        ),
    )
    return with_signing_key(slot, file_id, signing_key)[0]


def unwrap_private_key(keys: KeyFile, slot: MemberSlot, passphrase: str) -> bytes:
    """The slowest step of unlocking (Argon2id). A failure means the passphrase is wrong."""
    kek = crypto.derive_kek(passphrase, slot.salt, slot.kdf)
    blob = slot.wrapped_private_key
    try:
        return crypto.aead_decrypt(kek, blob[:12], blob[12:], _sk_aad(keys.file_id, slot.member_id))
    except crypto.UnwrapError:
        raise WrongPassphraseError(slot.name) from None


def open_member_slot(keys: KeyFile, slot: MemberSlot, private_key: bytes, path: Path) -> bytes:
    info = _seal_info(keys.file_id, slot.member_id, keys.generation)
    try:
        return crypto.unseal(slot.sealed_data_key, private_key, info)
    except crypto.UnwrapError:
        raise KeyFileMismatchError(path, f"the slot of {slot.name} is damaged") from None


def reseal(slot: MemberSlot, file_id: str, generation: int, data_key: bytes) -> MemberSlot:
    """Seal a (new) data key to a member's public key: rotation needs no passphrase."""
    info = _seal_info(file_id, slot.member_id, generation)
    return replace(slot, sealed_data_key=crypto.seal(data_key, slot.public_key, info))


def recovery_keypair(secret: bytes, file_id: str) -> tuple[bytes, bytes]:
    return crypto.keypair_from_seed(secret, file_id.encode())


def seal_for_recovery(public_key: bytes, file_id: str, generation: int, data_key: bytes) -> bytes:
    return crypto.seal(data_key, public_key, _seal_info(file_id, RECOVERY_ID, generation))


def open_recovery_slot(keys: KeyFile, secret: bytes) -> bytes | None:
    private_key, public_key = recovery_keypair(secret, keys.file_id)
    if public_key != keys.recovery_public_key:
        return None
    info = _seal_info(keys.file_id, RECOVERY_ID, keys.generation)
    try:
        return crypto.unseal(keys.recovery_sealed_data_key, private_key, info)
    except crypto.UnwrapError:
        return None
