"""A3 build guard, A4 no plaintext fallback, B5 no in-place rekey, B7 unsafe locations, C2 key
derivation, E5 core dumps, G2-G4 disclosures, access events and the full export, H1-H3 fuzzing
of what comes from outside (hypothesis here; atheris in the nightly tier)."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings, strategies as st

from btam_desktop.domain.errors import BtamError
from btam_desktop.domain.records import search_fold
from btam_desktop.services import (
    cases,
    files,
    intake,
    manage,
    members,
    referral_import,
    session as sessions,
)
from btam_desktop.services.errors import KeyFileMismatchError
from btam_desktop.services.session import Session
from btam_desktop.storage import crypto, db, keyfile, location
from btam_desktop.storage.layout import Layout
from tests.conftest import PASSPHRASE, folder_bytes, make_case_file
from tests.scenario import kenzie_in_management

SOURCES = Path(__file__).parents[2] / "btam_desktop"
CIPHER_PIN = (4, 19)


@pytest.mark.reliability("A3", "Build and connection settings as designed")
def test_a3_cipher_build_and_pragmas(session: Session, figures: dict[str, Any]) -> None:
    conn = session.ocf.conn

    def value(pragma: str) -> Any:
        return conn.execute(f"PRAGMA {pragma}").fetchone()[0]

    options = [r[0] for r in conn.execute("PRAGMA compile_options")]
    found = {
        "cipher_version": value("cipher_version"),
        "TEMP_STORE": next(o for o in options if o.startswith("TEMP_STORE=")),
        "temp_store": value("temp_store"),
        "cipher_memory_security": int(value("cipher_memory_security")),
        "secure_delete": value("secure_delete"),
        "journal_mode": value("journal_mode"),
        "synchronous": value("synchronous"),
        "header": (session.ocf.db_path.read_bytes()[:16] != db.PLAIN_SQLITE_HEADER),
    }
    figures.update(found)
    version = tuple(int(x) for x in found["cipher_version"].split()[0].split(".")[:2])
    assert version >= CIPHER_PIN
    assert found["TEMP_STORE"] in ("TEMP_STORE=2", "TEMP_STORE=3") and found["temp_store"] == 2
    # Off by design: 12x slower reads were measured (commit 6e70286); what it would wipe is
    # the UI process's residue, which E4 (the service-host process) removes instead.
    assert found["cipher_memory_security"] == 0
    assert found["secure_delete"] == 1 and found["journal_mode"] == "wal"
    assert found["synchronous"] == 2 and found["header"]  # FULL; not a plain SQLite file


@pytest.mark.reliability("A4", "Without SQLCipher, or when the key cannot be set: refused")
def test_a4_no_plaintext_fallback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, figures: dict[str, Any]
) -> None:
    existing, _ = make_case_file(tmp_path / "old.btam")
    sessions.lock(existing)
    before = folder_bytes(tmp_path / "old.btam")
    monkeypatch.setattr(db, "sqlcipher3", sqlite3)  # a build that linked plain SQLite
    with pytest.raises(db.SQLCipherMissingError):
        make_case_file(tmp_path / "new.btam")
    with pytest.raises(db.SQLCipherMissingError):
        sessions.unlock(tmp_path / "old.btam", None, PASSPHRASE)
    monkeypatch.undo()

    class KeyRefused(sqlite3.OperationalError):
        pass

    real_connect = sqlcipher3.connect

    class NoKey:
        def __init__(self, *a: Any, **k: Any) -> None:
            self._conn = real_connect(*a, **k)

        def execute(self, sql: str, *args: Any) -> Any:
            if sql.startswith("PRAGMA key"):
                raise KeyRefused("PRAGMA key failed")
            return self._conn.execute(sql, *args)

        def close(self) -> None:
            self._conn.close()

    monkeypatch.setattr(sqlcipher3, "connect", NoKey)
    with pytest.raises(KeyRefused):
        make_case_file(tmp_path / "new2.btam")
    with pytest.raises(KeyRefused):
        sessions.unlock(tmp_path / "old.btam", None, PASSPHRASE)
    monkeypatch.undo()
    created = sorted(p.name for p in tmp_path.iterdir())
    figures.update(files_created=len(created) - 1, existing_file_unchanged=True)
    assert created == ["old.btam"]  # nothing new, not even an empty folder
    assert folder_bytes(tmp_path / "old.btam") == before


@pytest.mark.reliability("B5", "No in-place PRAGMA rekey anywhere in the code")
def test_b5_no_rekey_on_a_live_handle(figures: dict[str, Any]) -> None:
    pattern = re.compile(r"PRAGMA\s+(\w+\.)?rekey|sqlite3_rekey|\.rekey\(", re.IGNORECASE)
    hits = [
        f"{p.relative_to(SOURCES)}:{n}"
        for p in SOURCES.rglob("*.py")
        for n, line in enumerate(p.read_text().splitlines(), 1)
        if pattern.search(line)
    ]
    assert pattern.search('conn.execute("PRAGMA rekey = \\"x\'00\'\\"")')  # the check can fire
    figures.update(files_scanned=len(list(SOURCES.rglob("*.py"))), rekey_uses=len(hits))
    assert hits == []


def always(fs: tuple[int, str] | None) -> Callable[[Path], tuple[int, str] | None]:
    """A file-system probe that answers `fs` for every path."""
    return lambda _path: fs


LOCATIONS: list[tuple[str, tuple[int, str] | None, bool]] = [
    ("/mnt/share/team.btam", (0x6969, "nfs4"), True),
    ("/mnt/smb/team.btam", (0xFF534D42, "cifs"), True),
    ("/mnt/smb2/team.btam", (0xFE534D42, "smb3"), True),
    ("/home/dana/remote/team.btam", (0x65735546, "fuse.sshfs"), True),
    ("/home/dana/rclone/team.btam", (0x65735546, "fuse.rclone"), True),
    ("/mnt/9p/team.btam", (0x01021997, "9p"), True),
    ("/home/dana/OneDrive - Ridgeview Unified/team.btam", (0xEF53, "ext4"), True),
    ("/home/dana/Dropbox (Maple Hollow)/BTAM/team.btam", (0xEF53, "ext4"), True),
    ("/home/dana/Google Drive/My Drive/team.btam", (0xEF53, "ext4"), True),
    ("/Users/dana/Library/Mobile Documents/com~apple~CloudDocs/team.btam", None, True),
    ("/home/dana/iCloud Drive/team.btam", (0xEF53, "ext4"), True),
    ("/home/dana/Nextcloud/team.btam", (0x9123683E, "btrfs"), True),
    ("\\\\fileserver\\counseling\\team.btam", None, True),
    ("/home/dana/Documents/team.btam", (0xEF53, "ext4"), False),
    ("/home/dana/team.btam", (0x9123683E, "btrfs"), False),
    ("/tmp/team.btam", (0x01021994, "tmpfs"), False),
    ("/home/dana/Dropped notes/team.btam", (0xEF53, "ext4"), False),
]


@pytest.mark.reliability("B7", "Network and cloud-synced folders are warned about")
def test_b7_unsafe_locations_warned(tmp_path: Path, figures: dict[str, Any]) -> None:
    results = [
        (path, location.location_warning(Path(path), always(fs)) is not None)
        for path, fs, _ in LOCATIONS
    ]
    wrong = [
        p
        for (p, warned), (_, _, unsafe) in zip(results, LOCATIONS, strict=True)
        if warned != unsafe
    ]
    unsafe_count = sum(u for *_, u in LOCATIONS)
    # The real file system of this machine's temp folder, and the check command's line.
    assert location.location_warning(tmp_path / "team.btam") is None
    (tmp_path / "Dropbox").mkdir()
    s, _ = make_case_file(tmp_path / "Dropbox" / "team.btam")
    line = next(c for c in files.check(s) if c.name == "location")
    sessions.lock(s)
    figures.update(
        fixtures=len(LOCATIONS),
        unsafe=unsafe_count,
        warned=f"{sum(w for _, w in results if w)}/{unsafe_count}",
        false_warnings=sum(w for (_, w), (*_, u) in zip(results, LOCATIONS, strict=True) if not u),
        check_command_line=line.detail[:60],
    )
    assert wrong == [] and not line.ok and "cloud-synced" in line.detail


def test_b7_the_unlock_screen_says_so(qtbot: Any, tmp_path: Path) -> None:
    from btam_desktop.ui.app import build_window, make_application, settings_at
    from tests.ui.conftest import DEMO_PASS  # noqa: F401  (the UI fixtures' module)

    (tmp_path / "OneDrive").mkdir()
    s, _ = make_case_file(tmp_path / "OneDrive" / "team.btam")
    sessions.lock(s)
    make_application()
    w = build_window(tmp_path / "data", settings_at(tmp_path / "settings.ini"))
    qtbot.addWidget(w)
    w.flow.open_path(tmp_path / "OneDrive" / "team.btam")
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.unlock)
    qtbot.waitUntil(lambda: w.unlock.location.isVisibleTo(w))  # the service process answers
    assert "cloud-synced" in w.unlock.location.text()
    w.close()


@pytest.mark.reliability("C2", "Key derivation: Argon2id floor, unique salts and nonces, timing")
def test_c2_kdf_floor_and_uniqueness(tmp_path: Path, figures: dict[str, Any]) -> None:
    params = sessions.default_kdf()
    s, _ = sessions.create_case_file(
        tmp_path / "t.btam",
        sessions.NewCaseFile("Maple Hollow Middle School", "Dana Whitlock-Oyelaran"),
        PASSPHRASE,
        params,
    )
    for name in ("Marcus Feldspar", "Priya Anand-Moss"):
        members.add_member(s, name, "counselor", f"{name} passphrase", kdf=params)
    sessions.lock(s)
    body = json.loads(next((tmp_path / "t.btam").glob("*.keys")).read_bytes())
    slots = body["members"]
    salts = [m["kdf"]["salt"] for m in slots]
    nonces = [keyfile._unb64(m["wrapped_private_key"])[:12] for m in slots]
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        crypto.derive_kek("timing only", os.urandom(16), params)
        timings.append(time.perf_counter() - started)
    figures.update(
        algorithm=slots[0]["kdf"]["alg"],
        memory_mib=params.memory_kib // 1024,
        passes=params.time_cost,
        parallelism=params.parallelism,
        median_ms=round(statistics.median(timings) * 1000),
        slots=len(slots),
    )
    assert all(m["kdf"]["alg"] == "argon2id" for m in slots)
    assert params.memory_kib >= 64 * 1024 and params.time_cost >= 3
    assert len(set(salts)) == len(salts) and len(set(nonces)) == len(nonces)
    assert 0.2 <= statistics.median(timings) <= 3.0  # calibrated for ~0.5 s; CI boxes vary


HARDEN = (
    "import ctypes, resource, sys, time\n"
    "from btam_desktop.app.bootstrap import harden_process\n"
    "if sys.argv[1] == 'hardened': harden_process()\n"
    "print(resource.getrlimit(resource.RLIMIT_CORE)[0], ctypes.CDLL(None).prctl(3, 0, 0, 0, 0),"
    " flush=True)\n"
    "time.sleep(30)\n"
)


@pytest.mark.skipif(not (shutil.which("gcore") and shutil.which("setpriv")), reason="no gdb")
@pytest.mark.reliability("E5", "Core dumps off: RLIMIT_CORE 0, not dumpable, gcore refused")
def test_e5_core_dumps_off(tmp_path: Path, figures: dict[str, Any]) -> None:
    # Root may trace anything; without CAP_SYS_PTRACE on both sides, as for a normal user,
    # only a dumpable process can be read.
    drop = ["setpriv", "--bounding-set", "-sys_ptrace", "--inh-caps", "-sys_ptrace"]
    if os.geteuid() != 0:
        drop = []  # a normal user has no CAP_SYS_PTRACE to drop
    seen = {}
    for mode in ("hardened", "control"):
        proc = subprocess.Popen(
            [*drop, sys.executable, "-c", HARDEN, mode],
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).parents[2],
        )
        try:
            assert proc.stdout is not None
            core_limit, dumpable = map(int, proc.stdout.readline().split())
            subprocess.run(
                [*drop, "gcore", "-o", str(tmp_path / mode), str(proc.pid)],
                capture_output=True,
                text=True,
                timeout=120,
            )
            made = list(tmp_path.glob(f"{mode}.*"))
        finally:
            proc.kill()
            proc.communicate()
        seen[mode] = {"RLIMIT_CORE": core_limit, "dumpable": dumpable, "gcore_wrote": bool(made)}
        for core in made:
            core.unlink()
    figures.update(seen)
    assert seen["hardened"] == {"RLIMIT_CORE": 0, "dumpable": 0, "gcore_wrote": False}
    assert seen["control"]["gcore_wrote"]  # the same gcore reads an unhardened process


@pytest.mark.reliability("G2", "Notification disclosures: every one recorded, with its fields")
def test_g2_disclosure_records_of_notifications(session: Session, figures: dict[str, Any]) -> None:
    case_id, _ = kenzie_in_management(session)
    sent = [
        manage.NotificationInput(
            recipient,
            f"{recipient} contact",
            date(2026, 3, day),
            "phone",
            "The safety plan and the next review date.",
            basis,
        )
        for day, (recipient, basis) in enumerate(
            [
                ("parents", "school_official"),
                ("law_enforcement", "health_safety_emergency"),
                ("outside_agency", "consent"),
            ],
            start=2,
        )
    ]
    for item in sent:
        manage.add_notification(session, case_id, item)
    logged = manage.notifications_of(session, case_id)
    events = [e for e in session.ocf.audit.events(case_id) if e.action == "notification.logged"]
    complete = [
        n
        for n in logged
        if n.recipient_name and n.notified_on and n.legal_basis and n.by_id and n.shared
    ]
    figures.update(
        disclosed=len(sent),
        recorded=len(logged),
        complete=len(complete),
        audit_events=len(events),
        note="the disclosures table of schema 6 gets its service with printing",
    )
    assert len(logged) == len(complete) == len(events) == len(sent)


@pytest.mark.reliability("G3", "Access events: every edit and export is in the audit log")
def test_g3_access_event_coverage(session: Session, figures: dict[str, Any]) -> None:
    start, _ = session.ocf.audit.head()
    made = [cases.create_case(session, cases.NewCase(f"Rowan Test-Case {i}"))[0] for i in range(5)]
    for i, c in enumerate(made):
        cases.update_case(session, c.id, cases.CaseEdit(summary=f"edit {i}"))
        cases.get_case(session, c.id)
    files.export_everything(session)
    files.export_everything(session)
    actions = [e.action for e in session.ocf.audit.events() if e.seq > start]
    expected = {"case.created": 5, "case.updated": 5, "case_file.exported": 2}
    logged = {a: actions.count(a) for a in expected}
    figures.update(
        expected=expected,
        logged=logged,
        views_made=5,
        views_logged=actions.count("case.viewed"),
        note="views are not audit events (a decision for the team; prints come later)",
    )
    assert logged == expected


@pytest.mark.reliability("G4", "The full export matches the database, row for row")
def test_g4_full_export_matches_the_database(session: Session, figures: dict[str, Any]) -> None:
    kenzie_in_management(session)
    exported = files.export_everything(session)["tables"]
    counts = db.table_counts(session.ocf.conn)
    mismatched = [t for t, n in counts.items() if len(exported[t]) != n]
    cursor = session.ocf.conn.execute("SELECT * FROM cases ORDER BY rowid")
    direct = [dict(zip([c[0] for c in cursor.description], r, strict=True)) for r in cursor]
    figures.update(
        tables=len(counts),
        rows=sum(counts.values()),
        mismatched=mismatched,
        note="a per-student export for parent inspection does not exist yet",
    )
    assert mismatched == [] and exported["cases"] == json.loads(json.dumps(direct, default=str))


csv_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=400)


@pytest.mark.reliability("H1", "Referral CSV import under hypothesis: no crash, all or nothing")
@settings(
    max_examples=200, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    head=st.sampled_from(["student_name,grade,what_happened\n", "name;date\n", ""]),
    body=csv_text,
    raw=st.binary(max_size=300),
)
def test_h1_csv_import_never_crashes(session: Session, head: str, body: str, raw: bytes) -> None:
    before = db.table_counts(session.ocf.conn)
    for data in ((head + body).encode(), raw):
        try:
            plan = referral_import.plan_import(session, data, {})
            if not plan.problem:
                referral_import.import_referrals(session, data, {})
        except BtamError:
            assert db.table_counts(session.ocf.conn) == before  # a refused file changes nothing
        before = db.table_counts(session.ocf.conn)


@pytest.mark.reliability(
    "H2", "Key-file and pointer parsers under hypothesis: refused, never crash"
)
@settings(max_examples=200, deadline=2000)
@given(
    data=st.one_of(
        st.binary(max_size=600),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=20),
            lambda c: (
                st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=10), c, max_size=4)
            ),
            max_leaves=20,
        ).map(lambda v: json.dumps(v).encode()),
    )
)
def test_h2_key_file_parser(data: bytes) -> None:
    with pytest.raises(KeyFileMismatchError):
        keyfile.parse(data, Path("fuzz.keys"))


@settings(max_examples=200, deadline=2000)
@given(text=st.binary(max_size=40))
def test_h2_pointer_parser(tmp_path_factory: pytest.TempPathFactory, text: bytes) -> None:
    folder = tmp_path_factory.mktemp("p")
    (folder / "current").write_bytes(text)
    try:
        generation = Layout(folder).generation()
    except BtamError:
        return
    assert generation >= 0


@pytest.mark.reliability("H3", "Search input: quotes, ;, NUL, RTL, combining; no schema change")
@settings(
    max_examples=200, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    typed=st.text(alphabet=st.characters(codec="utf-8"), max_size=40)
    | st.sampled_from(["'; DROP TABLE cases; --", "\x00Ada", "\u202eAda", "A\u0301da", "%_"])
)
def test_h3_search_input(session: Session, typed: str) -> None:
    if not cases.list_cases(session):
        for name in ("Ada Lindqvist-Obi", "Zoë Ngata-Lefèvre", "O'Brien Castellanos"):
            cases.create_case(session, cases.NewCase(name))
    schema = session.ocf.conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    found = intake.find_student_cases(session, typed)
    needle = search_fold(typed.strip())
    after = session.ocf.conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    assert after == schema
    if len(needle) >= 3:
        assert {c.student for c in found} == {
            r.student for r in cases.list_cases(session) if needle in search_fold(r.student)
        }
