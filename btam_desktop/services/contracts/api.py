# mypy: disable-error-code="empty-body"
"""Every service the window may call, typed: a descriptor per service, built from a stub with
the service function's own parameters (after the session) and its result (what the window's
`on_done` receives: the function's result, without the ChangeSet that travels beside it).

The stubs are never called; they give mypy the shape of each call and its callback.
`tests/services/test_contracts.py` checks every stub against the function the service table
names (parameter names, kinds, defaults, types and result), and that the table and this list
name the same services. A service the window does not call has no descriptor.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from btam_desktop.domain.assessment import Assessment
from btam_desktop.domain.audit import AuditEvent
from btam_desktop.domain.awareness import AwarenessSession, StaffMember
from btam_desktop.domain.case import Case, CaseColumns, CaseStatus, Person
from btam_desktop.domain.community import CommunityService, ServiceReferral
from btam_desktop.domain.contact import Contact
from btam_desktop.domain.disclosure import Audience, Disclosure
from btam_desktop.domain.drafts import Drafts
from btam_desktop.domain.evaluation import Enrollment, Evaluation
from btam_desktop.domain.harm_to_self import Mark, SafetyPlan, StepRecord
from btam_desktop.domain.inquiry import InquiryItem, Interview
from btam_desktop.domain.meeting import ActionItem, Addendum, AgendaItem, Decision, Meeting
from btam_desktop.domain.pack import LevelChoice
from btam_desktop.domain.plan import CheckIn, Closure, Intervention, Notification, Plan, Review
from btam_desktop.domain.referral import EvidenceInfo, Referral, Screening
from btam_desktop.domain.tasks import Task
from btam_desktop.domain.team import Composition, Member, Team, TeamSettings
from btam_desktop.domain.training import Training
from btam_desktop.domain.transfer import Deadline, ReceivedRecord
from btam_desktop.services.contracts.assess import AssessmentForm, AssessmentInput, PastAssessment
from btam_desktop.services.contracts.awareness import AwarenessOverview, StaffImported
from btam_desktop.services.contracts.cases import CaseDetail, CaseEdit, NewCase
from btam_desktop.services.contracts.community import CaseServices, StepInput
from btam_desktop.services.contracts.files import BackupCheck, DrillResult, Restored
from btam_desktop.services.contracts.harm_to_self import (
    HarmView,
    SafetyPlanInput,
    StepInput as ProtocolStepInput,
)
from btam_desktop.services.contracts.imports import Imported, ImportPlan
from btam_desktop.services.contracts.inquiry import Checklist, InterviewInput, ItemEdit
from btam_desktop.services.contracts.intake import IntakeResult, ReferralInput, StudentCase
from btam_desktop.services.contracts.manage import NotificationInput, PlanView, ReviewInput
from btam_desktop.services.contracts.meetings import ActionInput, MeetingInput, MeetingView
from btam_desktop.services.contracts.packs import PackInfo
from btam_desktop.services.contracts.printing import Exported, Prepared, PrintRequest, Saved
from btam_desktop.services.contracts.retention import Destroyed, RetentionReview
from btam_desktop.services.contracts.rollup import RollupWritten
from btam_desktop.services.contracts.roster import MemberDetails, TeamOverview, TrainingInput
from btam_desktop.services.contracts.service import Service
from btam_desktop.services.contracts.session import MemberListing, NewCaseFile, SignedIn
from btam_desktop.services.contracts.stats import YearStatistics
from btam_desktop.services.contracts.students import StudentSnapshot
from btam_desktop.services.contracts.sync import (
    ConflictLine,
    ConflictReview,
    FolderSync,
    HeldChange,
)
from btam_desktop.services.contracts.transfer import (
    TransferMade,
    TransferReceived,
    TransferRequest,
)


def _session_start_check() -> None: ...


def _cases_list(first: int | None = None) -> CaseColumns: ...


def _cases_get(case_id: str) -> CaseDetail: ...


def _cases_create(request: NewCase) -> Case: ...


def _cases_update(case_id: str, edit: CaseEdit) -> Case: ...


def _cases_change_status(case_id: str, target: CaseStatus, reason: str = "") -> Case: ...


def _cases_history(case_id: str) -> list[AuditEvent]: ...


def _cases_levels(language: str = "en") -> list[LevelChoice]: ...


def _cases_family_language(case_id: str, person_id: str, language: str) -> Person: ...


def _members_list() -> list[Member]: ...


def _contacts_list(include_removed: bool = False) -> list[Contact]: ...


def _contacts_save(contact: Contact) -> Contact: ...


def _contacts_remove(contact_id: str) -> None: ...


def _members_add(name: str, role: str, passphrase: str, *, is_lead: bool = False) -> Member: ...


def _members_remove(name: str) -> None: ...


def _members_change_passphrase(current: str, new: str) -> None: ...


def _team_signed_in() -> SignedIn: ...


def _team_set_settings(settings: TeamSettings) -> Team: ...


def _drafts_save(drafts: Drafts) -> None: ...


def _drafts_take() -> Drafts: ...


def _intake_referral(item: ReferralInput) -> IntakeResult: ...


def _intake_find_student_cases(name: str) -> list[StudentCase]: ...


def _intake_referrals(case_id: str) -> list[Referral]: ...


def _intake_screenings(case_id: str) -> list[Screening]: ...


def _intake_record_screening(
    case_id: str,
    decision: str,
    second_member_id: str | None,
    reason: str,
    case_manager_id: str | None = None,
) -> Screening: ...


def _intake_attach_evidence(
    case_id: str,
    file_name: str,
    content: bytes,
    referral_id: str | None = None,
    stage: str = "referral",
) -> EvidenceInfo: ...


def _intake_evidence(case_id: str) -> list[EvidenceInfo]: ...


def _intake_evidence_content(evidence_id: str) -> bytes: ...


def _import_plan(data: bytes, overrides: dict[str, str]) -> ImportPlan: ...


def _import_run(data: bytes, overrides: dict[str, str]) -> Imported: ...


def _inquiry_checklist(case_id: str) -> Checklist: ...


def _inquiry_add_item(case_id: str, text: str, kind: str = "question") -> InquiryItem: ...


def _inquiry_update_item(item_id: str, edit: ItemEdit) -> InquiryItem: ...


def _inquiry_add_interview(item: InterviewInput) -> Interview: ...


def _inquiry_interviews(case_id: str) -> list[Interview]: ...


def _assess_form(case_id: str, pack_id: str | None = None) -> AssessmentForm: ...


def _assess_record(case_id: str, item: AssessmentInput) -> Assessment: ...


def _assess_history(case_id: str) -> list[PastAssessment]: ...


def _assess_set_team_pack(pack_id: str) -> None: ...


def _packs_list() -> list[PackInfo]: ...


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


def _packs_import(file_name: str, text: str) -> PackInfo: ...


def _roster_overview() -> TeamOverview: ...


def _roster_update_details(member_id: str, details: MemberDetails) -> Member: ...


def _roster_add_training(item: TrainingInput) -> Training: ...


def _roster_remove_training(training_id: str) -> None: ...


def _awareness_overview(year: int | None = None) -> AwarenessOverview: ...


def _awareness_save_staff(person: StaffMember) -> StaffMember: ...


def _awareness_import_staff(data: bytes) -> StaffImported: ...


def _awareness_save_session(item: AwarenessSession) -> AwarenessSession: ...


def _awareness_remove_session(session_id: str) -> None: ...


def _community_directory() -> list[CommunityService]: ...


def _community_save_service(service: CommunityService) -> CommunityService: ...


def _community_of_case(case_id: str) -> CaseServices: ...


def _community_suggest(
    case_id: str, service_id: str, on: date, intervention_id: str | None = None, note: str = ""
) -> ServiceReferral: ...


def _community_record_step(referral_id: str, step: StepInput) -> ServiceReferral: ...


def _meetings_list() -> list[Meeting]: ...


def _meetings_schedule(item: MeetingInput) -> Meeting: ...


def _meetings_update(meeting_id: str, item: MeetingInput) -> Meeting: ...


def _meetings_view(meeting_id: str) -> MeetingView: ...


def _meetings_rebuild_agenda(meeting_id: str) -> list[AgendaItem]: ...


def _meetings_save_agenda(meeting_id: str, items: list[AgendaItem]) -> list[AgendaItem]: ...


def _meetings_set_attendance(
    meeting_id: str, present: tuple[str, ...], guests: str = "", partners: tuple[str, ...] = ()
) -> Composition: ...


def _meetings_record_decision(
    meeting_id: str, agenda_item_id: str, decision: str, rationale: str = "", dissent: str = ""
) -> Decision: ...


def _meetings_add_action(meeting_id: str, item: ActionInput) -> ActionItem: ...


def _meetings_approve(meeting_id: str) -> Meeting: ...


def _meetings_add_addendum(meeting_id: str, text: str) -> Addendum: ...


def _meetings_save_ics(meeting_id: str, dest: Path) -> Path: ...


def _tasks_mine(member_id: str | None = None) -> list[Task]: ...


def _tasks_complete_action(action_id: str, done_on: date | None = None) -> str: ...


def _print_prepare(request: PrintRequest) -> Prepared: ...


def _print_record(prepared: Prepared, audience: Audience | None = None) -> Disclosure: ...


def _print_save(
    prepared: Prepared, path: Path, password: str, audience: Audience | None = None
) -> Saved: ...


def _print_suggest_password() -> str: ...


def _export_csv(what: str, path: Path, audience: Audience) -> Exported: ...


def _stats_year(
    year: int | None = None, start: date | None = None, end: date | None = None
) -> YearStatistics: ...


def _export_state_report(year: int, path: Path) -> Exported: ...
def _rollup_export(year: int, path: Path) -> RollupWritten: ...


def _evaluation_of_case(case_id: str) -> Evaluation: ...


def _evaluation_save(case_id: str, fields: Evaluation) -> None: ...


def _evaluation_enrollment(year: int) -> Enrollment | None: ...


def _evaluation_save_enrollment(year: int, total: int, counts: Mapping[str, int]) -> None: ...


def _retention_review() -> RetentionReview: ...


def _retention_place_hold(case_id: str, reason: str) -> None: ...


def _retention_lift_hold(case_id: str, reason: str) -> None: ...


def _retention_keep(case_id: str, reason: str, review_on: date) -> None: ...


def _retention_clear_level(case_id: str) -> None: ...


def _retention_destroy(case_id: str, number: str) -> Destroyed: ...


def _transfer_deadline(case_id: str, asked_on: date | None = None) -> Deadline | None: ...


def _transfer_make(request: TransferRequest) -> TransferMade: ...


def _transfer_receive(packet: Path, passphrase: str) -> TransferReceived: ...


def _transfer_received(case_id: str) -> list[ReceivedRecord]: ...
def _students_record(case_id: str) -> StudentSnapshot: ...


def _students_merge(person_id: str, same_as_id: str) -> str: ...


def _students_separate(link_id: str) -> None: ...


def _harm_view(case_id: str) -> HarmView: ...


def _harm_mark(
    case_id: str, identified_on: date, identified_by: str | None, source: str = "case"
) -> Mark: ...


def _harm_unmark(case_id: str, reason: str) -> None: ...


def _harm_record_step(case_id: str, item: ProtocolStepInput) -> StepRecord: ...


def _harm_save_safety_plan(case_id: str, item: SafetyPlanInput) -> SafetyPlan: ...


def _print_disclosures(case_id: str) -> list[Disclosure]: ...


def _files_backup(dest: Path) -> Path: ...


def _files_check_backup(folder: Path) -> BackupCheck: ...


def _files_restore_drill(backup_folder: Path, passphrase: str) -> DrillResult: ...


def _session_members(folder: Path) -> list[MemberListing]: ...


def _files_restore(
    backup_folder: Path, target: Path, member_name: str | None, passphrase: str
) -> Restored: ...


def _files_location_warning(path: Path) -> str | None: ...


def _sync_folder() -> Path | None: ...


def _sync_set_folder(chosen: Path | None) -> Path | None: ...


def _sync_now() -> FolderSync | None: ...


def _sync_conflicts() -> list[ConflictLine]: ...


def _sync_accept_clock(member_name: str) -> FolderSync | None: ...


def _sync_review() -> list[ConflictReview]: ...


def _sync_resolve(table: str, row_id: str, field: str, value: str) -> None: ...


def _sync_resolve_delete(table: str, row_id: str, keep_deleted: bool) -> None: ...


def _sync_renumber(case_id: str) -> None: ...


def _sync_held() -> list[HeldChange]: ...


def _sync_laptop_name() -> str: ...


def _sync_set_laptop_name(name: str) -> str: ...


def _sync_import_held(origin: str, seq: int) -> None: ...


def _sync_discard_held(origin: str, seq: int) -> None: ...


SESSION_START_CHECK = Service("session.start_check", _session_start_check)
CASES_LIST = Service("cases.list", _cases_list)
CASES_GET = Service("cases.get", _cases_get)
CASES_CREATE = Service("cases.create", _cases_create)
CASES_UPDATE = Service("cases.update", _cases_update)
CASES_CHANGE_STATUS = Service("cases.change_status", _cases_change_status)
CASES_HISTORY = Service("cases.history", _cases_history)
CASES_LEVELS = Service("cases.levels", _cases_levels)
CASES_FAMILY_LANGUAGE = Service("cases.family_language", _cases_family_language)
MEMBERS_LIST = Service("members.list", _members_list)
CONTACTS_LIST = Service("contacts.list", _contacts_list)
CONTACTS_SAVE = Service("contacts.save", _contacts_save)
CONTACTS_REMOVE = Service("contacts.remove", _contacts_remove)
MEMBERS_ADD = Service("members.add", _members_add)
MEMBERS_REMOVE = Service("members.remove", _members_remove)
MEMBERS_CHANGE_PASSPHRASE = Service("members.change_passphrase", _members_change_passphrase)
TEAM_SIGNED_IN = Service("team.signed_in", _team_signed_in)
TEAM_SET_SETTINGS = Service("team.set_settings", _team_set_settings)
DRAFTS_SAVE = Service("drafts.save", _drafts_save)
DRAFTS_TAKE = Service("drafts.take", _drafts_take)
INTAKE_REFERRAL = Service("intake.referral", _intake_referral)
INTAKE_FIND_STUDENT_CASES = Service("intake.find_student_cases", _intake_find_student_cases)
INTAKE_REFERRALS = Service("intake.referrals", _intake_referrals)
INTAKE_SCREENINGS = Service("intake.screenings", _intake_screenings)
INTAKE_RECORD_SCREENING = Service("intake.record_screening", _intake_record_screening)
INTAKE_ATTACH_EVIDENCE = Service("intake.attach_evidence", _intake_attach_evidence)
INTAKE_EVIDENCE = Service("intake.evidence", _intake_evidence)
INTAKE_EVIDENCE_CONTENT = Service("intake.evidence_content", _intake_evidence_content)
IMPORT_PLAN = Service("import.plan", _import_plan)
IMPORT_RUN = Service("import.run", _import_run)
INQUIRY_CHECKLIST = Service("inquiry.checklist", _inquiry_checklist)
INQUIRY_ADD_ITEM = Service("inquiry.add_item", _inquiry_add_item)
INQUIRY_UPDATE_ITEM = Service("inquiry.update_item", _inquiry_update_item)
INQUIRY_ADD_INTERVIEW = Service("inquiry.add_interview", _inquiry_add_interview)
INQUIRY_INTERVIEWS = Service("inquiry.interviews", _inquiry_interviews)
ASSESS_FORM = Service("assess.form", _assess_form)
ASSESS_RECORD = Service("assess.record", _assess_record)
ASSESS_HISTORY = Service("assess.history", _assess_history)
ASSESS_SET_TEAM_PACK = Service("assess.set_team_pack", _assess_set_team_pack)
PACKS_LIST = Service("packs.list", _packs_list)
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
PACKS_IMPORT = Service("packs.import", _packs_import)
ROSTER_OVERVIEW = Service("roster.overview", _roster_overview)
ROSTER_UPDATE_DETAILS = Service("roster.update_details", _roster_update_details)
ROSTER_ADD_TRAINING = Service("roster.add_training", _roster_add_training)
ROSTER_REMOVE_TRAINING = Service("roster.remove_training", _roster_remove_training)
AWARENESS_OVERVIEW = Service("awareness.overview", _awareness_overview)
AWARENESS_SAVE_STAFF = Service("awareness.save_staff", _awareness_save_staff)
AWARENESS_IMPORT_STAFF = Service("awareness.import_staff", _awareness_import_staff)
AWARENESS_SAVE_SESSION = Service("awareness.save_session", _awareness_save_session)
AWARENESS_REMOVE_SESSION = Service("awareness.remove_session", _awareness_remove_session)
COMMUNITY_DIRECTORY = Service("community.directory", _community_directory)
COMMUNITY_SAVE_SERVICE = Service("community.save_service", _community_save_service)
COMMUNITY_OF_CASE = Service("community.of_case", _community_of_case)
COMMUNITY_SUGGEST = Service("community.suggest", _community_suggest)
COMMUNITY_RECORD_STEP = Service("community.record_step", _community_record_step)
MEETINGS_LIST = Service("meetings.list", _meetings_list)
MEETINGS_SCHEDULE = Service("meetings.schedule", _meetings_schedule)
MEETINGS_UPDATE = Service("meetings.update", _meetings_update)
MEETINGS_VIEW = Service("meetings.view", _meetings_view)
MEETINGS_REBUILD_AGENDA = Service("meetings.rebuild_agenda", _meetings_rebuild_agenda)
MEETINGS_SAVE_AGENDA = Service("meetings.save_agenda", _meetings_save_agenda)
MEETINGS_SET_ATTENDANCE = Service("meetings.set_attendance", _meetings_set_attendance)
MEETINGS_RECORD_DECISION = Service("meetings.record_decision", _meetings_record_decision)
MEETINGS_ADD_ACTION = Service("meetings.add_action", _meetings_add_action)
MEETINGS_APPROVE = Service("meetings.approve", _meetings_approve)
MEETINGS_ADD_ADDENDUM = Service("meetings.add_addendum", _meetings_add_addendum)
MEETINGS_SAVE_ICS = Service("meetings.save_ics", _meetings_save_ics)
TASKS_MINE = Service("tasks.mine", _tasks_mine)
TASKS_COMPLETE_ACTION = Service("tasks.complete_action", _tasks_complete_action)
PRINT_PREPARE = Service("print.prepare", _print_prepare)
PRINT_RECORD = Service("print.record", _print_record)
PRINT_SAVE = Service("print.save", _print_save)
PRINT_SUGGEST_PASSWORD = Service("print.suggest_password", _print_suggest_password)
PRINT_DISCLOSURES = Service("print.disclosures", _print_disclosures)
EXPORT_CSV = Service("export.csv", _export_csv)
STATS_YEAR = Service("stats.year", _stats_year)
EXPORT_STATE_REPORT = Service("export.state_report", _export_state_report)
ROLLUP_EXPORT = Service("rollup.export", _rollup_export)
EVALUATION_OF_CASE = Service("evaluation.of_case", _evaluation_of_case)
EVALUATION_SAVE = Service("evaluation.save", _evaluation_save)
EVALUATION_ENROLLMENT = Service("evaluation.enrollment", _evaluation_enrollment)
EVALUATION_SAVE_ENROLLMENT = Service("evaluation.save_enrollment", _evaluation_save_enrollment)
RETENTION_REVIEW = Service("retention.review", _retention_review)
RETENTION_PLACE_HOLD = Service("retention.place_hold", _retention_place_hold)
RETENTION_LIFT_HOLD = Service("retention.lift_hold", _retention_lift_hold)
RETENTION_KEEP = Service("retention.keep", _retention_keep)
RETENTION_CLEAR_LEVEL = Service("retention.clear_level", _retention_clear_level)
RETENTION_DESTROY = Service("retention.destroy", _retention_destroy)
TRANSFER_DEADLINE = Service("transfer.deadline", _transfer_deadline)
TRANSFER_MAKE = Service("transfer.make", _transfer_make)
TRANSFER_RECEIVE = Service("transfer.receive", _transfer_receive)
TRANSFER_RECEIVED = Service("transfer.received", _transfer_received)
STUDENTS_RECORD = Service("students.record", _students_record)
STUDENTS_MERGE = Service("students.merge", _students_merge)
STUDENTS_SEPARATE = Service("students.separate", _students_separate)
HARM_VIEW = Service("harm.view", _harm_view)
HARM_MARK = Service("harm.mark", _harm_mark)
HARM_UNMARK = Service("harm.unmark", _harm_unmark)
HARM_RECORD_STEP = Service("harm.record_step", _harm_record_step)
HARM_SAVE_SAFETY_PLAN = Service("harm.save_safety_plan", _harm_save_safety_plan)
FILES_BACKUP = Service("files.backup", _files_backup)
FILES_CHECK_BACKUP = Service("files.check_backup", _files_check_backup)
FILES_RESTORE_DRILL = Service("files.restore_drill", _files_restore_drill)
SESSION_MEMBERS = Service("session.members", _session_members)
FILES_RESTORE = Service("files.restore", _files_restore)
FILES_LOCATION_WARNING = Service("files.location_warning", _files_location_warning)
SYNC_FOLDER = Service("sync.folder", _sync_folder)
SYNC_SET_FOLDER = Service("sync.set_folder", _sync_set_folder)
SYNC_NOW = Service("sync.now", _sync_now)
SYNC_CONFLICTS = Service("sync.conflicts", _sync_conflicts)
SYNC_ACCEPT_CLOCK = Service("sync.accept_clock", _sync_accept_clock)
SYNC_REVIEW = Service("sync.review", _sync_review)
SYNC_RESOLVE = Service("sync.resolve", _sync_resolve)
SYNC_RESOLVE_DELETE = Service("sync.resolve_delete", _sync_resolve_delete)
SYNC_RENUMBER = Service("sync.renumber", _sync_renumber)
SYNC_HELD = Service("sync.held", _sync_held)
SYNC_LAPTOP_NAME = Service("sync.laptop_name", _sync_laptop_name)
SYNC_SET_LAPTOP_NAME = Service("sync.set_laptop_name", _sync_set_laptop_name)
SYNC_IMPORT_HELD = Service("sync.import_held", _sync_import_held)
SYNC_DISCARD_HELD = Service("sync.discard_held", _sync_discard_held)


# -- the session's own calls (the host handles them itself, see services/host.py) -----------
def _session_unlock(folder: Path, member_name: str | None, passphrase: str) -> SignedIn: ...


def _session_create(
    folder: Path, request: NewCaseFile, passphrase: str
) -> tuple[SignedIn, str]: ...


def _session_create_demo(folder: Path, passphrase: str) -> SignedIn: ...


def _session_recover(
    folder: Path, member_name: str, recovery_code: str, new_passphrase: str
) -> None: ...


def _session_lock() -> None: ...


def _session_is_unlocked() -> bool: ...


SESSION_UNLOCK = Service("session.unlock", _session_unlock)
SESSION_CREATE = Service("session.create", _session_create)
SESSION_CREATE_DEMO = Service("session.create_demo", _session_create_demo)
SESSION_RECOVER = Service("session.recover", _session_recover)
SESSION_LOCK = Service("session.lock", _session_lock)
SESSION_IS_UNLOCKED = Service("session.is_unlocked", _session_is_unlocked)
