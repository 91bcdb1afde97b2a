"""The intervention plan: the team's internal version, and the parent/student version in plain
words (no rationale, factors, law-enforcement notes or anything about other people), both with
signature lines."""

from __future__ import annotations

from reportlab.platypus import Flowable

from btam_desktop.reports.case_summary import plans_section, unresolved_block
from btam_desktop.reports.family_words import PLAN, PlanWords, long_date
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


def _when(item: ParentPlanLine, words: PlanWords, language: str) -> str:
    """'Every week, until Tuesday, January 5, 2027' or 'By Tuesday, January 5, 2027' (or the
    same in the paper's language)."""
    every = words.every.get(item.frequency, "")
    if item.due_on is None:
        return every
    due = long_date(item.due_on, language)
    return words.until.format(every=every, due=due) if every else words.by.format(due=due)


def _contact(snap: ParentPlanSnapshot, words: PlanWords) -> str:
    c = snap.contact
    if c is None:
        return words.no_contact
    who = words.who.format(name=c.name, role=c.role) if c.role else c.name
    if c.contact:
        return words.contact.format(who=who, contact=c.contact)
    return words.ask_for.format(who=who)


def _by_area(items: tuple[ParentPlanLine, ...]) -> list[tuple[str, list[ParentPlanLine]]]:
    """The items under their plan domain, domains in the order the plan first names them."""
    areas: dict[str, list[ParentPlanLine]] = {}
    for item in items:
        areas.setdefault(item.area, []).append(item)
    return list(areas.items())


def build_parent(snapshot: ParentPlanSnapshot, options: PrintOptions | None = None) -> bytes:
    """The plan for the student and their parents or guardians, in the family's language
    (`snapshot.language`): their own words for the student (first name), dates written out,
    what will happen under each plan domain (the pack's words), whom to call, and nothing
    about other people. The team's typed text prints as typed."""
    options = options or PrintOptions()
    s = styles()
    w = content_width(options)
    snap = snapshot
    language = snap.language
    words = PLAN[language]
    story: list[Flowable] = title_block(
        snap.info, title=words.title.format(first=snap.first_name), width=w
    )
    school = snap.info.school
    team = words.team_at.format(school=school) if school else words.team_here
    story.append(
        para(words.intro.format(team=team, student=snap.student, first=snap.first_name), s.body)
    )
    story.append(heading(words.goals))
    story += paragraphs(snap.goals or "—", s.body)
    story.append(heading(words.happens))
    widths = [w * 0.4, w * 0.26, w * 0.34]
    if not snap.items:
        story.append(para(words.nothing, s.body))
    for area, items in _by_area(snap.items):
        rows = [(i.what, i.who, _when(i, words, language)) for i in items]
        block: list[Flowable] = [para(area, s.h3)] if area else []
        story += [*block, table(words.columns, rows, widths)]
    if snap.next_review:
        story.append(gap(4))
        story.append(para(words.review.format(day=long_date(snap.next_review, language)), s.body))
    story.append(heading(words.questions))
    story.append(para(_contact(snap, words), s.body))
    story.append(gap(12))
    story.append(signature_lines(words.signatures, w, language))
    return render(snap.info, story, options)
