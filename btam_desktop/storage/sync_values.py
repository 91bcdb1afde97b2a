"""The columns whose values name a member of a closed list (a domain enum), for sync.

A newer BTAM Desktop may add a member to a list: a kind of document, of contact, of plan item.
This version reads such a column through its enum (`DocumentKind(r[2])`), so a row carrying
a value it does not know would break every screen that lists those rows. `sync_apply.
understood` asks `known_value` of every value an op writes to these columns: an op with a
value this version does not know waits as `newer`, like one naming a column it lacks, and
applies at the first sync after the update.

Values are checked as the repositories read them: a code, a comma-separated list of codes
(`evaluation.races`), or the codes inside a JSON list of objects (a plan's interventions).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from btam_desktop.domain.case import CaseStatus, PersonRole
from btam_desktop.domain.community import ServiceKind, Step
from btam_desktop.domain.contact import ContactKind
from btam_desktop.domain.disclosure import Destination, DocumentKind
from btam_desktop.domain.evaluation import (
    Disability,
    Discipline,
    LawEnforcement,
    Race,
    Service,
    Sex,
)
from btam_desktop.domain.harm_to_self import MarkSource
from btam_desktop.domain.inquiry import ItemStatus
from btam_desktop.domain.meeting import ActionKind, AgendaKind
from btam_desktop.domain.plan import (
    InterventionStatus,
    InterventionType,
    LegalBasis,
    Recipient,
    ReviewDecision,
    Trend,
)
from btam_desktop.domain.referral import Channel, ReporterKind, ScreeningDecision
from btam_desktop.domain.team import Role


@functools.cache
def _codes(enum: type[StrEnum]) -> frozenset[str]:
    return frozenset(member.value for member in enum)


@dataclass(frozen=True, slots=True)
class Closed:
    """A column whose values are codes of `enum`: one code; codes separated by commas
    (`listed`: "asian,white"); or, with `field`, the code that field holds in each object of
    a JSON list (a plan's interventions). Empty or NULL is "not recorded", which every reader
    takes."""

    enum: type[StrEnum]
    listed: bool = False
    field: str = ""

    def takes(self, value: object) -> bool:
        codes = _codes(self.enum)
        if value is None or value == "":
            return True
        if self.field:
            try:
                items = json.loads(str(value))
            except ValueError:
                return False
            return isinstance(items, list) and all(
                not isinstance(item, dict) or item.get(self.field) in (None, *codes)
                for item in items
            )
        if self.listed:
            return all(code in codes for code in str(value).split(",") if code)
        return value in codes


#: (table, column) -> the lists its values come from.
CLOSED: dict[tuple[str, str], tuple[Closed, ...]] = {
    ("members", "role"): (Closed(Role),),
    ("contacts", "kind"): (Closed(ContactKind),),
    ("cases", "status"): (Closed(CaseStatus),),
    ("status_changes", "from_status"): (Closed(CaseStatus),),
    ("status_changes", "to_status"): (Closed(CaseStatus),),
    ("persons", "role"): (Closed(PersonRole),),
    ("referrals", "channel"): (Closed(Channel),),
    ("referrals", "reporter_kind"): (Closed(ReporterKind),),
    ("screenings", "decision"): (Closed(ScreeningDecision),),
    ("inquiry_items", "status"): (Closed(ItemStatus),),
    ("plans", "interventions_json"): (
        Closed(InterventionType, field="type"),
        Closed(InterventionStatus, field="status"),
    ),
    ("notifications", "recipient"): (Closed(Recipient),),
    ("notifications", "legal_basis"): (Closed(LegalBasis),),
    ("checkins", "trend"): (Closed(Trend),),
    ("reviews", "decision"): (Closed(ReviewDecision),),
    ("agenda_items", "kind"): (Closed(AgendaKind),),
    ("action_items", "kind"): (Closed(ActionKind),),
    ("disclosures", "document"): (Closed(DocumentKind),),
    ("disclosures", "destination"): (Closed(Destination),),
    ("community_services", "kind"): (Closed(ServiceKind),),
    ("service_referral_steps", "step"): (Closed(Step),),
    ("self_harm_marks", "source"): (Closed(MarkSource),),
    ("evaluation", "races"): (Closed(Race, listed=True),),
    ("evaluation", "sex"): (Closed(Sex),),
    ("evaluation", "disability"): (Closed(Disability),),
    ("evaluation", "services"): (Closed(Service, listed=True),),
    ("evaluation", "discipline"): (Closed(Discipline),),
    ("evaluation", "law_enforcement"): (Closed(LawEnforcement),),
}


def known_value(table: str, column: str, value: object) -> bool:
    """This version can read `value` in `table.column` (any value of an open column)."""
    return all(closed.takes(value) for closed in CLOSED.get((table, column), ()))


def known_values(table: str, row: Iterable[tuple[str, object]]) -> bool:
    return all(known_value(table, column, value) for column, value in row)
