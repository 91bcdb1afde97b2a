"""Capture with real encrypted case files: one op per transaction, holding the field effects
and the audit events; the replica id of a copied or restored folder; the per-origin audit
chain and its tamper detection."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from btam_desktop.services import cases, files, members, session as sessions, team
from btam_desktop.services.session import TEST_KDF, Session
from btam_desktop.storage import db, sync_merge
from btam_desktop.storage.sync_capture import assemble, decode_body, encode_body
from tests.conftest import PASSPHRASE, make_case_file, problems


def _ops(s: Session) -> list[dict[str, Any]]:
    return [
        {
            "origin": r[0],
            "seq": r[1],
            "hlc": r[2],
            "intent": r[3],
            "member": r[4],
            **decode_body(r[5]),
        }
        for r in s.ocf.conn.execute(
            "SELECT origin, seq, hlc, intent, member_id, body FROM sync_ops ORDER BY hlc, seq"
        )
    ]


def _replica(s: Session) -> tuple[str, int]:
    row = s.ocf.conn.execute("SELECT replica_id, next_seq FROM sync_replica").fetchone()
    return str(row[0]), int(row[1])


def test_an_edit_is_one_op_with_only_the_changed_fields_and_what_they_replace(
    session: Session,
) -> None:
    case, _ = cases.create_case(session, cases.NewCase("Owen Petrakis-Lund", "7"))
    before = len(_ops(session))
    cases.update_case(session, case.id, cases.CaseEdit(summary="Said he would bring a knife."))
    ops = _ops(session)
    assert len(ops) == before + 1
    op = ops[-1]
    assert op["intent"] == "cases.update" and op["member"] == session.member_id
    fields = {e["field"]: (e["replaces"], e["new"]) for e in op["effects"]}
    # The repo rewrote the whole row; only what changed travels, and not the old value:
    # the receiving copy holds it (its row, or the version named).
    assert set(fields) == {"summary", "updated_at"}
    base = sync_merge.base_id("cases", case.id, "summary")
    assert fields["summary"] == ([base], "Said he would bring a knife.")
    assert not [e for e in op["effects"] if "old" in e]
    (event,) = op["audit"]
    assert event["action"] == "case.updated" and event["origin"] == op["origin"]
    assert [o["seq"] for o in ops] == list(range(1, len(ops) + 1))
    assert op["hlc"] > ops[-2]["hlc"]


def test_a_transaction_that_changes_nothing_that_travels_writes_no_op(session: Session) -> None:
    case, _ = cases.create_case(session, cases.NewCase("Owen Petrakis-Lund", "7"))
    before = _ops(session)
    team.save_drafts(session, {"case:" + case.id: {"summary": "half a sente"}})  # LOCAL only
    assert team.take_drafts(session)
    cases.list_cases(session)
    cases.get_case(session, case.id)
    assert _ops(session) == before
    cases.update_case(session, case.id, cases.CaseEdit(summary="A whole sentence."))
    assert len(_ops(session)) == len(before) + 1  # positive control


def test_a_failed_transaction_leaves_no_op_and_the_sequence_continues(session: Session) -> None:
    case, _ = cases.create_case(session, cases.NewCase("Owen Petrakis-Lund", "7"))
    replica = _replica(session)
    with pytest.raises(RuntimeError, match="midway"), session.ocf.transaction(intent="t") as tx:
        tx.execute("UPDATE cases SET summary = 'never saved' WHERE id = ?", (case.id,))
        raise RuntimeError("midway")
    assert _replica(session) == replica
    cases.update_case(session, case.id, cases.CaseEdit(summary="Saved."))
    assert _ops(session)[-1]["seq"] == replica[1]


def test_suppressed_changes_are_not_captured(session: Session) -> None:
    """What the merge engine will use to apply another laptop's ops without echoing them."""
    case, _ = cases.create_case(session, cases.NewCase("Owen Petrakis-Lund", "7"))
    capture = session.ocf.capture
    assert capture is not None
    before = _ops(session)
    with session.ocf.transaction(intent="sync.apply") as tx, capture.suppressed():
        tx.execute("UPDATE cases SET summary = 'from Ben' WHERE id = ?", (case.id,))
    assert _ops(session) == before
    with session.ocf.transaction(intent="t") as tx:  # control: the same write, captured
        tx.execute("UPDATE cases SET summary = 'from Ana' WHERE id = ?", (case.id,))
    assert [e["new"] for e in _ops(session)[-1]["effects"]] == ["from Ana"]


