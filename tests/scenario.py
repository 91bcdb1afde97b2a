"""The Identify scenario's case (Kenzie Varga-Holloway, fictional), taken as far as a test needs."""

from __future__ import annotations

from btam_desktop.domain.assessment import Answer
from btam_desktop.domain.case import CaseStatus
from btam_desktop.domain.pack import Pack
from btam_desktop.domain.referral import Student
from btam_desktop.services import assess, cases, intake, members
from btam_desktop.services.session import TEST_KDF, Session


def required_answers(pack: Pack) -> dict[str, Answer]:
    """A plain answer to every required question of a pack (unknown, the first choice, a note)."""
    return {
        q.id: (
            "unknown"
            if q.type.value == "yes_no_unknown"
            else q.choices[0]
            if q.choices
            else "Noted."
        )
        for q in pack.questions()
        if q.required
    }


def kenzie_in_inquiry(session: Session) -> tuple[str, str]:
    """Reported by her teacher and screened into inquiry with Marcus Feldspar: (case, Marcus)."""
    marcus, _ = members.add_member(
        session, "Marcus Feldspar", "psychologist", "marcus passphrase ok", kdf=TEST_KDF
    )
    result, _ = intake.intake_referral(
        session,
        intake.ReferralInput(
            student=Student(name="Kenzie Varga-Holloway", grade="7"),
            reporter_name="Priya Anand-Moss",
            verbatim="you're dead tomorrow, I'll bring something",
            targets=("Corin Abernathy-Pell",),
        ),
    )
    intake.record_screening(session, result.case_id, "inquiry", marcus.id, "")
    return result.case_id, marcus.id


def kenzie_in_management(session: Session) -> tuple[str, str]:
    """Assessed under NTAC at moderate concern, then in management: (case, Marcus)."""
    case_id, marcus = kenzie_in_inquiry(session)
    cases.change_status(session, case_id, CaseStatus.ASSESSMENT)
    form = assess.new_assessment_form(session, case_id)
    answers = required_answers(form.pack)
    assess.record_assessment(
        session,
        case_id,
        assess.AssessmentInput(
            "ntac",
            answers,
            "moderate",
            "Grievance and a knife at home.",
            (session.member_id, marcus),
            risk_factors=("Access to weapons", "Being bullied"),
            protective_factors=("Trusted adult at school",),
        ),
    )
    cases.change_status(session, case_id, CaseStatus.MANAGEMENT)
    return case_id, marcus
