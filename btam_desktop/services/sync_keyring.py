"""The team's keys through the sync folder: who is a member (their slots and signing keys), the
key generation a lead moves the team to when a member is removed, and the encrypted copy of
the case file a newcomer joins from. Everything here is signed by a team lead and read only
from a lead this laptop knows; `sync_folder.sync_with` calls it at every sync.

    keys/team.g<gen>.<digest>.keys       the members' slots (kind "team-keys")
    keys/rotation.g<gen>.<digest>.keys   generation gen's slots for laptops on gen-1 ("rotation")
    snap/g<gen>-<digest>/                a copy to `join` from
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field, replace
from pathlib import Path

from btam_desktop.domain.errors import ValidationError
from btam_desktop.services.contracts.sync import SkippedFile
from btam_desktop.services.session import Session
from btam_desktop.storage import (
    backup as backups,
    fsio,
    keyfile,
    rotation,
    sync_keys,
    sync_quarantine,
    sync_segment,
)
from btam_desktop.storage.errors import KeyFileMismatchError
from btam_desktop.storage.keyfile import KeyFile, MemberSlot
from btam_desktop.storage.sync_segment import BadSegmentError


# -- key generations -------------------------------------------------------------------------
def data_keys(session: Session) -> dict[int, bytes]:
    """The data key of every generation this laptop reads, the newest last: its own, and the
    earlier ones kept for teammates who have not yet moved on."""
    ocf = session.ocf
    return {**rotation.old_keys(ocf.conn), ocf.generation: bytes(ocf.data_key)}


@dataclass(slots=True)
class Followed:
    """What following the team's newer key generations did."""

    moved: int = 0
    removed_by: str = ""
    removed_at: str = ""
    problems: list[SkippedFile] = field(default_factory=list)


def follow_generations(session: Session, folder: Path) -> Followed:
    """Move this laptop to each newer generation a lead published for it (after removing a
    member): open its data key with the member's own private key, export the case file under
    it (`rotation.adopt`), and keep the old key to read what teammates still publish there.
    A laptop whose member has no slot in it was removed: it is told by whom."""
    ocf = session.ocf
    done = Followed()
    while True:
        found = rotation_files(folder, ocf.generation + 1)
        if not found:
            return done
        path = folder / "keys" / found[0]  # two leads removed members at once: the first wins
        relative = str(path.relative_to(folder))
        try:
            data = sync_segment.read_file(path, sync_segment.MAX_BYTES, "a key file")
            lead, at, next_keys, _ = sync_keys.decode_rotation(data, ocf.keys, bytes(ocf.data_key))
        except BadSegmentError as error:
            done.problems.append(SkippedFile(path=relative, why=str(error)))
            return done
        mine = next_keys.slot_of(session.member_id)
        if mine is None:
            done.removed_by, done.removed_at = lead, at
            return done
        try:
            data_key, next_keys = _open_next(session, next_keys, mine, path)
        except BadSegmentError as error:
            done.problems.append(SkippedFile(path=relative, why=str(error)))
            return done
        rotation.adopt(ocf, data_key, next_keys)
        done.moved += 1


def rotation_files(folder: Path, generation: int) -> list[str]:
    """The names of the files that move the team to `generation`, the winning one first: when
    two leads removed members offline at once, every laptop follows the first name."""
    return sorted(p.name for p in (folder / "keys").glob(f"rotation.g{generation}.*.keys"))


def lost_generation(session: Session, folder: Path) -> tuple[str, str] | None:
    """(the lead whose new key the team follows, whom they removed) when this laptop is on
    another key of its generation: its lead removed a member at the same time as another lead
    did, and the other's file wins. Such a laptop cannot exchange changes with the team any
    more; its lead makes a fresh copy from the folder and repeats the removal."""
    ocf = session.ocf
    found = rotation_files(folder, ocf.generation)
    if not found or found[0] == sync_keys.rotation_path(folder, ocf.keys).name:
        return None
    old = rotation.old_keys(ocf.conn).get(ocf.generation - 1)
    if old is None:
        return None
    earlier = replace(ocf.keys, generation=ocf.generation - 1)
    try:
        data = sync_segment.read_file(
            folder / "keys" / found[0], sync_segment.MAX_BYTES, "a key file"
        )
        lead, _, _, removed = sync_keys.decode_rotation(data, earlier, old)
    except BadSegmentError:
        return None  # not a lead's file this laptop can read: not the team's key either
    whom = ocf.conn.execute(
        "SELECT name FROM members WHERE id = ?", (str(removed.get("member_id", "")),)
    ).fetchone()
    return lead, str(whom[0]) if whom else ""


def learn_removal(session: Session, folder: Path) -> None:
    """Before anything is read: whose changes wait for a lead, from the removal a lead made
    that this laptop has not followed yet (so a removed member's later changes are held here
    as on the lead's laptop, whichever file this laptop happens to read first)."""
    ocf = session.ocf
    found = rotation_files(folder, ocf.generation + 1)
    if not found:
        return
    try:
        data = sync_segment.read_file(
            folder / "keys" / found[0], sync_segment.MAX_BYTES, "a key file"
        )
        *_, removed = sync_keys.decode_rotation(data, ocf.keys, bytes(ocf.data_key))
    except BadSegmentError:
        return  # follow_generations says what is wrong with it
    if not removed or removed["member_id"] == session.member_id:
        return
    event = {
        "action": sync_quarantine.REMOVAL,
        "entity_id": removed["member_id"],
        "detail": {"seen": removed.get("seen", {})},
    }
    if sync_quarantine.rules(ocf.conn).learn(event):
        with ocf.transaction(intent="sync.learn_removal") as tx:
            sync_quarantine.learn(tx, event)