def test_effects_fold_within_a_transaction() -> None:
    raw: list[tuple[Any, ...]] = [
        ("insert", "cases", "c1", {"summary": "", "status": "referral"}),
        ("set", "cases", "c1", "summary", "", "first"),
        ("set", "cases", "c2", "summary", "a", "b"),
        ("set", "cases", "c2", "summary", "b", "c"),
        ("set", "cases", "c3", "status", "x", "y"),
        ("set", "cases", "c3", "status", "y", "x"),
        ("insert", "persons", "p1", {"name": "N"}),
        ("delete", "persons", "p1", {"name": "N"}),
        ("delete", "persons", "p2", {"name": "M", "case_id": "c9"}),
    ]
    assert assemble(raw) == [
        {
            "kind": "insert",
            "table": "cases",
            "id": "c1",
            "row": {"summary": "first", "status": "referral"},
        },
        {"kind": "set", "table": "cases", "id": "c2", "field": "summary", "old": "a", "new": "c"},
        # A delete carries the case its row belonged to, never what it removed (retention).
        {"kind": "delete", "table": "persons", "id": "p2", "row": {"case_id": "c9"}},
    ]


def test_bodies_are_canonical_and_large_ones_compressed() -> None:
    small = {"b": 1, "a": [1, 2]}
    assert encode_body(small) == b'J{"a":[1,2],"b":1}'
    large = {"effects": [{"kind": "set", "new": "the same words " * 40}]}
    packed = encode_body(large)
    assert packed[:1] == b"Z" and len(packed) < len(json.dumps(large))
    assert decode_body(packed) == large and decode_body(encode_body(small)) == small


def test_attachment_bytes_are_named_not_copied_into_the_op(session: Session) -> None:
    from btam_desktop.services import intake

    case, _ = cases.create_case(session, cases.NewCase("Owen Petrakis-Lund", "7"))
    content = b"\x89PNG a picture of a knife" * 50
    intake.attach_evidence(session, case.id, "post.png", content)
    op = _ops(session)[-1]
    (row,) = [e["row"] for e in op["effects"] if e["table"] == "evidence"]
    assert row["content"]["size"] == len(content)
    body = session.ocf.conn.execute("SELECT body FROM sync_ops ORDER BY rowid DESC").fetchone()[0]
    assert b"a picture of a knife" not in decode_body(body).__repr__().encode()


def test_reopening_continues_the_replica_and_a_copied_folder_gets_its_own(tmp_path: Path) -> None:
    folder = tmp_path / "team.btam"
    s, _ = make_case_file(folder)
    first, next_seq = _replica(s)
    sessions.lock(s)
    s = sessions.unlock(folder, None, PASSPHRASE)
    cases.create_case(s, cases.NewCase("Owen Petrakis-Lund", "7"))
    assert _replica(s) == (first, next_seq + 1)  # same replica, numbering on
    sessions.lock(s)

    copy = tmp_path / "copy.btam"
    shutil.copytree(folder, copy)
    c = sessions.unlock(copy, None, PASSPHRASE)
    assert _replica(c)[0] == first  # opening alone writes nothing
    cases.create_case(c, cases.NewCase("Ines Halvorsen-Quaye", "8"))
    second, seq = _replica(c)
    assert second != first and seq == 2
    origins = {o["origin"]: o["seq"] for o in _ops(c)}
    assert origins[second] == 1 and origins[first] == next_seq  # the copy starts afresh
    assert not problems(files.check(c))
    sessions.lock(c)
    s = sessions.unlock(folder, None, PASSPHRASE)  # the original keeps its own
    cases.create_case(s, cases.NewCase("Tomasz Okafor-Reyes", "6"))
    assert _replica(s)[0] == first
    sessions.lock(s)


