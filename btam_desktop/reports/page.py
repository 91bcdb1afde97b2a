"""The page every document shares: a header that says who it is for (CONFIDENTIAL for the
team's records), a footer with the case number, who generated it and when, the time zone of
every time printed, the document id and "Page X of Y"; the styles and small layout pieces.

Output is deterministic: ReportLab's invariant mode fixes the creation date and file id, and
every moment printed comes from the snapshot, so the same snapshot gives the same bytes.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from btam_desktop.reports import fonts
from btam_desktop.reports.family_words import PAGE, long_date
from btam_desktop.reports.snapshots import DocumentInfo, Readers, Release
from btam_desktop.reports.text import para

HEADER = "CONFIDENTIAL — student record — do not redisclose"
AGGREGATE_HEADER = "Aggregate figures — no student is identified"
LEGAL_NOTE = "FERPA, 34 CFR 99.33: no further disclosure without consent"
#: The header and the legal note of every page, by who the document is for. The family's copy
#: is their own record (no redisclosure warning); the staff handout holds no student data.
FURNITURE: dict[Readers, tuple[str, str]] = {
    Readers.TEAM: (HEADER, LEGAL_NOTE),
    Readers.FAMILY: ("CONFIDENTIAL — for the student and family", ""),
    Readers.STAFF: ("For staff", ""),
    Readers.PUBLIC: ("", ""),  # a flyer: its title says whom it is for
    Readers.AGGREGATE: (AGGREGATE_HEADER, ""),  # counts only: no student record, no FERPA line
    Readers.LETTER: ("", ""),  # a letter: the school's letterhead, in the story
}
PAPERS = {"letter": LETTER, "a4": A4}
MARGIN = 18 * mm
#: The least of a section's body (points) worth starting under its heading at a page's foot.
LEAD_IN_LEAST = 40.0
RULE = colors.Color(0.55, 0.55, 0.55)
SHADE = colors.Color(0.92, 0.92, 0.92)


@dataclass(frozen=True, slots=True)
class PrintOptions:
    """Choices that change how a document is laid out, not what it says."""

    paper: str = "letter"  # "letter" or "a4"


@dataclass(frozen=True, slots=True)
class Styles:
    title: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    small_right: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    banner: ParagraphStyle
    mono: ParagraphStyle
    quote: ParagraphStyle
    label: ParagraphStyle  # "Words as reported", "Rationale": bold, before what it names
    alarm: ParagraphStyle  # a weapon mentioned, imminent danger: bold, boxed, hard to miss


@functools.cache
def styles() -> Styles:
    fonts.register()
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10, leading=13.5, spaceAfter=3)
    banner = ParagraphStyle(
        "banner",
        parent=body,
        fontName=fonts.BOLD,
        fontSize=10,
        leading=13,
        borderColor=colors.black,
        borderWidth=0.8,
        borderPadding=5,
        spaceBefore=4,
        spaceAfter=10,
    )
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=fonts.BOLD, fontSize=17, leading=21, spaceAfter=4
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        h3=ParagraphStyle(
            "h3",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=6,
            keepWithNext=1,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        small_right=ParagraphStyle(
            "small_right", parent=body, fontSize=8.5, leading=11, spaceAfter=0, alignment=TA_RIGHT
        ),
        cell=ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0),
        cell_head=ParagraphStyle(
            "cell_head", parent=body, fontName=fonts.BOLD, fontSize=9, leading=11.5, spaceAfter=0
        ),
        banner=banner,
        quote=ParagraphStyle(
            "quote",
            parent=body,
            leftIndent=14,
            borderColor=RULE,
            borderWidth=0,
            borderPadding=0,
            textColor=colors.Color(0.15, 0.15, 0.15),
        ),
        mono=ParagraphStyle(
            "mono", parent=body, fontName=fonts.MONO, fontSize=17, leading=26, spaceAfter=6
        ),
        label=ParagraphStyle(
            "label", parent=body, fontName=fonts.BOLD, spaceBefore=3, spaceAfter=1
        ),
        # A weapon mentioned, imminent danger: the banner, heavier and shaded.
        alarm=ParagraphStyle(
            "alarm", parent=banner, fontSize=10.5, leading=14, borderWidth=1.5, backColor=SHADE
        ),
    )


# -- layout pieces ---------------------------------------------------------------------------
def heading(text: str) -> Paragraph:
    """A section heading (our own words, so no escaping needed beyond the basics)."""
    return Paragraph(text.replace("&", "&amp;"), styles().h2)


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    empty: str = "None recorded.",
) -> Flowable:
    """A grid with a repeated header row; every cell is user text, escaped."""
    s = styles()
    if not rows:
        return para(empty, s.body)
    cells = [[str(cell) for cell in row] for row in rows]
    fitted = fit_columns(header, cells, widths)
    data: list[list[Flowable]] = [[Paragraph(h, s.cell_head) for h in header]]
    data += [
        [
            para(breakable(cell, w - 2 * CELL_PAD), s.cell)
            for cell, w in zip(row, fitted, strict=True)
        ]
        for row in cells
    ]
    grid = Table(data, colWidths=fitted, repeatRows=1, hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return grid


#: ReportLab's own padding left and right of a table cell's text.
CELL_PAD = 6.0
#: The least share of a table's width for a column whose word cannot be kept whole.
LEAST_FOR_LONG_WORD = 0.25
#: Where a word too long for its column may break: after the @ of an address, a dot, a slash,
#: a hyphen or an underscore (never inside a name part, a number or a domain label).
_BREAK_AFTER = re.compile(r"(?<=[@./_-])")


def _word_width(word: str, font: str) -> float:
    return float(stringWidth(word, font, styles().cell.fontSize))


def _longest_word(text: str, font: str) -> float:
    return max((_word_width(w, font) for w in text.split()), default=0.0)


def fit_columns(
    header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
) -> list[float]:
    """The column widths asked for, moved so that every column holds its longest word (a date,
    a name, an e-mail address) unbroken when the table's width allows: a narrow column takes
    room from the columns with room to spare. Wrapping then happens between words."""
    s = styles()
    least = [
        max(
            _longest_word(head, s.cell_head.fontName),
            *(_longest_word(row[n], s.cell.fontName) for row in rows),
        )
        + 2 * CELL_PAD
        + 1
        for n, head in enumerate(header)
    ]
    total = sum(widths)
    if sum(least) > total:
        # One long word (an address) takes what the others leave and breaks at its sensible
        # points, rather than every column breaking its dates and names.
        widest = max(range(len(least)), key=least.__getitem__)
        left = total - (sum(least) - least[widest])
        if left >= min(widths[widest], total * LEAST_FOR_LONG_WORD):
            least[widest] = left
    if sum(least) > total:
        return list(widths)
    fitted = [max(w, low) for w, low in zip(widths, least, strict=True)]
    excess = sum(fitted) - total
    spare = [f - low for f, low in zip(fitted, least, strict=True)]
    if excess > 0:
        fitted = [f - excess * room / sum(spare) for f, room in zip(fitted, spare, strict=True)]
    return fitted


def breakable(text: str, width: float) -> str:
    """`text` with every word wider than `width` cut at sensible points (after @ . / - _)
    into lines, so an address that cannot fit breaks between its parts, never mid-part."""
    font, out = styles().cell.fontName, []
    for line in text.split("\n"):
        words = []
        for word in line.split(" "):
            if _word_width(word, font) <= width:
                words.append(word)
                continue
            pieces, current = [], ""
            for part in _BREAK_AFTER.split(word):
                if current and _word_width(current + part, font) > width:
                    pieces.append(current)
                    current = ""
                current += part
            words.append("\n".join([*pieces, current]))
        out.append(" ".join(words))
    return "\n".join(out)


def facts(pairs: Sequence[tuple[str, str]], width: float) -> Flowable:
    """Label / value pairs in two columns (labels ours, values as typed)."""
    s = styles()
    data = [[Paragraph(label, s.cell_head), para(value or "—", s.cell)] for label, value in pairs]
    grid = Table(data, colWidths=[width * 0.3, width * 0.7], hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, SHADE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return grid


class LeadIn(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """A heading and what it introduces, laid out so that the heading never ends a page
    alone, and a long table under it starts there rather than moving whole to the next page
    (as a heading kept with all of its table does, leaving a page half empty).

    It never draws itself: it measures as taller than any room, so the frame asks it to
    split, and it answers with the heading and as much of the body as fits (at least
    `least` points of it), or with nothing, which moves it to the next page. So it belongs
    in a story only: not in a table cell or a KeepTogether, nor after a flowable kept with the
    next one (each of those would measure it as endless)."""

    def __init__(
        self, head: Flowable, body: Sequence[Flowable], least: float = LEAD_IN_LEAST
    ) -> None:
        super().__init__()
        self.head, self.body, self.least = head, list(body), least
        self.spaceBefore = head.getSpaceBefore()

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, available_height + 1

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        head = self.head.wrap(available_width, available_height)[1] + self.head.getSpaceAfter()
        room = available_height - head - 2  # a little slack for the spacing estimate
        # At the top of a page there is no better page to wait for: lay the parts out as is.
        fallback = [self.head, *self.body] if self._at_top() else []
        taken: list[Flowable] = []
        used = 0.0
        for n, part in enumerate(self.body):
            before = part.getSpaceBefore() if taken else 0.0
            height = part.wrap(available_width, max(room - used - before, 1))[1]
            if used + before + height <= room:
                taken.append(part)
                used += before + height + part.getSpaceAfter()
                if used >= self.least:
                    return [self.head, *taken, *self.body[n + 1 :]]
                continue
            pieces = part.split(available_width, room - used - before) if room > used else []
            if len(pieces) < 2:
                return fallback
            # A LeadIn inside answers for its own start; any other part, its first piece.
            nested = isinstance(part, LeadIn)
            first = room if nested else pieces[0].wrap(available_width, room - used - before)[1]
            if used + first < min(self.least, used + height):
                return fallback
            return [self.head, *taken, *pieces, *self.body[n + 1 :]]
        return [self.head, *taken]

    def _at_top(self) -> bool:
        frame = getattr(self, "_frame", None)
        return bool(frame is not None and getattr(frame, "_atTop", False))


def lead_in(head: Flowable, body: Sequence[Flowable]) -> list[Flowable]:
    """`head` kept with the start of `body` (see LeadIn)."""
    return [LeadIn(head, body)] if body else [head]


def signature_lines(labels: Sequence[str], width: float, language: str = "en") -> Flowable:
    """Lines to sign and date on paper, kept on one page."""
    s = styles()
    words = PAGE[language]
    rows = [
        [Paragraph(label, s.cell), Paragraph("", s.cell), Paragraph(words.date, s.cell), ""]
        for label in labels
    ]
    grid = Table(
        rows,
        colWidths=[width * 0.28, width * 0.44, width * 0.1, width * 0.18],
        rowHeights=[28] * len(rows),
        hAlign="LEFT",
    )
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                ("LINEBELOW", (3, 0), (3, -1), 0.6, colors.black),
                ("ALIGN", (2, 0), (2, -1), "RIGHT"),
            ]
        )
    )
    return KeepTogether([heading(words.signatures), grid])


def gap(height: float = 6) -> Spacer:
    return Spacer(1, height)


def content_width(options: PrintOptions) -> float:
    return float(_paper(options)[0] - 2 * MARGIN)


#: ReportLab's frame pads its content by 6 points on every side.
FRAME_PADDING = 6.0


def frame_size(options: PrintOptions) -> tuple[float, float]:
    """The width and height inside the page's frame: what `render` leaves for the story
    between the margins, the header and the footer."""
    width, height = _paper(options)
    return width - 2 * MARGIN - 2 * FRAME_PADDING, height - 2 * MARGIN - 20 - 2 * FRAME_PADDING


def _paper(options: PrintOptions) -> tuple[float, float]:
    paper: tuple[float, float] = PAPERS.get(options.paper, LETTER)
    return paper


def release_block(release: Release, width: float) -> Flowable:
    """'Released to / legal basis / date / by' in a box: what the disclosure log records about a
    copy that leaves the team, on the copy itself. Missing answers are lines to write on."""
    s = styles()
    blank = "_" * 34
    rows = [
        ("Released to", release.recipient or blank),
        ("Legal basis", release.legal_basis or blank),
        *([("Interest or purpose", release.interest)] if release.interest else []),
        *([("Threat", release.threat)] if release.threat else []),
        ("Date", release.on.isoformat()),
        ("By", release.by),
    ]
    data = [[Paragraph("Released outside the team", s.cell_head), ""]]
    data += [[Paragraph(label, s.cell_head), para(value, s.cell)] for label, value in rows]
    grid = Table(data, colWidths=[width * 0.2, width * 0.8], hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("SPAN", (0, 0), (-1, 0)),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return grid


# -- the page --------------------------------------------------------------------------------
def _footer_line(info: DocumentInfo) -> str:
    words = PAGE[info.language]
    parts = [words.case.format(number=info.case_number)] if info.case_number else []
    parts.append(words.generated.format(who=info.generated_by, when=info.generated_at))
    return " · ".join(parts)


def _canvas_class(info: DocumentInfo, paper: tuple[float, float]) -> Callable[..., Canvas]:
    """A canvas that holds its pages until the end, then draws the header and the footer
    with the page count on each (Page X of Y in one layout pass)."""
    s = styles()
    width, height = paper

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802  (ReportLab's name)
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                self._furniture(total)
                super().showPage()
            super().save()

        def _furniture(self, total: int) -> None:
            if info.readers in (Readers.PUBLIC, Readers.LETTER):
                self._flyer_footer()
                return
            top = height - MARGIN + 8
            words = PAGE[info.language]
            header, legal_note = FURNITURE[info.readers]
            if info.readers is Readers.FAMILY:
                header = words.family_header
            elif info.readers is Readers.STAFF:
                header = words.staff_header
            self.saveState()
            self.setFont(fonts.BOLD, 9)
            self.drawString(MARGIN, top, header)
            if info.stamp:  # e.g. DRAFT: on every page, above the header, where eyes land
                self.setFont(fonts.BOLD, 14)
                self.drawCentredString(width / 2, top + 14, info.stamp)
            if info.school:
                school = para(info.school, s.small_right)
                school.wrapOn(self, (width - 2 * MARGIN) * 0.4, 20)
                school.drawOn(self, width - MARGIN - (width - 2 * MARGIN) * 0.4, top - 1)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, top - 4, width - MARGIN, top - 4)
            bottom = MARGIN - 14
            self.line(MARGIN, bottom + 22, width - MARGIN, bottom + 22)
            who = para(_footer_line(info), s.small)
            who.wrapOn(self, (width - 2 * MARGIN) * 0.78, 30)
            who.drawOn(self, MARGIN, bottom + 10)
            self.setFont(fonts.BOLD, 8.5)
            page_of = words.page_of.format(page=self._pageNumber, total=total)
            self.drawRightString(width - MARGIN, bottom + 12, page_of)
            self.setFont(fonts.REGULAR, 7.5)
            self.drawString(MARGIN, bottom, words.document.format(id=info.document_id))
            if info.zone:  # the one place the zone of every time on the page is named
                self.drawRightString(width - MARGIN, bottom, words.times_in.format(zone=info.zone))
            if legal_note:
                self.drawString(MARGIN, bottom - 10, legal_note)
            self.restoreState()

        def _flyer_footer(self) -> None:
            """A flyer on a wall names no member and no time: the document id alone, small,
            so a copy can be matched with the log of what was printed."""
            self.saveState()
            self.setFont(fonts.REGULAR, 7)
            self.setFillColor(RULE)
            document = PAGE[info.language].document.format(id=info.document_id)
            self.drawRightString(width - MARGIN, MARGIN - 14, document)
            self.restoreState()

    return NumberedCanvas


def render(info: DocumentInfo, story: list[Flowable], options: PrintOptions) -> bytes:
    """Lay `story` out on the shared page; the PDF as bytes (nothing touches the disk).

    The metadata names the document and the app, never a person.
    """
    fonts.register()
    paper = _paper(options)
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=paper,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 6,
        bottomMargin=MARGIN + 14,
        title=info.title,
        author="BTAM Desktop",
        subject="",
        creator="BTAM Desktop",
        keywords="",
        invariant=1,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_canvas_class(info, paper))
    return out.getvalue()


def title_block(
    info: DocumentInfo, subtitle: str = "", *, width: float, title: str = ""
) -> list[Flowable]:
    """The title (the PDF's own unless `title` says otherwise), and on a copy that leaves the
    team the release block (`width`: the content width)."""
    s = styles()
    block: list[Flowable] = [para(title or info.title, s.title)]
    if subtitle:
        block.append(para(subtitle, s.body))
    block.append(gap(4))
    release = info.release
    if release is not None and info.readers is Readers.FAMILY:  # one quiet line, not a form
        blank = "_" * 24
        block += [
            para(
                PAGE[info.language].given_to.format(
                    recipient=release.recipient or blank,
                    by=release.by,
                    on=long_date(release.on, info.language),
                    basis=release.legal_basis or blank,
                ),
                s.small,
            ),
            gap(8),
        ]
    elif release is not None:
        block += [release_block(release, width), gap(8)]
    return block
