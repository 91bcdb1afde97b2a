"""The schema ledger: fixtures of every released version open, the future is refused, and a
failed upgrade leaves the file as it was (after a backup)."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

from btam_desktop.services import cases, files, session as sessions
from btam_desktop.services.errors import NewerVersionError
from btam_desktop.storage import db, migrations
from btam_desktop.storage.casefile import LockedCaseFile
from btam_desktop.storage.dump import dump_tables
from btam_desktop.storage.migrations import (
    m0001_initial,
    m0003_inquiry_assessment,
    m0004_district_packs,
    m0005_manage,
    m0006_meetings,
    m0008_backup_reminder,
    m0009_sync_log,
    m0011_disclosure_reasons,
    m0012_retention,
    m0013_received_records,
    m0014_staff_awareness,
    m0015_partners,
    m0016_person_links,
    m0017_family_language,
    m0018_service_referrals,
    m0019_evaluation,
    m0020_harm_to_self,
    m0021_stats_facts,
)
from tests.conftest import PASSPHRASE, folder_bytes, make_case_file, problems

FIXTURES = Path(__file__).parents[1] / "fixtures" / "casefiles"


@pytest.mark.parametrize("version", range(1, migrations.LATEST + 1))
def test_every_released_fixture_opens_and_upgrades(tmp_path: Path, version: int) -> None:
    copy = tmp_path / f"v{version}.btam"
    shutil.copytree(FIXTURES / f"schema-v{version}", copy)
    s = sessions.unlock(copy, "Marcus Feldspar", f"fixture passphrase v{version}")
    try:
        assert migrations.schema_version(s.ocf.conn) == migrations.LATEST
        # From version 13 on, Rhys has more cases: his own, received back as a packet, and
        # (from 16) one recorded without his id and merged with his first.
        students = sorted({r.student for r in cases.list_cases(s)})
        assert students == ["Rhys Cardenas-Whitfield", "Zoë Ngata-Lefèvre"]
        assert problems(files.check(s)) <= {"permissions"}  # git does not keep 0700/0600
    finally:
        sessions.lock(s)


def test_step_2_adds_referrals_to_a_version_1_file(tmp_path: Path) -> None:
    copy = tmp_path / "v1.btam"
    shutil.copytree(FIXTURES / "schema-v1", copy)
    s = sessions.unlock(copy, None, "fixture passphrase v1")
    try:
        counts = db.table_counts(s.ocf.conn)
        assert counts["referrals"] == 0 and counts["evidence"] == 0 and counts["cases"] == 2
        assert all(
            not c.urgent for c in [cases.get_case(s, r.id).case for r in cases.list_cases(s)]
        )
    finally:
        sessions.lock(s)
    assert any((copy / "backups").iterdir())  # the v1 file was backed up before the upgrade


def test_step_1_creates_the_schema_on_an_empty_database(tmp_path: Path) -> None:
    conn = db.connect(tmp_path / "x.db", b"k" * 32, create=True)
    m0001_initial.apply(conn)
    assert {"meta", "team", "members", "cases", "persons", "drafts", "audit"} <= set(
        db.table_counts(conn)
    )
    conn.close()


def _closed(tmp_path: Path) -> Path:
    folder = tmp_path / "t.btam"
    s, _ = make_case_file(folder)
    cases.create_case(s, cases.NewCase("Owen Petrakis-Lund", "2"))
    sessions.lock(s)
    return folder


def test_a_file_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    folder = _closed(tmp_path)
    s = sessions.unlock(folder, None, PASSPHRASE)
    s.ocf.conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    sessions.lock(s)
    before = folder_bytes(folder)
    with pytest.raises(NewerVersionError, match="Update BTAM Desktop"):
        sessions.unlock(folder, None, PASSPHRASE)
    assert folder_bytes(folder) == before


def _step(version: int, sql: str, fail: bool = False) -> SimpleNamespace:
    def apply(conn: db.Connection) -> None:
        conn.execute(sql)
        if fail:
            raise RuntimeError("step failed half-way")

    return SimpleNamespace(VERSION=version, apply=apply)


def test_pending_steps_run_in_one_transaction_after_a_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _closed(tmp_path)
    now = migrations.LATEST
    steps = (
        *migrations.STEPS,
        _step(now + 1, "CREATE TABLE plans_x (id TEXT) STRICT"),
        _step(now + 2, "CREATE TABLE meetings_x (id TEXT) STRICT"),
    )
    monkeypatch.setattr(migrations, "STEPS", steps)
    monkeypatch.setattr(migrations, "LATEST", now + 2)
    s = sessions.unlock(folder, None, PASSPHRASE)
    assert migrations.schema_version(s.ocf.conn) == now + 2
    assert {"plans_x", "meetings_x"} <= set(db.table_counts(s.ocf.conn))
    sessions.lock(s)
    (backup,) = (folder / "backups").iterdir()
    assert backup.name.startswith(f"before-schema-{now + 1}-")
    monkeypatch.setattr(migrations, "STEPS", steps[:now])
    monkeypatch.setattr(migrations, "LATEST", now)
    old = sessions.unlock(backup, None, PASSPHRASE)  # the backup is the file as it was
    assert migrations.schema_version(old.ocf.conn) == now
    sessions.lock(old)


def test_a_failing_step_rolls_every_step_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _closed(tmp_path)
    now = migrations.LATEST
    steps = (
        *migrations.STEPS,
        _step(now + 1, "CREATE TABLE plans_x (id TEXT) STRICT"),
        _step(now + 2, "CREATE TABLE meetings_x (id TEXT) STRICT", fail=True),
    )
    monkeypatch.setattr(migrations, "STEPS", steps)
    monkeypatch.setattr(migrations, "LATEST", now + 2)
    with pytest.raises(RuntimeError, match="half-way"):
        sessions.unlock(folder, None, PASSPHRASE)
    monkeypatch.setattr(migrations, "STEPS", steps[:now])
    monkeypatch.setattr(migrations, "LATEST", now)
    s = sessions.unlock(folder, None, PASSPHRASE)
    assert migrations.schema_version(s.ocf.conn) == now
    assert "plans_x" not in db.table_counts(s.ocf.conn)
    assert [r.student for r in cases.list_cases(s)] == ["Owen Petrakis-Lund"]
    sessions.lock(s)


def _one_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: ModuleType
) -> tuple[dict[str, Any], dict[str, Any], db.Connection]:
    """Upgrade a copy of the previous version's fixture by `step` alone, through the real
    `migrations.migrate` with the ledger ending at `step`. Returns every row before and after,
    and the open connection (the test closes it)."""
    version = step.VERSION
    copy = tmp_path / f"v{version - 1}.btam"
    shutil.copytree(FIXTURES / f"schema-v{version - 1}", copy)
    locked = LockedCaseFile.read(copy)
    data_key = locked.derive_data_key(locked.slot(None), f"fixture passphrase v{version - 1}")
    conn = db.connect(locked.db_path, bytes(data_key))
    before = dump_tables(conn)
    assert before["schema_version"] == version - 1
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS[:version])
    monkeypatch.setattr(migrations, "LATEST", version)
    backed_up: list[int] = []
    assert migrations.migrate(conn, locked.db_path, backed_up.append) == 1
    assert backed_up == [version - 1]
    after = dump_tables(conn)
    assert after["schema_version"] == version
    return before["tables"], after["tables"], conn


def _kept(before: dict[str, Any], after: dict[str, Any], *, widened: str = "") -> None:
    """Every table the old file had is still there with every row and value; `widened` may
    have gained columns (compared on the old ones)."""
    assert set(before) <= set(after)
    for name, rows in before.items():
        if name == widened:
            narrowed = [{k: r[k] for k in old} for r, old in zip(after[name], rows, strict=True)]
            assert narrowed == rows, name
        else:
            assert after[name] == rows, name


def test_step_3_adds_checklists_interviews_and_assessments_to_a_version_2_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before, after, conn = _one_step(tmp_path, monkeypatch, m0003_inquiry_assessment)
    try:
        _kept(before, after)
        assert before["referrals"] and before["evidence"] and before["screenings"]
        assert set(after) - set(before) == {"inquiry_items", "interviews", "assessments"}
        assert after["inquiry_items"] == after["interviews"] == after["assessments"] == []
        # The new tables take rows for the cases that were there (their references hold).
        case_id = before["cases"][0]["id"]
        conn.execute(
            "INSERT INTO inquiry_items (id, case_id, kind, text, position, created_at, updated_at)"
            " VALUES ('i1', ?, 'source', 'Talk with the bus driver', 0, 'now', 'now')",
            (case_id,),
        )
        assert db.integrity_problems(conn) == []
    finally:
        conn.close()


def test_step_4_adds_district_packs_to_a_version_3_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before, after, conn = _one_step(tmp_path, monkeypatch, m0004_district_packs)
    try:
        _kept(before, after)
        assert len(before["inquiry_items"]) == 16 and len(before["assessments"]) == 1
        assert set(after) - set(before) == {"district_packs"} and after["district_packs"] == []
    finally:
        conn.close()


def test_step_5_adds_plans_and_their_follow_up_to_a_version_4_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before, after, conn = _one_step(tmp_path, monkeypatch, m0005_manage)
    try:
        _kept(before, after)
        (pack,) = before["district_packs"]
        assert pack["file_name"] == "cedar-bend.toml" and "cedar-bend-ntac" in pack["source"]
        new = {"plans", "notifications", "checkins", "reviews", "closures"}
        assert set(after) - set(before) == new and all(after[t] == [] for t in new)
    finally:
        conn.close()


def test_step_6_gives_members_roster_details_and_adds_meetings_to_a_version_5_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before, after, conn = _one_step(tmp_path, monkeypatch, m0006_meetings)
    try:
        _kept(before, after, widened="members")
        assert before["plans"] and before["notifications"] and before["checkins"]
        assert [(m["contact"], m["active_from"], m["active_to"]) for m in after["members"]] == [
            ("", None, None),
            ("", None, None),
        ]
        new = {
            "trainings",
            "meetings",
            "agenda_items",
            "decisions",
            "action_items",
            "minutes_addenda",
            "disclosures",
        }
        assert set(after) - set(before) == new and all(after[t] == [] for t in new)
    finally:
        conn.close()


def test_step_6_adds_roster_training_and_meetings_to_a_version_5_file(tmp_path: Path) -> None:
    from btam_desktop.services import meetings, roster

    copy = tmp_path / "v5.btam"
    shutil.copytree(FIXTURES / "schema-v5", copy)
    s = sessions.unlock(copy, None, "fixture passphrase v5")
    try:
        counts = db.table_counts(s.ocf.conn)
        assert {"trainings", "meetings", "agenda_items", "action_items", "disclosures"} <= set(
            counts
        )
        overview = roster.overview(s)
        assert [m.member.contact for m in overview.members] == ["", ""]
        assert all(m.training.value == "none" for m in overview.members)
        assert meetings.list_meetings(s) == []
    finally:
        sessions.lock(s)


def test_the_version_6_fixture_keeps_its_approved_minutes(tmp_path: Path) -> None:
    from btam_desktop.services import meetings

    copy = tmp_path / "v6.btam"
    shutil.copytree(FIXTURES / "schema-v6", copy)
    s = sessions.unlock(copy, None, "fixture passphrase v6")
    try:
        (meeting,) = meetings.list_meetings(s)
        minutes = meetings.view(s, meeting.id).minutes
        assert meeting.approved and [d.decision for d in minutes.decisions] == ["Keep the plan."]
        assert [a.what for a in minutes.actions] == ["Call the bus company"]
        assert [a.text for a in minutes.addenda] == ["The meeting started at 15:40."]
    finally:
        sessions.lock(s)


def test_step_7_gives_each_case_its_model_and_stores_level_ids(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Version 6 wrote the assessed level's label into the case ("High concern"): step 7
    turns it into the level's id and records the case's model."""
    from btam_desktop.services import assess

    # Control: opened without step 7, the version 6 file holds a label.
    control = tmp_path / "control.btam"
    shutil.copytree(FIXTURES / "schema-v6", control)
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS[:6])
    monkeypatch.setattr(migrations, "LATEST", 6)
    old = sessions.unlock(control, None, "fixture passphrase v6")
    try:
        levels = {r[0] for r in old.ocf.conn.execute("SELECT level_of_concern FROM cases")}
        assert any(" " in level for level in levels), levels  # e.g. "High concern"
    finally:
        sessions.lock(old)
    monkeypatch.undo()

    copy = tmp_path / "v6.btam"
    shutil.copytree(FIXTURES / "schema-v6", copy)
    before = sessions.unlock(copy, None, "fixture passphrase v6")  # upgrades on open
    try:
        rows = {r.student: r for r in cases.list_cases(before)}
        assessed = rows["Rhys Cardenas-Whitfield"]
        (latest,) = assess.assessments_of(before, assessed.id)[-1:]
        assert assessed.level_of_concern == latest.assessment.level_id  # an id, not a label
        assert assessed.pack_id == latest.assessment.pack_id
        assert latest.pack.level(assessed.level_of_concern) is not None
        assert all(r.pack_id for r in rows.values())
    finally:
        sessions.lock(before)


