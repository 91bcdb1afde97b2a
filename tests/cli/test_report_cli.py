"""`btam-desktop report`: each kind the app prints, run as a script would, and its exit codes;
the recovery kit sent to a real print system (tests/print_system.py) rather than a disk."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from btam_desktop.services import session as sessions
from tests.cli.test_cli_contract import PASS, run
from tests.print_system import PrintSystem
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


def _documents_logged(folder: Path) -> list[str]:
    """The print and save events in the case file's audit log."""
    s = sessions.unlock(folder, None, PASS)
    try:
        return [e.action for e in s.ocf.audit.events() if e.action.startswith("document.")]
    finally:
        sessions.lock(s)


def test_team_documents_and_recovery_kit(demo: tuple[Path, str], tmp_path: Path) -> None:
    """The kit is not written to a disk in the clear: refused without --password-file (and
    says why), written encrypted with it. Printing it is below, against a real print system."""
    folder, code = demo
    for kind in ("blank-forms", "staff-handout"):
        done = run("report", folder, kind, "-o", tmp_path / f"{kind}.pdf")
        assert done.returncode == 0, done.stderr
    kit = tmp_path / "kit.pdf"
    refused = run("report", folder, "recovery-kit", "-o", kit, env={"BTAM_RECOVERY_CODE": code})
    assert refused.returncode == 2 and not kit.exists()
    assert "A recovery code does not belong on a disk" in refused.stderr
    assert "--password-file" in refused.stderr and "--printer" in refused.stderr
    secret = tmp_path / "password.txt"
    secret.write_text("tikamo-rudeva-sopali-24\n")
    env = {"BTAM_RECOVERY_CODE": code}
    done = run("report", folder, "recovery-kit", "--password-file", secret, "-o", kit, env=env)
    assert done.returncode == 0, done.stderr
    # Two groups, not one: a four-digit group such as "1613" turns up by chance in a PDF's own
    # numbers (its cross-reference offsets), as it did once in CI.
    raw = kit.read_bytes()
    assert "-".join(code.split("-")[:2]).encode() not in raw and code.encode() not in raw
    assert " ".join(code.split("-")[:4]) in text(kit.read_bytes(), "tikamo-rudeva-sopali-24")
    wrong = "0" * 52 + "0000"
    done = run(
        "report", folder, "recovery-kit", "--password-file", secret, "-o", kit,
        env={"BTAM_RECOVERY_CODE": wrong},
    )  # fmt: skip
    assert done.returncode == 3  # like a wrong passphrase
    done = run("report", folder, "plan", "--case", "2026-0002")  # neither -o nor --printer
    assert done.returncode == 2 and "-o OUT.pdf or --printer NAME" in done.stderr


def test_handouts_for_students_and_families(demo: tuple[Path, str], tmp_path: Path) -> None:
    """The demo district's tip line on both; no CONFIDENTIAL reminder (nothing to keep
    safe); each save logged like any other document."""
    folder, _ = demo
    for kind in ("student-handout", "family-handout"):
        out = tmp_path / f"{kind}.pdf"
        done = run("report", folder, kind, "-o", out)
        assert done.returncode == 0, done.stderr
        assert "CONFIDENTIAL" not in done.stdout and "no student data" in done.stdout
        (page,) = pages(out.read_bytes())
        assert "Ridgeview SafeLine" in page and "Call: (555) 555-0150" in page
        assert "CONFIDENTIAL" not in page and "Kenzie" not in page
    assert _documents_logged(folder) == ["document.saved", "document.saved"]
    refused = run(
        "report", folder, "family-handout", "--recipient", "PTA", "--legal-basis", "other",
        "-o", tmp_path / "pta.pdf",
    )  # fmt: skip
    assert refused.returncode != 0 and "names no recipient" in refused.stderr
    out = tmp_path / "familias.pdf"
    done = run("report", folder, "family-handout", "--language", "es", "-o", out)
    assert done.returncode == 0, done.stderr
    (page,) = pages(out.read_bytes())
    assert "Familias: ayúdennos a cuidar la escuela" in page
    assert "(coordina el equipo)" in page and "(team lead)" not in page  # roles too
    # The pack's own words in Spanish too: the district's [labels.es] gives the tip line's note.
    assert "Abierta las 24 horas" in page and "Open 24 hours" not in page
    english_only = run("report", folder, "roster", "--language", "es", "-o", out)
    assert english_only.returncode == 2 and "English only" in english_only.stderr
    staff = tmp_path / "personal.pdf"
    done = run("report", folder, "staff-handout", "--language", "es", "-o", staff)
    assert done.returncode == 0, done.stderr
    (page,) = pages(staff.read_bytes())  # one page, to pin up, in Spanish too
    for expected in (
        "Para el personal",
        "¿Le preocupa un estudiante? Avise al equipo",
        "¿Alguien corre peligro ahora? Llame al 911",
        "Lo que usted podría ver u oír",
        "A quién avisar",
        "(coordina el equipo)",
    ):
        assert expected in page, expected
    assert "For staff" not in page and "Whom to tell" not in page


