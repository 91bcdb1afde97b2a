"""The timeline's sentences for a saved plan: counted in words, and whole for plan versions a
meeting saved before their events recorded a count (they said "(None interventions)")."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from btam_desktop.domain.audit import AuditEvent
from btam_desktop.ui.screens.cases.timeline import describe

NAMES = {"m-1": "Lucía Ortega-Byrne"}


def plan_saved(detail: dict[str, object]) -> AuditEvent:
    return AuditEvent(
        seq=1,
        ts="2026-12-06T14:30:00Z",
        member_id="m-1",
        action="plan.saved",
        entity="plan",
        entity_id="p-1",
        case_id="c-1",
        detail=detail,
    )


@pytest.mark.parametrize(
    ("detail", "said"),
    [
        ({"version": 3, "interventions": 4}, "saved plan version 3 (4 interventions)"),
        ({"version": 2, "interventions": 1}, "saved plan version 2 (1 intervention)"),
        ({"version": 1, "interventions": 0}, "saved plan version 1 (0 interventions)"),
        ({"version": 2, "from": "meeting"}, "saved plan version 2"),
    ],
)
def test_a_saved_plan_is_told_in_words(qtbot: QtBot, detail: dict[str, object], said: str) -> None:
    sentence = describe(plan_saved(detail), NAMES)
    assert sentence.endswith(f"Lucía Ortega-Byrne {said}"), sentence


@pytest.mark.parametrize(
    ("action", "detail", "said"),
    [
        ("retention.hold_placed", {}, "put the case on legal hold"),
        ("retention.hold_lifted", {}, "lifted the legal hold"),
        (
            "retention.kept",
            {"rule": "plan", "review_on": "2037-09-01"},
            "kept the case past its retention date, to review on Sep 1, 2037",
        ),
        (
            "retention.level_cleared",
            {"rule": "low_level", "level": "low"},
            "removed the level label under the retention rules",
        ),
        ("transfer.sent", {"late": False}, "sent a transfer packet to a receiving school"),
        (
            "transfer.sent",
            {"late": True},
            "sent a transfer packet to a receiving school, after the deadline",
        ),
        ("transfer.received", {}, "received the case from another school (transfer packet)"),
    ],
)
def test_retention_and_transfer_steps_are_told_in_words(
    qtbot: QtBot, action: str, detail: dict[str, object], said: str
) -> None:
    event = AuditEvent(
        seq=1,
        ts="2026-12-06T14:30:00Z",
        member_id="m-1",
        action=action,
        entity="case",
        entity_id="c-1",
        case_id="c-1",
        detail=detail,
    )
    assert describe(event, NAMES).endswith(f"Lucía Ortega-Byrne {said}")
