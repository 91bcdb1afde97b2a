"""`btam-desktop demo`: a case file of fictional data, built through the real services."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from btam_desktop.domain.case import STATUS_ORDER, CaseStatus, PersonRole
from btam_desktop.domain.records import today
from btam_desktop.services import cases, members
from btam_desktop.services.demo_data import (
    DISTRICT,
    EXTRA_FIRST,
    EXTRA_LAST,
    SCHOOL,
    TEAM,
    UNICODE_NAMES,
    VIGNETTES,
    Vignette,
)
from btam_desktop.services.session import KdfParams, NewCaseFile, Session, create_case_file

DEFAULT_CASES = 24


def build_demo(
    folder: Path,
    passphrase: str,
    *,
    cases_count: int = DEFAULT_CASES,
    seed: int = 1,
    kdf: KdfParams | None = None,
) -> tuple[Session, str]:
    """Create the demo file: the Maple Hollow team of six (all with `passphrase`) and
    `cases_count` cases over every status. Returns the open session and the recovery code."""
    rng = random.Random(seed)
    (lead_name, lead_role), *others = TEAM
    session, code = create_case_file(
        folder, NewCaseFile(SCHOOL, lead_name, lead_role.value, DISTRICT), passphrase, kdf
    )
    try:
        for name, role in others:
            members.add_member(session, name, role.value, passphrase, kdf=session_kdf(session, kdf))
        team = members.list_members(session)
        reopened = cases_count > len(VIGNETTES)
        for i in range(cases_count - int(reopened)):
            _add_case(session, _vignette(i, rng), i, rng, [m.id for m in team])
        if reopened:
            _add_reopened_case(session, rng, [m.id for m in team])
    except BaseException:
        session.ocf.close()
        raise
    return session, code


def session_kdf(session: Session, kdf: KdfParams | None) -> KdfParams | None:
    """Members get the same cost as the lead's slot, so the demo unlocks alike for all."""
    return kdf or session.ocf.keys.members[0].kdf


def _vignette(i: int, rng: random.Random) -> Vignette:
    if i < len(VIGNETTES):
        return VIGNETTES[i]
    base = VIGNETTES[i % len(VIGNETTES)]
    # Every third variation carries a name that tests printing and sorting beyond ASCII.
    student = (
        UNICODE_NAMES[(i // 3 - 4) % len(UNICODE_NAMES)]
        if i % 3 == 0
        else f"{rng.choice(EXTRA_FIRST)} {rng.choice(EXTRA_LAST)}"
    )
    family = student.split()[-1]
    status = STATUS_ORDER[i % len(STATUS_ORDER)]
    grade = str(rng.randint(6, 8))
    closure = base.closure or (
        "Closed after monitoring: plan goals met." if status is CaseStatus.CLOSED else ""
    )
    # The vignette's words name its own student; a variation speaks of its new one.
    old_first, new_first = base.student.split()[0], student.split()[0]
    return replace(
        base,
        student=student,
        grade=grade,
        status=status,
        closure=closure,
        words=base.words.replace(old_first, new_first),
        context=base.context.replace(old_first, new_first),
        # Other students and family are new people too; staff reporters stay who they are.
        target=f"{rng.choice(EXTRA_FIRST)} {rng.choice(EXTRA_LAST)}" if base.target else "",
        guardian=f"{rng.choice(EXTRA_FIRST)} {family}" if base.guardian else "",
    )


def _walk_to(session: Session, case_id: str, target: CaseStatus, closure: str) -> None:
    """Move a case stage by stage, as a team would, so its timeline reads true."""
    if target is CaseStatus.CLOSED:
        # Dismissals and transient threats close early; others after monitoring.
        stop = CaseStatus.SCREENING if "screening" in closure.lower() else CaseStatus.INQUIRY
        if "monitoring" in closure.lower():
            stop = CaseStatus.MONITORING
        _walk_to(session, case_id, stop, "")
        cases.change_status(session, case_id, CaseStatus.CLOSED, closure)
        return
    for status in STATUS_ORDER[1 : STATUS_ORDER.index(target) + 1]:
        cases.change_status(session, case_id, status)


def _add_case(session: Session, v: Vignette, i: int, rng: random.Random, team: list[str]) -> str:
    opened = today() - timedelta(
        days=rng.randint(0, 3) if v.status is CaseStatus.REFERRAL else rng.randint(3, 120)
    )
    others = tuple(
        cases.NewPerson(role.value, name)
        for role, name in (
            (PersonRole.TARGET, v.target),
            (PersonRole.REPORTER, v.reporter),
            (PersonRole.GUARDIAN, v.guardian),
        )
        if name
    )
    summary = f"{v.came_in}. Reported words: {v.words}."
    if v.status not in (CaseStatus.REFERRAL, CaseStatus.SCREENING):
        summary += f"\n\nFact-finding: {v.context}"
    case, _ = cases.create_case(
        session,
        cases.NewCase(
            student_name=v.student,
            grade=v.grade,
            summary=summary,
            opened_on=opened,
            case_manager_id=team[i % len(team)],
            level_of_concern=v.level,
            others=others,
        ),
    )
    _walk_to(session, case.id, v.status, v.closure)
    if v.status in (CaseStatus.MANAGEMENT, CaseStatus.MONITORING, CaseStatus.ASSESSMENT):
        review = today() + timedelta(days=rng.randint(-10, 30))  # some reviews are overdue
        cases.update_case(session, case.id, cases.CaseEdit(next_review=review))
    return case.id


def _add_reopened_case(session: Session, rng: random.Random, team: list[str]) -> None:
    """A case from last school year, closed, then reopened after a new report."""
    last_year = date(today().year - 1 if today().month >= 7 else today().year - 2, 11, 3)
    v = Vignette(
        "Perpetua Vandermolen-Achebe",
        "8",
        "Counselor, after a parent call",
        '"Next time nobody will stop me"',
        "Threat made after a detention last year.",
        CaseStatus.CLOSED,
        "moderate",
        "Closed after monitoring: plan goals met.",
        guardian="Rosalind Vandermolen-Achebe",
    )
    case, _ = cases.create_case(
        session,
        cases.NewCase(
            student_name=v.student,
            grade=v.grade,
            summary=f"{v.came_in}. Reported words: {v.words}.",
            opened_on=last_year,
            case_manager_id=rng.choice(team),
            level_of_concern=v.level,
        ),
    )
    _walk_to(session, case.id, CaseStatus.CLOSED, v.closure)
    cases.change_status(
        session,
        case.id,
        CaseStatus.SCREENING,
        "New report from a classmate this term about renewed threats.",
    )
