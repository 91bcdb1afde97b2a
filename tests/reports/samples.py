"""Hand-made snapshots of every printed document (fictional people from the scenarios)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from btam_desktop.domain.pack import TipLine
from btam_desktop.packs.builtin import builtin_packs
from btam_desktop.reports import snapshots as sn

SCHOOL = "Maple Hollow Middle School"


def info(
    title: str, case_number: str = "2026-0007", document_id: str = "doc-0001"
) -> sn.DocumentInfo:
    return sn.DocumentInfo(
        document_id=document_id,
        title=title,
        generated_by="Dana Whitlock-Oyelaran",
        generated_at="2026-03-02 14:05",
        school=SCHOOL,
        case_number=case_number,
    )


PLAN = sn.PlanFacts(
    version=2,
    saved_at="2026-02-20 10:12",
    saved_by="Marcus Feldspar",
    goals="Kenzie feels safe at school and has an adult to go to; no access to the knife at home.",
    interventions=(
        sn.InterventionLine(
            domain="Student",
            kind="Mentoring / trusted adult",
            description="Daily check-in with the basketball coach",
            responsible="Marcus Feldspar",
            start_on=date(2026, 2, 20),
            due_on=date(2026, 3, 20),
            frequency="daily",
            status="Active",
            reduces=("Isolation or peer rejection",),
            strengthens=("Trusted adult at school",),
        ),
        sn.InterventionLine(
            domain="Environment",
            kind="Weapons-access counseling with the family",
            description="Weapons-access counseling with the family",
            responsible="Lucía Ferreira-Boyd",
            start_on=date(2026, 2, 21),
            due_on=date(2026, 2, 28),
            frequency="once",
            status="Done",
            reduces=("Access to weapons",),
        ),
        sn.InterventionLine(
            domain="Target",
            kind="Law-enforcement liaison",
            description="Officer Castellan checks the bus stop on Fridays",
            responsible="Ray Castellan",
            start_on=date(2026, 2, 21),
            due_on=None,
            frequency="weekly",
            status="Active",
        ),
    ),
)


def case_summary(**changes: object) -> sn.CaseSummarySnapshot:
    snap = sn.CaseSummarySnapshot(
        info=info("Case summary 2026-0007"),
        student=sn.StudentFacts("Kenzie Varga-Holloway", "8", SCHOOL, "S-448812", date(2012, 5, 3)),
        case=sn.CaseFacts(
            "2026-0007",
            "Management",
            date(2026, 2, 9),
            "High concern",
            "Marcus Feldspar",
            date(2026, 3, 9),
        ),
        persons=(
            sn.PersonLine("Subject", "Kenzie Varga-Holloway", "8"),
            sn.PersonLine("Target", "Corin Abernathy-Pell", "8"),
            sn.PersonLine("Guardian", "Mara Varga-Holloway"),
        ),
        referrals=(
            sn.ReferralFacts(
                "2026-02-09 08:40",
                "In person",
                "Bastian Quill-Ferreira, classmate",
                "Hallway by the gym",
                "you're dead tomorrow, I'll bring something",
                "After a fight in the hallway Kenzie shouted at Corin.",
                weapon=True,
            ),
        ),
        screenings=(
            sn.ScreeningFacts(
                "2026-02-09 11:00", "Gather facts (full inquiry)", "", "Dana Whitlock-Oyelaran"
            ),
        ),
        fact_finding=sn.FactFinding(
            12,
            9,
            1,
            (
                sn.FindingLine(
                    "Interview the student", "Answered", "Angry about weeks of mocking."
                ),
                sn.FindingLine(
                    "Talk with parents or guardians", "Answered", "Brother keeps a hunting knife."
                ),
            ),
        ),
        assessments=(
            sn.AssessmentFacts(
                2,
                date(2026, 2, 19),
                "NTAC behavioral threat assessment 1.0",
                "High concern",
                "Grievance, a named target and a knife at home.",
                ("Access to weapons", "Being bullied"),
                ("Trusted adult at school",),
                ("Dana Whitlock-Oyelaran", "Marcus Feldspar"),
                (("Ray Castellan", "Would have rated it moderate."),),
                (
                    ("What are the student's motives and goals?", "Revenge for weeks of mocking."),
                    ("Does the student have the means and ability to carry out an attack?", "Yes"),
                ),
            ),
        ),
        plan=PLAN,
        notifications=(
            sn.NotificationLine(
                date(2026, 2, 12),
                "Parents or guardians",
                "Mara Varga-Holloway",
                "phone",
                "The concern and the safety plan.",
                "School official",
            ),
        ),
        reviews=(
            sn.ReviewLine(
                date(2026, 2, 26), "Continue the plan", "Check-ins kept; calmer.", date(2026, 3, 9)
            ),
        ),
        timeline=(
            sn.TimelineLine("2026-02-09 08:45", "Dana Whitlock-Oyelaran", "took in a report"),
            sn.TimelineLine(
                "2026-02-19 16:02", "Marcus Feldspar", "recorded assessment 2 (high concern)"
            ),
        ),
    )
    return replace(snap, **changes)  # type: ignore[arg-type]


def plan() -> sn.PlanSnapshot:
    return sn.PlanSnapshot(
        info=info("Intervention plan 2026-0007"),
        student="Kenzie Varga-Holloway",
        grade="8",
        level_of_concern="High concern",
        plan=PLAN,
        unaddressed_risk=("Being bullied",),
        next_review=date(2026, 3, 9),
    )


def parent_plan() -> sn.ParentPlanSnapshot:
    return sn.ParentPlanSnapshot(
        info=replace(info("Support plan"), readers=sn.Readers.FAMILY),
        student="Kenzie Varga-Holloway",
        first_name="Kenzie",
        goals=PLAN.goals,
        items=(
            sn.ParentPlanLine(
                area="Student",
                what="Daily check-in with the basketball coach",
                who="Marcus Feldspar",
                due_on=date(2026, 3, 20),
                frequency="daily",
            ),
            sn.ParentPlanLine(
                area="Home",
                what="A talk about keeping the knife locked away",
                who="Lucía Ferreira-Boyd",
                due_on=date(2026, 2, 28),
                frequency="once",
            ),
        ),
        contact=sn.ContactLine("Marcus Feldspar", "School psychologist", "ext. 2214"),
        next_review=date(2026, 3, 9),
    )


MEETING = sn.MeetingFacts(
    date(2026, 3, 4), "15:30", 60, "Room 112", "Dana Whitlock-Oyelaran", "Priya Anand-Moss"
)


def agenda() -> sn.AgendaSnapshot:
    return sn.AgendaSnapshot(
        info=info("Team meeting agenda 2026-03-04", case_number=""),
        meeting=MEETING,
        items=(
            sn.AgendaLine(
                1,
                "new referral",
                "2026-0011",
                "H.K.-I.",
                "Self-referral via counselor",
                "Screened yesterday",
                10,
            ),
            sn.AgendaLine(
                2, "review", "2026-0007", "K.V.-H.", "30-day review", "Review due 2026-03-09", 15
            ),
            sn.AgendaLine(3, "other", "", "", "Training dates for spring", "", 5),
        ),
        open_actions=(
            sn.ActionLine("Call the bus company", "Ray Castellan", date(2026, 3, 3), "2026-0007"),
        ),
    )


def minutes(approved: bool = True) -> sn.MinutesSnapshot:
    return sn.MinutesSnapshot(
        info=info("Minutes of the team meeting 2026-03-04", case_number=""),
        meeting=MEETING,
        attendance=(
            sn.AttendanceLine("Dana Whitlock-Oyelaran", "administrator", True),
            sn.AttendanceLine("Marcus Feldspar", "psychologist", True),
            sn.AttendanceLine("Ray Castellan", "law enforcement", False, "at court"),
        ),
        items=(
            sn.MinutesItem(
                1,
                "2026-0007",
                "K.V.-H.",
                "30-day review",
                (
                    sn.DecisionLine(
                        "Continue the plan",
                        "Check-ins kept, calmer",
                        "Ray Castellan: step down now",
                    ),
                ),
                (
                    sn.ActionLine(
                        "Meet the family again",
                        "Lucía Ferreira-Boyd",
                        date(2026, 3, 11),
                        "2026-0007",
                    ),
                ),
            ),
        ),
        approval=sn.Approval("2026-03-05 09:00", "Dana Whitlock-Oyelaran") if approved else None,
        addenda=(
            sn.AddendumLine(
                "2026-03-06 10:00", "Marcus Feldspar", "The family meeting moved to 12 March."
            ),
        ),
    )


def blank_forms() -> sn.BlankFormsSnapshot:
    return sn.BlankFormsSnapshot(
        info=info("Blank forms", case_number=""), pack=builtin_packs()["ntac"]
    )


def staff_handout() -> sn.StaffHandoutSnapshot:
    return sn.StaffHandoutSnapshot(
        info=replace(
            info("Worried about a student? Tell the team", case_number=""),
            readers=sn.Readers.STAFF,
        ),
        team=(
            sn.ContactLine(
                "Dana Whitlock-Oyelaran", "Assistant principal (chair)", "Room 101, ext. 2201"
            ),
            sn.ContactLine("Marcus Feldspar", "School psychologist", "ext. 2214"),
        ),
        behaviors=(
            "A threat, said, written, drawn or posted, even as a joke",
            "Talk of a plan, a date, a weapon or a list of people",
        ),
        model="NTAC behavioral threat assessment",
    )


def public_handout() -> sn.PublicHandoutSnapshot:
    """For the handouts for students and families: the team and a district's tip line."""
    return sn.PublicHandoutSnapshot(
        info=replace(info("Handout for students", case_number=""), readers=sn.Readers.PUBLIC),
        team=(
            sn.ContactLine(
                "Dana Whitlock-Oyelaran", "Administrator (team lead)", "Room 101, ext. 2201"
            ),
            sn.ContactLine(
                "Marcus Feldspar", "School psychologist", "m.feldspar@maplehollow.example"
            ),
            sn.ContactLine("Lucía Ferreira-Boyd", "Counselor", "ext. 2130"),
        ),
        tip_line=TipLine(
            "Ridgeview SafeLine",
            phone="(555) 555-0150",
            text="(555) 555-0151",
            web="safeline.ridgeview.example",
            note="Open 24 hours, every day.",
        ),
    )


