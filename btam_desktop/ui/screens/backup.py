"""File ▸ Back up… and File ▸ Restore…: the team's backups, made and tried from the window.

A school without a command line still needs backups it can trust. Backing up writes an
encrypted copy of the case file folder (no plaintext anywhere), then opens the copy and checks
it; only a copy that passed counts as the team's last verified backup. Restoring starts with a
drill that proves the backup restores (into a temporary place, opened, counted, deleted) before
anyone replaces the case file with it. All the work runs in the service process; these dialogs
show progress and what was found.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.errors import BtamError
from btam_desktop.services import errors
from btam_desktop.services.contracts import api
from btam_desktop.services.contracts.files import BackupCheck, DrillResult
from btam_desktop.ui.language import short_moment
from btam_desktop.ui.ops import Ops
from btam_desktop.ui.plain import PlainLabel


def default_backup_folder() -> Path:
    """The signed-in user's own documents folder (their home if it has none): never the case
    file's folder, which may sit in another user's home or on a shared drive."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents else Path.home()
    return folder if folder.is_dir() else Path.home()


class _FileDialog(QDialog):
    """A folder to choose, a busy bar with the step under way, and a line saying the outcome."""

    def __init__(
        self,
        ops: Ops,
        title: str,
        intro: str,
        folder: Path,
        folder_label: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self.setWindowTitle(title)
        self.intro = PlainLabel(intro)
        self.intro.setWordWrap(True)
        self.folder = QLineEdit(str(folder))
        self.browse = QPushButton(self.tr("Bro&wse…"))
        self.browse.clicked.connect(self._browse)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.folder, 1)
        row_layout.addWidget(self.browse)
        self.form = QFormLayout()
        self.form.addRow(folder_label, row)
        label = self.form.labelForField(row)
        if isinstance(label, QLabel):
            label.setBuddy(self.folder)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # how long a step takes depends on the file: busy
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.hide()
        self.status = PlainLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Progress and result"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.windowTitle(), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    @property
    def ok(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def cancel(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    def _fit(self) -> None:
        """Take the height the lines need now: the minimum size Qt derives from the layout
        ignores how tall wrapped text gets, so new lines would squeeze the others instead."""
        self._layout.activate()
        self.resize(self.width(), self.heightForWidth(self.width()))

    def working(self, step: str) -> None:
        """A step is running in the service process; nothing here can be changed meanwhile."""
        self.progress.show()
        self.status.setText(step)
        for widget in (self.folder, self.browse, self.ok, self.cancel):
            widget.setEnabled(False)
        self._fit()

    def finished_with(self, text: str, *, can_retry: bool) -> None:
        self.progress.hide()
        self.status.setText(text)
        self._fit()
        for widget in (self.folder, self.browse, self.cancel):
            widget.setEnabled(True)
        self.ok.setEnabled(can_retry)
        self.ok.setVisible(can_retry)
        if not can_retry:
            self.cancel.setText(self.tr("Close"))
            self.cancel.setDefault(True)
            self.cancel.setFocus()

    def _failed(self, error: BtamError) -> None:
        """A damaged case file closes (the service host already closed it): the window locks
        and says so. Anything else is said here, and the user can try again."""
        if isinstance(error, errors.DamagedError):
            self.reject()
            self._ops.failed.emit(error)
            return
        self.finished_with(str(error), can_retry=True)


class BackupDialog(_FileDialog):
    """Where the copy goes; then writing it, opening and checking it; then what was found.
    A clean check changes the team's record (its last verified backup), and the status bar
    reads it again like any team change."""

    def __init__(self, ops: Ops, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            ops,
            self.tr("Back up the case file"),
            self.tr(
                "BTAM Desktop writes an encrypted copy of the whole case file into a new folder "
                "in the folder you choose, then opens the copy and checks it. The same "
                "passphrases open it, and nothing in it is readable without one. Keep a copy "
                "away from this computer, locked up like paper records."
            ),
            folder,
            self.tr("Save the copy &in:"),
            parent,
        )
        self.ok.setText(self.tr("&Back up"))
        self.ok.setDefault(True)

    def accept(self) -> None:
        text = self.folder.text().strip()
        if not text:
            self.finished_with(self.tr("Choose the folder for the copy."), can_retry=True)
            return
        self.working(self.tr("Step 1 of 2: writing the encrypted copy…"))
        started = self._ops.run(
            api.FILES_BACKUP(Path(text)), on_done=self._written, on_error=self._failed
        )
        if not started:
            self.finished_with(
                self.tr("BTAM Desktop is still saving. Try again in a moment."), can_retry=True
            )

    def _written(self, path: Path) -> None:
        self.working(
            self.tr("Step 2 of 2: opening the copy and checking it…\n%1").replace("%1", str(path))
        )
        self._ops.run(api.FILES_CHECK_BACKUP(path), on_done=self._checked, on_error=self._failed)

    def _checked(self, result: BackupCheck) -> None:
        where = self.tr("Saved as %1").replace("%1", str(result.path))
        if result.verified:
            self.finished_with(
                self.tr("Backup verified: opens, %n cases, check clean.", "", result.cases)
                + "\n"
                + where,
                can_retry=False,
            )
            return
        failed = "\n".join(f"• {line.name}: {line.detail}" for line in result.problems)
        self.finished_with(
            self.tr(
                "The copy was written and opens, but its check found problems:\n%1\n%2\n"
                "Do not rely on this copy. Check the case file itself (btam-desktop check) "
                "and back up again."
            )
            .replace("%1", failed)
            .replace("%2", where),
            can_retry=False,
        )


class RestoreDialog(_FileDialog):
    """A lead tries a backup first (the restore drill); only a backup that passed can then
    replace the case file, which takes locking it."""

    #: The backup folder and the passphrase that opened it: replace the case file with it.
    replace_requested = Signal(object, str)

    def __init__(self, ops: Ops, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            ops,
            self.tr("Restore from a backup"),
            self.tr(
                "First a restore drill: the backup is restored into a temporary place, opened, "
                "its counts compared and checked, and the trial copy deleted. The case file is "
                "not touched. If the drill passes, you can then replace the case file with the "
                "backup; the case file as it is now is kept beside it, renamed."
            ),
            folder,
            self.tr("Backup &folder:"),
            parent,
        )
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("Your &passphrase for it:"), self.passphrase)
        QWidget.setTabOrder(self.browse, self.passphrase)  # the form's order, not creation's
        self.passphrase_note = PlainLabel(
            self.tr("The passphrase you had when the backup was made, if you changed it since.")
        )
        self.passphrase_note.setWordWrap(True)
        self.form.addRow(self.passphrase_note)
        self.ok.setText(self.tr("&Try the backup"))
        self.ok.setDefault(True)
        self.replace = QPushButton(self.tr("&Replace the case file with this backup"))
        self.replace.setAutoDefault(False)
        self.replace.hide()
        self.buttons.addButton(self.replace, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.replace.clicked.connect(self._replace)
        self.drill: DrillResult | None = None
        self.folder.textChanged.connect(self._forget_drill)

    def _browse(self) -> None:
        """A backup is a case-file folder (backup-DATE.btam) inside the folder chosen for it."""
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup (a folder ending in .btam)"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _forget_drill(self, _text: str = "") -> None:
        """Another backup (or the same again): it has to pass its own drill first."""
        self.drill = None
        self.replace.hide()
        self.ok.show()
        self.ok.setEnabled(True)
        self.passphrase.setEnabled(True)

    def accept(self) -> None:
        text, passphrase = self.folder.text().strip(), self.passphrase.text()
        if not text or not passphrase:
            self.finished_with(
                self.tr("Choose the backup and type your passphrase for it."), can_retry=True
            )
            return
        self._forget_drill()
        self.working(self.tr("Restoring into a temporary place, opening it, comparing counts…"))
        self.passphrase.setEnabled(False)
        started = self._ops.run(
            api.FILES_RESTORE_DRILL(Path(text), passphrase),
            on_done=self._drilled,
            on_error=self._drill_failed,
        )
        if not started:
            self._drill_failed(
                BtamError(self.tr("BTAM Desktop is still saving. Try again in a moment."))
            )

    def _drill_failed(self, error: BtamError) -> None:
        self.passphrase.setEnabled(True)
        self._failed(error)

    def _drilled(self, result: DrillResult) -> None:
        self.passphrase.setEnabled(True)
        self.finished_with(self.describe(result), can_retry=not result.passed)
        if result.passed:
            self.drill = result
            self.replace.show()
            self.passphrase.setEnabled(False)  # kept for the restore; changing it means retry

    def describe(self, result: DrillResult) -> str:
        as_of = self.tr(
            "The backup holds the case file as it was on %1; the case file has %n cases now.",
            "",
            result.current_cases,
        ).replace("%1", short_moment(result.as_of))
        if result.passed:
            return (
                self.tr(
                    "Restore drill passed: the backup was restored into a temporary place, "
                    "opened, and its counts match (%n cases). Its check is clean, and the trial "
                    "copy was deleted.",
                    "",
                    result.cases,
                )
                + "\n"
                + as_of
            )
        found: list[str] = []
        if result.differing:
            found.append(
                self.tr("• rows differ from the backup in: %1").replace(
                    "%1", ", ".join(result.differing)
                )
            )
        found += [f"• {line.name}: {line.detail}" for line in result.problems]
        if result.left_at is not None:
            found.append(
                self.tr("• the trial copy could not be deleted (it is encrypted): %1").replace(
                    "%1", str(result.left_at)
                )
            )
        return self.tr("Restore drill failed; do not rely on this backup:\n%1").replace(
            "%1", "\n".join(found)
        )

    def _replace(self) -> None:
        if self.drill is None:
            return
        passphrase = self.passphrase.text()
        QDialog.accept(self)  # not self.accept(): that starts a drill
        self.replace_requested.emit(self.drill.backup, passphrase)

    def done(self, result: int) -> None:
        """However the dialog closes, the passphrase does not stay in it."""
        self.passphrase.clear()
        super().done(result)
