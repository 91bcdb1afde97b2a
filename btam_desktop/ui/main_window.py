"""The main window: navigation, menus and status only. The flow and the screens do the work."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from btam_desktop.ui import screen_fit
from btam_desktop.ui.areas import CASES
from btam_desktop.ui.flow import CaseFileFlow
from btam_desktop.ui.help import GuideDialog
from btam_desktop.ui.ops import Ops
from btam_desktop.ui.plain import ElidedLabel, set_plain_tooltip
from btam_desktop.ui.process_transport import ProcessTransport
from btam_desktop.ui.screens.unlock import UnlockScreen
from btam_desktop.ui.screens.welcome import WelcomeScreen

if TYPE_CHECKING:
    from btam_desktop.ui.workspace import Workspace

STATE_VERSION = 1


class MainWindow(QMainWindow):
    def __init__(
        self,
        data_dir: Path,
        settings: QSettings,
        service: subprocess.Popen[bytes] | None = None,
    ) -> None:
        super().__init__()
        self._settings = settings
        self.transport = ProcessTransport(service)
        self.ops = Ops(self.transport)
        self.stack = QStackedWidget()
        self.welcome = WelcomeScreen()
        self.unlock = UnlockScreen()
        for screen in (self.welcome, self.unlock):
            self.stack.addWidget(screen)
        self.setCentralWidget(self.stack)
        self.who = ElidedLabel(self.tr("No case file open"))  # a long name must not widen it
        self.who.setAccessibleName(self.tr("Signed-in member and lock state"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.hide()
        self.backup_reminder = ElidedLabel()
        self.backup_reminder.setAccessibleName(self.tr("Backup reminder"))
        #: Team sync: "Synced 10:42", or what is wrong (ui/sync_status.py says which).
        self.sync_line = ElidedLabel()
        self.sync_line.setAccessibleName(self.tr("Team sync"))
        gap = self.fontMetrics().averageCharWidth() * 2  # apart from "Signed in as …"
        self.sync_line.setContentsMargins(gap, 0, gap, 0)
        self.sync_line.hide()
        self.backup_now = QPushButton(self.tr("Back up now…"))
        for reminder in (self.backup_reminder, self.backup_now):
            reminder.hide()
        self.statusBar().addWidget(self.backup_reminder, 1)
        self.statusBar().addWidget(self.backup_now)
        self.statusBar().addPermanentWidget(self.sync_line)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.who)

        self.flow = CaseFileFlow(
            self.ops, settings, data_dir, self.welcome, self.unlock, self._make_workspace, self
        )
        self.flow.screen_changed.connect(self._show_screen)
        self.flow.title_changed.connect(self._set_title)
        self.flow.signed_in_changed.connect(self.who.setText)
        self.flow.backup_reminder_changed.connect(self._show_backup_reminder)
        self.backup_now.clicked.connect(self.flow.back_up)
        self.ops.busy_changed.connect(self.busy.setVisible)
        self._build_menus()
        self._build_toolbar()
        self.flow.lead_changed.connect(self.restore_action.setEnabled)
        self._set_title("")
        self.resize(screen_fit.preferred(self, 1280, 800))
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state, STATE_VERSION)
        self._show_screen(self.welcome)

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str, slot: object
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("New case &file…"), "Ctrl+Shift+N", self.flow.create)
        self.referral_action = self._action(
            self.tr("New &referral…"),
            QKeySequence.StandardKey.New,
            lambda: self.workspace.cases.new_referral(),
        )
        self.open_action = self._action(
            self.tr("&Open case file…"), QKeySequence.StandardKey.Open, self.flow.choose_file
        )
        self.demo_action = self._action(self.tr("Open the &demo"), "", self.flow.demo)
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.flow.lock)
        self.backup_action = self._action(self.tr("&Back up…"), "", self.flow.back_up)
        self.restore_action = self._action(self.tr("Res&tore…"), "", self.flow.restore_backup)
        self.restore_action.setEnabled(False)  # a lead's command: enabled once one signs in
        quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.close)
        file_menu.addAction(self.referral_action)
        self.import_action = self._action(
            self.tr("&Import referrals…"), "", lambda: self.workspace.cases.import_referrals()
        )
        file_menu.addAction(self.import_action)
        self.import_packet_action = self._action(
            self.tr("Import transfer pac&ket…"), "", lambda: self.workspace.cases.import_packet()
        )
        file_menu.addAction(self.import_packet_action)
        self.print_action = self._action(
            self.tr("&What is on screen…"), QKeySequence.StandardKey.Print, self._print_current
        )
        self._build_print_menu(file_menu.addMenu(self.tr("&Print")))
        export_menu = file_menu.addMenu(self.tr("E&xport"))
        self.export_actions = [
            self._action(label, "", lambda _=False, what=what: self.workspace.export_csv(what))
            for label, what in (
                (self.tr("&Case list as CSV…"), "cases"),
                (self.tr("&Disclosure records as CSV…"), "disclosures"),
            )
        ]
        export_menu.addActions(self.export_actions)
        file_menu.addSeparator()
        for a in (self.new_action, self.open_action, self.demo_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        go = self.menuBar().addMenu(self.tr("&Go"))
        self.area_actions = []
        for i, (label, key) in enumerate(
            (
                (self.tr("My &tasks"), "Ctrl+1"),
                (self.tr("&Cases"), "Ctrl+2"),
                (self.tr("&Meetings"), "Ctrl+3"),
                (self.tr("T&eam"), "Ctrl+4"),
                (self.tr("Stat&istics"), "Ctrl+5"),
                (self.tr("&Settings"), "Ctrl+,"),
            )
        ):
            action = self._action(label, key, lambda _=False, area=i: self.workspace.go_to(area))
            go.addAction(action)
            self.area_actions.append(action)
        go.addSeparator()
        self.find_action = self._action(
            self.tr("&Find a case"),
            QKeySequence.StandardKey.Find,
            lambda: self.workspace.go_to(CASES),
        )
        go.addAction(self.find_action)
        self.area_actions.append(self.find_action)
        meeting_mode = self._action(
            self.tr("Meeting m&ode"), "F11", lambda: self.workspace.enter_meeting_mode()
        )
        go.addAction(meeting_mode)
        self.area_actions.append(meeting_mode)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(
                self.tr("User &guide"), QKeySequence.StandardKey.HelpContents, self.show_guide
            )
        )

    def _build_print_menu(self, menu: QMenu) -> None:
        """File ▸ Print: what is on screen (Ctrl+P), and the team's papers that belong to no
        screen: blank forms of the team's model and the handouts for staff, students and
        families."""
        menu.addAction(self.print_action)
        menu.addSeparator()
        self.team_print_actions = [
            self._action(
                label, "", lambda _=False, kind=kind: self.workspace.print_team_document(kind)
            )
            for label, kind in (
                (self.tr("&Blank forms…"), "blank-forms"),
                (self.tr("&Staff handout…"), "staff-handout"),
                (self.tr("Handout for s&tudents…"), "student-handout"),
                (self.tr("Handout for &families…"), "family-handout"),
            )
        ]
        menu.addActions(self.team_print_actions)

    def _build_toolbar(self) -> None:
        """The everyday commands, visible: the same actions as the menus (and shortcuts)."""
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("main-toolbar")  # saveState needs a name
        self.toolbar.setAccessibleName(self.tr("Main toolbar"))
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # The platform's own icons where it has them (Fusion's stock pixmaps would show a
        # floppy disk for Print and a cross for Lock); the words are always shown.
        for action, short, icon, tip in (
            (
                self.referral_action,
                self.tr("New referral"),
                QIcon.ThemeIcon.DocumentNew,
                self.tr("Take in a report of concerning behavior (Ctrl+N)"),
            ),
            (
                self.find_action,
                self.tr("Search"),
                QIcon.ThemeIcon.EditFind,
                self.tr("Find a case by number, name or notes (Ctrl+F)"),
            ),
            (
                self.print_action,
                self.tr("Print"),
                QIcon.ThemeIcon.DocumentPrint,
                self.tr("Print what is on screen: a case, a meeting, the roster (Ctrl+P)"),
            ),
            (
                self.lock_action,
                self.tr("Lock"),
                QIcon.ThemeIcon.SystemLockScreen,
                self.tr("Lock the case file now (Ctrl+L)"),
            ),
        ):
            action.setIconText(short)
            action.setIcon(QIcon.fromTheme(icon))
            set_plain_tooltip(action, tip)
            self.toolbar.addAction(action)
            button = self.toolbar.widgetForAction(action)
            button.setAccessibleName(short)
            button.setAccessibleDescription(tip)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _print_current(self) -> None:
        if not self.workspace.print_current():
            self.statusBar().showMessage(
                self.tr("Open a case, a meeting, the Team page or Statistics to print it."), 8000
            )

    def _make_workspace(self) -> Workspace:
        from btam_desktop.ui.workspace import Workspace  # the case screens load after start-up

        workspace = Workspace(self.ops, self._settings)
        workspace.sync.text_changed.connect(self._show_sync)
        self.stack.addWidget(workspace)
        return workspace

    @property
    def workspace(self) -> Workspace:
        return self.flow.workspace

    def show_guide(self) -> None:
        GuideDialog(self).open()

    def _show_screen(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)
        unlocked = screen is self.flow.built and self.flow.built is not None
        self.toolbar.setVisible(unlocked)  # its commands need an unlocked case file
        self.lock_action.setEnabled(unlocked)
        self.print_action.setEnabled(unlocked)
        for action in self.team_print_actions + self.export_actions:
            action.setEnabled(unlocked)
        self.referral_action.setEnabled(unlocked)
        self.import_action.setEnabled(unlocked)
        self.import_packet_action.setEnabled(unlocked)
        self.backup_action.setEnabled(unlocked)
        for action in self.area_actions:
            action.setEnabled(unlocked)

    def _show_backup_reminder(self, text: str) -> None:
        """On the status bar while the last verified backup is older than the team allows."""
        self.backup_reminder.setText(text)
        for reminder in (self.backup_reminder, self.backup_now):
            reminder.setVisible(bool(text))

    def _show_sync(self, text: str) -> None:
        self.sync_line.setText(text)
        self.sync_line.setVisible(bool(text))

    def _set_title(self, school: str) -> None:
        """School name at most: the title bar never names a student."""
        self.setWindowTitle(self.tr("BTAM Desktop") + (f" — {school}" if school else ""))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState(STATE_VERSION))
        self.flow.shutdown()
        super().closeEvent(event)
