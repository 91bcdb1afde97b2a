"""Bad input at unlock: each gets its own plain message, and changes nothing on disk."""

from __future__ import annotations

import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from btam_desktop.services import cases, session as sessions
from btam_desktop.services.errors import (
    DamagedError,
    KeyFileMismatchError,
    KeyFileMissingError,
    LockedError,
    NewerVersionError,
    NotACaseFileError,
    ReadOnlyError,
    UnknownMemberError,
    ValidationError,
    WrongPassphraseError,
)
from btam_desktop.storage import keyfile
from btam_desktop.storage.layout import Layout
from tests.conftest import LEAD, PASSPHRASE, folder_bytes, make_case_file


@pytest.fixture
def closed_file(tmp_path: Path) -> Path:
    folder = tmp_path / "team.btam"
    s, _ = make_case_file(folder)
    for i in range(30):
        cases.create_case(s, cases.NewCase(f"Tobias Quennell-Marsh {i}", "7", "x" * 2000))
    sessions.lock(s)
    return folder


def db_of(folder: Path) -> Path:
    layout = Layout(folder)
    return layout.db(layout.generation())


@pytest.mark.reliability("C1", "Wrong passphrase x10: same answer, files byte-identical")
def test_wrong_passphrase_ten_times_same_answer_and_not_a_byte_changed(
    closed_file: Path, figures: dict[str, Any]
) -> None:
    before = folder_bytes(closed_file)
    messages = set()
    timings = []
    for _ in range(10):
        started = time.perf_counter()
        with pytest.raises(WrongPassphraseError) as caught:
            sessions.unlock(closed_file, LEAD, "not the passphrase")
        timings.append(time.perf_counter() - started)
        messages.add(str(caught.value))
    identical = folder_bytes(closed_file) == before
    figures.update(
        attempts=10,
        distinct_messages=len(messages),
        byte_identical=identical,
        median_ms=round(statistics.median(timings) * 1000, 1),
        max_ms=round(max(timings) * 1000, 1),
        kdf="test-only fast parameters (production: see C2)",
    )
    assert len(messages) == 1 and "Nothing was changed" in messages.pop()
    assert identical
    sessions.lock(sessions.unlock(closed_file, LEAD, PASSPHRASE))


@pytest.mark.parametrize("passphrase", ["", "short"])
def test_empty_and_short_passphrases_are_refused_when_set(tmp_path: Path, passphrase: str) -> None:
    with pytest.raises(ValidationError, match="at least"):
        make_case_file(tmp_path / "x.btam", passphrase)
    assert not (tmp_path / "x.btam").exists()


@pytest.mark.parametrize(
    ("set_as", "typed_as"),
    [
        ("é" * 1000, "é" * 1000),
        (
            "Ngata-Lefe\u0300vre Zoe\u0308 陈思雨 محمد",
            "Ngata-Lefèvre Zoë 陈思雨 محمد",
        ),  # NFD set, NFC typed
        ("  spaces are kept  ", "  spaces are kept  "),
    ],
)
@pytest.mark.reliability("C7", "Long, NFC/NFD and space-keeping passphrases unlock")
def test_long_and_unicode_passphrases_unlock(tmp_path: Path, set_as: str, typed_as: str) -> None:
    s, _ = make_case_file(tmp_path / "u.btam", set_as)
    sessions.lock(s)
    sessions.lock(sessions.unlock(tmp_path / "u.btam", None, typed_as))


def test_unknown_member_lists_who_is_there(closed_file: Path) -> None:
    with pytest.raises(UnknownMemberError, match=LEAD):
        sessions.unlock(closed_file, "Nobody Atall", PASSPHRASE)


@pytest.mark.reliability("D2", "A zero-length database: damaged, never recreated")
def test_zero_byte_database_is_damaged_and_left_alone(closed_file: Path) -> None:
    db_of(closed_file).write_bytes(b"")
    with pytest.raises(DamagedError, match="empty"):
        sessions.unlock(closed_file, None, PASSPHRASE)
    assert db_of(closed_file).stat().st_size == 0  # never turned into a new empty database


@pytest.mark.reliability("D2", "A truncated database: damaged")
def test_truncated_database_is_damaged(closed_file: Path) -> None:
    data = db_of(closed_file).read_bytes()
    db_of(closed_file).write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedError):
        sessions.unlock(closed_file, None, PASSPHRASE)


