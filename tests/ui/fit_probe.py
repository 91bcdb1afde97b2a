"""The window in a process of its own on an offscreen screen of a given size: unlock a case
file, show every area, a case at each tab, and open every window and dialog it can reach
(the print preview, the guide, the evidence preview, meeting mode, every dialog of
`dialog_factories`); print, as JSON, each one's frame and the screen's available geometry.

    fit_probe.py CASEFILE PASSPHRASE [--control]

The screen is set by the caller (QT_QPA_PLATFORM=offscreen:configfile=...). --control adds a
dialog that cannot shrink below 1400x900, to show the check sees a window that does not fit.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> int:
    folder, passphrase = Path(sys.argv[1]), sys.argv[2]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    from btam_desktop.ui.app import build_window, make_application, settings_at
    from btam_desktop.ui.help import GuideDialog
    from btam_desktop.ui.screens.cases.evidence_preview import EvidencePreview
    from tests.ui.child_window import settle, unlock_and_tour, wait_for
    from tests.ui.dialog_factories import DIALOGS

    seen: dict[str, dict[str, Any]] = {}

    def measure(name: str) -> None:
        """Every visible top-level window now, under `name` (the main window once)."""
        settle()
        for window in QApplication.topLevelWidgets():
            if not window.isVisible() or not isinstance(window, QWidget):
                continue
            label = type(window).__name__ if window is w else f"{name}: {type(window).__name__}"
            if window is w:
                label = f"MainWindow ({name})"
            frame = window.frameGeometry()
            room = window.screen().availableGeometry()
            seen[label] = {
                "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                "available": [room.x(), room.y(), room.width(), room.height()],
                "fits": room.contains(frame),
            }

    def visible(kind: type) -> QWidget:
        wait_for(lambda: any(isinstance(x, kind) and x.isVisible() for x in app.topLevelWidgets()))
        return next(x for x in app.topLevelWidgets() if isinstance(x, kind) and x.isVisible())

    app = make_application(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        w = build_window(Path(tmp), settings_at(Path(tmp) / "settings.ini"))
        w.show()
        preview = unlock_and_tour(w, folder, passphrase, measure)
        cases = w.workspace.cases
        measure("print preview")
        QDialog.reject(preview)
        wait_for(lambda: cases.page.reports.evidence.count() > 0)
        cases._preview(next(iter(cases._evidence.values())).id)
        evidence = visible(EvidencePreview)
        measure("evidence preview")
        QDialog.reject(evidence)  # type: ignore[arg-type]
        cases.new_referral()
        measure("new referral")
        for dialog in [x for x in app.topLevelWidgets() if isinstance(x, QDialog)]:
            dialog.reject()
        GuideDialog(w).open()
        measure("user guide")
        for dialog in [x for x in app.topLevelWidgets() if isinstance(x, QDialog)]:
            dialog.reject()
        for make in DIALOGS:
            dialog = make(w)
            dialog.open()
            measure(type(dialog).__name__)
            QDialog.reject(dialog)  # some dialogs refuse Cancel until answered
            dialog.hide()
        if "--control" in sys.argv:
            too_big = QDialog(w)
            too_big.setMinimumSize(1400, 900)
            too_big.open()
            measure("control")
            too_big.reject()
        w.workspace.enter_meeting_mode()
        mode = w.workspace.meeting_mode
        wait_for(lambda: mode is not None and mode.isVisible())
        measure("meeting mode")
        assert mode is not None
        mode.close()
        w.flow.lock()
        settle(200)
        w.close()
    print(json.dumps(seen))
    return 0


if __name__ == "__main__":
    sys.exit(main())
