"""The intervention plan: the team's internal version, and the parent/student version in plain
words (no rationale, factors, law-enforcement notes or anything about other people), both with
signature lines."""

from __future__ import annotations

from reportlab.platypus import Flowable

from btam_desktop.domain.local_time import long_day
from btam_desktop.reports.case_summary import plans_section, unresolved_block
from btam_desktop.reports.page import (
    PrintOptions,
    content_width,
    facts,
    gap,
    heading,
    render,
    signature_lines,
    styles,
    table,
    title_block,
)
from btam_desktop.reports.snapshots import ParentPlanLine, ParentPlanSnapshot, PlanSnapshot
from btam_desktop.reports.text import para, paragraphs


def build(snapshot: PlanSnapshot, options: PrintOptions | None = None) -> bytes:
    """The internal plan (team only)."""
    options = options or PrintOptions()
    s = styles()
    w = content_width(options)
    snap = snapshot
    story: list[Flowable] = title_block(snap.info, width=w)
    story.append(
        facts(
            [
                ("Student", snap.student),
                ("Grade", snap.grade),
                ("Case number", snap.info.case_number),
                ("Level of concern", snap.level_of_concern or "not set"),
                ("Next review", snap.next_review.isoformat() if snap.next_review else "not set"),
            ],
            w,
        )
    )
    story += unresolved_block(snap.unresolved)
    story.append(heading("Plan"))
    story += plans_section(snap.plan, snap.other_plans, snap.plan_fork, w)
    linked = [
        (i.description, "; ".join(i.reduces), "; ".join(i.strengthens))
        for p in (snap.plan, *snap.other_plans)
        for i in p.interventions
        if i.reduces or i.strengthens
    ]
    if linked:
        story.append(heading("What each intervention answers"))
        story.append(
            table(
                ("Intervention", "Reduces (risk)", "Strengthens (protective)"),
                linked,
                [w * 0.4, w * 0.3, w * 0.3],
            )
        )
    if snap.unaddressed_risk or snap.unaddressed_protective:
        story.append(heading("Not yet addressed"))
        if snap.unaddressed_risk:
            story.append(para("Risk factors: " + "; ".join(snap.unaddressed_risk), s.body))
        if snap.unaddressed_protective:
            story.append(
                para("Protective factors: " + "; ".join(snap.unaddressed_protective), s.body)
            )
    story.append(gap(12))
    story.append(signature_lines(snap.signatures, w))
    return render(snap.info, story, options)


_EVERY = {
    "daily": "Every day",
    "weekly": "Every week",
    "every two weeks": "Every two weeks",
    "monthly": "Every month",
    "as needed": "When needed",
}


def _when(item: ParentPlanLine) -> str:
    """'Every week, until Tuesday, January 5, 2027' or 'By Tuesday, January 5, 2027'."""
    every = _EVERY.get(item.frequency, "")
    if item.due_on is None:
        return every
    due = long_day(item.due_on)
    return f"{every}, until {due}" if every else f"By {due}"


def _contact(snap: ParentPlanSnapshot) -> str:
    c = snap.contact
    if c is None:
        return "Call the school and ask for the team that made this plan."
    who = f"{c.name}, {c.role}" if c.role else c.name
    if c.contact:
        return f"Contact {who}: {c.contact}."
    return f"Ask the school for {who}."


def build_parent(snapshot: ParentPlanSnapshot, options: PrintOptions | None = None) -> bytes:
    """The plan for the student and their parents or guardians: their own words for the
    student (first name), dates written out, whom to call, and nothing about other people."""
    options = options or PrintOptions()
    s = styles()
    w = content_width(options)
    snap = snapshot
    story: list[Flowable] = title_block(
        snap.info, title=f"Support plan for {snap.first_name}", width=w
    )
    team = f"The team at {snap.info.school}" if snap.info.school else "The school's team"
    story.append(
        para(
            f"{team} made this plan with and for {snap.student}. It says what will happen, "
            f"who does it and when. It is here to help {snap.first_name}, not to punish.",
            s.body,
        )
    )
    story.append(heading("What we are working toward"))
    story += paragraphs(snap.goals or "—", s.body)
    story.append(heading("What will happen"))
    story.append(
        table(
            ("What", "Who", "When"),
            [(i.what, i.who, _when(i)) for i in snap.items],
            [w * 0.4, w * 0.26, w * 0.34],
            empty="Nothing planned yet.",
        )
    )
    if snap.next_review:
        story.append(gap(4))
        story.append(
            para(
                f"We will look at how it is going together on {long_day(snap.next_review)}.",
                s.body,
            )
        )
    story.append(heading("Questions?"))
    story.append(para(_contact(snap), s.body))
    story.append(gap(12))
    story.append(signature_lines(snap.signatures, w))
    return render(snap.info, story, options)