def test_a_byte_flipped_mid_file_is_damaged(closed_file: Path) -> None:
    path = db_of(closed_file)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    before = folder_bytes(closed_file)
    with pytest.raises(DamagedError, match="restore"):
        sessions.unlock(closed_file, None, PASSPHRASE)
    assert folder_bytes(closed_file) == before


@pytest.mark.reliability("D2", "A plain SQLite file: not a case file")
def test_a_plain_sqlite_file_is_not_a_case_file(closed_file: Path) -> None:
    path = db_of(closed_file)
    path.unlink()
    with sqlite3.connect(path) as plain:
        plain.execute("CREATE TABLE t (x)")
    with pytest.raises(NotACaseFileError, match="unencrypted SQLite"):
        sessions.unlock(closed_file, None, PASSPHRASE)


@pytest.mark.reliability("D2", "A PDF renamed as the database: refused")
def test_a_renamed_pdf_is_refused(closed_file: Path) -> None:
    """Named as what it is, not blamed on the key file (which is fine)."""
    db_of(closed_file).write_bytes(b"%PDF-1.7\n" + b"\x00" * 8000 + b"%%EOF\n")
    before = folder_bytes(closed_file)
    named = r"case\.g1\.db is not a BTAM case file \(it is a PDF document"
    with pytest.raises(NotACaseFileError, match=named):
        sessions.unlock(closed_file, None, PASSPHRASE)
    assert folder_bytes(closed_file) == before


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"PK\x03\x04" + b"\x00" * 5000, "a ZIP archive or an Office document"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 5000, "a JPEG image"),
        (b"student_name,narrative\nAna Ruiz,said it\n", "a text file"),
        (bytes(range(256)) * 21, "another kind of file"),
    ],
)
def test_other_files_renamed_as_the_database_are_named(
    closed_file: Path, content: bytes, kind: str
) -> None:
    db_of(closed_file).write_bytes(content)
    with pytest.raises(NotACaseFileError, match=f"it is {kind}.*, not the database of a case"):
        sessions.unlock(closed_file, None, PASSPHRASE)


def test_a_passphrase_that_is_not_utf8_is_a_message(closed_file: Path) -> None:
    """What Python makes of BTAM_PASSPHRASE=$'a \\xffpassphrase': no slot can be opened with
    it, and it must not end in an encoding error inside the key derivation."""
    before = folder_bytes(closed_file)
    with pytest.raises(ValidationError, match=r"passphrase is not valid UTF-8 text \(byte 0xFF"):
        sessions.unlock(closed_file, None, "a \udcffpassphrase")
    with pytest.raises(ValidationError, match="new passphrase is not valid UTF-8"):
        make_case_file(closed_file.parent / "new.btam", "long enough \udcff passphrase")
    assert folder_bytes(closed_file) == before
    assert not (closed_file.parent / "new.btam").exists()


@pytest.mark.reliability("D2", "A single file or no folder: not a case file")
def test_a_single_file_or_missing_folder_is_not_a_case_file(tmp_path: Path) -> None:
    pdf = tmp_path / "minutes.btam"
    pdf.write_bytes(b"%PDF-1.7\n")
    with pytest.raises(NotACaseFileError, match="single file"):
        sessions.unlock(pdf, None, PASSPHRASE)
    with pytest.raises(NotACaseFileError, match="no such folder"):
        sessions.unlock(tmp_path / "nowhere.btam", None, PASSPHRASE)


def test_a_key_file_from_another_case_file_is_detected(closed_file: Path, tmp_path: Path) -> None:
    other, _ = make_case_file(tmp_path / "other.btam")  # same lead name and passphrase
    sessions.lock(other)
    layout = Layout(closed_file)
    shutil.copy(Layout(tmp_path / "other.btam").keys(1), layout.keys(layout.generation()))
    with pytest.raises(KeyFileMismatchError, match="another database"):
        sessions.unlock(closed_file, None, PASSPHRASE)


def test_a_missing_key_file_says_so(closed_file: Path) -> None:
    layout = Layout(closed_file)
    layout.keys(layout.generation()).unlink()
    with pytest.raises(KeyFileMissingError, match="restore both"):
        sessions.unlock(closed_file, None, PASSPHRASE)


def test_an_edited_key_file_is_detected_by_its_seal(closed_file: Path) -> None:
    """A deliberate edit (checksum recomputed) fails the keyed seal after derivation."""
    layout = Layout(closed_file)
    path = layout.keys(layout.generation())
    body = json.loads(path.read_bytes())
    body["audit_anchor"]["seq"] = 1
    body["digest"] = keyfile.body_digest(body)
    path.write_text(json.dumps(body))
    with pytest.raises(KeyFileMismatchError, match="seal"):
        sessions.unlock(closed_file, None, PASSPHRASE)


