"""The sign-in sheet and the coverage list of all-staff awareness training, read back from the
PDF: the session's facts, every name still at the school with a line to sign, lines to write
in, the staff header (no CONFIDENTIAL stamp), and the print logged like other team papers."""

from __future__ import annotations

from datetime import date, datetime

from btam_desktop.domain.awareness import AwarenessSession, StaffMember
from btam_desktop.services import awareness, printing
from btam_desktop.services.session import Session
from tests.conftest import PinClock
from tests.reports.pdftext import pages, text

STAFF = (
    "Name,Role,Department\n"
    "Orla Quenby-Vasquez,Teacher grade 6,English\n"
    "Bram Ostrowski-Teague,Bus driver,Transportation\n"
    '"=HYPERLINK(""http://x"",""y"")",Coach,\n'
    "Zoë Ngata-Lefèvre,Counselor aide,\n"
)


def _with_a_session(s: Session) -> str:
    awareness.import_staff(s, STAFF.encode())
    staff = {p.name: p for p in awareness.overview(s).staff}
    bram = staff["Bram Ostrowski-Teague"]
    awareness.save_staff(s, StaffMember(id=bram.id, name=bram.name, left_on=date(2026, 9, 30)))
    held, _ = awareness.save_session(
        s,
        AwarenessSession(
            id="",
            held_on=date(2026, 9, 2),
            led_by="Lucía Ferreira-Boyd",
            topic="Start-of-year staff meeting, 20 min",
            attendee_ids=(staff["Orla Quenby-Vasquez"].id,),
        ),
    )
    return held.id


def test_the_sign_in_sheet_names_the_session_and_everyone_still_at_the_school(
    session: Session, pin_clock: PinClock
) -> None:
    pin_clock(datetime(2026, 10, 5, 9, 0))
    held = _with_a_session(session)
    prepared = printing.prepare(
        session, printing.PrintRequest("sign-in-sheet", staff_session_id=held)
    )
    whole = text(prepared.pdf)
    for expected in (
        "Staff awareness training: sign-in sheet",
        "For staff",
        "Date 2026-09-02",
        "Led by Lucía Ferreira-Boyd",
        "Start-of-year staff meeting, 20 min",
        "Orla Quenby-Vasquez",
        "Teacher grade 6 · English",
        "Zoë Ngata-Lefèvre",
        '=HYPERLINK("http://x","y")',  # printed as the text it is
        "Signature",
        "Not on the list? Write your name",
    ):
        assert expected in whole, expected
    assert "Bram Ostrowski-Teague" not in whole  # no longer at the school
    assert "CONFIDENTIAL" not in whole and "FERPA" not in whole
    assert prepared.options == {"paper": "letter", "staff_session": held}
    printing.record_print(session, prepared)
    logged = session.ocf.conn.execute(
        "SELECT document, destination FROM disclosures ORDER BY rowid DESC LIMIT 1"
    ).fetchone()
    assert tuple(logged) == ("sign-in-sheet", "print")


def test_a_blank_sheet_leaves_the_session_to_fill_in_and_a_long_list_runs_on(
    session: Session,
) -> None:
    names = "\n".join(f"Staff Member{n:02d} Quillfeather" for n in range(1, 71))
    awareness.import_staff(session, names.encode())
    prepared = printing.prepare(session, printing.PrintRequest("sign-in-sheet"))
    found = pages(prepared.pdf)
    assert len(found) >= 3
    whole = " ".join(found)
    assert "Date ____" in whole and "Led by ____" in whole
    assert "Staff Member70 Quillfeather" in whole
    assert all("Signature" in page for page in found[:-1])  # the header row repeats


def test_the_coverage_list_counts_and_names_who_is_missing(
    session: Session, pin_clock: PinClock
) -> None:
    pin_clock(datetime(2026, 10, 5, 9, 0))
    _with_a_session(session)
    whole = text(printing.prepare(session, printing.PrintRequest("staff-coverage")).pdf)
    assert "School year 2026-27" in whole
    assert "1 of 3 staff attended a session this school year." in whole
    assert "Not yet trained (2)" in whole
    assert "Zoë Ngata-Lefèvre" in whole and "Bram" not in whole
    assert "2026-09-02 Lucía Ferreira-Boyd Start-of-year staff meeting, 20 min 1" in whole
