"""The statistics' facts kept per case (`stats_facts`, schema 21) are always what counting the
tables again gives: after the demo's services, after any sequence of raw writes to the tables
they come from (hypothesis), after an upgrade; a write that skips the refresh is caught (the
positive control); moments stay UTC and are read in the computer's zone."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from btam_desktop.services import demo, session as sessions
from btam_desktop.services.session import TEST_KDF, Session
from btam_desktop.storage import db, local_settings, stats_facts, stats_repo
from tests.conftest import PinClock

FIXTURES = Path(__file__).parents[1] / "fixtures" / "casefiles"


@pytest.fixture
def demo_file(tmp_path: Path) -> Iterator[Session]:
    s, _ = demo.build_demo(tmp_path / "demo.btam", "demo passphrase", cases_count=14, kdf=TEST_KDF)
    yield s
    sessions.lock(s)


def _fresh(s: Session) -> bool:
    conn = s.ocf.conn
    noted = conn.execute("SELECT count(*) FROM stats_dirty").fetchone()[0]
    return noted == 0 and stats_facts.kept(conn) == sorted(
        stats_facts.counted(conn, stats_facts.EVERY)
    )


def test_the_demo_s_services_leave_every_case_counted(demo_file: Session) -> None:
    conn = demo_file.ocf.conn
    kept = stats_facts.kept(conn)
    live = conn.execute("SELECT count(*) FROM cases WHERE deleted_at IS NULL").fetchone()[0]
    assert len(kept) == live == 14
    assert any(row[4] is not None for row in kept)  # some case has factors or a plan
    assert _fresh(demo_file)


#: Raw writes to the tables the facts come from, each naming its row by position.
_WRITES = (
    "UPDATE referrals SET channel = 'tip_line' WHERE rowid = (SELECT rowid FROM referrals "
    "LIMIT 1 OFFSET ?)",
    "UPDATE referrals SET received_at = '2026-01-02T03:30:00+00:00' WHERE rowid = "
    "(SELECT rowid FROM referrals LIMIT 1 OFFSET ?)",
    "UPDATE referrals SET case_id = (SELECT id FROM cases ORDER BY id LIMIT 1) WHERE rowid = "
    "(SELECT rowid FROM referrals LIMIT 1 OFFSET ?)",
    "UPDATE screenings SET deleted_at = coalesce(deleted_at, 'x') WHERE rowid = "
    "(SELECT rowid FROM screenings LIMIT 1 OFFSET ?)",
    "UPDATE assessments SET level_id = 'high' WHERE rowid = (SELECT rowid FROM assessments "
    "LIMIT 1 OFFSET ?)",
    "UPDATE assessments SET deleted_at = 'x' WHERE rowid = (SELECT rowid FROM assessments "
    "LIMIT 1 OFFSET ?)",
    "UPDATE plans SET interventions_json = '[]' WHERE rowid = (SELECT rowid FROM plans "
    "LIMIT 1 OFFSET ?)",
    "UPDATE cases SET status = 'closed', closed_on = '2026-11-30', level_of_concern = 'low' "
    "WHERE rowid = (SELECT rowid FROM cases LIMIT 1 OFFSET ?)",
    "UPDATE cases SET opened_on = '2025-09-01' WHERE rowid = (SELECT rowid FROM cases "
    "LIMIT 1 OFFSET ?)",
    "UPDATE cases SET deleted_at = 'x' WHERE rowid = (SELECT rowid FROM cases LIMIT 1 OFFSET ?)",
    "UPDATE cases SET deleted_at = NULL WHERE rowid = (SELECT rowid FROM cases LIMIT 1 OFFSET ?)",
    "UPDATE persons SET iep_504 = 1 - iep_504 WHERE rowid = (SELECT rowid FROM persons "
    "WHERE role = 'subject' LIMIT 1 OFFSET ?)",
    "UPDATE persons SET role = CASE role WHEN 'subject' THEN 'witness' ELSE 'subject' END "
    "WHERE rowid = (SELECT rowid FROM persons LIMIT 1 OFFSET ?)",
    "UPDATE evaluation SET sex = 'female', english_learner = 1 WHERE rowid = "
    "(SELECT rowid FROM evaluation LIMIT 1 OFFSET ?)",
    "UPDATE evaluation SET deleted_at = 'x' WHERE rowid = (SELECT rowid FROM evaluation "
    "LIMIT 1 OFFSET ?)",
    "INSERT INTO status_changes (id, case_id, from_status, to_status, changed_at, changed_by) "
    "SELECT lower(hex(randomblob(8))), id, 'monitoring', 'closed', '2026-12-01T10:00:00+00:00', "
    "NULL FROM cases LIMIT 1 OFFSET ?",
    "INSERT INTO self_harm_marks (id, case_id, identified_on, source, created_at, updated_at) "
    "SELECT lower(hex(randomblob(8))), id, '2026-11-02', 'case', 'now', 'now' FROM cases "
    "LIMIT 1 OFFSET ?",
    "UPDATE self_harm_marks SET cleared_at = 'now' WHERE rowid = (SELECT rowid FROM "
    "self_harm_marks LIMIT 1 OFFSET ?)",
)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(
        st.lists(
            st.tuples(st.integers(0, len(_WRITES) - 1), st.integers(0, 20)),
            min_size=1,
            max_size=4,
        ),
        min_size=1,
        max_size=4,
    )
)
def test_any_writes_leave_the_kept_facts_as_the_tables_count_them(
    demo_file: Session, transactions: list[list[tuple[int, int]]]
) -> None:
    for writes in transactions:
        with demo_file.ocf.transaction(intent="test.write") as tx:
            for which, offset in writes:
                tx.execute(_WRITES[which], (offset,))
        assert _fresh(demo_file)


def test_a_write_that_skips_the_refresh_is_caught_and_the_next_transaction_mends_it(
    demo_file: Session,
) -> None:
    """The positive control: the comparison above can fail."""
    ocf = demo_file.ocf
    with db.transaction(ocf.conn, ocf.db_path):  # not `ocf.transaction`: no refresh
        ocf.conn.execute("UPDATE referrals SET channel = 'tip_line'")
    assert not _fresh(demo_file)
    # The readers count the noted cases live meanwhile: the figures are right all along.
    assert _channels(demo_file) == {"tip_line"}
    with ocf.transaction(intent="test.nothing"):
        pass
    assert _fresh(demo_file)
    assert _channels(demo_file) == {"tip_line"}


def _channels(s: Session) -> set[str]:
    return {f.channel for f in stats_repo.case_facts(s.ocf.conn) if f.channel}


def test_a_recount_that_fails_leaves_the_save_and_the_readers_count_live(
    demo_file: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = stats_facts.counted

    def broken(conn: db.Connection, which: str = stats_facts.NOTED) -> Iterator[stats_facts.Row]:
        raise RuntimeError("a bug in counting")
        yield from real(conn, which)

    monkeypatch.setattr(stats_facts, "counted", broken)
    ocf = demo_file.ocf
    with ocf.transaction(intent="test.write") as tx:
        tx.execute("UPDATE referrals SET channel = 'web_form'")
    assert {r[0] for r in ocf.conn.execute("SELECT DISTINCT channel FROM referrals")} == {
        "web_form"
    }  # the save is kept
    monkeypatch.setattr(stats_facts, "counted", real)
    assert not _fresh(demo_file)  # left noted ...
    assert _channels(demo_file) == {"web_form"}  # ... and counted when read
    with ocf.transaction(intent="test.nothing"):
        pass
    assert _fresh(demo_file)


def test_rows_of_another_format_are_never_read_and_the_next_save_counts_all_again(
    demo_file: Session,
) -> None:
    ocf = demo_file.ocf
    with db.transaction(ocf.conn, ocf.db_path):  # rows as an older version wrote them
        ocf.conn.execute("UPDATE stats_facts SET case_facts = '{}', factor_facts = NULL")
        local_settings.write(ocf.conn, local_settings.STATS_FORMAT, "0")
    assert len(stats_repo.case_facts(ocf.conn)) == 14  # counted live, not read
    with ocf.transaction(intent="test.nothing"):
        pass
    assert local_settings.read(ocf.conn, local_settings.STATS_FORMAT) == stats_facts.FORMAT
    assert _fresh(demo_file)


def test_every_table_the_facts_come_from_notes_its_writes(tmp_path: Path) -> None:
    """A later migration that rebuilds one of these tables drops its triggers: it must make
    them again (and note every case); this fails until it does."""
    from btam_desktop.storage.migrations import m0021_stats_facts

    s, _ = demo.build_demo(tmp_path / "d.btam", "demo passphrase", cases_count=0, kdf=TEST_KDF)
    try:
        stored = {
            r[0]: r[1]
            for r in s.ocf.conn.execute(
                "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'"
            )
        }
    finally:
        sessions.lock(s)
    for table in (*m0021_stats_facts.SOURCES, "cases", "persons"):
        for kind in ("insert", "update", "delete"):
            assert stored.get(f"stats_note_{kind}_{table}") == table


def test_an_upgrade_counts_every_case_of_the_older_file(tmp_path: Path) -> None:
    copy = tmp_path / "v20.btam"
    shutil.copytree(FIXTURES / "schema-v20", copy)
    s = sessions.unlock(copy, "Marcus Feldspar", "fixture passphrase v20")
    try:
        live = s.ocf.conn.execute("SELECT count(*) FROM cases WHERE deleted_at IS NULL")
        assert len(stats_facts.kept(s.ocf.conn)) == live.fetchone()[0] == 4
        assert _fresh(s)
    finally:
        sessions.lock(s)


def test_a_report_s_moment_is_kept_in_utc_and_read_as_a_local_day(
    demo_file: Session, pin_clock: PinClock
) -> None:
    """03:30 UTC on 2 January is the evening of 1 January in New York, morning in Tokyo."""
    conn = demo_file.ocf.conn
    case_id = conn.execute("SELECT case_id FROM referrals ORDER BY rowid LIMIT 1").fetchone()[0]
    with demo_file.ocf.transaction(intent="test.write") as tx:
        tx.execute(
            "UPDATE referrals SET received_at = '2026-01-02T03:30:00+00:00' WHERE case_id = ?",
            (case_id,),
        )
        tx.execute("UPDATE cases SET opened_on = '2026-01-01' WHERE id = ?", (case_id,))
    (text,) = conn.execute(
        "SELECT case_facts FROM stats_facts WHERE case_id = ?", (case_id,)
    ).fetchone()
    assert '"referred_at":"2026-01-02T03:30:00+00:00"' in text
    day = (date(2026, 1, 1), date(2026, 1, 1))
    for zone, expected in (
        ("America/New_York", date(2026, 1, 1)),
        ("Asia/Tokyo", date(2026, 1, 2)),
    ):
        pin_clock(datetime(2026, 12, 7, 7, 0), zone)
        (facts,) = stats_repo.case_facts(conn, *day)
        assert facts.referred_on == expected, zone


def test_malformed_stored_json_never_rolls_a_save_back(demo_file: Session) -> None:
    """The refresh runs inside a person's save: a plan or an assessment whose stored lists are
    not what this version expects (damaged, or from another laptop) is counted as empty."""
    conn = demo_file.ocf.conn
    plan_case = conn.execute("SELECT case_id FROM plans LIMIT 1").fetchone()[0]
    assessed_case = conn.execute("SELECT case_id FROM assessments LIMIT 1").fetchone()[0]
    with demo_file.ocf.transaction(intent="test.write") as tx:
        tx.execute('UPDATE plans SET interventions_json = \'{"not": ["a list"\' ')
        tx.execute(
            "UPDATE assessments SET risk_factors_json = '\"x\"', protective_factors_json = '7'"
        )
        tx.execute("UPDATE cases SET summary = 'Saved anyway' WHERE id = ?", (plan_case,))
    saved = conn.execute("SELECT summary FROM cases WHERE id = ?", (plan_case,)).fetchone()[0]
    assert saved == "Saved anyway"
    assert _fresh(demo_file)
    (text,) = conn.execute(
        "SELECT factor_facts FROM stats_facts WHERE case_id = ?", (assessed_case,)
    ).fetchone()
    assert '"risk":[]' in text and '"protective":[]' in text
