"""A plan's interventions are stored as JSON and read back by one reader: the Plan tab, the
printouts and what is due (the agenda, My tasks) see the same interventions, field by field."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import timedelta
from pathlib import Path

from btam_desktop.domain import clock
from btam_desktop.domain.plan import Intervention, InterventionStatus, InterventionType, Plan
from btam_desktop.domain.records import new_id
from btam_desktop.services import demo, manage, session as sessions
from btam_desktop.services.session import TEST_KDF, Session
from btam_desktop.storage import due_repo, manage_repo
from tests.scenario import kenzie_in_management

TODAY = clock.today()


def _every_field_set(marcus: str) -> Intervention:
    return Intervention(
        id=new_id(),
        domain="Environment",
        type=InterventionType.WEAPONS_ACCESS,
        description="Weapons-access counseling with the family",
        start_on=TODAY - timedelta(days=3),
        due_on=TODAY + timedelta(days=11),
        responsible_id=marcus,
        provider="Ridgeview Family Services",
        frequency="weekly",
        status=InterventionStatus.DISCONTINUED,
        status_reason="The family moved the knife to a relative's.",
        outcome="Locked away.",
        reduces=("Access to weapons",),
        strengthens=("Family support",),
        contact_id="a-contact-id",
        service_id="a-service-id",
    )


def test_every_field_of_an_intervention_survives_the_case_file(session: Session) -> None:
    case_id, marcus = kenzie_in_management(session)
    item = _every_field_set(marcus)
    defaults = Intervention(
        id="", domain="", type=InterventionType.OTHER, description="", start_on=TODAY
    )
    assert all(getattr(item, f.name) != getattr(defaults, f.name) for f in fields(Intervention))
    plan = Plan(id=new_id(), case_id=case_id, version=1, goals="", interventions=(item,))
    with session.ocf.transaction(intent="tests.setup") as tx:
        manage_repo.insert_plan(tx, plan, session.member_id)
    assert manage_repo.plans_of(session.ocf.conn, case_id)[0].interventions == (item,)


def test_a_plan_stored_before_later_fields_reads_the_same_everywhere(session: Session) -> None:
    """Interventions written before provider, frequency, factors and contacts existed take the
    record's defaults; the plan and what is due agree on which are open and on every field."""
    case_id, marcus = kenzie_in_management(session)
    due = TODAY + timedelta(days=5)
    stored = [
        {
            "id": "open-one",
            "domain": "Subject",
            "type": "counseling",
            "description": "Weekly counseling",
            "start_on": TODAY.isoformat(),
            "due_on": due.isoformat(),
            "responsible_id": marcus,
            "status": "active",
        },
        {
            "id": "done-one",
            "domain": "Subject",
            "type": "mentoring",
            "description": "Meet the coach",
            "start_on": TODAY.isoformat(),
            "due_on": None,
            "responsible_id": marcus,
            "status": "done",
        },
    ]
    with session.ocf.transaction(intent="tests.setup") as tx:
        tx.execute(
            "INSERT INTO plans (id, case_id, version, goals, interventions_json, created_at, "
            "created_by, updated_at, updated_by) VALUES (?,?,1,'',?,'',?,'',?)",
            (new_id(), case_id, json.dumps(stored), session.member_id, session.member_id),
        )
    plan = manage.plan_view(session, case_id).latest
    assert plan is not None
    first = plan.interventions[0]
    assert (first.frequency, first.provider, first.reduces, first.contact_id) == (
        "once",
        "",
        (),
        None,
    )
    facts = due_repo.due_facts(session.ocf.conn)
    assert [(w.id, w.text, w.assignee_id, w.due_on) for w in facts.interventions] == [
        ("open-one", "Weekly counseling", marcus, due)
    ]


def test_what_is_due_is_the_demo_plans_open_interventions(tmp_path: Path) -> None:
    s, _ = demo.build_demo(tmp_path / "demo.btam", "demo passphrase", kdf=TEST_KDF)
    try:
        facts = due_repo.due_facts(s.ocf.conn)
        due = sorted(
            (w.case_id, w.id, w.text, w.assignee_id, w.due_on) for w in facts.interventions
        )
        planned = sorted(
            (c.id, i.id, i.description, i.responsible_id, i.due_on)
            for c in facts.cases
            for plan in (manage.plan_view(s, c.id).latest,)
            if plan is not None
            for i in plan.interventions
            if i.status in (InterventionStatus.PLANNED, InterventionStatus.ACTIVE)
        )
        assert due and due == planned
    finally:
        sessions.lock(s)