def test_step_8_gives_the_team_a_last_backup_and_a_reminder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from btam_desktop.services import team

    before, after, conn = _one_step(tmp_path, monkeypatch, m0008_backup_reminder)
    try:
        _kept(before, after, widened="team")
        (row,) = after["team"]
        assert row["last_backup_at"] is None  # the version 7 fixture was never backed up
    finally:
        conn.close()
    monkeypatch.undo()
    copy = tmp_path / "v7-opened.btam"
    shutil.copytree(FIXTURES / "schema-v7", copy)
    s = sessions.unlock(copy, None, "fixture passphrase v7")
    try:
        signed_in = team.signed_in(s)
        assert (signed_in.backup_reminder_days, signed_in.last_backup_at) == (7, None)
    finally:
        sessions.lock(s)


def test_step_8_counts_a_backup_made_before_it_as_the_last_verified_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`btam-desktop backup` verified its copies (integrity, row counts) before version 8 too:
    a team that has been backing up is not reminded for nothing after the upgrade."""
    from btam_desktop.services import team

    copy = tmp_path / "v7.btam"
    shutil.copytree(FIXTURES / "schema-v7", copy)
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS[:7])
    monkeypatch.setattr(migrations, "LATEST", 7)
    old = sessions.unlock(copy, None, "fixture passphrase v7")
    try:
        files.backup(old, tmp_path / "usb.btam")
        (made,) = old.ocf.conn.execute(
            "SELECT ts FROM audit WHERE action = 'case_file.backed_up'"
        ).fetchone()
    finally:
        sessions.lock(old)
    monkeypatch.undo()
    s = sessions.unlock(copy, None, "fixture passphrase v7")  # step 8 runs
    try:
        assert team.signed_in(s).last_backup_at == made
    finally:
        sessions.lock(s)


def test_the_version_8_fixture_keeps_its_reminder_and_last_backup(tmp_path: Path) -> None:
    from btam_desktop.services import team

    copy = tmp_path / "v8.btam"
    shutil.copytree(FIXTURES / "schema-v8", copy)
    s = sessions.unlock(copy, None, "fixture passphrase v8")
    try:
        signed_in = team.signed_in(s)
        assert signed_in.backup_reminder_days == 14 and signed_in.last_backup_at
    finally:
        sessions.lock(s)


def test_step_9_adds_the_op_log_and_turns_the_offline_uniques_into_indexes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two laptops offline both number a case 2026-0014 and both publish plan version 2: after
    step 9 the file takes both (the merge engine makes them a conflict). Every row is kept,
    versions point at the version they were made from, and the events from before sync are
    chained under the file's id as their origin."""
    from btam_desktop.storage.audit import AuditLog

    before, after, conn = _one_step(tmp_path, monkeypatch, m0009_sync_log)
    try:
        widened = {"plans", "assessments", "audit"}
        _kept({k: v for k, v in before.items() if k not in widened}, after)
        for name, added in (
            ("plans", {"based_on_id"}),
            ("assessments", {"based_on_id"}),
            ("audit", {"origin", "origin_seq", "hlc", "prev_hash", "hash"}),
        ):
            assert [
                {k: r[k] for k in old} for r, old in zip(after[name], before[name], strict=True)
            ] == (before[name]), name
            assert set(after[name][0]) - set(before[name][0]) == added
        sync = {t for t in after if t.startswith("sync_")}
        assert sync == {
            "sync_replica",
            "sync_ops",
            "sync_versions",
            "sync_replaced",
            "sync_conflicts",
            "sync_seen",
            "sync_quarantine",
        }
        assert all(after[t] == [] for t in sync)
        (plan,) = after["plans"]
        assert plan["version"] == 1 and plan["based_on_id"] is None
        (file_id,) = [r["value"] for r in after["meta"] if r["key"] == "file_id"]
        assert {r["origin"] for r in after["audit"]} == {file_id}
        assert [r["origin_seq"] for r in after["audit"]] == list(range(1, len(after["audit"]) + 1))
        # The old HMAC chain is untouched, and the new origin chain verifies.
        assert AuditLog(conn, b"\0" * 32)._verify_origins() == (None, 1)
        case = after["cases"][0]
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO cases (id, number, school_year, status, opened_on, created_at, "
            "updated_at) VALUES ('twin', ?, ?, 'referral', '2026-10-09', 'now', 'now')",
            (case["number"], case["school_year"]),
        )
        for version in (2, 2):
            conn.execute(
                "INSERT INTO plans (id, case_id, version, interventions_json, created_at, "
                "updated_at, based_on_id) VALUES (?, ?, ?, '[]', 'now', 'now', ?)",
                (
                    f"p{version}-{len(conn.execute('SELECT 1 FROM plans').fetchall())}",
                    plan["case_id"],
                    version,
                    plan["id"],
                ),
            )
        conn.execute("COMMIT")
        numbers = [r[0] for r in conn.execute("SELECT number FROM cases")]
        assert numbers.count(case["number"]) == 2
        unique = {
            table: [
                [c[2] for c in conn.execute(f"PRAGMA index_info('{r[1]}')")]
                for r in conn.execute(f"PRAGMA index_list({table})")
                if r[2]
            ]
            for table in ("cases", "plans", "assessments")
        }
        assert unique == {"cases": [["id"]], "plans": [["id"]], "assessments": [["id"]]}
        assert db.integrity_problems(conn) == []
    finally:
        conn.close()


