"""A word-level diff drawn without rich text, readable without color.

The two texts are split into words and the spaces between them (`difflib.SequenceMatcher`
compares the runs). The document is built with `QTextCursor.insertText`, so nothing typed is
ever read as HTML. Words only in the first version are struck through and wrapped in ``[-…-]``;
words only in the second are underlined, bold and wrapped in ``{+…+}`` (the markers of
`git diff --word-diff`): the difference shows in black and white, on a projector, and to a
screen reader, which reads the markers.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument

_RUNS = re.compile(r"\s+|\S+")

#: (opening, closing) markers of a removed and of an added run.
REMOVED = ("[-", "-]")
ADDED = ("{+", "+}")


def runs(text: str) -> list[str]:
    """Words and the white space between them: joined again they are the text."""
    return _RUNS.findall(text)


Step = tuple[str, int, int, int, int]


def _opcodes(a: list[str], b: list[str]) -> list[Step]:
    """The matcher's steps, with a space between two changes made part of them: "was loud"
    changed to "frightened her" reads as one change, not two words swapped one by one."""
    steps: list[Step] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        gap = tag == "equal" and not "".join(a[i1:i2]).strip()
        if steps and steps[-1][0] != "equal" and (tag != "equal" or gap):
            _, p1, _, q1, _ = steps[-1]
            steps[-1] = ("replace", p1, i2, q1, j2)  # widen the change before
        else:
            steps.append((tag, i1, i2, j1, j2))
    return steps


def pieces(first: str, second: str) -> list[tuple[str, str]]:
    """(kind, text) in reading order: kind "same", "removed" (only in `first`) or "added"
    (only in `second`); a replaced run is its removal followed by its addition."""
    a, b = runs(first), runs(second)
    out: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in _opcodes(a, b):
        if tag == "equal":
            out.append(("same", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(("removed", "".join(a[i1:i2])))
        if j2 > j1:
            out.append(("added", "".join(b[j1:j2])))
    return out


def _format(kind: str) -> QTextCharFormat:
    chosen = QTextCharFormat()
    if kind == "removed":
        chosen.setFontStrikeOut(True)
    elif kind == "added":
        chosen.setFontUnderline(True)
        chosen.setFontWeight(QFont.Weight.Bold)
    return chosen


def _trimmed(kind: str, text: str) -> list[tuple[str, str]]:
    """A marked run without the spaces at its ends (they are shared, not changed)."""
    core = text.strip()
    if kind == "same" or not core:
        return [("same", text)]
    start = text.index(core)
    return [("same", text[:start]), (kind, core), ("same", text[start + len(core) :])]


def fill(document: QTextDocument, first: str, second: str) -> None:
    """Replace `document`'s content with the diff of `first` and `second`."""
    document.clear()
    cursor = QTextCursor(document)
    for piece in pieces(first, second):
        for kind, text in _trimmed(*piece):
            if text:
                opening, closing = {"removed": REMOVED, "added": ADDED}.get(kind, ("", ""))
                cursor.insertText(f"{opening}{text}{closing}", _format(kind))
