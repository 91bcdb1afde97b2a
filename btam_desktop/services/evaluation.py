"""Program evaluation: a case's evaluation fields (the student's groups, the case's outcomes)
and the school's enrollment per school year. Optional codes only; never printed on a case
document (`domain/evaluation.py`). Counted by `services/stats.py`."""

from __future__ import annotations

from collections.abc import Mapping

from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.evaluation import (
    Enrollment as Enrollment,
    Evaluation as Evaluation,
    enrollment,
)
from btam_desktop.domain.records import new_id, utc_now
from btam_desktop.services.session import Session
from btam_desktop.storage import case_repo, evaluation_repo


def of_case(session: Session, case_id: str) -> Evaluation:
    """The case's evaluation fields (all "not recorded" when nobody has typed any)."""
    case_repo.get_case(session.ocf.conn, case_id)  # an unknown case says so
    return evaluation_repo.get(session.ocf.conn, case_id)


def save(session: Session, case_id: str, fields: Evaluation) -> ChangeSet:
    """Record the case's evaluation fields (replacing what was there)."""
    with session.ocf.transaction(intent="evaluation.save") as tx:
        case_repo.get_case(tx, case_id)
        row = evaluation_repo.row_id(tx, case_id)
        if row is None:
            if fields.empty:
                return ChangeSet()
            row = new_id()
            evaluation_repo.insert(tx, row, case_id, fields, session.member_id, utc_now())
        elif evaluation_repo.get(tx, case_id) == fields:
            return ChangeSet()
        else:
            evaluation_repo.update(tx, row, fields, session.member_id, utc_now())
        session.ocf.audit.append(
            session.member_id,
            "evaluation.saved",
            entity="evaluation",
            entity_id=row,
            case_id=case_id,
        )
    return ChangeSet(cases=frozenset({case_id}))


def enrollment_of(session: Session, year: int) -> Enrollment | None:
    """School year `year`'s enrollment (2026 for 2026-27), if typed in."""
    found = evaluation_repo.enrollment(session.ocf.conn, year)
    return None if found is None else found[1]


def save_enrollment(
    session: Session, year: int, total: int, counts: Mapping[str, int]
) -> ChangeSet:
    """The school's enrollment of school year `year`: the total and per group (a group left
    out: not known). Refused, naming the figure, when the numbers cannot be right."""
    figures = enrollment(year, total, dict(counts))
    with session.ocf.transaction(intent="evaluation.save_enrollment") as tx:
        found = evaluation_repo.enrollment(tx, year)
        if found is not None and found[1] == figures:
            return ChangeSet()
        if found is None:
            row = new_id()
            evaluation_repo.insert_enrollment(tx, row, figures, session.member_id, utc_now())
        else:
            row = found[0]
            evaluation_repo.update_enrollment(tx, row, figures, session.member_id, utc_now())
        session.ocf.audit.append(
            session.member_id, "evaluation.enrollment_saved", entity="enrollment", entity_id=row
        )
    return ChangeSet()
