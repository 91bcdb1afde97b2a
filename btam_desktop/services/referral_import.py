"""Importing referrals from a tip-line or form export (CSV): map columns, preview, then one
transaction. Any bad row stops the whole import with its row and column; nothing is kept."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from datetime import date, datetime

from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.date_limits import LIFE, Span, event_span
from btam_desktop.domain.errors import BtamError, ValidationError
from btam_desktop.domain.records import MAX_TEXT, today
from btam_desktop.domain.referral import ImportRowError as ImportRowError, Student
from btam_desktop.services import cases
from btam_desktop.services.contracts.imports import (
    FIELDS as FIELDS,
    Imported as Imported,
    ImportPlan as ImportPlan,
)
from btam_desktop.services.intake import ReferralInput, check_referral, take_in
from btam_desktop.services.session import Session
from btam_desktop.storage import team_repo

REQUIRED = ("student_name",)
_TRUE = {"1", "yes", "y", "true", "x", "si", "sí"}
_FALSE = {"", "0", "no", "n", "false"}


def utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when `data` looks like UTF-16 that lost its byte-order mark,
    else None. Text never holds NUL bytes, but UTF-16 gives every Latin letter one, always on
    the same side of it: many NULs at odd offsets and none at even ones (or the reverse) is
    UTF-16. Decoding it is safe because the import shows its preview before writing anything;
    read as UTF-8 instead, the NULs hid every column name ("No column for student_name")."""
    sample = data[:4096]
    pairs = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if pairs < 2:
        return None
    if odd >= pairs * 0.3 and even == 0:
        return "utf-16-le"
    if even >= pairs * 0.3 and odd == 0:
        return "utf-16-be"
    return None


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 (with a BOM, or recognized without one), else
    Windows-1252: what exports come in."""
    try:
        # A BOM says what it is; a file that then does not decode is refused, never a crash
        # (a UTF-16 BOM with an odd byte count was one: found by fuzzing, H1).
        if data.startswith(codecs.BOM_UTF8):
            return data[len(codecs.BOM_UTF8) :].decode("utf-8")
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16")
        utf16 = utf16_without_bom(data)
        if utf16 is not None:
            try:
                return data.decode(utf16)
            except UnicodeDecodeError as error:
                raise ImportRowError(
                    "The file looks like UTF-16 text without a byte-order mark, but byte "
                    f"{error.start + 1} does not fit. Save it as CSV UTF-8 and try again."
                ) from None
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise ImportRowError(
            f"The file is not text in a known encoding (byte {error.start + 1}). Save it as "
            "CSV UTF-8 and try again."
        ) from None


def _normal(header: str) -> str:
    return header.strip().lower().replace(" ", "_").replace("-", "_")


def map_headers(
    headers: list[str], overrides: dict[str, str], *, require: bool = True
) -> tuple[dict[str, str], tuple[str, ...]]:
    unknown = sorted(set(overrides.values()) - set(FIELDS) - {""})
    if unknown:
        raise ImportRowError(
            f"--map names unknown fields: {', '.join(unknown)}. Fields: {', '.join(FIELDS)}."
        )
    mapping: dict[str, str] = {}
    for header in headers:
        # An override of "" means: do not import this column, even if its name is a field.
        if header in overrides:
            target = overrides[header]
        elif _normal(header) in overrides:
            target = overrides[_normal(header)]
        else:
            target = _normal(header) if _normal(header) in FIELDS else ""
        if target:
            if target in mapping.values():
                taken = next(h for h, f in mapping.items() if f == target)
                raise ImportRowError(
                    f"Columns '{taken}' and '{header}' would both be read as {target}. Map one "
                    "of them to another field or leave it out."
                )
            mapping[header] = target
    missing = [f for f in REQUIRED if f not in mapping.values()]
    if missing and require:
        raise ImportRowError(
            f"No column for {', '.join(missing)}. Columns found: {', '.join(headers) or 'none'}. "
            "Use --map HEADER=FIELD."
        )
    unmapped = tuple(h for h in headers if h not in mapping)
    return mapping, unmapped


def _flag(value: str, where: str) -> bool:
    text = value.strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ImportRowError(f"{where}: '{value[:20]}' is not yes or no.")


def _within[D: date](day: D, span: Span, what: str, where: str) -> D:
    """The row and column first, then the intake rule's own words (which field, which days)."""
    try:
        span.check(day, what)
    except ValidationError as error:
        raise ImportRowError(f"{where}: {error}") from None
    return day


def _moment(value: str, where: str) -> datetime | None:
    if not value.strip():
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ImportRowError(
            f"{where}: '{value[:30]}' is not a date and time (2026-11-02 14:30)."
        ) from None
    return _within(moment, event_span(today()), "date received", where)


def _day(value: str, where: str) -> date | None:
    if not value.strip():
        return None
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise ImportRowError(f"{where}: '{value[:30]}' is not a date (2026-11-02).") from None
    return _within(day, LIFE, "date of birth", where)