def test_step_9_refuses_a_file_whose_references_do_not_hold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rebuild runs with deferred foreign keys; a reference broken by it (or before it)
    stops the upgrade, and the file stays at version 8 (positive control: the fixture as it
    is upgrades, in the test above)."""
    copy = tmp_path / "v8.btam"
    shutil.copytree(FIXTURES / "schema-v8", copy)
    locked = LockedCaseFile.read(copy)
    data_key = locked.derive_data_key(locked.slot(None), "fixture passphrase v8")
    conn = db.connect(locked.db_path, bytes(data_key))
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE persons SET case_id = 'gone' WHERE rowid = 1")
        conn.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(db.DatabaseError, match="foreign key"):
            migrations.migrate(conn, locked.db_path, lambda _version: None)
        assert migrations.schema_version(conn) == 8
        assert "sync_ops" not in db.table_counts(conn)
    finally:
        conn.close()


def test_step_11_gives_disclosures_a_written_interest_and_threat(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every row of a version 10 file is kept; the disclosure log gains the two columns a
    record of disclosures needs (34 CFR 99.32(a)(3), (a)(5)), empty for rows already there."""
    before, after, conn = _one_step(tmp_path, monkeypatch, m0011_disclosure_reasons)
    try:
        _kept(before, after, widened="disclosures")
        columns = [r[1] for r in conn.execute("PRAGMA table_info(disclosures)")]
        assert columns[-2:] == ["detail", "threat"]
        case_id = before["cases"][0]["id"]
        conn.execute(
            "INSERT INTO disclosures (id, document_id, document, destination, case_id, "
            "created_at, updated_at) VALUES ('d1', 'doc', 'case-summary', 'print', ?, 'now', "
            "'now')",
            (case_id,),
        )
        row = conn.execute("SELECT detail, threat FROM disclosures WHERE id = 'd1'").fetchone()
        assert tuple(row) == ("", "")
        assert db.integrity_problems(conn) == []
    finally:
        conn.close()


