"""What is due across open cases, read in a few flat scans: the facts the meeting agenda and
My tasks are built from. (Flat scans joined in Python, as in case_repo.list_rows: a 10,000-case
file stays within the interaction budget.)"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from btam_desktop.domain.case import CaseStatus
from btam_desktop.domain.inquiry import DONE
from btam_desktop.domain.local_time import local_day
from btam_desktop.storage import db
from btam_desktop.storage.manage_repo import interventions_from_json


class OpenCase(NamedTuple):
    id: str
    number: str
    status: CaseStatus
    urgent: bool
    next_review: date | None
    opened_on: date
    manager_id: str | None
    #: The student's name (the case's subject), "" when none is recorded.
    student: str


class LatestAssessment(NamedTuple):
    pack_id: str
    level_id: str
    assessed_on: date


class OpenWork(NamedTuple):
    """An open inquiry item or intervention of a case."""

    id: str
    case_id: str
    text: str
    assignee_id: str | None
    due_on: date | None


@dataclass(slots=True)
class DueFacts:
    cases: list[OpenCase] = field(default_factory=list)
    referrals: dict[str, list[date]] = field(default_factory=dict)
    assessments: dict[str, LatestAssessment] = field(default_factory=dict)
    interventions: list[OpenWork] = field(default_factory=list)
    inquiry: list[OpenWork] = field(default_factory=list)
    notified: dict[str, set[tuple[str, date]]] = field(default_factory=dict)  # recipient, on
    last_decision: dict[str, str] = field(default_factory=dict)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def due_facts(conn: db.Connection) -> DueFacts:
    facts = DueFacts()
    for r in conn.execute(
        "SELECT id, number, status, urgent, next_review, opened_on, case_manager_id, "
        "(SELECT name FROM persons p WHERE p.case_id = c.id AND p.role = 'subject' "
        "AND p.deleted_at IS NULL ORDER BY p.rowid LIMIT 1) FROM cases c "
        "WHERE c.deleted_at IS NULL AND c.status != 'closed'"
    ).fetchall():
        facts.cases.append(
            OpenCase(
                r[0],
                r[1],
                CaseStatus(r[2]),
                bool(r[3]),
                _day(r[4]),
                date.fromisoformat(r[5]),
                r[6],
                r[7] or "",
            )
        )
    open_ids = {c.id for c in facts.cases}
    for case_id, received in conn.execute(
        "SELECT case_id, received_at FROM referrals WHERE deleted_at IS NULL"
    ).fetchall():
        if case_id in open_ids:
            facts.referrals.setdefault(case_id, []).append(local_day(received))
    # A bare column beside MAX() takes its value from the row holding the maximum (SQLite).
    for case_id, pack_id, level_id, on, _ in conn.execute(
        "SELECT case_id, pack_id, level_id, assessed_on, MAX(version) FROM assessments "
        "WHERE deleted_at IS NULL GROUP BY case_id"
    ).fetchall():
        if case_id in open_ids:
            facts.assessments[case_id] = LatestAssessment(pack_id, level_id, _day(on) or date.min)
    for case_id, interventions_json, _ in conn.execute(
        "SELECT case_id, interventions_json, MAX(version) FROM plans "
        "WHERE deleted_at IS NULL GROUP BY case_id"
    ).fetchall():
        if case_id not in open_ids:
            continue
        for i in interventions_from_json(interventions_json):
            if i.is_open:
                facts.interventions.append(
                    OpenWork(i.id, case_id, i.description, i.responsible_id, i.due_on)
                )
    done = tuple(s.value for s in DONE)
    for item_id, case_id, text, assignee, due in conn.execute(
        "SELECT id, case_id, text, assignee_id, due_on FROM inquiry_items "
        f"WHERE deleted_at IS NULL AND status NOT IN ({','.join('?' * len(done))})",
        done,
    ).fetchall():
        if case_id in open_ids:
            facts.inquiry.append(OpenWork(item_id, case_id, text, assignee, _day(due)))
    for case_id, recipient, on in conn.execute(
        "SELECT case_id, recipient, notified_on FROM notifications WHERE deleted_at IS NULL"
    ).fetchall():
        if case_id in open_ids:
            facts.notified.setdefault(case_id, set()).add((recipient, date.fromisoformat(on)))
    for case_id, decision, _ in conn.execute(
        "SELECT case_id, decision, MAX(created_at) FROM reviews WHERE deleted_at IS NULL "
        "GROUP BY case_id"
    ).fetchall():
        if case_id in open_ids:
            facts.last_decision[case_id] = decision
    return facts


def last_meeting_before(conn: db.Connection, on: date, meeting_id: str) -> date | None:
    row = conn.execute(
        "SELECT MAX(held_on) FROM meetings WHERE deleted_at IS NULL AND held_on < ? AND id != ?",
        (on.isoformat(), meeting_id),
    ).fetchone()
    return _day(row[0]) if row and row[0] else None
