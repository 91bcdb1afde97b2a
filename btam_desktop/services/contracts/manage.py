"""The support plan as the Plan tab shows it; notifications and reviews as typed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from btam_desktop.domain.pack import Pack
from btam_desktop.domain.plan import Plan


@dataclass(frozen=True, slots=True)
class PlanView:
    latest: Plan | None
    domains: tuple[str, ...]
    risk_factors: tuple[str, ...]  # from the latest assessment
    protective_factors: tuple[str, ...]
    unaddressed_risk: tuple[str, ...]
    unaddressed_protective: tuple[str, ...]
    needs_reassignment: tuple[str, ...]  # interventions whose member has left the team
    review_days: int = 30  # the cadence of the latest assessment's level
    #: The case's model: the window shows its domains and factors in its own language.
    pack: Pack | None = None


@dataclass(frozen=True, slots=True)
class NotificationInput:
    recipient: str
    recipient_name: str
    notified_on: date
    method: str
    shared: str
    legal_basis: str
    contact_id: str | None = None  # who was told, from the list of staff and providers


@dataclass(frozen=True, slots=True)
class ReviewInput:
    held_on: date
    attendees: tuple[str, ...]
    progress: str
    decision: str
    next_review: date | None
