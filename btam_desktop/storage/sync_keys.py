"""The team's key list in the sync folder: how a member added on one laptop becomes known to
the others (their slot, so they can unlock a copy, and their signing key, so the changes
they sign are accepted).

Each laptop's key file is its own (bound to its own database); what travels is the list of
member slots of a generation, signed by a team lead and encrypted under the generation's group
key (`sync_segment.seal`, kind "team-keys"), as `keys/team.g<gen>.<digest>.keys`. A laptop
adds the slots it lacks from a list signed by a lead it knows; it never removes one (removing
a member is a new generation, with a new key) and never replaces one it has (a passphrase
changed elsewhere keeps working on the laptop where it was changed).
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from btam_desktop.storage import keyfile, sync_segment
from btam_desktop.storage.keyfile import KeyFile, MemberSlot
from btam_desktop.storage.sync_segment import BadSegmentError

KIND = "team-keys"


def digest(keys: KeyFile) -> str:
    """Names the set of members (and their signing keys) a list carries: a new member, a new
    list; the same members, the same name (written once)."""
    text = "|".join(sorted(f"{s.member_id}:{s.signing_public_key.hex()}" for s in keys.members))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def file_path(root: Path, keys: KeyFile) -> Path:
    return root / "keys" / f"team.g{keys.generation}.{digest(keys)}.keys"


def encode(keys: KeyFile, data_key: bytes, member_id: str, signing_key: bytes) -> bytes:
    body = {"signed_by": member_id, "slots": [keyfile.slot_to_json(s) for s in keys.members]}
    return _sealed(KIND, body, keys, data_key, signing_key)


def _sealed(
    kind: str, body: dict[str, Any], keys: KeyFile, data_key: bytes, signing_key: bytes
) -> bytes:
    """A lead's file of `kind`, for `keys`' case file and generation."""
    return sync_segment.seal(
        kind,
        body,
        file_id=keys.file_id,
        generation=keys.generation,
        data_key=data_key,
        signing_key=signing_key,
    )


def decode(data: bytes, keys: KeyFile, data_key: bytes) -> tuple[str, list[MemberSlot]]:
    """(the signing lead's name, the slots) of a list this laptop can trust: for its case file
    and generation, and signed by a member that this laptop knows as a team lead."""
    lead, body = _signed_by_lead(data, keys, data_key, KIND, "a key list")
    try:
        slots = [keyfile.slot_from_json(s) for s in body["slots"]]
    except (ValueError, KeyError, TypeError) as error:
        raise BadSegmentError(f"its slots are damaged ({type(error).__name__})") from None
    return lead, slots


def _signed_by_lead(
    data: bytes, keys: KeyFile, data_key: bytes, kind: str, what: str
) -> tuple[str, dict[str, Any]]:
    """(the lead's name, the body) of a file of `kind` for this case file and generation,
    signed by a member this laptop knows as a team lead; or why it is refused."""
    header = sync_segment.read_header(data)
    if header.kind != kind:
        raise BadSegmentError(f"it is not {what}")
    if header.file_id != keys.file_id or header.generation != keys.generation:
        raise BadSegmentError("it is for another case file or key generation")
    body, signature = sync_segment.open_sealed(data, header, data_key)
    lead = keys.slot_of(str(body.get("signed_by", "")))
    if lead is None or not lead.is_lead or not lead.signing_public_key:
        raise BadSegmentError("it is not signed by a team lead this laptop knows")
    if not sync_segment.signature_ok(header, body, signature, lead.signing_public_key):
        raise BadSegmentError(f"its signature is not {lead.name}'s")
    return lead.name, body


def merged(keys: KeyFile, slots: list[MemberSlot]) -> KeyFile:
    """`keys` with the slots it lacks (by member id)."""
    for slot in slots:
        if keys.slot_of(slot.member_id) is None:
            keys = keys.with_slot(slot)
    return keys


# -- a new generation, for the laptops still on the old one --------------------------------
ROTATION_KIND = "rotation"


def rotation_path(root: Path, keys: KeyFile) -> Path:
    return root / "keys" / f"rotation.g{keys.generation}.{digest(keys)}.keys"


def encode_rotation(
    new_keys: KeyFile,
    old_data_key: bytes,
    member_id: str,
    signing_key: bytes,
    removed_at: str = "",
    removed: Mapping[str, Any] | None = None,
) -> bytes:
    """The member slots of generation g+1 (each slot's data key sealed to its member's public
    key, so only they open it), sealed under generation g's group key for the laptops still
    on g, and signed by the lead who made it. A removed member can decrypt the file (they
    hold g's key) and finds no slot of theirs in it: nothing opens g+1 for them. `removed`
    ({"member_id", "seen"}) tells the laptops on g, before they read anything more, whose later
    changes wait for a lead (storage/sync_quarantine.py)."""
    body = {
        "signed_by": member_id,
        "to": new_keys.generation,
        "removed_at": removed_at,
        "removed": dict(removed or {}),
        "slots": [keyfile.slot_to_json(s) for s in new_keys.members],
        "recovery_sealed_data_key": base64.b64encode(new_keys.recovery_sealed_data_key).decode(),
    }
    return sync_segment.seal(
        ROTATION_KIND,
        body,
        file_id=new_keys.file_id,
        generation=new_keys.generation - 1,
        data_key=old_data_key,
        signing_key=signing_key,
    )


def decode_rotation(
    data: bytes, keys: KeyFile, data_key: bytes
) -> tuple[str, str, KeyFile, dict[str, Any]]:
    """(the signing lead's name, when the removal was made (UTC, "" if not said), generation
    g+1's key file as the lead published it, bound to no database yet, the removal:
    {"member_id", "seen"} or {}) from a rotation file for this laptop's generation g."""
    lead, body = _signed_by_lead(data, keys, data_key, ROTATION_KIND, "a new key generation")
    try:
        if int(body["to"]) != keys.generation + 1:
            raise ValueError("not the next generation")
        slots = tuple(keyfile.slot_from_json(s) for s in body["slots"])
        sealed = base64.b64decode(body["recovery_sealed_data_key"], validate=True)
        removed = body.get("removed") or {}
        if removed and (
            not isinstance(removed.get("member_id"), str)
            or not all(isinstance(s, int) for s in dict(removed.get("seen", {})).values())
        ):
            raise ValueError("a damaged removal")
    except (ValueError, KeyError, TypeError) as error:
        raise BadSegmentError(f"its slots are damaged ({type(error).__name__})") from None
    return (
        lead,
        str(body.get("removed_at", "")),
        replace(
            keys,
            generation=keys.generation + 1,
            members=slots,
            recovery_sealed_data_key=sealed,
            db_salt="",
        ),
        dict(removed),
    )


# -- changes stamped ahead, accepted by a lead ------------------------------------------------
ACCEPT_KIND = "accept-clock"


def accept_path(root: Path, generation: int, data: bytes) -> Path:
    return root / "keys" / f"accept.g{generation}.{hashlib.sha256(data).hexdigest()[:16]}.keys"


def encode_accept(
    keys: KeyFile, data_key: bytes, member_id: str, signing_key: bytes, runs: dict[str, int]
) -> bytes:
    """A lead's word that the changes of these origins, up to these op numbers, apply now
    although their stamps lie more than a day ahead (the laptop's clock was wrong): every
    laptop reads it, so all of them apply the same changes."""
    body = {"signed_by": member_id, "accept": dict(sorted(runs.items()))}
    return _sealed(ACCEPT_KIND, body, keys, data_key, signing_key)


def decode_accept(data: bytes, keys: KeyFile, data_key: bytes) -> dict[str, int]:
    """origin -> the last op number a lead accepted (signed by a lead this laptop knows)."""
    _, body = _signed_by_lead(data, keys, data_key, ACCEPT_KIND, "a lead's acceptance")
    try:
        return {str(origin): int(seq) for origin, seq in dict(body["accept"]).items()}
    except (ValueError, KeyError, TypeError) as error:
        raise BadSegmentError(f"it is damaged ({type(error).__name__})") from None
