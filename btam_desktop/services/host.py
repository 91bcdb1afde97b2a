"""The service host: holds the one open Session and runs service calls named as plain data.

It runs in the service process (`btam-desktop --service-host`, app/service_host.py), which
alone holds the data key and is ended on lock. The window talks to it only through `Call`
values (a service's name and its arguments, built by the typed descriptors of
`services.contracts.api`) and `Reply` values; its table below names every service the window
may call, and tests/services/test_contracts.py checks the two agree. The CLI does not use the
host: it runs in one process and calls the services directly.
"""

from __future__ import annotations

import importlib
import logging
import traceback
from collections.abc import Callable
from typing import Any

from btam_desktop.domain.case_file_errors import NotUnlockedError as NotUnlockedError
from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.errors import BtamError
from btam_desktop.services import session as sessions
from btam_desktop.services.contracts import BugError, Call, Reply
from btam_desktop.services.errors import DamagedError

__all__ = ["BugError", "Call", "Reply", "ServiceHost"]

log = logging.getLogger(__name__)


#: Service name -> (module in btam_desktop.services, function). Modules load on first use, so
#: starting the app does not pay for backup, export or demo code it may never run.
_WITH_SESSION: dict[str, tuple[str, str]] = {
    "session.start_check": ("session", "start_check"),
    "cases.list": ("cases", "list_columns"),
    "cases.get": ("cases", "get_case"),
    "cases.create": ("cases", "create_case"),
    "cases.update": ("cases", "update_case"),
    "cases.change_status": ("cases", "change_status"),
    "cases.history": ("cases", "case_history"),
    "cases.levels": ("cases", "level_choices"),
    "cases.family_language": ("cases", "set_family_language"),
    "members.list": ("members", "list_members"),
    "contacts.list": ("contacts", "list_contacts"),
    "contacts.save": ("contacts", "save_contact"),
    "contacts.remove": ("contacts", "remove_contact"),
    "members.add": ("members", "add_member"),
    "members.remove": ("members", "remove_member"),
    "members.change_passphrase": ("members", "change_passphrase"),
    "team.signed_in": ("team", "signed_in"),
    "team.set_settings": ("team", "set_settings"),
    "drafts.save": ("team", "save_drafts"),
    "drafts.take": ("team", "take_drafts"),
    "intake.referral": ("intake", "intake_referral"),
    "intake.find_student_cases": ("intake", "find_student_cases"),
    "intake.referrals": ("intake", "referrals_of"),
    "intake.screenings": ("intake", "screenings_of"),
    "intake.record_screening": ("intake", "record_screening"),
    "intake.attach_evidence": ("intake", "attach_evidence"),
    "intake.evidence": ("intake", "evidence_of"),
    "intake.evidence_content": ("intake", "evidence_content"),
    "import.plan": ("referral_import", "plan_import"),
    "import.run": ("referral_import", "import_referrals"),
    "inquiry.checklist": ("inquiry", "checklist"),
    "inquiry.add_item": ("inquiry", "add_item"),
    "inquiry.update_item": ("inquiry", "update_item"),
    "inquiry.add_interview": ("inquiry", "add_interview"),
    "inquiry.interviews": ("inquiry", "interviews_of"),
    "assess.form": ("assess", "new_assessment_form"),
    "assess.record": ("assess", "record_assessment"),
    "assess.history": ("assess", "assessments_of"),
    "assess.set_team_pack": ("assess", "set_team_pack"),
    "packs.list": ("packs", "pack_infos"),
    "manage.plan": ("manage", "plan_view"),
    "manage.save_plan": ("manage", "save_plan"),
    "manage.add_notification": ("manage", "add_notification"),
    "manage.notifications": ("manage", "notifications_of"),
    "manage.add_checkin": ("manage", "add_checkin"),
    "manage.checkins": ("manage", "checkins_of"),
    "manage.record_review": ("manage", "record_review"),
    "manage.reviews": ("manage", "reviews_of"),
    "manage.closure_checklist": ("manage", "closure_checklist"),
    "manage.close_case": ("manage", "close_case"),
    "packs.import": ("packs", "import_district_pack"),
    "roster.overview": ("roster", "overview"),
    "roster.update_details": ("roster", "update_details"),
    "roster.add_training": ("roster", "add_training"),
    "roster.remove_training": ("roster", "remove_training"),
    "awareness.overview": ("awareness", "overview"),
    "awareness.save_staff": ("awareness", "save_staff"),
    "awareness.import_staff": ("awareness", "import_staff"),
    "awareness.save_session": ("awareness", "save_session"),
    "awareness.remove_session": ("awareness", "remove_session"),
    "community.directory": ("community", "directory"),
    "community.save_service": ("community", "save_service"),
    "community.of_case": ("community", "of_case"),
    "community.suggest": ("community", "suggest"),
    "community.record_step": ("community", "record_step"),
    "meetings.list": ("meetings", "list_meetings"),
    "meetings.schedule": ("meetings", "schedule"),
    "meetings.update": ("meetings", "update"),
    "meetings.view": ("meetings", "view"),
    "meetings.rebuild_agenda": ("meetings", "rebuild_agenda"),
    "meetings.save_agenda": ("meetings", "save_agenda"),
    "meetings.set_attendance": ("meetings", "set_attendance"),
    "meetings.record_decision": ("meetings", "record_decision"),
    "meetings.add_action": ("meetings", "add_action"),
    "meetings.approve": ("meetings", "approve"),
    "meetings.add_addendum": ("meetings", "add_addendum"),
    "meetings.save_ics": ("meetings", "save_ics"),
    "tasks.mine": ("tasks", "tasks_of"),
    "tasks.complete_action": ("tasks", "complete_action"),
    "print.prepare": ("printing", "prepare"),
    "print.record": ("printing", "record_print"),
    "print.save": ("printing", "save_pdf"),
    "print.suggest_password": ("printing", "suggest_password"),
    "print.disclosures": ("printing", "disclosures_of"),
    "export.csv": ("exports", "write_csv"),
    "stats.year": ("stats", "year_statistics"),
    "export.state_report": ("state_report", "write_csv"),
    "rollup.export": ("rollup", "export_rollup"),
    "evaluation.of_case": ("evaluation", "of_case"),
    "evaluation.save": ("evaluation", "save"),
    "evaluation.enrollment": ("evaluation", "enrollment_of"),
    "evaluation.save_enrollment": ("evaluation", "save_enrollment"),
    "retention.review": ("retention", "review"),
    "retention.place_hold": ("retention", "place_hold"),
    "retention.lift_hold": ("retention", "lift_hold"),
    "retention.keep": ("retention", "keep"),
    "retention.clear_level": ("retention", "clear_level"),
    "retention.destroy": ("retention", "destroy"),
    "transfer.deadline": ("transfer", "deadline"),
    "transfer.make": ("transfer", "make_packet"),
    "transfer.receive": ("transfer", "receive"),
    "transfer.received": ("transfer", "received_of"),
    "students.record": ("students", "record"),
    "students.merge": ("students", "merge"),
    "students.separate": ("students", "separate"),
    "harm.view": ("harm_to_self", "view"),
    "harm.mark": ("harm_to_self", "mark"),
    "harm.unmark": ("harm_to_self", "unmark"),
    "harm.record_step": ("harm_to_self", "record_step"),
    "harm.save_safety_plan": ("harm_to_self", "save_safety_plan"),
    "files.backup": ("files", "backup"),
    "files.check_backup": ("files", "check_backup"),
    "files.restore_drill": ("files", "restore_drill"),
    "sync.folder": ("sync_settings", "folder"),
    "sync.set_folder": ("sync_settings", "set_folder"),
    "sync.now": ("sync_settings", "sync_now"),
    "sync.conflicts": ("conflicts", "conflict_lines"),
    "sync.accept_clock": ("sync_settings", "accept_clock"),
    "sync.review": ("conflicts", "review"),
    "sync.resolve": ("conflicts", "resolve"),
    "sync.resolve_delete": ("conflicts", "resolve_delete"),
    "sync.renumber": ("conflicts", "renumber"),
    "sync.held": ("quarantine", "held"),
    "sync.laptop_name": ("sync_settings", "laptop_name"),
    "sync.set_laptop_name": ("sync_settings", "set_laptop_name"),
    "sync.import_held": ("quarantine", "import_held"),
    "sync.discard_held": ("quarantine", "discard"),
}
_WITHOUT_SESSION: dict[str, tuple[str, str]] = {
    "session.members": ("session", "list_members"),
    "files.restore": ("files", "restore"),
    "files.location_warning": ("files", "location_warning"),
}


