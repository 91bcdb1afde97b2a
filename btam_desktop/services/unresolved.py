"""Open conflicts on paper: a field two people changed at the same time on their own laptops
prints every version under "Unresolved: two versions (Lucía / Marcus)", never the one the
merge engine happens to show in the row. A printed summary is read as the team's record; a
silent pick would put one person's words on it as if the team had chosen them.

Texts are replaced where they print (`Unresolved.text`); every open conflict of the case, of
any field, is also listed once near the top of the page (`Unresolved.lines`), so a changed
flag or a deleted-and-edited record cannot pass unseen either. A plan published twice from
one version (a fork) prints both plans (`Unresolved.heads`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from btam_desktop.domain import hlc
from btam_desktop.domain.local_time import moment_text
from btam_desktop.services.session import Session
from btam_desktop.storage import sync_merge

_COUNTS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}

#: How a page names a field that is not printed where it stands (the list near the top).
FIELD_WORDS = {
    ("cases", "status"): "Stage",
    ("cases", "level_of_concern"): "Level of concern",
    ("cases", "urgent"): "Urgent (imminent danger)",
    ("cases", "summary"): "Case summary",
    ("cases", "closure_reason"): "Reason for closing",
    ("referrals", "narrative"): "What happened (a report)",
    ("referrals", "verbatim"): "Words as reported (a report)",
    ("referrals", "weapon"): "Weapon mentioned (a report)",
    ("referrals", "imminent"): "Imminent danger (a report)",
    ("referrals", "emergency_actions"): "Emergency steps taken (a report)",
    ("referrals", "prior_concerns"): "Earlier concerns (a report)",
    ("screenings", "reason"): "Screening reason",
    ("screenings", "decision"): "Screening decision",
    ("inquiry_items", "findings"): "Inquiry findings",
    ("inquiry_items", "sources"): "Inquiry sources",
    ("interviews", "notes"): "Interview notes",
    ("persons", "notes"): "Notes on a person",
    ("checkins", "observations"): "Check-in observations",
    ("reviews", "progress"): "Review progress",
    ("reviews", "decision"): "Review decision",
    ("closures", "summary"): "Closing summary",
    ("plans", sync_merge.HEAD): "The plan",
    ("assessments", sync_merge.HEAD): "The assessment",
}
_RECORD_WORDS = {
    "referrals": "a report",
    "persons": "a person",
    "checkins": "a check-in",
    "interviews": "an interview",
    "inquiry_items": "an inquiry item",
    "reviews": "a review",
    "notifications": "a notification",
    "evidence": "an attachment",
}


def count_words(count: int) -> str:
    return _COUNTS.get(count, str(count))


def stamp_moment(stamp: str) -> str:
    """A clock stamp as the page's local "YYYY-MM-DD HH:MM"."""
    ms = hlc.Hlc.parse(stamp).ms
    return moment_text(datetime.fromtimestamp(ms / 1000, UTC))


@dataclass(frozen=True, slots=True)
class Side:
    """One live version: who wrote it, when (local), and its value as stored."""

    who: str
    when: str
    value: Any


@dataclass(frozen=True, slots=True)
class OpenOnPaper:
    table: str
    row_id: str
    field: str
    kind: str
    sides: tuple[Side, ...]

    def heading(self) -> str:
        who = " / ".join(side.who for side in self.sides)
        return f"Unresolved: {count_words(len(self.sides))} versions ({who})"


class Unresolved:
    """The open conflicts of one case, as a page prints them."""

    def __init__(self, found: Sequence[OpenOnPaper]) -> None:
        self.found = tuple(found)
        self._by_key = {(o.table, o.row_id, o.field): o for o in self.found}

    def __bool__(self) -> bool:
        return bool(self.found)

    def text(
        self,
        table: str,
        row_id: str,
        field: str,
        shown: str,
        word: Callable[[Any], str] = str,
    ) -> str:
        """The field as printed: `shown` when it has one version, else every version."""
        found = self._by_key.get((table, row_id, field))
        if found is None or found.kind != "value":
            return shown
        lines = [found.heading()]
        lines += [f"{side.who} ({side.when}): {word(side.value)}" for side in found.sides]
        return "\n".join(lines)

    def heads(self, table: str, case_id: str) -> list[str]:
        """The row ids of the versions of a forked plan or assessment (empty when not forked),
        the one the screen shows first."""
        found = self.fork(table, case_id)
        return [] if found is None else [str(side.value) for side in found.sides]

    def fork(self, table: str, case_id: str) -> OpenOnPaper | None:
        found = self._by_key.get((table, case_id, sync_merge.HEAD))
        return found if found is not None and found.kind == "fork" else None

    def lines(self, word: Callable[[str, str, Any], str]) -> tuple[str, ...]:
        """One line per open conflict, for the list near the top of a page; `word(table,
        field, value)` says a stored value as the page would."""
        out = []
        for o in self.found:
            if o.kind == "edit_delete":
                thing = _RECORD_WORDS.get(o.table, "a record")
                who = " / ".join(side.who for side in o.sides) or "two laptops"
                out.append(
                    f"Unresolved: {thing} was deleted on one laptop and changed on another "
                    f"({who}); nothing is gone until the team decides."
                )
                continue
            label = FIELD_WORDS.get((o.table, o.field), o.field.replace("_", " ").capitalize())
            if o.kind == "fork":
                out.append(f"{label} — {o.heading()}: both versions are printed below.")
                continue
            values = "; ".join(f"{s.who}: {word(o.table, o.field, s.value)}" for s in o.sides)
            out.append(f"{label} — {o.heading()}: {values}")
        return tuple(out)


def of_case(session: Session, case_id: str, names: Mapping[str, str]) -> Unresolved:
    """Every open conflict of the case with its live versions (number collisions aside:
    they are about two cases, and each prints with its own record)."""
    conn = session.ocf.conn
    found = []
    for conflict in sync_merge.conflicts(conn, case_id):
        if conflict.kind == "number_collision":
            continue
        versions = sync_merge.live(conn, conflict.table, conflict.row_id, conflict.field)
        if conflict.kind == "edit_delete":
            versions = sync_merge.live_of_row(conn, conflict.table, conflict.row_id)
        sides = tuple(
            Side(names.get(v.member_id or "", "a former member"), stamp_moment(v.hlc), v.value)
            for v in versions
        )
        if conflict.kind == "edit_delete":  # who deleted and who edited, once each
            sides = tuple({side.who: side for side in reversed(sides)}.values())
        found.append(
            OpenOnPaper(conflict.table, conflict.row_id, conflict.field, conflict.kind, sides)
        )
    return Unresolved(found)
