"""District defaults pushed by IT (QSettings system scope) reach the window: a new case file
starts with the district's pack and auto-lock, and PDFs cannot be saved where exports are off."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from btam_desktop.services.printing import PrintRequest
from btam_desktop.ui import district
from btam_desktop.ui.district import DistrictDefaults
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.dialogs import CreateCaseFileDialog, RecoveryCodeDialog
from btam_desktop.ui.screens.print_preview import PrintPreviewDialog

STRICT = DistrictDefaults(
    idle_minutes=3,
    pack_id="cstag-style",
    exports_allowed=False,
    set_by_district=("IdleLockMinutes", "DefaultPack", "ExportsAllowed"),
)


def _visible(kind: type) -> QWidget | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None
    )


def test_a_new_file_and_the_print_preview_follow_the_district(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(district, "current", lambda: STRICT)
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _visible(CreateCaseFileDialog) is not None)
    dialog = _visible(CreateCaseFileDialog)
    assert isinstance(dialog, CreateCaseFileDialog)
    qtbot.keyClicks(dialog.school, "Cedar Bend High School")
    qtbot.keyClicks(dialog.lead, "Dana Whitlock-Oyelaran")
    for field in (dialog.passphrase.first, dialog.passphrase.second):
        qtbot.keyClicks(field, "lanterns over the quiet harbour at dusk")
    dialog.location.setText(str(tmp_path / "cedar.btam"))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _visible(RecoveryCodeDialog) is not None, timeout=15_000)
    recovery = _visible(RecoveryCodeDialog)
    assert isinstance(recovery, RecoveryCodeDialog)
    recovery.confirm.setChecked(True)
    recovery.accept()
    signed_in = window.workspace.signed_in
    assert signed_in is not None
    assert (signed_in.pack_id, signed_in.idle_minutes) == ("cstag-style", 3)

    preview = PrintPreviewDialog(window.ops, PrintRequest("blank-forms"), window)
    preview.open()
    qtbot.waitUntil(lambda: preview.print_button.isEnabled(), timeout=10_000)
    assert not preview.save_button.isVisible() and not preview.save_button.isEnabled()
    assert "turned off saving PDFs" in preview.warning.text()
    preview.reject()


def test_without_district_settings_saving_is_offered(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(district, "current", lambda: DistrictDefaults())
    preview = PrintPreviewDialog(window.ops, PrintRequest("blank-forms"), window)
    assert preview.can_save  # positive control for the test above
    preview.reject()
