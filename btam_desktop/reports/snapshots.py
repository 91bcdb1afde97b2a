"""What each printed document shows, as frozen plain data.

Services fill these from the case file (already masked and redacted for the reader: a builder
prints what it is given, so a name left out here cannot leak into the PDF). Builders never read
the case file. Dates are `datetime.date`; moments are already formatted for the reader
("2026-03-02 14:05"), so the same snapshot always gives the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from btam_desktop.domain.district_sum import DistrictView
from btam_desktop.domain.pack import Pack, TipLine
from btam_desktop.domain.statistics import Median, PublishedTable


class Readers(StrEnum):
    """Who a document is written for: it decides the header and the legal note on every page."""

    TEAM = "team"  # CONFIDENTIAL student record, FERPA redisclosure note
    FAMILY = "family"  # the student and their parents: their own record, theirs to keep
    STAFF = "staff"  # every member of staff: no student data, fit for a staff-room wall
    PUBLIC = "public"  # students and families: a flyer, no student data, no header at all
    AGGREGATE = "aggregate"  # a school board, a district: counts only, no student identified
    #: A letter from the school to a family or a member of staff: its own letterhead, no
    #: CONFIDENTIAL stamp (it is the school's letter to its reader, not the team's record).
    LETTER = "letter"


@dataclass(frozen=True, slots=True)
class Release:
    """A copy leaving the team: to whom, on what basis, when and by whom, printed on its first
    page as the disclosure log records it. An empty recipient or basis prints as a line to fill
    in by hand."""

    recipient: str
    legal_basis: str  # as printed, e.g. "Health or safety emergency (34 CFR 99.36)"
    on: date
    by: str
    interest: str = ""  # the recipient's legitimate interest, or the basis in words
    threat: str = ""  # an emergency disclosure: the threat that justified it (99.32(a)(5))


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """The page furniture every document carries (header, footer, PDF metadata)."""

    document_id: str  # printed on every page and recorded in the disclosure log
    title: str  # also the PDF title: never a student's name
    generated_by: str  # the member who printed it
    generated_at: str  # local time as printed, e.g. "2026-03-02 14:05"
    school: str = ""
    case_number: str = ""  # "" for team documents (forms, roster, recovery kit)
    zone: str = ""  # the local zone of every time printed, named once: "EST, UTC-05:00"
    readers: Readers = Readers.TEAM
    stamp: str = ""  # in the header of every page, e.g. "DRAFT"
    release: Release | None = None
    #: The paper's language (a key of reports/family_words.PAGE): its header and footer words.
    language: str = "en"


# -- case summary ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class StudentFacts:
    name: str  # the full name, or initials under a redaction preset
    grade: str = ""
    school: str = ""
    student_id: str = ""
    date_of_birth: date | None = None
    iep_504: bool = False


@dataclass(frozen=True, slots=True)
class CaseFacts:
    number: str
    status: str  # as a reader says it: "Management"
    opened_on: date
    level_of_concern: str = ""
    case_manager: str = ""
    next_review: date | None = None
    closed_on: date | None = None
    closure_reason: str = ""
    urgent: bool = False


@dataclass(frozen=True, slots=True)
class PersonLine:
    role: str
    name: str
    grade: str = ""


@dataclass(frozen=True, slots=True)
class ReferralFacts:
    received_at: str
    channel: str
    reporter: str  # "anonymous", "confidential", or the name (and relationship)
    location: str = ""
    verbatim: str = ""
    narrative: str = ""
    weapon: bool = False
    imminent: bool = False
    emergency_actions: str = ""
    prior_concerns: str = ""


@dataclass(frozen=True, slots=True)
class ScreeningFacts:
    decided_at: str
    decision: str
    reason: str = ""
    decided_by: str = ""


@dataclass(frozen=True, slots=True)
class FindingLine:
    text: str
    status: str
    findings: str = ""


@dataclass(frozen=True, slots=True)
class FactFinding:
    total: int
    done: int
    overdue: int
    items: tuple[FindingLine, ...] = ()


@dataclass(frozen=True, slots=True)
class AssessmentFacts:
    version: int
    assessed_on: date
    model: str  # the pack's name and version
    level: str
    rationale: str
    risk_factors: tuple[str, ...] = ()
    protective_factors: tuple[str, ...] = ()
    present: tuple[str, ...] = ()
    dissent: tuple[tuple[str, str], ...] = ()  # (member, their view)
    #: The model's key questions as asked, with the team's answers: (question, answer).
    answers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class InterventionLine:
    domain: str
    kind: str
    description: str
    responsible: str
    start_on: date | None = None
    due_on: date | None = None
    frequency: str = ""
    status: str = ""
    status_reason: str = ""
    reduces: tuple[str, ...] = ()
    strengthens: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class PlanFacts:
    version: int
    saved_at: str
    saved_by: str
    goals: str
    interventions: tuple[InterventionLine, ...] = ()


@dataclass(frozen=True, slots=True)
class NotificationLine:
    notified_on: date
    recipient: str
    recipient_name: str
    method: str
    shared: str
    legal_basis: str


@dataclass(frozen=True, slots=True)
class ReviewLine:
    held_on: date
    decision: str
    progress: str
    next_review: date | None = None


@dataclass(frozen=True, slots=True)
class TimelineLine:
    when: str
    who: str
    what: str


@dataclass(frozen=True, slots=True)
class CaseSummarySnapshot:
    info: DocumentInfo
    student: StudentFacts
    case: CaseFacts
    persons: tuple[PersonLine, ...] = ()
    referrals: tuple[ReferralFacts, ...] = ()
    screenings: tuple[ScreeningFacts, ...] = ()
    fact_finding: FactFinding | None = None
    assessments: tuple[AssessmentFacts, ...] = ()  # newest first; earlier ones only if asked
    plan: PlanFacts | None = None
    notifications: tuple[NotificationLine, ...] = ()
    reviews: tuple[ReviewLine, ...] = ()
    timeline: tuple[TimelineLine, ...] = ()
    prepared_for: str = ""  # the redaction preset's reader, e.g. "a receiving school"
    left_out: tuple[str, ...] = ()  # section titles the preset leaves out, named on the page
    #: Changes made at once on two laptops, not yet resolved: one line each, both versions.
    unresolved: tuple[str, ...] = ()
    #: "Unresolved: two versions (Lucía / Marcus)…" when the plan was published twice from one
    #: version; `other_plans` then holds the versions beside `plan`.
    plan_fork: str = ""
    other_plans: tuple[PlanFacts, ...] = ()


# -- plans ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PlanSnapshot:
    """The internal plan: every field the team keeps, with the factors it answers."""

    info: DocumentInfo
    student: str
    grade: str
    level_of_concern: str
    plan: PlanFacts
    unaddressed_risk: tuple[str, ...] = ()
    unaddressed_protective: tuple[str, ...] = ()
    next_review: date | None = None
    signatures: tuple[str, ...] = ("Case manager", "Team lead")
    unresolved: tuple[str, ...] = ()  # as on the case summary
    plan_fork: str = ""
    other_plans: tuple[PlanFacts, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class ParentPlanLine:
    area: str  # the plan domain, in the paper's language (the pack's word)
    what: str
    who: str
    due_on: date | None = None
    frequency: str = ""  # "once", "daily", "weekly", ...


@dataclass(frozen=True, slots=True)
class ParentPlanSnapshot:
    """The plan as parents and the student read it: plain words, no team-only fields, nothing
    about other people."""

    info: DocumentInfo
    student: str  # the full name
    first_name: str  # how the page speaks to the family: "Support plan for Kenzie"
    goals: str
    items: tuple[ParentPlanLine, ...]
    contact: ContactLine | None = None  # whom to call with questions (the case manager)
    next_review: date | None = None
    language: str = "en"  # a key of reports/family_words.PLAN: every fixed word, the dates


@dataclass(frozen=True, slots=True)
class LetterSnapshot:
    """A notification letter: whom it is to, the one student it names (the target's family's
    letter names their own child, never the other student; "" when the case does not say
    which child), the school and the team lead who signs it. Nothing the team found."""

    info: DocumentInfo
    kind: str  # a reports/letter_words.LetterKind value
    dated: date  # the notification's date
    to: str  # the recipient as the notification names them ("" for none)
    first: str  # the first name of the student the letter is about
    lead: ContactLine | None  # who signs, with how to reach them
    district: str = ""
    language: str = "en"


# -- meetings (filled by the meetings services) ---------------------------------------------
@dataclass(frozen=True, slots=True)
class MeetingFacts:
    held_on: date
    starts_at: str  # "15:30"
    duration_minutes: int
    place: str = ""
    chair: str = ""
    note_taker: str = ""


@dataclass(frozen=True, slots=True)
class AgendaLine:
    position: int
    kind: str  # the agenda section: "Urgent", "New referral", "Review due", "Other business"
    case_number: str  # "" for an item that is not about a case
    student: str  # initials when the agenda is masked (the default), else the name
    title: str
    reason: str = ""
    minutes: int = 5


@dataclass(frozen=True, slots=True)
class ActionLine:
    what: str
    who: str
    due_on: date | None = None
    case_number: str = ""
    done_on: date | None = None


@dataclass(frozen=True, slots=True)
class AgendaSnapshot:
    info: DocumentInfo
    meeting: MeetingFacts
    items: tuple[AgendaLine, ...]
    open_actions: tuple[ActionLine, ...] = ()  # carried over from earlier meetings
    masked: bool = True  # says on the page whether names are initials


@dataclass(frozen=True, slots=True)
class AttendanceLine:
    name: str
    role: str
    present: bool
    note: str = ""  # "joined late", "by phone"


@dataclass(frozen=True, slots=True)
class PartnerLine:
    """A partner from an outside agency present at a meeting, and their agreement that day."""

    name: str
    agency: str
    role: str
    agreement: str  # "until 2027-06-30", "agreement expired on 2026-08-31"


@dataclass(frozen=True, slots=True)
class DecisionLine:
    decision: str
    rationale: str = ""
    dissent: str = ""


@dataclass(frozen=True, slots=True)
class MinutesItem:
    position: int
    case_number: str
    student: str  # initials when masked
    title: str
    decisions: tuple[DecisionLine, ...] = ()
    actions: tuple[ActionLine, ...] = ()


@dataclass(frozen=True, slots=True)
class Approval:
    approved_at: str
    approved_by: str


@dataclass(frozen=True, slots=True)
class AddendumLine:
    added_at: str
    added_by: str
    text: str


@dataclass(frozen=True, slots=True)
class MinutesSnapshot:
    info: DocumentInfo
    meeting: MeetingFacts
    attendance: tuple[AttendanceLine, ...]
    items: tuple[MinutesItem, ...]
    approval: Approval | None = None  # None prints "DRAFT: not approved"
    addenda: tuple[AddendumLine, ...] = ()
    masked: bool = True
    partners: tuple[PartnerLine, ...] = ()  # from outside agencies, under agreement


# -- team documents -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class BlankFormsSnapshot:
    """Paper forms generated from the team's model pack."""

    info: DocumentInfo
    pack: Pack
    forms: tuple[str, ...] = ("intake", "inquiry", "assessment", "plan")


