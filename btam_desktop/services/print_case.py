"""Snapshots of one case for printing: the case summary (with its redaction presets), the
internal plan and the parent/student plan. Masking happens here, before a builder sees the
data: a name that is not in the snapshot cannot reach the paper."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from btam_desktop.domain.case import STATUS_NAMES, Case, Person, PersonRole
from btam_desktop.domain.disclosure import PRESET_READERS, Audience
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.inquiry import ITEM_STATUS_NAMES, progress
from btam_desktop.domain.language import PAPER_LANGUAGES
from btam_desktop.domain.local_time import moment_text
from btam_desktop.domain.pack import Pack
from btam_desktop.domain.plan import (
    INTERVENTION_TYPE_NAMES,
    LEGAL_BASIS_NAMES,
    RECIPIENT_WORDS,
    LegalBasis,
    Plan,
    about_others,
    carried_by,
)
from btam_desktop.domain.records import initials, today
from btam_desktop.domain.referral import CHANNEL_NAMES, Referral, ReporterKind
from btam_desktop.domain.team import ROLE_NAMES
from btam_desktop.packs import snapshot as pack_snapshot
from btam_desktop.reports import handout_words, snapshots as sn
from btam_desktop.services import manage, unresolved as open_conflicts
from btam_desktop.services.packs import case_pack
from btam_desktop.services.print_words import (
    STATUSES,
    describe,
    key_answers,
    level,
    outcome,
    review_decision,
    sentence,
)
from btam_desktop.services.session import Session
from btam_desktop.storage import (
    case_repo,
    contact_repo,
    inquiry_repo,
    manage_repo,
    referral_repo,
    team_repo,
)

SECTIONS = (
    "People involved",
    "Referrals",
    "Screening",
    "Inquiry",
    "Assessment",
    "Current plan",
    "Notifications",
    "Reviews",
    "Timeline",
)


@dataclass(frozen=True, slots=True)
class Preset:
    reader: str  # "Prepared for ..."
    leaves_out: tuple[str, ...]


#: Redaction presets: each shows initials only, no reporter names, no student id or birth
#: date, and leaves out the sections its reader has no need to see.
PRESETS: dict[str, Preset] = {
    "administrator": Preset(
        PRESET_READERS["administrator"], ("People involved", "Inquiry", "Timeline")
    ),
    "law_enforcement": Preset(
        PRESET_READERS["law_enforcement"],
        ("People involved", "Inquiry", "Notifications", "Reviews", "Timeline"),
    ),
    "receiving_school": Preset(
        PRESET_READERS["receiving_school"],
        ("People involved", "Screening", "Inquiry", "Notifications", "Timeline"),
    ),
}


def preset(name: str) -> Preset | None:
    if not name:
        return None
    try:
        return PRESETS[name]
    except KeyError:
        choices = ", ".join(PRESETS)
        raise ValidationError(f"'{name[:40]}' is not a redaction preset ({choices}).") from None


# -- names -----------------------------------------------------------------------------------
def scrubber(names: list[str]) -> Callable[[str], str]:
    """Replaces every known person's name (whole, then each part of it) with initials."""
    pairs: list[tuple[str, str]] = []
    for name in sorted(set(names), key=len, reverse=True):
        pairs.append((name, initials(name)))
        for part in re.split(r"[\s-]+", name):
            if len(part) >= 3:
                pairs.append((part, f"{part[0]}."))
    if not pairs:
        return lambda text: text
    table = {key.casefold(): value for key, value in reversed(pairs)}
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(re.escape(k) for k, _ in pairs) + r")(?!\w)", re.IGNORECASE
    )
    return lambda text: pattern.sub(lambda m: table[m.group(0).casefold()], text)


def member_names(session: Session) -> dict[str, str]:
    """Members past and present, and the other staff and providers the records name."""
    conn = session.ocf.conn
    everyone = team_repo.list_members(conn, include_inactive=True)
    outside = contact_repo.list_contacts(conn, include_removed=True)
    return {m.id: m.shown_name for m in everyone} | {c.id: c.shown_name for c in outside}


def _reporter(r: Referral, *, redacted: bool) -> str:
    if r.reporter_kind is ReporterKind.ANONYMOUS:
        return "anonymous"
    if r.reporter_kind is ReporterKind.CONFIDENTIAL:
        return "a reporter whose identity is kept confidential"
    if redacted:
        return r.reporter_relationship or "a named reporter"
    return r.reporter_name + (f", {r.reporter_relationship}" if r.reporter_relationship else "")


