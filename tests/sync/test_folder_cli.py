"""`btam-desktop sync`, `join` and `conflicts` as the issue writes them: one line for what
left and one for what arrived, exit 0 in step, exit 1 with conflicts waiting (listed, tab-
separated: id, case number, what, whose versions), exit 2 for a usage error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from btam_desktop import cli
from btam_desktop.services import cases, members, session as sessions
from btam_desktop.services.session import TEST_KDF
from tests.conftest import LEAD, PASSPHRASE, make_case_file

COUNSELOR = "Marcus Test-Counselor"
COUNSELOR_PASSPHRASE = "a counselor's own fictional passphrase"
NEWCOMER = "Priya Test-Psychologist"
NEWCOMER_PASSPHRASE = "the psychologist's fictional passphrase"


def _run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    passphrase: str,
    *argv: str | Path,
) -> tuple[int, list[str], str]:
    monkeypatch.setenv("BTAM_PASSPHRASE", passphrase)
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def _edit(folder: Path, member: str | None, passphrase: str, summary: str) -> None:
    s = sessions.unlock(folder, member, passphrase)
    try:
        case_id = cases.list_cases(s)[0].id
        cases.update_case(s, case_id, cases.CaseEdit(summary=summary))
    finally:
        sessions.lock(s)


def test_sync_join_and_conflicts_keep_their_contract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lead, counselor, share = tmp_path / "lead.btam", tmp_path / "counselor.btam", tmp_path / "share"
    s, _ = make_case_file(lead)
    members.add_member(s, COUNSELOR, "counselor", COUNSELOR_PASSPHRASE, kdf=TEST_KDF)
    cases.create_case(s, cases.NewCase("Owen Petrakis-Lund", "7", summary="Base."))
    sessions.lock(s)
    shutil.copytree(lead, counselor)
    share.mkdir()

    code, out, _ = _run(capsys, monkeypatch, PASSPHRASE, "sync", lead, share)
    assert code == 0 and out == [f"Sent: 3 changes in 1 file to {share}.", "Received: 0 changes."]
    code, out, _ = _run(capsys, monkeypatch, PASSPHRASE, "conflicts", lead)
    assert (code, out) == (0, [])

    _edit(lead, None, PASSPHRASE, "Lead's text.")
    _edit(counselor, COUNSELOR, COUNSELOR_PASSPHRASE, "Counselor's text.")
    _run(capsys, monkeypatch, PASSPHRASE, "sync", lead, share)
    code, out, _ = _run(
        capsys, monkeypatch, COUNSELOR_PASSPHRASE, "sync", counselor, share, "--member", COUNSELOR
    )
    assert code == 1
    assert out[:3] == [
        f"Sent: 1 change in 1 file to {share}.",
        f"Received: 1 change from {LEAD}.",
        "1 conflict(s) wait for a person:",
    ]
    conflict_id, number, what, who = out[3].split("\t")
    assert len(conflict_id) == 12 and number.endswith("-0001") and what == "summary"
    assert set(who.split(", ")) == {LEAD, COUNSELOR}
    code, listed, _ = _run(capsys, monkeypatch, PASSPHRASE, "conflicts", lead)
    assert code == 0  # the lead's laptop has not seen the counselor's change yet
    _run(capsys, monkeypatch, PASSPHRASE, "sync", lead, share)
    code, listed, _ = _run(capsys, monkeypatch, PASSPHRASE, "conflicts", lead)
    assert code == 1 and listed == [out[3]]  # the same id on every laptop

    # A member added on the lead's laptop joins from the folder with her own passphrase.
    monkeypatch.setenv("BTAM_NEW_PASSPHRASE", NEWCOMER_PASSPHRASE)
    role = ("--role", "psychologist")
    _run(capsys, monkeypatch, PASSPHRASE, "members", lead, "add", NEWCOMER, *role)
    _run(capsys, monkeypatch, PASSPHRASE, "sync", lead, share)
    mine, newcomer = tmp_path / "psychologist.btam", ("--member", NEWCOMER)
    code, out, _ = _run(capsys, monkeypatch, NEWCOMER_PASSPHRASE, "join", share, mine, *newcomer)
    assert code == 1  # in step, and the summary's conflict waits on her laptop too
    assert out[0] == f"Joined: {mine} is {NEWCOMER}'s own copy of the team's case file."
    code, _, err = _run(capsys, monkeypatch, NEWCOMER_PASSPHRASE, "join", share, mine, *newcomer)
    assert code == 2 and "already exists" in err
    other = tmp_path / "x.btam"
    code, _, err = _run(capsys, monkeypatch, "wrong", "join", share, other, *newcomer)
    assert code == 3 and not other.exists()
    code, _, err = _run(capsys, monkeypatch, PASSPHRASE, "sync", lead, tmp_path / "no-such-folder")
    assert code == 2 and "not reachable" in err


def test_sync_names_attachments_and_files_carried_for_others_in_its_two_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The counselor's change and photo reach the share; the lead takes them there and carries
    the counselor's file to a stick: each line lists what left or arrived, in words."""
    from btam_desktop.services import intake

    lead, counselor = tmp_path / "lead.btam", tmp_path / "counselor.btam"
    share, stick = tmp_path / "share", tmp_path / "stick"
    s, _ = make_case_file(lead)
    members.add_member(s, COUNSELOR, "counselor", COUNSELOR_PASSPHRASE, kdf=TEST_KDF)
    case, _ = cases.create_case(s, cases.NewCase("Owen Petrakis-Lund", "7", summary="Base."))
    sessions.lock(s)
    shutil.copytree(lead, counselor)
    share.mkdir()
    stick.mkdir()
    c = sessions.unlock(counselor, COUNSELOR, COUNSELOR_PASSPHRASE)
    try:
        intake.attach_evidence(c, case.id, "note.png", b"\x89PNG fictional note " * 50)
    finally:
        sessions.lock(c)
    args = ("--member", COUNSELOR)
    code, out, _ = _run(capsys, monkeypatch, COUNSELOR_PASSPHRASE, "sync", counselor, share, *args)
    assert (code, out[0]) == (0, f"Sent: 1 change in 1 file and 1 attachment to {share}.")
    code, out, _ = _run(capsys, monkeypatch, PASSPHRASE, "sync", lead, share)
    assert out[1] == f"Received: 1 change from {COUNSELOR} and 1 attachment."
    code, out, _ = _run(capsys, monkeypatch, PASSPHRASE, "sync", lead, stick)
    assert out[0] == (
        f"Sent: 3 changes in 1 file, 1 attachment and 1 file of other laptops to {stick}."
    ), out
