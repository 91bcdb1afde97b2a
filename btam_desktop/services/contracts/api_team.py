# mypy: disable-error-code="empty-body"
"""The descriptors of the team and its calendar: members, contacts, settings, models (packs),
the roster and its training, staff awareness, meetings, My tasks, retention. One area of
`api` (see there); the window imports `api`, not this module.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from btam_desktop.domain.awareness import AwarenessSession, StaffMember
from btam_desktop.domain.contact import Contact
from btam_desktop.domain.meeting import ActionItem, Addendum, AgendaItem, Decision, Meeting
from btam_desktop.domain.tasks import Task
from btam_desktop.domain.team import Composition, Member, Team, TeamSettings
from btam_desktop.domain.training import Training
from btam_desktop.services.contracts.awareness import AwarenessOverview, StaffImported
from btam_desktop.services.contracts.meetings import ActionInput, MeetingInput, MeetingView
from btam_desktop.services.contracts.packs import PackInfo
from btam_desktop.services.contracts.retention import Destroyed, RetentionReview
from btam_desktop.services.contracts.roster import MemberDetails, TeamOverview, TrainingInput
from btam_desktop.services.contracts.service import Service
from btam_desktop.services.contracts.session import SignedIn


def _members_list() -> list[Member]: ...


def _contacts_list(include_removed: bool = False) -> list[Contact]: ...


def _contacts_save(contact: Contact) -> Contact: ...


def _contacts_remove(contact_id: str) -> None: ...


def _members_add(name: str, role: str, passphrase: str, *, is_lead: bool = False) -> Member: ...


def _members_remove(name: str) -> None: ...


def _members_change_passphrase(current: str, new: str) -> None: ...


def _team_signed_in() -> SignedIn: ...


def _team_set_settings(settings: TeamSettings) -> Team: ...


def _packs_list() -> list[PackInfo]: ...


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


def _retention_review() -> RetentionReview: ...


def _retention_place_hold(case_id: str, reason: str) -> None: ...


def _retention_lift_hold(case_id: str, reason: str) -> None: ...


def _retention_keep(case_id: str, reason: str, review_on: date) -> None: ...


def _retention_clear_level(case_id: str) -> None: ...


def _retention_destroy(case_id: str, number: str) -> Destroyed: ...


MEMBERS_LIST = Service("members.list", _members_list)
CONTACTS_LIST = Service("contacts.list", _contacts_list)
CONTACTS_SAVE = Service("contacts.save", _contacts_save)
CONTACTS_REMOVE = Service("contacts.remove", _contacts_remove)
MEMBERS_ADD = Service("members.add", _members_add)
MEMBERS_REMOVE = Service("members.remove", _members_remove)
MEMBERS_CHANGE_PASSPHRASE = Service("members.change_passphrase", _members_change_passphrase)
TEAM_SIGNED_IN = Service("team.signed_in", _team_signed_in)
TEAM_SET_SETTINGS = Service("team.set_settings", _team_set_settings)
PACKS_LIST = Service("packs.list", _packs_list)
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
RETENTION_REVIEW = Service("retention.review", _retention_review)
RETENTION_PLACE_HOLD = Service("retention.place_hold", _retention_place_hold)
RETENTION_LIFT_HOLD = Service("retention.lift_hold", _retention_lift_hold)
RETENTION_KEEP = Service("retention.keep", _retention_keep)
RETENTION_CLEAR_LEVEL = Service("retention.clear_level", _retention_clear_level)
RETENTION_DESTROY = Service("retention.destroy", _retention_destroy)
