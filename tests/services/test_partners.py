"""Partners from outside agencies through the services: the agreement's dates saved and read
back, partners recorded at a meeting beside members and guests (also without a current
agreement, which the audit event counts by id), the view offering them, and the minutes
listing them with their agency."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from btam_desktop.domain import clock
from btam_desktop.domain.contact import Contact, ContactKind
from btam_desktop.services import contacts, meetings, printing
from btam_desktop.services.errors import ValidationError
from btam_desktop.services.session import Session
from tests.reports.pdftext import text

TODAY = clock.today()


def _partner(session: Session, name: str, until: date | None) -> Contact:
    saved, changes = contacts.save_contact(
        session,
        Contact(
            id="",
            name=name,
            kind=ContactKind.PARTNER,
            role="Community clinician",
            organization="Ridgeview Family Services",
            agreement_on=TODAY - timedelta(days=200) if until else None,
            agreement_until=until,
        ),
    )
    assert changes.roster
    return saved


def _meeting(session: Session) -> str:
    meeting, _ = meetings.schedule(
        session, meetings.MeetingInput(TODAY, "15:30", 60, "Room 12", session.member_id)
    )
    return meeting.id


def test_a_partners_agreement_is_saved_and_read_back(session: Session) -> None:
    until = TODAY + timedelta(days=300)
    nadia = _partner(session, "Dr. Nadia Fenwick-Sall", until)
    (listed,) = contacts.list_contacts(session)
    assert listed == nadia
    assert (listed.kind, listed.agreement_until) == (ContactKind.PARTNER, until)
    assert listed.agreement_on == TODAY - timedelta(days=200)
    renewed, _ = contacts.save_contact(
        session, replace(nadia, agreement_until=until.replace(year=until.year + 1))
    )
    (listed,) = contacts.list_contacts(session)
    assert listed.agreement_until == renewed.agreement_until != until
    with pytest.raises(ValidationError, match="cannot expire"):
        contacts.save_contact(session, replace(nadia, agreement_until=TODAY - timedelta(days=365)))
    assert contacts.list_contacts(session) == [listed]  # refused: nothing changed


def test_partners_present_are_recorded_beside_members_and_guests(session: Session) -> None:
    nadia = _partner(session, "Dr. Nadia Fenwick-Sall", TODAY + timedelta(days=300))
    sam = _partner(session, "Sam Quill-Oduya", None)  # no agreement recorded
    coach, _ = contacts.save_contact(
        session, Contact(id="", name="Dale Okafor-Brandt", kind=ContactKind.STAFF)
    )
    meeting_id = _meeting(session)
    offered = meetings.view(session, meeting_id).partners
    assert set(offered) == {nadia.id, sam.id}  # partners only, not staff or providers

    _quorum, changes = meetings.set_attendance(
        session, meeting_id, (session.member_id,), "A grade 7 teacher", (nadia.id, sam.id)
    )
    assert changes.meetings == {meeting_id}
    attendance = meetings.view(session, meeting_id).meeting.attendance
    assert attendance.present == (session.member_id,)
    assert attendance.guests == "A grade 7 teacher"
    assert set(attendance.partners) == {nadia.id, sam.id}
    event = session.ocf.audit.events()[-1]
    assert event.action == "meeting.attendance"
    assert event.detail == {
        "present": 1,
        "partners": 2,
        "partners_without_agreement": [sam.id],
    }

    # Unchecking one keeps the other; the list of meetings reads the same.
    meetings.set_attendance(session, meeting_id, (session.member_id,), "", (nadia.id,))
    (listed,) = [m for m in meetings.list_meetings(session) if m.id == meeting_id]
    assert listed.attendance.partners == (nadia.id,)
    assert meetings.view(session, meeting_id).meeting.attendance.partners == (nadia.id,)

    # Someone who is not a partner is refused, and nothing changes.
    with pytest.raises(ValidationError, match="not a team partner"):
        meetings.set_attendance(session, meeting_id, (session.member_id,), "", (coach.id,))
    assert meetings.view(session, meeting_id).meeting.attendance.partners == (nadia.id,)

    # A partner taken off the list stays on the meetings that recorded them.
    contacts.remove_contact(session, nadia.id)
    assert nadia.id in meetings.view(session, meeting_id).partners
    other = _meeting(session)
    assert nadia.id not in meetings.view(session, other).partners
    with pytest.raises(ValidationError, match="taken off the list"):
        meetings.set_attendance(session, other, (session.member_id,), "", (nadia.id,))


def test_the_minutes_list_partners_present_with_their_agency(session: Session) -> None:
    nadia = _partner(session, "Dr. Nadia Fenwick-Sall", date(TODAY.year + 1, 6, 30))
    sam, _ = contacts.save_contact(
        session,
        Contact(
            id="",
            name="Sam Quill-Oduya",
            kind=ContactKind.PARTNER,
            role="Juvenile probation officer",
            organization="Ridgeview County Juvenile Probation",
            agreement_until=TODAY - timedelta(days=40),
        ),
    )
    meeting_id = _meeting(session)
    meetings.set_attendance(session, meeting_id, (session.member_id,), "", (nadia.id, sam.id))
    meetings.approve(session, meeting_id)
    prepared = printing.prepare(session, printing.PrintRequest("minutes", meeting_id=meeting_id))
    words = text(prepared.pdf)
    assert "Partners from outside agencies" in words
    assert "Dr. Nadia Fenwick-Sall" in words and "Ridgeview Family Services" in words
    assert f"until {TODAY.year + 1}-06-30" in words
    expired = (TODAY - timedelta(days=40)).isoformat()
    assert "Sam Quill-Oduya" in words and "Ridgeview County Juvenile Probation" in words
    assert f"agreement expired on {expired}" in words
