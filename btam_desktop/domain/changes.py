"""What a service call changed, so screens refresh only that (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ChangeSet:
    cases: frozenset[str] = frozenset()
    persons: frozenset[str] = frozenset()
    members: frozenset[str] = frozenset()
    team: bool = False
    #: Roster details or training records (not key slots: those are `members`).
    roster: bool = False
    meetings: frozenset[str] = frozenset()
    #: Action items (My tasks) changed outside any case.
    tasks: bool = False
    #: The whole file changed under the caller (restore, key rotation): reload everything.
    everything: bool = False
    #: What the person should be told about the save (e.g. "Marcus changed this while you were
    #: editing — both versions kept").
    notices: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (
            self.cases
            or self.persons
            or self.members
            or self.team
            or self.roster
            or self.meetings
            or self.tasks
            or self.everything
        )

    def merge(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(
            cases=self.cases | other.cases,
            persons=self.persons | other.persons,
            members=self.members | other.members,
            team=self.team or other.team,
            roster=self.roster or other.roster,
            meetings=self.meetings | other.meetings,
            tasks=self.tasks or other.tasks,
            everything=self.everything or other.everything,
            notices=self.notices + other.notices,
        )


NO_CHANGES = ChangeSet()
