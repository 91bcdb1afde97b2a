"""The list of other school staff and outside providers the team works with."""

from __future__ import annotations

from dataclasses import replace

from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.contact import Contact, checked_contact
from btam_desktop.domain.records import new_id
from btam_desktop.services.session import Session
from btam_desktop.storage import contact_repo


def list_contacts(session: Session, include_removed: bool = False) -> list[Contact]:
    """Alphabetical. With `include_removed`, also people taken off the list (records that
    named them still show their names)."""
    return contact_repo.list_contacts(session.ocf.conn, include_removed=include_removed)


def save_contact(session: Session, contact: Contact) -> tuple[Contact, ChangeSet]:
    """Add someone (an empty id) or change their details. Any member may: the list is the
    team's address book, not a record about a student."""
    checked = checked_contact(contact if contact.id else replace(contact, id=new_id()))
    with session.ocf.transaction(intent="contacts.save") as tx:
        if contact.id:
            contact_repo.get_contact(tx, contact.id)
        added = contact_repo.save(tx, checked, session.member_id)
        session.ocf.audit.append(
            session.member_id,
            "contact.added" if added else "contact.updated",
            entity="contact",
            entity_id=checked.id,
        )
    return checked, ChangeSet(roster=True)


def remove_contact(session: Session, contact_id: str) -> ChangeSet:
    with session.ocf.transaction(intent="contacts.remove") as tx:
        contact_repo.get_contact(tx, contact_id)
        contact_repo.remove(tx, contact_id, session.member_id)
        session.ocf.audit.append(
            session.member_id, "contact.removed", entity="contact", entity_id=contact_id
        )
    return ChangeSet(roster=True)
