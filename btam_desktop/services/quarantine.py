"""Changes that wait for a lead: written on a removed member's laptop after the removal
(issue 18; the rules are in storage/sync_quarantine.py). A lead reviews each, then imports it
(it is applied, with the earlier ones of that laptop, as the member's own change) or discards
it (with the later ones, which may build on it). Both decisions are one op and one audit event,
so every laptop does the same with its own copy of the held change."""

from __future__ import annotations

from typing import Any

from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.errors import ValidationError
from btam_desktop.services import sync
from btam_desktop.services.conflicts import utc_text
from btam_desktop.services.contracts.sync import HeldChange, HeldEffect
from btam_desktop.services.session import Session
from btam_desktop.storage import conflict_repo, sync_merge, sync_quarantine, sync_schema
from btam_desktop.storage.sync_capture import decode_body
from btam_desktop.storage.sync_op import Op

__all__ = ["discard", "held", "import_held"]


def _value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict) and "blob_sha256" in value:
        return "(attachment)"
    return str(value)


def _words_of(table: str, row: dict[str, Any]) -> str:
    """What a new record says, for a lead to judge it: its name, and the prose people wrote
    in it (the columns two writers would have to reconcile by hand)."""
    policies = sync_schema.COLUMNS.get(table, {})
    wanted = [
        name
        for name in ("name", *policies)
        if name == "name" or policies[name] is sync_schema.Policy.HUMAN_TEXT
    ]
    return "; ".join(str(row[n]) for n in dict.fromkeys(wanted) if row.get(n))


def _effects(session: Session, body: dict[str, Any], numbers: dict[str, str]) -> list[HeldEffect]:
    conn = session.ocf.conn
    numbers = {
        **numbers,  # the cases this change opens are not here yet: their numbers are in it
        **{
            str(e["id"]): str(e["row"].get("number", ""))
            for e in body["effects"]
            if e["kind"] == "insert" and e["table"] == "cases"
        },
    }
    out = []
    for effect in body["effects"]:
        kind, table = str(effect["kind"]), str(effect["table"])
        if kind not in ("insert", "set", "delete"):
            continue  # a head follows its insert: the version it publishes is listed already
        if kind == "set" and effect["field"] in sync_merge.BOOKKEEPING:
            continue
        row = effect.get("row") or {}
        case_id = (
            str(effect["id"])
            if table == "cases"
            else str(row.get("case_id") or sync_merge.case_of(conn, table, str(effect["id"])) or "")
        )
        out.append(
            HeldEffect(
                kind=kind,
                table=table,
                field=str(effect.get("field", "")) if kind == "set" else "",
                case_number=numbers.get(case_id, ""),
                value=_value(effect.get("new"))
                if kind == "set"
                else _words_of(table, row)
                if kind == "insert"
                else "",
            )
        )
    return out


def held(session: Session) -> list[HeldChange]:
    """Every held change, laptop by laptop in the order they were written. Every member sees
    what waits; only a lead decides."""
    conn = session.ocf.conn
    names, numbers = conflict_repo.member_names(conn), conflict_repo.case_numbers(conn)
    return [
        HeldChange(
            origin=op.origin,
            seq=op.seq,
            member=names.get(op.member_id or "", ""),
            at=utc_text(op.hlc),
            intent=op.intent,
            effects=tuple(_effects(session, decode_body(op.body), numbers)),
        )
        for op in sync_quarantine.parked(conn, sync_quarantine.REMOVED)
    ]


def _find(session: Session, origin: str, seq: int) -> Op:
    for op in sync_quarantine.parked(session.ocf.conn, sync_quarantine.REMOVED):
        if op.origin == origin and op.seq == seq:
            return op
    raise ValidationError("That change is no longer waiting (another lead may have decided).")


#: The window's call for each decision (the op's intent), by the audit action it writes.
_INTENTS = {
    sync_quarantine.IMPORTED: "sync.import_held",
    sync_quarantine.DISCARDED: "sync.discard_held",
}


def _decide(session: Session, origin: str, seq: int, action: str) -> ChangeSet:
    session.require_lead("decide on changes from a removed member's laptop")
    op = _find(session, origin, seq)
    detail = {"origin": origin, "seq": seq}
    with session.ocf.transaction(intent=_INTENTS[action]) as tx:
        session.ocf.audit.append(
            session.member_id, action, entity="member", entity_id=op.member_id or "", detail=detail
        )
        sync_quarantine.learn(tx, {"action": action, "detail": detail})
    # What the decision lets through is applied as the removed member's own ops, as every
    # other laptop will apply them when the decision reaches it.
    _, changes = sync.apply_ops(session, [])
    return changes


def import_held(session: Session, origin: str, seq: int) -> ChangeSet:
    """Apply this held change and the earlier held ones of the same laptop."""
    return _decide(session, origin, seq, sync_quarantine.IMPORTED)


def discard(session: Session, origin: str, seq: int) -> ChangeSet:
    """Never apply this held change nor the later ones of the same laptop."""
    return _decide(session, origin, seq, sync_quarantine.DISCARDED)