@dataclass(frozen=True, slots=True)
class ContactLine:
    name: str
    role: str
    contact: str = ""


@dataclass(frozen=True, slots=True)
class StaffHandoutSnapshot:
    info: DocumentInfo
    team: tuple[ContactLine, ...]
    behaviors: tuple[str, ...]  # what a teacher can see or hear, in plain words
    model: str = ""  # the pack's name
    language: str = "en"  # the words' (`handout_words.STAFF`)


@dataclass(frozen=True, slots=True)
class PublicHandoutSnapshot:
    """The handout for students or the one for families: the school, the team's names (and,
    for families, how to reach them) and the pack's tip line; no student data."""

    info: DocumentInfo
    team: tuple[ContactLine, ...]
    tip_line: TipLine | None = None  # from the team's pack; None: the pack names none
    language: str = "en"  # a key of reports/handout_words.py


@dataclass(frozen=True, slots=True)
class RosterMember:
    name: str
    role: str
    contact: str = ""
    active_from: date | None = None
    active_to: date | None = None
    is_lead: bool = False


@dataclass(frozen=True, slots=True)
class TrainingLine:
    member: str
    course: str
    provider: str
    taken_on: date
    hours: float
    expires_on: date | None
    status: str  # "current", "due" (expires soon) or "lapsed"


