"""A case file whose every free-text field holds markup, built through the real services.

Each field gets ``"<tag> " + MARKUP``: the tag says which field a string came from, so a test
can tell which ones a screen shows; MARKUP is what a hostile tip-line export would carry (a
picture to load from the working folder and a red "CLEARED"). Everything here is fictional.
File names cannot hold a "/", so they carry FILE_MARKUP (the same without the closing tag).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from btam_desktop.domain.case import CaseStatus
from btam_desktop.domain.contact import Contact, ContactKind
from btam_desktop.domain.plan import Intervention, InterventionStatus, InterventionType
from btam_desktop.domain.records import new_id, today
from btam_desktop.domain.referral import Student
from btam_desktop.services import (
    assess,
    cases,
    contacts,
    inquiry,
    intake,
    manage,
    meetings,
    members,
    packs,
    roster,
    session as sessions,
)
from btam_desktop.services.demo import demo_picture
from btam_desktop.services.session import TEST_KDF, NewCaseFile, Session, create_case_file

#: The picture the markup points at, relative to the working folder (tests chdir there).
BAIT = "bait.png"
MARKUP = f"<img src={BAIT} width=400><font color=red size=7>CLEARED - NO ACTION</font>"
FILE_MARKUP = MARKUP.removesuffix("</font>")
#: What must still be on screen, character for character, wherever a field is shown.
SIGN = f"<img src={BAIT}"
PASSPHRASE = "hostile markup passphrase for tests"
RTL_TAG = "ياسمين القاسم"  # a fictional Arabic name: right-to-left text next to the markup
#: With the markup, 200 characters: the longest name a field accepts.
LONG_TAG = "Long " + "Featherstonehaugh-Bartholomew " * 3 + "Okonkwo-Villanueva-Ngata-Lu"
FILLER = "Fictional filler about the hallway and the bus stop. "


def hostile(tag: str) -> str:
    return f"{tag} {MARKUP}"


def long_text(tag: str, size: int = 5_000) -> str:
    """`size` characters: the tagged markup first, then fictional filler."""
    head = hostile(tag) + " "
    return head + (FILLER * (size // len(FILLER) + 1))[: size - len(head)]


def hostile_file_name(tag: str, suffix: str) -> str:
    return f"{tag} {FILE_MARKUP}{suffix}"


def _q(text: str) -> str:
    """A TOML basic string (the markup holds no quote or backslash)."""
    assert '"' not in text and "\\" not in text
    return f'"{text}"'


def hostile_pack(pack_id: str = "district-hostile") -> str:
    """A district pack (imported text) whose every label, help and choice carries markup."""

    def h(tag: str) -> str:
        return _q(hostile(tag))

    return f"""
[pack]
id = "{pack_id}"
name = {h("pack name")}
version = "1.0"
provenance = {h("provenance")}
licence = "Fictional test pack."

[[levels]]
id = "low"
label = {h("level low")}
description = {h("low description")}
review_days = 60

[[levels]]
id = "high"
label = {h("level high")}
description = {h("high description")}
review_days = 7
requires = [{h("requires")}]
notify = ["parents"]

[quorum]
roles = ["administrator", "counselor"]

[[checklist]]
id = "who"
kind = "source"
text = {h("pack checklist")}
help = {h("checklist help")}

[[checklist]]
id = "what"
kind = "question"
text = {h("pack question item")}

[[sections]]
id = "s1"
title = {h("section & title")}

[[sections.questions]]
id = "story"
type = "text"
text = {h("question & text")}
help = {h("question help")}
required = true
prefill = "referral:narrative"

[[sections.questions]]
id = "choice"
type = "single"
text = {h("choice question")}
choices = [{h("choice one")}, {h("choice two")}]

[[sections.questions]]
id = "many"
type = "multiple"
text = {h("multi question")}
choices = [{h("multi one")}, {h("multi two")}]

[[sections.questions]]
id = "yn"
type = "yes_no_unknown"
text = {h("yes no question")}
help = {h("yes no help")}

[factors]
risk = [{h("risk factor")}, {h("second risk")}]
protective = [{h("protective factor")}]

