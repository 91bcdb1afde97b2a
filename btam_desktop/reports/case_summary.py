"""The case summary for administrators (and, redacted, for law enforcement or a receiving
school): student and case facts, referrals in the reporter's words, screening, inquiry,
the latest assessment, the current plan, notifications, reviews and the timeline."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, KeepTogether

from btam_desktop.domain.timeline import runs
from btam_desktop.reports.page import (
    PrintOptions,
    content_width,
    facts,
    gap,
    heading,
    lead_in,
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
    TimelineLine,
)
from btam_desktop.reports.text import label_value, para, paragraphs


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _yes(flag: bool) -> str:
    return "Yes" if flag else "No"


def _flags(r: ReferralFacts) -> list[str]:
    return [
        flag
        for flag, on in (
            ("IMMINENT DANGER reported", r.imminent),
            ("WEAPON MENTIONED", r.weapon),
        )
        if on
    ]


def _referral(r: ReferralFacts, n: int, width: float) -> list[Flowable]:
    s = styles()
    head = para(f"Report {n}: {r.received_at} · {r.channel} · reported by {r.reporter}", s.h3)
    out: list[Flowable] = []
    if flags := _flags(r):
        out.append(para(" · ".join(flags), s.alarm))
    if r.location:
        out.append(label_value("Where", r.location, s.body))
    if r.verbatim:
        out += lead_in(para("Words as reported", s.label), paragraphs(r.verbatim, s.quote))
    if r.narrative:
        out += lead_in(para("What happened", s.label), paragraphs(r.narrative, s.quote))
    if r.prior_concerns:
        out.append(label_value("Earlier concerns", r.prior_concerns, s.body))
    if r.imminent and r.emergency_actions:
        out.append(label_value("Emergency steps taken", r.emergency_actions, s.body))
    return lead_in(head, out)


def alarms(referrals: tuple[ReferralFacts, ...]) -> list[Flowable]:
    """What no reader may miss, before anything else: a weapon mentioned in a report."""
    weapon = [str(n) for n, r in enumerate(referrals, 1) if r.weapon]
    if not weapon:
        return []
    which = "report " + weapon[0] if len(weapon) == 1 else "reports " + ", ".join(weapon)
    return [para(f"WEAPON: a weapon was mentioned in {which}.", styles().alarm)]


def collapse(timeline: tuple[TimelineLine, ...]) -> list[tuple[str, str, str]]:
    """The timeline with runs of one event by one person made one line ("updated an inquiry
    item (answered), 14 times"), so the moves of a case are not lost among its edits (the
    Timeline tab gathers runs by the same rule, `domain.timeline.runs`)."""
    gathered = runs(timeline, lambda line: (line.who, line.what))
    return [(_span(run[0].when, run[-1].when), run[0].who, _times(run)) for run in gathered]


def _span(first: str, last: str) -> str:
    """'2026-12-06 16:52 to 17:10' (the day once when both are on it)."""
    if first == last:
        return first
    day, _, time = last.partition(" ")
    return f"{first} to {time if first.startswith(day + ' ') else last}"


def _times(run: list[TimelineLine]) -> str:
    return run[0].what if len(run) == 1 else f"{run[0].what}, {len(run)} times"


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
    body: list[Flowable] = []
    for line in lines:
        body += paragraphs(line, s.body)
    return lead_in(heading("Unresolved changes"), body)


def _assessment(a: AssessmentFacts, width: float, *, latest: bool) -> list[Flowable]:
    s = styles()
    word = "Latest assessment" if latest else "Earlier assessment"
    head = para(f"{word}: version {a.version}, {a.assessed_on.isoformat()} ({a.model})", s.h3)
    out: list[Flowable] = lead_in(
        head,
        [
            facts(
                [
                    ("Level of concern", a.level),
                    ("Risk factors", "; ".join(a.risk_factors)),
                    ("Protective factors", "; ".join(a.protective_factors)),
                    ("Present", ", ".join(a.present)),
                ],
                width,
            )
        ],
    )
    out += lead_in(para("Rationale", s.label), paragraphs(a.rationale, s.body))
    for who, view in a.dissent:
        out.append(label_value(f"Dissent ({who})", view, s.body))
    if a.answers:
        answers = table(("Question", "Answer"), a.answers, [width * 0.5, width * 0.5])
        out += lead_in(para("Key questions", s.label), [answers])
    return out


def plan_section(plan: PlanFacts, width: float) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [
        para(f"Version {plan.version}, saved {plan.saved_at} by {plan.saved_by}", s.body),
        *lead_in(para("Goals", s.label), paragraphs(plan.goals or "—", s.body)),
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
    snap, case = snapshot, snapshot.case
    story: list[Flowable] = title_block(snap.info, width=w)
    if snap.prepared_for:
        note = f"Prepared for {snap.prepared_for}: names are initials only."
        if snap.left_out:
            note += " Left out: " + ", ".join(snap.left_out) + "."
        story.append(para(note, s.banner))
    if case.urgent:
        story.append(para("URGENT: the imminent-danger check was yes.", s.alarm))
    story += alarms(snap.referrals)
    story += unresolved_block(snap.unresolved)
    story += section("Student and case", [facts(_case_facts(snap), w)])
    for title, body in _sections(snap, w):
        if body:
            story += section(title, body)
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


def section(title: str, body: list[Flowable]) -> list[Flowable]:
    """A section heading kept with the start of its body."""
    return lead_in(heading(title), body)


def _case_facts(snap: CaseSummarySnapshot) -> list[tuple[str, str]]:
    case, student = snap.case, snap.student
    closed = (
        [("Closed", f"{_day(case.closed_on)}: {case.closure_reason}")] if case.closed_on else []
    )
    return [
        ("Student", student.name),
        ("Grade", student.grade),
        ("School", student.school),
        ("Student id", student.student_id),
        ("Date of birth", _day(student.date_of_birth)),
        ("IEP or 504 plan", _yes(student.iep_504)),
        ("Case number", case.number),
        ("Status", case.status),
        ("Opened", case.opened_on.isoformat()),
        ("Level of concern", case.level_of_concern or "Not set"),
        ("Case manager", case.case_manager or "None"),
        ("Next review", _day(case.next_review) or "Not set"),
        *closed,
    ]


def _sections(snap: CaseSummarySnapshot, w: float) -> list[tuple[str, list[Flowable]]]:
    """Each section's title and body, in reading order (an empty body is left out)."""
    s = styles()
    out: list[tuple[str, list[Flowable]]] = []
    if snap.persons:
        people = [(p.role, p.name, p.grade) for p in snap.persons]
        out.append(
            (
                "People involved",
                [table(("Role", "Name", "Grade"), people, [w * 0.25, w * 0.55, w * 0.2])],
            )
        )
    referrals: list[Flowable] = []
    for n, r in enumerate(snap.referrals, 1):
        referrals += _referral(r, n, w)
    out.append((f"Referrals ({len(snap.referrals)})", referrals))
    if snap.screenings:
        rows = [(x.decided_at, x.decision, x.decided_by, x.reason) for x in snap.screenings]
        widths = [w * 0.2, w * 0.25, w * 0.2, w * 0.35]
        out.append(("Screening", [table(("Decided", "Decision", "By", "Reason"), rows, widths)]))
    if snap.fact_finding is not None:
        ff = snap.fact_finding
        out.append(
            (
                "Inquiry",
                [
                    para(
                        f"{ff.done} of {ff.total} items looked into; {ff.overdue} overdue.", s.body
                    ),
                    table(
                        ("Item", "Status", "Findings"),
                        [(i.text, i.status, i.findings) for i in ff.items],
                        [w * 0.35, w * 0.15, w * 0.5],
                        empty="No checklist yet.",
                    ),
                ],
            )
        )
    assessments: list[Flowable] = []
    for n, a in enumerate(snap.assessments):
        assessments += _assessment(a, w, latest=n == 0)
    out.append(("Assessment", assessments))
    if snap.plan is not None:
        out.append(("Current plan", plans_section(snap.plan, snap.other_plans, snap.plan_fork, w)))
    if snap.notifications:
        out.append(("Notifications", [_notifications(snap, w)]))
    if snap.reviews:
        rows = [
            (r.held_on.isoformat(), r.decision, r.progress, _day(r.next_review))
            for r in snap.reviews
        ]
        widths = [w * 0.14, w * 0.2, w * 0.51, w * 0.15]
        out.append(
            ("Reviews", [table(("Held", "Decision", "Progress", "Next review"), rows, widths)])
        )
    if snap.timeline:
        events = collapse(snap.timeline)
        widths = [w * 0.24, w * 0.24, w * 0.52]
        out.append(("Timeline", [table(("When", "Who", "What"), events, widths)]))
    return out


def _notifications(snap: CaseSummarySnapshot, w: float) -> Flowable:
    return table(
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
        [w * 0.14, w * 0.24, w * 0.12, w * 0.32, w * 0.18],
    )
