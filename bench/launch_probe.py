"""Child process for `launch_to_unlock_prompt_s`: start the app, open a case file, and say
"shown" the moment the unlock prompt is on screen. The parent times it from spawn."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from btam_desktop.services.host_process import spawn

    service = spawn()  # as app/bootstrap.run_gui does, before Qt loads
    from PySide6.QtCore import QTimer

    from btam_desktop.ui.app import build_window, make_application, settings_at

    app = make_application(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        window = build_window(Path(tmp), settings_at(Path(tmp) / "settings.ini"), service)
        window.show()
        window.flow.open_path(Path(sys.argv[1]))

        def check() -> None:
            if window.stack.currentWidget() is window.unlock and window.unlock.isVisible():
                print("shown", flush=True)
                window.close()
                app.quit()
            else:
                QTimer.singleShot(1, check)

        check()
        app.exec()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
