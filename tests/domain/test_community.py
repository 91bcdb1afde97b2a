"""The life of a referral to a service: what may follow what, days in order, consent names
who gave it, and when an open referral counts as stalled."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from btam_desktop.domain.community import (
    NEXT,
    STALL_DAYS,
    CommunityService,
    ReferralStep,
    ServiceKind,
    ServiceReferral,
    Step,
    check_step,
    checked_service,
    ordered,
    stalled_since,
)
from btam_desktop.domain.errors import ValidationError

TODAY = date(2026, 11, 20)


def _with(*steps: tuple[Step, date]) -> ServiceReferral:
    return ServiceReferral(
        id="r",
        case_id="c",
        service_id="s",
        steps=tuple(
            ReferralStep(id=str(i), step=step, on=on, given_by="Ms. Rivera-Holm")
            for i, (step, on) in enumerate(steps)
        ),
    )


def _step(step: Step, on: date, given_by: str = "") -> ReferralStep:
    return ReferralStep(id="n", step=step, on=on, given_by=given_by)


def test_the_whole_life_in_order_is_accepted() -> None:
    referral = _with()
    day = date(2026, 10, 1)
    for step in (
        Step.SUGGESTED,
        Step.CONSENT,
        Step.REFERRED,
        Step.ACCEPTED,
        Step.FIRST_APPOINTMENT,
        Step.COMPLETED,
    ):
        checked = check_step(referral, _step(step, day, "Mr. Tran, father"), TODAY)
        referral = ServiceReferral(
            id="r", case_id="c", service_id="s", steps=(*referral.steps, checked)
        )
        day += timedelta(days=3)
    assert referral.current.step is Step.COMPLETED
    assert not referral.is_open and referral.next_steps == ()


@pytest.mark.parametrize(
    ("after", "step"),
    [
        (Step.SUGGESTED, Step.REFERRED),  # no consent yet
        (Step.CONSENT, Step.ACCEPTED),
        (Step.REFERRED, Step.COMPLETED),
        (Step.ACCEPTED, Step.DECLINED),
        (Step.DECLINED, Step.FIRST_APPOINTMENT),  # ended
        (Step.DROPPED, Step.CONSENT),
        (Step.COMPLETED, Step.DROPPED),
    ],
)
def test_a_step_out_of_order_is_refused_and_says_what_comes_next(after: Step, step: Step) -> None:
    referral = _with((after, date(2026, 10, 1)))
    with pytest.raises(ValidationError, match="cannot follow") as raised:
        check_step(referral, _step(step, date(2026, 10, 2), "Ms. Rivera-Holm"), TODAY)
    assert ("nothing: it has ended" in str(raised.value)) == (not NEXT[after])


def test_the_first_step_is_a_suggestion() -> None:
    with pytest.raises(ValidationError, match="nothing yet"):
        check_step(_with(), _step(Step.CONSENT, TODAY, "Ms. Rivera-Holm"), TODAY)


def test_dropping_is_possible_at_every_open_step() -> None:
    open_steps = [s for s, nxt in NEXT.items() if nxt]
    assert all(Step.DROPPED in NEXT[s] for s in open_steps)


def test_a_day_before_the_previous_step_or_after_today_is_refused() -> None:
    referral = _with((Step.SUGGESTED, date(2026, 10, 10)))
    with pytest.raises(ValidationError, match="before the previous step"):
        check_step(referral, _step(Step.CONSENT, date(2026, 10, 9), "Mr. Tran"), TODAY)
    with pytest.raises(ValidationError, match="after today"):
        check_step(referral, _step(Step.CONSENT, TODAY + timedelta(days=1), "Mr. Tran"), TODAY)
    same_day = check_step(referral, _step(Step.CONSENT, date(2026, 10, 10), "Mr. Tran"), TODAY)
    assert same_day.on == date(2026, 10, 10)


def test_consent_names_who_gave_it() -> None:
    referral = _with((Step.SUGGESTED, date(2026, 10, 10)))
    with pytest.raises(ValidationError, match="who gave"):
        check_step(referral, _step(Step.CONSENT, date(2026, 10, 11), "  "), TODAY)


def test_an_open_referral_stalls_after_the_days_without_a_step() -> None:
    last = date(2026, 11, 1)
    referral = _with((Step.SUGGESTED, date(2026, 10, 20)), (Step.REFERRED, last))
    assert stalled_since(referral, last + timedelta(days=STALL_DAYS - 1)) is None
    assert stalled_since(referral, last + timedelta(days=STALL_DAYS)) == last + timedelta(
        days=STALL_DAYS
    )
    ended = _with((Step.SUGGESTED, date(2026, 1, 5)), (Step.DROPPED, date(2026, 1, 6)))
    assert stalled_since(ended, TODAY) is None


def test_steps_are_ordered_by_day_then_by_their_place_in_the_life() -> None:
    day = date(2026, 10, 1)
    steps = [_step(Step.REFERRED, day), _step(Step.SUGGESTED, day), _step(Step.CONSENT, day)]
    assert [s.step for s in ordered(steps)] == [Step.SUGGESTED, Step.CONSENT, Step.REFERRED]


def test_a_service_needs_a_name_and_keeps_its_text() -> None:
    with pytest.raises(ValidationError, match="service's name"):
        checked_service(CommunityService(id="s", name=" ", kind=ServiceKind.MENTORING))
    kept = checked_service(
        CommunityService(
            id="s",
            name=" Ridgeview Family Services ",
            kind=ServiceKind.FAMILY_SUPPORT,
            notes="Ask for intake <b>desk</b>",
        )
    )
    assert (kept.name, kept.notes) == ("Ridgeview Family Services", "Ask for intake <b>desk</b>")
