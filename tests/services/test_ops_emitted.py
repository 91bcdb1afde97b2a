"""Every state-changing service call leaves at least one op named after it, and a call that
changes nothing that travels leaves none (research 5.5, the completeness test).

A fixture wraps every service of the host table (`services/host.py`) while a representative
run goes through them: the Kenzie scenario taken further, and the demo builder. Each outermost
call compares the rows it changed (`total_changes`) with the ops it added."""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from btam_desktop.domain.contact import Contact, ContactKind
from btam_desktop.domain.plan import Intervention, InterventionType
from btam_desktop.domain.records import new_id, today
from btam_desktop.services import (
    cases,
    contacts,
    demo,
    host,
    manage,
    meetings,
    session as sessions,
    sync_settings,
)
from btam_desktop.services.session import TEST_KDF, Session
from btam_desktop.storage.sync_capture import decode_body
from tests.conftest import make_case_file
from tests.scenario import kenzie_in_management

SERVICES = Path(host.__file__).parent
#: Services that write only tables that never travel (drafts of unsaved forms, this laptop's
#: sync folder).
LOCAL_ONLY = {"drafts.save", "drafts.take", "sync.set_folder"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Call:
    service: str
    changed_rows: int
    intents: tuple[str, ...]


def _ops_count(s: Session) -> int:
    return int(s.ocf.conn.execute("SELECT count(*) FROM sync_ops").fetchone()[0])


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Call]]:
    """Records every outermost service call made with a session."""
    seen: list[Call] = []
    depth = [0]

    def wrap(service: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def recorded(*args: Any, **kwargs: Any) -> Any:
            s = args[0] if args and isinstance(args[0], Session) else None
            if s is None or depth[0]:
                return function(*args, **kwargs)
            ops, changes = _ops_count(s), s.ocf.conn.total_changes
            depth[0] += 1
            try:
                return function(*args, **kwargs)
            finally:
                depth[0] -= 1
                if s.ocf.is_open:
                    intents = tuple(
                        str(r[0])
                        for r in s.ocf.conn.execute(
                            "SELECT intent FROM sync_ops ORDER BY rowid LIMIT -1 OFFSET ?",
                            (ops,),
                        )
                    )
                    # The ops' own rows are not the service's changes.
                    own = s.ocf.conn.total_changes - changes - 2 * len(intents)
                    seen.append(Call(service=service, changed_rows=own, intents=intents))

        return recorded

    for service, (module, name) in host._WITH_SESSION.items():
        loaded = importlib.import_module(f"btam_desktop.services.{module}")
        monkeypatch.setattr(loaded, name, wrap(service, getattr(loaded, name)))
    yield seen


def _check(calls: list[Call]) -> set[str]:
    """Each call: ops only under its own name; ops exactly when it changed rows that travel."""
    wrong = []
    for call in calls:
        if call.service in LOCAL_ONLY:
            ok = not call.intents
        elif call.changed_rows > 0:
            ok = bool(call.intents) and set(call.intents) == {call.service}
        else:
            ok = not call.intents
        if not ok:
            wrong.append(call)
    assert not wrong, wrong
    return {c.service for c in calls if c.intents}


def test_the_scenario_emits_one_op_per_change_named_for_its_service(
    tmp_path: Path, calls: list[Call]
) -> None:
    s, _ = make_case_file(tmp_path / "team.btam")
    try:
        case_id, marcus = kenzie_in_management(s)
        cases.update_case(s, case_id, cases.CaseEdit(summary="Knife at home, locked away."))
        cases.update_case(s, case_id, cases.CaseEdit(summary="Knife at home, locked away."))
        cases.get_case(s, case_id)
        cases.list_columns(s)
        contact, _ = contacts.save_contact(
            s, Contact(id="", name="Dr. Amara Lindqvist-Oduya", kind=ContactKind.PROVIDER)
        )
        manage.save_plan(
            s,
            case_id,
            "Keep Kenzie safe at school.",
            (
                Intervention(
                    id=new_id(),
                    domain="Student",
                    type=InterventionType.COUNSELING,
                    description="Weekly counseling",
                    start_on=today(),
                    responsible_id=marcus,
                ),
            ),
            0,
        )
        manage.plan_view(s, case_id)
        manage.add_checkin(s, case_id, today(), "Calmer.", "down")
        meetings.schedule(s, meetings.MeetingInput(today(), "15:30", 60, "Library", s.member_id))
        meetings.list_meetings(s)
        (tmp_path / "share").mkdir()
        sync_settings.set_folder(s, tmp_path / "share")  # this laptop's own: no op
        assert contact.id
    finally:
        sessions.lock(s)
    emitted = _check(calls)
    assert {
        "intake.referral",
        "intake.record_screening",
        "cases.change_status",
        "assess.record",
        "cases.update",
        "contacts.save",
        "manage.save_plan",
        "manage.add_checkin",
        "meetings.schedule",
    } <= emitted
    # Reads ran too, and left nothing (the unchanged second edit changed no row either).
    assert {"cases.get", "cases.list", "manage.plan", "meetings.list", "sync.set_folder"} <= {
        c.service for c in calls if not c.intents
    }


def test_the_demo_builder_emits_ops_for_every_change(tmp_path: Path, calls: list[Call]) -> None:
    s, _ = demo.build_demo(tmp_path / "demo.btam", "demo passphrase", cases_count=12, kdf=TEST_KDF)
    try:
        origins = s.ocf.conn.execute("SELECT count(DISTINCT origin) FROM sync_ops").fetchone()
        events = s.ocf.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
        in_ops = sum(
            len(decode_body(r[0])["audit"]) for r in s.ocf.conn.execute("SELECT body FROM sync_ops")
        )
    finally:
        sessions.lock(s)
    emitted = _check(calls)
    assert len(emitted) >= 10, emitted
    assert origins == (1,)
    assert in_ops == events  # every audit event travels in an op


def test_every_intent_in_the_services_names_a_service() -> None:
    """An op's intent is the service's name in the host table, so the team history can say
    what a person did; the few without a row there are named as `module.function`."""
    named = set(host._WITH_SESSION) | set(host._WITHOUT_SESSION)
    others = {
        "cases.add_person",
        "files.export_everything",
        "session.recover",
        "sync.apply_ops",
        "sync_blobs.pull",
        "sync_relay.remember",
        "sync.resolve_conflict",
        "sync.learn_removal",  # a sync's first step: whose later changes wait for a lead
    }
    used = {
        m
        for path in SERVICES.rglob("*.py")
        for m in re.findall(r'transaction\(intent="([\w.]+)"\)', path.read_text())
    }
    assert used and used - named == others
