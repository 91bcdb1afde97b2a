"""Meeting mode: the agenda one item at a time, full screen, large type and a light palette for
a projector, students masked to case number and initials unless revealed for the current item;
a per-item timer; and an optional audience window that shows only the agenda.

The type grows with the screen: a 1920x1080 projector gets larger letters than a 13-inch laptop,
so the back row reads the same share of the wall. An item's text that outgrows the screen (a
long reason, many recorded decisions) scrolls, with Up and Down, instead of pushing the buttons
off the bottom."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.meeting import AgendaItem, AgendaKind
from btam_desktop.services.contracts.meetings import MeetingView
from btam_desktop.ui import theme
from btam_desktop.ui.language import pack_word
from btam_desktop.ui.plain import PlainLabel
from btam_desktop.ui.screens.meetings.lines import (
    KIND_LABELS,
    action_line,
    item_title,
    reason_line,
)

#: Type scale for the projector (1.25-1.5 per the conventions): readable from the back row.
SCALE = 1.4

#: The window height SCALE is meant for (a 1280x720 projector); taller screens scale up to
#: MAX_GROWTH times that, so a 1920x1080 wall shows letters half as large again.
BASE_HEIGHT = 720
MAX_GROWTH = 1.5


def growth_for(height: int) -> float:
    """How much larger than SCALE the type is in a window `height` pixels tall."""
    return max(1.0, min(MAX_GROWTH, height / BASE_HEIGHT))


def _projector_style(widget: QWidget, scale: float = SCALE) -> None:
    widget.setPalette(theme.palette_for(dark=False))
    widget.setAutoFillBackground(True)
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)


def _big(label: QLabel, factor: float, base: QFont) -> None:
    """Bold at `factor` times the window's (already projector-sized) font."""
    font = QFont(base)
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(True)
    label.setFont(font)


#: One line of the agenda list: its text, and the index of its agenda item (None: a section's
#: heading, which cannot be chosen).
AgendaRow = tuple[str, int | None]


def fill_agenda(widget: QListWidget, rows: list[AgendaRow]) -> None:
    """Show the agenda under its section headings (bold, not selectable): the room sees which
    section the meeting is in. Each item's row keeps its agenda index for `select_item`."""
    widget.clear()
    for text, index in rows:
        row = QListWidgetItem(text)
        if index is None:
            row.setFlags(Qt.ItemFlag.ItemIsEnabled)  # read as text, never chosen
            font = row.font()
            font.setBold(True)
            row.setFont(font)
        else:
            row.setData(Qt.ItemDataRole.UserRole, index)
        widget.addItem(row)


def select_item(widget: QListWidget, index: int) -> None:
    """Mark the row of agenda item `index` as the current one."""
    for r in range(widget.count()):
        row = widget.item(r)
        if row is not None and row.data(Qt.ItemDataRole.UserRole) == index:
            widget.setCurrentItem(row)
            return


def _minutes_seconds(ms: int) -> str:
    seconds = ms // 1000
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class AudienceWindow(QWidget):
    """What the room sees on a second screen: the agenda, masked, the current item marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("BTAM meeting agenda"))
        _projector_style(self, SCALE * 1.1)
        self.heading = PlainLabel(self.tr("Agenda"))
        _big(self.heading, 1.3, self.font())
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Agenda"))
        self.items.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.items, 1)

    def show_agenda(self, rows: list[AgendaRow]) -> None:
        fill_agenda(self.items, rows)

    def select(self, index: int) -> None:
        select_item(self.items, index)

    def place(self) -> None:
        """On a second screen when there is one, full screen; else beside the main window."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.setGeometry(screens[1].geometry())
            self.showFullScreen()
        else:
            self.resize(900, 700)
            self.show()


