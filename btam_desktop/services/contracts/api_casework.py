# mypy: disable-error-code="empty-body"
"""The descriptors of working a case: the inquiry, assessments, the management plan and its
log, harm to self, referrals to community services, program-evaluation fields. One area of
`api` (see there); the window imports `api`, not this module.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from btam_desktop.domain.assessment import Assessment
from btam_desktop.domain.community import CommunityService, ServiceReferral
from btam_desktop.domain.evaluation import Enrollment, Evaluation
from btam_desktop.domain.harm_to_self import Mark, SafetyPlan, StepRecord
from btam_desktop.domain.inquiry import InquiryItem, Interview
from btam_desktop.domain.plan import CheckIn, Closure, Intervention, Notification, Plan, Review
from btam_desktop.services.contracts.assess import AssessmentForm, AssessmentInput, PastAssessment
from btam_desktop.services.contracts.community import CaseServices, StepInput
from btam_desktop.services.contracts.harm_to_self import (
    HarmView,
    SafetyPlanInput,
    StepInput as ProtocolStepInput,
)
from btam_desktop.services.contracts.inquiry import Checklist, InterviewInput, ItemEdit
from btam_desktop.services.contracts.manage import NotificationInput, PlanView, ReviewInput
from btam_desktop.services.contracts.service import Service


def _inquiry_checklist(case_id: str) -> Checklist: ...


def _inquiry_add_item(case_id: str, text: str, kind: str = "question") -> InquiryItem: ...


def _inquiry_update_item(item_id: str, edit: ItemEdit) -> InquiryItem: ...


def _inquiry_add_interview(item: InterviewInput) -> Interview: ...


def _inquiry_interviews(case_id: str) -> list[Interview]: ...


def _assess_form(case_id: str, pack_id: str | None = None) -> AssessmentForm: ...


def _assess_record(case_id: str, item: AssessmentInput) -> Assessment: ...


def _assess_history(case_id: str) -> list[PastAssessment]: ...


def _assess_set_team_pack(pack_id: str) -> None: ...


def _manage_plan(case_id: str) -> PlanView: ...


def _manage_save_plan(
    case_id: str, goals: str, interventions: tuple[Intervention, ...], based_on_version: int
) -> Plan: ...


def _manage_add_notification(case_id: str, item: NotificationInput) -> Notification: ...


def _manage_notifications(case_id: str) -> list[Notification]: ...


def _manage_add_checkin(
    case_id: str, held_on: date, observations: str, trend: str, contact_id: str | None = None
) -> CheckIn: ...


def _manage_checkins(case_id: str) -> list[CheckIn]: ...


def _manage_record_review(case_id: str, item: ReviewInput) -> Review: ...


def _manage_reviews(case_id: str) -> list[Review]: ...


def _manage_closure_checklist() -> tuple[str, ...]: ...


def _manage_close_case(case_id: str, closure: Closure, reason_if_open: str = "") -> list[str]: ...


def _community_directory() -> list[CommunityService]: ...


def _community_save_service(service: CommunityService) -> CommunityService: ...


def _community_of_case(case_id: str) -> CaseServices: ...


def _community_suggest(
    case_id: str, service_id: str, on: date, intervention_id: str | None = None, note: str = ""
) -> ServiceReferral: ...


def _community_record_step(referral_id: str, step: StepInput) -> ServiceReferral: ...


def _evaluation_of_case(case_id: str) -> Evaluation: ...


def _evaluation_save(case_id: str, fields: Evaluation) -> None: ...


def _evaluation_enrollment(year: int) -> Enrollment | None: ...


def _evaluation_save_enrollment(year: int, total: int, counts: Mapping[str, int]) -> None: ...


def _harm_view(case_id: str) -> HarmView: ...


def _harm_mark(
    case_id: str, identified_on: date, identified_by: str | None, source: str = "case"
) -> Mark: ...


def _harm_unmark(case_id: str, reason: str) -> None: ...


def _harm_record_step(case_id: str, item: ProtocolStepInput) -> StepRecord: ...


def _harm_save_safety_plan(case_id: str, item: SafetyPlanInput) -> SafetyPlan: ...


INQUIRY_CHECKLIST = Service("inquiry.checklist", _inquiry_checklist)
INQUIRY_ADD_ITEM = Service("inquiry.add_item", _inquiry_add_item)
INQUIRY_UPDATE_ITEM = Service("inquiry.update_item", _inquiry_update_item)
INQUIRY_ADD_INTERVIEW = Service("inquiry.add_interview", _inquiry_add_interview)
INQUIRY_INTERVIEWS = Service("inquiry.interviews", _inquiry_interviews)
ASSESS_FORM = Service("assess.form", _assess_form)
ASSESS_RECORD = Service("assess.record", _assess_record)
ASSESS_HISTORY = Service("assess.history", _assess_history)
ASSESS_SET_TEAM_PACK = Service("assess.set_team_pack", _assess_set_team_pack)
MANAGE_PLAN = Service("manage.plan", _manage_plan)
MANAGE_SAVE_PLAN = Service("manage.save_plan", _manage_save_plan)
MANAGE_ADD_NOTIFICATION = Service("manage.add_notification", _manage_add_notification)
MANAGE_NOTIFICATIONS = Service("manage.notifications", _manage_notifications)
MANAGE_ADD_CHECKIN = Service("manage.add_checkin", _manage_add_checkin)
MANAGE_CHECKINS = Service("manage.checkins", _manage_checkins)
MANAGE_RECORD_REVIEW = Service("manage.record_review", _manage_record_review)
MANAGE_REVIEWS = Service("manage.reviews", _manage_reviews)
MANAGE_CLOSURE_CHECKLIST = Service("manage.closure_checklist", _manage_closure_checklist)
MANAGE_CLOSE_CASE = Service("manage.close_case", _manage_close_case)
COMMUNITY_DIRECTORY = Service("community.directory", _community_directory)
COMMUNITY_SAVE_SERVICE = Service("community.save_service", _community_save_service)
COMMUNITY_OF_CASE = Service("community.of_case", _community_of_case)
COMMUNITY_SUGGEST = Service("community.suggest", _community_suggest)
COMMUNITY_RECORD_STEP = Service("community.record_step", _community_record_step)
EVALUATION_OF_CASE = Service("evaluation.of_case", _evaluation_of_case)
EVALUATION_SAVE = Service("evaluation.save", _evaluation_save)
EVALUATION_ENROLLMENT = Service("evaluation.enrollment", _evaluation_enrollment)
EVALUATION_SAVE_ENROLLMENT = Service("evaluation.save_enrollment", _evaluation_save_enrollment)
HARM_VIEW = Service("harm.view", _harm_view)
HARM_MARK = Service("harm.mark", _harm_mark)
HARM_UNMARK = Service("harm.unmark", _harm_unmark)
HARM_RECORD_STEP = Service("harm.record_step", _harm_record_step)
HARM_SAVE_SAFETY_PLAN = Service("harm.save_safety_plan", _harm_save_safety_plan)
