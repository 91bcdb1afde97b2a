"""Finds the files the app ships (user guide, its screenshots) in a checkout or an install."""

from __future__ import annotations

from pathlib import Path


def docs_dir() -> Path | None:
    here = Path(__file__).resolve()
    for candidate in (here.parents[2] / "docs", here.parents[1] / "_resources" / "docs"):
        if (candidate / "guide.md").is_file():
            return candidate
    return None
