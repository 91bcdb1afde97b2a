"""Retention through the services: holds, keep decisions, clearing a label, and destroying a
case so that nothing of it stays in the file (tables, op log, field versions, bytes)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest

from btam_desktop.domain.errors import PermissionDeniedError, ValidationError
from btam_desktop.services import (
    cases,
    files,
    retention,
    session as sessions,
    sync,
)
from btam_desktop.services.session import Session
from btam_desktop.storage.sync_capture import decode_body
from tests.conftest import PASSPHRASE, problems
from tests.retention.conftest import SECRET
from tests.services.test_no_plaintext import all_bytes, strings_in


def _line(s: Session, case_id: str, kinds: tuple[str, ...] = ("destroy", "review")) -> Any:
    return next(
        line for line in retention.review(s).lines if line.case_id == case_id and line.kind in kinds
    )


def test_review_lists_the_due_case_with_its_rule(team: Any) -> None:
    s, case_id, _, _ = team
    line = _line(s, case_id)
    assert line.kind == "destroy" and line.overdue
    assert "then destroy" in line.rule
    assert retention.review(s).rules[2].endswith("(Board policy 5125)")


def test_a_legal_hold_blocks_destruction_until_lifted(team: Any) -> None:
    s, case_id, _, _ = team
    number = _line(s, case_id).number
    retention.place_hold(s, case_id, "Subpoena in Doe v. Ridgeview")
    held = _line(s, case_id, ("held",))
    assert not held.overdue and held.note == "Legal hold: Subpoena in Doe v. Ridgeview"
    with pytest.raises(ValidationError, match="legal hold"):
        retention.destroy(s, case_id, number)
    with pytest.raises(ValidationError, match="already on legal hold"):
        retention.place_hold(s, case_id, "again")
    retention.lift_hold(s, case_id, "Case settled")
    actions = [e.action for e in cases.case_history(s, case_id)]
    assert "retention.hold_placed" in actions and "retention.hold_lifted" in actions
    retention.destroy(s, case_id, number)  # positive control: without the hold it goes


def test_any_case_may_be_held_and_every_hold_is_listed(team: Any) -> None:
    """A records request does not wait for a rule: an open case, due for nothing, goes on
    hold, is listed as held (since the day placed) and leaves the choices; lifted, it goes."""
    s, _, _, _ = team
    review = retention.review(s)
    listed = {line.case_id for line in review.lines}
    open_case = next(c for c, _n, _s in review.holdable if c not in listed)
    number = next(n for c, n, _s in review.holdable if c == open_case)
    retention.place_hold(s, open_case, "Records request from counsel")
    after = retention.review(s)
    (line,) = [ln for ln in after.lines if ln.case_id == open_case]
    assert (line.kind, line.number, line.overdue) == ("held", number, False)
    assert line.note == "Legal hold: Records request from counsel"
    assert line.rule == "No rule makes it due yet"
    assert open_case not in {c for c, _n, _s in after.holdable}
    retention.lift_hold(s, open_case, "Request withdrawn")
    assert open_case not in {ln.case_id for ln in retention.review(s).lines}


def test_keep_with_a_reason_moves_the_case_to_a_later_review(team: Any) -> None:
    s, case_id, _, _ = team
    with pytest.raises(ValidationError, match="after today"):
        retention.keep(s, case_id, "Sibling case open", date(2036, 9, 1))
    with pytest.raises(ValidationError, match="Write the reason"):
        retention.keep(s, case_id, "  ", date(2037, 9, 1))
    retention.keep(s, case_id, "Sibling case open", date(2037, 9, 1))
    assert not [
        line
        for line in retention.review(s).lines
        if line.case_id == case_id and line.kind in ("destroy", "review")
    ]


def test_only_a_lead_acts_and_the_number_must_be_typed(team: Any) -> None:
    s, case_id, _, _ = team
    with pytest.raises(ValidationError, match="Type the case number"):
        retention.destroy(s, case_id, "2019-0000")
    with (  # the demo's session is the lead's; a member is refused
        patch.object(type(s), "is_lead", property(lambda self: False)),
        pytest.raises(PermissionDeniedError),
    ):
        retention.place_hold(s, case_id, "x")


def _everything_decrypted(s: Session) -> set[str]:
    """Every text of the open file: every table, every op body, every field version."""
    conn = s.ocf.conn
    tables = files.export_everything(s)["tables"]
    out = strings_in(tables)
    for (body,) in conn.execute("SELECT body FROM sync_ops"):
        out |= strings_in(decode_body(bytes(body)))
    for (value,) in conn.execute("SELECT value_json FROM sync_versions"):
        out.add(str(value))
    return out


def _contains(texts: set[str], needle: str) -> bool:
    return any(needle in t for t in texts)


def test_a_destroyed_case_leaves_no_trace_but_its_audit_event(team: Any) -> None:
    s, case_id, folder, _ = team
    tables = files.export_everything(s)["tables"]
    mine = strings_in(
        {
            t: [r for r in rows if r.get("case_id") == case_id or r.get("id") == case_id]
            for t, rows in tables.items()
            if t != "audit"  # kept by design: its events say what happened, in ids and flags
        }
    )
    others = strings_in(
        {
            t: [r for r in rows if r.get("case_id") != case_id and r.get("id") != case_id]
            for t, rows in tables.items()
            if t != "audit"
        }
    )
    own = {t for t in mine - others if len(t) >= 16}
    assert _contains(_everything_decrypted(s), SECRET)  # positive control: it is there
    assert own
    number = _line(s, case_id).number
    done, changes = retention.destroy(s, case_id, number)
    assert done.number == number and done.records > 3 and case_id in changes.cases
    wal = list(folder.rglob("*-wal"))
    assert wal and all(p.stat().st_size == 0 for p in wal)  # checkpointed: no old page left
    raw = all_bytes(folder)  # encrypted anyway; the plain text is certainly not there
    assert SECRET.encode() not in raw and SECRET.encode("utf-16-le") not in raw
    texts = _everything_decrypted(s)
    assert not _contains(texts, SECRET)
    assert [t for t in own if _contains(texts, t)] == []
    assert all(r.id != case_id for r in cases.list_cases(s))
    (event,) = [e for e in s.ocf.audit.events(case_id) if e.action == "retention.destroyed"]
    assert event.detail["rule"] == "screened_out" or event.detail["rule"] in ("no_plan", "plan")
    assert event.detail["records"]["cases"] == 1
    assert problems(files.check(s)) == set()  # integrity and both audit chains still hold
    raw = all_bytes(folder)
    assert SECRET.encode() not in raw and SECRET.encode("utf-16-le") not in raw


def test_the_destruction_travels_and_the_other_laptop_forgets_too(
    team: Any, tmp_path: Path
) -> None:
    s, case_id, folder, held = team
    copy = tmp_path / "laptop2.btam"
    sessions.lock(s)
    shutil.copytree(folder, copy)
    first = sessions.unlock(folder, None, PASSPHRASE)
    held.append(first)
    other = sessions.unlock(copy, None, PASSPHRASE)
    try:
        have = sync.seen(first)
        retention.destroy(first, case_id, _line(first, case_id).number)
        ops = sync.outgoing(first, have)
        for op in ops:  # the op that destroys carries no text of the case
            assert SECRET.encode() not in decode_body(op.body).__repr__().encode()
        assert _contains(_everything_decrypted(other), SECRET)
        sync.apply_ops(other, ops)
        assert all(r.id != case_id for r in cases.list_cases(other))
        assert not _contains(_everything_decrypted(other), SECRET)
    finally:
        sessions.lock(other)


LATE = "Ottoline-Braithwaite said the 4:15 bus again"


def test_a_change_made_offline_to_a_destroyed_case_is_dropped_both_ways(
    team: Any, tmp_path: Path
) -> None:
    """Laptop 2 edits the case and adds a person while laptop 1 destroys it. After they
    exchange, the case is gone on both, and neither keeps the late text anywhere."""
    s, case_id, folder, held = team
    copy = tmp_path / "laptop2.btam"
    sessions.lock(s)
    shutil.copytree(folder, copy)
    first = sessions.unlock(folder, None, PASSPHRASE)
    held.append(first)
    other = sessions.unlock(copy, None, PASSPHRASE)
    try:
        start_first, start_other = sync.seen(first), sync.seen(other)
        cases.update_case(other, case_id, cases.CaseEdit(summary=LATE))
        cases.add_person(
            other, case_id, cases.NewPerson("witness", "Ottoline Braithwaite", notes=LATE)
        )
        retention.destroy(first, case_id, _line(first, case_id).number)
        from_first = sync.outgoing(first, start_first)
        from_other = sync.outgoing(other, start_other)
        sync.apply_ops(first, from_other)  # the late edit arrives after the destruction
        sync.apply_ops(other, from_first)  # the destruction arrives after the late edit
        for laptop in (first, other):
            assert all(r.id != case_id for r in cases.list_cases(laptop))
            texts = _everything_decrypted(laptop)
            assert not _contains(texts, LATE), laptop.folder
            assert not _contains(texts, SECRET), laptop.folder
            assert laptop.ocf.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        sessions.lock(other)
