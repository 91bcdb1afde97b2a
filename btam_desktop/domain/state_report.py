"""A state's yearly threat-assessment data collection as pack data: which of the app's
figures answers each of the state's questions.

A pack's `[state_report]` names the collection, the year of the form it follows and one row per
state field: the state's column name, its question in the pack's own words, and a figure key of
the closed vocabulary below (`figure_keys`). Each key reads one entry of a published table
(`domain/statistics`): a cell or a table's total, *after* suppression. The export therefore
shows nothing the Statistics screen does not: a count under the pack's minimum, or one
suppressed so a total cannot give it away, is "suppressed" here too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from btam_desktop.domain.evaluation import (
    DISCIPLINE_NAMES,
    GROUP_NAMES,
    LAW_ENFORCEMENT_NAMES,
    SERVICE_NAMES,
    SEX_NAMES,
)
from btam_desktop.domain.referral import CHANNEL_NAMES
from btam_desktop.domain.statistics import (
    CHANGE_NAMES,
    HARM_ROWS,
    LEARNER,
    NO_LEVEL,
    NOT_ASSESSED,
    OUTCOME_NAMES,
    WITH_PLAN,
    Figure,
    PublishedTable,
)

#: What a suppressed value reads in the export (never a number, never blank).
SUPPRESSED = "suppressed"
#: The header block's line that says what the file holds.
AGGREGATE_NOTE = "Aggregate counts, no student data"


@dataclass(frozen=True, slots=True)
class StateRow:
    """One field of the state's form: its column name, its question (the pack's words) and
    the figure key that answers it."""

    column: str
    question: str
    figure: str


@dataclass(frozen=True, slots=True)
class StateReport:
    """`[state_report]`: the collection's name, the year of its form ("2025-26"), the rows."""

    collection: str
    form_year: str
    rows: tuple[StateRow, ...]

    @property
    def title(self) -> str:
        """How the screen and the file name it: "... (form of 2025-26)"."""
        return f"{self.collection} (form of {self.form_year})"


#: Where a figure key reads its value: a table and its row (None: the table's total).
Cell = tuple[Figure, str | None]

#: What each level key may say after `first_level.` / `closing_level.` besides a level id.
NOT_ASSESSED_KEY, NO_LEVEL_KEY = "not_assessed", "no_level"
_CHANGE_KEYS = ("down", "same", "up")


def figure_keys(levels: Sequence[tuple[str, str]] = ()) -> dict[str, Cell]:
    """The closed vocabulary of figure keys, with the pack's levels as (id, label): what each
    key reads. Only figures `domain/statistics` really computes."""
    keys: dict[str, Cell] = {
        "cases_opened": (Figure.BY_MONTH, None),
        "cases_closed": (Figure.OUTCOMES, None),
        "harm_to_self": (Figure.HARM_TO_SELF, HARM_ROWS[0]),
        "iep_504": (Figure.IEP_504, WITH_PLAN),
        "english_learner": (Figure.ENGLISH_LEARNER, LEARNER),
        f"first_level.{NOT_ASSESSED_KEY}": (Figure.FIRST_LEVEL, NOT_ASSESSED),
        f"closing_level.{NO_LEVEL_KEY}": (Figure.CLOSING_LEVEL, NO_LEVEL),
    }
    for level_id, label in levels:
        keys[f"first_level.{level_id}"] = (Figure.FIRST_LEVEL, label)
        keys[f"closing_level.{level_id}"] = (Figure.CLOSING_LEVEL, label)
    groups: tuple[tuple[str, Figure, dict[str, str]], ...] = (
        ("outcome", Figure.OUTCOMES, {k.value: n for k, n in OUTCOME_NAMES.items()}),
        ("channel", Figure.BY_CHANNEL, {k.value: n for k, n in CHANNEL_NAMES.items()}),
        ("discipline", Figure.DISCIPLINE, {k.value: n for k, n in DISCIPLINE_NAMES.items()}),
        (
            "law_enforcement",
            Figure.LAW_ENFORCEMENT,
            {k.value: n for k, n in LAW_ENFORCEMENT_NAMES.items()},
        ),
        ("service", Figure.SERVICES, {k.value: n for k, n in SERVICE_NAMES.items()}),
        ("race", Figure.RACE, {k.value: n for k, n in GROUP_NAMES.items()}),
        ("sex", Figure.SEX, {k.value: n for k, n in SEX_NAMES.items()}),
        ("level_change", Figure.LEVEL_CHANGE, dict(zip(_CHANGE_KEYS, CHANGE_NAMES, strict=True))),
    )
    for prefix, figure, names in groups:
        keys.update({f"{prefix}.{value}": (figure, name) for value, name in names.items()})
    return keys


@dataclass(frozen=True, slots=True)
class StateValue:
    """One row of the export: the state's column and question, and the published count
    (None: suppressed)."""

    column: str
    question: str
    count: int | None

    @property
    def text(self) -> str:
        return SUPPRESSED if self.count is None else str(self.count)


def values(
    report: StateReport,
    tables: Sequence[PublishedTable],
    levels: Sequence[tuple[str, str]] = (),
) -> tuple[StateValue, ...]:
    """Each row's value, read from the published (already suppressed) tables. A row a table
    does not list (a level no case used that the tables leave out) counts 0."""
    keys = figure_keys(levels)
    by_figure = {t.figure: t for t in tables}
    out = []
    for row in report.rows:
        figure, label = keys[row.figure]
        table = by_figure[figure]
        count: int | None
        if label is None:
            count = table.values.total
        elif label in table.rows:
            count = table.values.cells[table.rows.index(label)][0]
        else:
            count = 0
        out.append(StateValue(row.column, row.question, count))
    return tuple(out)
