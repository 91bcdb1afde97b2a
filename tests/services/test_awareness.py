"""All-staff awareness training: the staff list from a CSV (all lines or none), sessions with
their attendance, coverage by school year, and the audit events and ops of every change."""

from __future__ import annotations

import codecs
import json
from datetime import date, datetime

import pytest

from btam_desktop.domain.awareness import AwarenessSession, StaffMember, coverage
from btam_desktop.domain.errors import NotFoundError, ValidationError
from btam_desktop.domain.referral import ImportRowError
from btam_desktop.services import awareness
from btam_desktop.services.session import Session
from tests.conftest import PinClock

STAFF_CSV = (
    "Name,Role,Department\n"
    "Orla Quenby-Vasquez,Teacher grade 6,English\n"
    "\n"
    "Bram Ostrowski-Teague,Bus driver,Transportation\n"
    "Wendeline Achterberg,Nurse,\n"
)


def _staff(s: Session) -> dict[str, StaffMember]:
    return {p.name: p for p in awareness.overview(s).staff}


def _actions(s: Session, prefix: str = "awareness.") -> list[str]:
    return [
        str(r[0])
        for r in s.ocf.conn.execute("SELECT action FROM audit ORDER BY seq")
        if str(r[0]).startswith(prefix)
    ]


def test_a_list_with_a_header_row_is_read_by_its_columns() -> None:
    people = awareness.read_staff_csv(STAFF_CSV.encode())
    assert [(p.name, p.role, p.department) for p in people] == [
        ("Orla Quenby-Vasquez", "Teacher grade 6", "English"),
        ("Bram Ostrowski-Teague", "Bus driver", "Transportation"),
        ("Wendeline Achterberg", "Nurse", ""),
    ]


def test_a_list_without_header_with_bom_and_blank_lines_is_names_then_role() -> None:
    data = (
        codecs.BOM_UTF8
        + b"\r\n  \r\nOrla Quenby-Vasquez\r\n\r\nBram Ostrowski-Teague,Bus driver\r\n"
    )
    people = awareness.read_staff_csv(data)
    assert [(p.name, p.role) for p in people] == [
        ("Orla Quenby-Vasquez", ""),
        ("Bram Ostrowski-Teague", "Bus driver"),
    ]


def test_an_export_with_first_and_last_names_and_other_columns() -> None:
    data = (
        b"Employee ID,Last Name,First Name,Job Title,E-mail\n4411,Achterberg,Wendeline,Nurse,w@x\n"
    )
    (person,) = awareness.read_staff_csv(data)
    assert (person.name, person.role) == ("Wendeline Achterberg", "Nurse")


def test_a_name_that_looks_like_a_formula_is_kept_as_text(session: Session) -> None:
    data = b'"=HYPERLINK(""http://x"",""y"")",+Coach,-Gym\n@Sam Oyelowo-Finch\n'
    awareness.import_staff(session, data)
    names = {(p.name, p.role, p.department) for p in awareness.overview(session).staff}
    assert names == {
        ('=HYPERLINK("http://x","y")', "+Coach", "-Gym"),
        ("@Sam Oyelowo-Finch", "", ""),
    }


@pytest.mark.parametrize(
    ("data", "line"),
    [
        (b"Name\nOrla Quenby-Vasquez\n,Teacher\n", "Line 3 has no name"),
        (b'Orla Quenby-Vasquez\nBram,"Ostrowski\nIngrid\n', "Line 2 of the file cannot be read"),
        (b"Orla Quenby-Vasquez,a,b,c,d\n", "Line 1 has 5 columns"),
        (b"Orla\nBram\n" + b"x" * 300 + b"\n", "Line 3: The staff member's name is longer"),
        (b"\n\n", "holds no names"),
    ],
)
def test_a_bad_line_is_named_and_nothing_is_imported(
    session: Session, data: bytes, line: str
) -> None:
    awareness.import_staff(session, b"Wendeline Achterberg\n")
    audit_before = _actions(session, "")
    with pytest.raises(ImportRowError, match=line) as raised:
        awareness.import_staff(session, data)
    assert "Nothing was imported" in str(raised.value)
    assert list(_staff(session)) == ["Wendeline Achterberg"]
    assert _actions(session, "") == audit_before


def test_import_skips_names_already_on_the_list(session: Session) -> None:
    first, changes = awareness.import_staff(session, STAFF_CSV.encode())
    assert (first.added, first.already, changes.roster) == (3, 0, True)
    again, _ = awareness.import_staff(
        session, b"wendeline achterberg\nIngrid Sowande-Holt\nIngrid Sowande-Holt\n"
    )
    assert (again.added, again.already) == (1, 2)
    assert len(_staff(session)) == 4
    details = [
        json.loads(r[0])
        for r in session.ocf.conn.execute(
            "SELECT detail_json FROM audit WHERE action = 'awareness.staff_imported' ORDER BY seq"
        )
    ]
    assert details == [{"added": 3, "already": 0}, {"added": 1, "already": 2}]  # no names


