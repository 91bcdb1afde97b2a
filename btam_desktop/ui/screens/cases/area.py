"""The Cases area: the list and the case page, and the service calls behind them."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QInputDialog, QStackedWidget, QWidget

from btam_desktop.domain.case import CaseRow, CaseStatus
from btam_desktop.domain.changes import ChangeSet
from btam_desktop.services.cases import CaseDetail, CaseEdit
from btam_desktop.ui.ops import Ops
from btam_desktop.ui.screens.cases.list_screen import CaseListScreen
from btam_desktop.ui.screens.cases.page import CasePage

DRAFT_PREFIX = "case:"


class CasesArea(QStackedWidget):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.names: dict[str, str] = {}
        self.list = CaseListScreen()
        self.page = CasePage()
        self.addWidget(self.list)
        self.addWidget(self.page)
        self._pending_draft: dict[str, Any] | None = None
        self.list.open_case.connect(self.open_case)
        self.page.back_requested.connect(self.show_list)
        self.page.save_requested.connect(self._save)
        self.page.status_requested.connect(self._change_status)

    # -- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        self._ops.queue("cases.list", on_done=self._rows_loaded)

    def _rows_loaded(self, rows: list[CaseRow]) -> None:
        self.list.set_rows(rows)
        if self.currentWidget() is self.page and self.page.case_id:
            self.open_case(self.page.case_id)

    def open_case(self, case_id: str) -> None:
        self._ops.queue("cases.get", case_id, on_done=self._case_loaded)

    def _case_loaded(self, detail: CaseDetail) -> None:
        self.page.show_case(detail, self.names)
        if self._pending_draft is not None:
            self.page.restore_draft(self._pending_draft)
            self._pending_draft = None
        self.setCurrentWidget(self.page)
        self.page.summary.setFocus()
        self._ops.queue(
            "cases.history",
            detail.case.id,
            on_done=lambda events: self.page.show_history(events, self.names),
        )

    def show_list(self) -> None:
        self.setCurrentWidget(self.list)
        self.list.table.setFocus()

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.everything or changes.cases or changes.persons or changes.members:
            self.load()

    # -- edits -----------------------------------------------------------------------------
    def _save(self, case_id: str, edit: CaseEdit) -> None:
        self._ops.run("cases.update", case_id, edit)

    def _change_status(self, case_id: str, target: CaseStatus) -> None:
        reopening = self.page.status is CaseStatus.CLOSED
        if target is not CaseStatus.CLOSED and not reopening:
            self._ops.run("cases.change_status", case_id, target)
            return
        ask = QInputDialog(self)
        ask.setWindowTitle(self.tr("Reopen the case") if reopening else self.tr("Close the case"))
        ask.setLabelText(self.tr("Why? (kept in the case record)"))
        ask.textValueSelected.connect(
            lambda reason: self._ops.run("cases.change_status", case_id, target, reason)
        )
        ask.open()

    # -- lock ------------------------------------------------------------------------------
    def drafts(self) -> dict[str, dict[str, Any]]:
        draft = self.page.draft()
        return {f"{DRAFT_PREFIX}{draft['case_id']}": draft} if draft else {}

    def restore_drafts(self, drafts: dict[str, dict[str, Any]]) -> None:
        for key, payload in drafts.items():
            if key.startswith(DRAFT_PREFIX):
                self._pending_draft = payload
                self.open_case(key.removeprefix(DRAFT_PREFIX))
                return

    def clear(self) -> None:
        self.page.clear()
        self.list.clear()
        self.setCurrentWidget(self.list)
