"""The services directory and a case's referrals to services, as the window sees them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from btam_desktop.domain.community import CommunityService, ServiceReferral, Step


@dataclass(frozen=True, slots=True)
class CaseServices:
    """A case's referrals to services, with the directory they name (services taken off the
    list too, so old referrals keep their names) and the stall reminder's days."""

    referrals: tuple[ServiceReferral, ...]
    directory: tuple[CommunityService, ...]
    stall_days: int


@dataclass(frozen=True, slots=True)
class StepInput:
    """A step of a referral as typed: which, on what day, who gave consent, a note."""

    step: Step
    on: date
    given_by: str = ""
    note: str = ""
