"""`btam-desktop demo`: a case file of fictional data, built through the real services."""

from __future__ import annotations

import random
import struct
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from btam_desktop.domain import clock
from btam_desktop.domain.assessment import Answer
from btam_desktop.domain.case import STATUS_ORDER, CaseStatus
from btam_desktop.domain.pack import Pack, QuestionType, visible
from btam_desktop.domain.plan import DEFAULT_CLOSURE_CHECKLIST, Closure
from btam_desktop.domain.records import today
from btam_desktop.domain.referral import Student
from btam_desktop.services import (
    assess,
    cases,
    contacts,
    inquiry,
    intake,
    manage,
    members,
    packs,
    students,
)
from btam_desktop.services.demo_awareness import add_staff_awareness
from btam_desktop.services.demo_data import (
    DEMO_CONTACTS,
    DISTRICT,
    DISTRICT_PACK,
    DISTRICT_PACK_FILE,
    DISTRICT_PACK_ID,
    EXTRA_FIRST,
    EXTRA_LAST,
    SCHOOL,
    TEAM,
    UNICODE_NAMES,
    VIGNETTES,
    Vignette,
    demo_partners,
)
from btam_desktop.services.demo_evaluation import add_evaluation
from btam_desktop.services.demo_harm import add_harm_to_self
from btam_desktop.services.demo_plan import add_plan
from btam_desktop.services.demo_services import add_services
from btam_desktop.services.demo_team import add_team_records
from btam_desktop.services.session import KdfParams, NewCaseFile, Session, create_case_file

DEFAULT_CASES = 24


def build_demo(
    folder: Path,
    passphrase: str,
    *,
    cases_count: int = DEFAULT_CASES,
    seed: int = 1,
    kdf: KdfParams | None = None,
) -> tuple[Session, str]:
    """Create the demo file: the Maple Hollow team of six (all with `passphrase`) and
    `cases_count` cases over every status. Returns the open session and the recovery code."""
    rng = random.Random(seed)
    (lead_name, lead_role), *others = TEAM

    def fill(session: Session) -> None:
        packs.import_district_pack(session, DISTRICT_PACK_FILE, DISTRICT_PACK)
        assess.set_team_pack(session, DISTRICT_PACK_ID)
        for name, role in others:
            members.add_member(session, name, role.value, passphrase, kdf=session_kdf(session, kdf))
        team = members.list_members(session)
        for contact in (*DEMO_CONTACTS, *demo_partners(today())):
            contacts.save_contact(session, contact)
        # The full demo also has a case reopened after a year, and a student with a case last
        # year and one this year, merged (in place of three generated cases).
        extra = cases_count > len(VIGNETTES)
        for i in range(cases_count - 3 * int(extra)):
            _add_case(session, _vignette(i, rng), i, rng, [m.id for m in team])
        if extra:
            _add_reopened_case(session, rng, [m.id for m in team])
            _add_merged_student(session, team[1].id)
        add_team_records(session, team)
        add_staff_awareness(session)
        add_services(session)
        add_evaluation(session)
        add_harm_to_self(session, team)

    request = NewCaseFile(SCHOOL, lead_name, lead_role.value, DISTRICT)
    return create_case_file(folder, request, passphrase, kdf, fill=fill)


def session_kdf(session: Session, kdf: KdfParams | None) -> KdfParams | None:
    """Members get the same cost as the lead's slot, so the demo unlocks alike for all."""
    return kdf or session.ocf.keys.members[0].kdf


