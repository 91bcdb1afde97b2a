"""People outside the team whom the team's work names: other school staff (a coach who is a
student's trusted adult, the nurse, a bus driver) and outside providers (a family therapist,
a mentoring program). They hold no key and never unlock the case file."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.records import MAX_NAME, clean_name, clean_text


class ContactKind(StrEnum):
    STAFF = "staff"  # other staff of the school or district
    PROVIDER = "provider"  # an outside provider or agency


KIND_NAMES = {ContactKind.STAFF: "Other school staff", ContactKind.PROVIDER: "Outside provider"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Contact:
    id: str
    name: str
    kind: ContactKind
    role: str = ""  # "Basketball coach", "Family therapist"
    organization: str = ""  # "Maple Hollow athletics", "Ridgeview Family Services"
    contact: str = ""  # phone or e-mail
    notes: str = ""
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
        raise ValidationError(f"'{str(contact.kind)[:30]}' is not staff or provider.") from None
    return Contact(
        id=contact.id,
        name=clean_name(contact.name, "name"),
        kind=kind,
        role=clean_text(contact.role.strip(), "role", MAX_NAME),
        organization=clean_text(contact.organization.strip(), "organization", MAX_NAME),
        contact=clean_text(contact.contact.strip(), "phone or e-mail", MAX_NAME),
        notes=clean_text(contact.notes, "notes", 5_000),
    )
