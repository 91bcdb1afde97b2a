"""Room to write by hand on a blank form: full-width ruled lines, fields side by side,
check-box grids, and blocks that grow to fill what is left of the page.

Handwriting needs about 9 mm a line (school forms use 8-10 mm ruling); a line that stops
at two thirds of the page, or a table cell 10 mm high, leaves a team writing in the margins.
Every size here is a named constant so the writing space of a form can be stated in mm.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from btam_desktop.reports import fonts
from btam_desktop.reports.page import RULE, styles
from btam_desktop.reports.text import para

#: Distance between two writing lines.
PITCH = 9 * mm
#: Space between fields set side by side.
GUTTER = 6 * mm
#: Space below a block, before the next label.
AFTER = 2.5 * mm
#: Height of a row of check boxes: room to tick without touching the next row.
BOX_ROW = 7 * mm
BOX = "☐"
#: Table cells that add no space of their own (a table here only places blocks side by side).
NO_PADDING = [
    (f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP", "BOTTOM")
]


class Ruled(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """A label, then `lines` rules across the whole width it is given, PITCH apart."""

    def __init__(self, label: str, lines: int = 1, hint: str = "") -> None:
        super().__init__()
        s = styles()
        self.lines = lines
        self._label = para(label, s.cell_head) if label else None
        self._hint = para(hint, s.small) if hint else None
        self._width = 0.0

    def _head(self, width: float) -> float:
        return float(
            sum(p.wrap(width, 1000)[1] for p in (self._label, self._hint) if p is not None)
        )

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._width = available_width
        return available_width, self._head(available_width) + self.lines * PITCH + AFTER

    def draw(self) -> None:
        canvas, width = self.canv, self._width
        top = self._head(width) + self.lines * PITCH + AFTER
        for p in (self._label, self._hint):
            if p is not None:
                _, h = p.wrap(width, 1000)
                top -= h
                p.drawOn(canvas, 0, top)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        for n in range(1, self.lines + 1):
            y = top - n * PITCH
            canvas.line(0, y, width, y)


def side_by_side(blocks: Sequence[Flowable], width: float, shares: Sequence[float]) -> Flowable:
    """Fields next to each other (name and grade on one row), each with its own ruled line."""
    gutters = GUTTER * (len(blocks) - 1)
    widths = [(width - gutters) * share / sum(shares) for share in shares]
    cells: list[Flowable | str] = []
    col_widths: list[float] = []
    for n, (block, w) in enumerate(zip(blocks, widths, strict=True)):
        if n:
            cells.append("")
            col_widths.append(GUTTER)
        cells.append(block)
        col_widths.append(w)
    grid = Table([cells], colWidths=col_widths, hAlign="LEFT")
    grid.setStyle(TableStyle([*NO_PADDING, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return grid


def columns_for(options: Sequence[str], width: float, most: int = 4) -> int:
    """As many columns as the longest option allows, so no option wraps mid-choice."""
    s = styles()
    longest = max(stringWidth(f"{BOX} {o}", s.cell.fontName, s.cell.fontSize) for o in options)
    fits = int(width // (longest + 4 * mm)) or 1
    return max(1, min(most, fits, len(options)))


def check_grid(label: str, options: Sequence[str], width: float, *, hint: str = "") -> Flowable:
    """A label and its options in a grid of boxes, read down each column like a form."""
    s = styles()
    cols = columns_for(options, width)
    per_col = -(-len(options) // cols)
    rows: list[list[Flowable | str]] = []
    for r in range(per_col):
        row: list[Flowable | str] = []
        for c in range(cols):
            n = c * per_col + r
            row.append(para(f"{BOX} {options[n]}", s.cell) if n < len(options) else "")
        rows.append(row)
    grid = Table(rows, colWidths=[width / cols] * cols, rowHeights=[BOX_ROW] * per_col)
    grid.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ]
        )
    )
    head: list[Flowable] = [para(label, s.cell_head)] if label else []
    if hint:
        head.append(para(hint, s.small))
    return whole([*head, grid, Spacer(1, AFTER)], width)


def whole(parts: list[Flowable], width: float) -> Flowable:
    """Flowables that never split across pages, and can sit in a table cell (a KeepTogether
    cannot: it measures as endless there)."""
    holder = Table([[parts]], colWidths=[width], hAlign="LEFT")
    holder.setStyle(TableStyle(NO_PADDING))
    return holder


class Stretch(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """A block that takes the room left on its page: `make(n)` for the largest n from
    `least` to `most` that fits above the `below` flowables (laid out after it on the same
    page). Blank forms use the whole page instead of ending half-way down."""

    def __init__(
        self,
        make: Callable[[int], Flowable],
        least: int,
        most: int,
        below: Sequence[Flowable] = (),
    ) -> None:
        super().__init__()
        self._make, self._least, self._most, self._below = make, least, most, below
        self._chosen: Flowable = make(least)
        self.count = least

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        room = available_height - sum(
            f.wrap(available_width, available_height)[1] for f in self._below
        )
        self.count = self._least
        for n in range(self._most, self._least - 1, -1):
            candidate = self._make(n)
            if candidate.wrap(available_width, available_height)[1] <= room:
                self.count = n
                break
        self._chosen = self._make(self.count)
        width, height = self._chosen.wrap(available_width, available_height)
        return width, height

    def draw(self) -> None:
        self._chosen.drawOn(self.canv, 0, 0)