def _vignette(i: int, rng: random.Random) -> Vignette:
    if i < len(VIGNETTES):
        return VIGNETTES[i]
    base = VIGNETTES[i % len(VIGNETTES)]
    # Every third variation carries a name that tests printing and sorting beyond ASCII.
    student = (
        UNICODE_NAMES[(i // 3 - 4) % len(UNICODE_NAMES)]
        if i % 3 == 0
        else f"{rng.choice(EXTRA_FIRST)} {rng.choice(EXTRA_LAST)}"
    )
    family = student.split()[-1]
    status = STATUS_ORDER[i % len(STATUS_ORDER)]
    grade = str(rng.randint(6, 8))
    closure = base.closure or (
        "Closed after monitoring: plan goals met." if status is CaseStatus.CLOSED else ""
    )
    # The vignette's words name its own student; a variation speaks of its new one.
    old_first, new_first = base.student.split()[0], student.split()[0]
    return replace(
        base,
        student=student,
        grade=grade,
        status=status,
        closure=closure,
        words=base.words.replace(old_first, new_first),
        context=base.context.replace(old_first, new_first),
        # Other students and family are new people too; staff reporters stay who they are.
        target=f"{rng.choice(EXTRA_FIRST)} {rng.choice(EXTRA_LAST)}" if base.target else "",
        guardian=f"{rng.choice(EXTRA_FIRST)} {family}" if base.guardian else "",
    )


def _walk_to(
    session: Session,
    case_id: str,
    target: CaseStatus,
    closure: str,
    second: str,
    assessed: Vignette | None = None,
    timing: Timing | None = None,
) -> None:
    """Move a case stage by stage, as a team would, so its timeline reads true: screening by
    the lead and a second member, then the workflow. With `timing`, the screening is dated a
    few days after the report and the first assessment a few days later (the statistics'
    days from referral), everything else today."""
    if target is CaseStatus.REFERRAL:
        return
    if target is CaseStatus.SCREENING:
        cases.change_status(session, case_id, CaseStatus.SCREENING)
        return
    lowered = closure.lower()
    if target is CaseStatus.CLOSED and ("screening" in lowered or "transient" in lowered):
        decision = "dismiss" if "dismissed" in lowered else "handle"
        reason = closure.split(":", 1)[-1].strip()
        with _clock_at(timing.screened_at if timing else None):
            intake.record_screening(session, case_id, decision, second, reason)
        return
    with _clock_at(timing.screened_at if timing else None):
        intake.record_screening(session, case_id, "inquiry", second, "")
    _work_checklist(session, case_id, assessed, second, done=target is not CaseStatus.INQUIRY)
    stop = CaseStatus.MONITORING if target is CaseStatus.CLOSED else target
    for status in STATUS_ORDER[
        STATUS_ORDER.index(CaseStatus.INQUIRY) + 1 : STATUS_ORDER.index(stop) + 1
    ]:
        if status is CaseStatus.MANAGEMENT and assessed is not None:
            _assess(session, case_id, assessed, second, timing.assessed_on if timing else None)
        if status is CaseStatus.MONITORING and assessed is not None:
            # A review steps the case down (that is what moves it into monitoring).
            manage.add_checkin(
                session, case_id, today(), "Settled; engaging with supports.", "down"
            )
            manage.record_review(
                session,
                case_id,
                manage.ReviewInput(
                    today(),
                    (session.member_id, second),
                    "Plan working; concern down.",
                    "step_down",
                    today() + timedelta(days=30),
                ),
            )
            continue
        cases.change_status(session, case_id, status)
        if status is CaseStatus.MANAGEMENT and assessed is not None:
            add_plan(session, case_id, assessed, second)
    if target is CaseStatus.CLOSED:
        if assessed is not None:
            manage.close_case(
                session,
                case_id,
                Closure(
                    checklist=dict.fromkeys(DEFAULT_CLOSURE_CHECKLIST, True),
                    summary=closure,
                    watcher="The counselor checks in monthly",
                ),
                "Handed over to ordinary school supports.",
            )
        else:
            cases.change_status(session, case_id, CaseStatus.CLOSED, closure)


_CHANNELS = (("phone", "phone"), ("email", "email"), ("tip", "tip_line"), ("app", "app"))
#: Urgent demo case: the imminent-danger check was yes at intake.
_EMERGENCY = (
    "Called the father 13:10 (handgun locked away, confirmed 13:40); Officer Ray Castellan "
    "informed 13:12; Mateo stayed with the counselor until his mother arrived."
)


def _work_checklist(
    session: Session, case_id: str, v: Vignette | None, second: str, *, done: bool
) -> None:
    """Some of the inquiry done (all of it once the case has moved on), some still assigned."""
    items = inquiry.checklist(session, case_id).items
    finding = v.context if v is not None else "Consistent with the report."
    for n, item in enumerate(items):
        if done or n < 3:
            edit = inquiry.ItemEdit(
                second, None, "answered", finding, "Interview", today(), n % 2 == 0
            )
        elif n < 6:
            due = today() + timedelta(days=n - 4)  # one is overdue already
            edit = inquiry.ItemEdit(session.member_id, due, "not_started", "", "", None, False)
        else:
            continue
        inquiry.update_item(session, item.id, edit)


def plain_answers(pack: Pack, text: str) -> dict[str, Answer]:
    """Every required, visible question answered with the plainest value of its kind (free
    text: `text`): how the demo's team fills in a form."""
    answers: dict[str, Answer] = {}
    for question in pack.questions():
        if not question.required or not visible(question, answers):
            continue
        match question.type:
            case QuestionType.YES_NO_UNKNOWN:
                answers[question.id] = "unknown"
            case QuestionType.SINGLE:
                answers[question.id] = question.choices[0]
            case QuestionType.MULTIPLE:
                answers[question.id] = [question.choices[0]]
            case QuestionType.DATE:
                answers[question.id] = today().isoformat()
            case QuestionType.NUMBER:
                answers[question.id] = 0.0
            case _:
                answers[question.id] = text
    return answers


def _assess(
    session: Session, case_id: str, v: Vignette, second: str, on: date | None = None
) -> None:
    """The team's assessment under its pack, answered plainly from the vignette."""
    pack = assess.new_assessment_form(session, case_id).pack
    answers = plain_answers(pack, v.context)
    level = v.level if pack.level(v.level) else pack.levels[0].id
    assess.record_assessment(
        session,
        case_id,
        assess.AssessmentInput(
            pack.id,
            answers,
            level,
            f"From the inquiry: {v.context}",
            (session.member_id, second),
            risk_factors=pack.risk_factors[:2],
            protective_factors=pack.protective_factors[:1],
            assessed_on=on,
        ),
    )


def _referral(v: Vignette, received: datetime) -> intake.ReferralInput:
    """The first report of a vignette ("two students, then a tip-line report": the students)."""
    came_in = v.came_in.lower().split(", then")[0]
    channel = next((c for word, c in _CHANNELS if word in came_in), "in_person")
    anonymous = "anonymous" in came_in or channel == "app"
    return intake.ReferralInput(
        student=Student(name=v.student, grade=v.grade, school=SCHOOL),
        channel=channel,
        reporter_kind="anonymous" if anonymous else "named",
        reporter_name="" if anonymous else (v.reporter or "Hettie Brackenridge-Ola"),
        reporter_relationship="" if anonymous else v.relationship,
        received_at=received,
        narrative=f"{v.came_in.split(', then')[0]}.",
        verbatim=v.words.split("; later")[0],
        weapon=any(w in v.words.lower() for w in ("gun", "knife", "rifle", "shoot")),
        imminent=v.student == "Mateo Brightwater",
        emergency_actions=_EMERGENCY if v.student == "Mateo Brightwater" else "",
        targets=(v.target,) if v.target else (),
    )


def _add_case(session: Session, v: Vignette, i: int, rng: random.Random, team: list[str]) -> str:
    days = rng.randint(0, 3) if v.status is CaseStatus.REFERRAL else rng.randint(3, 120)
    received = received_before_now(days, rng)
    result, _ = intake.intake_referral(session, _referral(v, received))
    if v.guardian:
        guardian, _ = cases.add_person(
            session, result.case_id, cases.NewPerson("guardian", v.guardian)
        )
        if v.family_language:
            cases.set_family_language(session, result.case_id, guardian.id, v.family_language)
    summary = f"{v.came_in}. Reported words: {v.words}."
    if v.status not in (CaseStatus.REFERRAL, CaseStatus.SCREENING):
        summary += f"\n\nInquiry found: {v.context}"
    cases.update_case(
        session,
        result.case_id,
        cases.CaseEdit(
            summary=summary, level_of_concern=v.level, case_manager_id=team[i % len(team)]
        ),
    )
    if v.student == "Kenzie Varga-Holloway":  # the second, anonymous report joins the case
        later = received + min(timedelta(hours=5), (clock.now() - received) / 2)
        second, _ = intake.intake_referral(
            session,
            intake.ReferralInput(
                student=Student(name=v.student),
                channel="tip_line",
                reporter_kind="anonymous",
                received_at=later,
                narrative="Anonymous tip-line report: a post showing a kitchen "
                'knife with the caption "tomorrow".',
                weapon=True,
                link_case_id=result.case_id,
            ),
        )
        intake.attach_evidence(
            session, result.case_id, "tip-line-screenshot.png", demo_picture(), second.referral_id
        )
    _walk_to(session, result.case_id, v.status, v.closure, team[1], v, _timing(received, i))
    if v.status in (CaseStatus.MANAGEMENT, CaseStatus.MONITORING, CaseStatus.ASSESSMENT):
        review = today() + timedelta(days=rng.randint(-10, 30))  # some reviews are overdue
        cases.update_case(session, result.case_id, cases.CaseEdit(next_review=review))
    return result.case_id


@dataclass(frozen=True, slots=True)
class Timing:
    screened_at: datetime
    assessed_on: date


def _timing(received: datetime, i: int) -> Timing:
    """Screened 0-3 days after the report, assessed 2-9 days after that, never after now
    (from the case's index, not the random generator: the demo's people stay the same)."""
    now = clock.local_now()
    screened = min(received + timedelta(days=(i * 7) % 4, hours=2), now - timedelta(minutes=3))
    return Timing(screened, min(screened.date() + timedelta(days=2 + (i * 5) % 8), today()))


@contextmanager
def _clock_at(moment: datetime | None) -> Iterator[None]:
    """The clock reads `moment` (running on from it) for the block: a step dated in the past."""
    if moment is None:
        yield
        return
    previous = clock.use(clock.pinned_at(moment))
    try:
        yield
    finally:
        clock.use(previous)


def received_before_now(days_ago: int, rng: random.Random) -> datetime:
    """A report's arrival `days_ago` days back, mid-morning where that is possible, and never
    later than the clock: the demo is built at any hour (at 06:30 a report "today at 10:15"
    would be in the future and refused)."""
    now = clock.local_now()
    day = now.date() - timedelta(days=days_ago)
    moment = datetime.combine(day, time(10, rng.randint(0, 59))).astimezone()
    if moment >= now:  # today, before mid-morning: earlier this morning (or late last night)
        moment = now - timedelta(minutes=5 + moment.minute)
    return moment


def demo_picture() -> bytes:
    """A small, plainly fictional picture (a gray card with a dark bar) standing in for a
    screenshot of a post: real evidence would be a photo; demo data must be obviously fake."""
    width, height = 160, 90
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter: none
        for x in range(width):
            bar = 35 <= y <= 50 and 30 <= x <= 130
            rows += bytes((60, 60, 70)) if bar else bytes((205, 208, 214))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows)))
        + chunk(b"IEND", b"")
    )


