"""Team membership: add a member (new key slot), remove one (key rotation), change passphrase."""

from __future__ import annotations

from dataclasses import replace

from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.errors import NotFoundError, ValidationError
from btam_desktop.domain.records import clean_name, new_id, today
from btam_desktop.domain.team import Member, Role
from btam_desktop.services.session import KdfParams, Session, check_new_passphrase, default_kdf
from btam_desktop.storage import keyfile, rotation, team_repo


def list_members(session: Session) -> list[Member]:
    """Everyone who has been on the team: records keep naming people who have left (choices
    of who does something next offer only the active ones)."""
    return team_repo.list_members(session.ocf.conn, include_inactive=True)


def add_member(
    session: Session,
    name: str,
    role: str,
    passphrase: str,
    *,
    is_lead: bool = False,
    kdf: KdfParams | None = None,
) -> tuple[Member, ChangeSet]:
    """A lead adds a member, who types their own passphrase on this laptop."""
    session.require_lead("add team members")
    ocf = session.ocf
    member = Member(
        id=new_id(),
        name=clean_name(name, "member's name"),
        role=Role.parse(role),
        is_lead=is_lead,
        active_from=today(),  # on the team from the day they were added (editable)
    )
    if ocf.keys.slot_named(member.name) is not None:
        raise ValidationError(f"There is already a member named {member.name}.")
    slot = keyfile.new_member_slot(
        file_id=ocf.keys.file_id,
        generation=ocf.generation,
        member_id=member.id,
        name=member.name,
        role=member.role.value,
        is_lead=is_lead,
        passphrase=check_new_passphrase(passphrase),
        kdf=kdf or default_kdf(),
        data_key=bytes(ocf.data_key),
    )
    # The database row first: if the key file write then fails, the member exists but cannot
    # unlock yet (visible, harmless); the reverse would be a slot with no member.
    with ocf.transaction(intent="members.add") as tx:
        team_repo.insert_member(tx, member, session.member_id)
        ocf.audit.append(
            session.member_id,
            "member.added",
            entity="member",
            entity_id=member.id,
            detail={"role": member.role.value, "lead": is_lead},
        )
    ocf.write_keys(ocf.keys.with_slot(slot))
    return member, ChangeSet(members=frozenset({member.id}))


def remove_member(session: Session, name: str) -> ChangeSet:
    """Remove a member for real: a new data key and generation without their slot."""
    session.require_lead("remove team members")
    ocf = session.ocf
    slot = ocf.keys.slot_named(name)
    if slot is None:
        raise NotFoundError(f"No member named '{name[:80]}' has a key slot in this case file.")
    if slot.member_id == session.member_id:
        raise ValidationError("You cannot remove yourself; ask another team lead.")
    if slot.is_lead and sum(s.is_lead for s in ocf.keys.members) == 1:
        raise ValidationError("The last team lead cannot be removed.")
    rotation.rotate(ocf, slot.member_id)
    return ChangeSet(members=frozenset({slot.member_id}), everything=True)


def change_passphrase(
    session: Session, current: str, new: str, kdf: KdfParams | None = None
) -> ChangeSet:
    """Re-wrap the member's own private key. The database bytes do not change."""
    ocf = session.ocf
    slot = ocf.keys.slot_of(session.member_id)
    if slot is None:
        raise NotFoundError("Your key slot is missing from the key file.")
    private_key = bytes(ocf.private_key)
    if not slot.must_change_passphrase:
        private_key = keyfile.unwrap_private_key(ocf.keys, slot, current)  # proves it is them
    fresh = keyfile.new_member_slot(
        file_id=ocf.keys.file_id,
        generation=ocf.generation,
        member_id=slot.member_id,
        name=slot.name,
        role=slot.role,
        is_lead=slot.is_lead,
        passphrase=check_new_passphrase(new),
        kdf=kdf or default_kdf(),
        data_key=bytes(ocf.data_key),
        signing_key=bytes(ocf.signing_key) or None,  # the same keys, wrapped anew
        private_key=private_key or None,
    )
    ocf.write_keys(ocf.keys.with_slot(replace(fresh, must_change_passphrase=False)))
    return ChangeSet(members=frozenset({slot.member_id}))