@pytest.mark.parametrize("field", ["wrapped_private_key", "salt", "public_key"])
def test_a_damaged_slot_is_damage_not_a_wrong_passphrase(closed_file: Path, field: str) -> None:
    layout = Layout(closed_file)
    path = layout.keys(layout.generation())
    body = json.loads(path.read_bytes())
    slot = body["members"][0]
    holder = slot["kdf"] if field == "salt" else slot
    holder[field] = ("A" if holder[field][0] != "A" else "B") + holder[field][1:]
    path.write_text(json.dumps(body))
    with pytest.raises(KeyFileMismatchError, match="damaged"):
        sessions.unlock(closed_file, None, PASSPHRASE)


def test_a_key_file_from_a_newer_version_asks_for_an_update(closed_file: Path) -> None:
    layout = Layout(closed_file)
    path = layout.keys(layout.generation())
    body = json.loads(path.read_bytes())
    body["format_version"] = 3
    path.write_text(json.dumps(body))
    with pytest.raises(NewerVersionError, match="key file format 3"):
        sessions.unlock(closed_file, None, PASSPHRASE)


def test_a_folder_where_a_file_should_be_is_reported(closed_file: Path) -> None:
    layout = Layout(closed_file)
    path = layout.keys(layout.generation())
    path.unlink()
    path.mkdir()
    with pytest.raises(DamagedError, match="folder stands where a file should be"):
        sessions.unlock(closed_file, None, PASSPHRASE)


def test_a_deeply_nested_key_file_is_reported_not_crashed(closed_file: Path) -> None:
    layout = Layout(closed_file)
    layout.keys(layout.generation()).write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(KeyFileMismatchError):
        sessions.unlock(closed_file, None, PASSPHRASE)


def test_garbage_key_file_is_reported_not_crashed(closed_file: Path) -> None:
    layout = Layout(closed_file)
    layout.keys(layout.generation()).write_bytes(b"\xff\xfe not json")
    with pytest.raises(KeyFileMismatchError, match="unreadable"):
        sessions.unlock(closed_file, None, PASSPHRASE)


@pytest.mark.reliability("B6", "A second instance is refused and told who holds the file")
def test_a_second_process_is_refused_and_told_who_holds_it(closed_file: Path) -> None:
    s = sessions.unlock(closed_file, None, PASSPHRASE)
    try:
        probe = (
            "import sys; from pathlib import Path; from btam_desktop.services import session as s\n"
            "try:\n s.unlock(Path(sys.argv[1]), None, sys.argv[2])\n"
            "except Exception as e: print(type(e).__name__, e)\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", probe, str(closed_file), PASSPHRASE],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert out.startswith("LockedError") and LEAD in out
        with pytest.raises(LockedError):
            sessions.unlock(closed_file, None, PASSPHRASE)  # also a second open in this process
    finally:
        sessions.lock(s)
    sessions.lock(sessions.unlock(closed_file, None, PASSPHRASE))  # released on lock


@pytest.mark.reliability("B6", "A read-only folder is reported as such")
def test_a_read_only_folder_is_reported(closed_file: Path) -> None:
    """chmod does not bind root, so the folder is made immutable through a read-only bind mount
    where we run as root; as a normal user plain permissions do."""
    import os

    if os.geteuid() != 0:
        closed_file.chmod(0o500)
        try:
            with pytest.raises(ReadOnlyError, match="cannot be written"):
                sessions.unlock(closed_file, None, PASSPHRASE)
        finally:
            closed_file.chmod(0o700)
        return
    script = (
        f"mount --bind {closed_file} {closed_file} && mount -o remount,bind,ro {closed_file} && "
        f"{sys.executable} -c 'import sys; from pathlib import Path; "
        "from btam_desktop.services import session as s\n"
        "try:\n s.unlock(Path(sys.argv[1]), None, sys.argv[2])\n"
        "except Exception as e: print(type(e).__name__)' "
        f"{closed_file} '{PASSPHRASE}'"
    )
    result = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True)
    if "unshare failed" in result.stderr or "Operation not permitted" in result.stderr:
        pytest.skip(f"no mount namespace here: {result.stderr.strip()[:80]}")
    assert result.stdout.strip() == "ReadOnlyError", result.stderr