class MeetingMode(QWidget):
    """Keys: Page Down / Right next, Page Up / Left previous, Up / Down scroll a long item,
    R reveal, D decision, A action item, P audience window, Esc or F11 leaves."""

    left = Signal()
    decision_requested = Signal(object)  # AgendaItem
    action_requested = Signal(object)  # AgendaItem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("BTAM meeting"))
        self._base_font = QFont(self.font())
        self._growth = 1.0
        _projector_style(self)
        self.view: MeetingView | None = None
        self.index = 0
        self.revealed = False
        self.audience: AudienceWindow | None = None

        self.agenda = QListWidget()
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._fit_agenda()
        self.position = PlainLabel()
        self.position.setAccessibleName(self.tr("Agenda item"))
        self.title = PlainLabel()
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.tr("Item"))
        _big(self.title, 1.6, self.font())
        self.reason = PlainLabel()
        self.reason.setWordWrap(True)
        self.reason.setAccessibleName(self.tr("Why it is on the agenda"))
        self.details = PlainLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Case details"))
        self.recorded_heading = PlainLabel(self.tr("Recorded for this item"))
        _big(self.recorded_heading, 1.0, self.font())
        self.minutes = PlainLabel()
        self.minutes.setWordWrap(True)
        self.minutes.setAccessibleName(self.tr("Recorded for this item"))
        self.minutes.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.timer_label = PlainLabel()
        self.timer_label.setAccessibleName(self.tr("Time on this item"))
        self.mask_note = PlainLabel()
        self.mask_note.setWordWrap(True)  # longer in Spanish than a projector is wide

        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.reveal_button = QPushButton(self.tr("&Reveal"))
        self.decision_button = QPushButton(self.tr("&Decision…"))
        self.action_button = QPushButton(self.tr("&Action…"))
        self.audience_button = QPushButton(self.tr("Audie&nce"))
        self.audience_button.setToolTip(self.tr("Open the agenda for the room (P)"))
        self.exit_button = QPushButton(self.tr("Leave (Esc)"))
        for b in (
            self.previous_button,
            self.next_button,
            self.reveal_button,
            self.decision_button,
            self.action_button,
            self.audience_button,
            self.exit_button,
        ):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        text = QWidget()
        panel = QVBoxLayout(text)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(self.position)
        panel.addWidget(self.title)
        panel.addWidget(self.reason)
        panel.addWidget(self.details)
        panel.addWidget(self.mask_note)
        panel.addSpacing(self.fontMetrics().lineSpacing())
        panel.addWidget(self.recorded_heading)
        panel.addWidget(self.minutes, 1)
        self.scroller = QScrollArea()
        self.scroller.setWidget(text)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setAccessibleName(self.tr("The current item"))
        item_side = QVBoxLayout()
        item_side.addWidget(self.scroller, 1)
        item_side.addWidget(self.timer_label)
        body = QHBoxLayout()
        body.addWidget(self.agenda)
        body.addLayout(item_side, 1)
        buttons = QHBoxLayout()
        for b in (self.previous_button, self.next_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (
            self.reveal_button,
            self.decision_button,
            self.action_button,
            self.audience_button,
            self.exit_button,
        ):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        self.clock = QElapsedTimer()
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)

        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.reveal_button.clicked.connect(self.toggle_reveal)
        self.decision_button.clicked.connect(self._decision)
        self.action_button.clicked.connect(self._action)
        self.audience_button.clicked.connect(self.open_audience)
        self.exit_button.clicked.connect(self.close)
        for keys, slot in (
            ((Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space), lambda: self.go(1)),
            ((Qt.Key.Key_PageUp, Qt.Key.Key_Left), lambda: self.go(-1)),
            ((Qt.Key.Key_R,), self.toggle_reveal),
            ((Qt.Key.Key_D,), self._decision),
            ((Qt.Key.Key_A,), self._action),
            ((Qt.Key.Key_P,), self.open_audience),
            ((Qt.Key.Key_Escape, Qt.Key.Key_F11), self.close),
            ((Qt.Key.Key_Down,), lambda: self.scroll_text(1)),
            ((Qt.Key.Key_Up,), lambda: self.scroll_text(-1)),
        ):
            for key in keys:
                QShortcut(QKeySequence(key), self, slot)

    # -- type and scrolling ----------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        growth = growth_for(event.size().height())
        if abs(growth - self._growth) > 0.01:
            self._growth = growth
            self._apply_type()
        else:
            self._fit_agenda()

    def _apply_type(self) -> None:
        """Set every size from the window's: the body, the headings, the agenda's width."""
        font = QFont(self._base_font)
        font.setPointSizeF(font.pointSizeF() * SCALE * self._growth)
        self.setFont(font)
        _big(self.title, 1.6, font)
        _big(self.recorded_heading, 1.0, font)
        self._fit_agenda()

    def scroll_text(self, lines: int) -> None:
        """Up or Down: the item's text a few lines at a time (the keys stay the room's)."""
        bar = self.scroller.verticalScrollBar()
        bar.setValue(bar.value() + lines * 3 * self.fontMetrics().lineSpacing())

    # -- showing ---------------------------------------------------------------------------
    def start(self, view: MeetingView, index: int = 0) -> None:
        self.show_view(view)
        self.index = max(0, min(index, len(view.minutes.agenda) - 1))
        self._show_item(restart_clock=True)
        self.showFullScreen()
        self.activateWindow()

    def show_view(self, view: MeetingView) -> None:
        """The meeting changed (a decision or action was recorded): show it, stay on the item."""
        self.view = view
        rows = self._agenda_rows()
        fill_agenda(self.agenda, rows)
        self._fit_agenda()
        if self.audience is not None:
            self.audience.show_agenda(rows)
        self._show_item(restart_clock=False)

    def _fit_agenda(self) -> None:
        """34 characters wide (an item's title and initials) in the window's type, wider when a
        section's heading needs it (longer in Spanish: "Revisiones pendientes"), never more
        than a third of the window."""
        bold = QFont(self.agenda.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        widest = max(
            (
                metrics.horizontalAdvance(self.agenda.item(r).text())
                for r in range(self.agenda.count())
                if self.agenda.item(r).data(Qt.ItemDataRole.UserRole) is None
            ),
            default=0,
        )
        room = 2 * self.agenda.frameWidth() + self.agenda.verticalScrollBar().sizeHint().width()
        chars = QFontMetrics(self.font()).averageCharWidth() * 34
        needed = widest + room + QFontMetrics(self.font()).height()
        self.agenda.setFixedWidth(min(max(chars, needed), max(1, self.width() // 3)))

    def _agenda_rows(self) -> list[AgendaRow]:
        """Each item masked and numbered, under the heading of its section."""
        view = self.view
        if view is None:
            return []
        rows: list[AgendaRow] = []
        section: AgendaKind | None = None
        for i, item in enumerate(view.minutes.agenda):
            if item.kind is not section and item.kind is not AgendaKind.OTHER:
                section = item.kind
                rows.append((self.tr(KIND_LABELS[item.kind]), None))
            rows.append((f"{i + 1}. {item_title(item, view, masked=True)}", i))
        return rows

    def go(self, step: int) -> None:
        view = self.view
        if view is None:
            return
        target = self.index + step
        if 0 <= target < len(view.minutes.agenda):
            self.index = target
            self.revealed = False  # a reveal is for one item only
            self._show_item(restart_clock=True)

    def toggle_reveal(self) -> None:
        self.revealed = not self.revealed
        self._show_item(restart_clock=False)

    def current_item(self) -> AgendaItem | None:
        view = self.view
        if view is None or not view.minutes.agenda:
            return None
        return view.minutes.agenda[min(self.index, len(view.minutes.agenda) - 1)]

    def _show_item(self, *, restart_clock: bool) -> None:
        view, item = self.view, self.current_item()
        if view is None or item is None:
            return
        total = len(view.minutes.agenda)
        select_item(self.agenda, self.index)
        self.position.setText(
            self.tr("Item %1 of %2 · %3")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(total))
            .replace("%3", self.tr(KIND_LABELS[item.kind]))
        )
        self.title.setText(item_title(item, view, masked=not self.revealed))
        self.reason.setText(reason_line(item, view))
        line = view.cases.get(item.case_id or "")
        if line is None:
            self.details.clear()
            self.mask_note.clear()
            self.reveal_button.setEnabled(False)
        else:
            self.reveal_button.setEnabled(True)
            stage = QCoreApplication.translate("CaseStatus", line.status)
            facts = self.tr("Stage: %1").replace("%1", stage)
            if line.level:
                facts += " · " + pack_word(view.labels, line.level)
            if self.revealed and line.summary:
                facts += "\n" + line.summary
            self.details.setText(facts)
            self.mask_note.setText(
                self.tr("Names and the summary are shown for this item. R hides them.")
                if self.revealed
                else self.tr("Student shown by initials. R reveals the name for this item only.")
            )
        self.reveal_button.setText(self.tr("Hide (&R)") if self.revealed else self.tr("&Reveal"))
        self.mask_note.setVisible(line is not None)
        self.minutes.setText(self._recorded(item.id))
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < total - 1)
        if restart_clock:
            self.scroller.verticalScrollBar().setValue(0)
            self.clock.start()
            self.ticker.start()
        self._tick()
        if self.audience is not None:
            self.audience.select(self.index)

    def _recorded(self, item_id: str) -> str:
        view = self.view
        if view is None:
            return ""
        lines = [
            self.tr("Decision: ") + d.decision
            for d in view.minutes.decisions
            if d.agenda_item_id == item_id
        ]
        lines += [
            action_line(a, view.names) for a in view.minutes.actions if a.agenda_item_id == item_id
        ]
        return "\n".join(lines) or self.tr("Nothing recorded for this item yet.")

    def _tick(self) -> None:
        item = self.current_item()
        if item is None:
            return
        spent = self.clock.elapsed() if self.clock.isValid() else 0
        over = spent > item.minutes * 60_000
        self.timer_label.setText(
            self.tr("Time on this item: %1 of %2 min%3")
            .replace("%1", _minutes_seconds(spent))
            .replace("%2", str(item.minutes))
            .replace("%3", self.tr(" — over time") if over else "")
        )

    # -- actions ---------------------------------------------------------------------------
    def _decision(self) -> None:
        item = self.current_item()
        if item is not None and self.view is not None and not self.view.meeting.approved:
            self.decision_requested.emit(item)

    def _action(self) -> None:
        item = self.current_item()
        if item is not None and self.view is not None and not self.view.meeting.approved:
            self.action_requested.emit(item)

    def open_audience(self) -> None:
        if self.audience is None:
            self.audience = AudienceWindow(self)
        self.audience.show_agenda(self._agenda_rows())
        self.audience.select(self.index)
        self.audience.place()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.ticker.stop()
        if self.audience is not None:
            self.audience.close()
            self.audience = None
        self.left.emit()
        super().closeEvent(event)

    def wipe(self) -> None:
        """On lock: nothing of the meeting stays in the window."""
        self.view = None
        for label in (self.title, self.reason, self.details, self.minutes, self.position):
            label.clear()
        self.agenda.clear()
        self.close()