def test_a_restored_older_backup_gets_a_new_replica_id(tmp_path: Path) -> None:
    folder = tmp_path / "team.btam"
    s, _ = make_case_file(folder)
    backup = files.backup(s, tmp_path / "usb.btam")
    original = _replica(s)[0]
    cases.create_case(s, cases.NewCase("Owen Petrakis-Lund", "7"))  # made after the backup
    sessions.lock(s)
    files.restore(backup, folder, None, PASSPHRASE)
    r = sessions.unlock(folder, None, PASSPHRASE)
    assert _replica(r)[0] == original
    cases.create_case(r, cases.NewCase("Ines Halvorsen-Quaye", "8"))
    assert _replica(r)[0] != original  # it would have reused the number of the lost op
    sessions.lock(r)


def test_removing_a_member_is_an_op_and_keeps_the_origin_chain(session: Session) -> None:
    members.add_member(session, "Marcus Feldspar", "psychologist", PASSPHRASE, kdf=TEST_KDF)
    replica = _replica(session)[0]
    members.remove_member(session, "Marcus Feldspar")  # rotates the key, rechains the MACs
    op = _ops(session)[-1]
    assert op["intent"] == "members.remove" and op["origin"] == replica
    assert {e["field"] for e in op["effects"]} >= {"active", "active_to"}
    report = session.ocf.audit.verify()
    assert report.ok and report.origins == 1


def _tamper(s: Session, sql: str, *args: object) -> None:
    """Rewrite an event as someone holding the data key could, re-chaining the local MACs so
    only the origin chain can tell."""
    with s.ocf.transaction(intent="t") as tx:
        tx.execute(sql, args)
        s.ocf.audit.rechain(s.ocf.audit._key)


def test_a_rewritten_event_breaks_its_origin_chain_at_that_event(session: Session) -> None:
    case, _ = cases.create_case(session, cases.NewCase("Owen Petrakis-Lund", "7"))
    cases.update_case(session, case.id, cases.CaseEdit(summary="One."))
    cases.update_case(session, case.id, cases.CaseEdit(summary="Two."))
    clean = session.ocf.audit.verify()
    assert clean.ok and clean.origins == 1  # the positive control
    (seq,) = session.ocf.conn.execute(
        "SELECT seq FROM audit WHERE action = 'case.updated' ORDER BY seq LIMIT 1"
    ).fetchone()
    _tamper(session, "UPDATE audit SET member_id = 'someone else' WHERE seq = ?", seq)
    report = session.ocf.audit.verify()
    assert not report.ok and report.first_broken_seq == seq
    assert report.broken_origin == _replica(session)[0]
    (line,) = [x for x in files.check(session) if x.name == "audit chain"]
    assert not line.ok and f"event {seq}" in line.detail


def test_a_removed_event_breaks_the_origin_chain(session: Session) -> None:
    case, _ = cases.create_case(session, cases.NewCase("Owen Petrakis-Lund", "7"))
    cases.update_case(session, case.id, cases.CaseEdit(summary="One."))
    cases.update_case(session, case.id, cases.CaseEdit(summary="Two."))
    last = session.ocf.conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
    # Delete the middle event and renumber the local seqs so the local chain can be redone.
    _tamper(session, "DELETE FROM audit WHERE seq = ?", last - 1)
    with session.ocf.transaction(intent="t") as tx:
        tx.execute("UPDATE audit SET seq = seq - 1 WHERE seq = ?", (last,))
        session.ocf.audit.rechain(session.ocf.audit._key)
    report = session.ocf.audit.verify()
    assert report.first_broken_seq == last - 1 and report.broken_origin is not None


def test_the_origin_chain_is_readable_without_the_data_key(session: Session) -> None:
    """Another laptop verifies it from the events alone: no key goes into the hash."""
    from btam_desktop.storage.audit import AuditLog

    cases.create_case(session, cases.NewCase("Owen Petrakis-Lund", "7"))
    assert AuditLog(session.ocf.conn, b"\x00" * 32)._verify_origins() == (None, 1)
    assert db.integrity_problems(session.ocf.conn) == []
