"""The handouts for students and for families: one page each, to pin up or send home.

They hold no student data, so their page has no CONFIDENTIAL header and no FERPA note
(`Readers.PUBLIC`). Their words are in `handout_words.py`, by language; this module only lays
them out, with the team's names and the pack's tip line in the places the words leave for them.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.pack import TipLine
from btam_desktop.reports import fonts
from btam_desktop.reports.handout_words import FAMILY, STUDENT, Handout, Part, Place, Slot
from btam_desktop.reports.page import (
    SHADE,
    PrintOptions,
    breakable,
    frame_size,
    gap,
    render,
    styles,
)
from btam_desktop.reports.snapshots import PublicHandoutSnapshot
from btam_desktop.reports.team_documents import DANGER_PADDING, danger_box, danger_style
from btam_desktop.reports.text import label_value, markup, para


class _Look:
    """Flyer type, larger than a record's: read from a step away. `scale` below 1 when the
    page's words need a little more room (a long tip line, a large team)."""

    def __init__(self, scale: float = 1.0) -> None:
        body = styles().body

        def style(name: str, size: float, leading: float, **more: object) -> ParagraphStyle:
            return ParagraphStyle(
                f"flyer_{name}", parent=body, fontSize=size * scale, leading=leading * scale, **more
            )

        self.title = style("title", 24, 29, fontName=fonts.BOLD)
        self.school = style("school", 14, 18)
        self.body = style("body", 11, 14.5)
        self.bullet = style("bullet", 11, 14.5, leftIndent=14, bulletIndent=2, spaceAfter=2.5)
        self.h2 = style(
            "h2", 14, 18, fontName=fonts.BOLD, spaceBefore=10 * scale, spaceAfter=4, keepWithNext=1
        )
        self.tip_name = style("tip", 15, 19, fontName=fonts.BOLD)
        self.way = style("way", 12, 15, fontName=fonts.BOLD)
        self.name = style("name", 11, 14, fontName=fonts.BOLD)
        self.small = style("small", 10, 13)
        self.closing = style("closing", 11, 14.5, fontName=fonts.BOLD, spaceBefore=8)


#: The type sizes tried, largest first, until the page holds everything; past the last the
#: closing line goes, and then the handout flows at the full size onto a second page rather
#: than cut anything off.
SCALES = (1.1, 1.05, 1.0, 0.97, 0.94, 0.91, 0.88, 0.85, 0.82, 0.8)


def _tip_line_box(tip: TipLine, words: Handout, look: _Look, width: float) -> Flowable:
    rows: list[list[Flowable]] = [[para(tip.name, look.tip_name)]]
    rows += [[label_value(words.ways[how], where, look.way)] for how, where in tip.ways()]
    if tip.note:
        rows.append([para(tip.note, look.body)])
    box = Table(rows, colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    return box


#: The space between the two columns.
GUTTER = 18.0
#: The least share of its size a title or the danger line shrinks to, to stay on one line.
LEAST_FITTED = 0.8


def _people(snap: PublicHandoutSnapshot, words: Handout, look: _Look, width: float) -> Flowable:
    """The team as a grid, three to a row: each name, what they do and (for families) how
    to reach them."""
    per_row = 3
    cell = width / per_row - 8
    ratio = styles().cell.fontSize / look.small.fontSize  # `breakable` measures at cell size
    cells: list[list[Flowable]] = [
        [para(c.name, look.name), para(c.role, look.small)]
        + ([para(breakable(c.contact, cell * ratio), look.small)] if words.with_contact else [])
        for c in snap.team
    ]
    if not cells:
        return para("—", look.body)
    cells += [[] for _ in range(-len(cells) % per_row)]
    grid = Table(
        [cells[i : i + per_row] for i in range(0, len(cells), per_row)],
        colWidths=[width / per_row] * per_row,
        hAlign="LEFT",
    )
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return grid


def _one_line(text: str, style: ParagraphStyle, width: float) -> ParagraphStyle:
    """`style`, smaller down to LEAST_FITTED of its size where that keeps `text` on one line
    (a title or a warning is read at a glance); longer text wraps at the full size."""
    size = style.fontSize
    while stringWidth(text, style.fontName, size) > width and size > style.fontSize * LEAST_FITTED:
        size -= 0.5
    if stringWidth(text, style.fontName, size) > width:
        size = style.fontSize
    return ParagraphStyle(
        f"{style.name}_fit",
        parent=style,
        fontSize=size,
        leading=style.leading * size / style.fontSize,
    )


def _part(
    part: Part, snap: PublicHandoutSnapshot, words: Handout, look: _Look, width: float
) -> list[Flowable]:
    school = snap.info.school or "our school"
    out: list[Flowable] = [para(part.heading.replace("{school}", school), look.h2)]
    out += [para(line.replace("{school}", school), look.body) for line in part.lines]
    out += [Paragraph(markup(b), look.bullet, bulletText="•") for b in part.bullets]
    if part.slot is Slot.TIP_LINE:
        if snap.tip_line is None:
            out.append(para(words.no_tip_line, look.body))
        else:
            out.append(para(words.tip_line_lead, look.body))
            out.append(_tip_line_box(snap.tip_line, words, look, width))
    elif part.slot is Slot.TEAM:
        out.append(_people(snap, words, look, width))
    return out


def _columns(
    snap: PublicHandoutSnapshot, words: Handout, look: _Look, width: float, room: float
) -> list[Flowable]:
    """The left and right parts side by side; one after the other when that is too tall for
    the page (long tip-line text), since a table row cannot break across pages."""
    half = (width - GUTTER) / 2
    sides = [
        [
            f
            for part in words.parts
            if part.place is place
            for f in _part(part, snap, words, look, half)
        ]
        for place in (Place.LEFT, Place.RIGHT)
    ]
    pair = Table([sides], colWidths=[half + GUTTER, half], hAlign="LEFT")
    pair.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), GUTTER),  # the left column ends at `half`
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    if pair.wrap(width, room)[1] <= room:
        return [pair]
    return [
        f
        for part in words.parts
        if part.place is not Place.BELOW
        for f in _part(part, snap, words, look, width)
    ]