[plan]
domains = [{h("domain")}]
notifications = [{h("notification kind")}]
"""


@dataclass(frozen=True, slots=True)
class HostileFile:
    folder: Path
    full_case: str  # every stage, every record
    long_case: str  # a 200-character name, a 5,000-character narrative, still a referral
    rtl_case: str  # a right-to-left name
    dismissed_case: str  # closed at screening with a reason
    lead: str  # the lead's name (sign in as them)
    counselor: str  # member id


def build(folder: Path) -> HostileFile:
    session, _ = create_case_file(
        folder,
        NewCaseFile(hostile("school"), hostile("lead"), "administrator", hostile("district")),
        PASSPHRASE,
        TEST_KDF,
    )
    try:
        return _fill(session, folder)
    finally:
        sessions.lock(session)


def _fill(s: Session, folder: Path) -> HostileFile:
    """A team of four (one right-to-left name, one of 200 characters), a district pack in use,
    four cases, two meetings and the roster."""
    lead = s.member_id
    counselor = _member(s, hostile("counselor"), "counselor")
    _member(s, hostile(RTL_TAG), "psychologist")
    _member(s, hostile(LONG_TAG), "law_enforcement")
    packs.import_district_pack(s, hostile_file_name("pack file", ".toml"), hostile_pack())
    assess.set_team_pack(s, "district-hostile")

    full = _full_case(s, lead, counselor)
    long_case, _ = intake.intake_referral(
        s,
        intake.ReferralInput(
            Student(name=hostile(LONG_TAG)),
            reporter_kind="anonymous",
            narrative=long_text("long narrative"),
            verbatim=long_text("long verbatim"),
        ),
    )
    cases.update_case(s, long_case.case_id, cases.CaseEdit(summary=long_text("long summary")))
    rtl, _ = intake.intake_referral(
        s,
        intake.ReferralInput(
            Student(name=hostile(RTL_TAG)),
            reporter_name=hostile("rtl reporter"),
            narrative=hostile(f"{RTL_TAG} قالت إنها خائفة"),
        ),
    )
    dismissed, _ = intake.intake_referral(
        s,
        intake.ReferralInput(
            Student(name=hostile("dismissed student")),
            reporter_kind="anonymous",
            narrative=hostile("dismissed narrative"),
        ),
    )
    intake.record_screening(s, dismissed.case_id, "dismiss", counselor, hostile("dismiss reason"))
    _meetings(s, lead, counselor, full)
    _roster(s, counselor)
    return HostileFile(
        folder,
        full,
        long_case.case_id,
        rtl.case_id,
        dismissed.case_id,
        hostile("lead"),
        counselor,
    )


def _member(s: Session, name: str, role: str) -> str:
    member, _ = members.add_member(s, name, role, PASSPHRASE, kdf=TEST_KDF)
    return member.id


def _full_case(s: Session, lead: str, counselor: str) -> str:
    """Intake to management: reports, evidence, screening, inquiry, interview,
    assessment, plan, notification, check-in and review, every text field hostile."""
    first, _ = intake.intake_referral(
        s,
        intake.ReferralInput(
            student=Student(name=hostile("student"), school=hostile("student school")),
            channel="tip_line",
            reporter_name=hostile("reporter"),
            reporter_relationship=hostile("relationship"),
            location=hostile("location"),
            narrative=hostile("narrative"),
            verbatim=hostile("verbatim"),
            prior_concerns=hostile("prior concerns"),
            imminent=True,
            emergency_actions=hostile("emergency"),
            targets=(hostile("target"),),
        ),
    )
    case_id = first.case_id
    intake.intake_referral(
        s,
        intake.ReferralInput(
            Student(name=hostile("student")),
            channel="tip_line",
            reporter_kind="anonymous",
            narrative=hostile("second report"),
            link_case_id=case_id,
        ),
    )
    cases.add_person(s, case_id, cases.NewPerson("guardian", hostile("guardian")))
    cases.update_case(
        s,
        case_id,
        cases.CaseEdit(
            summary=hostile("summary"),
            case_manager_id=lead,
            next_review=today() + timedelta(days=2),
        ),
    )
    intake.attach_evidence(s, case_id, hostile_file_name("evidence", ".png"), demo_picture())
    intake.attach_evidence(
        s, case_id, hostile_file_name("notes", ".txt"), hostile("evidence text").encode()
    )
    intake.record_screening(s, case_id, "inquiry", counselor, hostile("screening reason"))

    inquiry.add_item(s, case_id, hostile("checklist item"))
    items = inquiry.checklist(s, case_id).items
    for n, item in enumerate(items):
        mine = item.text == hostile("checklist item")
        inquiry.update_item(
            s,
            item.id,
            inquiry.ItemEdit(
                lead if mine else counselor,
                today() + timedelta(days=1) if mine else None,
                "not_started" if mine else "answered",
                "" if mine else hostile(f"findings {n}"),
                "" if mine else hostile(f"sources {n}"),
                None if mine else today(),
                n % 2 == 0,
            ),
        )
    inquiry.add_interview(
        s,
        inquiry.InterviewInput(
            case_id,
            "witness",
            hostile("interviewee"),
            today(),
            lead,
            hostile("others present"),
            hostile("interview notes"),
        ),
    )
    cases.change_status(s, case_id, CaseStatus.ASSESSMENT)
    assess.record_assessment(
        s,
        case_id,
        assess.AssessmentInput(
            "district-hostile",
            {
                "story": hostile("answer story"),
                "choice": hostile("choice one"),
                "many": [hostile("multi one")],
                "yn": "yes",
            },
            "high",
            hostile("rationale"),
            (lead, counselor),
            dissent=((counselor, hostile("dissent")),),
            risk_factors=(hostile("risk factor"), hostile("second risk")),
            protective_factors=(hostile("protective factor"),),
            assessed_on=today(),
        ),
    )
    cases.change_status(s, case_id, CaseStatus.MANAGEMENT)
    domain = hostile("domain")
    manage.save_plan(
        s,
        case_id,
        hostile("goals"),
        (
            Intervention(
                id=new_id(),
                domain=domain,
                type=InterventionType.COUNSELING,
                description=hostile("intervention"),
                start_on=today(),
                due_on=today() + timedelta(days=3),
                responsible_id=lead,
                frequency="weekly",
                status=InterventionStatus.ACTIVE,
                reduces=(hostile("risk factor"),),
            ),
            Intervention(
                id=new_id(),
                domain=domain,
                type=InterventionType.OTHER,
                description=hostile("outside intervention"),
                start_on=today(),
                due_on=today() + timedelta(days=20),
                responsible_id=None,
                provider=hostile("provider"),
                status=InterventionStatus.DISCONTINUED,
                status_reason=hostile("discontinued reason"),
                outcome=hostile("outcome"),
            ),
        ),
        0,
    )
    manage.add_notification(
        s,
        case_id,
        manage.NotificationInput(
            "parents",
            hostile("notified name"),
            today(),
            hostile("method"),
            hostile("shared"),
            "school_official",
        ),
    )
    manage.add_checkin(s, case_id, today(), hostile("check-in"), "steady")
    manage.record_review(
        s,
        case_id,
        manage.ReviewInput(
            today(),
            (lead, counselor),
            hostile("review progress"),
            "continue",
            today() + timedelta(days=2),
        ),
    )
    return case_id


def _meetings(s: Session, lead: str, counselor: str, full_case: str) -> None:
    """The next meeting (agenda from what is due, an added item, attendance, a decision and
    an action item) and an approved past one with an addendum."""
    upcoming, _ = meetings.schedule(
        s,
        meetings.MeetingInput(
            today() + timedelta(days=3), "15:30", 60, hostile("place"), lead, counselor
        ),
    )
    agenda = meetings.view(s, upcoming.id).minutes.agenda
    added = meetings.other_item(hostile("agenda item"), 10)
    meetings.save_agenda(s, upcoming.id, [*agenda[:-1], added, agenda[-1]])
    meetings.set_attendance(s, upcoming.id, (lead, counselor), hostile("guests"))
    case_item = next(i for i in agenda if i.case_id == full_case)
    meetings.record_decision(
        s,
        upcoming.id,
        case_item.id,
        hostile("decision"),
        hostile("decision rationale"),
        hostile("decision dissent"),
    )
    meetings.add_action(
        s,
        upcoming.id,
        meetings.ActionInput(
            added.id, "task", hostile("action"), lead, today() + timedelta(days=2)
        ),
    )
    past, _ = meetings.schedule(
        s,
        meetings.MeetingInput(
            today() - timedelta(days=10), "15:30", 45, hostile("old place"), lead, counselor
        ),
    )
    other = meetings.view(s, past.id).minutes.agenda[-1]
    meetings.record_decision(s, past.id, other.id, hostile("old decision"))
    meetings.set_attendance(s, past.id, (lead, counselor), hostile("old guests"))
    meetings.approve(s, past.id)
    meetings.add_addendum(s, past.id, hostile("addendum"))


def _roster(s: Session, counselor: str) -> None:
    """A member's contact details and training, and someone outside the team on the list."""
    roster.update_details(
        s,
        counselor,
        roster.MemberDetails(
            "counselor", (), hostile("contact"), today() - timedelta(days=400), None
        ),
    )
    roster.add_training(
        s,
        roster.TrainingInput(
            counselor,
            today() - timedelta(days=400),
            hostile("course"),
            hostile("training provider"),
            6.0,
        ),
    )
    contacts.save_contact(
        s,
        Contact(
            id="",
            name=hostile("contact person"),
            kind=ContactKind.PROVIDER,
            role=hostile("contact role"),
            organization=hostile("organization"),
            contact=hostile("phone"),
            notes=hostile("contact notes"),
        ),
    )


def csv_export() -> bytes:
    """A tip-line export: the student's name is the one from the issue, and one column's
    name is markup too (it is listed as not imported)."""
    rows = [
        ["student_name", "narrative", "channel", "anonymous", hostile("column")],
        [hostile("Ava"), hostile("tip narrative"), "tip_line", "yes", "ignored"],
    ]
    return "\n".join(",".join(f'"{cell}"' for cell in row) for row in rows).encode("utf-8")