def test_the_version_11_fixture_keeps_its_emergency_disclosure(tmp_path: Path) -> None:
    from btam_desktop.services import printing

    copy = tmp_path / "v11.btam"
    shutil.copytree(FIXTURES / "schema-v11", copy)
    s = sessions.unlock(copy, None, "fixture passphrase v11")
    try:
        rhys = next(r for r in cases.list_cases(s) if r.student == "Rhys Cardenas-Whitfield")
        (sent,) = printing.disclosures_of(s, rhys.id)
        assert sent.legal_basis == "health_safety_emergency"
        assert sent.recipient == "Officer Tamsin Oduya-Brandt, Cedar Bend PD"
        assert sent.threat == "A named list of bus riders and research into past attacks."
    finally:
        sessions.lock(s)


def test_step_12_adds_legal_holds_and_keep_decisions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Schema 12: empty hold and keep tables beside every row the version 11 file had."""
    before, after, conn = _one_step(tmp_path, monkeypatch, m0012_retention)
    try:
        _kept(before, after)
        assert after["retention_holds"] == [] and after["retention_keeps"] == []
        columns = [r[1] for r in conn.execute("PRAGMA table_info(retention_holds)")]
        assert columns[:6] == ["id", "case_id", "reason", "placed_on", "lifted_on", "lift_reason"]
        assert db.integrity_problems(conn) == []
    finally:
        conn.close()


def test_the_version_12_fixture_keeps_its_legal_hold(tmp_path: Path) -> None:
    from btam_desktop.services import retention

    copy = tmp_path / "v12.btam"
    shutil.copytree(FIXTURES / "schema-v12", copy)
    s = sessions.unlock(copy, None, "fixture passphrase v12")
    try:
        (held,) = s.ocf.conn.execute("SELECT reason, lifted_on FROM retention_holds").fetchall()
        assert tuple(held) == ("Records request from Cedar Bend's counsel", None)
        case_id = s.ocf.conn.execute("SELECT case_id FROM retention_holds").fetchone()[0]
        retention.lift_hold(s, case_id, "Counsel has the copy")  # a v12 hold lifts as today's
    finally:
        sessions.lock(s)


def test_step_13_adds_received_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Schema 13: an empty table of received transfer packets beside every row of version 12."""
    before, after, conn = _one_step(tmp_path, monkeypatch, m0013_received_records)
    try:
        _kept(before, after)
        assert after["received_records"] == []
        columns = [r[1] for r in conn.execute("PRAGMA table_info(received_records)")]
        assert columns[:6] == [
            "id",
            "case_id",
            "from_school",
            "sent_on",
            "received_at",
            "content_json",
        ]
        assert db.integrity_problems(conn) == []
    finally:
        conn.close()