@dataclass(frozen=True, slots=True)
class RosterSnapshot:
    info: DocumentInfo
    as_of: date
    members: tuple[RosterMember, ...]
    trainings: tuple[TrainingLine, ...] = ()


@dataclass(frozen=True, slots=True)
class RecoveryKitSnapshot:
    info: DocumentInfo
    school: str
    district: str
    file_id: str
    created_on: date
    recovery_code: str
    file_name: str = ""  # the case file's folder name, e.g. "maple-hollow.btam"


# -- annual report --------------------------------------------------------------------------
@dataclass(frozen=True, slots=True, kw_only=True)
class AnnualReportSnapshot:
    """The program's figures of one school year, exactly as `stats.year` publishes them to the
    Statistics screen (every small count already suppressed): no case, no name, no text."""

    info: DocumentInfo
    label: str  # "2026-27"
    start: date
    end: date
    minimum: int  # counts from 1 to minimum - 1 are suppressed
    opened: int | None  # None: suppressed
    closed: int | None
    tables: tuple[PublishedTable, ...]
    medians: tuple[Median, ...]
    not_counted: tuple[str, ...]
    school: str = ""
    district: str = ""
    model: str = ""  # the team's model pack, by name


# -- the district view (several schools' roll-up files) ----------------------------------
@dataclass(frozen=True, slots=True, kw_only=True)
class DistrictSource:
    """One school's roll-up file as the district view lists it, so the district can check
    who signed it."""

    file_name: str
    school: str
    district: str
    pack: str
    minimum: int
    signer: str
    fingerprint: str  # as printed: "SHA-256 ab12 cd34 …"
    created_at: str  # local time as printed


