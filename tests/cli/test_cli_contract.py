"""The CLI contract of the Foundation issue, run as a user (or a script) would: subprocesses."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import folder_bytes

PASS = "cli test passphrase"


def run(
    *args: str | Path, env: dict[str, str] | None = None, **kw: object
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("BTAM_")}
    full_env |= {"BTAM_PASSPHRASE": PASS} | (env or {})
    completed: subprocess.CompletedProcess[str] = subprocess.run(
        [sys.executable, "-m", "btam_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        env=full_env,
        stdin=subprocess.DEVNULL,
        timeout=120,
        **kw,  # type: ignore[call-overload]
    )
    return completed


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("master") / "demo.btam"
    result = run("demo", folder, "--cases", "14", "--seed", "3")
    assert result.returncode == 0, result.stderr
    assert "Recovery code" in result.stdout
    yield folder


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.btam"
    shutil.copytree(demo_master, copy)
    return copy


def test_members_lists_name_tab_role_without_a_passphrase(demo: Path) -> None:
    result = run("members", demo, env={"BTAM_PASSPHRASE": "unused"})
    lines = result.stdout.splitlines()
    assert result.returncode == 0 and len(lines) == 6
    assert lines[0] == "Dana Whitlock-Oyelaran\tadministrator"
    assert all(len(line.split("\t")) == 2 for line in lines)


def test_demo_spreads_cases_over_every_status(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    assert run("export", demo, "--format", "json", "-o", out).returncode == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    statuses = {c["status"] for c in data["tables"]["cases"]}
    assert statuses == {
        "referral",
        "screening",
        "inquiry",
        "assessment",
        "management",
        "monitoring",
        "closed",
    }
    assert len(data["tables"]["cases"]) == 14 and "CONFIDENTIAL" in data["notice"]
    assert data["tables"]["audit"][-1]["action"] == "case_file.exported"
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_check_is_clean_and_exit_1_on_problems(demo: Path) -> None:
    result = run("check", demo)
    assert result.returncode == 0 and "no problems found" in result.stdout
    keys = demo / "case.g1.keys"
    body = json.loads(keys.read_text())
    (demo / "case.g1.db").chmod(0o644)
    result = run("check", demo)
    assert result.returncode == 1 and "FAIL  permissions" in result.stdout
    assert body  # untouched


def test_wrong_passphrase_is_exit_3_and_changes_nothing(demo: Path, tmp_path: Path) -> None:
    before = folder_bytes(demo)
    result = run(
        "export",
        demo,
        "--format",
        "json",
        "-o",
        tmp_path / "x.json",
        env={"BTAM_PASSPHRASE": "nope"},
    )
    assert result.returncode == 3 and "Nothing was changed" in result.stderr
    assert folder_bytes(demo) == before and not (tmp_path / "x.json").exists()


def test_damaged_and_foreign_files_are_exit_4(demo: Path, tmp_path: Path) -> None:
    data = bytearray((demo / "case.g1.db").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (demo / "case.g1.db").write_bytes(bytes(data))
    result = run("check", demo)
    assert result.returncode == 4 and "damaged" in result.stderr and str(demo) in result.stderr
    (tmp_path / "notes.btam").write_text("not a case file")
    assert run("check", tmp_path / "notes.btam").returncode == 4
    (demo / "case.g1.keys").unlink()
    result = run("check", demo)
    assert result.returncode == 4 and "key file" in result.stderr


def test_locked_is_exit_5(demo: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from btam_desktop.services import session as s\n"
            f"x = s.unlock(Path(sys.argv[1]), None, {PASS!r}); print('held', flush=True)\n"
            "sys.stdin.read()",
            str(demo),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        result = run("check", demo)
        assert result.returncode == 5 and "Dana Whitlock-Oyelaran" in result.stderr
    finally:
        holder.communicate("")
    assert run("check", demo).returncode == 0


def test_newer_version_is_exit_6(demo: Path) -> None:
    from btam_desktop.services import session as sessions
    from btam_desktop.storage.migrations import LATEST

    s = sessions.unlock(demo, None, PASS)
    s.ocf.conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    sessions.lock(s)
    result = run("check", demo)
    assert result.returncode == 6 and "newer BTAM Desktop" in result.stderr


def test_usage_errors_are_exit_2(demo: Path, tmp_path: Path) -> None:
    assert run("members", demo, "add", "No Role Given").returncode == 2
    assert run("export", demo).returncode == 2  # --format and -o missing
    assert run("demo", demo).returncode == 2  # exists already
    assert run("check", demo, "--member", "Nobody Here").returncode == 2
    no_env = run("check", demo, env={"BTAM_PASSPHRASE": ""})
    assert no_env.returncode == 3
    bare = subprocess.run(
        [sys.executable, "-m", "btam_desktop", "check", str(demo)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env={k: v for k, v in os.environ.items() if not k.startswith("BTAM_")},
    )
    assert bare.returncode == 2 and "BTAM_PASSPHRASE" in bare.stderr


def test_add_then_remove_a_member(demo: Path, tmp_path: Path) -> None:
    add = run(
        "members",
        demo,
        "add",
        "Wendell Okonkwo-Price",
        "--role",
        "teacher",
        env={"BTAM_NEW_PASSPHRASE": "wendell's passphrase"},
    )
    assert add.returncode == 0, add.stderr
    assert (
        run(
            "check",
            demo,
            "--member",
            "Wendell Okonkwo-Price",
            env={"BTAM_PASSPHRASE": "wendell's passphrase"},
        ).returncode
        == 0
    )
    remove = run("members", demo, "remove", "Wendell Okonkwo-Price")
    assert remove.returncode == 0, remove.stderr
    assert (demo / "current").read_text().strip() == "2"
    assert (
        run(
            "check",
            demo,
            "--member",
            "Wendell Okonkwo-Price",
            env={"BTAM_PASSPHRASE": "wendell's passphrase"},
        ).returncode
        == 2
    )  # no slot any more
    assert run("check", demo, "--member", "Marcus Feldspar").returncode == 0


def test_passphrase_change(demo: Path) -> None:
    result = run(
        "passphrase",
        demo,
        "--member",
        "Ray Castellan",
        env={"BTAM_NEW_PASSPHRASE": "officer ray new"},
    )
    assert result.returncode == 0, result.stderr
    assert run("check", demo, "--member", "Ray Castellan").returncode == 3
    assert (
        run(
            "check", demo, "--member", "Ray Castellan", env={"BTAM_PASSPHRASE": "officer ray new"}
        ).returncode
        == 0
    )


def test_backup_and_restore(demo: Path, tmp_path: Path) -> None:
    result = run("backup", demo, tmp_path / "copy.btam")
    assert result.returncode == 0 and "verified" in result.stdout
    assert re.search(r"Backup verified: opens, \d+ cases, check clean\.", result.stdout)
    shutil.rmtree(demo)
    result = run("restore", tmp_path / "copy.btam", demo)
    assert result.returncode == 0, result.stderr
    assert run("check", demo).returncode == 0


def test_help_lists_the_commands() -> None:
    result = run("--help")
    assert result.returncode == 0 and "demo" in result.stdout


def test_import_referrals_maps_previews_and_imports(demo: Path, tmp_path: Path) -> None:
    csv_file = tmp_path / "tips.csv"
    csv_file.write_text(
        "When,student_name,narrative,Tip ID\n"
        "2026-11-02 14:30,Zinnia Larkspur-Wendt,Said she would bring something tomorrow,T-1\n",
        encoding="utf-8",
    )
    dry = run("import-referrals", demo, csv_file, "--map", "When=received_at", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "column 'When' -> received_at" in dry.stdout and "'Tip ID'" in dry.stdout
    done = run("import-referrals", demo, csv_file, "--map", "When=received_at")
    assert done.returncode == 0 and "Imported 1 referral(s)" in done.stdout
    bad = run("import-referrals", demo, csv_file, "--map", "When=nonsense")
    assert bad.returncode == 2 and "unknown fields: nonsense" in bad.stderr
