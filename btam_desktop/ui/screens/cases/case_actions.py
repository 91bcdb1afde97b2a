"""`CaseActions`: the dialogs that add to the record of the case on screen (the plan's next
version and its interventions, a notification, a check-in, a review, closing the case, the
program-evaluation fields) and the services that save them. Kept apart from the cases area,
which loads the case and routes the page's requests, so that each stays one job."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from btam_desktop.domain.contact import Contact
from btam_desktop.domain.errors import BtamError
from btam_desktop.domain.evaluation import Evaluation
from btam_desktop.domain.team import Member
from btam_desktop.services.contracts import Request, SignedIn, api
from btam_desktop.ui.fields import FormDialog
from btam_desktop.ui.ops import Ops
from btam_desktop.ui.plain import message_box
from btam_desktop.ui.screens.cases.manage_dialogs import (
    CheckInDialog,
    CloseDialog,
    InterventionDialog,
    NotificationDialog,
    ReviewDialog,
)
from btam_desktop.ui.screens.cases.page import CasePage
from btam_desktop.ui.screens.cases.plan_dialog import PlanDialog
from btam_desktop.ui.screens.cases.records import plan_word
from btam_desktop.ui.screens.cases.service_referrals import ServiceReferralsPane

if TYPE_CHECKING:
    from btam_desktop.domain.plan import Intervention
    from btam_desktop.services.contracts.manage import PlanView


class Known(Protocol):
    """What the cases area knows of the team when a dialog opens (it keeps these current)."""

    members: list[Member]
    contacts: list[Contact]
    names: dict[str, str]
    me: SignedIn | None


class CaseActions(QObject):
    """Opens the Plan tab's dialogs and Program evaluation… for the case on screen, over
    `parent` (the cases area), and records what they give; each dialog closes once saved and
    shows the service's refusal otherwise."""

    def __init__(
        self,
        ops: Ops,
        page: CasePage,
        referrals: ServiceReferralsPane,
        known: Known,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._ops, self._page, self._referrals = ops, page, referrals
        self._known, self._parent = known, parent
        self._plan_view: PlanView | None = None
        plan = page.plan
        plan.new_version_requested.connect(self._write_plan)
        plan.notify_requested.connect(self._notify)
        plan.checkin_requested.connect(self._checkin)
        plan.review_requested.connect(self._review)
        plan.close_requested.connect(self._close)
        page.evaluation_requested.connect(self._evaluation)

    def show_plan(self, view: PlanView) -> None:
        """The case's plan, as loaded: on its tab, and kept for its next version and reviews."""
        self._plan_view = view
        self._page.plan.show_plan(view, self._known.names)
        self._referrals.set_interventions(view.latest.interventions if view.latest else ())

    def for_case[R](
        self,
        request_for: Callable[[str], Request[R]],
        *,
        on_done: Callable[[R], None] | None = None,
        on_error: Callable[[BtamError], None] | None = None,
    ) -> None:
        """Run a change to the case on screen (nothing when no case is shown any more)."""
        case_id = self._page.case_id
        if case_id is not None:
            self._ops.run(request_for(case_id), on_done=on_done, on_error=on_error)

    def _logged[R](
        self, dialog: FormDialog | PlanDialog, request_for: Callable[[str], Request[R]]
    ) -> None:
        """A dialog's record of the case on screen: the dialog closes when it is saved."""
        self.for_case(
            request_for,
            on_done=lambda _r: dialog.accept(),
            on_error=lambda e: dialog.show_error(str(e)),
        )

    def _write_plan(self) -> None:
        """The plan's next version, in its dialog, from the saved one."""
        view = self._plan_view
        if view is None:
            return
        editor = PlanDialog(view, self._known.names, self._parent)
        editor.edit_requested.connect(lambda current: self._intervention(view, current, editor))
        editor.save_requested.connect(
            lambda goals, items, version: self._logged(
                editor, lambda case_id: api.MANAGE_SAVE_PLAN(case_id, goals, items, version)
            )
        )
        editor.open()

    def _intervention(
        self, view: PlanView, current: Intervention | None, editor: PlanDialog
    ) -> None:
        dialog = InterventionDialog(
            view.domains,
            self._known.members,
            view.risk_factors,
            view.protective_factors,
            current,
            editor,
            self._known.contacts,
            self._referrals.directory(),
            plan_word(view),
        )
        dialog.chosen.connect(editor.put)
        dialog.open()

    def _notify(self) -> None:
        dialog = NotificationDialog(self._parent, self._known.contacts)
        dialog.chosen.connect(
            lambda item: self._logged(
                dialog, lambda case_id: api.MANAGE_ADD_NOTIFICATION(case_id, item)
            )
        )
        dialog.open()

    def _checkin(self) -> None:
        dialog = CheckInDialog(self._parent, self._known.contacts)
        dialog.chosen.connect(
            lambda when, text, trend, by: self._logged(
                dialog, lambda case_id: api.MANAGE_ADD_CHECKIN(case_id, when, text, trend, by)
            )
        )
        dialog.open()

    def _review(self) -> None:
        me = self._known.me.member_id if self._known.me else ""
        cadence = self._plan_view.review_days if self._plan_view else 30
        dialog = ReviewDialog(self._known.members, me, cadence, self._parent)
        dialog.chosen.connect(
            lambda item: self._logged(
                dialog, lambda case_id: api.MANAGE_RECORD_REVIEW(case_id, item)
            )
        )
        dialog.open()

    def _evaluation(self) -> None:
        """The case's fields "For program evaluation", as stored; saved through the service."""
        from btam_desktop.ui.screens.cases.evaluation_dialog import EvaluationDialog

        def ask(current: Evaluation) -> None:
            dialog = EvaluationDialog(current, self._parent)
            dialog.chosen.connect(
                lambda fields: self._logged(
                    dialog, lambda case_id: api.EVALUATION_SAVE(case_id, fields)
                )
            )
            dialog.open()

        case_id = self._page.case_id
        if case_id is not None:
            self._ops.queue(api.EVALUATION_OF_CASE(case_id), on_done=ask)

    def _close(self) -> None:
        def ask(checklist: tuple[str, ...]) -> None:
            dialog = CloseDialog(checklist, self._parent)

            def closed(ended: list[str]) -> None:
                dialog.accept()
                if ended:
                    self._say(
                        self.tr("Case closed"),
                        self.tr("The case is closed. These open tasks ended with it:")
                        + "\n\n"
                        + "\n".join(f"• {what}" for what in ended),
                    )

            dialog.chosen.connect(
                lambda closure, reason: self.for_case(
                    lambda case_id: api.MANAGE_CLOSE_CASE(case_id, closure, reason),
                    on_done=closed,
                    on_error=lambda e: dialog.show_error(str(e)),
                )
            )
            dialog.open()

        self._ops.queue(api.MANAGE_CLOSURE_CHECKLIST(), on_done=ask)

    def _say(self, title: str, text: str) -> None:
        box = message_box(  # task titles are user text
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self._parent
        )
        box.open()