def test_family_papers_default_to_the_familys_language(
    demo: tuple[Path, str], tmp_path: Path
) -> None:
    """Sofia's guardian reads Spanish (the demo): her family's plan prints in Spanish unless
    --language says otherwise; Kenzie's in English. A letter is printed from a notification,
    named by its number in the case's list; every copy is logged."""
    folder, _ = demo
    out = tmp_path / "out.pdf"
    done = run("report", folder, "parent-plan", "--case", "2026-0008", "-o", out)
    assert done.returncode == 0, done.stderr
    (page,) = pages(out.read_bytes())
    assert "Plan de apoyo para Sofia" in page and "Página 1 de 1" in page
    assert "Lo que vamos a hacer" in page and "What will happen" not in page
    done = run(
        "report", folder, "parent-plan", "--case", "2026-0008", "--language", "en", "-o", out
    )
    assert done.returncode == 0 and "Support plan for Sofia" in text(out.read_bytes())
    no_number = run("report", folder, "letter", "--case", "2026-0002", "-o", out)
    assert no_number.returncode == 2 and "--notification" in no_number.stderr
    wrong = run("report", folder, "letter", "--case", "2026-0002", "--notification", "9", "-o", out)
    assert wrong.returncode == 2 and "\tparents\t" in wrong.stderr  # the case's list, to pick
    done = run("report", folder, "letter", "--case", "2026-0002", "--notification", "1", "-o", out)
    assert done.returncode == 0, done.stderr
    assert "About Kenzie" in text(out.read_bytes())  # Kenzie's family: English, not said
    done = run(
        "report", folder, "letter", "--case", "2026-0002", "--notification", "1",
        "--language", "es", "-o", out,
    )  # fmt: skip
    assert done.returncode == 0 and "Sobre Kenzie" in text(out.read_bytes())
    assert _documents_logged(folder) == ["document.saved"] * 4


def test_the_recovery_kit_goes_to_the_printer(
    demo: tuple[Path, str], print_system: PrintSystem
) -> None:
    """Sent to a named queue, or to the default one; it comes out with the code on it, and the
    print is logged only once the print system took it."""
    folder, code = demo
    out = print_system.add_queue("btam-kit")
    before = _documents_logged(folder)
    env = {"BTAM_RECOVERY_CODE": code}
    done = run("report", folder, "recovery-kit", "--printer", "btam-kit", env=env)
    assert done.returncode == 0, done.stderr
    assert "Sent to btam-kit (job " in done.stdout
    (paper,) = print_system.printed("btam-kit", out)
    on_paper = "".join(text(paper.read_bytes()).split())  # Ghostscript re-spaces the groups
    assert "".join(code.split("-")) in on_paper
    assert _documents_logged(folder) == [*before, "document.printed"]
    print_system.run("lpadmin", "-d", "btam-kit")  # the default printer, for no --printer
    done = run("report", folder, "recovery-kit", env=env)
    assert done.returncode == 0, done.stderr
    assert len(print_system.printed("btam-kit", out, count=2)) == 2


@pytest.mark.parametrize("how", ["cupsdisable", "cupsreject", "lpadmin -x"])
def test_a_printer_that_would_not_print_gets_nothing_and_nothing_is_logged(
    demo: tuple[Path, str], print_system: PrintSystem, how: str
) -> None:
    folder, code = demo
    name = f"btam-{how.split()[0]}"
    print_system.add_queue(name)
    print_system.run(*how.split(), name)
    before = _documents_logged(folder)
    done = run(
        "report", folder, "recovery-kit", "--printer", name, env={"BTAM_RECOVERY_CODE": code}
    )
    assert done.returncode == 1, done.stderr
    assert "Nothing was sent." in done.stderr and name in done.stderr
    assert _documents_logged(folder) == before
    assert print_system.jobs(name) == []


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
