"""The services directory and referrals to services through the services: round trips with
their audit events (ids only, no student or service text), refusals that change nothing, and
a stalled referral reminding its case manager in My tasks (pinned clock)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from btam_desktop.domain import clock
from btam_desktop.domain.community import CommunityService, ServiceKind, Step
from btam_desktop.domain.tasks import TaskKind
from btam_desktop.services import cases, community, tasks
from btam_desktop.services.contracts.community import StepInput
from btam_desktop.services.errors import ValidationError
from btam_desktop.services.session import Session
from tests.conftest import PinClock
from tests.scenario import kenzie_in_inquiry


def _service(session: Session, name: str = "Ridgeview Family Services") -> CommunityService:
    saved, changes = community.save_service(
        session,
        CommunityService(
            id="",
            name=name,
            kind=ServiceKind.FAMILY_SUPPORT,
            contact="555-0142, intake desk",
            languages="English, Spanish",
            cost="Sliding scale",
            notes="Evening appointments on Thursdays.",
        ),
    )
    assert changes.roster
    return saved


def _last_detail(session: Session) -> tuple[str, str, dict[str, object]]:
    event = session.ocf.audit.events()[-1]
    return event.action, event.entity_id, dict(event.detail)


def test_a_service_is_added_changed_and_taken_off_the_list(session: Session) -> None:
    saved = _service(session)
    assert _last_detail(session) == ("community.service_added", saved.id, {"listed": True})
    moved = replace(saved, contact="555-0199", removed_on=clock.today())
    community.save_service(session, moved)
    action, entity, detail = _last_detail(session)
    assert (action, entity, detail) == ("community.service_updated", saved.id, {"listed": False})
    (listed,) = community.directory(session)
    assert listed == moved and not listed.listed
    # Ids only: nothing the service's text says is in the audit trail.
    trail = json.dumps([e.detail for e in session.ocf.audit.events()])
    assert "Ridgeview" not in trail and "555" not in trail


def test_a_referral_is_suggested_consented_and_referred(session: Session) -> None:
    case_id, _ = kenzie_in_inquiry(session)
    service = _service(session)
    today = clock.today()
    referral, changes = community.suggest(
        session, case_id, service.id, today - timedelta(days=3), note="Family asked about help."
    )
    assert changes.cases == {case_id}
    assert _last_detail(session) == (
        "community.referral_suggested",
        referral.id,
        {"service_id": service.id},
    )
    community.record_step(
        session,
        referral.id,
        StepInput(Step.CONSENT, today - timedelta(days=2), "Ms. Varga, mother"),
    )
    community.record_step(session, referral.id, StepInput(Step.REFERRED, today))
    assert _last_detail(session) == (
        "community.referral_step",
        referral.id,
        {"step": "referred"},
    )
    assert session.ocf.audit.events()[-1].case_id == case_id
    shown = community.of_case(session, case_id)
    (back,) = shown.referrals
    assert [s.step for s in back.steps] == [Step.SUGGESTED, Step.CONSENT, Step.REFERRED]
    assert back.steps[1].given_by == "Ms. Varga, mother"
    assert back.next_steps == (Step.ACCEPTED, Step.DECLINED, Step.DROPPED)
    assert [s.id for s in shown.directory] == [service.id]


def test_a_refused_step_changes_nothing(session: Session) -> None:
    case_id, _ = kenzie_in_inquiry(session)
    service = _service(session)
    referral, _ = community.suggest(session, case_id, service.id, clock.today())
    events = len(session.ocf.audit.events())
    with pytest.raises(ValidationError, match="cannot follow"):
        community.record_step(session, referral.id, StepInput(Step.ACCEPTED, clock.today()))
    with pytest.raises(ValidationError, match="who gave"):
        community.record_step(session, referral.id, StepInput(Step.CONSENT, clock.today()))
    assert len(session.ocf.audit.events()) == events
    (back,) = community.of_case(session, case_id).referrals
    assert len(back.steps) == 1


def test_a_service_taken_off_the_list_cannot_be_suggested(session: Session) -> None:
    case_id, _ = kenzie_in_inquiry(session)
    service = _service(session)
    community.save_service(session, replace(service, removed_on=clock.today()))
    with pytest.raises(ValidationError, match="taken off the list"):
        community.suggest(session, case_id, service.id, clock.today())
    assert community.of_case(session, case_id).referrals == ()


def test_a_stalled_referral_is_a_task_for_the_case_manager(
    session: Session, pin_clock: PinClock
) -> None:
    pin_clock(datetime(2026, 11, 20, 9, 0))
    case_id, _ = kenzie_in_inquiry(session)
    manager = cases.get_case(session, case_id).case.case_manager_id
    service = _service(session)
    today = clock.today()
    moving, _ = community.suggest(session, case_id, service.id, today - timedelta(days=13))
    stalled, _ = community.suggest(session, case_id, service.id, today - timedelta(days=20))
    community.record_step(
        session, stalled.id, StepInput(Step.CONSENT, today - timedelta(days=14), "Mr. Holloway")
    )
    (task,) = [t for t in tasks.tasks_of(session, manager) if t.kind is TaskKind.SERVICE_REFERRAL]
    assert (task.source_id, task.case_id, task.due_on) == (stalled.id, case_id, today)
    assert "Ridgeview Family Services" in task.title and "next referred" in task.title
    # A step moves it on: no reminder until it stalls again.
    community.record_step(session, stalled.id, StepInput(Step.REFERRED, today))
    assert not [t for t in tasks.tasks_of(session, manager) if t.source_id == stalled.id]
    assert moving.id != stalled.id
