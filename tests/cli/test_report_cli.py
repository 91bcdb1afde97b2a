"""`btam-desktop report`: each kind the app prints, run as a script would, and its exit codes."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.test_cli_contract import run
from tests.reports.pdftext import pages, text


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    folder = tmp_path_factory.mktemp("report-master") / "demo.btam"
    result = run("demo", folder, "--cases", "10", "--seed", "1")
    assert result.returncode == 0, result.stderr
    code = result.stdout.split("shown once): ")[1].strip()
    yield folder, code


@pytest.fixture
def demo(demo_master: tuple[Path, str], tmp_path: Path) -> tuple[Path, str]:
    copy = tmp_path / "demo.btam"
    shutil.copytree(demo_master[0], copy)
    return copy, demo_master[1]


def test_case_documents(demo: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = demo
    out = tmp_path / "2026-0002-case-summary.pdf"
    done = run("report", folder, "case-summary", "--case", "2026-0002", "-o", out)
    assert done.returncode == 0, done.stderr
    assert "not encrypted" in done.stdout
    found = pages(out.read_bytes())
    assert "Kenzie Varga-Holloway" in found[0]
    assert f"Page {len(found)} of {len(found)}" in found[-1]
    for kind in ("plan", "parent-plan"):
        done = run("report", folder, kind, "--case", "2026-0002", "-o", tmp_path / f"{kind}.pdf")
        assert done.returncode == 0, done.stderr
    assert "Parent or guardian" in text((tmp_path / "parent-plan.pdf").read_bytes())


def test_redacted_and_encrypted(demo: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = demo
    secret = tmp_path / "password.txt"
    secret.write_text("tikamo-rudeva-sopali-24\n")
    out = tmp_path / "redacted.pdf"
    done = run(
        "report", folder, "case-summary", "--case", "2026-0002", "--redact", "receiving_school",
        "--recipient", "Cedar Bend High School", "--legal-basis", "school_official",
        "--password-file", secret, "-o", out,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    data = out.read_bytes()
    assert b"Kenzie" not in data and b"Varga" not in data
    found = text(data, "tikamo-rudeva-sopali-24")
    assert "K.V.-H." in found and "Kenzie" not in found


def test_team_documents_and_recovery_kit(demo: tuple[Path, str], tmp_path: Path) -> None:
    folder, code = demo
    for kind in ("blank-forms", "staff-handout"):
        done = run("report", folder, kind, "-o", tmp_path / f"{kind}.pdf")
        assert done.returncode == 0, done.stderr
    kit = tmp_path / "kit.pdf"
    done = run("report", folder, "recovery-kit", "-o", kit, env={"BTAM_RECOVERY_CODE": code})
    assert done.returncode == 0, done.stderr
    assert " ".join(code.split("-")[:4]) in text(kit.read_bytes())
    wrong = "0" * 52 + "0000"
    done = run("report", folder, "recovery-kit", "-o", kit, env={"BTAM_RECOVERY_CODE": wrong})
    assert done.returncode == 3  # like a wrong passphrase


def test_meeting_documents_and_roster(demo: tuple[Path, str], tmp_path: Path) -> None:
    """The agenda defaults to the next meeting, the minutes to the last approved; both masked."""
    folder, _ = demo
    for kind in ("agenda", "minutes", "roster"):
        done = run("report", folder, kind, "-o", tmp_path / f"{kind}.pdf")
        assert done.returncode == 0, done.stderr
    agenda = text((tmp_path / "agenda.pdf").read_bytes())
    assert "Other business" in agenda and "Conference room B" in agenda
    assert "Kenzie" not in agenda and "K.V.-H." in agenda
    minutes = text((tmp_path / "minutes.pdf").read_bytes())
    assert "Keep the current level" in minutes and "Officer Castellan" in minutes
    assert "Correction" in minutes and "DRAFT" not in minutes
    roster = text((tmp_path / "roster.pdf").read_bytes())
    assert "Lucía Ferreira-Boyd" in roster and "lapsed" in roster.lower()


@pytest.mark.parametrize(
    "args",
    [
        ("minutes", "--meeting", "m1"),  # no such meeting
        ("roster", "--meeting", "m1"),  # --meeting is for agenda and minutes
        ("plan",),  # no --case
        ("plan", "--case", "2026-0002", "--redact", "administrator"),
        ("case-summary", "--case", "1999-0001"),
        ("case-summary", "--case", "2026-0002", "--recipient", "Someone"),  # no legal basis
    ],
)
def test_usage_errors(demo: tuple[Path, str], tmp_path: Path, args: tuple[str, ...]) -> None:
    folder, _ = demo
    out = tmp_path / "x.pdf"
    done = run("report", folder, *args, "-o", out)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("btam-desktop: ")
    assert not out.exists()


def test_wrong_passphrase(demo: tuple[Path, str], tmp_path: Path) -> None:
    done = run(
        "report", demo[0], "blank-forms", "-o", tmp_path / "f.pdf",
        env={"BTAM_PASSPHRASE": "not the passphrase"},
    )  # fmt: skip
    assert done.returncode == 3
