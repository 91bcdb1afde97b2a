"""The student's safety plan on one page: what the student and the adult with them wrote
(warning signs, things to do, people and places, adults to contact) and the crisis line, boxed.
A team document (CONFIDENTIAL); no family copy is made by the app."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from btam_desktop.reports.page import (
    SHADE,
    PrintOptions,
    content_width,
    facts,
    gap,
    render,
    styles,
    title_block,
)
from btam_desktop.reports.snapshots import DocumentInfo
from btam_desktop.reports.text import para, paragraphs

#: The plan's parts, in the order a person in a hard moment goes through them.
PARTS = (
    ("warning_signs", "1. Warning signs: how I can tell a hard moment may be coming"),
    ("coping", "2. Things I can do on my own to get through it"),
    ("people_places", "3. People and places that help me feel better"),
    ("adults", "4. Adults I can ask for help (at school and at home)"),
)
NOTE = (
    "This plan was written with the student, in their words, as part of the school's "
    "suicide-risk protocol. It is not a clinical assessment. In an emergency, call 911."
)
EMPTY = "(nothing written yet)"


@dataclass(frozen=True, slots=True, kw_only=True)
class SafetyPlanSnapshot:
    info: DocumentInfo
    student: str
    grade: str
    made_on: date
    made_with: str
    warning_signs: str
    coping: str
    people_places: str
    adults: str
    crisis_line: str


def _box(rows: list[list[Flowable]], width: float, *, shaded: bool = False) -> Table:
    box = Table(rows, colWidths=[width], hAlign="LEFT")
    style = [
        ("BOX", (0, 0), (-1, -1), 1.5 if shaded else 0.6, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, 0), 6),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
    ]
    if shaded:
        style.append(("BACKGROUND", (0, 0), (-1, -1), SHADE))
    box.setStyle(TableStyle(style))
    return box


def build(snap: SafetyPlanSnapshot, options: PrintOptions | None = None) -> bytes:
    options = options or PrintOptions()
    s = styles()
    w = content_width(options)
    story: list[Flowable] = title_block(snap.info, width=w)
    story.append(
        facts(
            [
                ("Student", snap.student),
                ("Grade", snap.grade),
                ("Case number", snap.info.case_number),
                ("Made on", snap.made_on.isoformat()),
                ("Made with", snap.made_with or "—"),
            ],
            w,
        )
    )
    for name, heading in PARTS:
        text = getattr(snap, name).strip()
        story.append(gap(6))
        story.append(
            _box([[para(heading, s.h3)], *[[p] for p in paragraphs(text or EMPTY, s.body)]], w)
        )
    story.append(gap(10))
    story.append(
        _box(
            [
                [para("5. If I am in danger or in crisis, any time, day or night:", s.h3)],
                *[[p] for p in paragraphs(snap.crisis_line, s.body)],
            ],
            w,
            shaded=True,
        )
    )
    story.append(gap(8))
    story.append(para(NOTE, s.small))
    return render(snap.info, story, options)