def _add_reopened_case(session: Session, rng: random.Random, team: list[str]) -> None:
    """A case from last school year, closed, then reopened after a new report."""
    last_year = date(today().year - 1 if today().month >= 7 else today().year - 2, 11, 3)
    v = Vignette(
        "Perpetua Vandermolen-Achebe",
        "8",
        "Counselor, after a parent call",
        '"Next time nobody will stop me"',
        "Threat made after a detention last year.",
        CaseStatus.CLOSED,
        "moderate",
        "Closed after monitoring: plan goals met.",
        guardian="Rosalind Vandermolen-Achebe",
    )
    case, _ = cases.create_case(
        session,
        cases.NewCase(
            student_name=v.student,
            grade=v.grade,
            summary=f"{v.came_in}. Reported words: {v.words}.",
            opened_on=last_year,
            case_manager_id=rng.choice(team),
            level_of_concern=v.level,
        ),
    )
    _walk_to(session, case.id, CaseStatus.CLOSED, v.closure, team[1])
    cases.change_status(
        session,
        case.id,
        CaseStatus.SCREENING,
        "New report from a classmate this term about renewed threats.",
    )


MERGED_STUDENT = "Juniper Okonkwo-Haldane"


def _add_merged_student(session: Session, second: str) -> None:
    """Juniper's case from last school year (grade 7, recorded with the student id from the
    district's system), handled at screening, and this year's (grade 8), taken in from a
    tip-line report without the id: two students until the lead merged the two records
    (One student's record)."""
    year = today().year - 1 if today().month >= 7 else today().year - 2
    received = datetime.combine(date(year + 1, 2, 11), time(10, 20)).astimezone()
    last, _ = intake.intake_referral(
        session,
        intake.ReferralInput(
            student=Student(name=MERGED_STUDENT, student_id="MH-3318", grade="7", school=SCHOOL),
            reporter_name="Hettie Brackenridge-Ola",
            reporter_relationship="recess supervisor",
            received_at=received,
            narrative="Argument at recess over a ball game; Juniper said he would get him back.",
            verbatim="I'll get you back for this",
        ),
    )
    with _clock_at(received + timedelta(hours=3)):
        intake.record_screening(
            session,
            last.case_id,
            "handle",
            second,
            "Transient: resolved with the counselor the same day; apology made.",
        )
    now, _ = intake.intake_referral(
        session,
        intake.ReferralInput(
            student=Student(name=MERGED_STUDENT, grade="8", school=SCHOOL),
            channel="tip_line",
            reporter_kind="anonymous",
            received_at=received_before_now(6, random.Random(MERGED_STUDENT)),
            narrative="Tip-line report: a group chat message naming two classmates.",
            verbatim="they'll see on Friday",
        ),
    )
    _walk_to(session, now.case_id, CaseStatus.INQUIRY, "", second)
    this_year, last_year = (
        students.of_case(session, c).person_ids[0] for c in (now.case_id, last.case_id)
    )
    students.merge(session, this_year, last_year)
