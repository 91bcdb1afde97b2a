"""`btam-desktop --self-test`: every check passes on a good installation, a broken part is
named with FAIL and exit 1, and nothing is left behind either way."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from btam_desktop.app import selftest
from btam_desktop.services import session as sessions

CHECKS = [
    "district defaults",
    "create case file",
    "unlock",
    "cipher",
    "pdf",
    "main window",
    "lock",
    "delete temporary case file",
]


def run() -> tuple[int, list[str]]:
    out = io.StringIO()
    code = selftest.run_self_test(out)
    return code, out.getvalue().splitlines()


def name_of(line: str) -> str:
    status, rest = line.split(" ", 1)
    assert status in ("ok", "FAIL")
    return rest.split(":", 1)[0]


def temp_folder(lines: list[str]) -> Path:
    created = next(line for line in lines if line.startswith("ok create case file: in "))
    return Path(created.removeprefix("ok create case file: in "))


def test_every_check_passes_and_nothing_is_left_behind(qtbot: QtBot) -> None:
    code, lines = run()
    assert code == 0, lines
    assert [name_of(line) for line in lines] == CHECKS
    assert all(line.startswith("ok ") for line in lines)
    assert "SQLCipher 4." in next(line for line in lines if line.startswith("ok cipher"))
    assert not temp_folder(lines).exists()


def test_a_failed_unlock_skips_what_needs_it_and_still_cleans_up(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> sessions.Session:
        raise OSError("the key file cannot be read")

    monkeypatch.setattr(sessions, "unlock", refuse)
    code, lines = run()
    assert code == 1
    by_name = {name_of(line): line for line in lines}
    assert list(by_name) == CHECKS
    assert by_name["unlock"] == "FAIL unlock: the key file cannot be read"
    assert by_name["cipher"] == "FAIL cipher: not run, because unlock failed"
    assert by_name["lock"] == "FAIL lock: not run, because unlock failed"
    assert by_name["pdf"].startswith("ok pdf")
    assert by_name["delete temporary case file"].startswith("ok ")
    assert not temp_folder(lines).exists()


def test_a_broken_pdf_is_named(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "build_probe_pdf", lambda: b"<html>not a pdf</html>")
    code, lines = run()
    assert code == 1
    assert "FAIL pdf: the output does not start with %PDF- (b'<html>no')" in lines
    assert sum(line.startswith("FAIL") for line in lines) == 1


def test_the_probe_pdf_is_a_real_form_and_garbage_has_no_pages(qtbot: QtBot) -> None:
    data = selftest.build_probe_pdf()
    assert data.startswith(b"%PDF-")
    assert selftest.pdf_page_count(data) >= 1
    assert b"WenQuanYi" in data or b"Wqy" in data or b"wqy" in data.lower()  # the CJK font
    assert selftest.pdf_page_count(b"%PDF-1.4\nnot really") == -1


def _self_test(tmp_path: Path, district_conf: str) -> subprocess.CompletedProcess[str]:
    """The real command in a fresh process, with district defaults in a system folder of
    our own (Qt reads the system scope from the first folder of XDG_CONFIG_DIRS)."""
    system = tmp_path / "xdg"
    (system / "BTAM Desktop").mkdir(parents=True)
    (system / "BTAM Desktop" / "BTAM Desktop.conf").write_text(district_conf, encoding="utf-8")
    env = {
        **os.environ,
        "XDG_CONFIG_DIRS": str(system),
        "QT_QPA_PLATFORM": "offscreen",
        selftest.LAUNCHED_AT_ENV: repr(time.time()),
    }
    return subprocess.run(
        [sys.executable, "-m", "btam_desktop", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.mark.skipif(sys.platform != "linux", reason="system scope through XDG_CONFIG_DIRS")
def test_the_command_reports_district_defaults_and_time_since_launch(tmp_path: Path) -> None:
    done = _self_test(
        tmp_path, "[General]\nIdleLockMinutes=5\nDefaultPack=cstag-style\nExportsAllowed=false\n"
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == (
        "ok district defaults: idle lock 5 min, pack cstag-style, exports disabled "
        "(set by the district: IdleLockMinutes, DefaultPack, ExportsAllowed)"
    )
    unlock = next(line for line in lines if line.startswith("ok unlock: "))
    seconds = float(unlock.split(", ")[1].removesuffix(" s after launch"))
    assert 0 < seconds < 60


@pytest.mark.skipif(sys.platform != "linux", reason="system scope through XDG_CONFIG_DIRS")
def test_a_wrong_district_value_fails_the_self_test(tmp_path: Path) -> None:
    done = _self_test(tmp_path, "[General]\nIdleLockMinutes=0\n")
    assert done.returncode == 1
    assert done.stdout.splitlines()[0] == (
        "FAIL district defaults: IdleLockMinutes must be a whole number of minutes "
        "from 1 to 120, not '0'"
    )
    assert [line.split(" ")[0] for line in done.stdout.splitlines()[1:]] == ["ok"] * 7
