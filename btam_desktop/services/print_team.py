"""Snapshots of the team's documents: blank forms and the staff handout from the team's model
pack, and the recovery kit (its code is checked against this case file, never stored)."""

from __future__ import annotations

import hmac
from pathlib import Path

from btam_desktop.domain.team import ROLE_NAMES
from btam_desktop.reports import snapshots as sn
from btam_desktop.services.packs import team_pack
from btam_desktop.services.session import Session
from btam_desktop.storage import keyfile, print_repo, recovery, team_repo
from btam_desktop.storage.errors import RecoveryCodeError


def blank_forms(session: Session, info: sn.DocumentInfo) -> sn.BlankFormsSnapshot:
    return sn.BlankFormsSnapshot(info=info, pack=team_pack(session.ocf.conn))


def staff_handout(session: Session, info: sn.DocumentInfo) -> sn.StaffHandoutSnapshot:
    conn = session.ocf.conn
    pack = team_pack(conn)
    members = sorted(team_repo.list_members(conn), key=lambda m: (not m.is_lead, m.name))
    return sn.StaffHandoutSnapshot(
        info=info,
        team=tuple(
            sn.ContactLine(
                m.name,
                ROLE_NAMES[m.role] + (" (team lead)" if m.is_lead else ""),
                m.contact,
            )
            for m in members
        ),
        behaviours=pack.risk_factors,
        model=pack.name,
    )


def check_recovery_code(session: Session, code: str) -> str:
    """The code in its printed form, if it opens this case file; RecoveryCodeError if not."""
    secret = recovery.parse_code(code)
    opened = keyfile.open_recovery_slot(session.ocf.keys, secret)
    if opened is None or not hmac.compare_digest(bytes(opened), bytes(session.ocf.data_key)):
        raise RecoveryCodeError("That recovery code does not open this case file.")
    return recovery.format_code(secret)


def recovery_kit(session: Session, info: sn.DocumentInfo, code: str) -> sn.RecoveryKitSnapshot:
    conn = session.ocf.conn
    team = team_repo.get_team(conn)
    return sn.RecoveryKitSnapshot(
        info=info,
        school=team.school,
        district=team.district,
        file_id=session.ocf.keys.file_id,
        created_on=print_repo.team_created_on(conn),
        recovery_code=check_recovery_code(session, code),
        file_name=Path(session.folder).name,
    )
