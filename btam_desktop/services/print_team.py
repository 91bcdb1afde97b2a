"""Snapshots of the team's documents: blank forms from the team's model pack, the staff handout
(what to look out for, whom to tell), the handouts for students and families (the team and
the pack's tip line), and the recovery kit (its code is checked against this
case file, never stored)."""

from __future__ import annotations

import hmac
from dataclasses import replace
from pathlib import Path

from btam_desktop.domain.awareness import StaffMember, coverage, this_school_year
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.records import today
from btam_desktop.reports import handout_words, snapshots as sn
from btam_desktop.services.packs import team_pack
from btam_desktop.services.session import Session
from btam_desktop.storage import awareness_repo, keyfile, print_repo, recovery, team_repo
from btam_desktop.storage.db import Connection
from btam_desktop.storage.errors import RecoveryCodeError


def blank_forms(session: Session, info: sn.DocumentInfo) -> sn.BlankFormsSnapshot:
    return sn.BlankFormsSnapshot(info=info, pack=team_pack(session.ocf.conn))


#: What a teacher can see or hear, in plain words. Not the model's risk factors: those are the
#: team's vocabulary for weighing facts ("grievance", "communicated intent"), not things a
#: teacher notices in a hallway; and what to notice does not change with the model.
#: What a teacher can see or hear (the staff handout), in plain words.
SIGNS = handout_words.STAFF["en"].signs


def _team_lines(conn: Connection, language: str = "en") -> tuple[sn.ContactLine, ...]:
    """The team as the handouts list it, roles named in `language`: the lead first, then by
    name."""
    roles, lead = handout_words.ROLES[language], handout_words.LEAD[language]
    members = sorted(team_repo.list_members(conn), key=lambda m: (not m.is_lead, m.name))
    return tuple(
        sn.ContactLine(m.name, roles[m.role] + (lead if m.is_lead else ""), m.contact)
        for m in members
    )


def staff_handout(
    session: Session, info: sn.DocumentInfo, language: str = "en"
) -> sn.StaffHandoutSnapshot:
    """The staff handout in `language`: the team, its roles named in that language, and the
    signs to watch for in that language's words."""
    if language not in handout_words.STAFF:
        known = ", ".join(handout_words.STAFF)
        raise ValidationError(f"The staff handout is written in {known}, not '{language[:20]}'.")
    conn = session.ocf.conn
    pack = team_pack(conn)
    return sn.StaffHandoutSnapshot(
        info=info,
        team=_team_lines(conn, language),
        behaviors=handout_words.STAFF[language].signs,
        model=pack.label(pack.name, language),  # the model's name in the paper's language
        language=language,
    )


def public_handout(
    session: Session, info: sn.DocumentInfo, language: str = "en"
) -> sn.PublicHandoutSnapshot:
    """The handout for students or for families in `language` (the same facts; the builder
    picks the words): the team, its roles named in that language, and the tip line of the
    team's pack. No case is read."""
    if language not in handout_words.LANGUAGES:
        known = ", ".join(handout_words.LANGUAGES)
        raise ValidationError(f"The handouts are written in {known}, not '{language[:20]}'.")
    conn = session.ocf.conn
    pack = team_pack(conn)
    tip = pack.tip_line
    return sn.PublicHandoutSnapshot(
        info=info,
        team=_team_lines(conn, language),
        # The note in the paper's language when the pack gives it ([labels.es]).
        tip_line=replace(tip, note=pack.label(tip.note, language)) if tip else None,
        language=language,
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


def _staff_line(p: StaffMember) -> sn.StaffLine:
    return sn.StaffLine(p.name, p.described)


def sign_in_sheet(
    session: Session, info: sn.DocumentInfo, session_id: str | None
) -> sn.SignInSheetSnapshot:
    """The sign-in sheet of an awareness session, or a blank one (date, leader and topic to
    fill in) without `session_id`: the staff still at the school."""
    conn = session.ocf.conn
    staff = tuple(_staff_line(p) for p in awareness_repo.list_staff(conn) if p.at_school)
    if not session_id:
        return sn.SignInSheetSnapshot(info=info, staff=staff)
    held = awareness_repo.get_session(conn, session_id)
    return sn.SignInSheetSnapshot(
        info=info, staff=staff, held_on=held.held_on, led_by=held.led_by, topic=held.topic
    )


def staff_coverage(session: Session, info: sn.DocumentInfo) -> sn.StaffCoverageSnapshot:
    """This school year's coverage: who attended, the sessions, who is missing."""
    conn = session.ocf.conn
    found = coverage(
        awareness_repo.list_staff(conn),
        awareness_repo.list_sessions(conn),
        this_school_year(today()),
    )
    return sn.StaffCoverageSnapshot(
        info=info,
        year_label=found.label,
        trained=len(found.trained),
        total=found.total,
        sessions=tuple(
            sn.SessionLine(x.held_on, x.led_by, x.topic, len(x.attendee_ids))
            for x in found.sessions
        ),
        missing=tuple(_staff_line(p) for p in found.missing),
    )