def _plan_facts(plan: Plan, names: dict[str, str], scrub: Callable[[str], str]) -> sn.PlanFacts:
    return sn.PlanFacts(
        version=plan.version,
        saved_at=moment_text(plan.saved_at) if plan.saved_at else "",
        saved_by=names.get(plan.saved_by or "", ""),
        goals=scrub(plan.goals),
        interventions=tuple(
            sn.InterventionLine(
                domain=i.domain,
                kind=INTERVENTION_TYPE_NAMES[i.type],
                description=scrub(i.description),
                responsible=carried_by(i, names),
                start_on=i.start_on,
                due_on=i.due_on,
                frequency=i.frequency,
                status=sentence(i.status.value),
                status_reason=scrub(i.status_reason),
                reduces=i.reduces,
                strengthens=i.strengthens,
            )
            for i in plan.interventions
        ),
    )


def _status(case: Case, pack: Pack) -> str:
    """The stage as the screen names it, with the model's own name when it has another
    ("Inquiry (Resolve or investigate)"): one vocabulary on screen and paper."""
    ours = STATUS_NAMES[case.status]
    theirs = pack.stages.get(case.status.value, ours)
    return ours if theirs.casefold() == ours.casefold() else f"{ours} ({theirs})"


# -- documents -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CaseContext:
    case: Case
    persons: list[Person]
    subject: Person | None
    names: dict[str, str]
    pack: Pack
    #: Fields changed at once on two laptops and not yet resolved: every version prints.
    unresolved: open_conflicts.Unresolved

    def word(self, table: str, field: str, value: object) -> str:
        """A stored value as this case's paper says it (a level's label, a stage's name)."""
        if value is None or value == "":
            return "(empty)"
        if field == "level_of_concern":
            return level(str(value), self.pack)
        if table == "cases" and field == "status" and str(value) in STATUSES:
            return STATUS_NAMES[STATUSES[str(value)]]
        if field in _FLAGS:
            return "yes" if value else "no"
        if field == "deleted_at":
            return "deleted"
        if field == "decision" and table == "screenings":
            return outcome(str(value), self.pack)
        if field == "decision" and table == "reviews":
            return review_decision(str(value))
        return str(value)

    def text(self, table: str, row_id: str, field: str, shown: str) -> str:
        return self.unresolved.text(
            table, row_id, field, shown, lambda value: self.word(table, field, value)
        )

    def unresolved_lines(self) -> tuple[str, ...]:
        return self.unresolved.lines(self.word)


_FLAGS = frozenset({"urgent", "weapon", "imminent", "iep_504", "active", "is_lead"})


def context(session: Session, case_id: str) -> CaseContext:
    conn = session.ocf.conn
    case = case_repo.get_case(conn, case_id)
    persons = case_repo.persons_of(conn, case_id)
    subject = next((p for p in persons if p.role is PersonRole.SUBJECT), None)
    names = member_names(session)
    return CaseContext(
        case,
        persons,
        subject,
        names,
        case_pack(conn, case),
        open_conflicts.of_case(session, case_id, names),
    )


