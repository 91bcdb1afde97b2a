"""Where the app keeps its own files. Student data never goes here: only the case files do."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP = "BTAM Desktop"


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
            return cls(root / "data", root / "settings.ini", root / "documents")
        return cls(
            Path(platformdirs.user_data_dir(APP, appauthor=False, roaming=False)),
            Path(platformdirs.user_config_dir(APP, appauthor=False)) / "settings.ini",
            Path(platformdirs.user_documents_dir()),
        )
