"""Folder names a user may well choose ("Cases #2", "Why?", "Scan%20copy") or a system may
hold (bytes that are not UTF-8): a case file in them is created, opened, backed up, restored
and rekeyed like any other, and nothing is written anywhere else."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from btam_desktop.services import cases, files, members, session as sessions
from btam_desktop.services.session import TEST_KDF
from tests.conftest import PASSPHRASE, make_case_file

NAMES = ["Cases #2", "Why?", "Scan%20copy", "colon:name", os.fsdecode(b"caf\xe9 (latin-1)")]


@pytest.mark.parametrize("name", NAMES)
def test_a_case_file_lives_in_any_folder_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.chdir(tmp_path)  # a cut-short name used to land here, beside the folder
    folder = Path(name) / "team.btam"
    folder.parent.mkdir()
    s, _ = make_case_file(folder)
    cases.create_case(s, cases.NewCase("Hana Kowalczyk-Ibe"))
    members.add_member(s, "Ray Castellan", "law_enforcement", "officer passphrase", kdf=TEST_KDF)
    members.remove_member(s, "Ray Castellan")  # the rekey exports to the next generation
    backup = files.backup(s, folder.parent / f"{name} backup.btam")
    sessions.lock(s)
    files.restore(backup, folder.parent / f"{name} restored.btam", None, PASSPHRASE)
    s = sessions.unlock(folder.parent / f"{name} restored.btam", None, PASSPHRASE)
    assert [r.student for r in cases.list_cases(s)] == ["Hana Kowalczyk-Ibe"]
    sessions.lock(s)
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
