"""Model packs as the window lists them."""

from __future__ import annotations

from dataclasses import dataclass

from btam_desktop.domain.pack import Pack


@dataclass(frozen=True, slots=True)
class PackInfo:
    id: str
    name: str
    version: str
    provenance: str
    levels: int
    checklist: int
    questions: int
    district: bool = False
    #: What `packs check` warns about without refusing the pack (missing Spanish labels).
    warnings: tuple[str, ...] = ()

    @classmethod
    def of(cls, pack: Pack, *, district: bool = False) -> PackInfo:
        return cls(
            pack.id,
            pack.name,
            pack.version,
            pack.provenance,
            len(pack.levels),
            len(pack.checklist),
            len(pack.questions()),
            district,
        )
