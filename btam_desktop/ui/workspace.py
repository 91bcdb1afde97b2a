"""What an unlocked case file shows: navigation between the areas that exist so far."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QStackedWidget,
    QWidget,
)

from btam_desktop.domain.case import CaseColumns
from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.contact import Contact
from btam_desktop.domain.drafts import Drafts
from btam_desktop.domain.errors import BtamError
from btam_desktop.domain.team import Member, TeamSettings
from btam_desktop.services.contracts import SignedIn, api
from btam_desktop.services.contracts.meetings import MeetingView
from btam_desktop.services.contracts.sync import ConflictReview, HeldChange
from btam_desktop.ui import language, theme
from btam_desktop.ui.areas import CASES, MEETINGS, REVIEW, STATISTICS, TASKS, TEAM
from btam_desktop.ui.ops import Ops
from btam_desktop.ui.plain import set_plain_tooltip
from btam_desktop.ui.screens.cases.area import CasesArea
from btam_desktop.ui.screens.cases.list_screen import FIRST_ROWS
from btam_desktop.ui.screens.conflicts.resolve import review_and_resolve, review_held
from btam_desktop.ui.screens.conflicts.review_screen import ReviewScreen
from btam_desktop.ui.screens.dialogs import ChangePassphraseDialog
from btam_desktop.ui.screens.meetings.mode import MeetingMode
from btam_desktop.ui.screens.meetings.screen import MeetingsScreen
from btam_desktop.ui.screens.settings import SettingsScreen
from btam_desktop.ui.screens.statistics.screen import StatisticsScreen
from btam_desktop.ui.screens.tasks import TasksScreen
from btam_desktop.ui.screens.team.screen import TeamScreen
from btam_desktop.ui.sync_status import SyncStatus


class Workspace(QWidget):
    #: The team's record was read again (a setting or the last backup changed): SignedIn.
    signed_in_changed = Signal(object)

    def __init__(self, ops: Ops, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._settings = settings
        self.signed_in: SignedIn | None = None
        self.tasks = TasksScreen(ops)
        self.cases = CasesArea(ops)
        self.meetings = MeetingsScreen(ops)
        #: This laptop's team sync: at unlock, every minute, at lock (ui/sync_status.py).
        self.sync = SyncStatus(ops, self)
        self.team = TeamScreen(ops, self.sync)
        self.statistics = StatisticsScreen(ops)
        self.settings_screen = SettingsScreen()
        self.review = ReviewScreen()
        self.meeting_mode: MeetingMode | None = None
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Areas"))
        self.stack = QStackedWidget()
        for label, widget in (
            (self.tr("My tasks"), self.tasks),
            (self.tr("Cases"), self.cases),
            (self.tr("Meetings"), self.meetings),
            (self.tr("Team"), self.team),
            (self.tr("Statistics"), self.statistics),
            (self.tr("Settings"), self.settings_screen),
            (self.tr("To review"), self.review),
        ):
            self.nav.addItem(label)
            self.stack.addWidget(widget)
        self.nav.setRowHidden(REVIEW, True)  # until a conflict waits
        # Narrow: the case list needs the width (every column whole at 1280 px); as wide as
        # the longest area's name in the window's language.
        metrics = self.nav.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(REVIEW + 1))
        self.nav.setFixedWidth(max(metrics.averageCharWidth() * 12, widest + metrics.height()))
        layout = QHBoxLayout(self)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.currentRowChanged.connect(self._area_shown)
        self.nav.setCurrentRow(0)

        ops.changes_applied.connect(self.on_changes)
        self.tasks.open_case.connect(self._open_task)
        self.tasks.open_team.connect(lambda: self.go_to(TEAM))
        self.meetings.open_case.connect(self._open_case)
        self.cases.referral_saved.connect(self._open_case)
        self.meetings.meeting_mode_requested.connect(self.enter_meeting_mode)
        self.settings_screen.team_settings_chosen.connect(
            lambda chosen: ops.run(api.TEAM_SET_SETTINGS(chosen))
        )
        self.settings_screen.theme_chosen.connect(self._set_theme)
        self.settings_screen.language_chosen.connect(
            lambda choice: self._settings.setValue(language.KEY, choice)
        )
        self.settings_screen.pack_chosen.connect(
            lambda pack_id: ops.run(api.ASSESS_SET_TEAM_PACK(pack_id))
        )
        self.settings_screen.import_pack_requested.connect(self._import_pack)
        self.settings_screen.change_passphrase_requested.connect(self._change_passphrase)
        self.sync.changed.connect(self._show_reviews)
        self.review.review_requested.connect(self.resolve)
        self.review.open_case.connect(self._open_case)
        self.review.held_requested.connect(self.review_held)
        self.cases.page.banner.review_requested.connect(self.resolve)

    def _area_shown(self, area: int) -> None:
        """Statistics are read when shown (and again on each visit: cases change)."""
        if area == STATISTICS and self.signed_in is not None:
            chosen = self.statistics.year.currentData()
            self.statistics.load(chosen if isinstance(chosen, int) else None)

    def go_to(self, area: int) -> None:
        self.nav.setCurrentRow(area)
        if area == CASES:
            self.cases.list.focus_search()
        elif area == REVIEW:
            self.review.focus_list()
        elif area == TASKS:
            self.tasks.tree.setFocus()
        elif area == STATISTICS:
            self.statistics.year.setFocus()

    def print_current(self) -> bool:
        """Print… (Ctrl+P): the document of what is on screen: the open case's summary, the
        chosen meeting's minutes (once approved) or agenda, the team roster, the shown school
        year's annual report. False when the screen shown has none."""
        area = self.stack.currentWidget()
        if area is self.cases and self.cases.currentWidget() is self.cases.page:
            self.cases.print_document("case-summary")
        elif area is self.meetings and self.meetings.view is not None:
            approved = self.meetings.view.meeting.approved
            self.meetings.print_document("minutes" if approved else "agenda")
        elif area is self.team:
            self.team.print_roster()
        elif area is self.statistics and self.statistics.print_button.isEnabled():
            self.statistics.print_annual_report()
        else:
            return False
        return True

    # -- conflicts -------------------------------------------------------------------------
    def _show_reviews(self) -> None:
        """To review in the navigation (only while something waits), its list, and the marks
        on the cases."""
        reviews, held = self.sync.reviews, self.sync.held
        entry = self.nav.item(REVIEW)
        # The count is in the status bar and the tooltip: the navigation stays narrow.
        waiting = (
            self.tr("1 conflict waits for a person")
            if len(reviews) == 1
            else self.tr("%n conflicts wait for a person", "", len(reviews))
        )
        if held:
            waiting = " · ".join(
                [
                    *([waiting] if reviews else []),
                    self.tr("1 change from a removed member waits for a lead")
                    if len(held) == 1
                    else self.tr("%n changes from a removed member wait for a lead", "", len(held)),
                ]
            )
        set_plain_tooltip(entry, waiting)
        entry.setData(Qt.ItemDataRole.AccessibleTextRole, f"{entry.text()}: {waiting}")
        self.nav.setRowHidden(REVIEW, not (reviews or held))
        self.review.show_reviews(reviews)
        self.review.show_held(held)
        self.cases.show_reviews(reviews)
        if not (reviews or held) and self.nav.currentRow() == REVIEW:
            self.go_to(CASES)

    def resolve(self, review: object) -> None:
        """The resolve dialog for a conflict (from To review or a case's banner)."""
        if isinstance(review, ConflictReview):
            review_and_resolve(self._ops, review, self, self.sync.refresh_reviews)

    def review_held(self, change: object) -> None:
        """A change from a removed member's laptop: what it does, and a lead's decision."""
        if isinstance(change, HeldChange):
            me = self.signed_in
            review_held(
                self._ops,
                change,
                self.sync.held,
                is_lead=bool(me and me.is_lead),
                parent=self,
                decided=self.sync.refresh_reviews,  # what it applied comes as changes
            )

    def _open_case(self, case_id: str, tab: str = "") -> None:
        self.nav.setCurrentRow(CASES)
        self.cases.open_case(case_id, tab)

    def _open_task(self, case_id: str, kind: str) -> None:
        tab = {"inquiry": "inquiry", "action": "", "case_manager": "case_manager"}.get(kind, "plan")
        self._open_case(case_id, tab)

    # -- meeting mode ------------------------------------------------------------------------
    def enter_meeting_mode(self) -> None:
        """F11: the chosen meeting (else the next one) full screen, for the projector."""
        if self.signed_in is None:
            return
        self.go_to(MEETINGS)
        view = self.meetings.view
        if view is None:
            return
        if self.meeting_mode is None:
            mode = MeetingMode(self)
            mode.decision_requested.connect(lambda item: self.meetings.record_decision(item, mode))
            mode.action_requested.connect(lambda item: self.meetings.add_action(item, mode))
            mode.left.connect(self._meeting_mode_left)
            self.meeting_mode = mode
        self.meeting_mode.start(view, max(self.meetings.agenda.currentRow(), 0))

    def _meeting_mode_left(self) -> None:
        mode = self.meeting_mode
        if mode is not None and self.meetings.view is not None:
            self.meetings.agenda.selectRow(mode.index)
        self.meeting_mode = None
        if mode is not None:
            mode.deleteLater()

    # -- loading ---------------------------------------------------------------------------
    def on_unlocked(self, signed_in: SignedIn) -> None:
        """Load members, then cases, then any drafts this member left at the last lock."""
        self.signed_in = signed_in
        self.cases.me = signed_in
        self._show_settings()
        self._ops.queue(api.MEMBERS_LIST(), on_done=self._members_then_cases)

    def _members_then_cases(self, members: list[Member]) -> None:
        self._show_members(members)
        self._ops.queue(api.CASES_LEVELS(language.shown_language()), on_done=self.cases.set_levels)
        self._ops.queue(api.CASES_LIST(FIRST_ROWS), on_done=self._cases_then_drafts)

    def _cases_then_drafts(self, first: CaseColumns) -> None:
        self.cases.list.set_cases(first)
        self.go_to(TASKS)
        self.tasks.load()
        self.meetings.load()
        # The list is on screen: verify the whole file on the other core (any write waits).
        self._ops.queue(api.SESSION_START_CHECK())
        self._ops.queue(api.DRAFTS_TAKE(), on_done=self.cases.restore_drafts)
        if not first.complete:  # a large file: the rest of the list, after what is on screen
            self._ops.queue(api.CASES_LIST(), on_done=self.cases.list.set_cases)
        self.sync.start()  # after what is on screen: a slow share must not delay the list

    def _show_members(self, members: list[Member]) -> None:
        self.cases.names = {m.id: m.shown_name for m in members}
        self.cases.members = members
        self.cases.me = self.signed_in
        me = self.signed_in
        self.meetings.members = members
        self.meetings.me = me.member_id if me else ""
        self.team.set_access(me.member_id if me else "", is_lead=bool(me and me.is_lead))
        self.team.load()
        self._ops.queue(api.CONTACTS_LIST(True), on_done=self._show_contacts)

    def _show_contacts(self, contacts: list[Contact]) -> None:
        """Other staff and providers, removed ones included so records keep their names;
        only those still listed are offered in the dialogs."""
        self.cases.names.update({c.id: c.shown_name for c in contacts})
        self.cases.contacts = [c for c in contacts if not c.removed]

    def _show_settings(self) -> None:
        if self.signed_in is not None:
            me = self.signed_in
            self._ops.queue(
                api.PACKS_LIST(),
                on_done=lambda infos: self.settings_screen.show_packs(
                    [
                        (
                            i.id,
                            language.pack_word(i.labels, i.name),
                            language.pack_word(i.labels, i.provenance),
                        )
                        for i in infos
                    ],
                    me.pack_id,
                    is_lead=me.is_lead,
                ),
            )
            self.settings_screen.show_settings(
                TeamSettings(me.idle_minutes, me.backup_reminder_days),
                is_lead=me.is_lead,
                theme_choice=str(self._settings.value("theme", theme.SYSTEM)),
                language_choice=language.chosen(self._settings.value(language.KEY)),
            )

    def on_changes(self, changes: ChangeSet) -> None:
        if self.signed_in is None:
            return
        if changes.members or changes.everything:
            self._ops.queue(api.MEMBERS_LIST(), on_done=self._show_members_then_refresh)
        else:
            self.cases.on_changes(changes)
            if changes.cases:
                self.team.cases_changed()
            if changes.roster:
                self.team.load()
                self._ops.queue(api.CONTACTS_LIST(True), on_done=self._show_contacts)
            if changes.meetings:
                self._ops.queue(
                    api.MEETINGS_VIEW(next(iter(changes.meetings))), on_done=self._meeting_changed
                )
        if changes.cases or changes.tasks or changes.roster or changes.meetings:
            self.tasks.load()
        if changes.team:
            self._ops.queue(api.TEAM_SIGNED_IN(), on_done=self._settings_changed)
        if changes.notices:  # "both versions kept": a conflict made here, to review
            self.sync.refresh_reviews()

    def _show_members_then_refresh(self, members: list[Member]) -> None:
        self._show_members(members)
        self.cases.load()
        self.tasks.load()
        self.meetings.load()

    def _meeting_changed(self, view: MeetingView) -> None:
        """A meeting changed: the Meetings list (a new or approved meeting), the meeting shown,
        and meeting mode if it is on."""
        self.meetings.load(select=view.meeting.id)
        if self.meeting_mode is not None:
            self.meeting_mode.show_view(view)

    def _settings_changed(self, signed_in: SignedIn) -> None:
        self.signed_in = signed_in
        self._show_settings()
        self.signed_in_changed.emit(signed_in)

    # -- team and settings -----------------------------------------------------------------
    def _change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self)

        def change(current: str, new: str) -> None:
            dialog.wait()
            self._ops.run(
                api.MEMBERS_CHANGE_PASSPHRASE(current, new),
                on_done=lambda _c: dialog.done_ok(),
                on_error=lambda e: dialog.show_error(str(e)),
            )

        dialog.chosen.connect(change)
        dialog.open()

    def _import_pack(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a district pack"), "", self.tr("Model packs (*.toml)")
        )
        if not name:
            return
        try:
            text = Path(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            self._ops.failed.emit(
                BtamError(
                    self.tr("%1 cannot be read as a text file (%2).")
                    .replace("%1", Path(name).name)
                    .replace("%2", str(error))
                )
            )
            return
        self._ops.run(api.PACKS_IMPORT(Path(name).name, text))

    def print_team_document(self, kind: str) -> None:
        """File ▸ Print ▸ Blank forms… or a handout (for staff, students or families): papers
        of the team, not of a case."""
        from btam_desktop.services.contracts.printing import PrintRequest
        from btam_desktop.ui.screens.print_preview import PrintPreviewDialog

        PrintPreviewDialog(self._ops, PrintRequest(kind), self).open()

    def export_csv(self, what: str) -> None:
        """File ▸ Export ▸ Case list as CSV… or Disclosure records as CSV…"""
        from btam_desktop.ui.screens.export_dialog import ExportDialog

        ExportDialog(self._ops, what, self).open()

    def _set_theme(self, choice: str) -> None:
        self._settings.setValue("theme", choice)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            theme.apply(app, choice)

    # -- lock ------------------------------------------------------------------------------
    def drafts(self) -> Drafts:
        return self.cases.drafts()

    def clear(self) -> None:
        """Drop every widget's case data (the lock screen is already in front)."""
        self.signed_in = None
        self.sync.stop()
        if self.meeting_mode is not None:
            self.meeting_mode.wipe()
            self.meeting_mode = None
        self.cases.clear()
        self.tasks.clear()
        self.meetings.clear()
        self.team.clear()
        self.statistics.clear()
        self.review.clear()
        self.cases.names = {}
        self.cases.members, self.cases.me = [], None
        self.nav.setCurrentRow(0)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
