"""Where the app keeps its own files. Student data never goes here: only the case files do."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from btam_desktop.user_data import APP, user_data_dir


@dataclass(frozen=True, slots=True)
class AppPaths:
    """Overridable in one place (tests, portable use): set BTAM_HOME to keep everything there."""

    data: Path  # default place for new case files
    settings: Path  # window geometry, recent case-file paths, theme: never names
    documents: Path  # default export folder

    @classmethod
    def default(cls) -> AppPaths:
        home = os.environ.get("BTAM_HOME")
        if home:
            root = Path(home)
            return cls(user_data_dir(), root / "settings.ini", root / "documents")
        return cls(
            user_data_dir(),
            Path(platformdirs.user_config_dir(APP, appauthor=False)) / "settings.ini",
            Path(platformdirs.user_documents_dir()),
        )
