"""Retention: what is due for destruction or review under the team's rules, legal holds,
keep decisions, removing an old level label, and destroying a case for good.

Every action is a lead's, one transaction with one audit event (ids, the rule and counts;
never the case's content). Destroying deletes the case's rows and everything under them, and
forgets their history in the op log (`storage/sync_forget.py`); the op that does it carries
only delete effects, so every other laptop destroys the case when it syncs.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.records import clean_text, new_id, today, utc_now
from btam_desktop.domain.referral import ScreeningDecision
from btam_desktop.domain.retention import CaseFacts, DueItem, DueKind, Hold, KeepDecision, due
from btam_desktop.services.contracts.retention import (
    Destroyed as Destroyed,
    DueLine as DueLine,
    RetentionReview as RetentionReview,
)
from btam_desktop.services.packs import available, team_pack
from btam_desktop.services.session import Session
from btam_desktop.storage import case_repo, db, retention_repo, sync_forget

REASON_LIMIT = 2000
SCREENED_OUT = {ScreeningDecision.DISMISS.value, ScreeningDecision.HANDLE.value}


def _items(conn: db.Connection) -> list[DueItem]:
    packs = available(conn)
    team = team_pack(conn)
    lowest = {pack_id: (p.levels[0].id if p.levels else "") for pack_id, p in packs.items()}
    facts = [
        CaseFacts(
            case_id=case_id,
            number=number,
            closed_on=closed_on,
            screened_out=decision in SCREENED_OUT,
            has_plan=has_plan,
            level=level,
            lowest_level=lowest.get(pack_id, lowest.get(team.id, "")),
        )
        for case_id, number, closed_on, decision, has_plan, level, pack_id in retention_repo.facts(
            conn
        )
    ]
    return list(
        due(
            facts,
            today(),
            team.retention,
            retention_repo.holds(conn),
            retention_repo.keeps(conn),
        )
    )


def review(session: Session) -> RetentionReview:
    """What is due today, oldest first, with the rule that applies to each."""
    conn = session.ocf.conn
    team = team_pack(conn)
    packs = available(conn)
    subjects = case_repo.subjects(conn)
    names = {case_id: person.name for case_id, _n, _s, person in subjects}
    numbers = {case_id: number for case_id, number, _s, _p in subjects}
    lines = []
    for item in _items(conn):
        level = ""
        if item.kind is DueKind.CLEAR_LEVEL:
            case = case_repo.get_case(conn, item.case_id)
            pack = packs.get(case.pack_id) or team
            found = pack.level(case.level_of_concern)
            level = found.label if found else case.level_of_concern
        lines.append(
            DueLine(
                case_id=item.case_id,
                number=item.number,
                student=names.get(item.case_id, ""),
                kind=item.kind.value,
                due_on=item.due_on,
                rule=item.rule.describe(),
                note=item.note,
                level=level,
            )
        )
    # A hold stops every destruction, so a case held before any rule makes it due (an open
    # case, a records request) is listed too: a lead sees every hold and can lift it.
    listed = {line.case_id for line in lines}
    held = retention_repo.holds(conn)
    lines += [
        DueLine(
            case_id=hold.case_id,
            number=numbers.get(hold.case_id, ""),
            student=names.get(hold.case_id, ""),
            kind=DueKind.HELD.value,
            due_on=hold.placed_on,
            rule="No rule makes it due yet",
            note=f"Legal hold: {hold.reason}",
        )
        for hold in held
        if hold.case_id not in listed
    ]
    on_hold = {hold.case_id for hold in held}
    return RetentionReview(
        lines=tuple(lines),
        rules=tuple(r.describe() for r in team.retention),
        model=team.name,
        holdable=tuple(
            (case_id, number, names.get(case_id, ""))
            for case_id, number, _s, _p in subjects
            if case_id not in on_hold
        ),
    )


def _due_item(conn: db.Connection, case_id: str, kinds: set[DueKind]) -> DueItem:
    for item in _items(conn):
        if item.case_id == case_id and item.kind in kinds:
            return item
    if retention_repo.hold_of(conn, case_id) is not None:
        raise ValidationError("This case is on legal hold: nothing of it can be destroyed.")
    raise ValidationError("Nothing is due for this case under the team's retention rules.")


def _reason(text: str, what: str) -> str:
    reason = clean_text(text, what, REASON_LIMIT).strip()
    if not reason:
        raise ValidationError(f"Write the {what}.")
    return reason


def place_hold(session: Session, case_id: str, reason: str) -> ChangeSet:
    """A legal hold: while it is in force nothing of the case can be destroyed."""
    session.require_lead("put a case on legal hold")
    why = _reason(reason, "reason for the hold")
    with session.ocf.transaction(intent="retention.place_hold") as tx:
        case = case_repo.get_case(tx, case_id)
        if retention_repo.hold_of(tx, case_id) is not None:
            raise ValidationError(f"Case {case.number} is already on legal hold.")
        hold_id = new_id()
        retention_repo.insert_hold(
            tx,
            hold_id,
            Hold(case_id=case_id, reason=why, placed_on=today()),
            session.member_id,
            utc_now(),
        )
        session.ocf.audit.append(
            session.member_id,
            "retention.hold_placed",
            entity="retention_hold",
            entity_id=hold_id,
            case_id=case_id,
        )
    return ChangeSet(cases=frozenset({case_id}))


def lift_hold(session: Session, case_id: str, reason: str) -> ChangeSet:
    """Lift the case's legal hold (kept, with the date and the reason it was lifted)."""
    session.require_lead("lift a legal hold")
    why = _reason(reason, "reason for lifting the hold")
    with session.ocf.transaction(intent="retention.lift_hold") as tx:
        case = case_repo.get_case(tx, case_id)
        hold_id = retention_repo.hold_of(tx, case_id)
        if hold_id is None:
            raise ValidationError(f"Case {case.number} is not on legal hold.")
        retention_repo.lift_hold(tx, hold_id, today(), why, session.member_id, utc_now())
        session.ocf.audit.append(
            session.member_id,
            "retention.hold_lifted",
            entity="retention_hold",
            entity_id=hold_id,
            case_id=case_id,
        )
    return ChangeSet(cases=frozenset({case_id}))


