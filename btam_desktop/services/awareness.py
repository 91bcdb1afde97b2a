"""All-staff awareness training: the school's staff list (typed, or imported from a CSV of
names), the sessions held and who attended, and a school year's coverage. No student data:
any member keeps it, and every change is one transaction with its audit event."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from btam_desktop.domain.awareness import (
    AwarenessSession,
    StaffMember,
    checked_session,
    checked_staff,
    coverage,
    this_school_year,
)
from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.date_limits import event_span
from btam_desktop.domain.errors import BtamError, ValidationError
from btam_desktop.domain.records import new_id, today
from btam_desktop.domain.referral import ImportRowError
from btam_desktop.services.contracts.awareness import (
    AwarenessOverview as AwarenessOverview,
    StaffImported as StaffImported,
)
from btam_desktop.services.referral_import import decode
from btam_desktop.services.session import Session
from btam_desktop.storage import awareness_repo

#: Header cells that name each column (compared without case, spaces or punctuation).
_HEADERS = {
    "name": {"name", "names", "fullname", "staffname", "staffmember", "employee", "employeename"},
    "first": {"firstname", "first", "givenname"},
    "last": {"lastname", "last", "surname", "familyname"},
    "role": {"role", "title", "jobtitle", "position", "job"},
    "department": {"department", "dept", "subject", "team", "building", "office"},
}
_PLAIN_COLUMNS = ("name", "role", "department")


def overview(session: Session, year: int | None = None) -> AwarenessOverview:
    """The list, the sessions, and the coverage of school year `year` (this one if None)."""
    conn = session.ocf.conn
    staff = awareness_repo.list_staff(conn)
    sessions = awareness_repo.list_sessions(conn)
    chosen = this_school_year(today()) if year is None else year
    return AwarenessOverview(tuple(staff), tuple(sessions), coverage(staff, sessions, chosen))


def save_staff(session: Session, person: StaffMember) -> tuple[StaffMember, ChangeSet]:
    """Add someone (an empty id) or change their details, or mark them as no longer at the
    school (a `left_on` day) or back again (None)."""
    checked = checked_staff(person if person.id else replace(person, id=new_id()))
    event_span(today()).check_optional(checked.left_on, "day they left")
    with session.ocf.transaction(intent="awareness.save_staff") as tx:
        if person.id:
            awareness_repo.get_staff(tx, person.id)
        added = awareness_repo.save_staff(tx, checked, session.member_id)
        session.ocf.audit.append(
            session.member_id,
            "awareness.staff_added" if added else "awareness.staff_updated",
            entity="awareness_staff",
            entity_id=checked.id,
            detail={"at_school": checked.at_school},
        )
    return checked, ChangeSet(roster=True)


def _key(header: str) -> str:
    return "".join(ch for ch in header.casefold() if ch.isalnum())


def _columns(row: list[str]) -> dict[str, int] | None:
    """The header row's columns by what they hold, or None if `row` is not a header."""
    found: dict[str, int] = {}
    for index, cell in enumerate(row):
        for field, words in _HEADERS.items():
            if _key(cell) in words and field not in found:
                found[field] = index
    if "name" in found or ("first" in found and "last" in found):
        return found
    return None


def read_staff_csv(data: bytes) -> list[StaffMember]:
    """The people a CSV names: one a line, the name first, then optionally role and
    department; or any columns under a header row that names them (Name, or First name and
    Last name; Role or Title; Department). Blank lines are skipped. A line that cannot be
    read is an ImportRowError that names it, before anything is written. Cells are kept as
    text, exactly as typed: a name that looks like a formula stays a name."""
    reader = csv.reader(io.StringIO(decode(data), newline=""), strict=True)
    columns: dict[str, int] | None = None
    first = True
    people: list[StaffMember] = []
    line = 0  # the last line read: an unclosed quote is reported where its row starts
    try:
        for row in reader:
            start, line = line + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if first:
                first = False
                columns = _columns(row)
                if columns is not None:
                    continue
            people.append(_person(row, columns, start))
    except csv.Error as error:
        raise ImportRowError(
            f"Line {line + 1} of the file cannot be read as CSV ({error}); check for an "
            "unclosed quote. Nothing was imported."
        ) from None
    if not people:
        raise ImportRowError("The file holds no names. Nothing was imported.")
    return people


def _person(row: list[str], columns: dict[str, int] | None, line: int) -> StaffMember:
    if columns is None:
        if any(c.strip() for c in row[3:]):
            raise ImportRowError(
                f"Line {line} has {len(row)} columns: a file without a header row holds the "
                "name, then the role and the department. Add a header row (Name, Role, "
                "Department) or remove the other columns. Nothing was imported."
            )
        columns = {field: i for i, field in enumerate(_PLAIN_COLUMNS)}

    def cell(field: str) -> str:
        index = columns.get(field)
        return row[index].strip() if index is not None and index < len(row) else ""

    name = cell("name") or " ".join(filter(None, (cell("first"), cell("last"))))
    if not name:
        raise ImportRowError(f"Line {line} has no name. Nothing was imported.")
    try:
        return checked_staff(
            StaffMember(id=new_id(), name=name, role=cell("role"), department=cell("department"))
        )
    except BtamError as error:
        raise ImportRowError(f"Line {line}: {error} Nothing was imported.") from None


def import_staff(session: Session, data: bytes) -> tuple[StaffImported, ChangeSet]:
    """Every line of the file, or none. A name already on the list (or twice in the file) is
    not added again."""
    people = read_staff_csv(data)
    added = already = 0
    with session.ocf.transaction(intent="awareness.import_staff") as tx:
        known = {p.name.casefold() for p in awareness_repo.list_staff(tx)}
        for person in people:
            if person.name.casefold() in known:
                already += 1
                continue
            known.add(person.name.casefold())
            awareness_repo.save_staff(tx, person, session.member_id)
            added += 1
        session.ocf.audit.append(
            session.member_id,
            "awareness.staff_imported",
            entity="awareness_staff",
            detail={"added": added, "already": already},
        )
    return StaffImported(added, already), ChangeSet(roster=True)


def save_session(session: Session, item: AwarenessSession) -> tuple[AwarenessSession, ChangeSet]:
    """Record a session held (an empty id) or correct one: its date, who led it, topic and
    format, and who attended (people on the staff list)."""
    event_span(today()).check(item.held_on, "session's date")
    checked = checked_session(item if item.id else replace(item, id=new_id()), today())
    with session.ocf.transaction(intent="awareness.save_session") as tx:
        if item.id:
            awareness_repo.get_session(tx, item.id)
        on_list = {p.id for p in awareness_repo.list_staff(tx)}
        if any(staff_id not in on_list for staff_id in checked.attendee_ids):
            raise ValidationError("Someone ticked as present is not on the staff list any more.")
        added = awareness_repo.save_session(tx, checked, session.member_id)
        session.ocf.audit.append(
            session.member_id,
            "awareness.session_recorded" if added else "awareness.session_updated",
            entity="awareness_session",
            entity_id=checked.id,
            detail={"attended": len(checked.attendee_ids)},
        )
    return checked, ChangeSet(roster=True)


def remove_session(session: Session, session_id: str) -> ChangeSet:
    """A session recorded by mistake; its attendance goes with it."""
    with session.ocf.transaction(intent="awareness.remove_session") as tx:
        awareness_repo.get_session(tx, session_id)
        awareness_repo.remove_session(tx, session_id, session.member_id)
        session.ocf.audit.append(
            session.member_id,
            "awareness.session_removed",
            entity="awareness_session",
            entity_id=session_id,
        )
    return ChangeSet(roster=True)
