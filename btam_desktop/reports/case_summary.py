"""The case summary for administrators (and, redacted, for law enforcement or a receiving
school): student and case facts, referrals in the reporter's words, screening, inquiry,
the latest assessment, the current plan, notifications, reviews and the timeline."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, KeepTogether

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
from btam_desktop.reports.snapshots import (
    AssessmentFacts,
    CaseSummarySnapshot,
    PlanFacts,
    ReferralFacts,
)
from btam_desktop.reports.text import label_value, para, paragraphs


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _referral(r: ReferralFacts, n: int, width: float) -> list[Flowable]:
    s = styles()
    flags = [f for f, on in (("IMMINENT DANGER", r.imminent), ("weapon mentioned", r.weapon)) if on]
    out: list[Flowable] = [
        para(f"Report {n}: {r.received_at} · {r.channel} · reported by {r.reporter}", s.h3)
    ]
    if flags:
        out.append(para(" · ".join(flags), s.body))
    if r.location:
        out.append(label_value("Where", r.location, s.body))
    if r.verbatim:
        out.append(para("Words as reported:", s.body))
        out += paragraphs(r.verbatim, s.quote)
    if r.narrative:
        out.append(para("What happened:", s.body))
        out += paragraphs(r.narrative, s.quote)
    if r.prior_concerns:
        out.append(label_value("Earlier concerns", r.prior_concerns, s.body))
    if r.imminent and r.emergency_actions:
        out.append(label_value("Emergency steps taken", r.emergency_actions, s.body))
    return out


def plans_section(
    plan: PlanFacts, others: tuple[PlanFacts, ...], fork: str, width: float
) -> list[Flowable]:
    """The current plan; a plan published twice from one version prints every version under
    the unresolved line, never the one the screen happens to show."""
    if not fork:
        return plan_section(plan, width)
    s = styles()
    out: list[Flowable] = [para(fork, s.banner)]
    for each in (plan, *others):
        out.append(para(f"The version {each.saved_by or 'a former member'} saved", s.h3))
        out += plan_section(each, width)
    return out


def unresolved_block(lines: tuple[str, ...]) -> list[Flowable]:
    """Changes made at once on two laptops, not yet resolved: listed before anything else."""
    if not lines:
        return []
    s = styles()
    out: list[Flowable] = [heading("Unresolved changes")]
    for line in lines:
        out += paragraphs(line, s.body)
    return out


def _assessment(a: AssessmentFacts, width: float, *, latest: bool) -> list[Flowable]:
    s = styles()
    word = "Latest assessment" if latest else "Earlier assessment"
    out: list[Flowable] = [
        para(f"{word}: version {a.version}, {a.assessed_on.isoformat()} ({a.model})", s.h3),
        facts(
            [
                ("Level of concern", a.level),
                ("Risk factors", "; ".join(a.risk_factors)),
                ("Protective factors", "; ".join(a.protective_factors)),
                ("Present", ", ".join(a.present)),
            ],
            width,
        ),
        para("Rationale:", s.body),
    ]
    out += paragraphs(a.rationale, s.body)
    for who, view in a.dissent:
        out.append(label_value(f"Dissent ({who})", view, s.body))
    return out


def plan_section(plan: PlanFacts, width: float) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [
        para(f"Version {plan.version}, saved {plan.saved_at} by {plan.saved_by}", s.body),
        para("Goals:", s.body),
        *paragraphs(plan.goals or "—", s.body),
        gap(3),
        table(
            ("Area", "Intervention", "Responsible", "Due", "Status"),
            [
                (
                    i.domain,
                    f"{i.kind}: {i.description}"
                    + (f" ({i.frequency})" if i.frequency and i.frequency != "once" else ""),
                    i.responsible,
                    _day(i.due_on),
                    i.status + (f" — {i.status_reason}" if i.status_reason else ""),
                )
                for i in plan.interventions
            ],
            [width * 0.14, width * 0.4, width * 0.17, width * 0.14, width * 0.15],
            empty="No interventions yet.",
        ),
    ]
    return out


def build(snapshot: CaseSummarySnapshot, options: PrintOptions | None = None) -> bytes:
    options = options or PrintOptions()
    s = styles()
    w = content_width(options)
    snap, case, student = snapshot, snapshot.case, snapshot.student
    story: list[Flowable] = title_block(snap.info, width=w)
    if snap.prepared_for:
        note = f"Prepared for {snap.prepared_for}: names are initials only."
        if snap.left_out:
            note += " Left out: " + ", ".join(snap.left_out) + "."
        story.append(para(note, s.banner))
    if case.urgent:
        story.append(para("URGENT: the imminent-danger check was yes.", s.banner))
    story += unresolved_block(snap.unresolved)
    story.append(heading("Student and case"))
    story.append(
        facts(
            [
                ("Student", student.name),
                ("Grade", student.grade),
                ("School", student.school),
                ("Student id", student.student_id),
                ("Date of birth", _day(student.date_of_birth)),
                ("IEP or 504 plan", _yes(student.iep_504)),
                ("Case number", case.number),
                ("Status", case.status),
                ("Opened", case.opened_on.isoformat()),
                ("Level of concern", case.level_of_concern or "not set"),
                ("Case manager", case.case_manager or "none"),
                ("Next review", _day(case.next_review) or "not set"),
            ]
            + (
                [("Closed", f"{_day(case.closed_on)}: {case.closure_reason}")]
                if case.closed_on
                else []
            ),
            w,
        )
    )
    if snap.persons:
        story.append(heading("People involved"))
        story.append(
            table(
                ("Role", "Name", "Grade"),
                [(p.role, p.name, p.grade) for p in snap.persons],
                [w * 0.25, w * 0.55, w * 0.2],
            )
        )
    if snap.referrals:
        story.append(heading(f"Referrals ({len(snap.referrals)})"))
        for n, r in enumerate(snap.referrals, 1):
            story += _referral(r, n, w)
    if snap.screenings:
        story.append(heading("Screening"))
        story.append(
            table(
                ("Decided", "Decision", "By", "Reason"),
                [(x.decided_at, x.decision, x.decided_by, x.reason) for x in snap.screenings],
                [w * 0.2, w * 0.2, w * 0.2, w * 0.4],
            )
        )
    if snap.fact_finding is not None:
        ff = snap.fact_finding
        story.append(heading("Inquiry"))
        story.append(
            para(f"{ff.done} of {ff.total} items looked into; {ff.overdue} overdue.", s.body)
        )
        story.append(
            table(
                ("Item", "Status", "Findings"),
                [(i.text, i.status, i.findings) for i in ff.items],
                [w * 0.35, w * 0.15, w * 0.5],
                empty="No checklist yet.",
            )
        )
    if snap.assessments:
        story.append(heading("Assessment"))
        for n, a in enumerate(snap.assessments):
            story += _assessment(a, w, latest=n == 0)
    if snap.plan is not None:
        story.append(heading("Current plan"))
        story += plans_section(snap.plan, snap.other_plans, snap.plan_fork, w)
    if snap.notifications:
        story.append(heading("Notifications"))
        story.append(
            table(
                ("Date", "To", "Method", "What was shared", "Legal basis"),
                [
                    (
                        n.notified_on.isoformat(),
                        f"{n.recipient}: {n.recipient_name}" if n.recipient_name else n.recipient,
                        n.method,
                        n.shared,
                        n.legal_basis,
                    )
                    for n in snap.notifications
                ],
                [w * 0.14, w * 0.22, w * 0.12, w * 0.34, w * 0.18],
            )
        )
    if snap.reviews:
        story.append(heading("Reviews"))
        story.append(
            table(
                ("Held", "Decision", "Progress", "Next review"),
                [
                    (r.held_on.isoformat(), r.decision, r.progress, _day(r.next_review))
                    for r in snap.reviews
                ],
                [w * 0.14, w * 0.16, w * 0.55, w * 0.15],
            )
        )
    if snap.timeline:
        story.append(heading("Timeline"))
        story.append(
            table(
                ("When", "Who", "What"),
                [(t.when, t.who, t.what) for t in snap.timeline],
                [w * 0.2, w * 0.25, w * 0.55],
            )
        )
    story.append(gap(10))
    story.append(
        KeepTogether(
            [
                para(
                    "End of the case summary. Printed pages are part of the student's record.",
                    s.small,
                )
            ]
        )
    )
    return render(snap.info, story, options)
