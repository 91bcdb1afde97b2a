"""Under a pseudo-locale (every string about 40% longer, tests/ui/pseudo_locale.py) no screen
cuts a label or a button short: on a 1280x720 window every visible one-line label and every
button with text is at least as wide as its size hint, which is what its text needs.
Screenshots of the tour are saved to $BTAM_PSEUDO_SHOTS when it is set (to look at them)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from btam_desktop.ui import language
from btam_desktop.ui.app import build_window, make_application, settings_at
from btam_desktop.ui.areas import TEAM
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.plain import ElidedLabel
from tests.ui.child_window import unlock_and_tour
from tests.ui.conftest import DEMO_PASS
from tests.ui.dialog_factories import DIALOGS
from tests.ui.pseudo_locale import PseudoTranslator, install, stretch

SCREEN = (1280, 720)  # the smallest screen we support


@dataclass(frozen=True)
class Offender:
    where: str
    kind: str
    name: str
    text: str
    width: int
    needed: int

    def __str__(self) -> str:
        return (
            f"{self.where}: {self.kind} {self.name!r} {self.text!r} "
            f"is {self.width}px, needs {self.needed}px"
        )


def _text_of(w: QWidget) -> str:
    """The text as drawn: a button's "&" and a label's with a buddy mark a shortcut."""
    assert isinstance(w, (QAbstractButton, QLabel))
    if isinstance(w, QLabel) and w.buddy() is None:
        return w.text()
    return w.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def _checked(w: QWidget) -> bool:
    """A label or a button that shows text of its own (an ElidedLabel gives way by design:
    it ends in "…" and shows the whole text as its tooltip)."""
    if isinstance(w, QAbstractButton):
        return bool(w.text().strip())
    if isinstance(w, QLabel):
        return bool(w.text().strip()) and not isinstance(w, ElidedLabel)
    return False


def truncated(root: QWidget, where: str, seen: list[QWidget] | None = None) -> list[Offender]:
    """Visible labels and buttons under `root` that cut their text: a one-line label or a
    button narrower than its text needs (the text's width plus the style's margins, which is
    its size hint: text and margins for a label; text, icon, indicator and padding for a
    button), or a word-wrapped label lower than its text needs at its width. Every widget
    looked at is added to `seen`."""
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or not _checked(w):
            continue
        if seen is not None:
            seen.append(w)
        text = _text_of(w)
        name = w.objectName() or w.accessibleName()
        if isinstance(w, QLabel) and w.wordWrap():
            high = w.heightForWidth(w.width())
            if w.height() < high:
                found.append(
                    Offender(where, "QLabel (wrapped, height)", name, text, w.height(), high)
                )
            continue
        advance = max(w.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        needed = max(w.sizeHint().width(), advance)
        if w.width() < needed:
            found.append(Offender(where, type(w).__name__, name, text, w.width(), needed))
    return found


def _shoot(w: QWidget, name: str) -> None:
    folder = os.environ.get("BTAM_PSEUDO_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        w.grab().save(str(Path(folder) / f"{name.replace(' ', '-').replace(',', '')}.png"))


@pytest.fixture
def pseudo() -> Iterator[PseudoTranslator]:
    app = make_application()
    translator = install(app)
    yield translator
    app.removeTranslator(translator)
    translator.deleteLater()


@pytest.fixture
def pseudo_window(qtbot: QtBot, tmp_path: Path, pseudo: PseudoTranslator) -> Iterator[MainWindow]:
    settings = settings_at(tmp_path / "settings.ini")
    settings.setValue("language", "en")  # English underneath: the pseudo-locale stretches it
    w = build_window(tmp_path / "data", settings)
    qtbot.addWidget(w)
    w.resize(*SCREEN)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def test_the_pseudo_locale_stretches_and_keeps_what_must_work(
    pseudo: PseudoTranslator,
) -> None:
    source = "&Save %1 of %n cases…"
    stretched = stretch(source)
    assert len(stretched) >= 1.4 * len(source)
    for kept in ("&S", "%1", "%n", "…"):
        assert kept in stretched
    assert stretch("Two\n\nlines").count("\n") == 2
    assert QCoreApplication.translate("Any", "Close") == stretch("Close") != "Close"


def _tour(qtbot: QtBot, w: MainWindow, demo_file: Path) -> list[Offender]:
    """Every area, case tab, Team tab and dialog of the demo: what is cut short, and every
    stop where the window had to grow wider than the screen."""
    assert (w.width(), w.height()) == SCREEN
    found: list[Offender] = []
    stops: list[str] = []
    seen: list[QWidget] = []

    def settled(root: QWidget, where: str) -> list[Offender]:
        """What stays cut once replies from the service process and the layouts they
        change have landed (up to a second)."""
        with contextlib.suppress(qtbot.TimeoutError):
            qtbot.waitUntil(lambda: not truncated(root, where), timeout=1000)
        return truncated(root, where, seen)

    def look(where: str) -> None:
        stops.append(where)
        found.extend(settled(w, where))
        if w.width() > SCREEN[0]:  # a screen whose words need more room widens the window
            found.append(
                Offender(where, "MainWindow (wider than the screen)", "", "", w.width(), SCREEN[0])
            )
        _shoot(w, where)

    preview = unlock_and_tour(w, demo_file, DEMO_PASS, look)
    found.extend(settled(preview, "print preview"))
    QDialog.reject(preview)
    team = w.workspace.team
    w.workspace.go_to(TEAM)
    for tab in range(team.tabs.count()):
        team.tabs.setCurrentIndex(tab)
        look(f"team, tab {tab}")
    for make in DIALOGS:
        dialog = make(w)
        dialog.open()
        qtbot.waitExposed(dialog)
        name = type(dialog).__name__
        stops.append(name)
        found.extend(settled(dialog, name))
        _shoot(dialog, f"dialog-{name}")
        QDialog.reject(dialog)
        dialog.hide()
    assert len(stops) >= 40  # it reached the areas, the case tabs and the dialogs
    assert len({id(x) for x in seen}) > 500  # and looked at the labels and buttons there
    return found


def test_no_screen_cuts_a_label_or_button_short(
    qtbot: QtBot, pseudo_window: MainWindow, demo_file: Path
) -> None:
    found = _tour(qtbot, pseudo_window, demo_file)
    assert not found, "\n".join(str(o) for o in found)


@pytest.fixture
def spanish_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The window in Spanish (Settings ▸ Language), English again afterwards."""
    app = make_application()
    settings = settings_at(tmp_path / "settings.ini")
    settings.setValue(language.KEY, "es")
    w = build_window(tmp_path / "data", settings)
    qtbot.addWidget(w)
    w.resize(*SCREEN)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    language.apply(app, "en")


