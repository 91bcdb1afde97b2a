"""The team record and its settings; drafts kept through an auto-lock."""

from __future__ import annotations

from dataclasses import asdict, replace

from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.drafts import Drafts
from btam_desktop.domain.team import Team, TeamSettings
from btam_desktop.services.contracts import SignedIn as SignedIn
from btam_desktop.services.session import Session
from btam_desktop.storage import draft_repo, team_repo


def signed_in(session: Session) -> SignedIn:
    team = team_repo.get_team(session.ocf.conn)
    return SignedIn(
        session.member_id,
        session.member_name,
        session.is_lead,
        team.school,
        team.settings.idle_minutes,
        team.pack_id,
        team.settings.backup_reminder_days,
        team.last_backup_at,
    )


def set_settings(session: Session, settings: TeamSettings) -> tuple[Team, ChangeSet]:
    """The team's auto-lock time and backup reminder: one choice for every laptop, a lead's."""
    session.require_lead("change the team's settings")
    ocf = session.ocf
    with ocf.transaction(intent="team.set_settings") as tx:
        team = team_repo.get_team(tx)
        changed = replace(team, settings=settings)
        team_repo.update_team(tx, changed, session.member_id)
        before, after = asdict(team.settings), asdict(settings)
        ocf.audit.append(
            session.member_id,
            "team.settings_changed",
            entity="team",
            entity_id=team.id,
            detail={k: v for k, v in after.items() if before[k] != v},
        )
    return changed, ChangeSet(team=True)


def save_drafts(session: Session, drafts: Drafts) -> None:
    """Keep unsaved form text (encrypted, in the case file) so a lock never loses typing."""
    with session.ocf.transaction(intent="drafts.save") as tx:
        for form_key, payload in drafts.items():
            draft_repo.save(tx, session.member_id, form_key, payload)


def take_drafts(session: Session) -> Drafts:
    with session.ocf.transaction(intent="drafts.take") as tx:
        return draft_repo.take_all(tx, session.member_id)
