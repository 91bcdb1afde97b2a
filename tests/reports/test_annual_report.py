"""The annual report's builder over a hand-made snapshot: a hidden count has no bar and reads
"—" on its chart and in its table; a shown one has a bar as long as its count says."""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Group, Rect, String
from reportlab.graphics.widgetbase import Widget

from btam_desktop.domain.statistics import Figure, PublishedTable, school_year
from btam_desktop.domain.suppression import suppress
from btam_desktop.reports import annual_report, snapshots as sn
from btam_desktop.reports.annual_report import BAR
from btam_desktop.reports.page import table
from tests.reports.pdftext import text
from tests.reports.samples import info

CHANNELS = PublishedTable(
    Figure.BY_CHANNEL,
    "Cases opened, by how the first report came in",
    ("In person", "Phone", "Tip line", "Email", "Other"),
    ("Cases",),
    # 3 is under 10: hidden, and 14 with it (else the shown total gives the 3 away).
    suppress([[40], [20], [3], [14], [0]], 10),
)

NO_PLANS = PublishedTable(
    Figure.INTERVENTIONS,
    "Interventions in the plans of cases opened",
    (),
    ("Planned", "Under way", "Delivered", "Discontinued"),
    suppress([], 10),
)


def _shapes(node: Any) -> list[Any]:
    """Every shape a drawing holds: groups opened, widgets (the chart, its labels) drawn."""
    out: list[Any] = []
    for shape in node.getContents():
        if isinstance(shape, Widget):
            shape = shape.draw()
        out += _shapes(shape) if isinstance(shape, Group) else [shape]
    return out


def test_a_hidden_count_has_no_bar_and_reads_as_hidden() -> None:
    values = [row[0] for row in CHANNELS.values.cells]
    assert values == [40, 20, None, None, 0]
    beside = table(("", "Cases"), [("x", "1")] * 6, [100, 50])
    drawing = annual_report.chart(CHANNELS, 300, beside)
    shapes = _shapes(drawing)
    bars = [s for s in shapes if isinstance(s, Rect) and s.fillColor == BAR]
    # A bar per count above zero, none for a hidden one; drawn bottom up (the first row of
    # the table at the top), each as long as its count.
    in_person, phone = bars[::-1]
    assert len(bars) == 2 and abs(phone.width / in_person.width - 20 / 40) < 1e-6
    labels = [s.text for s in shapes if isinstance(s, String)]
    assert labels.count("—") == 2  # the hidden counts, written where their bars would start
    assert {"40", "20", "0"} <= set(labels) and "3" not in labels and "14" not in labels


def test_the_table_and_the_note_say_what_is_hidden() -> None:
    period = school_year(2026)
    snapshot = sn.AnnualReportSnapshot(
        info=info("Threat assessment program: annual report 2026-27", case_number=""),
        label="2026-27",
        start=period.start,
        end=period.end,
        minimum=10,
        opened=55,
        closed=None,
        tables=(CHANNELS, NO_PLANS),
        medians=(),
        not_counted=("race and ethnicity",),
        school="Maple Hollow Middle School",
        district="Ridgeview Unified",
        model="NTAC behavioral threat assessment",
    )
    printed = text(annual_report.build(snapshot))
    v = CHANNELS.values
    row = " ".join(
        f"{label} {annual_report.shown(cells[0])}"
        for label, cells in zip(CHANNELS.rows, v.cells, strict=True)
    )
    assert f"{row} Total {annual_report.shown(v.total)}" in printed
    assert "Tip line —" in printed
    assert "Cases opened 55 Cases closed —" in printed
    assert "— fewer than 10 (or hidden so a total cannot reveal one)." in printed
    assert "Not counted yet: race and ethnicity." in printed
    # A year without a plan: a sentence, not a table of nothing but a total.
    assert "2. Interventions in the plans of cases opened None in this school year." in printed
    assert "Maple Hollow Middle School · Ridgeview Unified" in printed
