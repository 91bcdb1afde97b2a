"""Program statistics as they cross to the window and the command line: published tables only
(every small count already suppressed), never a case, a name or free text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from btam_desktop.domain.evaluation import Enrollment
from btam_desktop.domain.statistics import Median, PublishedTable

#: What the figures cannot count yet (nothing since the program-evaluation fields, issue 21).
NOT_COUNTED_YET: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class YearStatistics:
    """The figures of one period: a school year (`year`, e.g. 2026 for 2026-27) or any dates
    (`year` None)."""

    year: int | None
    label: str
    start: date
    end: date
    #: Counts from 1 to `minimum - 1` are shown as "<minimum" (and more, where a total would
    #: give one away).
    minimum: int
    #: How many cases were opened in the period, and closed in it (None: under the minimum).
    opened: int | None
    closed: int | None
    tables: tuple[PublishedTable, ...]
    medians: tuple[Median, ...]
    #: School years with at least one case opened, newest first: what the year chooser offers.
    years: tuple[int, ...]
    not_counted: tuple[str, ...] = NOT_COUNTED_YET
    #: The school year's enrollment as typed in (None: not typed in, or a period that is not
    #: within one school year): the group figures set their shares beside it.
    enrollment: Enrollment | None = None
    #: The state collection the team's model maps (`[state_report]`), as "name (form of
    #: 2025-26)"; "" when it maps none: the screen offers the export only with one.
    state_report: str = ""
    #: The models' words in other languages (`merged_labels`, the team's model first): the
    #: window shows the levels, factors and plan domains of the rows in its language.
    labels: dict[str, dict[str, str]] = field(default_factory=dict)