def _function(module: str, name: str) -> Callable[..., Any]:
    loaded = importlib.import_module(f"btam_desktop.services.{module}")
    function: Callable[..., Any] = getattr(loaded, name)
    return function


class ServiceHost:
    def __init__(self) -> None:
        self._session: sessions.Session | None = None

    @property
    def is_unlocked(self) -> bool:
        return self._session is not None

    def answer(self, call: Call) -> Reply:
        """`handle`, with a bug reported as the call's error (type and place in the log, never
        the data) instead of ending the worker."""
        try:
            return self.handle(call)
        except Exception as error:
            log.error(
                "service %s failed: %s\n%s",
                call.service,
                type(error).__name__,
                "".join(traceback.format_tb(error.__traceback__)),
            )
            return Reply(error=BugError(call.service))

    def handle(self, call: Call) -> Reply:
        """Run one call; known errors come back in the reply, bugs propagate. A damaged file
        is closed at once: nothing more is read from it or written to it."""
        try:
            return self._dispatch(call)
        except DamagedError as error:
            self.lock()
            return Reply(error=error)
        except BtamError as error:
            return Reply(error=error)

    def _dispatch(self, call: Call) -> Reply:
        name, args, kwargs = call.service, call.args, call.kwargs
        if name in _WITHOUT_SESSION:
            return Reply(_function(*_WITHOUT_SESSION[name])(*args, **kwargs))
        if name == "session.unlock":
            # The list shows while the integrity check finishes on the other core.
            return self._open(sessions.unlock(*args, wait_for_check=False, **kwargs))
        if name == "session.create":
            s, code = sessions.create_case_file(*args, **kwargs)
            reply = self._open(s)
            return Reply((reply.result, code), reply.changes)
        if name == "session.create_demo":
            s, _ = _function("demo", "build_demo")(*args, **kwargs)
            return self._open(s)
        if name == "session.recover":
            # What `btam-desktop recover` does, no more: the new passphrase is set (the
            # service checks the code and the passphrase and writes the audit entry), then
            # the file is locked again. The member unlocks with it as usual.
            sessions.lock(sessions.recover(*args, **kwargs))
            return Reply()
        if name == "session.lock":
            self.lock()
            return Reply()
        if name == "session.is_unlocked":
            return Reply(self.is_unlocked)
        if name not in _WITH_SESSION:
            raise KeyError(f"no service named {name!r}")
        if self._session is None:
            raise NotUnlockedError
        self._session.ocf.raise_if_damaged()
        with self._session.ocf.translated():
            result = _function(*_WITH_SESSION[name])(self._session, *args, **kwargs)
        if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], ChangeSet):
            return Reply(result[0], result[1])
        if isinstance(result, ChangeSet):  # a change with nothing else to report
            return Reply(None, result)
        return Reply(result)

    def _open(self, session: sessions.Session) -> Reply:
        self.lock()
        self._session = session
        return Reply(_function("team", "signed_in")(session), ChangeSet(everything=True))

    def lock(self) -> None:
        if self._session is not None:
            sessions.lock(self._session)
            self._session = None
