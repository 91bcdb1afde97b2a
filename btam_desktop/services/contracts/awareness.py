"""All-staff awareness training as the window and the CLI see it."""

from __future__ import annotations

from dataclasses import dataclass

from btam_desktop.domain.awareness import AwarenessSession, Coverage, StaffMember


@dataclass(frozen=True, slots=True)
class AwarenessOverview:
    staff: tuple[StaffMember, ...]  # everyone on the list, those who left too; alphabetical
    sessions: tuple[AwarenessSession, ...]  # every session, newest first
    coverage: Coverage  # of the school year asked for (this one by default)


@dataclass(frozen=True, slots=True)
class StaffImported:
    """What an import of a staff list did."""

    added: int
    #: Names already on the list (or twice in the file): not added again.
    already: int
