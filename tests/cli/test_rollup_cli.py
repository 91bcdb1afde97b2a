"""`btam-desktop rollup` and `btam-desktop district-sum`, run as a script would."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from btam_desktop.domain import clock, rollup
from btam_desktop.domain.case import school_year_of
from btam_desktop.domain.statistics import year_label
from btam_desktop.services import session as sessions, sync_settings
from tests.cli.test_cli_contract import PASS, demo, demo_master, run
from tests.reports.pdftext import text as pdf_text
from tests.rollups import school_rollup, write

__all__ = ["demo", "demo_master"]

THIS_YEAR = year_label(school_year_of(clock.today()))


def test_the_lead_signs_a_rollup_with_no_student_in_it(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "maple.json"
    result = run("rollup", demo, "--year", THIS_YEAR, "-o", out)
    assert result.returncode == 0, result.stderr
    assert "signed by Dana Whitlock-Oyelaran" in result.stdout and "SHA-256 " in result.stdout
    text = out.read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["school_year"] == THIS_YEAR and data["school"] == "Maple Hollow Middle School"
    s = sessions.unlock(demo, None, PASS)
    try:
        conn = s.ocf.conn
        names = [str(r[0]) for r in conn.execute("SELECT name FROM persons")]
        numbers = [str(r[0]) for r in conn.execute("SELECT number FROM cases")]
        logged = conn.execute(
            "SELECT count(*) FROM disclosures WHERE document = 'district-rollup'"
        ).fetchone()[0]
        audit = conn.execute(
            "SELECT detail_json FROM audit WHERE action = 'document.exported'"
        ).fetchall()
    finally:
        sessions.lock(s)
    assert names and numbers
    for name in names:
        for part in name.split():
            if len(part) > 3:  # "Jr." and initials are words of the figures too
                assert part not in text, part
    for number in numbers:
        assert number not in text
    assert logged == 1 and audit and "district-rollup" in str(audit[-1][0])
    # The district's side: no case file, no passphrase.
    pdf = tmp_path / "district.pdf"
    other = write(tmp_path, "cedar.json", school_rollup("Cedar Ridge High", [12, 25], [11, 14, 12]))
    result = run("district-sum", out, other, "-o", pdf, env={"BTAM_PASSPHRASE": ""})
    assert result.returncode == 0, result.stderr
    printed = " ".join(pdf_text(pdf.read_bytes()).split())
    assert "District view, aggregate, no student data" in printed
    assert (
        "Maple Hollow" in printed and "Cedar Ridge High" in printed and "District total" in printed
    )
    assert "SHA-256" in printed and "maple.json" in printed


def test_a_member_who_is_not_a_lead_is_refused(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.json"
    result = run("rollup", demo, "--member", "Marcus Feldspar", "--year", THIS_YEAR, "-o", out)
    assert result.returncode == 1
    assert result.stderr.strip() == "btam-desktop: Only a team lead can sign a district roll-up."
    assert not out.exists()


def test_the_sync_folder_is_refused(demo: Path, tmp_path: Path) -> None:
    shared = tmp_path / "share"
    shared.mkdir()
    s = sessions.unlock(demo, None, PASS)
    try:
        sync_settings.set_folder(s, shared)
    finally:
        sessions.lock(s)
    result = run("rollup", demo, "--year", THIS_YEAR, "-o", shared / "r.json")
    assert result.returncode == 2
    assert "inside the team's sync folder" in result.stderr and "never" in result.stderr
    assert list(shared.glob("*.json")) == []


def test_a_tampered_file_is_named_and_nothing_is_printed(tmp_path: Path) -> None:
    maple = write(tmp_path, "maple.json", school_rollup("Maple Hollow", [14, 30], [20, 12, 12]))
    cedar = write(tmp_path, "cedar.json", school_rollup("Cedar Ridge", [12, 25], [11, 14, 12]))
    pdf = tmp_path / "d.pdf"
    assert run("district-sum", maple, cedar, "-o", pdf).returncode == 0  # positive control
    pdf.unlink()
    # A counted change would not add up (refused as damaged); a renamed school reads fine.
    cedar.write_text(cedar.read_text().replace("Cedar Ridge", "Cedar Ridgf", 1))
    result = run("district-sum", maple, cedar, "-o", pdf)
    assert result.returncode == 4
    assert str(cedar) in result.stderr and "signature does not match" in result.stderr
    assert "Nothing was printed" in result.stderr and not pdf.exists()


def test_two_years_or_one_school_twice_exit_2(tmp_path: Path) -> None:
    maple = write(tmp_path, "maple.json", school_rollup("Maple Hollow", [14, 30], [20, 12, 12]))
    old = write(tmp_path, "old.json", school_rollup("Cedar", [1, 1], [2, 0, 0], year="2025-26"))
    again = write(tmp_path, "again.json", school_rollup("Maple Hollow", [1, 1], [2, 0, 0]))
    pdf = tmp_path / "d.pdf"
    result = run("district-sum", maple, old, "-o", pdf)
    assert result.returncode == 2 and "different school years" in result.stderr
    result = run("district-sum", maple, again, "-o", pdf)
    assert result.returncode == 2 and "both from Maple Hollow" in result.stderr
    assert "again.json" in result.stderr and not pdf.exists()


def test_a_figure_missing_from_one_file_is_said_on_paper_not_counted_as_zero(
    tmp_path: Path,
) -> None:
    older = school_rollup("Birch Lane", [12, 20], [12, 10, 10])
    older = replace(older, tables=older.tables[:1])  # made by a version without the levels
    maple = write(tmp_path, "maple.json", school_rollup("Maple Hollow", [14, 30], [20, 12, 12]))
    birch = write(tmp_path, "birch.json", older)
    pdf = tmp_path / "d.pdf"
    assert run("district-sum", maple, birch, "-o", pdf).returncode == 0
    printed = " ".join(pdf_text(pdf.read_bytes()).split())
    assert "Not in the file of Birch Lane (made by another version of the app)" in printed
    assert printed.count("Not in the file of") == 1


def test_with_the_schools_keys_given_a_file_signed_with_another_key_is_refused(
    tmp_path: Path,
) -> None:
    """The signature proves a file unchanged; `--expect` proves who made it."""
    maple = write(tmp_path, "maple.json", school_rollup("Maple Hollow", [14, 30], [20, 12, 12]))
    cedar = write(tmp_path, "cedar.json", school_rollup("Cedar Ridge", [12, 25], [11, 14, 12]))
    keys = {
        name: rollup.read(path.read_bytes())[0].fingerprint
        for name, path in (("Maple Hollow", maple), ("Cedar Ridge", cedar))
    }
    given = [f"--expect={name}={rollup.fingerprint_text(fp)}" for name, fp in keys.items()]
    pdf = tmp_path / "d.pdf"
    result = run("district-sum", maple, cedar, "-o", pdf, *given)
    assert result.returncode == 0, result.stderr  # the positive control
    assert result.stdout.count("(the key given for this school)") == 2
    printed = " ".join(pdf_text(pdf.read_bytes()).split())
    assert "and its signing key against the fingerprint given for its school" in printed
    pdf.unlink()
    # Someone else made a "Cedar Ridge" file with their own key: refused, nothing printed.
    forged = write(tmp_path, "forged.json", school_rollup("Cedar Ridge", [12, 25], [1, 1, 1]))
    result = run("district-sum", maple, forged, "-o", pdf, *given)
    assert result.returncode == 4
    assert str(forged) in result.stderr and "not the one given for Cedar Ridge" in result.stderr
    forged_key = rollup.read(forged.read_bytes())[0].fingerprint
    assert rollup.fingerprint_text(forged_key) in result.stderr  # what to read to the school
    assert not pdf.exists()
    # A school the district gave no key for is refused too; a key typed wrong is a usage error.
    result = run("district-sum", maple, cedar, "-o", pdf, given[0])
    assert result.returncode == 4 and "no key was given" in result.stderr and not pdf.exists()
    result = run("district-sum", maple, "-o", pdf, "--expect", "Maple Hollow=9b67")
    assert result.returncode == 2 and "at least the first 16" in result.stderr


def test_a_school_s_name_reaches_the_terminal_without_control_characters(
    tmp_path: Path,
) -> None:
    hostile = write(
        tmp_path, "h.json", school_rollup("Oak\x1b]0;owned\x07 Glen", [12, 20], [1] * 3)
    )
    maple = write(tmp_path, "maple.json", school_rollup("Maple Hollow", [14, 30], [20, 12, 12]))
    pdf = tmp_path / "d.pdf"
    given = "--expect=Maple Hollow=" + rollup.read(maple.read_bytes())[0].fingerprint
    result = run("district-sum", maple, hostile, "-o", pdf, given, "--expect=Birch=" + "ab" * 8)
    assert result.returncode == 4 and "\x1b" not in result.stderr
    assert "Oak\\x1b]0;owned\\x07 Glen" in result.stderr  # written as its code
    result = run("district-sum", maple, "-o", pdf, given, "--expect=Birch Lane=" + "ab" * 8)
    assert result.returncode == 0
    assert "No file from Birch Lane was given, though --expect names it." in result.stdout
