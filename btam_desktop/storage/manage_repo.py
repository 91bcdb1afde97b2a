"""Plans, notifications, check-ins, reviews and closures, as rows of the encrypted database."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from typing import Any

from btam_desktop.domain.plan import (
    CheckIn,
    Closure,
    Intervention,
    InterventionStatus,
    InterventionType,
    LegalBasis,
    Notification,
    Plan,
    Recipient,
    Review,
    ReviewDecision,
    Trend,
)
from btam_desktop.domain.records import new_id, utc_now
from btam_desktop.storage import db
from btam_desktop.storage.sync_schema import based_on


def _stamp(by: str) -> tuple[str, str, str, str]:
    now = utc_now()
    return now, by, now, by


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _intervention_json(i: Intervention) -> dict[str, Any]:
    """Every field of the record, dates as ISO text: the record is the schema of the JSON.
    A service_id is written only when there is one, so that a plan naming no service stays
    readable by a version from before schema 17."""
    return {
        k: v.isoformat() if isinstance(v, date) else v
        for k, v in asdict(i).items()
        if k != "service_id" or v is not None
    }


#: The fields JSON cannot hold as they are, and how each is read back. Every other key is the
#: field of that name as written, and a field with no key (a plan saved before it existed) takes
#: the record's default: a new plain field of Intervention needs nothing here. A renamed or
#: removed field needs its old key handled here, else old plans fail to read (never silently).
_FROM_JSON: tuple[tuple[str, Callable[[Any], Any]], ...] = (
    ("type", InterventionType),
    ("status", InterventionStatus),
    ("start_on", date.fromisoformat),
    ("due_on", date.fromisoformat),
    ("reduces", tuple),
    ("strengthens", tuple),
)


def interventions_from_json(text: str) -> tuple[Intervention, ...]:
    """A plan version's interventions as stored. The one reader of that JSON: the plan, its
    printouts and what is due (`due_repo`) all see the same interventions."""
    items = []
    for values in json.loads(text):
        for key, read in _FROM_JSON:
            value = values.get(key)
            if value is not None:
                values[key] = read(value)
        items.append(Intervention(**values))
    return tuple(items)


def insert_plan(conn: db.Connection, plan: Plan, by: str) -> None:
    conn.execute(
        "INSERT INTO plans (id, case_id, version, goals, interventions_json, created_at, "
        f"created_by, updated_at, updated_by, based_on_id) VALUES (?,?,?,?,?,?,?,?,?,"
        f"{based_on('plans')})",
        (
            plan.id,
            plan.case_id,
            plan.version,
            plan.goals,
            json.dumps([_intervention_json(i) for i in plan.interventions], ensure_ascii=False),
            plan.saved_at or utc_now(),
            by,
            plan.saved_at or utc_now(),
            by,
            plan.case_id,
            plan.version,
        ),
    )


def plans_of(conn: db.Connection, case_id: str) -> list[Plan]:
    return [
        Plan(
            id=r[0],
            case_id=r[1],
            version=r[2],
            goals=r[3],
            interventions=interventions_from_json(r[4]),
            saved_at=r[5],
            saved_by=r[6],
        )
        for r in conn.execute(
            "SELECT id, case_id, version, goals, interventions_json, created_at, created_by "
            "FROM plans WHERE case_id = ? AND deleted_at IS NULL ORDER BY version",
            (case_id,),
        )
    ]


def insert_notification(conn: db.Connection, n: Notification, by: str) -> None:
    conn.execute(
        "INSERT INTO notifications (id, case_id, recipient, recipient_name, notified_on, by_id, "
        "method, shared, legal_basis, contact_id, created_at, created_by, updated_at, "
        "updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            n.id,
            n.case_id,
            n.recipient.value,
            n.recipient_name,
            n.notified_on.isoformat(),
            n.by_id,
            n.method,
            n.shared,
            n.legal_basis.value,
            n.contact_id,
            *_stamp(by),
        ),
    )


def notifications_of(conn: db.Connection, case_id: str) -> list[Notification]:
    return [
        Notification(
            id=r[0],
            case_id=r[1],
            recipient=Recipient(r[2]),
            recipient_name=r[3],
            notified_on=date.fromisoformat(r[4]),
            by_id=r[5],
            method=r[6],
            shared=r[7],
            legal_basis=LegalBasis(r[8]),
            contact_id=r[9],
        )
        for r in conn.execute(
            "SELECT id, case_id, recipient, recipient_name, notified_on, by_id, method, shared, "
            "legal_basis, contact_id FROM notifications WHERE case_id = ? AND deleted_at IS NULL "
            "ORDER BY notified_on, rowid",
            (case_id,),
        )
    ]


def insert_checkin(conn: db.Connection, c: CheckIn, by: str) -> None:
    conn.execute(
        "INSERT INTO checkins (id, case_id, held_on, by_id, observations, trend, contact_id, "
        "created_at, created_by, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            c.id,
            c.case_id,
            c.held_on.isoformat(),
            c.by_id,
            c.observations,
            c.trend.value,
            c.contact_id,
            *_stamp(by),
        ),
    )


def checkins_of(conn: db.Connection, case_id: str) -> list[CheckIn]:
    return [
        CheckIn(
            id=r[0],
            case_id=r[1],
            held_on=date.fromisoformat(r[2]),
            by_id=r[3],
            observations=r[4],
            trend=Trend(r[5]),
            contact_id=r[6],
        )
        for r in conn.execute(
            "SELECT id, case_id, held_on, by_id, observations, trend, contact_id FROM checkins "
            "WHERE case_id = ? AND deleted_at IS NULL ORDER BY held_on, rowid",
            (case_id,),
        )
    ]


def insert_review(conn: db.Connection, r: Review, by: str) -> None:
    conn.execute(
        "INSERT INTO reviews (id, case_id, held_on, attendees_json, progress, decision, "
        "next_review, created_at, created_by, updated_at, updated_by) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            r.id,
            r.case_id,
            r.held_on.isoformat(),
            json.dumps(list(r.attendees)),
            r.progress,
            r.decision.value,
            r.next_review.isoformat() if r.next_review else None,
            *_stamp(by),
        ),
    )


def reviews_of(conn: db.Connection, case_id: str) -> list[Review]:
    return [
        Review(
            id=r[0],
            case_id=r[1],
            held_on=date.fromisoformat(r[2]),
            attendees=tuple(json.loads(r[3])),
            progress=r[4],
            decision=ReviewDecision(r[5]),
            next_review=_day(r[6]),
        )
        for r in conn.execute(
            "SELECT id, case_id, held_on, attendees_json, progress, decision, next_review "
            "FROM reviews WHERE case_id = ? AND deleted_at IS NULL ORDER BY held_on, rowid",
            (case_id,),
        )
    ]


def insert_closure(conn: db.Connection, case_id: str, closure: Closure, by: str) -> None:
    conn.execute(
        "INSERT INTO closures (id, case_id, checklist_json, summary, watcher, created_at, "
        "created_by, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?)",
        (
            new_id(),
            case_id,
            json.dumps(closure.checklist, ensure_ascii=False),
            closure.summary,
            closure.watcher,
            *_stamp(by),
        ),
    )


def closures_of(conn: db.Connection, case_id: str) -> list[tuple[Closure, str, str | None]]:
    """Every closure (a reopened case keeps its earlier ones): (closure, when, who)."""
    return [
        (Closure(checklist=json.loads(r[0]), summary=r[1], watcher=r[2]), r[3], r[4])
        for r in conn.execute(
            "SELECT checklist_json, summary, watcher, created_at, created_by FROM closures "
            "WHERE case_id = ? AND deleted_at IS NULL ORDER BY created_at, rowid",
            (case_id,),
        )
    ]
