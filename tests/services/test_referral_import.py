"""Importing referrals from CSV: encodings, mapping, one transaction, row/column messages."""

from __future__ import annotations

import codecs

import pytest

from btam_desktop.services import cases, intake, referral_import
from btam_desktop.services.errors import ValidationError
from btam_desktop.services.session import Session

HEADER = (
    "received_at,channel,reporter_name,anonymous,student_name,grade,location,narrative,"
    "verbatim,weapon\n"
)
ROWS = (
    "2026-11-02 14:30,tip line,,yes,Sofia Marchetti-Nakamura,8,group chat,"
    '"Messages about bringing a gun friday","bringing my dad\'s gun friday, who\'s in",no\n'
    "2026-11-03 08:10,phone,Elena Marchetti-Nakamura,no,Liam O'Rourke-Baptiste,12,parking lot,"
    "Photo of a rifle in a car,finally,yes\n"
)


def test_a_utf8_file_imports_every_row_in_one_go(session: Session) -> None:
    data = (HEADER + ROWS).encode("utf-8")
    plan = referral_import.plan_import(session, data, {})
    assert plan.rows == 2 and plan.unmapped == () and cases.list_cases(session) == []
    done, _ = referral_import.import_referrals(session, data, {})
    assert (done.referrals, done.new_cases) == (2, 2)
    students = sorted(r.student for r in cases.list_cases(session))
    assert students == ["Liam O'Rourke-Baptiste", "Sofia Marchetti-Nakamura"]
    sofia = next(r for r in cases.list_cases(session) if r.student.startswith("Sofia"))
    (referral,) = intake.referrals_of(session, sofia.id)
    assert referral.reporter_kind.value == "anonymous" and referral.channel.value == "tip_line"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_the_usual_encodings_are_read(session: Session, encoding: str) -> None:
    text = HEADER + ROWS.replace("Sofia", "José María Núñez-O'Neill")
    data = text.encode(encoding)
    if encoding == "utf-16":
        assert data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    referral_import.import_referrals(session, data, {})
    assert any(r.student.startswith("José María Núñez-O'Neill") for r in cases.list_cases(session))


def test_other_headers_map_with_overrides_and_unmapped_ones_are_named(session: Session) -> None:
    data = (
        b"Student,When,What happened,Tip ID\n"
        b"Hana Kowalczyk-Ibe,2026-11-01 09:00,Pushed around,T-9\n"
    )
    assert "No column for student_name" in referral_import.plan_import(session, data, {}).problem
    with pytest.raises(ValidationError, match="No column for student_name"):
        referral_import.import_referrals(session, data, {})
    overrides = {"Student": "student_name", "When": "received_at", "What happened": "narrative"}
    plan = referral_import.plan_import(session, data, overrides)
    assert plan.unmapped == ("Tip ID",)
    referral_import.import_referrals(session, data, overrides)
    assert [r.student for r in cases.list_cases(session)] == ["Hana Kowalczyk-Ibe"]


def test_a_bad_row_names_row_and_column_and_imports_nothing(session: Session) -> None:
    bad = HEADER + ROWS + "2026-13-40 99:99,phone,X Y,no,Owen Petrakis-Lund,2,,tantrum,laser,no\n"
    with pytest.raises(ValidationError, match="Row 4, column received_at"):
        referral_import.import_referrals(session, bad.encode(), {})
    no_student = HEADER + ROWS + "2026-11-04 10:00,phone,X Y,no,,2,,tantrum,laser,no\n"
    with pytest.raises(ValidationError, match="Row 4: The student's name cannot be empty"):
        referral_import.import_referrals(session, no_student.encode(), {})
    ragged = HEADER + "2026-11-04 10:00,phone\n"
    with pytest.raises(ValidationError, match="Row 2 has 2 cells"):
        referral_import.import_referrals(session, ragged.encode(), {})
    assert cases.list_cases(session) == []


def test_a_formula_is_kept_as_the_text_it_is(session: Session) -> None:
    data = (
        HEADER
        + '2026-11-02 14:30,app,,yes,Imani Sorensen-Achebe,11,,"=HYPERLINK(""x"")",@SUM(A1),no\n'
    ).encode()
    referral_import.import_referrals(session, data, {})
    (row,) = cases.list_cases(session)
    (referral,) = intake.referrals_of(session, row.id)
    assert referral.narrative == '=HYPERLINK("x")' and referral.verbatim == "@SUM(A1)"