@dataclass(frozen=True, slots=True, kw_only=True)
class DistrictSnapshot:
    info: DocumentInfo
    view: DistrictView
    sources: tuple[DistrictSource, ...]
    #: Each file's key was the one the district was given for its school (`--expect`).
    keys_checked: bool = False


# -- all-staff awareness training ----------------------------------------------------------
@dataclass(frozen=True, slots=True)
class StaffLine:
    name: str
    described: str = ""  # role and department: "Teacher, grade 7 · Science"


@dataclass(frozen=True, slots=True)
class SignInSheetSnapshot:
    """A session's sign-in sheet: the staff still at the school, a line each to sign, and
    lines to write in anyone not on the list. Without a session, its date, leader and topic
    print as lines to fill in."""

    info: DocumentInfo
    staff: tuple[StaffLine, ...]
    held_on: date | None = None
    led_by: str = ""
    topic: str = ""
    write_in: int = 8


@dataclass(frozen=True, slots=True)
class SessionLine:
    held_on: date
    led_by: str
    topic: str
    attended: int


@dataclass(frozen=True, slots=True)
class StaffCoverageSnapshot:
    """A school year's coverage: how many of the staff attended, the sessions, who is missing."""

    info: DocumentInfo
    year_label: str
    trained: int
    total: int
    sessions: tuple[SessionLine, ...]
    missing: tuple[StaffLine, ...]
