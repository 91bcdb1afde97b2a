"""A teammate updates BTAM Desktop first: their laptop writes to tables and fields this
laptop's version does not have yet. Those changes, and the ones of that laptop built on them,
wait (`sync_quarantine.NEWER`) instead of failing the sync, and apply at the first sync after
this laptop is updated. Here the older version is today's schema with the partners' agreement
fields taken out, as a laptop still on the previous release sees it."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import cast

import pytest

from btam_desktop.domain.contact import Contact, ContactKind
from btam_desktop.services import cases, contacts, demo, session as sessions, sync
from btam_desktop.services.session import TEST_KDF
from btam_desktop.storage import sync_apply, sync_quarantine, sync_schema, sync_values
from btam_desktop.storage.sync_values import Closed
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


def test_a_value_this_version_cannot_read_waits_for_the_update(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A newer version adds a member to a closed list (here the partner kind of contact, as
    the release before partners lacked it): the op that writes it waits as `newer` instead of
    leaving a row every screen listing contacts would fail to read."""
    newer, older, third = three_replicas(
        tmp_path, lambda s: cases.create_case(s, cases.NewCase("Owen Petrakis-Lund", "7"))
    )
    sessions.lock(third)
    before = sync.seen(older)
    contacts.save_contact(
        newer, Contact(id="", name="Dr. Nadia Fenwick-Sall", kind=ContactKind.PARTNER)
    )
    ops = sync.outgoing(newer, before)
    older_kinds = {k.name: k.value for k in ContactKind if k is not ContactKind.PARTNER}
    without_partner = Closed(cast(type[StrEnum], StrEnum("ContactKind", older_kinds)))

    with monkeypatch.context() as m:
        m.setitem(sync_values.CLOSED, ("contacts", "kind"), (without_partner,))
        report, _ = sync.apply_ops(older, ops)
        assert (report.applied, report.newer) == (0, 1)
        assert contacts.list_contacts(older) == []

    report, _ = sync.apply_ops(older, [])
    assert (report.applied, report.newer) == (1, 0)
    assert [c.kind for c in contacts.list_contacts(older)] == [ContactKind.PARTNER]
    for s in (newer, older):
        sessions.lock(s)


def test_the_value_check_reads_values_as_the_repositories_do() -> None:
    """Control: known codes pass in each shape (one code, codes with commas, codes inside a
    plan's JSON), unknown ones are refused, and "not recorded" is always readable."""
    assert sync_values.known_value("disclosures", "document", "state-report")
    assert not sync_values.known_value("disclosures", "document", "hologram")
    assert sync_values.known_value("evaluation", "races", "asian,white")
    assert not sync_values.known_value("evaluation", "races", "asian,martian")
    plan = '[{"type": "mentoring", "status": "planned"}]'
    assert sync_values.known_value("plans", "interventions_json", plan)
    assert not sync_values.known_value("plans", "interventions_json", plan.replace("ment", "x"))
    assert not sync_values.known_value(
        "plans", "interventions_json", plan.replace("planned", "dreamt")
    )
    assert sync_values.known_value("evaluation", "sex", None)
    assert sync_values.known_value("cases", "summary", "anything at all")
    effect = {"kind": "insert", "table": "disclosures", "id": "d1"}
    assert not sync_apply.understood({"effects": [{**effect, "row": {"document": "hologram"}}]})
    assert sync_apply.understood({"effects": [{**effect, "row": {"document": "plan"}}]})
    change = {"kind": "set", "table": "cases", "id": "c1", "field": "status"}
    assert not sync_apply.understood({"effects": [{**change, "new": "vanished"}]})
    assert sync_apply.understood({"effects": [{**change, "new": "closed"}]})


def test_every_closed_column_is_synced_and_the_demo_writes_only_known_values(
    tmp_path: Path,
) -> None:
    """The lists name real columns, and this version's own data passes its own check (else
    teammates on the same version would hold each other's changes back)."""
    s, _ = demo.build_demo(tmp_path / "demo.btam", "demo passphrase", kdf=TEST_KDF)
    checked = 0
    for table, column in sync_values.CLOSED:
        assert column in sync_schema.COLUMNS[table], (table, column)
        for (value,) in s.ocf.conn.execute(f'SELECT "{column}" FROM "{table}"'):
            assert sync_values.known_value(table, column, value), (table, column, value)
            checked += 1
    assert checked > 500
    sessions.lock(s)