def keep(session: Session, case_id: str, reason: str, review_on: date) -> ChangeSet:
    """Keep a case that is due, with a written reason, until a new review date."""
    session.require_lead("keep a case past its retention date")
    why = _reason(reason, "reason for keeping the case")
    now = today()
    if review_on <= now:
        raise ValidationError("The next review date must be after today.")
    if review_on.year > now.year + 100:
        raise ValidationError("The next review date is more than 100 years away.")
    with session.ocf.transaction(intent="retention.keep") as tx:
        item = _due_item(tx, case_id, {DueKind.DESTROY, DueKind.REVIEW})
        keep_id = new_id()
        retention_repo.insert_keep(
            tx,
            keep_id,
            KeepDecision(case_id=case_id, reason=why, decided_on=now, review_on=review_on),
            session.member_id,
            utc_now(),
        )
        session.ocf.audit.append(
            session.member_id,
            "retention.kept",
            entity="retention_keep",
            entity_id=keep_id,
            case_id=case_id,
            detail={"rule": item.rule.applies_to.value, "review_on": review_on.isoformat()},
        )
    return ChangeSet(cases=frozenset({case_id}))


def clear_level(session: Session, case_id: str) -> ChangeSet:
    """Remove the level label of a closed low-concern case older than the rule (the case is
    kept)."""
    session.require_lead("remove a case's level label")
    with session.ocf.transaction(intent="retention.clear_level") as tx:
        item = _due_item(tx, case_id, {DueKind.CLEAR_LEVEL})
        case = case_repo.get_case(tx, case_id)
        case_repo.update_case(tx, replace(case, level_of_concern=""), session.member_id)
        session.ocf.audit.append(
            session.member_id,
            "retention.level_cleared",
            entity="case",
            entity_id=case_id,
            case_id=case_id,
            detail={"rule": item.rule.applies_to.value, "level": case.level_of_concern},
        )
    return ChangeSet(cases=frozenset({case_id}))


def destroy(session: Session, case_id: str, number: str) -> tuple[Destroyed, ChangeSet]:
    """Destroy a case that is due (not on hold): its rows and everything under them, their
    history in the op log, its unsaved drafts; `number` is the case number as the lead typed
    it to confirm. The audit event records the number, the rule and how many records of each
    kind went; never their content. The file is checkpointed after, so no copy of a page
    stays in the write-ahead log."""
    session.require_lead("destroy a case")
    ocf = session.ocf
    with ocf.transaction(intent="retention.destroy") as tx:
        case = case_repo.get_case(tx, case_id)
        if number.strip() != case.number:
            raise ValidationError(f"Type the case number, {case.number}, to confirm.")
        item = _due_item(tx, case_id, {DueKind.DESTROY, DueKind.REVIEW})
        tx.execute("PRAGMA secure_delete = ON")  # on for every connection; said again here
        rows = retention_repo.rows_of_case(tx, case_id)
        retention_repo.delete_rows(tx, rows)
        drafts = retention_repo.delete_drafts_of(tx, case_id)
        sync_forget.forget(tx, rows, {case_id})
        counts = Counter(table for table, _ in rows)
        ocf.audit.append(
            session.member_id,
            "retention.destroyed",
            entity="case",
            entity_id=case_id,
            case_id=case_id,
            detail={
                "number": case.number,
                "rule": item.rule.applies_to.value,
                "records": dict(sorted(counts.items())),
                "drafts": drafts,
            },
        )
    db.checkpoint(ocf.conn, ocf.db_path)
    return Destroyed(number=case.number, records=len(rows)), ChangeSet(cases=frozenset({case_id}))
