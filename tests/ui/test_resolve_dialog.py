"""The resolve dialog on its own: the word diff (what it marks, without colour and without
reading the text as HTML), a base that is not known, and what Keep says."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QTextCharFormat, QTextDocument
from pytestqt.qtbot import QtBot

from btam_desktop.services.contracts.sync import ConflictReview, ReviewVersion
from btam_desktop.ui.screens.conflicts import diff
from btam_desktop.ui.screens.conflicts.dialog import ResolveDialog
from tests.ui.markup_check import shown_texts


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


def _review(base: ReviewVersion | None) -> ConflictReview:
    versions = (
        ReviewVersion(
            version_id="b.1.0", member="Marcus", at="2027-03-15T22:20:00+00:00", text="B"
        ),
        ReviewVersion(version_id="a.1.0", member="Lucía", at="2027-03-15T22:05:00+00:00", text="A"),
    )
    return ConflictReview(
        conflict_id="x",
        table="cases",
        row_id="r",
        field="summary",
        kind="value",
        case_id="c",
        case_number="2026-0002",
        versions=versions,
        base=base,
    )


def test_the_dialog_says_when_what_both_started_from_is_not_known(qtbot: QtBot) -> None:
    dialog = ResolveDialog(_review(None))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.base_box is None
    texts = [s.shown for s in shown_texts(dialog)]
    assert any(t.startswith("Not known: the versions' history does not say") for t in texts)
    # Oldest first: Lucía wrote first, so she is version 1 and the diff reads from hers.
    assert [b.toPlainText() for b in dialog.version_boxes] == ["A", "B"]
    assert dialog.keep_buttons[0].text() == "Keep \u2068Lucía\u2069's (&1)"


def test_keep_chooses_that_version_and_later_chooses_nothing(qtbot: QtBot) -> None:
    base = ReviewVersion(version_id="base", member="", at="", text="start")
    dialog = ResolveDialog(_review(base))
    qtbot.addWidget(dialog)
    assert dialog.base_box is not None and dialog.base_box.toPlainText() == "start"
    with qtbot.waitSignal(dialog.chosen) as chosen:
        dialog.keep_buttons[1].click()
    assert chosen.args == ["B"] and not dialog.isEnabled()  # one answer at a time
    dialog.show_error("BTAM Desktop is still saving a change.")
    assert dialog.isEnabled() and dialog.problem.text() == "BTAM Desktop is still saving a change."


def _of_kind(kind: str, table: str, field: str, texts: tuple[str, str]) -> ConflictReview:
    made = _review(None)
    versions = tuple(
        replace(v, text=t, record_id=f"record-{v.member}")
        for v, t in zip(made.versions, texts, strict=True)
    )
    return replace(made, kind=kind, table=table, field=field, versions=versions)


def test_a_forked_plan_keeps_the_version_chosen_and_offers_no_combine(qtbot: QtBot) -> None:
    review = _of_kind("fork", "plans", "@head", ("Goals: calm bus.", "Goals: weekly talks."))
    dialog = ResolveDialog(review)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.base_box is None and dialog.diff is not None  # the plans' words compared
    assert not dialog.combine_button.isVisible()
    texts = [s.shown for s in shown_texts(dialog)]
    assert any("save a new version on the case's Plan tab" in t for t in texts)
    with qtbot.waitSignal(dialog.chosen) as chosen:
        dialog.keep_buttons[0].click()  # Lucía's, the older
    assert chosen.args == ["record-Lucía"]


def test_a_number_on_two_cases_renumbers_the_case_chosen(qtbot: QtBot) -> None:
    review = _of_kind(
        "number_collision", "cases", "number", ("Kenzie Test\n2027-03-15", "Owen Test\n2027-03-15")
    )
    dialog = ResolveDialog(review)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.diff is None and not dialog.combine_button.isVisible()
    assert dialog.keep_buttons[1].text() == "New number for \u2068Marcus\u2069's case (&2)"
    texts = [s.shown for s in shown_texts(dialog)]
    assert any(t.startswith("One case keeps 2026-0002;") for t in texts)
    with qtbot.waitSignal(dialog.chosen) as chosen:
        dialog.keep_buttons[1].click()
    assert chosen.args == ["record-Marcus"]


def test_an_edit_against_a_delete_keeps_it_deleted_or_restores_it(qtbot: QtBot) -> None:
    review = _of_kind("edit_delete", "cases", "deleted_at", ("A late note.", "2027-03-14"))
    dialog = ResolveDialog(review)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [b.text() for b in dialog.keep_buttons] == ["&Keep it deleted", "&Restore it"]
    with qtbot.waitSignal(dialog.chosen) as chosen:
        dialog.keep_buttons[1].click()
    assert chosen.args == ["restore"]


def test_a_version_says_which_laptop_it_was_written_on_when_it_has_a_name(qtbot: QtBot) -> None:
    made = _review(None)
    named = replace(made.versions[1], laptop="at <b>home</b>")  # Lucía's
    dialog = ResolveDialog(replace(made, versions=(made.versions[0], named)))
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [s.shown for s in shown_texts(dialog)]
    assert "\u2068Lucía\u2069's version\nwritten Mar 15, 2027 " in "\n".join(texts)
    assert any(t.endswith(" (\u2068at <b>home</b>\u2069)") for t in texts)  # as typed
    assert "at &lt;b&gt;home" in dialog.keep_buttons[0].toolTip()  # shown, not read as markup