def case_summary(
    session: Session,
    ctx: CaseContext,
    info: sn.DocumentInfo,
    *,
    include_earlier: bool = False,
    redact: str = "",
) -> sn.CaseSummarySnapshot:
    conn = session.ocf.conn
    chosen = preset(redact)
    case, names, pack = ctx.case, ctx.names, ctx.pack
    redacted = chosen is not None
    scrub = scrubber([p.name for p in ctx.persons]) if redacted else (lambda text: text)
    leaves_out = set(chosen.leaves_out) if chosen else set()

    def show(section: str) -> bool:
        return section not in leaves_out

    subject = ctx.subject
    student = sn.StudentFacts(
        scrub(subject.name) if subject else "",
        subject.grade if subject else "",
        subject.school if subject else "",
        "" if redacted or not subject else subject.student_id,
        None if redacted or not subject else subject.date_of_birth,
        bool(subject and subject.iep_504),
    )
    text = ctx.text
    facts = sn.CaseFacts(
        case.number,
        text("cases", case.id, "status", _status(case, pack)),
        case.opened_on,
        text(
            "cases",
            case.id,
            "level_of_concern",
            level(case.level_of_concern, pack) if case.level_of_concern else "",
        ),
        names.get(case.case_manager_id or "", ""),
        case.next_review,
        case.closed_on,
        scrub(text("cases", case.id, "closure_reason", case.closure_reason)),
        case.urgent,
    )
    persons = tuple(sn.PersonLine(p.role.value.capitalize(), p.name, p.grade) for p in ctx.persons)
    referrals = tuple(
        sn.ReferralFacts(
            moment_text(r.received_at),
            CHANNEL_NAMES[r.channel],
            _reporter(r, redacted=redacted),
            scrub(r.location),
            scrub(text("referrals", r.id, "verbatim", r.verbatim)),
            scrub(text("referrals", r.id, "narrative", r.narrative)),
            r.weapon,
            r.imminent,
            scrub(text("referrals", r.id, "emergency_actions", r.emergency_actions)),
            scrub(text("referrals", r.id, "prior_concerns", r.prior_concerns)),
        )
        for r in referral_repo.referrals_of(conn, case.id)
    )
    screenings = tuple(
        sn.ScreeningFacts(
            moment_text(s.decided_at),
            text("screenings", s.id, "decision", outcome(s.decision.value, pack)),
            scrub(text("screenings", s.id, "reason", s.reason)),
            names.get(s.lead_id, ""),
        )
        for s in referral_repo.screenings_of(conn, case.id)
    )
    items = inquiry_repo.items_of(conn, case.id)
    done = progress(items, today())
    fact_finding = (
        sn.FactFinding(
            done.total,
            done.done,
            done.overdue,
            tuple(
                sn.FindingLine(
                    i.text,
                    ITEM_STATUS_NAMES[i.status],
                    scrub(text("inquiry_items", i.id, "findings", i.findings)),
                )
                for i in items
            ),
        )
        if items
        else None
    )
    recorded = list(reversed(inquiry_repo.assessments_of(conn, case.id)))
    if not include_earlier:
        recorded = recorded[:1]
    assessments = []
    for a, made_under in recorded:
        under = pack_snapshot.from_json(made_under)
        assessments.append(
            sn.AssessmentFacts(
                a.version,
                a.assessed_on,
                f"{under.name} {under.version}",
                level(a.level_id, under),
                scrub(a.rationale),
                a.risk_factors,
                a.protective_factors,
                tuple(names.get(m, "a former member") for m in a.present),
                tuple((names.get(m, "a former member"), scrub(view)) for m, view in a.dissent),
                key_answers(under, a.answers, scrub),
            )
        )
    shown_plans = _shown_plans(session, ctx)
    plan = _plan_facts(shown_plans[0], names, scrub) if shown_plans else None
    notifications = tuple(
        sn.NotificationLine(
            n.notified_on,
            sentence(RECIPIENT_WORDS[n.recipient.value]),
            scrub(n.recipient_name),
            n.method,
            scrub(n.shared),
            LEGAL_BASIS_NAMES[n.legal_basis],
        )
        for n in manage_repo.notifications_of(conn, case.id)
    )
    reviews = tuple(
        sn.ReviewLine(
            r.held_on,
            text("reviews", r.id, "decision", review_decision(r.decision.value)),
            scrub(text("reviews", r.id, "progress", r.progress)),
            r.next_review,
        )
        for r in manage_repo.reviews_of(conn, case.id)
    )
    timeline = tuple(
        sn.TimelineLine(
            moment_text(e.ts), names.get(e.member_id or "", "a former member"), describe(e, pack)
        )
        for e in session.ocf.audit.events(case.id)
    )
    return sn.CaseSummarySnapshot(
        info=info,
        student=student,
        case=facts,
        persons=persons if show("People involved") else (),
        referrals=referrals if show("Referrals") else (),
        screenings=screenings if show("Screening") else (),
        fact_finding=fact_finding if show("Inquiry") else None,
        assessments=tuple(assessments) if show("Assessment") else (),
        plan=plan if show("Current plan") else None,
        notifications=notifications if show("Notifications") else (),
        reviews=reviews if show("Reviews") else (),
        timeline=timeline if show("Timeline") else (),
        prepared_for=chosen.reader if chosen else "",
        left_out=tuple(s for s in SECTIONS if s in leaves_out),
        unresolved=tuple(scrub(line) for line in ctx.unresolved_lines()),
        plan_fork=_fork_heading(ctx) if show("Current plan") else "",
        other_plans=tuple(_plan_facts(p, names, scrub) for p in shown_plans[1:])
        if show("Current plan")
        else (),
    )


def _shown_plans(session: Session, ctx: CaseContext) -> list[Plan]:
    """The case's current plan; when two were published from one version on two laptops
    (a fork not yet resolved), both, the one the screen shows first."""
    plans = manage_repo.plans_of(session.ocf.conn, ctx.case.id)
    heads = ctx.unresolved.heads("plans", ctx.case.id)
    forked = [p for head in heads for p in plans if p.id == head]
    return forked if len(forked) > 1 else plans[-1:]


def _fork_heading(ctx: CaseContext) -> str:
    fork = ctx.unresolved.fork("plans", ctx.case.id)
    return "" if fork is None else f"{fork.heading()}: the team keeps one."


