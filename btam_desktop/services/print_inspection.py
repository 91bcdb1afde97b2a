"""The parent inspection packet as a snapshot (34 CFR 99.10): everything the file holds about
one student, every case of theirs, with what the law lets the school withhold taken out here,
marked in place and counted (`domain/inspection.py` says what and why). A passage withheld
here cannot reach the paper: the builder prints what it is given.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date

from btam_desktop.domain.case import STATUS_NAMES, Person, PersonRole
from btam_desktop.domain.disclosure import Audience
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.inquiry import ITEM_STATUS_NAMES
from btam_desktop.domain.inspection import (
    Withheld,
    is_other_student,
    name_scrubber,
    plan_item_withheld,
    reporter_withheld,
)
from btam_desktop.domain.local_time import moment_text
from btam_desktop.domain.pack import Pack
from btam_desktop.domain.plan import (
    INTERVENTION_TYPE_NAMES,
    LEGAL_BASIS_NAMES,
    RECIPIENT_WORDS,
    Intervention,
    LegalBasis,
    Plan,
    about_others,
    carried_by,
)
from btam_desktop.domain.referral import CHANNEL_NAMES, Referral, ReporterKind
from btam_desktop.domain.student import StudentRecord
from btam_desktop.packs import snapshot as pack_snapshot
from btam_desktop.reports import ferpa_snapshots as ferpa, snapshots as sn
from btam_desktop.reports.family_words import PLAN
from btam_desktop.reports.inspection_words import LANGUAGES
from btam_desktop.services import print_case, print_disclosures
from btam_desktop.services.print_words import (
    key_answers,
    level,
    outcome,
    review_decision,
    sentence,
    words,
)
from btam_desktop.services.session import Session
from btam_desktop.storage import (
    case_repo,
    contact_repo,
    inquiry_repo,
    manage_repo,
    meeting_repo,
    referral_repo,
    team_repo,
)

F = ferpa.InspectionField
E = ferpa.InspectionEntry
mark = ferpa.withheld_mark

#: What the disclosure log records as the purpose of a parent's inspection copy.
INSPECTION_PURPOSE = "Inspection and review of the student's education records (34 CFR 99.10)"


def _fields(*pairs: tuple[str, str]) -> tuple[ferpa.InspectionField, ...]:
    """The fields that hold something (an empty field is left out, not printed blank)."""
    return tuple(F(label, text) for label, text in pairs if text.strip())


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _yes(flag: bool) -> str:
    return "yes" if flag else ""


@dataclass(frozen=True, slots=True)
class _Withholding:
    """The packet's rules for one student, gathered once from every case of theirs."""

    scrub: Callable[[str], str]
    #: Person record ids withheld whole, with the reason.
    persons: dict[str, Withheld]
    students: frozenset[str]  # folded names of the other students
    staff: frozenset[str]  # folded names of members and contacts


def _withholding(session: Session, student: StudentRecord, persons: list[Person]) -> _Withholding:
    conn = session.ocf.conn
    staff = frozenset(
        m.name.strip().casefold() for m in team_repo.list_members(conn, include_inactive=True)
    ) | frozenset(
        c.name.strip().casefold() for c in contact_repo.list_contacts(conn, include_removed=True)
    )
    own = [p for p in persons if p.role is PersonRole.SUBJECT]
    kept = [p.name for p in own] + [p.name for p in persons if p.role is PersonRole.GUARDIAN]
    kept_folded = {name.strip().casefold() for name in kept}
    named: list[tuple[str, Withheld]] = [
        (p.name, Withheld.OTHER_STUDENTS) for p in persons if is_other_student(p, staff)
    ]
    # The students of every other case in the file, wherever their names appear.
    named += [
        (p.name, Withheld.OTHER_STUDENTS)
        for _case, _number, _status, p in case_repo.subjects(conn)
        if p.id not in student.person_ids
    ]
    students = frozenset(name.strip().casefold() for name, _ in named)
    for case_id in student.case_ids:
        for r in referral_repo.referrals_of(conn, case_id):
            reason = reporter_withheld(r, students)
            if reason is not None and r.reporter_name.strip():
                named.append((r.reporter_name, reason))
        for iv in inquiry_repo.interviews_of(conn, case_id):
            if iv.interviewee_role in ("target", "witness") and (
                iv.interviewee.strip().casefold() not in staff
            ):
                named.append((iv.interviewee, Withheld.OTHER_STUDENTS))
    named = [(n, why) for n, why in named if n.strip().casefold() not in kept_folded]
    # A confidential reporter's reason wins over "another student" for the same name.
    named.sort(key=lambda pair: list(Withheld).index(pair[1]))
    by_name = {n.strip().casefold(): why for n, why in reversed(named)}
    withheld_persons = {
        p.id: by_name[p.name.strip().casefold()]
        for p in persons
        if p.role is not PersonRole.SUBJECT and p.name.strip().casefold() in by_name
    }
    scrub = name_scrubber(named, kept, lambda reason: mark(reason.value))
    return _Withholding(scrub, withheld_persons, students, staff)


