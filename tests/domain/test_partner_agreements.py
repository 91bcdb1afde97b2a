"""A partner's written agreement on a given day: missing, not yet in force, expired, or ending
within 30 days (a note only). The expiry is the agreement's last day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from btam_desktop.domain.contact import (
    AgreementIssue,
    AgreementProblem,
    Contact,
    ContactKind,
    agreement_problem,
    checked_contact,
)
from btam_desktop.domain.errors import ValidationError

EXPIRY = date(2027, 6, 30)


def partner(signed: date | None = date(2026, 8, 1), until: date | None = EXPIRY) -> Contact:
    return Contact(
        id="c1",
        name="Sam Quill-Oduya",
        kind=ContactKind.PARTNER,
        organization="Ridgeview County Juvenile Probation",
        agreement_on=signed,
        agreement_until=until,
    )


def test_the_expiry_day_is_the_last_day_the_agreement_holds() -> None:
    on_the_day = agreement_problem(partner(), EXPIRY)
    assert on_the_day == AgreementProblem(AgreementIssue.EXPIRING, EXPIRY)
    assert on_the_day is not None and not on_the_day.blocking
    day_after = agreement_problem(partner(), EXPIRY + timedelta(days=1))
    assert day_after == AgreementProblem(AgreementIssue.EXPIRED, EXPIRY)
    assert day_after is not None and day_after.blocking
    assert day_after.text() == "agreement expired on 2027-06-30"


def test_thirty_days_before_the_expiry_is_a_note_and_thirty_one_is_nothing() -> None:
    note = agreement_problem(partner(), EXPIRY - timedelta(days=30))
    assert note == AgreementProblem(AgreementIssue.EXPIRING, EXPIRY)
    assert note is not None and note.text() == "agreement expires on 2027-06-30"
    assert agreement_problem(partner(), EXPIRY - timedelta(days=31)) is None


def test_no_agreement_and_one_not_yet_signed_for_stop_a_partner() -> None:
    missing = agreement_problem(partner(None, None), EXPIRY)
    assert missing == AgreementProblem(AgreementIssue.MISSING)
    assert missing is not None and missing.blocking and missing.text() == "no agreement recorded"
    early = agreement_problem(partner(date(2026, 9, 1)), date(2026, 8, 31))
    assert early == AgreementProblem(AgreementIssue.NOT_YET, date(2026, 9, 1))
    assert early is not None and early.blocking
    # Signed with no end date: in force from that day on.
    assert agreement_problem(partner(date(2026, 8, 1), None), date(2030, 1, 1)) is None
    # Staff and providers have no agreement to check.
    staff = Contact(id="c2", name="Dale Okafor-Brandt", kind=ContactKind.STAFF)
    assert agreement_problem(staff, EXPIRY) is None


def test_checked_contact_keeps_a_partners_dates_in_order_and_drops_others() -> None:
    assert checked_contact(partner()).agreement_until == EXPIRY
    with pytest.raises(ValidationError, match="cannot expire"):
        checked_contact(partner(date(2027, 7, 1), EXPIRY))
    with pytest.raises(ValidationError, match="outside the dates"):
        checked_contact(partner(date(1850, 1, 1), None))
    provider = Contact(
        id="c3",
        name="Marisol Quintana-Reyes",
        kind=ContactKind.PROVIDER,
        agreement_on=date(2026, 1, 1),
        agreement_until=EXPIRY,
    )
    kept = checked_contact(provider)
    assert (kept.agreement_on, kept.agreement_until) == (None, None)
