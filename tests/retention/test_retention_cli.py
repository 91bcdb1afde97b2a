"""`btam-desktop retention PATH`: one line per thing due; exit 1 when anything is overdue."""

from __future__ import annotations

from typing import Any

import pytest

from btam_desktop import cli
from btam_desktop.services import retention, session as sessions
from tests.conftest import PASSPHRASE


def _run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str) -> Any:
    monkeypatch.setenv("BTAM_PASSPHRASE", PASSPHRASE)
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def test_retention_lists_what_is_due_and_exits_1_while_anything_is_overdue(
    team: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    s, _, folder, held = team
    due = retention.review(s).lines
    assert due
    sessions.lock(s)
    code, out, err = _run(capsys, monkeypatch, "retention", str(folder))
    assert code == 1, err
    assert len(out) == len(due)
    number, what, rule = out[0].split("\t")
    assert number == due[0].number
    assert what.startswith("due for ") and " since " in what
    assert rule == due[0].rule
    # Every overdue case put on hold: listed, but nothing is overdue any more (exit 0).
    s2 = sessions.unlock(folder, None, PASSPHRASE)
    held.append(s2)
    for case in {line.case_id for line in retention.review(s2).lines}:
        retention.place_hold(s2, case, "Litigation hold")
    sessions.lock(s2)
    code, out, err = _run(capsys, monkeypatch, "retention", str(folder))
    assert code == 0, err
    assert out and all("on legal hold" in line for line in out)
    held.append(sessions.unlock(folder, None, PASSPHRASE))


def test_without_rules_everything_is_kept_and_nothing_is_overdue(
    tmp_path: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import make_case_file

    s, _ = make_case_file(tmp_path / "team.btam")
    sessions.lock(s)
    code, out, err = _run(capsys, monkeypatch, "retention", str(tmp_path / "team.btam"))
    assert (code, err) == (0, "")
    (said,) = out
    assert said.endswith("names no retention rules: every case is kept.")