def _open_next(
    session: Session, next_keys: KeyFile, mine: MemberSlot, path: Path
) -> tuple[bytearray, KeyFile]:
    """The next generation's data key, from the slot the lead sealed to this member's public
    key; this laptop keeps its own wrapping of the member's keys (their passphrase here)."""
    ocf = session.ocf
    if not ocf.private_key:
        raise BadSegmentError("a new key generation waits: lock the case file and unlock it")
    try:
        key = keyfile.open_member_slot(next_keys, mine, bytes(ocf.private_key), path)
    except KeyFileMismatchError:
        raise BadSegmentError(
            "your slot in it does not open with your key: ask the lead to add you again"
        ) from None
    own = ocf.keys.slot_of(session.member_id)
    if own is not None:
        mine = replace(own, sealed_data_key=mine.sealed_data_key)
    return bytearray(key), next_keys.with_slot(mine)


def publish_generation(session: Session, folder: Path) -> None:
    """After a lead removed a member, the new generation's slots for the laptops still on
    the old one (written once, by the lead who made it)."""
    ocf = session.ocf
    old = rotation.old_keys(ocf.conn).get(ocf.generation - 1)
    if old is None or not ocf.signing_key:
        return
    if list((folder / "keys").glob(f"rotation.g{ocf.generation}.*.keys")):
        return
    target = sync_keys.rotation_path(folder, ocf.keys)
    target.parent.mkdir(parents=True, exist_ok=True)
    removal = rotation.removal_of(ocf.conn, ocf.generation)
    removed = {"member_id": removal["member_id"], "seen": removal.get("seen", {})}
    data = sync_keys.encode_rotation(
        ocf.keys,
        old,
        session.member_id,
        bytes(ocf.signing_key),
        str(removal.get("at", "")),
        removed if removal else None,
    )
    fsio.atomic_write(target, data, step="team_keys", tmp=target.with_name(f".~{target.name}.tmp"))


# -- members across laptops ------------------------------------------------------------------
def adopt_keys(session: Session, folder: Path) -> list[SkippedFile]:
    """Add the member slots this laptop lacks from the key lists team leads published (so a
    member added on the lead's laptop can unlock here and their changes are accepted)."""
    ocf = session.ocf
    problems: list[SkippedFile] = []
    keys = ocf.keys
    for path in sorted((folder / "keys").glob(f"team.g{ocf.generation}.*.keys")):
        try:
            _, slots = sync_keys.decode(path.read_bytes(), keys, bytes(ocf.data_key))
        except BadSegmentError as error:
            problems.append(SkippedFile(path=str(path.relative_to(folder)), why=str(error)))
            continue
        except OSError as error:
            why = f"it cannot be read ({error.strerror})"
            problems.append(SkippedFile(path=str(path.relative_to(folder)), why=why))
            continue
        keys = sync_keys.merged(keys, slots)
    if keys != ocf.keys:
        ocf.write_keys(keys)
    return problems


def publish_keys(session: Session, folder: Path) -> None:
    """A lead publishes the team's member slots when the folder lacks this set of members."""
    ocf = session.ocf
    target = sync_keys.file_path(folder, ocf.keys)
    if target.exists() or not ocf.signing_key:
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    data = sync_keys.encode(
        ocf.keys, bytes(ocf.data_key), session.member_id, bytes(ocf.signing_key)
    )
    fsio.atomic_write(target, data, step="team_keys", tmp=target.with_name(f".~{target.name}.tmp"))


SNAPSHOT = re.compile(r"^g(\d+)-([0-9a-f]{16})$")
ROTATION = re.compile(r"^rotation\.g(\d+)\.([0-9a-f]{16})\.keys$")


def publish_snapshot(session: Session, folder: Path) -> None:
    """A lead leaves an encrypted copy of the case file for members who join from another
    laptop, once per set of members (the copy carries their slots); older copies of the same
    generation and of earlier ones are removed, since the new one holds everything they held
    (and an earlier generation's copy opens with slots a removed member had)."""
    ocf = session.ocf
    root = folder / "snap"
    name = f"g{ocf.generation}-{sync_keys.digest(ocf.keys)}"
    if (root / name).exists():
        return
    root.mkdir(parents=True, exist_ok=True)
    staging = root / f".~{name}.tmp"
    shutil.rmtree(staging, ignore_errors=True)
    backups.copy_case_file(ocf.conn, ocf.db_path, ocf.keys, ocf.data_key, staging)
    staging.rename(root / name)
    fsio.fsync_dir(root)
    for older in fsio.names_in(root):
        found = SNAPSHOT.match(older)
        if found and older != name and int(found.group(1)) <= ocf.generation:
            shutil.rmtree(root / older, ignore_errors=True)


def newest_snapshot(folder: Path) -> Path:
    winners = {}  # generation -> the digest of the key the team follows there
    for name in fsio.names_in(folder / "keys"):
        if (m := ROTATION.match(name)) and int(m.group(1)) not in winners:
            winners[int(m.group(1))] = rotation_files(folder, int(m.group(1)))[0].split(".")[2]
    found = [
        (int(m.group(1)), (folder / "snap" / n).stat().st_mtime, n)
        for n in fsio.names_in(folder / "snap")
        if (m := SNAPSHOT.match(n)) and winners.get(int(m.group(1)), m.group(2)) == m.group(2)
    ]
    if not found:
        raise ValidationError(
            f"{folder} has no copy to join from yet: a team lead adds you on the Team page, "
            "then syncs with this folder."
        )
    return folder / "snap" / max(found)[2]
