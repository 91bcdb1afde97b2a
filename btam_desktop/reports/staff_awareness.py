"""All-staff awareness training on paper: a session's sign-in sheet and a school year's
coverage. No student data: the page says "For staff", not CONFIDENTIAL."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

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
    table,
    title_block,
)
from btam_desktop.reports.snapshots import SignInSheetSnapshot, StaffCoverageSnapshot
from btam_desktop.reports.text import para

#: Height of a row to sign on (points): room for a handwritten signature.
SIGN_ROW = 24.0
_BLANK = "_" * 28


def _sign_grid(
    header: tuple[str, ...], rows: list[list[str]], shares: tuple[float, ...], w: float
) -> Flowable:
    s = styles()
    data: list[list[Flowable]] = [[Paragraph(h, s.cell_head) for h in header]]
    data += [[para(cell, s.cell) for cell in row] for row in rows]
    grid = Table(
        data,
        colWidths=[w * share for share in shares],
        rowHeights=[None] + [SIGN_ROW] * len(rows),
        repeatRows=1,
        hAlign="LEFT",
    )
    grid.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ]
        )
    )
    return grid


def build_sign_in_sheet(
    snapshot: SignInSheetSnapshot, options: PrintOptions | None = None
) -> bytes:
    options = options or PrintOptions()
    s = styles()
    w = content_width(options)
    snap = snapshot
    story: list[Flowable] = title_block(snap.info, width=w)
    story.append(
        facts(
            [
                ("Date", snap.held_on.isoformat() if snap.held_on else _BLANK),
                ("Led by", snap.led_by or _BLANK),
                ("Topic and format", snap.topic or _BLANK),
            ],
            w,
        )
    )
    story.append(gap(6))
    story.append(
        para(
            "Recognizing and reporting concerning behavior: every member of staff attends "
            "once each school year. Sign beside your name.",
            s.body,
        )
    )
    shares = (0.06, 0.32, 0.27, 0.35)
    story.append(
        _sign_grid(
            ("#", "Name", "Role / department", "Signature"),
            [[str(n), p.name, p.described, ""] for n, p in enumerate(snap.staff, 1)],
            shares,
            w,
        )
        if snap.staff
        else para("No staff list yet: everyone writes their name below.", s.body)
    )
    story.append(heading("Not on the list? Write your name"))
    story.append(
        _sign_grid(
            ("#", "Name", "Role / department", "Signature"),
            [["", "", "", ""] for _ in range(snap.write_in)],
            shares,
            w,
        )
    )
    return render(snap.info, story, options)


def build_coverage(snapshot: StaffCoverageSnapshot, options: PrintOptions | None = None) -> bytes:
    options = options or PrintOptions()
    s = styles()
    w = content_width(options)
    snap = snapshot
    story: list[Flowable] = title_block(snap.info, f"School year {snap.year_label}", width=w)
    story.append(
        para(f"{snap.trained} of {snap.total} staff attended a session this school year.", s.body)
    )
    story.append(heading("Sessions"))
    story.append(
        table(
            ("Date", "Led by", "Topic and format", "Attended"),
            [(x.held_on.isoformat(), x.led_by, x.topic, str(x.attended)) for x in snap.sessions],
            [w * 0.14, w * 0.26, w * 0.48, w * 0.12],
            empty="No session this school year yet.",
        )
    )
    story.append(heading(f"Not yet trained ({len(snap.missing)})"))
    story.append(
        table(
            ("Name", "Role / department"),
            [(p.name, p.described) for p in snap.missing],
            [w * 0.45, w * 0.55],
            empty="Everyone on the staff list attended.",
        )
    )
    return render(snap.info, story, options)
