"""The district view: several schools' roll-up files of one school year side by side, with
the district's totals (`domain/district_sum.py`), for the district office.

Nothing here counts or hides: the view comes summed and suppressed, and this module lays it
out with the annual report's own table and chart (`annual_report.count_table`, `chart`), so a
hidden count prints as "—" and has no bar, as there. It names each file, its school, who
signed it and the signing key's fingerprint, so the district can check with each school that
the file is theirs.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from btam_desktop.domain.statistics import FIGURE_TITLES, Figure, PublishedTable
from btam_desktop.domain.suppression import Published
from btam_desktop.reports.annual_report import CHARTED, SUPPRESSED, chart, count_table
from btam_desktop.reports.page import (
    PrintOptions,
    content_width,
    gap,
    heading,
    render,
    styles,
    table,
    title_block,
)
from btam_desktop.reports.snapshots import DistrictSnapshot
from btam_desktop.reports.text import para

TITLE = "District view, aggregate, no student data"
DISTRICT = "District total"
#: Schools side by side in one table (more: the figure continues in another table).
SCHOOLS_PER_TABLE = 4
#: A chart's height per bar, and for its axis.
BAR_ROOM, AXIS_ROOM, MONTHS_HEIGHT = 15.0, 30.0, 130.0


def build(snapshot: DistrictSnapshot, options: PrintOptions | None = None) -> bytes:
    options = options or PrintOptions()
    s = styles()
    w = content_width(options)
    view = snapshot.view
    count = len(snapshot.sources)
    subtitle = f"School year {view.year}: {count} school{'s' if count != 1 else ''}"
    story: list[Flowable] = title_block(snapshot.info, subtitle, width=w, title=TITLE)
    story.append(
        Paragraph(
            "Aggregate figures — no student is identified. Each school's counts come from the "
            "roll-up file its team lead signed; no case, name or text is in any of them.",
            s.banner,
        )
    )
    story.append(heading("The files added up"))
    story.append(
        table(
            ["School", "File", "Signed by", "Signing key", "Made", "Model (minimum)"],
            [
                [
                    src.school + (f" ({src.district})" if src.district else ""),
                    src.file_name,
                    src.signer,
                    src.fingerprint,
                    src.created_at,
                    f"{src.pack} ({src.minimum})",
                ]
                for src in snapshot.sources
            ],
            [0.17 * w, 0.17 * w, 0.13 * w, 0.25 * w, 0.13 * w, 0.15 * w],
        )
    )
    story.append(gap(3))
    if snapshot.keys_checked:
        checked = (
            "Every file's signature was checked against its contents, and its signing key "
            "against the fingerprint given for its school, before anything was added."
        )
    else:
        checked = (
            "Every file's signature was checked against its contents before anything was "
            "added. Ask each school to read you its signing key's fingerprint (the lead sees it "
            "when the file is saved) and compare it with the one above."
        )
    story.append(para(checked, s.small))
    story.append(heading("How to read this view"))
    story.append(
        para(
            "Each school's column shows its counts as the school published them, with its own "
            f"model's minimum: {SUPPRESSED} is a count the school hid (fewer than its minimum, "
            "or hidden so that a total cannot reveal one). The district total of a row is "
            f"shown only where every school shows its count; where any school hid its count "
            f"the district total is {SUPPRESSED} too, so no hidden count can be worked back "
            "from the totals. The district's own rule then hides any district total from 1 to "
            f"{view.minimum - 1}. A row one school does not have counts 0 there; a figure a "
            "school's file does not have at all is left out for that school, and said so. "
            "Shares, ratios and median days are not in the roll-up files: they do not add up "
            "across schools.",
            s.body,
        )
    )
    for number, grid in enumerate(view.tables, 1):
        story.append(gap(4))
        story += _figure(number, grid, w, view.absent_from(grid.figure))
    return render(replace(snapshot.info, title=f"{TITLE} {view.year}"), story, options)


def _figure(
    number: int, grid: PublishedTable, width: float, absent: tuple[str, ...] = ()
) -> list[Flowable]:
    """One figure: its table of schools (in groups), and for the charted figures a chart of
    the district totals; the schools whose files lack the figure named, not counted."""
    s = styles()
    # The app's own title of the figure, not the file's text: a file is another school's.
    head: list[Flowable] = [heading(f"{number}. {FIGURE_TITLES[grid.figure]}")]
    if absent:
        head.append(
            para(
                f"Not in the file of {', '.join(absent)} (made by another version of the app): "
                "not counted here, and not in the district totals.",
                s.small,
            )
        )
    if not grid.rows:
        return [KeepTogether([*head, para("None in this school year.", s.body)])]
    parts: list[Flowable] = []
    schools = len(grid.columns)
    for first in range(0, schools, SCHOOLS_PER_TABLE):
        part = _schools(grid, range(first, min(first + SCHOOLS_PER_TABLE, schools)))
        parts += [count_table(part, width, total_column=DISTRICT), gap(3)]
    extra: list[Flowable] = []
    if grid.figure in CHARTED:
        totals = PublishedTable(
            grid.figure,
            grid.title,
            grid.rows,
            (DISTRICT,),
            Published(
                tuple((v,) for v in grid.values.row_totals),
                grid.values.row_totals,
                (grid.values.total,),
                grid.values.total,
            ),
        )
        # Months stand up side by side: a fixed height; other bars lie down, one line each.
        upright = grid.figure is Figure.BY_MONTH
        room = gap(MONTHS_HEIGHT if upright else BAR_ROOM * len(grid.rows) + AXIS_ROOM)
        extra = [para("District totals:", s.small), gap(2), chart(totals, width * 0.75, room)]
    # One figure on one page where it fits (KeepTogether splits it where it does not).
    return [KeepTogether([*head, *parts, *extra])]


def _schools(grid: PublishedTable, which: range) -> PublishedTable:
    """The table with only the schools `which`, the district's totals kept."""
    v = grid.values
    return replace(
        grid,
        columns=tuple(grid.columns[j] for j in which),
        values=Published(
            tuple(tuple(row[j] for j in which) for row in v.cells),
            v.row_totals,
            tuple(v.column_totals[j] for j in which),
            v.total,
        ),
    )