def _story(
    snap: PublicHandoutSnapshot, words: Handout, look: _Look, width: float, height: float
) -> list[Flowable]:
    school = snap.info.school
    story: list[Flowable] = [para(words.title, _one_line(words.title, look.title, width))]
    if school:
        story.append(para(school, look.school))
    headline = _one_line(words.danger, danger_style(), width - DANGER_PADDING)
    story += [gap(8), danger_box(width, words.danger, words.danger_next, look.body, headline)]
    story.append(gap(6))
    story.append(para(words.intro.replace("{school}", school or "Our school"), look.body))
    story += _columns(snap, words, look, width, height)
    for part in words.parts:
        if part.place is Place.BELOW:
            story += _part(part, snap, words, look, width)
    story.append(para(words.closing, look.closing))
    return story


def _height(story: list[Flowable], width: float, height: float) -> float:
    """How tall the story stands on one page (the frame's own spacing rules, roughly: the
    larger of the space after one flowable and before the next)."""
    total, after = 0.0, 0.0
    for n, flowable in enumerate(story):
        before = flowable.getSpaceBefore() if n else 0.0
        total += max(before, after) + flowable.wrap(width, height)[1]
        after = flowable.getSpaceAfter()
    return total


def _build(snap: PublicHandoutSnapshot, texts: dict[str, Handout], options: PrintOptions) -> bytes:
    try:
        words = texts[snap.language]
    except KeyError:
        raise ValidationError(
            f"The handouts are not written in '{snap.language[:20]}' yet ({', '.join(texts)})."
        ) from None
    width, height = frame_size(options)
    for scale in SCALES:
        story = _story(snap, words, _Look(scale), width, height)
        if _height(story, width, height) <= height:
            break
    else:
        if _height(story[:-1], width, height) <= height:
            story = story[:-1]  # the last word alone on a second page would waste a sheet
        else:  # two pages either way: then at the full size, easier to read
            story = _story(snap, words, _Look(), width, height)
    return render(snap.info, story, options)


def build_student_handout(
    snapshot: PublicHandoutSnapshot, options: PrintOptions | None = None
) -> bytes:
    """For students: how and where to tell an adult, that they can stay anonymous, the tip
    line, and that the team helps rather than punishes."""
    return _build(snapshot, STUDENT, options or PrintOptions())


def build_family_handout(
    snapshot: PublicHandoutSnapshot, options: PrintOptions | None = None
) -> bytes:
    """For families: what the team does, signs to notice, how to tell the school (or the tip
    line, anonymously), what happens after a report, and whom to contact."""
    return _build(snapshot, FAMILY, options or PrintOptions())