def roster() -> sn.RosterSnapshot:
    return sn.RosterSnapshot(
        info=info("Team roster and training", case_number=""),
        as_of=date(2026, 3, 2),
        members=(
            sn.RosterMember(
                "Dana Whitlock-Oyelaran", "administrator", "ext. 2201", date(2024, 8, 1), None, True
            ),
            sn.RosterMember("Marcus Feldspar", "psychologist", "ext. 2214", date(2025, 1, 6)),
            sn.RosterMember(
                "Jonah Eberhardt-Sato", "mental health", "", date(2023, 8, 1), date(2025, 6, 30)
            ),
        ),
        trainings=(
            sn.TrainingLine(
                "Dana Whitlock-Oyelaran",
                "Threat assessment basics",
                "Ridgeview Unified",
                date(2024, 9, 1),
                6,
                date(2026, 9, 1),
                "current",
            ),
            sn.TrainingLine(
                "Marcus Feldspar",
                "Threat assessment basics",
                "Ridgeview Unified",
                date(2024, 3, 1),
                6,
                date(2026, 3, 20),
                "due",
            ),
            sn.TrainingLine(
                "Jonah Eberhardt-Sato",
                "Suicide risk screening",
                "County health",
                date(2023, 9, 1),
                3.5,
                date(2025, 9, 1),
                "lapsed",
            ),
        ),
    )


CODE = "7K2M-Q9XD-4FTR-8HBW-3JNC-6PVA-1ZYE-5GKQ-2MXT-9DRF-4HWB-7NJC-3QVP-8TZA"


def recovery_kit() -> sn.RecoveryKitSnapshot:
    return sn.RecoveryKitSnapshot(
        info=info("Recovery kit", case_number=""),
        school=SCHOOL,
        district="Ridgeview Unified",
        file_id="6f1c2a8e-4d0b-4f3a-9b7e-2c5d8e1f0a9b",
        created_on=date(2026, 3, 2),
        recovery_code=CODE,
        file_name="maple-hollow.btam",
    )
