"""The annual report for the school board or the district: the program's figures of one
school year, the same published tables as the Statistics screen (`stats.year`), each as a
table and, for the counts a board asks about first, as a bar chart.

Nothing here counts: the snapshot holds the figures already suppressed, and this module only
lays them out. A suppressed count prints as "—" in a table and is not drawn in a chart (its
bar is labelled "—"), so no bar length hints at it. The charts are one shade of gray with
each bar's count written at its end: readable in grayscale and on a photocopy, never told by
color alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.graphics.charts.barcharts import BarChart, HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.textlabels import NA_Label
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from btam_desktop.domain.local_time import MONTH_NAMES
from btam_desktop.domain.statistics import Figure, Median, PublishedTable, derived_text
from btam_desktop.reports import fonts
from btam_desktop.reports.page import (
    RULE,
    SHADE,
    PrintOptions,
    content_width,
    facts,
    gap,
    heading,
    render,
    styles,
    title_block,
)
from btam_desktop.reports.snapshots import AnnualReportSnapshot
from btam_desktop.reports.text import para

#: A suppressed count, in a table and on a chart.
SUPPRESSED = "—"
#: The figures drawn as charts too (the rest are tables): what a board asks about first.
CHARTED = (Figure.BY_MONTH, Figure.BY_CHANNEL, Figure.FIRST_LEVEL, Figure.CLOSING_LEVEL)
#: What a figure of no rows says, where "None in this school year." would not be true.
EMPTY = {
    Figure.FACTOR_INTERVENTIONS: "No risk factor was named in enough cases to be printed, so "
    "none is followed here.",
}
#: The bars' one shade: dark enough to read on a photocopy, light enough for black labels
#: beside it.
BAR = colors.Color(0.38, 0.38, 0.38)
LABEL_SIZE = 8.5
#: Width of a count column in the tables (wider when its heading's longest word needs it).
COUNT_COLUMN = 52.0
#: Under a figure that sets groups beside enrollment.
RATIO_NOTE = (
    "Share of cases: among the cases with the group recorded. Ratio: the share of cases divided "
    "by the share of enrollment (1.00: as many of the cases as of the students; above 1, more). "
    f"{SUPPRESSED} where the count is hidden or the school's enrollment of the group is not known."
)
#: Between a table and the chart beside it.
SIDE_GAP = 14.0


def _day(day: date) -> str:
    return f"{MONTH_NAMES[day.month - 1]} {day.day}, {day.year}"


def shown(value: int | None) -> str:
    return SUPPRESSED if value is None else str(value)


def suppression_note(minimum: int) -> str:
    return (
        f"{SUPPRESSED} fewer than {minimum}. A count from 1 to {minimum - 1} is never printed, "
        "so that no student can be picked out, and a few more counts are left out wherever a "
        "total would let someone work a hidden one back. Zeros are printed. A hidden count "
        "has no bar in the charts. With few cases in a year most counts are hidden: that is "
        "the rule at work, not missing data."
    )


def build(snapshot: AnnualReportSnapshot, options: PrintOptions | None = None) -> bytes:
    options = options or PrintOptions()
    s = styles()
    w = content_width(options)
    snap = snapshot
    where = " · ".join(x for x in (snap.school, snap.district) if x)
    subtitle = f"School year {snap.label}: {_day(snap.start)} to {_day(snap.end)}"
    story: list[Flowable] = title_block(
        snap.info, subtitle + (f"\n{where}" if where else ""), width=w
    )
    story.append(
        Paragraph(
            "Aggregate figures — no student is identified. This report counts cases: it names "
            "no student, family or member of staff and quotes nothing from any case.",
            s.banner,
        )
    )
    story.append(heading("The year in brief"))
    medians = {m.figure: m for m in snap.medians}
    story.append(
        facts(
            [
                ("Cases opened", shown(snap.opened)),
                ("Cases closed", shown(snap.closed)),
                (
                    "Days from a report to screening",
                    _median_text(medians.get(Figure.DAYS_TO_SCREENING), snap.minimum),
                ),
                (
                    "Days from a report to the first assessment",
                    _median_text(medians.get(Figure.DAYS_TO_ASSESSMENT), snap.minimum),
                ),
                *([("Threat assessment model", snap.model)] if snap.model else []),
            ],
            w,
        )
    )
    story.append(heading("How to read this report"))
    story += [
        para(
            f"The school year runs from {_day(snap.start)} to {_day(snap.end)}. Cases opened "
            "in it are counted by month, by how the first report came in, by level of concern "
            "at the first assessment, by the interventions in their latest plan and by how "
            "quickly the team answered, by the student's group beside the school's enrollment and "
            "by outcome (discipline, law enforcement, services, harm to self). Cases closed in "
            "it, whenever they were opened, are counted by how they closed and by level of "
            "concern at closure. The last figures are for planning prevention across the "
            "school: the risk and protective factors named in the latest assessment of each "
            "case opened (a case counts once under each factor it names, so a total counts it "
            "as often), and, for the risk factors named most, the cases whose plan works on "
            "them, by plan domain.",
            s.body,
        ),
        # Our own words: the key's dash in bold, like the counts it stands for.
        Paragraph(
            suppression_note(snap.minimum).replace(SUPPRESSED, f"<b>{SUPPRESSED}</b>", 1), s.body
        ),
        para(
            "These are the figures the Statistics screen of BTAM Desktop shows for "
            f"{snap.label}, as they stood when this copy was printed.",
            s.body,
        ),
    ]
    if snap.not_counted:
        story.append(
            para(
                f"Not counted yet: {', '.join(snap.not_counted)}. The team does not record "
                "these yet, so this report cannot show whether any group of students is "
                "over-represented.",
                s.body,
            )
        )
    for number, table in enumerate(snap.tables, 1):
        story.append(gap(4))
        story.append(_figure(number, table, medians.get(table.figure), snap.minimum, w))
    return render(snap.info, story, options)


def _median_text(median: Median | None, minimum: int) -> str:
    if median is None:
        return "—"
    if median.days is None:
        return f"Median not shown: fewer than {minimum} cases"
    days = "1 day" if median.days == 1 else f"{median.days:g} days"
    return f"Median {days} ({median.count} cases)"


def _figure(
    number: int, table: PublishedTable, median: Median | None, minimum: int, width: float
) -> Flowable:
    """One figure kept on one page: its heading, its chart, its table and what they hide."""
    s = styles()
    parts: list[Flowable] = [heading(f"{number}. {table.title}")]
    if not table.rows:  # no intervention in any plan: a table of nothing but a total
        return KeepTogether(
            [*parts, para(EMPTY.get(table.figure, "None in this school year."), s.body)]
        )
    grid = count_table(table, width)
    if table.figure in CHARTED and len(table.columns) == 1:
        # The table at the left, its chart beside it: a figure takes a third of a page.
        table_width = grid.wrap(width, 1000)[0]
        chart_width = width - table_width - SIDE_GAP
        pair = Table(
            [[grid, chart(table, chart_width, grid)]],
            colWidths=[table_width + SIDE_GAP, chart_width],
            hAlign="LEFT",
        )
        pair.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        parts.append(pair)
    else:
        parts.append(grid)
    lines = []
    if median is not None:
        lines.append(_median_text(median, minimum) + ".")
    if table.values.suppressed:
        lines.append(f"{SUPPRESSED} fewer than {minimum} (or hidden so a total cannot reveal one).")
    if table.derived:
        lines.append(RATIO_NOTE)
    parts += [gap(3), *(para(line, s.small) for line in lines)]
    return KeepTogether(parts)


# -- tables --------------------------------------------------------------------------------
def count_table(table: PublishedTable, width: float, total_column: str = "") -> Flowable:
    """Rows and their counts, a Total row, and a Total column when there are several columns
    (or, named `total_column`, always)."""
    s = styles()
    v = table.values
    wide = len(table.columns) > 1 or bool(total_column)
    counted = [*table.columns, *([total_column or "Total"] if wide else [])]
    # Shares and ratios worked out from the published counts: none on the Total row.
    columns = [*counted, *(d.name for d in table.derived)]
    # Escaped: the district view's columns are schools' names, as typed.
    head = [Paragraph("", s.cell_head), *(para(c, s.cell_head) for c in columns)]
    body = [
        [
            para(label, s.cell),
            *(shown(x) for x in (*cells, *([total] if wide else []))),
            *(derived_text(d.values[i], d.kind, SUPPRESSED) for d in table.derived),
        ]
        for i, (label, cells, total) in enumerate(
            zip(table.rows, v.cells, v.row_totals, strict=True)
        )
    ]
    last = [*v.column_totals, *([v.total] if wide else [])] if wide else [v.total]
    body.append(
        [Paragraph("Total", s.cell_head), *(shown(x) for x in last), *([""] * len(table.derived))]
    )
    count_widths = [
        max(
            COUNT_COLUMN,
            *(stringWidth(word, fonts.BOLD, s.cell_head.fontSize) + 14 for word in c.split()),
        )
        for c in columns
    ]
    label_width = min(
        max(
            (stringWidth(r, fonts.REGULAR, s.cell.fontSize) for r in table.rows),
            default=0.0,
        )
        + 14,
        width - sum(count_widths),
    )
    grid = Table(
        [head, *body],
        colWidths=[max(label_width, 90.0), *count_widths],
        hAlign="LEFT",
        repeatRows=1,
    )
    grid.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("BACKGROUND", (0, -1), (-1, -1), SHADE),
                ("FONT", (1, 1), (-1, -1), fonts.REGULAR, s.cell.fontSize),
                ("FONT", (1, -1), (-1, -1), fonts.BOLD, s.cell.fontSize),
                *(
                    [("FONT", (len(counted), 1), (len(counted), -1), fonts.BOLD, s.cell.fontSize)]
                    if wide
                    else []
                ),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return grid


# -- charts --------------------------------------------------------------------------------
def chart(table: PublishedTable, width: float, beside: Flowable) -> Drawing:
    """A bar per row: months stand up side by side (a year reads left to right), the other
    figures lie down with their labels at the left; as tall as the table `beside` it."""
    values = [row[0] for row in table.values.cells]
    height = beside.wrap(width, 1000)[1]
    if table.figure is Figure.BY_MONTH:
        return _vertical(_month_labels(table.rows), values, width, height)
    return _horizontal(table.rows, values, width, height)


def _month_labels(rows: Sequence[str]) -> list[str]:
    """'September 2026' -> 'Sep', with the year under the first month and under January:
    twelve months side by side, each label narrower than its bar's room on A4 too."""
    out, year_before = [], ""
    for row in rows:
        month, _, year = row.rpartition(" ")
        if not month:
            out.append(row)
            continue
        out.append(f"{month[:3]}\n{year}" if year != year_before else month[:3])
        year_before = year
    return out