def _latest_plan(session: Session, ctx: CaseContext) -> list[Plan]:
    plans = _shown_plans(session, ctx)
    if not plans:
        raise ValidationError("This case has no plan yet: save one on the Plan tab first.")
    return plans


def internal_plan(session: Session, ctx: CaseContext, info: sn.DocumentInfo) -> sn.PlanSnapshot:
    plan, *others = _latest_plan(session, ctx)
    view = manage.plan_view(session, ctx.case.id)
    shown = level(ctx.case.level_of_concern, ctx.pack) if ctx.case.level_of_concern else ""
    return sn.PlanSnapshot(
        info=info,
        student=ctx.subject.name if ctx.subject else "",
        grade=ctx.subject.grade if ctx.subject else "",
        level_of_concern=ctx.text("cases", ctx.case.id, "level_of_concern", shown),
        plan=_plan_facts(plan, ctx.names, lambda text: text),
        unresolved=ctx.unresolved_lines(),
        plan_fork=_fork_heading(ctx),
        other_plans=tuple(_plan_facts(p, ctx.names, lambda text: text) for p in others),
        unaddressed_risk=view.unaddressed_risk,
        unaddressed_protective=view.unaddressed_protective,
        next_review=ctx.case.next_review,
    )


def parent_plan(
    session: Session, ctx: CaseContext, info: sn.DocumentInfo, language: str = "en"
) -> sn.ParentPlanSnapshot:
    """The family's copy in `language`: the items the case's model does not mark as about
    other people, each under its plan domain in the pack's word for that language, and the
    case manager (else a team lead) with role and contact to call with questions."""
    pack = ctx.pack
    others = about_others(pack.plan_domains, pack.plan_about_others)
    plans = _latest_plan(session, ctx)
    if len(plans) > 1:
        fork = ctx.unresolved.fork("plans", ctx.case.id)
        who = f" ({' / '.join(side.who for side in fork.sides)})" if fork else ""
        raise ValidationError(
            f"Two versions of this plan are open{who}: they were saved at the same time on "
            "two laptops. The team keeps one on the Plan tab; then the family's copy prints."
        )
    shown = manage.parent_plan(plans[0], ctx.names, others)
    name = ctx.subject.name if ctx.subject else ""
    return sn.ParentPlanSnapshot(
        info=info,
        student=name,
        first_name=first_name(name),
        goals=shown.goals,
        items=tuple(replace(i, area=pack.label(i.area, language)) for i in shown.items),
        contact=_contact(session, ctx.case.case_manager_id, language),
        next_review=ctx.case.next_review,
        language=language,
    )


def family_language(ctx: CaseContext) -> str:
    """The language the student's family reads: the first guardian's who has one, else
    English."""
    return language_of(ctx.persons)


def language_of(persons: Iterable[Person]) -> str:
    """The first language said by a guardian among `persons` that the papers are written in,
    else English."""
    said = (p.language for p in persons if p.role is PersonRole.GUARDIAN and p.language)
    return next((lang for lang in said if lang in PAPER_LANGUAGES), "en")


#: "(parent or guardian of Kenzie Varga-Holloway)" on the family's copy, by its language.
GUARDIAN_OF = {
    "en": ("{names} (parent or guardian of {student})", "The parents or guardians of {student}"),
    "es": ("{names} (familia de {student})", "La familia de {student}"),
}


def family_audience(ctx: CaseContext, language: str = "en") -> Audience:
    """A family's copy is a disclosure to the family: to the guardians on the case, by name,
    or to the student's parents or guardians (in the words of the copy's language)."""
    student = ctx.subject.name if ctx.subject else "the student"
    guardians = [p.name for p in ctx.persons if p.role is PersonRole.GUARDIAN]
    named, unnamed = GUARDIAN_OF.get(language, GUARDIAN_OF["en"])
    recipient = (
        named.format(names=", ".join(guardians), student=student)
        if guardians
        else unnamed.format(student=student)
    )
    return Audience(True, recipient[:200], LegalBasis.PARENT.value)


def first_name(name: str) -> str:
    """The first word of a name ("Kenzie" of "Kenzie Varga-Holloway"): no record keeps a
    preferred name, and a name in one word is used whole."""
    words = name.split()
    return words[0] if words else name


def _contact(
    session: Session, case_manager_id: str | None, language: str = "en"
) -> sn.ContactLine | None:
    members = team_repo.list_members(session.ocf.conn)
    chosen = next((m for m in members if m.id == case_manager_id), None)
    chosen = chosen or next((m for m in members if m.is_lead), None)
    if chosen is None:
        return None
    roles = ROLE_NAMES if language == "en" else handout_words.ROLES[language]
    role = roles[chosen.role]
    return sn.ContactLine(chosen.name, role, chosen.contact)
