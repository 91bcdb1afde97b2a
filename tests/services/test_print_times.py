"""Every time and date on paper is the computer's local one, and the zone is named once, in the
footer of each page.

Pinned at 23:55 on Thursday in New York, UTC is already 04:55 on Friday: a document that cut
stored UTC text would print Friday's date or 04:55. Each kind is built from a case file made
at that moment and read back.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

from btam_desktop.domain import clock
from btam_desktop.domain.disclosure import (
    PUBLIC_DOCUMENTS,
    WHOLE_FILE_EXPORTS,
    Audience,
    DocumentKind,
)
from btam_desktop.domain.plan import Intervention, InterventionType
from btam_desktop.domain.records import new_id
from btam_desktop.services import (
    harm_to_self,
    manage,
    meetings,
    printing,
    roster,
    session as sessions,
)
from btam_desktop.services.contracts.harm_to_self import SafetyPlanInput
from btam_desktop.services.session import Session
from tests.conftest import PinClock, make_case_file
from tests.reports.pdftext import pages
from tests.scenario import kenzie_in_management

THURSDAY_NIGHT = datetime(2026, 12, 10, 23, 55)
LOCAL_DAY, UTC_DAY = "2026-12-10", "2026-12-11"
ZONE = "Times in EST, UTC-05:00"


def _busy_evening(session: Session) -> tuple[str, str]:
    """Everything done at once, late on Thursday: a case with its plan, a meeting whose minutes
    are approved and corrected, a training record: (case, meeting)."""
    case_id, marcus = kenzie_in_management(session)
    today = clock.today()
    manage.save_plan(
        session,
        case_id,
        "Kenzie feels safe at school.",
        (
            Intervention(
                id=new_id(),
                domain="Student",
                type=InterventionType.MENTORING,
                description="Check-in with the coach",
                start_on=today,
                due_on=today + timedelta(days=30),
                responsible_id=marcus,
            ),
        ),
        0,
    )
    meeting, _ = meetings.schedule(
        session, meetings.MeetingInput(today, "15:30", 60, "Room 12", session.member_id)
    )
    meetings.set_attendance(session, meeting.id, (session.member_id, marcus))
    item = meetings.view(session, meeting.id).minutes.agenda[0]
    meetings.record_decision(session, meeting.id, item.id, "Keep the plan.")
    meetings.approve(session, meeting.id)
    meetings.add_addendum(session, meeting.id, "Started at 15:40.")
    roster.add_training(session, roster.TrainingInput(marcus, today, "Team training", "District"))
    harm_to_self.save_safety_plan(  # its page prints the day it was made
        session, case_id, SafetyPlanInput(made_on=today, coping="A walk with the coach.")
    )
    manage.add_notification(  # its letter is dated with the local day
        session,
        case_id,
        manage.NotificationInput("parents", "", today, "phone", "The plan.", "parent"),
    )
    return case_id, meeting.id


def test_every_document_prints_local_times_and_names_the_zone_once(
    pin_clock: PinClock, tmp_path: Path
) -> None:
    pin_clock(THURSDAY_NIGHT, "America/New_York")
    assert clock.now().date() == date(2026, 12, 11)  # control: in UTC it is Friday already
    session, code = make_case_file(tmp_path / "late.btam")
    try:
        case_id, meeting_id = _busy_evening(session)
        outside = Audience(True, "Cedar Bend High School", "school_official")
        (letter,) = (n.id for n in manage.notifications_of(session, case_id))
        requests: dict[DocumentKind, printing.PrintRequest] = {
            kind: printing.PrintRequest(
                kind.value,
                # the record of disclosures, the inspection copy: of the student of this case
                case_id if kind in printing.CASE_KINDS + printing.STUDENT_KINDS else None,
                meeting_id=meeting_id if kind in printing.MEETING_KINDS else None,
                recovery_code=code,
                audience=outside if kind is DocumentKind.CASE_SUMMARY else Audience(),
                notification_id=letter if kind is DocumentKind.LETTER else None,
            )
            for kind in DocumentKind
            # Files, not pages (CSV, the signed roll-up): no time zone to name; a transfer
            # packet's pages are the case summary's, printed above.
            if kind
            not in (
                *WHOLE_FILE_EXPORTS,
                DocumentKind.STATE_REPORT,
                DocumentKind.DISTRICT_ROLLUP,
                DocumentKind.TRANSFER_PACKET,
            )
        }
        texts = {}
        for kind, request in requests.items():
            found = pages(printing.prepare(session, request).pdf)
            whole = texts[kind] = " ".join(found)
            # Flyers and letters print no time at all (a letter its date), so name no zone.
            if kind in PUBLIC_DOCUMENTS or kind is DocumentKind.LETTER:
                assert "Times in " not in whole and not re.search(r"\d\d:\d\d", whole), kind
                continue
            for n, page in enumerate(found, 1):
                assert page.count("Times in ") == 1 and ZONE in page, (kind, n)
                assert re.search(rf"on {LOCAL_DAY} 23:5\d", page), (kind, n)  # generated at
            moments = re.findall(r"\d{4}-\d\d-\d\d \d\d:\d\d", whole)
            assert moments and all(re.fullmatch(rf"{LOCAL_DAY} 23:5\d", m) for m in moments), (
                kind,
                moments,
            )
            assert UTC_DAY not in whole and "December 11" not in whole, kind
            assert not re.search(r"\b0[45]:5\d\b", whole), kind  # no UTC hour
        expected = {
            DocumentKind.CASE_SUMMARY: f"Opened {LOCAL_DAY}",  # and the release block's date
            DocumentKind.PARENT_PLAN: "on Thursday, December 10, 2026",
            DocumentKind.LETTER: "December 10, 2026",
            DocumentKind.RECOVERY_KIT: f"Created {LOCAL_DAY}",
            DocumentKind.ROSTER: f"As of {LOCAL_DAY}",
            DocumentKind.MINUTES: f"Approved by {session.member_name} on {LOCAL_DAY} 23:5",
        }
        for kind, fact in expected.items():
            assert fact in texts[kind], kind
        assert f"Date {LOCAL_DAY} By" in texts[DocumentKind.CASE_SUMMARY]  # the release block
    finally:
        sessions.lock(session)
