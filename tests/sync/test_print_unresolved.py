"""Printing while a conflict is open: both versions under "Unresolved: two versions (… / …)",
never the silent pick (issue 16). Two members on their own laptops, real encrypted copies."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from btam_desktop.domain.errors import ValidationError
from btam_desktop.services import cases, manage, members, printing, session as sessions, sync
from btam_desktop.services.contracts.printing import PrintRequest
from btam_desktop.services.session import TEST_KDF, Session
from tests.conftest import LEAD, PASSPHRASE, PinClock, make_case_file
from tests.reports import pdftext
from tests.sync.replicas import full_exchange

COUNSELOR = "Marcus Test-Counselor"
COUNSELOR_PASSPHRASE = "a counselor's own fictional passphrase"


@pytest.fixture
def pair(tmp_path: Path, pin_clock: PinClock) -> Iterator[tuple[Session, Session, str]]:
    """The lead's laptop and the counselor's, one case with a summary and a plan."""
    pin_clock(datetime(2027, 3, 15, 7, 10), "America/New_York")
    lead, _ = make_case_file(tmp_path / "lead.btam")
    members.add_member(lead, COUNSELOR, "counselor", COUNSELOR_PASSPHRASE, kdf=TEST_KDF)
    case, _ = cases.create_case(lead, cases.NewCase("Owen Petrakis-Lund", "7"))
    cases.update_case(lead, case.id, cases.CaseEdit(level_of_concern="moderate"))
    manage.save_plan(lead, case.id, "Check in each morning.", (), 0)
    sessions.lock(lead)
    shutil.copytree(tmp_path / "lead.btam", tmp_path / "counselor.btam")
    a = sessions.unlock(tmp_path / "lead.btam", None, PASSPHRASE)
    b = sessions.unlock(tmp_path / "counselor.btam", COUNSELOR, COUNSELOR_PASSPHRASE)
    yield a, b, case.id
    sessions.lock(a)
    sessions.lock(b)


def _text(s: Session, kind: str, case_id: str) -> str:
    return pdftext.text(printing.prepare(s, PrintRequest(kind=kind, case_id=case_id)).pdf)


def test_a_level_changed_on_two_laptops_prints_both_never_one(
    pair: tuple[Session, Session, str],
) -> None:
    a, b, case_id = pair
    cases.update_case(a, case_id, cases.CaseEdit(level_of_concern="high"))
    cases.update_case(b, case_id, cases.CaseEdit(level_of_concern="low"))
    before = _text(a, "case-summary", case_id)
    quiet = printing.prepare(a, PrintRequest(kind="case-summary", case_id=case_id))
    assert quiet.warnings == ()
    assert "Unresolved" not in before  # positive control: one version prints as it is
    full_exchange([a, b])
    assert [c.kind for c in sync.conflicts(a)] == ["value"]
    warned = printing.prepare(a, PrintRequest(kind="case-summary", case_id=case_id))
    assert warned.warnings == (
        "1 change was made at the same time on two laptops and not resolved yet: every "
        "version prints, marked Unresolved. Resolve them first for a clean copy.",
    )
    for s in (a, b):
        page = _text(s, "case-summary", case_id)
        assert f"Unresolved: two versions ({LEAD} / {COUNSELOR})" in page or (
            f"Unresolved: two versions ({COUNSELOR} / {LEAD})" in page
        )
        assert "High concern" in page and "Low concern" in page
        plan = _text(s, "plan", case_id)
        assert "High concern" in plan and "Low concern" in plan and "Unresolved" in plan
    # Resolved on one laptop: one version prints again, everywhere.
    sync.resolve_conflict(b, "cases", case_id, "level_of_concern", "high")
    full_exchange([a, b])
    for s in (a, b):
        page = _text(s, "case-summary", case_id)
        assert "Unresolved" not in page and "High concern" in page
        assert "Low concern" not in page


def test_a_plan_published_twice_from_one_version_prints_both_plans(
    pair: tuple[Session, Session, str],
) -> None:
    a, b, case_id = pair
    manage.save_plan(a, case_id, "Lead's goals: lunch with a mentor.", (), 1)
    manage.save_plan(b, case_id, "Counselor's goals: a check-out at 3 pm.", (), 1)
    full_exchange([a, b])
    assert [c.kind for c in sync.conflicts(b)] == ["fork"]
    for s in (a, b):
        for kind in ("case-summary", "plan"):
            page = _text(s, kind, case_id)
            assert "Unresolved: two versions" in page, kind
            assert "lunch with a mentor" in page and "check-out at 3 pm" in page, kind
        # The family's copy waits for the team's choice, and says so.
        with pytest.raises(ValidationError, match="Two versions of this plan are open"):
            printing.prepare(s, PrintRequest(kind="parent-plan", case_id=case_id))
    latest = manage.plan_view(a, case_id).latest
    assert latest is not None
    manage.save_plan(a, case_id, "One plan, both ideas.", (), latest.version)
    full_exchange([a, b])
    for s in (a, b):
        page = _text(s, "plan", case_id)
        assert "Unresolved" not in page and "One plan, both ideas." in page
        assert "lunch with a mentor" not in page
        printing.prepare(s, PrintRequest(kind="parent-plan", case_id=case_id))


def test_markup_in_a_conflicting_text_prints_as_typed(
    pair: tuple[Session, Session, str],
) -> None:
    a, b, case_id = pair
    cases.update_case(a, case_id, cases.CaseEdit(summary="<b>Lead</b> & the bus."))
    cases.update_case(b, case_id, cases.CaseEdit(summary="Counselor: <i>lunch</i>."))
    full_exchange([a, b])
    page = _text(a, "case-summary", case_id)
    assert "Case summary — Unresolved: two versions" in page
    assert "<b>Lead</b> & the bus." in page and "Counselor: <i>lunch</i>." in page
