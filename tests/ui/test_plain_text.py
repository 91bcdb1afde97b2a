"""User text is plain text in every widget (issue 14, item 2).

A case file whose every free-text field holds markup (tests/ui/hostile.py) is opened in the
real window, and every screen and every dialog that shows user text is walked and painted. On
each, every visible widget's text must show the markup as typed, each screen must show the
fields it should, no label may be rich text, and the picture the markup points at must never
be opened. A rich-text label with the same markup proves the checks can fail. (The helpers
themselves, and the check that screens use them, are in test_plain_helpers.py.)
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from btam_desktop.services.contracts.sync import ConflictReview, ReviewVersion
from btam_desktop.services.demo import demo_picture
from btam_desktop.ui import plain
from btam_desktop.ui.areas import REVIEW
from btam_desktop.ui.main_window import MainWindow
from btam_desktop.ui.screens.cases.assessment_tab import AssessmentDialog
from btam_desktop.ui.screens.cases.evidence_preview import EvidencePreview
from btam_desktop.ui.screens.cases.manage_dialogs import InterventionDialog, ReviewDialog
from btam_desktop.ui.screens.cases.plan_dialog import PlanDialog
from btam_desktop.ui.screens.conflicts.dialog import ResolveDialog
from btam_desktop.ui.screens.dialogs import InterviewDialog, ScreeningDialog
from btam_desktop.ui.screens.import_dialog import ImportDialog
from btam_desktop.ui.screens.intake import IntakeDialog
from btam_desktop.ui.screens.meetings.dialogs import (
    ActionDialog,
    AddendumDialog,
    DecisionDialog,
    ScheduleDialog,
)
from btam_desktop.ui.screens.meetings.mode import AudienceWindow, MeetingMode
from btam_desktop.ui.screens.print_preview import PrintPreviewDialog
from btam_desktop.ui.screens.team.contacts import ContactDialog
from btam_desktop.ui.screens.team.dialogs import MemberDetailsDialog, TrainingDialog
from tests.ui import hostile
from tests.ui.conftest import unlock
from tests.ui.hostile import BAIT, LONG_TAG, RTL_TAG, SIGN, HostileFile
from tests.ui.markup_check import (
    FileOpens,
    interpreted,
    rich_labels,
    shown_texts,
    visible_widgets,
)

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the file-open watch uses Linux inotify"
)
CTRL = Qt.KeyboardModifier.ControlModifier
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
#: A dialog must fit a small laptop's screen (1366 px), long names or not.
MAX_DIALOG_WIDTH = 1280


@pytest.fixture
def opens(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FileOpens]:
    """The picture the markup names, in the working folder, and a watch on it."""
    folder = tmp_path / "cwd"
    folder.mkdir()
    (folder / BAIT).write_bytes(demo_picture())
    monkeypatch.chdir(folder)
    watch = FileOpens(folder / BAIT)
    yield watch
    watch.close()


def _top(kind: type[QWidget]) -> QWidget | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()),
        None,
    )


class Walk:
    """Looks at screens as a person would and keeps what went wrong, with the figures."""

    def __init__(self, qtbot: QtBot, window: MainWindow, opens: FileOpens) -> None:
        self.qtbot, self.window, self.opens = qtbot, window, opens
        self.problems: list[str] = []
        self.opened = 0  # opens of the picture counted so far
        self.screens = 0
        self.widgets = 0
        self.strings = 0
        self.literal = 0
        self.shots = os.environ.get("BTAM_PLAIN_SHOTS", "")

    def settle(self) -> None:
        """Every answer the screens asked the service process for has arrived."""
        self.qtbot.waitUntil(lambda: not self.window.ops._pending, timeout=15_000)

    def keys(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER, to: QWidget | None = None
    ) -> None:
        """A window shortcut, typed once that window has the keyboard (offscreen, closing a
        dialog does not hand activation back)."""
        target = to or self.window
        target.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is target)
        self.qtbot.keyClick(target, key, modifier)

    def dialog(self, kind: type[QWidget]) -> QWidget:
        self.qtbot.waitUntil(lambda: _top(kind) is not None)
        found = _top(kind)
        assert found is not None
        return found

    def look(
        self,
        screen: str,
        *roots: QWidget,
        expect: Iterable[str] = (),
        maybe: Iterable[str] = (),
    ) -> set[str]:
        """Paint `roots` (pictures load when text is laid out and painted), then check every
        text on them. The fields tagged `expect` must be shown as typed; returns which of
        `expect` and `maybe` were."""
        self.settle()
        QApplication.sendPostedEvents()  # lay out what just changed, as the event loop would
        for root in roots:
            # (Meeting mode is full screen by design: as wide as the screen, not a dialog.)
            if (
                root is not self.window
                and not root.isFullScreen()
                and (root.width() > MAX_DIALOG_WIDTH)
            ):
                self.problems.append(f"{screen}: {root.width()} px wide")
            picture = root.grab()
            if self.shots:
                name = re.sub(r"[^a-z0-9]+", "-", f"{screen} {type(root).__name__}".lower())
                picture.save(str(Path(self.shots) / f"{name.strip('-')}.png"))
        texts = [t for root in roots for t in shown_texts(root)]
        self.problems += [
            f"{screen}: {s.where} interpreted {s.source[:70]!r}" for s in interpreted(texts, SIGN)
        ]
        self.problems += [f"{screen}: rich label {r}" for root in roots for r in rich_labels(root)]
        if (opened := self.opens.count()) > self.opened:  # on the way here, or when painted
            self.problems.append(f"{screen}: {BAIT} opened {opened - self.opened} time(s)")
            self.opened = opened
        tags = {*expect, *maybe}
        seen = {tag for tag in tags if any(f"{tag} {SIGN}" in t.shown for t in texts)}
        if missing := set(expect) - seen:
            self.problems.append(f"{screen}: not shown as typed: {sorted(missing)}")
        self.screens += 1
        self.widgets += sum(len(visible_widgets(root)) for root in roots)
        self.strings += len(texts)
        self.literal += sum(SIGN in t.shown for t in texts)
        return seen

    def in_dialog(
        self,
        screen: str,
        kind: type[QWidget],
        open_it: Callable[[], object],
        expect: Iterable[str],
        ready: Callable[[QWidget], bool] = lambda _d: True,
    ) -> None:
        open_it()
        dialog = self.dialog(kind)
        self.qtbot.waitUntil(lambda: ready(dialog), timeout=15_000)
        self.look(screen, dialog, expect=expect)
        if isinstance(dialog, QDialog):
            QDialog.reject(dialog)
        else:
            dialog.close()
        self.qtbot.waitUntil(lambda: not dialog.isVisible())


def test_user_text_is_shown_as_typed_on_every_screen(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    opens: FileOpens,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "data").mkdir(exist_ok=True)
    hf = hostile.build(tmp_path / "data" / hostile.hostile_file_name("team", ".btam"))
    walk = Walk(qtbot, window, opens)
    unlock(qtbot, window, hf.folder, hostile.PASSPHRASE, to_cases=False)
    walk.look(
        "My tasks",
        window,
        expect={"school", "lead", "action", "checklist item", "intervention", "counselor"},
    )
    walk.keys(Qt.Key.Key_2, CTRL)
    walk.look(
        "Case list",
        window,
        expect={"student", "dismissed student", RTL_TAG, LONG_TAG, "lead"},
    )
    _walk_full_case(walk, hf, tmp_path)
    _walk_other_cases(walk, hf)
    _walk_to_review(walk, hf)
    _walk_import(walk, tmp_path, monkeypatch)
    _walk_meetings(walk)
    _walk_meeting_mode(walk)
    _walk_team(walk)
    _walk_settings(walk, tmp_path, monkeypatch)
    walk.keys(Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock)
    walk.look("Unlock", window, expect={"team", "lead", "counselor", RTL_TAG})

    print(
        f"\nmarkup walk: {walk.screens} screens and dialogs, {walk.widgets} visible widgets, "
        f"{walk.strings} texts checked, {walk.literal} showing the markup as typed, "
        f"{len(walk.problems)} problems, {opens.count()} opens of {BAIT}"
    )
    assert walk.problems == []
    assert opens.count() == 0 and opens.reads == 0
    assert walk.literal > 300

    # The control: the same markup in a label left to guess. Both checks must catch it.
    control = QLabel(hostile.hostile("control"))
    qtbot.addWidget(control)
    control.show()
    qtbot.waitExposed(control)
    control.grab()
    assert [s.source for s in interpreted(shown_texts(control), SIGN)] == [control.text()]
    assert rich_labels(control) != []
    assert opens.count() >= 1


def _open_case(walk: Walk, case_id: str) -> None:
    cases = walk.window.workspace.cases
    cases.open_case(case_id)
    walk.qtbot.waitUntil(
        lambda: cases.page.case_id == case_id and cases.currentWidget() is cases.page
    )
    walk.settle()


def _walk_full_case(walk: Walk, hf: HostileFile, tmp_path: Path) -> None:
    page = walk.window.workspace.cases.page
    _open_case(walk, hf.full_case)
    expected = {
        "Referral": {
            "student",
            "lead",
            "summary",
            "guardian",
            "target",
            "reporter",
            "relationship",
            "narrative",
            "verbatim",
            "emergency",
            "second report",
            "screening reason",
            "counselor",
            "evidence",
            "notes",
        },
        "Inquiry": {
            "pack checklist",
            "checklist help",
            "checklist item",
            "lead",
            "counselor",
            "findings 0",
            "sources 0",
            "interviewee",
            "others present",
            "interview notes",
            "evidence",
            "notes",
        },
        "Assessment": {
            "pack name",
            "level high",
            "rationale",
            "lead",
            "counselor",
            "dissent",
            "risk factor",
            "second risk",
            "protective factor",
            "requires",
            "section & title",
            "question & text",
            "answer story",
            "choice one",
            "multi one",
            "yes no question",
        },
        "Plan": {
            "goals",
            "domain",
            "intervention",
            "outside intervention",
            "lead",
            "provider",
            "second risk",
            "notified name",
            "method",
            "shared",
            "check-in",
            "review progress",
            "counselor",
        },
        "Harm to self": set(),  # not marked: the tab shows no user text
        "Timeline": {"lead"},
        "Printed && shared": set(),
    }
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        name = page.tabs.tabText(index)
        walk.look(f"Case page, {name} tab", walk.window, expect=expected[name])
    page.tabs.setCurrentIndex(0)

    walk.in_dialog(
        "New referral for the same student",
        IntakeDialog,
        page.reports.add_report.click,
        {"student", "lead", "counselor", RTL_TAG, LONG_TAG},
        ready=lambda d: isinstance(d, IntakeDialog) and d.matches.count() > 1,
    )
    evidence = page.reports.evidence
    for row, expect in ((0, {"evidence"}), (1, {"notes", "evidence text"})):
        evidence.setCurrentRow(row)
        walk.in_dialog(
            f"Evidence preview {row}",
            EvidencePreview,
            lambda: walk.qtbot.keyClick(evidence, Qt.Key.Key_Return),
            expect,
        )
    page.tabs.setCurrentWidget(page.inquiry)
    walk.in_dialog(
        "Interview notes", InterviewDialog, page.inquiry.interview_button.click, {"lead"}
    )
    page.tabs.setCurrentWidget(page.assessment)

    def choose_high(d: QWidget) -> bool:
        assert isinstance(d, AssessmentDialog)
        d.level.setCurrentIndex(d.level.findData("high"))
        return True

    walk.in_dialog(
        "New assessment (district pack)",
        AssessmentDialog,
        page.assessment.new_button.click,
        {
            "pack name",
            "provenance",
            "section & title",
            "question & text",
            "question help",
            "choice one",
            "choice two",
            "multi one",
            "answer story",
            "level high",
            "high description",
            "requires",
            "risk factor",
            "protective factor",
            "lead",
            "counselor",
        },
        ready=choose_high,
    )
    page.tabs.setCurrentWidget(page.plan)
    page.plan.new_version.click()
    editor = walk.dialog(PlanDialog)
    assert isinstance(editor, PlanDialog)
    walk.look(
        "New plan version",
        editor,
        expect={"goals", "domain", "intervention", "outside intervention", "lead", "provider"},
    )
    editor.table.selectRow(1)
    walk.in_dialog(
        "Edit an intervention",
        InterventionDialog,
        editor.edit.click,
        {
            "domain",
            "outside intervention",
            "provider",
            "discontinued reason",
            "outcome",
            "risk factor",
            "protective factor",
            "lead",
            "counselor",
            "contact person",
        },
    )
    editor.reject()
    walk.qtbot.waitUntil(lambda: not editor.isVisible())
    walk.in_dialog("Review", ReviewDialog, page.plan.review.click, {"lead", "counselor"})

    # Print preview: the copy is saved for a recipient typed in, who then shows in the log.
    page.print_menu.actions()[0].trigger()
    preview = walk.dialog(PrintPreviewDialog)
    assert isinstance(preview, PrintPreviewDialog)
    walk.qtbot.waitUntil(lambda: preview.save_button.isEnabled(), timeout=15_000)
    preview.outside.setChecked(True)
    preview.recipient.setText(hostile.hostile("recipient"))
    preview.basis.setCurrentIndex(preview.basis.findData("school_official"))
    walk.qtbot.waitUntil(  # the copy is rebuilt to name its recipient on its first page
        lambda: (
            preview.save_button.isEnabled()
            and preview.prepared is not None
            and preview.prepared.audience.recipient == hostile.hostile("recipient")
        ),
        timeout=15_000,
    )
    target = tmp_path / "summary.pdf"
    preview.choose_path = lambda suggested: target  # type: ignore[method-assign]
    with walk.qtbot.waitSignal(preview.disclosed, timeout=15_000):
        preview.save_button.click()
    walk.look("Print preview (case summary)", preview, expect={"recipient"})
    QDialog.reject(preview)
    page.tabs.setCurrentWidget(page.disclosures)
    walk.qtbot.waitUntil(lambda: page.disclosures.rowCount() == 1)
    walk.look("Case page, disclosure log", walk.window, expect={"recipient", "lead"})


def _walk_other_cases(walk: Walk, hf: HostileFile) -> None:
    page = walk.window.workspace.cases.page
    _open_case(walk, hf.long_case)
    page.tabs.setCurrentIndex(0)
    walk.look(
        "Case page, 200-character name and 5,000-character texts",
        walk.window,
        expect={LONG_TAG, "long narrative", "long verbatim", "long summary"},
    )
    if walk.window.width() > 1100:
        walk.problems.append(f"a long name widened the window to {walk.window.width()} px")
    walk.in_dialog(
        "Screening decision",
        ScreeningDialog,
        page.reports.screen_button.click,
        {"counselor", RTL_TAG, LONG_TAG},
    )
    _open_case(walk, hf.rtl_case)
    walk.look("Case page, right-to-left name", walk.window, expect={RTL_TAG, "rtl reporter"})
    _open_case(walk, hf.dismissed_case)
    walk.look(
        "Case page, dismissed at screening",
        walk.window,
        expect={"dismissed student", "dismissed narrative", "dismiss reason", "counselor"},
    )


def _walk_to_review(walk: Walk, hf: HostileFile) -> None:
    """Two versions of a summary whose texts and members carry markup, as a sync would leave
    them: the banner on the case, To review and the resolve dialog show them as typed. (The
    conflict is handed to the window's sync state directly: the walk needs no second laptop.)"""
    window = walk.window
    workspace = window.workspace

    def version(tag: str, at: str) -> ReviewVersion:
        return ReviewVersion(
            version_id=tag, member=hostile.hostile(tag), at=at, text=hostile.hostile(f"{tag} text")
        )

    review = ConflictReview(
        conflict_id="walk",
        table="cases",
        row_id=hf.long_case,
        field="summary",
        kind="value",
        case_id=hf.long_case,
        case_number="2026-0001",
        versions=(version("member one", "2027-03-15T22:05:00+00:00"), version("member two", "")),
        base=ReviewVersion(version_id="base", member="", at="", text=hostile.hostile("base text")),
    )
    workspace.sync._reviews_read([review])
    _open_case(walk, hf.long_case)
    walk.look("Case page with two versions to review", window, expect={"member one", "member two"})
    workspace.go_to(REVIEW)
    walk.look("To review", window, expect={"member one", "member two"})
    walk.in_dialog(
        "Two versions of the summary",
        ResolveDialog,
        workspace.cases.page.banner.review_button.click,
        {"member one", "member two", "member one text", "member two text", "base text"},
    )
    workspace.sync._reviews_read([])


def _walk_import(walk: Walk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The tip-line export of the issue, through File > Import referrals."""
    export = tmp_path / "tip-line.csv"
    export.write_bytes(hostile.csv_export())
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(export), ""))
    )
    walk.window.import_action.trigger()
    dialog = walk.dialog(ImportDialog)
    assert isinstance(dialog, ImportDialog)
    walk.qtbot.waitUntil(lambda: dialog.preview.rowCount() == 1)
    walk.look("Import referrals", dialog, expect={"Ava", "column"})
    dialog.import_button.click()
    walk.qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
    cases = walk.window.workspace.cases
    walk.qtbot.waitUntil(lambda: cases.list.model.total == 5)
    walk.settle()  # the open case is shown again with the new list; then back to the list
    cases.show_list()
    walk.look("Case list after the import", walk.window, expect={"Ava", "student"})
    walk.qtbot.keyClicks(cases.list.search, "Ava")
    walk.qtbot.keyClick(cases.list.search, Qt.Key.Key_Return)
    walk.qtbot.waitUntil(lambda: "Ava" in cases.page.title.text())
    walk.look("Case page, imported tip", walk.window, expect={"Ava", "tip narrative"})


def _walk_meetings(walk: Walk) -> None:
    window, qtbot = walk.window, walk.qtbot
    meetings = window.workspace.meetings
    walk.keys(Qt.Key.Key_3, CTRL)
    qtbot.waitUntil(lambda: meetings.list.count() == 2 and meetings.view is not None)
    assert meetings.view is not None and not meetings.view.meeting.approved
    walk.look(
        "Meetings, agenda (masked)",
        window,
        expect={"place", "lead", "counselor", "agenda item"},
    )
    meetings.show_names.setChecked(True)
    walk.look("Meetings, agenda with names", window, expect={"student", "agenda item"})
    meetings.show_names.setChecked(False)
    meetings.tabs.setCurrentIndex(1)
    walk.look("Meetings, attendance", window, expect={"guests", "lead", RTL_TAG, LONG_TAG})
    meetings.tabs.setCurrentIndex(2)
    minutes = meetings.minutes
    view = meetings.view
    decided = {d.agenda_item_id for d in view.minutes.decisions}
    case_item = next(i for i in view.minutes.agenda if i.case_id and i.id in decided)
    added = next(i for i in view.minutes.agenda if i.title == hostile.hostile("agenda item"))
    minutes.item_choice.setCurrentIndex(minutes.item_choice.findData(case_item.id))
    walk.look(
        "Meetings, minutes of a case item",
        window,
        expect={"decision", "decision rationale", "decision dissent"},
    )
    minutes.item_choice.setCurrentIndex(minutes.item_choice.findData(added.id))
    walk.look("Meetings, minutes of the added item", window, expect={"agenda item", "action"})
    walk.in_dialog(
        "Meeting details", ScheduleDialog, meetings.details_button.click, {"place", "lead"}
    )
    walk.in_dialog("Decision", DecisionDialog, minutes.decision_button.click, {"agenda item"})
    walk.in_dialog(
        "Action item", ActionDialog, minutes.action_button.click, {"agenda item", "counselor"}
    )
    past = next(i for i in range(meetings.list.count()) if i != meetings.list.currentRow())
    meetings.list.setCurrentRow(past)
    qtbot.waitUntil(lambda: meetings.view is not None and meetings.view.meeting.approved)
    walk.look("Meetings, approved minutes", window, expect={"old place", "addendum"})
    walk.in_dialog("Addendum", AddendumDialog, meetings.addendum_button.click, set())
    meetings.list.setCurrentRow(1 - past)
    qtbot.waitUntil(lambda: meetings.view is not None and not meetings.view.meeting.approved)
    meetings.tabs.setCurrentIndex(0)


def _walk_meeting_mode(walk: Walk) -> None:
    qtbot = walk.qtbot
    walk.keys(Qt.Key.Key_F11)
    mode = walk.dialog(MeetingMode)
    assert isinstance(mode, MeetingMode) and mode.view is not None
    while mode.index > 0:
        walk.keys(Qt.Key.Key_Left, to=mode)
    wanted = {"agenda item", "decision", "action", "summary", "student", "counselor"}
    seen: set[str] = set()
    for index in range(len(mode.view.minutes.agenda)):

        def showing(i: int = index) -> bool:
            return mode.index == i

        qtbot.waitUntil(showing)
        seen |= walk.look(f"Meeting mode, item {index + 1}", mode, maybe=wanted)
        if mode.reveal_button.isEnabled():
            walk.keys(Qt.Key.Key_R, to=mode)
            seen |= walk.look(f"Meeting mode, item {index + 1} revealed", mode, maybe=wanted)
        walk.keys(Qt.Key.Key_Right, to=mode)
    walk.keys(Qt.Key.Key_P, to=mode)
    audience = walk.dialog(AudienceWindow)
    walk.look("Meeting mode, audience window", audience, expect={"agenda item"})
    walk.keys(Qt.Key.Key_Escape, to=mode)
    qtbot.waitUntil(lambda: not mode.isVisible())
    if missing := wanted - seen:
        walk.problems.append(f"Meeting mode: not shown as typed: {sorted(missing)}")


def _walk_team(walk: Walk) -> None:
    window, qtbot = walk.window, walk.qtbot
    team = window.workspace.team
    walk.keys(Qt.Key.Key_4, CTRL)
    qtbot.waitUntil(lambda: team.table.rowCount() == 4)
    names = [str(team.table.model().index(r, 0).data()) for r in range(team.table.rowCount())]
    row = next(r for r, name in enumerate(names) if name.startswith("counselor"))
    team.table.selectRow(row)
    walk.look(
        "Team",
        window,
        expect={"lead", "counselor", RTL_TAG, LONG_TAG, "contact", "course", "training provider"},
    )
    walk.in_dialog(
        "Member details", MemberDetailsDialog, team.details_button.click, {"counselor", "contact"}
    )
    walk.in_dialog(
        "Record training", TrainingDialog, team.training_button.click, {"counselor", "lead"}
    )
    walk.in_dialog("Remove a member", QMessageBox, team.remove_button.click, {"counselor"})
    team.tabs.setCurrentWidget(team.contacts)
    qtbot.waitUntil(lambda: team.contacts.table.rowCount() == 1)
    team.contacts.table.selectRow(0)
    listed = {"contact person", "contact role", "organization", "phone"}
    walk.look("Team, other staff and providers", window, expect=listed)
    walk.in_dialog(
        "Someone outside the team",
        ContactDialog,
        team.contacts.edit_button.click,
        {*listed, "contact notes"},
    )
    walk.in_dialog(
        "Take someone off the list",
        QMessageBox,
        team.contacts.remove_button.click,
        {"contact person"},
    )


def _walk_settings(walk: Walk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings, and an imported pack refused with a message that quotes its file name."""
    window, qtbot = walk.window, walk.qtbot
    walk.keys(Qt.Key.Key_Comma, CTRL)
    settings = window.workspace.settings_screen
    qtbot.waitUntil(lambda: settings.pack.count() > 1)
    walk.look("Settings", window, expect={"pack name", "provenance"})
    pack = tmp_path / hostile.hostile_file_name("pack file", ".toml")
    pack.write_text(hostile.hostile_pack("ntac"), encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(pack), ""))
    )
    walk.in_dialog(
        "A refused district pack", QMessageBox, settings.import_pack.click, {"pack file"}
    )


def test_the_checks_catch_a_label_that_interprets_markup(qtbot: QtBot, opens: FileOpens) -> None:
    """The control on its own: a label left to guess draws the markup and opens the picture;
    the same text in a PlainLabel does neither."""
    safe = plain.PlainLabel(hostile.hostile("safe"))
    qtbot.addWidget(safe)
    safe.show()
    qtbot.waitExposed(safe)
    safe.grab()
    assert interpreted(shown_texts(safe), SIGN) == [] and rich_labels(safe) == []
    assert opens.count() == 0

    guessing = QLabel(hostile.hostile("guessing"))
    qtbot.addWidget(guessing)
    guessing.show()
    qtbot.waitExposed(guessing)
    guessing.grab()
    assert len(interpreted(shown_texts(guessing), SIGN)) == 1
    assert len(rich_labels(guessing)) == 1
    assert opens.count() >= 1
