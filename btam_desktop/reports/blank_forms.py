"""Blank forms for teams that work on paper, generated from the team's model pack: intake,
inquiry checklist, assessment and plan. Each form starts on a new page."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Table, TableStyle

from btam_desktop.domain.pack import Pack, Question, QuestionType
from btam_desktop.reports import fonts
from btam_desktop.reports.page import (
    RULE,
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

BOX = "☐"
FORMS = ("intake", "inquiry", "assessment", "plan")


def _lines(label: str, width: float, count: int = 1) -> Flowable:
    """A label and `count` ruled lines to write on."""
    s = styles()
    rows = [[para(label, s.cell_head), ""]] + [["", ""] for _ in range(count - 1)]
    grid = Table(rows, colWidths=[width * 0.34, width * 0.66], minRowHeights=[20] * count)
    grid.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return grid


def _boxes(options: tuple[str, ...]) -> str:
    return "     ".join(f"{BOX} {o}" for o in options)


def _intake(width: float) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [
        heading("Intake: a report of concerning behavior"),
        para(
            "FIRST: is anyone in danger right now? "
            f"{BOX} No     {BOX} Yes: call 911, secure the area, tell an administrator now.",
            s.banner,
        ),
    ]
    for label, count in (
        ("Student's name", 1),
        ("Grade / student id", 1),
        ("Received (date and time)", 1),
        ("Received by", 1),
        ("Reporter (name, relationship)", 1),
        ("Where it happened", 1),
        ("Exact words said, written or posted", 3),
        ("What happened", 5),
        ("Targets (who was threatened)", 1),
        ("Earlier concerns known", 2),
    ):
        out.append(_lines(label, width, count))
    out.append(gap(6))
    out.append(
        para(
            "How it came in: "
            + _boxes(("In person", "Phone", "Email", "Tip line", "App or online form", "Other")),
            s.body,
        )
    )
    out.append(
        para("Reporter: " + _boxes(("Named", "Anonymous", "Asked not to be identified")), s.body)
    )
    out.append(para(f"Weapon mentioned or seen: {BOX} No   {BOX} Yes", s.body))
    return out


def _checklist(pack: Pack, width: float) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [heading("Inquiry checklist")]
    out.append(para("Case number: ____________   Student (initials): ________", s.body))
    rows: list[list[Flowable | str]] = [
        [
            Paragraph("Done", s.cell_head),
            Paragraph("Source or question", s.cell_head),
            Paragraph("Who / due", s.cell_head),
            Paragraph("Findings", s.cell_head),
        ]
    ]
    for item in pack.checklist:
        text = ("Ask: " if item.kind.value == "question" else "Source: ") + item.text
        rows.append([BOX, para(text, s.cell), "", ""])
    grid = Table(
        rows,
        colWidths=[width * 0.09, width * 0.43, width * 0.16, width * 0.32],
        repeatRows=1,
        minRowHeights=[0] + [30] * len(pack.checklist),
    )
    grid.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 1), (0, -1), fonts.REGULAR),
                ("FONTSIZE", (0, 1), (0, -1), 13),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
            ]
        )
    )
    out.append(grid)
    return out


def _question(q: Question, width: float) -> list[Flowable]:
    s = styles()
    star = " *" if q.required else ""
    out: list[Flowable] = [para(q.text + star, s.h3)]
    if q.help:
        out.append(para(q.help, s.small))
    match q.type:
        case QuestionType.YES_NO_UNKNOWN:
            out.append(para(_boxes(("Yes", "No", "Unknown")), s.body))
        case QuestionType.SINGLE | QuestionType.MULTIPLE:
            hint = "(one)" if q.type is QuestionType.SINGLE else "(any that apply)"
            out.append(para(f"{hint}  " + _boxes(q.choices), s.body))
        case QuestionType.DATE:
            out.append(_lines("Date", width))
        case QuestionType.NUMBER:
            out.append(_lines("Number", width))
        case _:
            out.append(_lines("", width, 3))
    if q.show_if is not None:
        out.append(para(f"(Only if the answer above is {', '.join(q.show_if.equals)})", s.small))
    return out


def _assessment(pack: Pack, width: float) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [heading(f"Assessment form ({pack.name} {pack.version})")]
    out.append(para("Case number: ____________   Date: ____________   * = required", s.body))
    for section in pack.sections:
        out.append(para(section.title, s.h2))
        for q in section.questions:
            out += _question(q, width)
    out.append(para("Level of concern", s.h2))
    for level in pack.levels:
        out.append(para(f"{BOX} {level.label}: {level.description}", s.body))
    out.append(para("Risk factors present", s.h3))
    out.append(para(_boxes(pack.risk_factors), s.body))
    out.append(para("Protective factors present", s.h3))
    out.append(para(_boxes(pack.protective_factors), s.body))
    out.append(
        KeepTogether(
            [
                _lines("Rationale: why this level", width, 5),
                _lines("Members present", width, 2),
                _lines("Dissent (who, their view)", width, 2),
            ]
        )
    )
    return out


def _plan(pack: Pack, width: float) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [heading("Intervention plan form")]
    out.append(para("Case number: ____________   Plan version: ____   Date: ____________", s.body))
    out.append(_lines("Goals", width, 3))
    out.append(gap(6))
    domains = pack.plan_domains or ("Student", "Target", "Environment", "Events ahead")
    rows: list[list[Flowable | str]] = [
        [Paragraph(h, s.cell_head) for h in ("Area", "Intervention", "Responsible", "Start / due")]
    ]
    for domain in domains:
        rows += [[para(domain, s.cell), "", "", ""], ["", "", "", ""]]
    grid = Table(
        rows,
        colWidths=[width * 0.17, width * 0.45, width * 0.2, width * 0.18],
        repeatRows=1,
        minRowHeights=[0] + [26] * (len(rows) - 1),
    )
    grid.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
            ]
        )
    )
    out.append(grid)
    out.append(gap(6))
    out.append(para("Notifications to make: " + _boxes(pack.notifications), s.body))
    out.append(_lines("Next review date", width))
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
