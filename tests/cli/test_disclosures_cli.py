"""`btam-desktop report PATH disclosures --student` and `export --format csv`, run as a script
would: a student found by name or id (several or none: exit 2 with the list or the reason), a
copy leaving the team refused until it says why, and CSV files read back with the csv module."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from tests.cli.test_bad_input import no_traceback
from tests.cli.test_cli_contract import run
from tests.cli.test_report_cli import _documents_logged, demo, demo_master
from tests.reports.pdftext import text

__all__ = ["demo", "demo_master"]  # fixtures
THREAT = "A list titled 'people who ruined it' and research into past attacks."


def test_the_record_of_disclosures_of_one_student(demo: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = demo
    sent = tmp_path / "sent.pdf"
    police = ("--recipient", "Det. Ana Okafor-Lind, Ridgeview PD")
    emergency = ("--legal-basis", "health_safety_emergency")
    refused = run("report", folder, "case-summary", "--case", "2026-0004", *police, *emergency,
                  "-o", sent)  # fmt: skip
    no_traceback(refused)
    assert refused.returncode == 2 and "articulable and significant threat" in refused.stderr
    assert not sent.exists()
    done = run("report", folder, "case-summary", "--case", "2026-0004", *police, *emergency,
               "--threat", THREAT, "-o", sent)  # fmt: skip
    assert done.returncode == 0, done.stderr

    out = tmp_path / "record.pdf"
    done = run("report", folder, "disclosures", "--student", "Rhys Cardenas-Whitfield", "-o", out)
    assert done.returncode == 0, done.stderr
    found = text(out.read_bytes())
    for expected in ("Record of disclosures", "CONFIDENTIAL", "Rhys Cardenas-Whitfield",
                     "Det. Ana Okafor-Lind, Ridgeview PD", f"Threat: {THREAT}"):  # fmt: skip
        assert expected in found, expected
    assert "Kenzie" not in found
    assert _documents_logged(folder)[-1] == "document.saved"  # the record itself is logged


def test_a_student_named_ambiguously_or_not_at_all(demo: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = demo
    out = tmp_path / "record.pdf"
    several = run("report", folder, "disclosures", "--student", "ma", "-o", out)
    no_traceback(several)
    assert several.returncode == 2 and "3 students match" in several.stderr
    for name in ("Tobias Quennell-Marsh", "Mateo Brightwater", "Sofia Marchetti-Nakamura"):
        assert name in several.stderr
    none = run("report", folder, "disclosures", "--student", "Nobody Atall", "-o", out)
    assert none.returncode == 2 and "no student" in none.stderr
    missing = run("report", folder, "disclosures", "-o", out)
    assert missing.returncode == 2 and "--student" in missing.stderr
    assert not out.exists()


def test_csv_exports_and_the_json_default(demo: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = demo
    out = tmp_path / "cases.csv"
    done = run("export", folder, "--format", "csv", "--what", "cases", "-o", out)
    assert done.returncode == 0, done.stderr
    assert "logged as a disclosure" in done.stdout
    with out.open(newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "Case" and len(rows) == 11
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for cell in r)
    assert _documents_logged(folder)[-1] == "document.exported"

    listed = tmp_path / "disclosures.csv"
    office = ("--recipient", "=Ridgeview Unified records office", "--legal-basis", "other")
    args = ("export", folder, "--format", "csv", "--what", "disclosures", "-o", listed, *office)
    done = run(*args)
    assert done.returncode == 2 and "lawful basis" in done.stderr and not listed.exists()
    done = run(*args, "--interest", "+State audit of threat assessment records")
    assert done.returncode == 0, done.stderr
    again = run("export", folder, "--format", "csv", "--what", "disclosures", "-o", listed)
    assert again.returncode == 0, again.stderr  # now lists the export before it
    with listed.open(newline="", encoding="utf-8-sig") as f:
        header, *lines = list(csv.reader(f))
    line = dict(zip(header, lines[-1], strict=True))
    assert line["Released to"] == "'=Ridgeview Unified records office"
    assert line["Interest or purpose"] == "'+State audit of threat assessment records"
    assert line["Document"] == "Disclosure records (CSV)" and line["How"] == "Exported as CSV"

    no_what = run("export", folder, "--format", "csv", "-o", out)
    assert no_what.returncode == 2 and "--what" in no_what.stderr
    json_what = run("export", folder, "--what", "cases", "-o", tmp_path / "x.json")
    assert json_what.returncode == 2 and "--format csv" in json_what.stderr

    everything = tmp_path / "everything.json"  # no --format: the lossless JSON, as before
    done = run("export", folder, "-o", everything)
    assert done.returncode == 0, done.stderr
    assert json.loads(everything.read_text())["tables"]["audit"][-1]["action"] == (
        "case_file.exported"
    )
