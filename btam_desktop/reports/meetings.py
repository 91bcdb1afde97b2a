"""Meeting documents: the agenda (masked by default: initials and case numbers) and the approved
minutes (decisions with rationale and dissent, action items, attendance, approval, addenda)."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from btam_desktop.reports.page import (
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
from btam_desktop.reports.snapshots import ActionLine, AgendaSnapshot, MeetingFacts, MinutesSnapshot
from btam_desktop.reports.text import label_value, para, paragraphs


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _meeting(m: MeetingFacts, width: float) -> Flowable:
    return facts(
        [
            ("Date", m.held_on.isoformat()),
            ("Time", f"{m.starts_at} ({m.duration_minutes} minutes)"),
            ("Place", m.place),
            ("Chair", m.chair),
            ("Notes", m.note_taker),
        ],
        width,
    )


def _actions(actions: tuple[ActionLine, ...], width: float, empty: str) -> Flowable:
    return table(
        ("Case", "What", "Who", "Due", "Done"),
        [(a.case_number, a.what, a.who, _day(a.due_on), _day(a.done_on)) for a in actions],
        [width * 0.13, width * 0.39, width * 0.2, width * 0.14, width * 0.14],
        empty=empty,
    )


def _masking_note(masked: bool) -> str:
    return (
        "Students are named by initials and case number."
        if masked
        else "This copy names students in full: keep it within the team."
    )


def build_agenda(snapshot: AgendaSnapshot, options: PrintOptions | None = None) -> bytes:
    options = options or PrintOptions()
    s = styles()
    w = content_width(options)
    snap = snapshot
    story: list[Flowable] = title_block(snap.info, _masking_note(snap.masked), width=w)
    story.append(_meeting(snap.meeting, w))
    story.append(heading("Agenda"))
    total = sum(i.minutes for i in snap.items)
    story.append(
        table(
            ("#", "Case", "Student", "Section", "Item", "Min."),
            [
                (
                    str(i.position),
                    i.case_number,
                    i.student,
                    i.kind,
                    i.title + (f" — {i.reason}" if i.reason else ""),
                    str(i.minutes),
                )
                for i in snap.items
            ],
            [w * 0.05, w * 0.13, w * 0.11, w * 0.16, w * 0.47, w * 0.08],
            empty="No items yet.",
        )
    )
    story.append(para(f"Planned time: {total} minutes.", s.small))
    if snap.open_actions:
        story.append(heading("Open action items"))
        story.append(_actions(snap.open_actions, w, "None."))
    return render(snap.info, story, options)


def build_minutes(snapshot: MinutesSnapshot, options: PrintOptions | None = None) -> bytes:
    options = options or PrintOptions()
    s = styles()
    w = content_width(options)
    snap = snapshot
    story: list[Flowable] = title_block(snap.info, _masking_note(snap.masked), width=w)
    if snap.approval is None:
        story.append(para("DRAFT: these minutes are not approved yet.", s.banner))
    story.append(_meeting(snap.meeting, w))
    story.append(heading("Attendance"))
    if any(a.present for a in snap.attendance):
        story.append(
            table(
                ("Member", "Role", "Present", "Note"),
                [(a.name, a.role, "yes" if a.present else "no", a.note) for a in snap.attendance],
                [w * 0.35, w * 0.25, w * 0.12, w * 0.28],
            )
        )
    else:  # a row of "no" would read as a meeting nobody came to
        story.append(para("Not recorded yet.", s.body))
    if snap.partners:
        story.append(heading("Partners from outside agencies"))
        story.append(
            table(
                ("Partner", "Agency", "Role", "Agreement"),
                [(p.name, p.agency, p.role, p.agreement) for p in snap.partners],
                [w * 0.25, w * 0.3, w * 0.2, w * 0.25],
            )
        )
        story.append(gap(3))
        story.append(
            para(
                "Partners take part under a written agreement with the school: the records "
                "stay under the school's direct control and are not disclosed further.",
                s.small,
            )
        )
    story.append(heading("Items and decisions"))
    for item in snap.items:
        who = " · ".join(x for x in (item.case_number, item.student) if x)
        story.append(para(f"{item.position}. {item.title}" + (f" ({who})" if who else ""), s.h3))
        if not item.decisions:
            story.append(para("No decision recorded.", s.body))
        for d in item.decisions:
            story.append(label_value("Decision", d.decision, s.body))
            if d.rationale:
                story.append(label_value("Rationale", d.rationale, s.body))
            if d.dissent:
                story.append(label_value("Dissent", d.dissent, s.body))
    actions = tuple(a for item in snap.items for a in item.actions)
    story.append(heading("Action items"))
    story.append(_actions(actions, w, "No action items."))
    story.append(heading("Approval"))
    if snap.approval is None:
        story.append(para("Not approved.", s.body))
    else:
        story.append(
            para(f"Approved by {snap.approval.approved_by} on {snap.approval.approved_at}.", s.body)
        )
    if snap.addenda:
        story.append(heading("Addenda (after approval)"))
        for addendum in snap.addenda:
            story.append(para(f"{addendum.added_at}, {addendum.added_by}:", s.h3))
            story += paragraphs(addendum.text, s.body)
    story.append(gap(6))
    return render(snap.info, story, options)