def test_sessions_and_staff_round_trip_with_audit_events_and_ops(
    session: Session, pin_clock: PinClock
) -> None:
    pin_clock(datetime(2026, 10, 5, 9, 0))
    awareness.import_staff(session, STAFF_CSV.encode())
    staff = _staff(session)
    orla, bram = staff["Orla Quenby-Vasquez"], staff["Bram Ostrowski-Teague"]
    held, _ = awareness.save_session(
        session,
        AwarenessSession(
            id="",
            held_on=date(2026, 9, 2),
            led_by="Dana Whitlock-Oyelaran",
            topic="Start-of-year staff meeting, 20 min",
            attendee_ids=(orla.id, bram.id),
        ),
    )
    view = awareness.overview(session)
    assert view.sessions[0].attendee_ids == (bram.id, orla.id)  # by name
    assert (len(view.coverage.trained), view.coverage.total, view.coverage.label) == (
        2,
        3,
        "2026-27",
    )
    # Untick Bram, correct the topic; mark Orla as having left: she is no longer counted.
    awareness.save_session(
        session,
        AwarenessSession(
            id=held.id,
            held_on=held.held_on,
            led_by=held.led_by,
            topic="Staff meeting, 25 min",
            attendee_ids=(orla.id,),
        ),
    )
    awareness.save_staff(
        session, StaffMember(id=orla.id, name=orla.name, left_on=date(2026, 10, 1))
    )
    view = awareness.overview(session)
    assert view.sessions[0].topic == "Staff meeting, 25 min"
    assert view.sessions[0].attendee_ids == (orla.id,)
    assert [p.name for p in view.coverage.missing] == [
        "Bram Ostrowski-Teague",
        "Wendeline Achterberg",
    ]
    assert view.coverage.total == 2 and not view.coverage.trained
    # Ticking Bram again adds a new row; the old one stays taken back.
    awareness.save_session(
        session,
        AwarenessSession(
            id=held.id,
            held_on=held.held_on,
            led_by=held.led_by,
            topic="Staff meeting, 25 min",
            attendee_ids=(orla.id, bram.id),
        ),
    )
    rows = session.ocf.conn.execute(
        "SELECT count(*), count(deleted_at) FROM awareness_attendance WHERE staff_id = ?",
        (bram.id,),
    ).fetchone()
    assert tuple(rows) == (2, 1)
    awareness.remove_session(session, held.id)
    assert awareness.overview(session).sessions == ()
    with pytest.raises(NotFoundError):
        awareness.remove_session(session, held.id)
    assert _actions(session) == [
        "awareness.staff_imported",
        "awareness.session_recorded",
        "awareness.session_updated",
        "awareness.staff_updated",
        "awareness.session_updated",
        "awareness.session_removed",
    ]
    intents = [
        str(r[0])
        for r in session.ocf.conn.execute("SELECT intent FROM sync_ops ORDER BY rowid")
        if str(r[0]).startswith("awareness.")
    ]
    assert intents == [
        "awareness.import_staff",
        "awareness.save_session",
        "awareness.save_session",
        "awareness.save_staff",
        "awareness.save_session",
        "awareness.remove_session",
    ]


def test_a_session_is_refused_in_the_future_or_with_someone_not_on_the_list(
    session: Session, pin_clock: PinClock
) -> None:
    pin_clock(datetime(2026, 10, 5, 9, 0))
    base = AwarenessSession(id="", held_on=date(2026, 10, 6), led_by="Dana", topic="Staff meeting")
    with pytest.raises(ValidationError, match="in the future"):
        awareness.save_session(session, base)
    with pytest.raises(ValidationError, match="not on the staff list"):
        awareness.save_session(
            session,
            AwarenessSession(
                id="", held_on=date(2026, 10, 5), led_by="Dana", topic="x", attendee_ids=("nobody",)
            ),
        )
    with pytest.raises(ValidationError, match="topic"):
        awareness.save_session(
            session, AwarenessSession(id="", held_on=date(2026, 10, 5), led_by="Dana", topic=" ")
        )
    assert awareness.overview(session).sessions == ()


def test_coverage_counts_the_school_year_the_clock_is_in(
    session: Session, pin_clock: PinClock
) -> None:
    """A session in June counts for the year that ends on 30 June; from 1 July (the school
    year of the statistics and case numbers) the new year starts with nobody trained."""
    pin_clock(datetime(2026, 6, 20, 15, 0))
    awareness.import_staff(session, STAFF_CSV.encode())
    ids = tuple(p.id for p in _staff(session).values())
    awareness.save_session(
        session,
        AwarenessSession(
            id="", held_on=date(2026, 6, 12), led_by="Dana", topic="Refresher", attendee_ids=ids[:2]
        ),
    )
    june = awareness.overview(session).coverage
    assert (june.label, len(june.trained), june.total) == ("2025-26", 2, 3)
    pin_clock(datetime(2026, 8, 24, 8, 0))  # teachers are back in August
    august = awareness.overview(session).coverage
    assert (august.label, len(august.trained), august.total) == ("2026-27", 0, 3)
    assert august.sessions == ()
    awareness.save_session(
        session,
        AwarenessSession(
            id="",
            held_on=date(2026, 8, 24),
            led_by="Dana",
            topic="Start-of-year staff meeting, 20 min",
            attendee_ids=ids[1:],
        ),
    )
    pin_clock(datetime(2026, 9, 8, 8, 0))
    september = awareness.overview(session).coverage
    assert (len(september.trained), september.total) == (2, 3)
    assert [p.id for p in september.missing] == [ids[0]]
    # The past year is still there when asked for.
    assert len(awareness.overview(session, 2025).coverage.trained) == 2


def test_coverage_counts_each_person_once_and_leaves_out_who_left() -> None:
    a = StaffMember(id="a", name="Ann")
    b = StaffMember(id="b", name="bo")
    gone = StaffMember(id="c", name="Cy", left_on=date(2026, 9, 1))
    sessions = [
        AwarenessSession(
            id="1", held_on=date(2026, 9, 1), led_by="x", topic="t", attendee_ids=("a", "c")
        ),
        AwarenessSession(
            id="2", held_on=date(2026, 10, 1), led_by="x", topic="t", attendee_ids=("a",)
        ),
    ]
    found = coverage([gone, b, a], sessions, 2026)
    assert [p.id for p in found.trained] == ["a"] and [p.id for p in found.missing] == ["b"]
    assert found.total == 2 and [s.id for s in found.sessions] == ["2", "1"]
