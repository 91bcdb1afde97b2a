"""`[state_report]` of a pack: which of the app's figures answers each field of a state's yearly
threat-assessment data collection (`domain/state_report.py`).

    [state_report]
    collection = "Virginia-style annual school safety survey: threat assessment"
    form_year = "2025-26"
    [[state_report.rows]]
    column = "TA_TOTAL"
    question = "Threat assessment cases opened this school year"
    figure = "cases_opened"

`figure` is one of a closed vocabulary (`figure_keys`); `first_level.<id>` and
`closing_level.<id>` name one of the pack's levels, checked once an extending pack is merged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.pack import Pack
from btam_desktop.domain.state_report import (
    NO_LEVEL_KEY,
    NOT_ASSESSED_KEY,
    StateReport,
    StateRow,
    figure_keys,
)
from btam_desktop.domain.statistics import parse_year
from btam_desktop.packs.locate import Path as FieldPath

if TYPE_CHECKING:
    from btam_desktop.packs.loader import _Reader

FIELDS = ("collection", "form_year", "rows")
ROW_FIELDS = ("column", "question", "figure")
#: A column name or question is one cell of a spreadsheet and one line on screen.
TEXT_MAX = 300
#: The keys that name one of the pack's levels after the dot.
LEVEL_PREFIXES = ("first_level", "closing_level")


def _known(key: str) -> bool:
    prefix, dot, rest = key.partition(".")
    return key in figure_keys() or (bool(dot and rest) and prefix in LEVEL_PREFIXES)


def state_report(r: _Reader, data: dict[str, Any]) -> StateReport | None:
    """The mapping, or None when the pack names none (every problem goes to `r`)."""
    if "state_report" not in data:
        return None
    table = r.get(data, ("state_report",), dict, default={})
    for key in table:
        if key not in FIELDS:
            r.problem(("state_report", key), f"is not one of {', '.join(FIELDS)}")
    collection = r.get(table, ("state_report", "collection"), str, default="").strip()
    form_year = r.get(table, ("state_report", "form_year"), str, default="").strip()
    if form_year:
        try:
            parse_year(form_year)
        except ValidationError:
            r.problem(("state_report", "form_year"), f"'{form_year}' is not a year like 2025-26")
    rows: list[StateRow] = []
    for i, item in enumerate(r.items(table, ("state_report", "rows"))):
        here: FieldPath = ("state_report", "rows", i)
        for key in item:
            if key not in ROW_FIELDS:
                r.problem((*here, key), f"is not one of {', '.join(ROW_FIELDS)}")
        column = r.get(item, (*here, "column"), str, default="").strip()
        question = r.get(item, (*here, "question"), str, default="").strip()
        figure = r.get(item, (*here, "figure"), str, default="").strip()
        for key, value in (("column", column), ("question", question)):
            if len(value) > TEXT_MAX:
                r.problem((*here, key), f"is {len(value)} characters; at most {TEXT_MAX}")
        if figure and not _known(figure):
            r.problem(
                (*here, "figure"),
                f"'{figure}' is not a figure the app computes (see the guide's list)",
            )
        rows.append(StateRow(column, question, figure))
    if "rows" in table and not rows:
        r.problem(("state_report", "rows"), "needs at least one row")
    r.unique(
        [
            (row.column, ("state_report", "rows", i, "column"))
            for i, row in enumerate(rows)
            if row.column
        ],
        "column",
    )
    return StateReport(collection, form_year, tuple(rows))


def check_levels(r: _Reader, pack: Pack) -> None:
    """A level a row names is one of the (merged) pack's levels: a misspelt one would count
    nothing, silently, on a form sent to the state."""
    if pack.state_report is None:
        return
    ids = [lv.id for lv in pack.levels]
    keys = figure_keys([(lv.id, lv.label) for lv in pack.levels])
    for i, row in enumerate(pack.state_report.rows):
        prefix, _, level = row.figure.partition(".")
        if prefix in LEVEL_PREFIXES and row.figure not in keys:
            r.problem(
                ("state_report", "rows", i, "figure"),
                f"'{level}' is not one of the levels ({', '.join(ids)}) nor "
                f"{NOT_ASSESSED_KEY if prefix == 'first_level' else NO_LEVEL_KEY}",
            )
