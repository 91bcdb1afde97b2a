"""The one form renderer draws every pack: built-ins, and random valid packs."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from btam_desktop.packs.builtin import builtin_packs
from btam_desktop.packs.loader import parse
from btam_desktop.ui.forms.renderer import PackForm
from tests.packs.test_packs import packs_text


@pytest.mark.parametrize("pack_id", sorted(builtin_packs()))
def test_every_builtin_pack_renders_and_round_trips(qtbot: QtBot, pack_id: str) -> None:
    pack = builtin_packs()[pack_id]
    form = PackForm(pack)
    qtbot.addWidget(form)
    assert set(form.fields) == {q.id for q in pack.questions()}
    for question in pack.questions():  # every label has its field as buddy (screen readers)
        assert form.fields[question.id].widget.accessibleName() == question.text
    filled = PackForm(pack, form.answers())
    qtbot.addWidget(filled)
    assert filled.answers() == form.answers()


def test_show_if_hides_and_shows_live(qtbot: QtBot) -> None:
    form = PackForm(builtin_packs()["ntac"])
    qtbot.addWidget(form)
    assert not form.is_shown("intent_details") and "intent_details" not in form.answers()
    combo = form.fields["intent_communicated"].widget
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("yes"))
    assert form.is_shown("intent_details") and "intent_details" in form.answers()


def test_read_only_versions_cannot_be_changed(qtbot: QtBot) -> None:
    form = PackForm(builtin_packs()["cstag-style"], {"resolved_easily": "no"}, read_only=True)
    qtbot.addWidget(form)
    assert all(not f.widget.isEnabled() for f in form.fields.values())
    assert form.answers()["resolved_easily"] == "no"


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(packs_text())
def test_random_valid_packs_render(qtbot: QtBot, generated: tuple[str, int]) -> None:
    text, count = generated
    pack = parse(text, "generated.toml")
    form = PackForm(pack)
    qtbot.addWidget(form)
    assert len(form.fields) == count
    again = PackForm(pack, form.answers())
    qtbot.addWidget(again)
    assert again.answers() == form.answers()
