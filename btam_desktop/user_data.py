"""The per-user data folder, in one place for the window (`app/paths.py`: where new case files
go) and the service process (`storage/replica.py`: replica markers). In no layer, like
`resources.py`, so the window can ask for it without loading storage."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "BTAM Desktop"


def user_data_dir() -> Path:
    """`BTAM_HOME/data` when BTAM_HOME is set (tests, portable use), else the platform's."""
    home = os.environ.get("BTAM_HOME")
    if home:
        return Path(home) / "data"
    return Path(platformdirs.user_data_dir(APP, appauthor=False, roaming=False))
