"""Model packs as the app uses them: the built-ins, and checking a (district) pack file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from btam_desktop.domain.pack import Pack
from btam_desktop.packs.builtin import builtin_packs
from btam_desktop.packs.loader import PackError, load

__all__ = ["PackError", "PackInfo", "builtin_infos", "check_file"]


@dataclass(frozen=True, slots=True)
class PackInfo:
    id: str
    name: str
    version: str
    provenance: str
    levels: int
    checklist: int
    questions: int

    @classmethod
    def of(cls, pack: Pack) -> PackInfo:
        return cls(
            pack.id,
            pack.name,
            pack.version,
            pack.provenance,
            len(pack.levels),
            len(pack.checklist),
            len(pack.questions()),
        )


def builtin_infos() -> list[PackInfo]:
    return [PackInfo.of(p) for p in builtin_packs().values()]


def check_file(path: Path) -> PackInfo:
    """Validate a pack file (a district pack may extend a built-in); PackError says where."""
    return PackInfo.of(load(path, builtin_packs()))
