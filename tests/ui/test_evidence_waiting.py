"""An attachment whose bytes have not arrived through the sync folder says so (issue 17)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from btam_desktop.ui.plain import PlainLabel
from btam_desktop.ui.screens.cases.evidence_preview import EvidencePreview


def _texts(dialog: EvidencePreview) -> list[str]:
    return [label.text() for label in dialog.findChildren(PlainLabel)]


def test_a_preview_of_an_attachment_not_arrived_yet_says_so(qtbot: QtBot) -> None:
    waiting = EvidencePreview("note <b>1</b>.png", "image/png", 12_345, "ab" * 32, b"")
    qtbot.addWidget(waiting)
    texts = _texts(waiting)
    assert any("has not arrived on this laptop yet" in t for t in texts)
    # The facts give the size the attachment has, not the 0 bytes this laptop holds.
    assert any("12,345 bytes" in t and "note <b>1</b>.png" in t for t in texts)
    arrived = EvidencePreview("note.txt", "text/plain", 5, "cd" * 32, b"hello")
    qtbot.addWidget(arrived)
    assert not any("has not arrived" in t for t in _texts(arrived))
