"""`btam-desktop transfer PATH --case N -o PACKET` and `transfer-in PATH PACKET`: exit 0 with
what was written and received, exit 2 with what and where for bad input, nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from btam_desktop import cli
from btam_desktop.services import cases, session as sessions
from tests.conftest import PASSPHRASE
from tests.transfer.conftest import PACKET_PASSPHRASE, Teams

CEDAR = "cedar passphrase"


def _run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *argv: str,
    passphrase: str = PASSPHRASE,
    packet: str = PACKET_PASSPHRASE,
) -> tuple[int, str, str]:
    monkeypatch.setenv("BTAM_PASSPHRASE", passphrase)
    monkeypatch.setenv("BTAM_PACKET_PASSPHRASE", packet)
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _numbers(folder: Path, passphrase: str) -> list[str]:
    s = sessions.unlock(folder, None, passphrase)
    try:
        return [row.number for row in cases.list_cases(s)]
    finally:
        sessions.lock(s)


def test_transfer_and_transfer_in(
    teams: Teams, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    maple = teams.maple.ocf.layout.folder
    cedar = teams.cedar.ocf.layout.folder
    number = cases.get_case(teams.maple, teams.case_id).case.number
    sessions.lock(teams.maple)
    sessions.lock(teams.cedar)
    packet = teams.folder / "kenzie.btam-transfer"
    base = ("transfer", str(maple), "--case", number, "-o", str(packet))
    to = ("--to", "Cedar Bend Middle School", "--asked-on", "2027-03-08")

    code, out, err = _run(capsys, monkeypatch, *base, *to)
    assert code == cli.EXIT_OK, err
    assert "note: Due today: Florida-style" in err
    assert f"Wrote {packet} (the packet) and {teams.folder / 'kenzie-summary.pdf'}" in out
    assert "Due by 2027-03-11" in out

    before = _numbers(cedar, CEDAR)
    code, out, err = _run(
        capsys, monkeypatch, "transfer-in", str(cedar), str(packet), passphrase=CEDAR, packet="no"
    )
    assert code == cli.EXIT_USAGE and "does not open with that passphrase" in err
    assert _numbers(cedar, CEDAR) == before

    code, out, err = _run(
        capsys, monkeypatch, "transfer-in", str(cedar), str(packet), passphrase=CEDAR
    )
    assert code == cli.EXIT_OK, err
    (new,) = set(_numbers(cedar, CEDAR)) - set(before)
    assert out.strip() == (
        f"Case {new} in {cedar}: Received from Maple Hollow Middle School on March 11, 2027."
    )


def test_bad_input_says_what_and_where_and_changes_nothing(
    teams: Teams,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    maple = teams.maple.ocf.layout.folder
    cedar = teams.cedar.ocf.layout.folder
    sessions.lock(teams.maple)
    sessions.lock(teams.cedar)
    packet = str(teams.folder / "p")
    for argv, said in (
        (("--case", "2026-9999", "-o", packet, "--to", "X"), "There is no case 2026-9999"),
        (("--case", "2026-0001", "-o", packet, "--to", "X", "--asked-on", "soon"), "YYYY-MM-DD"),
    ):
        code, _out, err = _run(capsys, monkeypatch, "transfer", str(maple), *argv)
        assert code == cli.EXIT_USAGE and said in err, err
    secret = tmp_path / "pw"
    secret.write_text("short\n")
    code, _out, err = _run(
        capsys,
        monkeypatch,
        "transfer",
        str(maple),
        *("--case", "2026-0001", "-o", packet, "--to", "X", "--password-file", str(secret)),
    )
    assert code == cli.EXIT_USAGE and "passphrase needs at least 10" in err
    assert list(teams.folder.iterdir()) == []
    code, _out, err = _run(capsys, monkeypatch, "transfer-in", str(cedar), packet, passphrase=CEDAR)
    assert code == cli.EXIT_USAGE and "no such file" in err
    not_a_packet = tmp_path / "notes.txt"
    not_a_packet.write_text("hello")
    code, _out, err = _run(
        capsys, monkeypatch, "transfer-in", str(cedar), str(not_a_packet), passphrase=CEDAR
    )
    assert code == cli.EXIT_USAGE and "not a BTAM Desktop transfer packet" in err


def test_the_contract_form_without_to_logs_an_unnamed_receiving_school(
    teams: Teams, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`transfer PATH --case N -o PACKET`, exactly as the issue writes it, with no terminal to
    ask the school: the packet is made and the log says an unnamed school received it."""
    maple = teams.maple.ocf.layout.folder
    number = cases.get_case(teams.maple, teams.case_id).case.number
    sessions.lock(teams.maple)
    sessions.lock(teams.cedar)
    packet = teams.folder / "kenzie.btam-transfer"
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, out, err = _run(
        capsys, monkeypatch, "transfer", str(maple), "--case", number, "-o", str(packet)
    )
    assert code == cli.EXIT_OK, err
    assert packet.exists() and f"logged as a disclosure to {cli.UNNAMED_SCHOOL}." in out