def packet(
    session: Session, student: StudentRecord, info: sn.DocumentInfo, language: str = "en"
) -> ferpa.InspectionSnapshot:
    """Every record of `student` (all their cases) for their parents, withheld passages
    marked and counted."""
    if language not in LANGUAGES:
        known = ", ".join(LANGUAGES)
        raise ValidationError(
            f"The inspection packet is written in {known}, not '{language[:20]}'."
        )
    conn = session.ocf.conn
    persons = [p for case_id in student.case_ids for p in case_repo.persons_of(conn, case_id)]
    rules = _withholding(session, student, persons)
    cases = tuple(_case(session, case_id, rules, language) for case_id in student.case_ids)
    record = print_disclosures.record(session, student, info)
    s = rules.scrub
    disclosures = tuple(
        replace(d, recipient=s(d.recipient), interest=s(d.interest), threat=s(d.threat))
        for d in (*record.outside, *record.within)
    )
    disclosures = tuple(sorted(disclosures, key=lambda d: d.when))
    facts = sn.StudentFacts(
        student.name, student.grade, student.school, student.student_id, student.date_of_birth
    )
    counts = Counter(
        match.group(1)
        for text in _texts(cases, disclosures)
        for match in ferpa.WITHHELD_MARK.finditer(text)
    )
    withheld = tuple((w.value, counts[w.value]) for w in Withheld if counts[w.value])
    return ferpa.InspectionSnapshot(info, facts, cases, disclosures, withheld, language)


def _texts(
    cases: Iterable[ferpa.InspectionCase], disclosures: Iterable[ferpa.DisclosureLine]
) -> Iterable[str]:
    for case in cases:
        yield from (f.text for f in case.facts)
        for section in case.sections:
            for entry in section.entries:
                yield entry.heading
                yield from (f.text for f in entry.fields)
    for d in disclosures:
        yield from (d.recipient, d.interest, d.threat)


def _guardians(session: Session, student: StudentRecord) -> list[Person]:
    """The guardians on the student's cases, in case order."""
    conn = session.ocf.conn
    found = [
        p
        for case_id in student.case_ids
        for p in case_repo.persons_of(conn, case_id)
        if p.role is PersonRole.GUARDIAN
    ]
    return found


def family_language(session: Session, student: StudentRecord) -> str:
    """The language the student's family reads, as the family's plan takes it."""
    return print_case.language_of(_guardians(session, student))


def family_audience(session: Session, student: StudentRecord, language: str = "en") -> Audience:
    """The packet is a disclosure to the student's parents or guardians, for their inspection:
    the guardians on the student's cases by name, else the parents of the student (in the
    words of the packet's language)."""
    guardians = list(dict.fromkeys(p.name for p in _guardians(session, student)))
    named, unnamed = print_case.GUARDIAN_OF.get(language, print_case.GUARDIAN_OF["en"])
    recipient = (
        named.format(names=", ".join(guardians), student=student.name)
        if guardians
        else unnamed.format(student=student.name)
    )
    return Audience(True, recipient[:200], LegalBasis.PARENT.value, detail=INSPECTION_PURPOSE)


