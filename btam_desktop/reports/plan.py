"""The intervention plan: the team's internal version, and the parent/student version in plain
words (no rationale, factors or law-enforcement notes), both with signature lines."""

from __future__ import annotations

from reportlab.platypus import Flowable

from btam_desktop.reports.case_summary import plan_section
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
from btam_desktop.reports.snapshots import ParentPlanSnapshot, PlanSnapshot
from btam_desktop.reports.text import para, paragraphs


def build(snapshot: PlanSnapshot, options: PrintOptions | None = None) -> bytes:
    """The internal plan (team only)."""
    options = options or PrintOptions()
    s = styles()
    w = content_width(options)
    snap = snapshot
    story: list[Flowable] = title_block(snap.info)
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
    story.append(heading("Plan"))
    story += plan_section(snap.plan, w)
    linked = [
        (i.description, "; ".join(i.reduces), "; ".join(i.strengthens))
        for i in snap.plan.interventions
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


def build_parent(snapshot: ParentPlanSnapshot, options: PrintOptions | None = None) -> bytes:
    """The plan for the student and their parents or guardians."""
    options = options or PrintOptions()
    s = styles()
    w = content_width(options)
    snap = snapshot
    story: list[Flowable] = title_block(snap.info)
    story.append(
        para(
            f"This is the support plan the school's team made with and for {snap.student}. "
            "It says what will happen, who does it and by when. It is here to help, not to "
            "punish.",
            s.body,
        )
    )
    story.append(heading("What we are working toward"))
    story += paragraphs(snap.goals or "—", s.body)
    story.append(heading("What will happen"))
    story.append(
        table(
            ("Area", "What", "Who", "By when"),
            [(i.area, i.what, i.who, i.when) for i in snap.items],
            [w * 0.17, w * 0.5, w * 0.2, w * 0.13],
            empty="Nothing planned yet.",
        )
    )
    if snap.next_review:
        story.append(gap(4))
        story.append(
            para(
                f"We will look at how it is going together on {snap.next_review.isoformat()}.",
                s.body,
            )
        )
    if snap.contact:
        story.append(para(f"Questions? Talk to {snap.contact} at the school.", s.body))
    story.append(gap(12))
    story.append(signature_lines(snap.signatures, w))
    return render(snap.info, story, options)
