"""Model packs as the window lists them."""

from __future__ import annotations

from dataclasses import dataclass, field

from btam_desktop.domain.pack import Labels, Pack


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
    #: The pack's `[labels.*]`: the window shows its name and provenance in its language.
    labels: Labels = field(default_factory=dict)

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
            labels=pack.labels,
        )
