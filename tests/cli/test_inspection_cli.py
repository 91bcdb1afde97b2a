"""`btam-desktop report PATH inspection --student NAME|ID` run as a script would: the demo's
Kenzie, her classmate and her target withheld and counted, an encrypted copy, the print logged,
and the exit codes of a student named wrongly or a question the packet does not take."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_bad_input import no_traceback
from tests.cli.test_cli_contract import run
from tests.cli.test_report_cli import _documents_logged, demo, demo_master
from tests.reports.pdftext import pages, text

__all__ = ["demo", "demo_master"]  # fixtures


def test_the_demo_students_packet(demo: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = demo
    out = tmp_path / "kenzie.pdf"
    done = run("report", folder, "inspection", "--student", "Kenzie Varga-Holloway", "-o", out)
    assert done.returncode == 0, done.stderr
    assert "not encrypted" in done.stdout
    read = pages(out.read_bytes())
    found = " ".join(read)
    assert "Your child's record: inspection copy" in read[0] and "Kenzie Varga-Holloway" in found
    assert "Legal basis: The student's parent or guardian (FERPA, 34 CFR 99.10)" in read[0]
    for never in ("Corin", "Abernathy", "Bastian", "Quill", "Tobias", "Mateo"):
        assert never not in found, never
    assert "passages withheld: other students' information" in read[-1]
    assert "1 passage withheld: another person's safety plan" in read[-1]
    assert _documents_logged(folder)[-1] == "document.saved"

    secret = tmp_path / "password.txt"
    secret.write_text("tikamo-rudeva-sopali-24\n")
    locked = tmp_path / "locked.pdf"
    done = run("report", folder, "inspection", "--student", "kenzie varga-holloway",
               "--password-file", secret, "-o", locked)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "What was withheld and why" in text(locked.read_bytes(), "tikamo-rudeva-sopali-24")


def test_exit_codes(demo: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = demo
    out = tmp_path / "packet.pdf"
    for args, said in (
        (("--student", "ma"), "3 students match"),
        (("--student", "Nobody Atall"), "no student"),
        ((), "--student"),
        (("--student", "Kenzie", "--case", "2026-0002"), "takes --student, not --case"),
        (("--student", "Kenzie", "--language", "fr"), "invalid choice"),
    ):
        refused = run("report", folder, "inspection", *args, "-o", out)
        no_traceback(refused)
        assert refused.returncode == 2, (args, refused.stderr)
        assert said in refused.stderr, (args, refused.stderr)
    assert not out.exists()
    gone = run("report", tmp_path / "none.btam", "inspection", "--student", "Kenzie", "-o", out)
    no_traceback(gone)
    assert gone.returncode == 4 and "not a BTAM case file" in gone.stderr  # EXIT_DAMAGED


def test_the_packet_in_spanish(demo: tuple[Path, str], tmp_path: Path) -> None:
    """Sofia's guardian reads Spanish (the demo): her packet prints in Spanish unless
    --language says otherwise; Kenzie's prints in Spanish when asked."""
    folder, _ = demo
    out = tmp_path / "sofia.pdf"
    done = run("report", folder, "inspection", "--student", "Sofia", "-o", out)
    assert done.returncode == 0, done.stderr
    found = text(out.read_bytes())
    assert "El expediente de su hijo o hija" in found and "Etapa Gestión" in found
    assert "Apoyo personal" in found  # the pack's plan domain, from its [labels.es]
    assert "[no se muestra: el plan de seguridad de otra persona]" in found
    done = run("report", folder, "inspection", "--student", "Sofia", "--language", "en", "-o", out)
    assert done.returncode == 0 and "Your child's record" in text(out.read_bytes())
    done = run("report", folder, "inspection", "--student", "kenzie varga-holloway",
               "--language", "es", "-o", out)  # fmt: skip
    assert done.returncode == 0, done.stderr
    found = text(out.read_bytes())
    assert "[no se muestra: información de otros estudiantes]" in found
    assert "[withheld:" not in found