def _rows(text: str) -> tuple[list[str], Iterator[list[str]]]:
    """Strict CSV: an unclosed quote or an over-long cell is an error with its line, never
    rows silently merged into one narrative."""
    csv.field_size_limit(max(csv.field_size_limit(), 4 * MAX_TEXT))
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)

    def rows() -> Iterator[list[str]]:
        try:
            yield from reader
        except csv.Error as error:
            raise ImportRowError(
                f"Line {reader.line_num} of the file cannot be read as CSV ({error}); check for "
                "an unclosed quote."
            ) from None

    lines = rows()
    try:
        headers = next(lines)
    except StopIteration:
        raise ImportRowError("The file is empty.") from None
    return headers, lines


def _item(values: dict[str, str], line: int, members: dict[str, str]) -> ReferralInput:
    def at(field: str) -> str:
        return f"Row {line}, column {field}"

    # Tip lines rarely name anyone: a row without a reporter's name is an anonymous report.
    anonymous = (
        _flag(values.get("anonymous", ""), at("anonymous"))
        or not values.get("reporter_name", "").strip()
    )
    received_by = values.get("received_by", "").strip()
    member_id = members.get(received_by.casefold()) if received_by else None
    if received_by and member_id is None:
        raise ImportRowError(f"{at('received_by')}: '{received_by[:40]}' is not a team member.")
    return ReferralInput(
        student=Student(
            name=values.get("student_name", ""),
            student_id=values.get("student_id", ""),
            grade=values.get("grade", ""),
            date_of_birth=_day(values.get("date_of_birth", ""), at("date_of_birth")),
            school=values.get("school", ""),
            iep_504=_flag(values.get("iep_504", ""), at("iep_504")),
        ),
        channel=(values.get("channel", "").strip().lower().replace(" ", "_") or "tip_line"),
        reporter_kind="anonymous" if anonymous else "named",
        reporter_name="" if anonymous else values.get("reporter_name", ""),
        reporter_relationship=values.get("reporter_relationship", ""),
        received_at=_moment(values.get("received_at", ""), at("received_at")),
        received_by=member_id,
        location=values.get("location", ""),
        narrative=values.get("narrative", ""),
        verbatim=values.get("verbatim", ""),
        weapon=_flag(values.get("weapon", ""), at("weapon")),
        prior_concerns=values.get("prior_concerns", ""),
        targets=tuple(t.strip() for t in values.get("targets", "").split(";") if t.strip()),
    )


def _items(
    data: bytes, overrides: dict[str, str], members: dict[str, str]
) -> tuple[list[str], dict[str, str], tuple[str, ...], Iterator[tuple[int, ReferralInput]]]:
    headers, reader = _rows(decode(data))
    mapping, unmapped = map_headers(headers, overrides)

    def generate() -> Iterator[tuple[int, ReferralInput]]:
        for line, row in enumerate(reader, start=2):
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(headers):
                raise ImportRowError(
                    f"Row {line} has {len(row)} cells; the header row has {len(headers)}."
                )
            values = {
                mapping[h]: cell for h, cell in zip(headers, row, strict=True) if h in mapping
            }
            yield line, _item(values, line, members)

    return headers, mapping, unmapped, generate()


def _members(session: Session) -> dict[str, str]:
    return {m.name.casefold(): m.id for m in team_repo.list_members(session.ocf.conn)}


def plan_import(session: Session, data: bytes, overrides: dict[str, str]) -> ImportPlan:
    """Read and check the whole file (nothing is written); the first rows as a preview. A file
    whose columns do not yet name the student comes back with its headers and the problem,
    so the columns can be mapped."""
    headers, _ = _rows(decode(data))
    mapping, unmapped = map_headers(headers, overrides, require=False)
    missing = [f for f in REQUIRED if f not in mapping.values()]
    if missing:
        problem = (
            f"No column for {', '.join(missing)}. Choose which column holds it "
            "(--map HEADER=FIELD on the command line)."
        )
        return ImportPlan(tuple(headers), mapping, unmapped, 0, (), problem)
    headers, mapping, unmapped, items = _items(data, overrides, _members(session))
    preview: list[ReferralInput] = []
    count = 0
    for line, item in items:
        try:
            check_referral(session, item)  # the same rules the import applies, row by row
        except ImportRowError:
            raise
        except BtamError as error:
            return ImportPlan(tuple(headers), mapping, unmapped, 0, (), f"Row {line}: {error}")
        count += 1
        if len(preview) < 20:
            preview.append(item)
    return ImportPlan(tuple(headers), mapping, unmapped, count, tuple(preview))


def import_referrals(
    session: Session, data: bytes, overrides: dict[str, str]
) -> tuple[Imported, ChangeSet]:
    """Every row, or none: the first bad row (any problem: format, a rule, a date) stops it."""
    _, _, unmapped, items = _items(data, overrides, _members(session))
    created, total, touched = 0, 0, set()
    with session.ocf.transaction(intent="import.run") as tx:
        numbers = cases.CaseNumbers(tx)
        for line, item in items:
            try:
                result = take_in(tx, session, item, numbers)
            except ImportRowError:
                raise
            except BtamError as error:
                raise ImportRowError(f"Row {line}: {error}") from None
            total += 1
            created += not result.joined_existing
            touched.add(result.case_id)
    if total == 0:
        raise ImportRowError("The file has a header row but no referrals.")
    return Imported(total, created, unmapped), ChangeSet(cases=frozenset(touched))
