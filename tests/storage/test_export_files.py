"""Saved exports (PDFs): staged unseen, published complete, replacing an existing file."""

from __future__ import annotations

import stat
from pathlib import Path

from btam_desktop.storage.fsio import StagedExport


def test_a_staged_export_is_invisible_until_published(tmp_path: Path) -> None:
    target = tmp_path / "2026-0014-case-summary.pdf"
    staged = StagedExport(target, b"%PDF-1.7 new")
    assert list(tmp_path.iterdir()) == []  # nothing to see, not even a temp file
    staged.publish()
    assert target.read_bytes() == b"%PDF-1.7 new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_publishing_over_a_file_replaces_it_and_leaves_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "agenda.pdf"
    target.write_bytes(b"old")
    StagedExport(target, b"%PDF-1.7 newer").publish()
    assert [p.name for p in tmp_path.iterdir()] == ["agenda.pdf"]
    assert target.read_bytes() == b"%PDF-1.7 newer"


def test_a_discarded_export_leaves_no_trace(tmp_path: Path) -> None:
    staged = StagedExport(tmp_path / "x.pdf", b"%PDF")
    staged.discard()
    assert list(tmp_path.iterdir()) == []
