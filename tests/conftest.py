"""Shared fixtures. Qt must be told to render offscreen before anything imports PySide6."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from btam_desktop.services import session as sessions
from btam_desktop.services.files import CheckLine
from btam_desktop.services.session import TEST_KDF, NewCaseFile, Session

PASSPHRASE = "correct horse battery staple"
LEAD = "Dana Whitlock-Oyelaran"


def make_case_file(folder: Path, passphrase: str = PASSPHRASE) -> tuple[Session, str]:
    """A fresh case file with a fast (test-only) key derivation."""
    return sessions.create_case_file(
        folder,
        NewCaseFile("Maple Hollow Middle School", LEAD, "administrator", "Ridgeview Unified"),
        passphrase,
        TEST_KDF,
    )


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    s, _ = make_case_file(tmp_path / "team.btam")
    yield s
    sessions.lock(s)


def problems(lines: list[CheckLine]) -> set[str]:
    """Failing check lines, except the one every test file fails on purpose: its slots use
    the fast test-only key derivation, below the production floor."""
    return {line.name for line in lines if not line.ok and line.name != "key strength"}


def folder_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under a folder, by relative path: for byte-identical comparisons."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }
