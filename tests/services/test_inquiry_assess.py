"""Fact-finding from the pack's checklist, and versioned assessments under a pack."""

from __future__ import annotations

from datetime import timedelta

import pytest

from btam_desktop.domain import clock, local_time
from btam_desktop.domain.case import CaseStatus
from btam_desktop.services import assess, cases, inquiry, intake
from btam_desktop.services.errors import ValidationError
from btam_desktop.services.session import Session
from tests.scenario import kenzie_in_inquiry, required_answers


def test_entering_inquiry_brings_the_packs_checklist(session: Session) -> None:
    case_id = kenzie_in_inquiry(session)[0]
    listed = inquiry.checklist(session, case_id)
    assert len(listed.items) == 16 and listed.items[0].pack_id == "ntac"
    assert listed.progress.total == 16 and listed.progress.done == 0
    item, _ = inquiry.add_item(session, case_id, "Talk with the basketball coach", "source")
    assert inquiry.checklist(session, case_id).items[-1] == item


def test_items_are_worked_through_and_counted(session: Session) -> None:
    case_id = kenzie_in_inquiry(session)[0]
    first, second, third = inquiry.checklist(session, case_id).items[:3]
    me = session.member_id
    with pytest.raises(ValidationError, match="findings"):
        inquiry.update_item(
            session, first.id, inquiry.ItemEdit(me, None, "answered", "", "", None, False)
        )
    inquiry.update_item(
        session,
        first.id,
        inquiry.ItemEdit(
            me,
            clock.today(),
            "answered",
            "Kenzie was angry after being mocked for weeks.",
            "Student interview",
            clock.today(),
            True,
        ),
    )
    inquiry.update_item(
        session,
        second.id,
        inquiry.ItemEdit(
            None, None, "conflicting", "Two accounts differ.", "Witnesses", None, False
        ),
    )
    inquiry.update_item(
        session,
        third.id,
        inquiry.ItemEdit(me, clock.today() - timedelta(days=2), "not_started", "", "", None, False),
    )
    progress = inquiry.checklist(session, case_id).progress
    assert (progress.answered, progress.conflicting, progress.done, progress.overdue) == (
        1,
        1,
        2,
        1,
    )


def test_interview_notes(session: Session) -> None:
    case_id = kenzie_in_inquiry(session)[0]
    inquiry.add_interview(
        session,
        inquiry.InterviewInput(
            case_id,
            "guardian",
            "Mara Varga-Holloway",
            clock.today(),
            session.member_id,
            "Lucía Ferreira-Boyd",
            "Hunting knife now locked in a safe.",
        ),
    )
    (note,) = inquiry.interviews_of(session, case_id)
    assert note.interviewee == "Mara Varga-Holloway" and "locked" in note.notes
    with pytest.raises(ValidationError, match="future"):
        inquiry.add_interview(
            session,
            inquiry.InterviewInput(
                case_id, "witness", "Eli Marchbanks-Tiller", clock.today() + timedelta(days=3), None
            ),
        )


def test_a_cstag_style_assessment_and_reassessment_keep_both_versions(session: Session) -> None:
    assess.set_team_pack(session, "cstag-style")
    case_id = kenzie_in_inquiry(session)[0]
    cases.change_status(session, case_id, CaseStatus.ASSESSMENT)
    form = assess.new_assessment_form(session, case_id)
    assert form.pack.id == "cstag-style" and form.version == 1 and form.prefill == {}
    with pytest.raises(ValidationError, match="rationale"):
        assess.record_assessment(
            session,
            case_id,
            assess.AssessmentInput(
                "cstag-style",
                {"resolved_easily": "no", "threat_kind": "Use of a weapon"},
                "serious_substantive",
                " ",
                (session.member_id,),
            ),
        )
    with pytest.raises(ValidationError, match="Answer 'Was the threat resolved"):
        assess.record_assessment(
            session,
            case_id,
            assess.AssessmentInput(
                "cstag-style", {}, "serious_substantive", "x", (session.member_id,)
            ),
        )
    first, _ = assess.record_assessment(
        session,
        case_id,
        assess.AssessmentInput(
            "cstag-style",
            {
                "resolved_easily": "no",
                "threat_kind": "Use of a weapon",
                "protective_actions": "Schedule change; target escorted.",
            },
            "serious_substantive",
            "Intent beyond the moment and a knife at home; when in doubt, substantive.",
            (session.member_id,),
            risk_factors=("Weapon mentioned or available",),
        ),
    )
    case = cases.get_case(session, case_id).case
    assert case.level_of_concern == "serious_substantive"  # the id; lists show the label
    assert case.next_review == clock.today() + timedelta(days=30)
    assert "Notify the potential victim and their parents" in first.requirements
    again = assess.new_assessment_form(session, case_id)
    assert again.version == 2 and again.prefill["resolved_easily"] == "no"
    second, _ = assess.record_assessment(
        session,
        case_id,
        assess.AssessmentInput(
            "cstag-style",
            dict(again.prefill),
            "transient",
            "Apologized; no access any more.",
            (session.member_id,),
        ),
    )
    history = assess.assessments_of(session, case_id)
    assert [h.assessment.version for h in history] == [1, 2]
    assert history[0].assessment.level_id == "serious_substantive"
    assert history[0].pack.id == "cstag-style" and history[0].pack.level("transient") is not None
    assert second.level_id == "transient"


def test_hidden_questions_need_no_answer_and_wrong_kinds_are_refused(session: Session) -> None:
    case_id = kenzie_in_inquiry(session)[0]
    with pytest.raises(ValidationError, match="wrong kind"):
        assess.record_assessment(
            session,
            case_id,
            assess.AssessmentInput(
                "ntac",
                {"motives": "grievance", "intent_communicated": "perhaps"},
                "low",
                "r",
                (session.member_id,),
            ),
        )


def test_only_available_packs_can_be_chosen(session: Session) -> None:
    with pytest.raises(ValidationError, match="not an available pack"):
        assess.set_team_pack(session, "made-up")


DISTRICT = """
[pack]
id = "ridgeview-ntac"
name = "Ridgeview Unified NTAC"
version = "2026.1"
provenance = "Ridgeview Unified's additions to the built-in NTAC pack."
licence = "District internal."
extends = "ntac"

[[checklist]]
id = "src_bus"
kind = "source"
text = "Talk with the bus driver"

[[levels]]
id = "high"
label = "High concern"
description = "Reviewed every 5 days in our district."
review_days = 5
"""


def test_a_district_pack_extending_ntac_works_end_to_end(session: Session) -> None:
    from btam_desktop.services import packs

    info, _ = packs.import_district_pack(session, "ridgeview.toml", DISTRICT)
    assert info.district and info.checklist == 17
    assert "ridgeview-ntac" in [p.id for p in packs.pack_infos(session)]
    assess.set_team_pack(session, "ridgeview-ntac")
    case_id = kenzie_in_inquiry(session)[0]
    items = inquiry.checklist(session, case_id).items
    assert items[-1].text == "Talk with the bus driver" and items[-1].pack_id == "ridgeview-ntac"
    form = assess.new_assessment_form(session, case_id)
    answers = required_answers(form.pack)
    assess.record_assessment(
        session,
        case_id,
        assess.AssessmentInput(
            "ridgeview-ntac", answers, "high", "Bus list of names.", (session.member_id,)
        ),
    )
    assert cases.get_case(session, case_id).case.next_review == clock.today() + timedelta(days=5)
    (past,) = assess.assessments_of(session, case_id)
    assert (past.assessment.pack_id, past.assessment.pack_version) == ("ridgeview-ntac", "2026.1")
    # Who saved it and when, for the screen's record (stored in UTC).
    assert past.saved_by == session.member_id
    assert local_time.local(past.saved_at) <= clock.now()


def test_a_bad_district_pack_is_refused_with_where(session: Session) -> None:
    from btam_desktop.services import packs

    with pytest.raises(ValidationError, match=r"bad.toml:\d+: levels\[0\].review_days"):
        packs.import_district_pack(
            session, "bad.toml", DISTRICT.replace("review_days = 5", 'review_days = "five"')
        )
    with pytest.raises(ValidationError, match="belongs to a built-in"):
        packs.import_district_pack(
            session, "x.toml", DISTRICT.replace('id = "ridgeview-ntac"', 'id = "ntac"')
        )


def test_a_first_assessment_starts_from_what_intake_and_inquiry_found(session: Session) -> None:
    case_id = kenzie_in_inquiry(session)[0]
    motive = next(
        i for i in inquiry.checklist(session, case_id).items if i.pack_item_id == "q_motive"
    )
    inquiry.update_item(
        session,
        motive.id,
        inquiry.ItemEdit(
            None, None, "answered", "Revenge for weeks of mocking.", "Student interview", None, True
        ),
    )
    form = assess.new_assessment_form(session, case_id)
    assert form.prefill["motives"] == "Revenge for weeks of mocking."
    assert form.prefill["intent_details"] == "you're dead tomorrow, I'll bring something"


def test_checklist_items_link_the_cases_own_evidence(session: Session) -> None:
    from btam_desktop.services.demo import demo_picture

    case_id = kenzie_in_inquiry(session)[0]
    picture, _ = intake.attach_evidence(session, case_id, "post.png", demo_picture())
    item = inquiry.checklist(session, case_id).items[6]
    edit = inquiry.ItemEdit(
        None,
        None,
        "answered",
        "The post shows a kitchen knife.",
        "Screenshot",
        None,
        True,
        (picture.id,),
    )
    inquiry.update_item(session, item.id, edit)
    assert inquiry.checklist(session, case_id).items[6].evidence_ids == (picture.id,)
    with pytest.raises(ValidationError, match="own evidence"):
        inquiry.update_item(
            session,
            item.id,
            inquiry.ItemEdit(None, None, "answered", "x", "", None, False, ("someone-elses",)),
        )
