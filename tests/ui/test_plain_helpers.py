"""The helpers of btam_desktop/ui/plain.py, and a check that screens use them: every label,
message box and tooltip of the screens is built there, so none guesses at HTML."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from btam_desktop.ui import plain
from tests.ui import hostile
from tests.ui.hostile import LONG_TAG, MARKUP, SIGN
from tests.ui.markup_check import interpreted, rich_labels, shown_texts, tooltip_shows

UI = Path(__file__).parents[2] / "btam_desktop" / "ui"


def test_plain_helpers_show_text_as_typed(qtbot: QtBot) -> None:
    text = "Tom & Jerry [*] " + MARKUP
    label = plain.PlainLabel(text)
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == text
    tip = plain.plain_tooltip(text + "\nsecond line")
    assert QtGui.Qt.mightBeRichText(tip)
    assert tooltip_shows(tip) == text + "\nsecond line"
    button = QPushButton(plain.plain_mnemonic(text))
    qtbot.addWidget(button)
    assert button.text().replace("&&", "&") == text
    box = plain.message_box(
        QMessageBox.Icon.Warning, text, text, QMessageBox.StandardButton.Ok, None
    )
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert box.windowHandle().title() == text
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert interpreted(shown_texts(box), SIGN) == [] and rich_labels(box) == []
    box.close()
    assert plain.isolate(text).strip("\u2068\u2069") == text


def test_a_long_line_gives_way_instead_of_widening_its_window(qtbot: QtBot) -> None:
    """The status bar's name: cut with "…" where there is no room (whole in its tooltip)."""
    holder = QWidget()
    qtbot.addWidget(holder)
    line = plain.ElidedLabel(hostile.hostile(LONG_TAG))
    QHBoxLayout(holder).addWidget(line)
    holder.resize(300, 40)
    holder.show()
    qtbot.waitExposed(holder)
    holder.grab()
    assert holder.width() == 300 and line.width() < 300
    assert line.text() == hostile.hostile(LONG_TAG)  # what screen readers and copies get


#: Ways to put text on screen that guess at HTML; screens go through btam_desktop/ui/plain.py.
_GUESSING = {
    r"\bQLabel\(": "PlainLabel",
    r"\bQMessageBox\(|QMessageBox\.(?:information|warning|critical|question)\(": "message_box",
    r"\.setHtml\(|\.insertHtml\(|\.setMarkdown\(|\.appendHtml\(": "setPlainText",
    r"TextFormat\.(?:RichText|AutoText|MarkdownText)": "PlainText",
    r"\.setToolTip\((?!\s*(?:self\.)?tr\(|\s*plain_tooltip\()": "set_plain_tooltip",
}
#: Our own user guide, rendered from our Markdown (no user text).
_ALLOWED = {("help.py", "setPlainText")}


def test_screens_show_text_through_the_plain_helpers() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "plain.py":
            continue
        source = path.read_text(encoding="utf-8")
        for pattern, instead in _GUESSING.items():
            for match in re.finditer(pattern, source):
                if (path.name, instead) not in _ALLOWED:
                    line = source.count("\n", 0, match.start()) + 1
                    found.append(f"{path.relative_to(UI)}:{line}: use {instead}")
    assert found == []
