"""The built-in packs shipped in `resources/packs/`, and district packs from a folder."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from btam_desktop.domain.pack import Pack
from btam_desktop.packs.loader import PackError, extends_of, load, parse
from btam_desktop.resources import resource_dir

DEFAULT_PACK = "ntac"


def builtin_dir() -> Path:
    return resource_dir() / "packs"


@cache
def _builtins() -> tuple[Pack, ...]:
    """Read once per process: the shipped files do not change while the app runs, and every
    case page, checklist and assessment asks for the team's pack."""
    return tuple(load(path) for path in sorted(builtin_dir().glob("*.toml")))


def builtin_packs() -> dict[str, Pack]:
    """Every built-in pack by id. A broken built-in is a bug in this release: it raises."""
    return {pack.id: pack for pack in _builtins()}


@dataclass(frozen=True, slots=True)
class Skipped:
    file: str
    reason: str


def district_from_sources(
    sources: list[tuple[str, str]], builtins: dict[str, Pack]
) -> tuple[dict[str, Pack], list[Skipped]]:
    """District packs from stored TOML text; a bad one is skipped with its reason."""
    found: dict[str, Pack] = {}
    skipped: list[Skipped] = []
    for name, text in sources:
        extends = extends_of(text)
        try:
            pack = parse(text, name, builtins.get(extends) if extends else None)
        except PackError as error:
            skipped.append(Skipped(name, str(error)))
            continue
        if pack.id in builtins or pack.id in found:
            skipped.append(Skipped(name, f"its id '{pack.id}' is already taken"))
            continue
        found[pack.id] = pack
    return found, skipped


def district_packs(
    folder: Path, builtins: dict[str, Pack]
) -> tuple[dict[str, Pack], list[Skipped]]:
    """District packs from a folder. A bad one is skipped with its reason; the app keeps working."""
    found: dict[str, Pack] = {}
    skipped: list[Skipped] = []
    if not folder.is_dir():
        return found, skipped
    for path in sorted(folder.glob("*.toml")):
        try:
            pack = load(path, builtins)
        except PackError as error:
            skipped.append(Skipped(path.name, str(error)))
            continue
        if pack.id in builtins or pack.id in found:
            skipped.append(Skipped(path.name, f"its id '{pack.id}' is already taken"))
            continue
        found[pack.id] = pack
    return found, skipped
