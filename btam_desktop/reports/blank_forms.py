"""Blank forms for teams that work on paper, generated from the team's model pack: intake,
inquiry checklist, assessment and plan. Each form starts on a new page and ends at the foot
of one: the room to write (`writing.py`) is full-width lines 9 mm apart, and the last block
of a form takes what its page has left."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from btam_desktop.domain.pack import Pack, Question, QuestionType
from btam_desktop.domain.referral import CHANNEL_NAMES
from btam_desktop.reports import fonts
from btam_desktop.reports.page import (
    RULE,
    SHADE,
    PrintOptions,
    content_width,
    gap,
    heading,
    render,
    styles,
    title_block,
)
from btam_desktop.reports.snapshots import BlankFormsSnapshot
from btam_desktop.reports.text import para
from btam_desktop.reports.writing import (
    AFTER,
    BOX,
    GUTTER,
    PITCH,
    Ruled,
    Stretch,
    check_grid,
    side_by_side,
)

FORMS = ("intake", "inquiry", "assessment", "plan")
#: Writing lines per kind of field (at PITCH, 9 mm apart, across the whole width).
TEXT_LINES = 3  # a free-text question of the assessment
FINDINGS_LINES = 3  # under each item of the inquiry checklist
#: Rows of the plan grid per area: at least, and at most when the page has room.
PLAN_ROWS = (2, 6)
#: The parts of a form that take whatever the page has left: (fewest, most) lines.
WORDS_LINES = (4, 14)  # the exact words said, written or posted
HAPPENED_LINES = (6, 20)
RATIONALE_LINES = (5, 14)
NOTES_LINES = (3, 20)


def _intake(width: float) -> list[Flowable]:
    """Two pages: who, when, how and the exact words on the first (the words fill it), what
    happened, targets, earlier concerns and the steps taken at once on the second."""
    s = styles()

    def pair(a: str, b: str, shares: tuple[float, float] = (1.0, 1.0)) -> Flowable:
        return side_by_side([Ruled(a), Ruled(b)], width, shares)

    below = [
        Ruled("Targets (who was threatened)", 2),
        Ruled("Earlier concerns known", 3),
        Ruled("Steps taken at once (who was called, when)", 3),
    ]
    return [
        heading("Intake: a report of concerning behavior"),
        para(
            "FIRST: is anyone in danger right now? "
            f"{BOX} No     {BOX} Yes: call 911, secure the area, tell an administrator now.",
            s.banner,
        ),
        pair("Student's name", "Grade / student id", (2.0, 1.0)),
        pair("Received (date and time)", "Received by"),
        pair("Reporter (name, relationship)", "Where it happened"),
        check_grid("How it came in", list(CHANNEL_NAMES.values()), width),
        side_by_side(
            [
                check_grid("Reporter", REPORTER_CHOICES, width * 0.62),
                check_grid("Weapon mentioned or seen", ("No", "Yes"), width * 0.38 - GUTTER),
            ],
            width,
            (0.62, 0.38),
        ),
        Stretch(
            lambda n: Ruled("Exact words said, written or posted", n, "Word for word, in quotes."),
            *WORDS_LINES,
        ),
        PageBreak(),
        para("Intake, continued", s.h3),
        Stretch(lambda n: Ruled("What happened", n), *HAPPENED_LINES, below),
        *below,
    ]


REPORTER_CHOICES = ("Named", "Anonymous", "Asked not to be identified")


def _checklist_item(text: str, width: float) -> Flowable:
    """One item: its box and words, who and when, and ruled lines for the findings."""
    s = styles()
    line = Table(
        [[BOX, para(text, s.cell_head), para("Who ____________  Due ________", s.small)]],
        colWidths=[8 * mm, width - 8 * mm - 58 * mm, 58 * mm],
        hAlign="LEFT",
    )
    line.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (0, 0), fonts.REGULAR),
                ("FONTSIZE", (0, 0), (0, 0), 13),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether([line, Ruled("", FINDINGS_LINES)])


def _checklist(pack: Pack, width: float) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [heading("Inquiry checklist")]
    out.append(para("Case number: ____________   Student (initials): ________", s.body))
    out.append(para("Tick an item when it is looked into; write the findings below it.", s.small))
    out.append(gap(4))
    for item in pack.checklist:
        ask = "Ask: " if item.kind.value == "question" else "Source: "
        out.append(_checklist_item(ask + item.text, width))
    out.append(Stretch(lambda n: Ruled("Other sources and notes", n), *NOTES_LINES))
    return out


def _question(q: Question, width: float) -> list[Flowable]:
    s = styles()
    star = " *" if q.required else ""
    head: list[Flowable] = [para(q.text + star, s.h3)]
    if q.show_if is not None:
        head.append(para(f"(Only if the answer above is {', '.join(q.show_if.equals)})", s.small))
    if q.help:
        head.append(para(q.help, s.small))
    match q.type:
        case QuestionType.YES_NO_UNKNOWN:
            body: Flowable = check_grid("", ("Yes", "No", "Unknown"), width * 0.6)
        case QuestionType.SINGLE:
            body = check_grid("", q.choices, width, hint="Tick one.")
        case QuestionType.MULTIPLE:
            body = check_grid("", q.choices, width, hint="Tick any that apply.")
        case QuestionType.DATE | QuestionType.NUMBER:
            body = side_by_side([Ruled(""), Spacer(1, 1)], width, (1.0, 2.0))
        case _:
            body = Ruled("", TEXT_LINES)
    return [KeepTogether([*head, body])]


def _assessment(pack: Pack, width: float) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [heading(f"Assessment form ({pack.name} {pack.version})")]
    out.append(para("Case number: ____________   Date: ____________   * = required", s.body))
    for section in pack.sections:
        out.append(para(section.title, s.h2))
        for q in section.questions:
            out += _question(q, width)
    levels = [para(f"{BOX} {lv.label}: {lv.description}", s.body) for lv in pack.levels]
    out.append(KeepTogether([para("Level of concern", s.h2), *levels]))
    out.append(check_grid("Risk factors present", pack.risk_factors, width))
    out.append(check_grid("Protective factors present", pack.protective_factors, width))
    below = [Ruled("Members present", 2), Ruled("Dissent (who, their view)", 3)]
    out.append(Stretch(lambda n: Ruled("Rationale: why this level", n), *RATIONALE_LINES, below))
    out += below
    return out


def plan_grid(domains: tuple[str, ...], rows: int, width: float) -> Flowable:
    """Areas down the side, `rows` writing rows (PITCH high) for each."""
    s = styles()
    data: list[list[Flowable | str]] = [
        [Paragraph(h, s.cell_head) for h in ("Area", "Intervention", "Responsible", "Start / due")]
    ]
    spans = []
    for domain in domains:
        first = len(data)
        data.append([para(domain, s.cell), "", "", ""])
        data += [["", "", "", ""] for _ in range(rows - 1)]
        spans.append(("SPAN", (0, first), (0, first + rows - 1)))
    grid = Table(
        data,
        colWidths=[width * 0.17, width * 0.45, width * 0.2, width * 0.18],
        rowHeights=[None] + [PITCH] * (len(data) - 1),
        repeatRows=1,
    )
    grid.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                *spans,
            ]
        )
    )
    return grid


def _plan(pack: Pack, width: float) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [heading("Intervention plan form")]
    out.append(para("Case number: ____________   Plan version: ____   Date: ____________", s.body))
    out.append(Ruled("Goals", 3))
    domains = pack.plan_domains or ("Student", "Target", "Environment", "Events ahead")
    below = [
        Spacer(1, AFTER),
        check_grid("Notifications to make", pack.notifications, width),
        side_by_side([Ruled("Next review date"), Ruled("Plan written by")], width, (1.0, 2.0)),
    ]
    out.append(Stretch(lambda n: plan_grid(domains, n, width), *PLAN_ROWS, below))
    out += below
    return out


def build(snapshot: BlankFormsSnapshot, options: PrintOptions | None = None) -> bytes:
    options = options or PrintOptions()
    s = styles()
    w = content_width(options)
    pack = snapshot.pack
    story: list[Flowable] = title_block(
        snapshot.info, f"From the {pack.name} model, version {pack.version}.", width=w
    )
    story.append(
        para("Once filled in, these pages are student records: keep them locked away.", s.small)
    )
    makers = {
        "intake": lambda: _intake(w),
        "inquiry": lambda: _checklist(pack, w),
        "assessment": lambda: _assessment(pack, w),
        "plan": lambda: _plan(pack, w),
    }
    for n, form in enumerate(f for f in snapshot.forms if f in makers):
        if n:
            story.append(PageBreak())
        story += makers[form]()
    return render(snapshot.info, story, options)