# -- one case ---------------------------------------------------------------------------------
def _case(
    session: Session, case_id: str, rules: _Withholding, language: str
) -> ferpa.InspectionCase:
    conn = session.ocf.conn
    ctx = print_case.context(session, case_id)
    case, names, pack, s = ctx.case, ctx.names, ctx.pack, rules.scrub
    facts = _fields(
        ("status", STATUS_NAMES[case.status]),
        ("opened_on", _day(case.opened_on)),
        (
            "level",
            pack.label(level(case.level_of_concern, pack), language)
            if case.level_of_concern
            else "",
        ),
        ("case_manager", names.get(case.case_manager_id or "", "")),
        ("next_review", _day(case.next_review)),
        ("closed_on", _day(case.closed_on)),
        ("closure_reason", _closed_why(s(case.closure_reason), language)),
        ("summary", s(case.summary)),
    )
    referrals = referral_repo.referrals_of(conn, case_id)

    sections = [
        ferpa.InspectionSection("people", tuple(_person(p, rules) for p in ctx.persons)),
        ferpa.InspectionSection(
            "referrals",
            tuple(
                E(
                    f"{moment_text(r.received_at)} · {CHANNEL_NAMES[r.channel]}",
                    _fields(
                        (
                            "reported_by",
                            _reporter(r, rules),
                        ),
                        ("where", s(r.location)),
                        ("verbatim", s(r.verbatim)),
                        ("narrative", s(r.narrative)),
                        ("weapon", _yes(r.weapon)),
                        ("imminent", _yes(r.imminent)),
                        ("emergency_actions", s(r.emergency_actions)),
                        ("prior_concerns", s(r.prior_concerns)),
                        ("targets", ", ".join(s(t) for t in r.targets)),
                    ),
                )
                for r in referrals
            ),
        ),
        ferpa.InspectionSection(
            "attachments",
            tuple(
                E(
                    s(e.file_name),
                    _fields(
                        ("stage", sentence(words(e.stage))), ("added", moment_text(e.added_at))
                    ),
                )
                for e in referral_repo.evidence_of(conn, case_id)
            ),
        ),
        ferpa.InspectionSection(
            "screening",
            tuple(
                E(
                    moment_text(x.decided_at),
                    _fields(
                        ("decision", _screening(x.decision.value, pack, language)),
                        ("reason", s(x.reason)),
                        ("decided_by", names.get(x.lead_id, "")),
                    ),
                )
                for x in referral_repo.screenings_of(conn, case_id)
            ),
        ),
        ferpa.InspectionSection(
            "inquiry",
            tuple(
                E(
                    pack.label(i.text, language),  # the model's item in the paper's language
                    _fields(
                        ("status", ITEM_STATUS_NAMES[i.status]),
                        ("sources", s(i.sources)),
                        ("found_on", _day(i.found_on)),
                        ("corroborated", _yes(i.corroborated)),
                        ("findings", s(i.findings)),
                    ),
                )
                for i in inquiry_repo.items_of(conn, case_id)
            ),
        ),
        ferpa.InspectionSection(
            "interviews",
            tuple(
                E(
                    f"{iv.held_on.isoformat()} · {sentence(words(iv.interviewee_role))}",
                    _fields(
                        ("interviewee", s(iv.interviewee)),
                        ("interviewer", names.get(iv.interviewer_id or "", "")),
                        ("others_present", s(iv.others_present)),
                        ("notes", s(iv.notes)),
                    ),
                )
                for iv in inquiry_repo.interviews_of(conn, case_id)
            ),
        ),
        ferpa.InspectionSection("assessments", _assessments(session, case_id, names, s, language)),
        ferpa.InspectionSection("plans", _plans(session, ctx, s, language)),
        *_follow_up(session, case_id, names, s, language),
        ferpa.InspectionSection(
            "notifications",
            tuple(
                E(
                    f"{n.notified_on.isoformat()} · {sentence(RECIPIENT_WORDS[n.recipient.value])}",
                    _fields(
                        ("recipient_name", s(n.recipient_name)),
                        ("method", n.method),
                        ("shared", s(n.shared)),
                        ("legal_basis", LEGAL_BASIS_NAMES[n.legal_basis]),
                    ),
                )
                for n in manage_repo.notifications_of(conn, case_id)
            ),
        ),
        *_meetings(session, case_id, names, s),
    ]
    return ferpa.InspectionCase(case.number, facts, tuple(sections))


