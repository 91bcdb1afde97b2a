"""The roster beyond key slots: roles, disciplines, contact and active dates, training records,
and the composition check against the roles the team's pack requires."""

from __future__ import annotations

from dataclasses import replace

from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.date_limits import LIFE, event_span
from btam_desktop.domain.errors import NotFoundError, ValidationError
from btam_desktop.domain.records import clean_text, new_id, today
from btam_desktop.domain.team import Member, Role, composition
from btam_desktop.domain.training import (
    Training,
    check_training,
    default_expiry,
    latest_expiry,
    training_state,
)
from btam_desktop.services.contracts.roster import (
    MemberDetails as MemberDetails,
    MemberStatus as MemberStatus,
    TeamOverview as TeamOverview,
    TrainingInput as TrainingInput,
)
from btam_desktop.services.packs import team_pack
from btam_desktop.services.session import Session
from btam_desktop.storage import team_repo, training_repo


def overview(session: Session) -> TeamOverview:
    conn = session.ocf.conn
    members = team_repo.list_members(conn)
    trainings = training_repo.all_trainings(conn)
    on = today()
    statuses = tuple(
        MemberStatus(m, training_state(exp, on), exp)
        for m in members
        for exp in (latest_expiry(trainings, m.id),)
    )
    required = team_pack(conn).quorum_roles
    return TeamOverview(statuses, tuple(trainings), composition(members, required))


def update_details(
    session: Session, member_id: str, details: MemberDetails
) -> tuple[Member, ChangeSet]:
    """A lead keeps the roster right; members may correct their own contact details."""
    if member_id != session.member_id:
        session.require_lead("change another member's details")
    if details.active_from and details.active_to and details.active_to < details.active_from:
        raise ValidationError("'Active to' is before 'active from'.")
    disciplines = tuple(
        dict.fromkeys(Role.parse(d).value for d in details.disciplines if d.strip())
    )
    with session.ocf.transaction(intent="roster.update_details") as tx:
        member = team_repo.get_member(tx, member_id)
        LIFE.check_changed(details.active_from, member.active_from, "'active from' date")
        LIFE.check_changed(details.active_to, member.active_to, "'active to' date")
        changed = replace(
            member,
            role=Role.parse(details.role),
            disciplines=disciplines,
            contact=clean_text(details.contact, "contact", limit=200),
            active_from=details.active_from,
            active_to=details.active_to,
        )
        team_repo.update_member(tx, changed, session.member_id)
        session.ocf.audit.append(
            session.member_id, "member.updated", entity="member", entity_id=member_id
        )
    return changed, ChangeSet(roster=True)


def add_training(session: Session, item: TrainingInput) -> tuple[Training, ChangeSet]:
    if item.member_id != session.member_id:
        session.require_lead("record another member's training")
    # Before the default expiry is worked out: a year after 9999-12-31 does not exist.
    event_span(today()).check(item.taken_on, "training date")
    event_span(today()).check_optional(item.expires_on, "expiry date")
    record = Training(
        id=new_id(),
        member_id=item.member_id,
        taken_on=item.taken_on,
        course=clean_text(item.course, "course", limit=200),
        provider=clean_text(item.provider, "provider", limit=200),
        hours=float(item.hours),
        expires_on=item.expires_on or default_expiry(item.taken_on),
    )
    check_training(record, today())
    with session.ocf.transaction(intent="roster.add_training") as tx:
        team_repo.get_member(tx, item.member_id)
        training_repo.insert(tx, record, session.member_id)
        session.ocf.audit.append(
            session.member_id,
            "training.recorded",
            entity="training",
            entity_id=record.id,
            detail={"member": item.member_id},
        )
    return record, ChangeSet(roster=True)


def remove_training(session: Session, training_id: str) -> ChangeSet:
    session.require_lead("remove a training record")
    with session.ocf.transaction(intent="roster.remove_training") as tx:
        if not training_repo.delete(tx, training_id, session.member_id):
            raise NotFoundError("That training record does not exist.")
        session.ocf.audit.append(
            session.member_id, "training.removed", entity="training", entity_id=training_id
        )
    return ChangeSet(roster=True)