def test_a_wrong_encoding_and_empty_files_are_explained(session: Session) -> None:
    with pytest.raises(ValidationError, match="empty"):
        referral_import.plan_import(session, b"", {})
    with pytest.raises(ValidationError, match="no referrals"):
        referral_import.import_referrals(session, HEADER.encode(), {})
    with pytest.raises(ValidationError, match="not text in a known encoding"):
        referral_import.plan_import(session, b"student_name\n\x81\x8d\x8f\x90\x9d\n", {})


@pytest.mark.slow
def test_one_hundred_thousand_rows_import_in_one_transaction(session: Session) -> None:
    lines = [HEADER.strip()]
    for i in range(100_000):
        lines.append(f"2026-11-02 14:30,app,,yes,Student Ashgrove-Tillery {i},7,,note {i},words,no")
    data = ("\n".join(lines) + "\n").encode()
    done, _ = referral_import.import_referrals(session, data, {})
    assert done.new_cases == 100_000
    numbers = {r.number for r in cases.list_cases(session)}
    assert len(numbers) == 100_000 and "2026-100000" in numbers


def test_an_unclosed_quote_stops_the_import_instead_of_swallowing_rows(session: Session) -> None:
    data = b'student_name,narrative\nAna Ruiz,"He said ""bye\nBo Li,threat in hallway\nCy Do,note\n'
    with pytest.raises(ValidationError, match="unclosed quote"):
        referral_import.import_referrals(session, data, {})
    assert cases.list_cases(session) == []


def test_an_enormous_cell_is_a_message_not_a_crash(session: Session) -> None:
    data = ("student_name,narrative\nAna Ruiz," + "x" * 150_000 + "\n").encode()
    with pytest.raises(ValidationError, match="longer than"):
        referral_import.import_referrals(session, data, {})


def test_two_columns_for_one_field_are_refused(session: Session) -> None:
    data = b"student_name,Student Name,narrative\nAna Ruiz,Bob,x\n"
    with pytest.raises(ValidationError, match="would both be read as student_name"):
        referral_import.plan_import(session, data, {})


def test_the_preview_applies_the_same_rules_as_the_import(session: Session) -> None:
    data = b"student_name,narrative,channel\nAna Ruiz,,phone\n"
    plan = referral_import.plan_import(session, data, {})
    assert plan.problem.startswith("Row 2:") and "what was said or done" in plan.problem


@pytest.mark.parametrize("when", ["0001-01-01 00:00", "9999-12-31 23:59"])
def test_a_received_at_at_the_ends_of_the_calendar_names_row_and_column(
    session: Session, when: str
) -> None:
    row = f"{when},phone,X Y,no,Owen Petrakis-Lund,2,,tantrum,laser,no\n"
    data = (HEADER + ROWS + row).encode()
    where = f"Row 4, column received_at: The date received {when[:10]} is outside"
    with pytest.raises(ValidationError, match=where):
        referral_import.plan_import(session, data, {})
    with pytest.raises(ValidationError, match=where):
        referral_import.import_referrals(session, data, {})
    assert cases.list_cases(session) == []


def test_a_birth_date_in_year_9999_names_row_and_column(session: Session) -> None:
    data = b"student_name,date_of_birth,narrative\nAna Ruiz,2012-05-03,x\nBo Li,9999-01-01,y\n"
    where = "Row 3, column date_of_birth: The date of birth 9999-01-01 is outside"
    with pytest.raises(ValidationError, match=where):
        referral_import.import_referrals(session, data, {})
    assert cases.list_cases(session) == []


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_as_utf16(session: Session, encoding: str) -> None:
    """Read as UTF-8 it kept a NUL beside every letter: "No column for student_name"."""
    text = HEADER + ROWS.replace("Sofia", "José María Núñez-O'Neill")
    data = text.encode(encoding)
    assert not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    plan = referral_import.plan_import(session, data, {})
    assert plan.problem == "" and plan.rows == 2
    referral_import.import_referrals(session, data, {})
    assert any(r.student.startswith("José María Núñez-O'Neill") for r in cases.list_cases(session))


def test_broken_utf16_without_a_byte_order_mark_names_the_encoding(session: Session) -> None:
    data = (HEADER + ROWS).encode("utf-16-le")[:-1]  # cut mid-character
    with pytest.raises(ValidationError, match="looks like UTF-16 text without a byte-order mark"):
        referral_import.plan_import(session, data, {})
    assert cases.list_cases(session) == []
