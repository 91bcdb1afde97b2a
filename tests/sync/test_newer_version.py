"""A teammate updates BTAM Desktop first: their laptop writes to tables and fields this
laptop's version does not have yet. Those changes, and the ones of that laptop built on them,
wait (`sync_quarantine.NEWER`) instead of failing the sync, and apply at the first sync after
this laptop is updated. Here the older version is today's schema with the partners' agreement
fields taken out, as a laptop still on the previous release sees it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from btam_desktop.domain.contact import Contact, ContactKind
from btam_desktop.services import cases, contacts, session as sessions, sync
from btam_desktop.storage import sync_apply, sync_quarantine, sync_schema
from tests.sync.replicas import synced_tables, three_replicas


def _older_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    """The schema of the release before the partners' agreements (schema 15)."""
    older = dict(sync_schema.COLUMNS)
    older["contacts"] = {
        name: policy
        for name, policy in sync_schema.COLUMNS["contacts"].items()
        if name not in ("agreement_on", "agreement_until")
    }
    older.pop("meeting_partners")
    monkeypatch.setattr(sync_schema, "COLUMNS", older)


def test_changes_from_a_newer_version_wait_for_the_update(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    newer, older, third = three_replicas(
        tmp_path, lambda s: cases.create_case(s, cases.NewCase("Owen Petrakis-Lund", "7"))
    )
    sessions.lock(third)
    case_id = cases.list_cases(newer)[0].id
    before = sync.seen(older)
    contacts.save_contact(
        newer,
        Contact(
            id="",
            name="Dr. Nadia Fenwick-Sall",
            kind=ContactKind.PARTNER,
            organization="Ridgeview Family Services",
            agreement_on=date(2026, 8, 1),
            agreement_until=date(2027, 6, 30),
        ),
    )
    cases.update_case(newer, case_id, cases.CaseEdit(summary="Built on the partner's change."))
    ops = sync.outgoing(newer, before)

    with monkeypatch.context() as m:
        _older_schema(m)
        report, _ = sync.apply_ops(older, ops)
        assert (report.applied, report.newer, report.parked) == (0, 1, 1)
        assert sync_quarantine.count(older.ocf.conn, sync_quarantine.NEWER) == 1
        assert contacts.list_contacts(older) == []
        assert cases.get_case(older, case_id).case.summary != "Built on the partner's change."
        again, _ = sync.apply_ops(older, [])  # a later sync, still not updated: still waiting
        assert (again.applied, again.newer, again.parked) == (0, 1, 1)

    # Updated: the next sync applies both, in order, and the copies agree.
    report, _ = sync.apply_ops(older, [])
    assert (report.applied, report.newer, report.parked) == (2, 0, 0)
    assert sync_quarantine.parked(older.ocf.conn) == []
    (partner,) = contacts.list_contacts(older)
    assert partner.agreement_until == date(2027, 6, 30)
    assert cases.get_case(older, case_id).case.summary == "Built on the partner's change."
    assert synced_tables(older) == synced_tables(newer)
    for s in (newer, older):
        sessions.lock(s)


def test_an_op_this_version_understands_is_not_held() -> None:
    """Control: the check passes every effect kind on known tables and columns and refuses an
    unknown table, an unknown column and an unknown kind of effect."""
    known = {"table": "cases", "id": "c1"}
    assert sync_apply.understood({"effects": [{**known, "kind": "set", "field": "summary"}]})
    assert sync_apply.understood({"effects": [{**known, "kind": "delete", "row": {}}]})
    assert sync_apply.understood({"effects": [{**known, "kind": "head", "value": "v"}]})
    assert not sync_apply.understood({"effects": [{**known, "kind": "set", "field": "mood"}]})
    assert not sync_apply.understood({"effects": [{**known, "table": "x", "kind": "delete"}]})
    assert not sync_apply.understood({"effects": [{**known, "kind": "rename"}]})
    insert = {**known, "kind": "insert", "row": {"id": "c1", "summary": "", "colour": "red"}}
    assert not sync_apply.understood({"effects": [insert]})