def _reporter(r: Referral, rules: _Withholding) -> str:
    if r.reporter_kind is ReporterKind.ANONYMOUS:
        return "Anonymous"
    reason = reporter_withheld(r, rules.students)
    if reason is not None:
        return mark(reason.value)
    relationship = r.reporter_relationship
    return rules.scrub(r.reporter_name + (f", {relationship}" if relationship else ""))


def _person(p: Person, rules: _Withholding) -> ferpa.InspectionEntry:
    role = sentence(words(p.role.value))
    if p.role is PersonRole.SUBJECT:
        role = "Student"
    reason = rules.persons.get(p.id)
    if reason is not None:  # name, grade and notes: one passage
        return E(role, (F("name", mark(reason.value)),))
    return E(
        role,
        _fields(
            ("name", p.name),
            ("grade", p.grade),
            ("student_id", p.student_id),
            ("school", p.school),
            ("notes", rules.scrub(p.notes)),
        ),
    )


def _assessments(
    session: Session,
    case_id: str,
    names: dict[str, str],
    s: Callable[[str], str],
    language: str,
) -> tuple[ferpa.InspectionEntry, ...]:
    """Every assessment, newest first; the level and the factors in the pack's words for
    `language` (its `[labels.*]`), as the model the assessment used wrote them."""
    out = []
    for a, made_under in reversed(inquiry_repo.assessments_of(session.ocf.conn, case_id)):
        under = pack_snapshot.from_json(made_under)
        out.append(
            E(
                f"Version {a.version} · {a.assessed_on.isoformat()}",
                _fields(
                    ("model", f"{under.label(under.name, language)} {under.version}"),
                    ("level", under.label(level(a.level_id, under), language)),
                    ("rationale", s(a.rationale)),
                    ("risk_factors", "; ".join(under.label(f, language) for f in a.risk_factors)),
                    (
                        "protective_factors",
                        "; ".join(under.label(f, language) for f in a.protective_factors),
                    ),
                    ("present", ", ".join(names.get(m, "a former member") for m in a.present)),
                    *(
                        ("dissent", f"{names.get(m, 'a former member')}: {s(view)}")
                        for m, view in a.dissent
                    ),
                    *key_answers(under, a.answers, s, language),
                ),
            )
        )
    return tuple(out)


def _plans(
    session: Session, ctx: print_case.CaseContext, s: Callable[[str], str], language: str
) -> tuple[ferpa.InspectionEntry, ...]:
    """Every version of the plan, newest first; items about another person's safety withheld
    whole (one passage each)."""
    others = about_others(ctx.pack.plan_domains, ctx.pack.plan_about_others)
    plans: list[Plan] = manage_repo.plans_of(session.ocf.conn, ctx.case.id)
    out = []
    for plan in reversed(plans):
        items = []
        for i in plan.interventions:
            reason = plan_item_withheld(i, others)
            if reason is not None:
                items.append(F("plan_item", mark(reason.value)))
                continue
            detail = [s(i.description), _item_line(i, ctx.names, language)]
            if i.status_reason:
                detail.append(s(i.status_reason))
            if i.outcome:
                detail.append(s(i.outcome))
            domain = ctx.pack.label(i.domain, language)
            items.append(F(f"{domain} · {INTERVENTION_TYPE_NAMES[i.type]}", "\n".join(detail)))
        saved = moment_text(plan.saved_at) if plan.saved_at else ""
        by = ctx.names.get(plan.saved_by or "", "")
        out.append(
            E(
                f"Version {plan.version}"
                + (f" · {saved}" if saved else "")
                + (f" · {by}" if by else ""),
                (*_fields(("goals", s(plan.goals))), *items),
            )
        )
    return tuple(out)


#: "from 2026-12-07 to 2027-01-06" and how often, by the packet's language ("once" has none).
_SPAN = {"en": ("from {start}", " to {due}"), "es": ("del {start}", " al {due}")}


def _item_line(i: Intervention, names: dict[str, str], language: str) -> str:
    """Who carries a plan's item out, how often, when and how it stands, in `language`
    (English as the team's plan prints it; another in the words of the family's plan)."""
    w = LANGUAGES[language]
    since, until = _SPAN.get(language, _SPAN["en"])
    when = since.format(start=w.day_text(i.start_on)) + (
        until.format(due=w.day_text(i.due_on)) if i.due_on else ""
    )
    often = i.frequency
    if language != "en":
        often = PLAN[language].every.get(often, w.values.get(often, often)).lower()
    status = sentence(i.status.value)
    return f"{carried_by(i, names)} · {often} · {when} · {w.values.get(status, status)}"


