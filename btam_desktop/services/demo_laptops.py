"""The demo team on several laptops, for a trainer: the lead's demo file, a sync folder beside
it, and the own copies of other members made from it with `join` (as a new laptop would),
with a conflict already waiting: two members rewrote one case summary before syncing.

    maple.btam                the lead's copy (Dana), made by `demo.build_demo`
    maple-sync/               the sync folder the copies exchange their changes through
    maple-laptop2.btam        Marcus Feldspar's own copy
    maple-laptop3.btam        Lucía Ferreira-Boyd's own copy

Every member of the demo team has the demo's passphrase, so each copy opens with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from btam_desktop.services import cases, session as sessions, sync_folder, sync_settings
from btam_desktop.services.demo_data import TEAM
from btam_desktop.services.session import Session

#: Members who get a laptop of their own, in order (the lead's is the demo file itself).
LAPTOP_MEMBERS = tuple(name for name, _ in TEAM[1:])
#: The case whose summary two members rewrite at once (the demo's showcase case).
SHOWCASE_STUDENT = "Kenzie Varga-Holloway"
#: What each of the first two other members adds to that summary, before syncing.
_REWRITES = (
    "Marcus: Kenzie skipped lunch again; the target avoided the cafeteria.",
    "Lucía: Kenzie ate lunch with the coach and was calmer afterwards.",
)


@dataclass(frozen=True, slots=True)
class DemoLaptops:
    folder: Path
    copies: tuple[tuple[Path, str], ...]  # (copy, member)
    conflict_case: str  # its number, or "" when only one other laptop was made


def sync_folder_of(lead_copy: Path) -> Path:
    return lead_copy.with_name(f"{lead_copy.stem}-sync")


def copy_of(lead_copy: Path, laptop: int) -> Path:
    return lead_copy.with_name(f"{lead_copy.stem}-laptop{laptop}{lead_copy.suffix}")


def make_laptops(lead: Session, passphrase: str, laptops: int) -> DemoLaptops:
    """Copies for laptops 2..`laptops` of the demo file `lead` has open (the lead's session
    stays open), each joined from a new sync folder beside it; with two or more, the first
    two members' rewrites of the showcase summary wait as a conflict on every copy."""
    here = lead.ocf.folder.absolute()  # a sync folder is chosen by its full path
    folder = sync_folder_of(here)
    folder.mkdir()
    sync_settings.set_folder(lead, folder)  # each copy syncs there as soon as it is unlocked
    sync_folder.sync_with(lead, folder)
    opened: list[Session] = []
    try:
        for laptop, member in zip(range(2, laptops + 1), LAPTOP_MEMBERS, strict=False):
            joined, _ = sync_folder.join(folder, copy_of(here, laptop), member, passphrase)
            opened.append(joined)
            sync_settings.set_folder(joined, folder)
        number = _rewrite_at_once(lead, opened, folder) if len(opened) >= 2 else ""
    finally:
        for s in opened:
            sessions.lock(s)
    copies = tuple(
        (copy_of(here, n), member)
        for n, member in zip(range(2, laptops + 1), LAPTOP_MEMBERS, strict=False)
    )
    return DemoLaptops(folder=folder, copies=copies, conflict_case=number)


def _rewrite_at_once(lead: Session, copies: list[Session], folder: Path) -> str:
    """The first two copies rewrite the showcase summary before either syncs; then every copy
    syncs twice, so each holds both versions and the conflict. Returns the case's number."""
    showcase = next(
        (c for c in cases.list_cases(lead) if c.student == SHOWCASE_STUDENT),
        cases.list_cases(lead)[0],
    )
    base = cases.get_case(lead, showcase.id).case.summary
    for s, words in zip(copies, _REWRITES, strict=False):
        cases.update_case(s, showcase.id, cases.CaseEdit(summary=f"{base} {words}"))
    for _ in range(2):
        for s in (*copies, lead):
            sync_folder.sync_with(s, folder)
    return showcase.number
