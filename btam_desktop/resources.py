"""One place that finds the files the app ships (packs, fonts, guide) wherever it runs: a
source checkout or editable install, an installed wheel, or a frozen (PyInstaller) build."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [
        Path(frozen) / "resources" if frozen else None,  # frozen build
        Path(__file__).resolve().parent / "_resources",  # wheel: resources/ mapped in
        Path(__file__).resolve().parents[1] / "resources",  # checkout / editable install
    ]
    for candidate in candidates:
        if candidate is not None and (candidate / "packs").is_dir():
            return candidate
    raise FileNotFoundError("The app's resources folder is missing from this installation.")
