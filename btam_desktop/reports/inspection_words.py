"""The words of the parent inspection packet, by language.

Every sentence, heading and label of the packet is here and nowhere else: the service builds
the snapshot with keys (a section, a field, a withholding reason) and the layout in
`inspection.py` looks them up, so a language is added by adding one `InspectionWords`. English
only for now; the stored values (a stage, a channel, an intervention's kind) print in the
words the app's other documents use.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class InspectionWords:
    title: str
    intro: tuple[str, ...]
    student_facts: dict[str, str]
    case_heading: str  # "{number}"
    case_facts: dict[str, str]
    sections: dict[str, str]
    labels: dict[str, str]
    nothing: str  # under a section with no record
    #: A withheld passage in place: "{reason}" is the reason's short words.
    mark: str
    reasons: dict[str, str]  # short: "other students' information"
    explanations: dict[str, str]  # why the law lets the school withhold it
    withheld_heading: str
    withheld_intro: str
    one_passage: str  # "{count} passage withheld: {reason}"
    passages: str
    nothing_withheld: str
    disclosures_heading: str
    disclosures_intro: str
    disclosure_columns: tuple[str, str, str, str, str]
    no_disclosures: str
    within_team: str


ENGLISH = InspectionWords(
    title="Your child's record: inspection copy",
    intro=(
        "Federal law (FERPA, 34 CFR 99.10) gives parents the right to inspect and review "
        "their child's education records. This copy holds everything the school's threat "
        "assessment team keeps about the student named below: every case, the reports that "
        "started them, what the team looked into, its assessments, the plans and how they "
        "went, who was told, what team meetings decided, and every copy of these records the "
        "team made.",
        "Where a record also holds information about another student, or names a person who "
        "asked the school to keep their identity confidential, that passage is replaced by a "
        "note such as [withheld: other students' information]. The last page counts them by "
        "reason.",
        "If you believe something here is wrong or misleading, you may ask the school in "
        "writing to change it (34 CFR 99.20). Attachments listed here can be shown to you at "
        "the school.",
    ),
    student_facts={
        "student": "Student",
        "grade": "Grade",
        "student_id": "Student id",
        "born": "Date of birth",
        "school": "School",
        "cases": "Cases",
    },
    case_heading="Case {number}",
    case_facts={
        "status": "Stage",
        "opened_on": "Opened",
        "level": "Level of concern",
        "case_manager": "Case manager",
        "next_review": "Next review",
        "closed_on": "Closed",
        "closure_reason": "Why it was closed",
        "summary": "Summary",
    },
    sections={
        "people": "People in the case",
        "referrals": "Reports of concern",
        "attachments": "Attachments",
        "screening": "Screening",
        "inquiry": "What the team looked into",
        "interviews": "Interviews",
        "assessments": "Assessments",
        "plans": "Plans",
        "checkins": "Check-ins",
        "reviews": "Reviews",
        "closures": "Closing the case",
        "notifications": "Who was told",
        "meetings": "Team meeting decisions",
        "actions": "Tasks from team meetings",
    },
    labels={
        "name": "Name",
        "grade": "Grade",
        "student_id": "Student id",
        "school": "School",
        "notes": "Notes",
        "reported_by": "Reported by",
        "where": "Where",
        "verbatim": "Words as reported",
        "narrative": "What happened",
        "weapon": "A weapon was mentioned",
        "imminent": "Imminent danger was reported",
        "emergency_actions": "Steps taken at once",
        "prior_concerns": "Earlier concerns",
        "targets": "Named as the person threatened",
        "stage": "Added at",
        "added": "Added",
        "decision": "Decision",
        "reason": "Reason",
        "decided_by": "Decided by",
        "status": "Status",
        "findings": "Findings",
        "sources": "Sources",
        "found_on": "Found on",
        "corroborated": "Corroborated",
        "interviewee": "Interviewed",
        "interviewer": "Interviewer",
        "others_present": "Also present",
        "model": "Model",
        "level": "Level of concern",
        "rationale": "Rationale",
        "risk_factors": "Risk factors",
        "protective_factors": "Protective factors",
        "present": "Team members present",
        "dissent": "A different view",
        "goals": "Goals",
        "plan_item": "Plan item",
        "observations": "Observations",
        "trend": "Trend",
        "by": "By",
        "progress": "Progress",
        "next_review": "Next review",
        "summary": "Summary",
        "checklist": "Closing checklist",
        "watcher": "Watches for renewed concern",
        "recipient_name": "Name",
        "method": "How",
        "shared": "What was shared",
        "legal_basis": "Legal basis",
        "rationale_meeting": "Why",
        "minutes": "Minutes",
        "what": "What",
        "assignee": "Who",
        "due_on": "Due",
        "done_on": "Done",
        "yes": "Yes",
    },
    nothing="Nothing recorded.",
    mark="[withheld: {reason}]",
    reasons={
        "confidential_reporter": "a reporter who asked to stay confidential",
        "other_students": "other students' information",
        "others_safety": "another person's safety plan",
    },
    explanations={
        "confidential_reporter": "The person who reported the concern asked the school to keep "
        "their identity confidential. Their name, and anything that would identify them, is "
        "left out.",
        "other_students": "A parent may see only the part of a record that is about their own "
        "child (34 CFR 99.12(a)). The names of other students (a student who was threatened, "
        "a witness, a student who reported) and what identifies them are left out.",
        "others_safety": "Steps the team took to protect another person are part of that "
        "person's record, not the student's, and are left out.",
    },
    withheld_heading="What was withheld and why",
    withheld_intro="Each passage counted below was replaced in place by a note that gives its "
    "reason. Everything else the team keeps about the student is in this copy.",
    one_passage="{count} passage withheld: {reason}",
    passages="{count} passages withheld: {reason}",
    nothing_withheld="Nothing was withheld: this copy holds every record about the student "
    "word for word.",
    disclosures_heading="Copies of these records",
    disclosures_intro="Every printed or saved copy of the student's records is logged. Those "
    "given to someone outside the team name the recipient and the legal basis (34 CFR 99.32).",
    disclosure_columns=("When", "Document", "Given to", "Legal basis", "By"),
    no_disclosures="No copy of the student's records has been made.",
    within_team="Within the team",
)

#: The packet's languages by code (`domain/language.PAPER_LANGUAGES` names them).
LANGUAGES = {"en": ENGLISH}


def words(language: str) -> InspectionWords:
    return LANGUAGES[language]
