"""Where the line between the two processes is: the window loads nothing of storage, its
drivers or the PDF builders, and refuses a reply naming a class from outside the contracts."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from btam_desktop.domain.case import CaseStatus
from btam_desktop.domain.errors import BtamError
from btam_desktop.services.contracts import Reply
from btam_desktop.services.contracts.cases import CaseEdit
from btam_desktop.storage.errors import translate_os_error
from btam_desktop.ui.app import build_window, make_application, settings_at
from btam_desktop.ui.replies import RefusedReplyError, load_reply
from tests.reliability.calls import TEST_FOREIGN
from tests.reliability.session_host import Foreign
from tests.ui.conftest import DEMO_PASS, host_is_unlocked, unlock

HERE = Path(__file__).parent
SESSION_HOST = HERE.parent / "reliability" / "session_host.py"


def walk_window(demo_file: Path, *extra: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, str(HERE / "window_modules.py"), str(demo_file), DEMO_PASS, *extra],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    found: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def test_the_window_loads_no_storage_driver_or_pdf_builder(demo_file: Path) -> None:
    """Unlocked, every area and a case's every tab opened, a printout previewed, both
    meetings shown: none of storage, SQLCipher, argon2 or ReportLab in the window."""
    walked = walk_window(demo_file)
    assert walked["forbidden"] == []
    assert isinstance(walked["loaded"], int) and walked["loaded"] > 200  # it did load the app


def test_the_module_check_sees_storage_when_the_window_has_it(demo_file: Path) -> None:
    """Control: the same walk with storage imported first is caught."""
    walked = walk_window(demo_file, "--control")
    forbidden = walked["forbidden"]
    assert isinstance(forbidden, list)
    assert "btam_desktop.storage.casefile" in forbidden and "sqlcipher3" in forbidden


def test_replies_rebuild_contract_and_domain_types() -> None:
    reply = Reply(
        result=[CaseEdit(summary="Seen at lunch."), CaseStatus.INQUIRY, Path("/tmp/x.pdf")],
        error=translate_os_error(OSError(28, "No space"), Path("/tmp/x.btam")),
    )
    rebuilt = load_reply(pickle.dumps(reply))
    assert isinstance(rebuilt, Reply)
    assert rebuilt.result == reply.result
    assert isinstance(rebuilt.error, BtamError) and str(rebuilt.error) == str(reply.error)


def test_a_reply_naming_another_class_is_refused() -> None:
    with pytest.raises(RefusedReplyError, match=r"tests\.reliability\.session_host\.Foreign"):
        load_reply(pickle.dumps(Reply(result=Foreign())))
    with pytest.raises(RefusedReplyError, match=r"os\.system"):
        load_reply(b"cos\nsystem\n(S'true'\ntR.")  # the classic: a reply that runs a command


def test_the_window_answers_a_refused_reply_as_that_calls_error_and_goes_on(
    qtbot: QtBot, tmp_path: Path, demo_file: Path
) -> None:
    make_application()
    service = subprocess.Popen(
        [sys.executable, str(SESSION_HOST)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    window = build_window(tmp_path / "data", settings_at(tmp_path / "settings.ini"), service)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window, demo_file)
    answers: list[object] = []
    window.ops.queue(TEST_FOREIGN(), on_done=answers.append, on_error=answers.append)
    qtbot.waitUntil(lambda: bool(answers))
    (error,) = answers
    assert isinstance(error, RefusedReplyError)
    assert "does not accept" in str(error) and "Foreign" in str(error)
    assert host_is_unlocked(qtbot, window) is True  # the session goes on
    window.close()
