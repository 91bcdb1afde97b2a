"""The benchmark generator writes case files the app itself accepts as whole and healthy."""

from __future__ import annotations

import json
from pathlib import Path

from bench.synthetic import make_casefile
from btam_desktop.domain.case import CaseStatus, check_transition, parse_case_number
from btam_desktop.services import cases, files, members, session as sessions
from btam_desktop.services.demo_data import TEAM
from btam_desktop.services.session import TEST_KDF
from tests.conftest import problems

PASSPHRASE = "synthetic bench passphrase"


def test_a_synthetic_file_opens_lists_and_checks_clean(tmp_path: Path) -> None:
    folder = tmp_path / "synthetic.btam"
    make_casefile(folder, 300, passphrase=PASSPHRASE, kdf=TEST_KDF)
    session = sessions.unlock(folder, None, PASSPHRASE)
    try:
        rows = cases.list_cases(session)
        assert len(rows) == 300
        assert {r.status for r in rows} == set(CaseStatus)
        numbers = [r.number for r in rows]
        assert len(set(numbers)) == len(numbers)
        assert all(parse_case_number(n)[1] >= 1 for n in numbers)
        assert all(r.student and r.grade in {str(g) for g in range(6, 13)} for r in rows)
        assert sorted(m.name for m in members.list_members(session)) == sorted(n for n, _ in TEAM)

        # All lines ok, but for "key strength": TEST_KDF is below the production floor.
        lines = files.check(session)
        assert problems(lines) == set(), lines
        assert {"audit chain", "audit anchor", "integrity"} <= {ln.name for ln in lines if ln.ok}

        # Every history is one the workflow allows, ending where the case is now, and audit
        # details carry ids, statuses and field names only: never a name or the summary.
        events = session.ocf.audit.events()
        assert sum(e.action == "case.created" for e in events) == 300
        by_case: dict[str, list[tuple[str, str]]] = {}
        for e in events:
            if e.action in ("case.status_changed", "case.reopened"):
                by_case.setdefault(e.case_id, []).append((e.detail["from"], e.detail["to"]))
        detail_text = json.dumps([e.detail for e in events])
        for row in rows:
            assert row.student not in detail_text
            current = CaseStatus.REFERRAL
            for before, after in by_case.get(row.id, []):
                assert before == current
                check_transition(CaseStatus(before), CaseStatus(after), "a reason")
                current = CaseStatus(after)
            assert current is row.status
        assert any(r.next_review is not None for r in rows)
    finally:
        sessions.lock(session)


def test_the_same_seed_gives_the_same_cases(tmp_path: Path) -> None:
    def content(folder: Path) -> list[tuple[str, str, str, str]]:
        make_casefile(folder, 40, seed=3, passphrase=PASSPHRASE, kdf=TEST_KDF)
        session = sessions.unlock(folder, None, PASSPHRASE)
        try:
            return [(r.id, r.number, r.student, r.status.value) for r in cases.list_cases(session)]
        finally:
            sessions.lock(session)

    assert content(tmp_path / "a.btam") == content(tmp_path / "b.btam")
