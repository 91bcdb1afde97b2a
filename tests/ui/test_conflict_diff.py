"""The word diff of the resolve dialog: what it marks, and that it marks it without colour and
without reading the text as HTML."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextDocument

from btam_desktop.ui.screens.conflicts import diff


def test_a_changed_phrase_is_one_change_and_shared_words_are_unmarked() -> None:
    assert diff.pieces("the bus was loud; calm", "the bus frightened her; calm") == [
        ("same", "the bus "),
        ("removed", "was loud;"),
        ("added", "frightened her;"),
        ("same", " calm"),
    ]
    assert diff.pieces("", "new words") == [("added", "new words")]
    assert diff.pieces("same text", "same text") == [("same", "same text")]


def test_the_diff_reads_in_black_and_white_and_shows_markup_as_typed(qapp: object) -> None:
    document = QTextDocument()
    diff.fill(document, "a <b>loud</b> ride", "a quiet ride <img src=x>")
    text = document.toPlainText()
    assert text == "a [-<b>loud</b>-]{+quiet+} ride {+<img src=x>+}"
    formats: dict[str, QTextCharFormat] = {}
    fragments = document.begin().begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        formats[fragment.text()] = fragment.charFormat()
        fragments += 1
    assert not formats["a "].fontStrikeOut() and not formats["a "].fontUnderline()
    assert formats["[-<b>loud</b>-]"].fontStrikeOut()
    assert formats["{+quiet+}"].fontUnderline() and formats["{+<img src=x>+}"].fontUnderline()
