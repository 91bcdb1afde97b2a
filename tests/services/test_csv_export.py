"""Spreadsheet exports: every cell that a spreadsheet would run as a formula is neutralized
(read back with the csv module, first character of every cell), and each export is a logged
disclosure of every student in it."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from btam_desktop.domain.disclosure import Audience, Destination, DocumentKind
from btam_desktop.domain.referral import Student
from btam_desktop.services import exports, intake, printing
from btam_desktop.services.errors import ValidationError
from btam_desktop.services.session import Session
from tests.reports.pdftext import text

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
NAMES = ('=HYPERLINK("http://x.example","open")', "+1 Sam Rowe", "-Dee Dash", "@Ana Sum")


def _cells(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8-sig") as f:
        return list(csv.reader(f))


def _read(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@given(
    st.lists(
        st.lists(
            st.one_of(
                st.text(),
                st.tuples(st.sampled_from(DANGEROUS), st.text()).map("".join),
            ),
            min_size=1,
            max_size=5,
        ),
        max_size=5,
    )
)
def test_no_cell_starts_a_formula_and_every_text_survives(rows: list[list[str]]) -> None:
    header = ["a", "b", "c", "d", "e"]
    read = _read(exports.csv_bytes(header, rows))
    assert read[0] == header
    for written, original in zip(read[1:], rows, strict=True):
        for cell, typed in zip(written, original, strict=True):
            assert not cell.startswith(DANGEROUS)
            assert cell == ("'" + typed if typed.startswith(DANGEROUS) else typed)


def test_the_header_row_is_neutralized_too() -> None:
    """A header may hold typed text (the state report's puts the school's name there)."""
    read = _read(exports.csv_bytes(["School", '=HYPERLINK("x")'], []))
    assert read[0] == ["School", "'=HYPERLINK(\"x\")"]


@pytest.mark.parametrize("prefix", DANGEROUS)
def test_each_dangerous_start_gets_a_quote(prefix: str, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    out.write_bytes(exports.csv_bytes(["h"], [[f"{prefix}cmd|' /C calc'!A0"], ["plain"]]))
    assert _cells(out) == [["h"], [f"'{prefix}cmd|' /C calc'!A0"], ["plain"]]


def _case(session: Session, name: str) -> str:
    result, _ = intake.intake_referral(
        session,
        intake.ReferralInput(
            student=Student(name=name, grade="8"),
            reporter_name="Priya Anand-Moss",
            verbatim="something worrying",
        ),
    )
    return result.case_id


def test_the_case_list_export_is_safe_and_logged(session: Session, tmp_path: Path) -> None:
    ids = [_case(session, name) for name in NAMES]
    out = tmp_path / "cases.csv"
    district = Audience(
        True, "=District office, Dr. Lena Ruiz", "school_official", detail="Annual safety audit"
    )
    exported, _ = exports.write_csv(session, "cases", out, district)
    rows = _cells(out)
    assert rows[0][:2] == ["Case", "Student"] and exported.rows == len(NAMES) == len(rows) - 1
    assert sorted(r[1] for r in rows[1:]) == sorted("'" + n for n in NAMES)
    for row in rows:
        for cell in row:
            assert not cell.startswith(DANGEROUS), cell

    assert printing.disclosures_of(session, ids[0]) == []  # logged for the file, not a case
    event = session.ocf.audit.events()[-1]
    assert (event.action, event.detail["document"]) == ("document.exported", "cases-csv")
    assert event.detail["outside_team"] is True

    # The student's record of disclosures lists the export that held them.
    record = printing.prepare(session, printing.PrintRequest("disclosures", ids[2]))
    found = text(record.pdf)
    assert "Case list (CSV)" in found and "Every student in the file" in found
    assert "=District office, Dr. Lena Ruiz" in found and "Annual safety audit" in found


def test_the_disclosure_export_neutralizes_what_people_typed(
    session: Session, tmp_path: Path
) -> None:
    case_id = _case(session, "Kenzie Varga-Holloway")
    police = Audience(
        True, "@Ridgeview PD", "health_safety_emergency", threat="-a threat to bring a knife"
    )
    prepared = printing.prepare(
        session, printing.PrintRequest("case-summary", case_id, audience=police)
    )
    printing.record_print(session, prepared)
    out = tmp_path / "disclosures.csv"
    exports.write_csv(session, "disclosures", out, Audience())
    header, row = _cells(out)
    line = dict(zip(header, row, strict=True))
    assert line["Released to"] == "'@Ridgeview PD"
    assert line["Threat"] == "'-a threat to bring a knife"
    assert line["Student"] == "Kenzie Varga-Holloway" and line["Document"] == "Case summary"
    assert line["Legal basis"] == "Health or safety emergency (FERPA, 34 CFR 99.36)"
    exported = session.ocf.conn.execute(
        "SELECT document, destination, recipient FROM disclosures ORDER BY created_at DESC"
    ).fetchone()
    assert tuple(exported) == (DocumentKind.DISCLOSURES_CSV.value, Destination.EXPORTED.value, "")


def test_an_export_outside_the_team_must_say_why(session: Session, tmp_path: Path) -> None:
    _case(session, "Kenzie Varga-Holloway")
    out = tmp_path / "cases.csv"
    with pytest.raises(ValidationError, match="legal basis"):
        exports.write_csv(session, "cases", out, Audience(True, "Someone", ""))
    with pytest.raises(ValidationError, match="cannot be exported"):
        exports.write_csv(session, "plans", out, Audience())
    assert not out.exists()
    assert not [e for e in session.ocf.audit.events() if e.action == "document.exported"]