def test_step_14_adds_the_staff_awareness_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Schema 14: an empty staff list, sessions and attendance beside every row the version 13
    file had; the new tables take rows."""
    before, after, conn = _one_step(tmp_path, monkeypatch, m0014_staff_awareness)
    try:
        _kept(before, after)
        for table in ("awareness_staff", "awareness_sessions", "awareness_attendance"):
            assert after[table] == [], table
        conn.execute(
            "INSERT INTO awareness_staff (id, name, created_at, updated_at) "
            "VALUES ('p1', 'Orla Quenby-Vasquez', 'now', 'now')"
        )
        conn.execute(
            "INSERT INTO awareness_sessions (id, held_on, led_by, topic, created_at, updated_at) "
            "VALUES ('s1', '2026-09-02', 'Dana', 'Staff meeting', 'now', 'now')"
        )
        conn.execute(
            "INSERT INTO awareness_attendance (id, session_id, staff_id, created_at, updated_at) "
            "VALUES ('a1', 's1', 'p1', 'now', 'now')"
        )
        row = conn.execute("SELECT role, department, left_on FROM awareness_staff").fetchone()
        assert tuple(row) == ("", "", None)
        assert db.integrity_problems(conn) == []
    finally:
        conn.close()


def test_step_15_gives_contacts_an_agreement_and_adds_partners_at_meetings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Schema 15: every row of the version 14 file kept; contacts gain the agreement's two
    dates (empty for the people already listed); partners at meetings start empty."""
    before, after, conn = _one_step(tmp_path, monkeypatch, m0015_partners)
    try:
        _kept(before, after, widened="contacts")
        columns = [r[1] for r in conn.execute("PRAGMA table_info(contacts)")]
        assert columns[-2:] == ["agreement_on", "agreement_until"]
        assert all(r["agreement_on"] is None for r in after["contacts"])
        assert after["meeting_partners"] == []
        meeting_id = before["meetings"][0]["id"]
        conn.execute(
            "INSERT INTO contacts (id, name, kind, created_at, updated_at) "
            "VALUES ('p1', 'Dr. Nadia Fenwick-Sall', 'partner', 'now', 'now')"
        )
        conn.execute(
            "INSERT INTO meeting_partners (id, meeting_id, contact_id, created_at, updated_at) "
            "VALUES ('mp1', ?, 'p1', 'now', 'now')",
            (meeting_id,),
        )
        assert db.integrity_problems(conn) == []
    finally:
        conn.close()