def _scale(values: Sequence[int | None]) -> int:
    """The value axis's top: the largest count shown, rounded up; never less than 10 (an
    axis of 0 to 2 would shout about a table that is nearly all hidden)."""
    largest = max((v for v in values if v is not None), default=0)
    top = max(largest, 10)
    step = 5 if top <= 50 else 10 if top <= 100 else 50 if top <= 500 else 100
    return -(-top // step) * step


def _style(
    chart: BarChart, labels: Sequence[str], values: Sequence[int | None], upright: bool
) -> None:
    """One gray, a black outline, each count written at its bar's end ("—" where hidden)."""
    top = _scale(values)
    chart.data = [list(values)]
    chart.categoryAxis.categoryNames = list(labels)
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = colors.black
    chart.bars[0].strokeWidth = 0.5
    chart.barWidth, chart.groupSpacing = 2, 1
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = max(top // 5, 1)
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = LABEL_SIZE - 1
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = SHADE
    chart.valueAxis.gridStrokeWidth = 0.5
    chart.valueAxis.strokeColor = RULE
    chart.categoryAxis.strokeColor = colors.black
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.barLabelFormat = "%d"
    chart.naLabel = NA_Label()
    chart.naLabel.text = SUPPRESSED
    for label in (chart.barLabels, chart.naLabel):
        label.fontName, label.fontSize = fonts.BOLD, LABEL_SIZE
        # Above a standing bar, after a lying one.
        label.boxAnchor, label.dx, label.dy = ("s", 0, 2) if upright else ("w", 3, 0)


def _vertical(
    labels: Sequence[str], values: Sequence[int | None], width: float, height: float
) -> Drawing:
    axis = stringWidth(str(_scale(values)), fonts.REGULAR, LABEL_SIZE - 1) + 8
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    # Room under the plot for two-line month labels, above it for the tallest bar's count.
    chart.x, chart.y = axis, 2 * LABEL_SIZE + 10
    chart.width, chart.height = width - axis - 4, height - chart.y - LABEL_SIZE - 6
    _style(chart, labels, values, upright=True)
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.labels.leading = LABEL_SIZE + 1.5
    drawing.add(chart)
    return drawing


def _horizontal(
    labels: Sequence[str], values: Sequence[int | None], width: float, height: float
) -> Drawing:
    names = max((stringWidth(label, fonts.REGULAR, LABEL_SIZE) for label in labels), default=0.0)
    left = min(names + 8, width * 0.45)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    # Room under the plot for the value axis's numbers, at the right for the longest count.
    chart.x, chart.y = left, LABEL_SIZE + 8
    chart.width, chart.height = width - left - 30, height - chart.y - 2
    # The first row at the top, as in the table beside it.
    _style(chart, list(reversed(labels)), list(reversed(values)), upright=False)
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    drawing.add(chart)
    return drawing