def test_the_spanish_window_cuts_nothing_and_fits_the_smallest_screen(
    qtbot: QtBot, spanish_window: MainWindow, demo_file: Path
) -> None:
    """The real Spanish, not the pseudo-locale: its words are longer in other places (a
    row of buttons, a table's header) and the window must still fit 1280 pixels."""
    assert language.shown_language() == "es"
    found = _tour(qtbot, spanish_window, demo_file)
    assert not found, "\n".join(str(o) for o in found)


def test_a_button_too_narrow_for_its_text_is_reported(
    qtbot: QtBot, pseudo: PseudoTranslator
) -> None:
    """Control: a button held to 60px with a long text is caught, a roomy one is not."""
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    narrow = QPushButton(QCoreApplication.translate("Control", "Print the case summary"))
    narrow.setObjectName("narrow")
    narrow.setFixedWidth(60)
    roomy = QPushButton(QCoreApplication.translate("Control", "OK"))
    layout.addWidget(narrow)
    layout.addWidget(roomy)
    box.resize(600, 200)
    box.show()
    qtbot.waitExposed(box)
    found = truncated(box, "control")
    assert [(o.kind, o.name, o.width) for o in found] == [("QPushButton", "narrow", 60)]
    assert found[0].needed > 60
    assert found[0].text == stretch("Print the case summary")
