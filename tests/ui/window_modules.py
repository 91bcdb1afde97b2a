"""The window in a process of its own, offscreen: unlock a case file, open every area, a case
at each of its tabs, a printout's preview, the CSV export dialog, both meetings and the Team
page's tabs; then print, as JSON, the modules it loaded that belong on the other side of the
boundary.

    window_modules.py CASEFILE PASSPHRASE [--control]

--control imports storage in the window first, to show the check sees such a module.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

#: What the window must never load: the case file's storage and drivers, the crypto libraries,
#: the PDF builders (the service process builds every document).
FORBIDDEN = (
    "btam_desktop.storage",
    "btam_desktop.reports",
    "sqlcipher3",
    "argon2",
    "cryptography",
    "reportlab",
    "pypdf",
)


def forbidden(modules: list[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in FORBIDDEN or m.startswith(FORBIDDEN))


def main() -> int:
    folder, passphrase = Path(sys.argv[1]), sys.argv[2]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if "--control" in sys.argv:
        import btam_desktop.storage.casefile  # noqa: F401  (the control's deliberate leak)

    from PySide6.QtWidgets import QDialog

    from btam_desktop.ui.app import build_window, make_application, settings_at
    from btam_desktop.ui.areas import MEETINGS
    from tests.ui.child_window import settle, unlock_and_tour, wait_for

    make_application(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        w = build_window(Path(tmp), settings_at(Path(tmp) / "settings.ini"))
        w.show()
        preview = unlock_and_tour(w, folder, passphrase, lambda _stop: settle(300))
        wait_for(lambda: preview.print_button.isEnabled())
        QDialog.reject(preview)
        w.export_actions[1].trigger()  # File ▸ Export ▸ Disclosure records as CSV…
        settle(200)
        for dialog in w.findChildren(QDialog):
            if dialog.isVisible():
                QDialog.reject(dialog)
        meetings = w.workspace.meetings
        w.workspace.go_to(MEETINGS)
        for row in range(meetings.list.count()):
            meetings.list.setCurrentRow(row)
            wait_for(lambda: meetings.view is not None)
            for tab in range(meetings.tabs.count()):
                meetings.tabs.setCurrentIndex(tab)
                settle(200)
        w.flow.lock()
        settle(300)
        w.close()
    print(json.dumps({"forbidden": forbidden(list(sys.modules)), "loaded": len(sys.modules)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