def _closing_checklist(checklist: dict[str, bool], language: str) -> str:
    """The closing checklist ("item: yes; item: no") in the packet's language: the app's items
    in its words, an item it does not know as stored."""
    w = LANGUAGES[language]
    yes, no = w.ticked
    return "; ".join(
        f"{w.closure_items.get(k, k)}: {yes if v else no}" for k, v in checklist.items()
    )


def _follow_up(
    session: Session,
    case_id: str,
    names: dict[str, str],
    s: Callable[[str], str],
    language: str,
) -> list[ferpa.InspectionSection]:
    conn = session.ocf.conn
    checkins = tuple(
        E(
            c.held_on.isoformat(),
            _fields(
                ("by", names.get(c.contact_id or c.by_id or "", "")),
                ("observations", s(c.observations)),
                ("trend", sentence(c.trend.value)),
            ),
        )
        for c in manage_repo.checkins_of(conn, case_id)
    )
    reviews = tuple(
        E(
            r.held_on.isoformat(),
            _fields(
                ("decision", review_decision(r.decision.value)),
                ("progress", s(r.progress)),
                ("next_review", _day(r.next_review)),
            ),
        )
        for r in manage_repo.reviews_of(conn, case_id)
    )
    closures = tuple(
        E(
            moment_text(at) + (f" · {names[by]}" if by in names else ""),
            _fields(
                ("summary", s(closure.summary)),
                ("checklist", _closing_checklist(closure.checklist, language)),
                ("watcher", s(closure.watcher)),
            ),
        )
        for closure, at, by in manage_repo.closures_of(conn, case_id)
    )
    return [
        ferpa.InspectionSection("checkins", checkins),
        ferpa.InspectionSection("reviews", reviews),
        ferpa.InspectionSection("closures", closures),
    ]


def _meetings(
    session: Session, case_id: str, names: dict[str, str], s: Callable[[str], str]
) -> list[ferpa.InspectionSection]:
    """What team meetings decided about the case, and the tasks they gave."""
    conn = session.ocf.conn
    decided = []
    for meeting in reversed(meeting_repo.list_meetings(conn)):  # oldest first
        items = {a.id: a for a in meeting_repo.agenda_of(conn, meeting.id) if a.case_id == case_id}
        if not items:
            continue
        for d in meeting_repo.decisions_of(conn, meeting.id):
            if d.agenda_item_id not in items:
                continue
            decided.append(
                E(
                    f"{meeting.held_on.isoformat()} · {s(items[d.agenda_item_id].title)}",
                    _fields(
                        ("decision", s(d.decision)),
                        ("rationale_meeting", s(d.rationale)),
                        ("dissent", s(d.dissent)),
                        ("minutes", "approved" if meeting.approved else "not yet approved"),
                    ),
                )
            )
    actions = tuple(
        E(
            s(a.what),
            _fields(
                ("assignee", names.get(a.assignee_id or "", "")),
                ("due_on", _day(a.due_on)),
                ("done_on", _day(a.done_on)),
            ),
        )
        for a in meeting_repo.actions_of_case(conn, case_id)
    )
    return [
        ferpa.InspectionSection("meetings", tuple(decided)),
        ferpa.InspectionSection("actions", actions),
    ]


def _screening(decision: str, pack: Pack, language: str) -> str:
    """A screening decision in the model's words in the packet's language; for a model
    without its own (`[screening_outcomes]`), the app's names in that language."""
    if decision in pack.screening_outcomes:
        return pack.label(outcome(decision, pack), language)
    return LANGUAGES[language].screening.get(decision, outcome(decision, pack))


def _closed_why(reason: str, language: str) -> str:
    """Why the case closed: a screening's closing words ("Handled at screening level: ...",
    written by the app) in the packet's language, the team's reason after them as written."""
    head, colon, rest = reason.partition(": ")
    said = LANGUAGES[language].values.get(head) if colon else None
    return f"{said}: {rest}" if said else reason
