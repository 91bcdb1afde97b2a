"""Bad input on the command line gets a message and an exit code of the contract (README: 0 ok,
1 problems, 2 usage, 3 wrong passphrase, 4 damaged / not a case file, 5 locked, 6 newer),
never a traceback, and changes nothing.

The cases of issue 14 (item 6) run as a user would, in subprocesses; the property at the end
runs the CLI's own `main` in-process over generated dates, texts (including bytes that are not
UTF-8, as the shell passes them) and file names."""

from __future__ import annotations

import contextlib
import io
import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, event, given, settings, strategies as st

from btam_desktop import cli
from btam_desktop.domain.records import today
from btam_desktop.services import cases, session as sessions
from tests.cli.test_cli_contract import run
from tests.conftest import LEAD, PASSPHRASE, make_case_file

CONTRACT = {0, 1, 2, 3, 4, 5, 6}
ENV = {"BTAM_PASSPHRASE": PASSPHRASE}


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    """Neither Python's traceback nor the one the app's own excepthook logs ("uncaught ...")."""
    assert result.returncode in CONTRACT, result.stderr[-800:]
    assert "Traceback" not in result.stderr and "uncaught" not in result.stderr, result.stderr


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small case file with one case (fast test key derivation; no demo, so no clock)."""
    folder = tmp_path_factory.mktemp("bad-input") / "team.btam"
    s, _ = make_case_file(folder)
    cases.create_case(s, cases.NewCase("Hana Kowalczyk-Ibe", "8"))
    sessions.lock(s)
    return folder


@pytest.fixture
def team(master: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "team.btam"
    shutil.copytree(master, copy)
    return copy


def students(folder: Path) -> list[str]:
    s = sessions.unlock(folder, None, PASSPHRASE)
    try:
        return sorted(r.student for r in cases.list_cases(s))
    finally:
        sessions.lock(s)


@pytest.mark.parametrize("when", ["0001-01-01 00:00", "9999-12-31 23:59"])
def test_an_absurd_received_at_names_file_row_and_column(
    team: Path, tmp_path: Path, when: str
) -> None:
    tips = tmp_path / "tips.csv"
    tips.write_text(f"received_at,student_name,narrative\n{when},Ana Ruiz,Said it\n")
    for dry in ((), ("--dry-run",)):
        result = run("import-referrals", team, tips, *dry, env=ENV)
        no_traceback(result)
        assert result.returncode == 2
        assert f"{tips}: Row 2, column received_at: The date received {when[:10]}" in result.stderr
    assert students(team) == ["Hana Kowalczyk-Ibe"]


def test_a_passphrase_that_is_not_utf8_names_the_variable(team: Path) -> None:
    result = run("check", team, env={"BTAM_PASSPHRASE": "a \udcffpassphrase"})  # $'a \xffpass…'
    no_traceback(result)
    assert result.returncode == 2
    assert "passphrase in BTAM_PASSPHRASE is not valid UTF-8 text (byte 0xFF" in result.stderr
    new = {"BTAM_NEW_PASSPHRASE": "new \udcff passphrase"} | ENV
    result = run("members", team, "add", "Wendell Price", "--role", "teacher", env=new)
    no_traceback(result)
    assert result.returncode == 2 and "BTAM_NEW_PASSPHRASE" in result.stderr


def test_a_member_name_that_is_not_utf8_is_a_usage_error(team: Path) -> None:
    keys = (team / "case.g1.keys").read_bytes()
    for args in (
        ("check", team, "--member", "Dana\udcff"),
        ("members", team, "add", "Dana\udcff", "--role", "teacher"),
        ("members", team, "remove", "Dana\udcff"),
    ):
        result = run(*args, env=ENV | {"BTAM_NEW_PASSPHRASE": "a long new passphrase"})
        no_traceback(result)
        assert result.returncode == 2 and "not valid UTF-8 text" in result.stderr
    assert (team / "case.g1.keys").read_bytes() == keys
    result = run("members", team, env=ENV)
    assert result.stdout.splitlines() == [f"{LEAD}\tadministrator"]


def test_a_utf16_csv_without_a_byte_order_mark_is_read(team: Path, tmp_path: Path) -> None:
    tips = tmp_path / "tips.csv"
    text = "received_at,student_name,narrative\n2026-11-02 10:00,Zoë Ngata-Lefèvre,Said it\n"
    tips.write_bytes(text.encode("utf-16-le"))
    result = run("import-referrals", team, tips, env=ENV)
    no_traceback(result)
    assert result.returncode == 0 and "Imported 1 referral(s)" in result.stdout
    assert students(team) == ["Hana Kowalczyk-Ibe", "Zoë Ngata-Lefèvre"]


def test_a_pdf_renamed_to_the_database_is_not_a_case_file_or_backup(
    team: Path, tmp_path: Path
) -> None:
    (team / "case.g1.db").write_bytes(b"%PDF-1.7\n" + b"\x00" * 9000 + b"%%EOF\n")
    for args in (("check", team), ("restore", team, tmp_path / "restored.btam")):
        result = run(*args, env=ENV)
        no_traceback(result)
        assert result.returncode == 4, result.stderr
        assert "case.g1.db is not a BTAM case file (it is a PDF document" in result.stderr
        assert "key file" not in result.stderr
    assert not (tmp_path / "restored.btam").exists()


def test_restore_from_a_write_protected_copy(team: Path, tmp_path: Path) -> None:
    """A case file copied to a stick and write-protected (a read-only bind mount as root,
    permissions otherwise): restore only reads it."""
    stick = tmp_path / "stick.btam"
    shutil.copytree(team, stick)
    target = tmp_path / "restored.btam"
    command = [sys.executable, "-m", "btam_desktop", "restore", str(stick), str(target)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("BTAM_")} | ENV
    if os.geteuid() != 0:
        for path in stick.iterdir():
            path.chmod(0o400)
        stick.chmod(0o500)
    else:
        mount = f"mount --bind {stick} {stick} && mount -o remount,bind,ro {stick} && "
        command = ["unshare", "-m", "sh", "-c", mount + shlex.join(command)]
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    if "unshare failed" in result.stderr or "Operation not permitted" in result.stderr:
        pytest.skip(f"no mount namespace here: {result.stderr.strip()[:80]}")
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert students(target) == ["Hana Kowalczyk-Ibe"]


@pytest.mark.parametrize("name", ["Cases #2", "Why?", os.fsdecode(b"caf\xe9")])
def test_folder_and_file_names_of_any_bytes_work(team: Path, tmp_path: Path, name: str) -> None:
    folder = tmp_path / name
    folder.mkdir()
    moved = shutil.move(team, folder / "team.btam")
    # The name comes back as the bytes it is.
    result = run("check", moved, env=ENV, errors="surrogateescape")
    no_traceback(result)
    assert result.returncode == 1 and "key strength" in result.stdout  # the test-only KDF
    assert f"{moved}: 1 problem(s) found." in result.stdout
    out = folder / f"{name}.json"
    strict = ENV | {"PYTHONIOENCODING": "utf-8"}  # a terminal that cannot show every name
    result = run("export", moved, "--format", "json", "-o", out, env=strict)
    no_traceback(result)  # the name is written escaped, not a crash after the export
    assert result.returncode == 0 and out.exists()


def test_export_to_a_folder_is_a_usage_error(team: Path, tmp_path: Path) -> None:
    """Found by the property below: "-o .." was an OSError (EBUSY) traceback."""
    for where in (tmp_path, tmp_path / ".."):
        result = run("export", team, "--format", "json", "-o", where, env=ENV)
        no_traceback(result)
        assert result.returncode == 2 and "name a file, not a folder" in result.stderr


# -- the property: generated input, in-process ----------------------------------------------

#: Text as the shell hands it over: any characters, or any bytes (not UTF-8: lone surrogates).
TEXTS = st.one_of(
    st.text(max_size=24),
    st.binary(max_size=24).map(lambda b: b.decode("utf-8", "surrogateescape")),
    st.sampled_from([LEAD, PASSPHRASE, "teacher", "2026-0001", "student_name"]),
).filter(lambda t: "\x00" not in t)  # neither argv nor the environment can carry NUL
#: Anywhere in Python's calendar, or in the last years (where a row can pass every rule).
MOMENTS = st.one_of(
    st.datetimes(datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59)),
    st.datetimes(datetime(today().year - 9, 1, 1), datetime.combine(today(), time())),
).map(lambda d: d.isoformat(sep=" ", timespec="minutes"))
DATES = st.one_of(
    MOMENTS,
    MOMENTS.map(lambda m: m[:10]),
    st.sampled_from(["0001-01-01 00:00", "9999-12-31 23:59", "9999-12-31"]),  # the very ends
    TEXTS,
)
NAMES = st.one_of(
    st.sampled_from(["x.btam", "Cases #2", "Why?", "Scan%20copy", "a:b", ".", "..", "-"]),
    st.binary(min_size=1, max_size=12).map(os.fsdecode),
).filter(lambda n: "\x00" not in n and "/" not in n)
FIELDS = st.sampled_from(["received_at", "student_name", "date_of_birth", "narrative", ""])


@st.composite
def invocations(draw: st.DrawFn) -> tuple[list[str], dict[str, str], str, bytes]:
    """(arguments with {case}/{out} placeholders, environment, standard input, CSV bytes)."""
    env = {"BTAM_PASSPHRASE": draw(st.one_of(st.just(PASSPHRASE), TEXTS))}
    if draw(st.booleans()):
        env["BTAM_NEW_PASSPHRASE"] = draw(TEXTS)
    if draw(st.booleans()):
        env["BTAM_RECOVERY_CODE"] = draw(TEXTS)
    member = ["--member", draw(TEXTS)] if draw(st.integers(0, 3)) == 0 else []
    out = "{out}/" + draw(NAMES)
    student = draw(st.one_of(TEXTS, st.sampled_from(["Ana Ruiz", "Zoë Ngata-Lefèvre"])))
    row = [draw(DATES), student, draw(DATES), draw(TEXTS)]
    csv_text = "received_at,student_name,date_of_birth,narrative\n" + ",".join(row) + "\n"
    encoding = draw(st.sampled_from(["utf-8", "utf-16-le", "utf-16", "cp1252", "bytes"]))
    if encoding == "bytes":
        csv = draw(st.binary(max_size=200))
    elif encoding == "utf-8":  # a byte that is not UTF-8 goes into the file as itself
        csv = csv_text.encode(encoding, "surrogateescape")
    else:
        csv = csv_text.encode(encoding, "replace")
    command = draw(
        st.sampled_from(
            [
                "import",
                "check",
                "members",
                "export",
                "backup",
                "restore",
                "recover",
                "report",
                "packs",
                "demo",
            ]
        )
    )
    args: list[str]
    if command == "import":
        maps = [f"--map={draw(TEXTS)}={draw(FIELDS)}" for _ in range(draw(st.integers(0, 2)))]
        dry = ["--dry-run"] if draw(st.booleans()) else []
        args = ["import-referrals", "{case}", "{out}/tips.csv", *maps, *dry, *member]
    elif command == "check":
        args = ["check", draw(st.sampled_from(["{case}", out])), *member]
    elif command == "members":
        action = draw(st.sampled_from([[], ["add", draw(TEXTS)], ["remove", draw(TEXTS)]]))
        role = ["--role", draw(TEXTS)] if draw(st.booleans()) else []
        args = ["members", "{case}", *action, *role, *member]
        if action and action[0] == "add":  # a real slot costs a calibrated key derivation
            env["BTAM_PASSPHRASE"] = draw(TEXTS.filter(lambda t: t != PASSPHRASE))
    elif command == "export":
        args = ["export", "{case}", "--format", "json", "-o", out, *member]
    elif command == "backup":
        args = ["backup", "{case}", out, *member]
    elif command == "restore":
        args = ["restore", draw(st.sampled_from(["{case}", out])), out, *member]
    elif command == "report":
        kind = draw(st.sampled_from(["roster", "case-summary", "agenda", "blank-forms"]))
        extra = [
            *(["--case", draw(TEXTS)] if draw(st.booleans()) else []),
            *(["--meeting", draw(TEXTS)] if draw(st.booleans()) else []),
            *(["--recipient", draw(TEXTS)] if draw(st.booleans()) else []),
            *(["--password-file", "-"] if draw(st.booleans()) else []),
        ]
        args = ["report", "{case}", kind, *extra, "-o", out + ".pdf", *member]
    elif command == "recover":
        args = ["recover", draw(st.sampled_from(["{case}", out])), "--member", draw(TEXTS)]
    elif command == "packs":
        args = ["packs", "check", "{out}/tips.csv"]
    else:  # the demo's key derivation is slow: only inputs refused before it
        cases_count = str(draw(st.one_of(st.integers(-(10**6), -1), st.integers(200_001, 10**9))))
        args = ["demo", draw(st.sampled_from(["{case}", out])), "--cases", cases_count]
    stdin = draw(TEXTS) + "\n"
    return args, env, stdin, csv


@pytest.fixture(scope="module")
def sandbox(master: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One working copy for every example (hypothesis runs them inside one test)."""
    where = tmp_path_factory.mktemp("property")
    shutil.copytree(master, where / "team.btam")
    yield where


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(invocations())
def test_generated_dates_texts_and_paths_end_in_a_contract_exit_code(
    sandbox: Path, invocation: tuple[list[str], dict[str, str], str, bytes]
) -> None:
    """Any exception escaping `main` fails the example (in a terminal it is a traceback); the
    exit code is one the README promises, and a usage error comes with its message. Found so
    far: export -o "..", restore to "." or ".." (both fixed)."""
    arguments, env, stdin, csv = invocation
    out = sandbox / "out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    (out / "tips.csv").write_bytes(csv)
    case = str(sandbox / "team.btam")
    argv = [a.replace("{case}", case).replace("{out}", str(out)) for a in arguments]
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BTAM_")} | env
    stdout, stderr = io.StringIO(), io.StringIO()
    umask = os.umask(0o077)  # main() sets the process's umask: put it back afterwards
    try:
        with (
            mock.patch.dict(os.environ, environment, clear=True),
            mock.patch.object(sys, "stdin", io.StringIO(stdin)),
            contextlib.redirect_stdout(stdout),
            contextlib.redirect_stderr(stderr),
        ):
            code = cli.main(argv)
    finally:
        os.umask(umask)
    event(f"{argv[0]} {'--dry-run' in argv} -> exit {code}")  # --hypothesis-show-statistics
    assert code in CONTRACT, (argv, stderr.getvalue())
    assert "Traceback" not in stderr.getvalue()
    if code == 2 and not stderr.getvalue().startswith(("usage:", "btam-desktop: ")):
        raise AssertionError(f"exit 2 without a message: {argv} {stderr.getvalue()!r}")


def _with_reader_gone(command: list[str]) -> subprocess.CompletedProcess[str]:
    """Run `command` with its output going to a pipe whose reader has already left, as in
    `btam-desktop members PATH | head -0`: every write fails with EPIPE."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            command,
            stdout=write_end,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            env={k: v for k, v in os.environ.items() if not k.startswith("BTAM_")} | ENV,
            timeout=120,
        )
    finally:
        os.close(write_end)


def test_output_to_a_reader_that_went_away_ends_quietly(team: Path) -> None:
    control = _with_reader_gone([sys.executable, "-c", "print('one line')"])
    assert "BrokenPipeError" in control.stderr  # the setup does break a plain print

    result = _with_reader_gone([sys.executable, "-m", "btam_desktop", "members", str(team)])
    no_traceback(result)
    assert result.returncode == 1 and "BrokenPipeError" not in result.stderr, result.stderr