def test_the_partners_fixture_keeps_its_partner_at_the_meeting(tmp_path: Path) -> None:
    from btam_desktop.services import meetings

    version = m0015_partners.VERSION
    copy = tmp_path / f"v{version}.btam"
    shutil.copytree(FIXTURES / f"schema-v{version}", copy)
    s = sessions.unlock(copy, None, f"fixture passphrase v{version}")
    try:
        (meeting,) = meetings.list_meetings(s)
        view = meetings.view(s, meeting.id)
        (partner,) = (view.partners[c] for c in meeting.attendance.partners)
        assert (partner.name, partner.organization) == (
            "Dr. Nadia Fenwick-Sall",
            "Ridgeview Family Services",
        )
        assert partner.agreement_until is not None and partner.agreement_until.isoformat() == (
            "2027-06-30"
        )
    finally:
        sessions.lock(s)


def test_step_16_adds_person_links_that_make_two_records_one_student(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Schema 16: an empty link table beside every row the version 15 file had; a link
    written into it names two case students, who then read as one student."""
    from btam_desktop.domain.case import Person, PersonRole
    from btam_desktop.domain.student import PersonLink, group
    from btam_desktop.storage import student_repo

    before, after, conn = _one_step(tmp_path, monkeypatch, m0016_person_links)
    try:
        _kept(before, after)
        assert after["person_links"] == []
        columns = [r[1] for r in conn.execute("PRAGMA table_info(person_links)")]
        assert columns[:5] == ["id", "person_id", "same_as_id", "undone_at", "undone_by"]
        # Read as schema 16 has them (today's case_repo reads later columns too).
        subjects = [
            (
                case_id,
                number,
                Person(
                    id=pid,
                    case_id=case_id,
                    role=PersonRole.SUBJECT,
                    name=name,
                    student_id=student_id,
                ),
            )
            for pid, case_id, number, name, student_id in conn.execute(
                "SELECT p.id, p.case_id, c.number, p.name, p.student_id FROM persons p "
                "JOIN cases c ON c.id = p.case_id WHERE p.role = 'subject' ORDER BY p.created_at"
            )
        ]
        # Three in the v15 file: Zoë, and Rhys twice (his received case has no student id).
        students = group(subjects)
        assert len(students) == 3
        first, second = (s.person_id for s in students if s.name.startswith("Rhys"))
        link = PersonLink(
            id="l1", person_id=first, same_as_id=second, linked_at="2026-10-09T08:00:00Z"
        )
        with db.transaction(conn, tmp_path):
            student_repo.insert_link(conn, link)
        assert len(group(subjects, student_repo.links(conn))) == 2
        assert db.integrity_problems(conn) == []
    finally:
        conn.close()


def test_step_17_gives_every_person_a_family_language_not_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Schema 17: `persons.language`, '' (not said: English on paper) for every person the
    version 16 file had; every other row kept."""
    before, after, conn = _one_step(tmp_path, monkeypatch, m0017_family_language)
    try:
        _kept(before, after, widened="persons")
        assert before["persons"] and {p["language"] for p in after["persons"]} == {""}
        columns = [r[1] for r in conn.execute("PRAGMA table_info(persons)")]
        assert columns[-1] == "language"
        assert db.integrity_problems(conn) == []
    finally:
        conn.close()


def test_step_18_adds_the_services_directory_and_referrals_with_their_steps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Schema 18: every row of the version 17 file kept; the directory, referrals and their
    steps start empty, and a referral written into them reads back with its steps in order."""
    from datetime import date

    from btam_desktop.domain.community import Step
    from btam_desktop.storage import community_repo

    before, after, conn = _one_step(tmp_path, monkeypatch, m0018_service_referrals)
    try:
        _kept(before, after)
        for table in ("community_services", "service_referrals", "service_referral_steps"):
            assert after[table] == []
        case_id = before["cases"][0]["id"]
        conn.executescript(
            "INSERT INTO community_services (id, name, kind, created_at, updated_at) "
            "VALUES ('s1', 'Cedar Bend Youth Mentoring', 'mentoring', 'now', 'now');"
        )
        conn.execute(
            "INSERT INTO service_referrals (id, case_id, service_id, created_at, updated_at) "
            "VALUES ('r1', ?, 's1', 'now', 'now')",
            (case_id,),
        )
        for step_id, step, on, who in (
            ("t2", "consent", "2026-10-02", "Ms. Okafor-Lindgren, mother"),
            ("t1", "suggested", "2026-10-01", ""),
        ):
            conn.execute(
                "INSERT INTO service_referral_steps (id, referral_id, case_id, step, "
                "happened_on, given_by, created_at, updated_at) "
                "VALUES (?, 'r1', ?, ?, ?, ?, 'now', 'now')",
                (step_id, case_id, step, on, who),
            )
        (referral,) = community_repo.referrals_of(conn, case_id)
        assert [s.step for s in referral.steps] == [Step.SUGGESTED, Step.CONSENT]
        assert referral.current.on == date(2026, 10, 2)
        assert community_repo.list_services(conn)[0].listed
        assert db.integrity_problems(conn) == []
    finally:
        conn.close()


def test_step_19_adds_evaluation_and_enrollment_that_the_statistics_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Schema 19: two empty tables beside every row the version 18 file had; fields written
    into them reach the statistics' flat scan, and the file stays whole."""
    from btam_desktop.domain.evaluation import Evaluation, Race, enrollment
    from btam_desktop.storage import evaluation_repo

    before, after, conn = _one_step(tmp_path, monkeypatch, m0019_evaluation)
    try:
        _kept(before, after)
        assert set(after) - set(before) == {"evaluation", "enrollment"}
        assert after["evaluation"] == after["enrollment"] == []
        case_id = before["cases"][0]["id"]
        with db.transaction(conn, tmp_path):
            evaluation_repo.insert(
                conn, "e1", case_id, Evaluation(races=frozenset({Race.BLACK})), "m", "now"
            )
            evaluation_repo.insert_enrollment(
                conn, "n1", enrollment(2026, 300, {"black": 30}), "m", "now"
            )
        # (Read raw: today's statistics scan reads tables of later schemas too.)
        stored = conn.execute("SELECT races FROM evaluation WHERE case_id = ?", (case_id,))
        assert stored.fetchone()[0] == "black"
        found = evaluation_repo.enrollment(conn, 2026)
        assert found is not None and found[1].of("black") == 30
        assert db.integrity_problems(conn) == []
    finally:
        conn.close()


def test_step_20_adds_harm_to_self_tables_that_take_a_mark_steps_and_a_safety_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Schema 20: three empty tables beside every row the version 19 file had; a mark, a step
    and a safety plan written into them for a case of the file read back."""
    from datetime import date

    from btam_desktop.domain.harm_to_self import Mark, MarkSource, SafetyPlan, StepRecord
    from btam_desktop.storage import harm_repo

    before, after, conn = _one_step(tmp_path, monkeypatch, m0020_harm_to_self)
    try:
        _kept(before, after)
        assert set(after) - set(before) == {"self_harm_marks", "protocol_steps", "safety_plans"}
        assert after["self_harm_marks"] == after["protocol_steps"] == after["safety_plans"] == []
        case_id = before["cases"][0]["id"]
        day = date(2026, 10, 2)
        with db.transaction(conn, tmp_path):
            mark = Mark(
                id="m1",
                case_id=case_id,
                identified_on=day,
                identified_by=None,
                source=MarkSource.CASE,
            )
            harm_repo.insert_mark(conn, mark, "x", "now")
            step = StepRecord(
                id="s1", case_id=case_id, step_id="screen", label="L", done_on=day, by_name="Ana"
            )
            harm_repo.put_step(conn, step, "x", "now", new=True)
            plan = SafetyPlan(id="p1", case_id=case_id, made_on=day, coping="Walk the dog")
            harm_repo.put_safety_plan(conn, plan, "x", "now", new=True)
        assert harm_repo.current_mark(conn, case_id) == mark
        assert harm_repo.steps_of(conn, case_id) == [step]
        stored = harm_repo.safety_plan_of(conn, case_id)
        assert stored is not None and stored.coping == "Walk the dog"
        assert db.integrity_problems(conn) == []
    finally:
        conn.close()


def test_step_21_notes_every_case_and_its_triggers_note_each_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Schema 21: the kept facts start empty with every case noted; a refresh counts them as
    the tables say, and a write to a source table notes its case again."""
    from btam_desktop.storage import stats_facts

    before, after, conn = _one_step(tmp_path, monkeypatch, m0021_stats_facts)
    try:
        _kept(before, after)
        assert set(after) - set(before) == {"stats_facts", "stats_dirty"}
        assert after["stats_facts"] == []
        case_ids = sorted(c["id"] for c in before["cases"])
        assert sorted(r["case_id"] for r in after["stats_dirty"]) == case_ids
        with db.transaction(conn, tmp_path):
            assert stats_facts.refresh(conn) == len(case_ids)
        assert stats_facts.kept(conn) == sorted(stats_facts.counted(conn, stats_facts.EVERY))
        assert [r[0] for r in stats_facts.kept(conn)] == case_ids
        reported = before["referrals"][0]["case_id"]
        with db.transaction(conn, tmp_path):
            conn.execute("UPDATE referrals SET channel = 'tip_line' WHERE case_id = ?", (reported,))
        assert conn.execute("SELECT case_id FROM stats_dirty").fetchall() == [(reported,)]
        assert db.integrity_problems(conn) == []
    finally:
        conn.close()
