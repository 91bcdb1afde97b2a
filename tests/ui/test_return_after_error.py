"""Return still means the form's own button after the service refused it.

While a request runs the submit button is disabled, and a disabled button gives up being the
dialog's default: Qt hands that to the next push button, Cancel. Without care, the person who
fixes a mistyped field and presses Return closes the dialog and loses what they typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from btam_desktop.ui.fields import ReportsProblems
from btam_desktop.ui.main_window import MainWindow
from tests.ui.dialog_factories import DIALOGS


def _refused_once(qtbot: QtBot, dialog: QDialog) -> list[str]:
    """Open the dialog, let a request run and fail, then press Return; what happened."""
    assert isinstance(dialog, ReportsProblems)
    happened: list[str] = []
    dialog.rejected.connect(lambda: happened.append("rejected"))
    dialog.open()
    qtbot.waitExposed(dialog)
    submit = dialog.submit_control()
    assert isinstance(submit, QPushButton)
    fields = [f for f in dialog.findChildren(QLineEdit) if f.isVisible() and f.isEnabled()]
    (fields[0] if fields else submit).setFocus()
    dialog.busy()
    assert not submit.isEnabled()
    dialog.show_error("The service said no.")
    focused = dialog.focusWidget()
    qtbot.keyClick(focused or dialog, Qt.Key.Key_Return)
    return happened


@pytest.mark.parametrize("make", DIALOGS)
def test_return_after_a_refusal_does_not_press_cancel(
    qtbot: QtBot, window: MainWindow, make: object
) -> None:
    dialog = make(window)  # type: ignore[operator]
    if not isinstance(dialog, ReportsProblems) or not isinstance(
        dialog.submit_control(), QPushButton
    ):
        pytest.skip("not a form with a submit button")
    assert isinstance(dialog, QDialog)
    assert _refused_once(qtbot, dialog) == []
    QDialog.reject(dialog)
