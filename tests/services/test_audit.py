"""The audit chain detects edited, removed and rolled-back events."""

from __future__ import annotations

from pathlib import Path

from btam_desktop.services import cases, files, session as sessions
from btam_desktop.services.session import Session
from tests.conftest import PASSPHRASE, make_case_file, problems


def _with_events(tmp_path: Path) -> Session:
    s, _ = make_case_file(tmp_path / "a.btam")
    for i in range(5):
        cases.create_case(s, cases.NewCase(f"Mateo Brightwater {i}"))
    return s


def failing(s: Session) -> set[str]:
    return problems(files.check(s))


def test_a_fresh_file_checks_clean(tmp_path: Path) -> None:
    s = _with_events(tmp_path)
    assert failing(s) == set()
    sessions.lock(s)


def test_an_edited_event_breaks_the_chain(tmp_path: Path) -> None:
    s = _with_events(tmp_path)
    s.ocf.conn.execute("UPDATE audit SET member_id = 'someone-else' WHERE seq = 3")
    assert s.ocf.audit.verify().first_broken_seq == 3
    assert "audit chain" in failing(s)
    sessions.lock(s)


def test_a_removed_event_breaks_the_chain(tmp_path: Path) -> None:
    s = _with_events(tmp_path)
    s.ocf.conn.execute("DELETE FROM audit WHERE seq = 2")
    assert s.ocf.audit.verify().first_broken_seq == 3
    sessions.lock(s)


def test_truncating_the_tail_is_caught_by_the_key_file_anchor(tmp_path: Path) -> None:
    s = _with_events(tmp_path)
    sessions.lock(s)  # anchors the head (event 6) in the key file
    s = sessions.unlock(tmp_path / "a.btam", None, PASSPHRASE)
    s.ocf.conn.execute("DELETE FROM audit WHERE seq > 4")
    assert s.ocf.audit.verify().ok  # the remaining chain is internally consistent...
    assert "audit anchor" in failing(s)  # ...but the anchor shows events went missing
    s.ocf.close(update_anchor=False)
