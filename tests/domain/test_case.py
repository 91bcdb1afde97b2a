from datetime import date

import pytest
from hypothesis import given, strategies as st

from btam_desktop.domain.case import (
    STATUS_ORDER,
    CaseStatus,
    allowed_transitions,
    check_transition,
    format_case_number,
    next_case_number,
    parse_case_number,
    school_year_of,
)
from btam_desktop.domain.errors import TransitionError, ValidationError


def test_school_year_turns_on_first_of_july() -> None:
    assert school_year_of(date(2026, 6, 30)) == 2025
    assert school_year_of(date(2026, 7, 1)) == 2026
    assert school_year_of(date(2027, 1, 15)) == 2026


def test_numbers_count_up_within_a_school_year_only() -> None:
    assert next_case_number(date(2026, 11, 28), []) == "2026-0001"
    assert next_case_number(date(2026, 11, 28), ["2026-0013", "2026-0002"]) == "2026-0014"
    assert next_case_number(date(2026, 11, 28), ["2025-0099"]) == "2026-0001"
    assert next_case_number(date(2027, 3, 1), ["2026-9999"]) == "2026-10000"


@given(st.integers(2000, 2100), st.integers(1, 10**6))
def test_case_numbers_round_trip(year: int, seq: int) -> None:
    assert parse_case_number(format_case_number(year, seq)) == (year, seq)


@pytest.mark.parametrize("bad", ["", "2026", "2026-14", "26-0014", "2026-00x4", "2026-0014 "])
def test_malformed_case_numbers_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        parse_case_number(bad)


def test_the_workflow_moves_one_stage_at_a_time() -> None:
    check_transition(CaseStatus.REFERRAL, CaseStatus.SCREENING, "")
    with pytest.raises(TransitionError, match="cannot move to management"):
        check_transition(CaseStatus.REFERRAL, CaseStatus.MANAGEMENT, "")
    check_transition(CaseStatus.ASSESSMENT, CaseStatus.INQUIRY, "")  # back for more facts
    check_transition(CaseStatus.MONITORING, CaseStatus.ASSESSMENT, "")  # reassess


def test_closing_and_reopening_need_a_reason() -> None:
    with pytest.raises(TransitionError, match="Closing"):
        check_transition(CaseStatus.SCREENING, CaseStatus.CLOSED, "  ")
    check_transition(CaseStatus.SCREENING, CaseStatus.CLOSED, "Dismissed: not a threat.")
    with pytest.raises(TransitionError, match="Reopening"):
        check_transition(CaseStatus.CLOSED, CaseStatus.SCREENING, "")
    assert allowed_transitions(CaseStatus.CLOSED) == {CaseStatus.SCREENING}


@given(st.sampled_from(STATUS_ORDER), st.sampled_from(STATUS_ORDER))
def test_every_open_stage_can_close_and_nothing_jumps_ahead(a: CaseStatus, b: CaseStatus) -> None:
    allowed = allowed_transitions(a)
    if a is not CaseStatus.CLOSED:
        assert CaseStatus.CLOSED in allowed
    if b in allowed and b is not CaseStatus.CLOSED and a is not CaseStatus.CLOSED:
        assert STATUS_ORDER.index(b) <= STATUS_ORDER.index(a) + 1
    assert a not in allowed
