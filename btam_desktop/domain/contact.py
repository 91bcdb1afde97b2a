"""People outside the team whom the team's work names: other school staff (a coach who is a
student's trusted adult, the nurse, a bus driver), outside providers (a family therapist,
a mentoring program) and the team's partners from outside agencies (a community clinician, a
probation officer) who take part in its meetings under a written agreement. None of them
holds a key or unlocks the case file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from btam_desktop.domain.date_limits import LIFE
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.records import MAX_NAME, clean_name, clean_text


class ContactKind(StrEnum):
    STAFF = "staff"  # other staff of the school or district
    PROVIDER = "provider"  # an outside provider or agency
    PARTNER = "partner"  # takes part in the team's work under a written agreement


KIND_NAMES = {
    ContactKind.STAFF: "Other school staff",
    ContactKind.PROVIDER: "Outside provider",
    ContactKind.PARTNER: "Team partner (outside agency)",
}

#: How far ahead an agreement's end is worth a note: a month leaves time to renew it.
EXPIRY_NOTICE_DAYS = 30


@dataclass(frozen=True, slots=True, kw_only=True)
class Contact:
    id: str
    name: str
    kind: ContactKind
    role: str = ""  # "Basketball coach", "Family therapist"
    organization: str = ""  # "Maple Hollow athletics", "Ridgeview Family Services"
    contact: str = ""  # phone or e-mail
    notes: str = ""
    # A partner's written agreement (FERPA's school-official conditions: under the school's
    # direct control for the records, no redisclosure): the day it was signed and its last day.
    agreement_on: date | None = None
    agreement_until: date | None = None
    removed: bool = False  # taken off the list; records that named them keep the name

    @property
    def shown_name(self) -> str:
        """'Dale Okafor-Brandt (basketball coach)': how plans and check-ins name them."""
        return f"{self.name} ({self.role})" if self.role else self.name


def checked_contact(contact: Contact) -> Contact:
    """The rules for a contact: a name; short fields short; notes bounded."""
    try:
        kind = ContactKind(contact.kind)
    except ValueError:
        raise ValidationError(
            f"'{str(contact.kind)[:30]}' is not staff, provider or partner."
        ) from None
    partner = kind is ContactKind.PARTNER
    signed = LIFE.check_optional(contact.agreement_on, "agreement date") if partner else None
    until = LIFE.check_optional(contact.agreement_until, "agreement's expiry") if partner else None
    if signed and until and until < signed:
        raise ValidationError(
            f"The agreement cannot expire ({until.isoformat()}) before it was signed "
            f"({signed.isoformat()})."
        )
    return Contact(
        id=contact.id,
        name=clean_name(contact.name, "name"),
        kind=kind,
        role=clean_text(contact.role.strip(), "role", MAX_NAME),
        organization=clean_text(contact.organization.strip(), "organization", MAX_NAME),
        contact=clean_text(contact.contact.strip(), "phone or e-mail", MAX_NAME),
        notes=clean_text(contact.notes, "notes", 5_000),
        agreement_on=signed,
        agreement_until=until,
    )


class AgreementIssue(StrEnum):
    MISSING = "missing"  # no agreement recorded
    NOT_YET = "not_yet"  # signed for a later day
    EXPIRED = "expired"  # its last day has passed
    EXPIRING = "expiring"  # current, but ends within EXPIRY_NOTICE_DAYS (a softer note)


@dataclass(frozen=True, slots=True)
class AgreementProblem:
    issue: AgreementIssue
    day: date | None = None  # the expiry (EXPIRED, EXPIRING) or the start (NOT_YET)

    @property
    def blocking(self) -> bool:
        """The partner has no agreement in force that day: being at a meeting is to be
        confirmed. An agreement about to end is only a note."""
        return self.issue is not AgreementIssue.EXPIRING

    def text(self) -> str:
        """In English, for the command line and the tests; screens word it through tr()."""
        day = self.day.isoformat() if self.day else ""
        return {
            AgreementIssue.MISSING: "no agreement recorded",
            AgreementIssue.NOT_YET: f"agreement starts on {day}",
            AgreementIssue.EXPIRED: f"agreement expired on {day}",
            AgreementIssue.EXPIRING: f"agreement expires on {day}",
        }[self.issue]


def agreement_problem(contact: Contact, on: date) -> AgreementProblem | None:
    """What is wrong with a partner's agreement on the day `on`, or None. The expiry is the
    agreement's last day: it holds through that day and has expired the day after."""
    if contact.kind is not ContactKind.PARTNER:
        return None
    signed, until = contact.agreement_on, contact.agreement_until
    if signed is None and until is None:
        return AgreementProblem(AgreementIssue.MISSING)
    if signed is not None and on < signed:
        return AgreementProblem(AgreementIssue.NOT_YET, signed)
    if until is not None and until < on:
        return AgreementProblem(AgreementIssue.EXPIRED, until)
    if until is not None and (until - on).days <= EXPIRY_NOTICE_DAYS:
        return AgreementProblem(AgreementIssue.EXPIRING, until)
    return None
