"""Model packs as the app uses them: the built-ins, district packs kept in the case file, the
team's choice, and checking a pack file."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from btam_desktop.domain.case import Case
from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.pack import Pack
from btam_desktop.packs.builtin import DEFAULT_PACK, builtin_packs, district_from_sources
from btam_desktop.packs.loader import (
    MAX_BYTES,
    PackError,
    extends_of,
    load,
    missing_labels,
    parse,
)
from btam_desktop.services.contracts.packs import (
    PackInfo as PackInfo,
)
from btam_desktop.services.session import Session
from btam_desktop.storage import pack_repo, team_repo
from btam_desktop.storage.db import Connection

__all__ = [
    "PackError",
    "PackInfo",
    "available",
    "builtin_infos",
    "case_pack",
    "check_file",
    "team_pack",
]


def builtin_infos() -> list[PackInfo]:
    return [PackInfo.of(p) for p in builtin_packs().values()]


def check_file(path: Path) -> PackInfo:
    """Validate a pack file (a district pack may extend a built-in); PackError says where.
    Words a family's paper prints without a Spanish label are warnings, not problems."""
    pack = load(path, builtin_packs())
    return replace(PackInfo.of(pack), warnings=tuple(missing_labels(pack)))


def available(conn: Connection) -> dict[str, Pack]:
    """Built-in packs and this case file's district packs (a broken one is left out)."""
    builtins = builtin_packs()
    district, _ = district_from_sources(pack_repo.sources(conn), builtins)
    return {**builtins, **district}


def case_pack(conn: Connection, case: Case) -> Pack:
    """The model a case is assessed under (the team's when the case's is not available on
    this computer any more, e.g. a district pack that was removed)."""
    return available(conn).get(case.pack_id) or team_pack(conn)


def team_pack(conn: Connection) -> Pack:
    """The pack the team chose (the default pack if it is not available any more)."""
    packs = available(conn)
    return packs.get(team_repo.get_team(conn).pack_id) or packs[DEFAULT_PACK]


def pack_infos(session: Session) -> list[PackInfo]:
    builtins = builtin_packs()
    return [
        PackInfo.of(p, district=p.id not in builtins) for p in available(session.ocf.conn).values()
    ]


def import_district_pack(session: Session, file_name: str, text: str) -> tuple[PackInfo, ChangeSet]:
    """Keep a district pack in the case file (so every member has it), after checking it."""
    session.require_lead("add a district pack")
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise ValidationError(f"{file_name} is larger than 1 MB; a pack is a few kilobytes.")
    builtins = builtin_packs()
    extends = extends_of(text)
    pack = parse(text, file_name, builtins.get(extends) if extends else None)
    if pack.id in builtins:
        raise ValidationError(f"{file_name}: the id '{pack.id}' belongs to a built-in pack.")
    with session.ocf.transaction(intent="packs.import") as tx:
        pack_repo.save(tx, pack.id, file_name, text, session.member_id)
        session.ocf.audit.append(
            session.member_id,
            "pack.imported",
            entity="pack",
            entity_id=pack.id,
            detail={"version": pack.version},
        )
    return PackInfo.of(pack, district=True), ChangeSet(team=True)
