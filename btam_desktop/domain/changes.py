"""What a service call changed, so screens refresh only that (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ChangeSet:
    cases: frozenset[str] = frozenset()
    persons: frozenset[str] = frozenset()
    members: frozenset[str] = frozenset()
    team: bool = False
    #: The whole file changed under the caller (restore, key rotation): reload everything.
    everything: bool = False

    @property
    def empty(self) -> bool:
        return not (self.cases or self.persons or self.members or self.team or self.everything)

    def merge(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(
            cases=self.cases | other.cases,
            persons=self.persons | other.persons,
            members=self.members | other.members,
            team=self.team or other.team,
            everything=self.everything or other.everything,
        )


NO_CHANGES = ChangeSet()
