"""Small form fields the dialogs share: checkable choices, multi-line text boxes, dates,
combo boxes, and the form dialog they sit in."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.domain.date_limits import Span, event_span
from btam_desktop.domain.records import today
from btam_desktop.ui.language import day_pattern
from btam_desktop.ui.plain import PlainLabel, plain_title


def checkable_list(
    items: list[tuple[str, str]], checked: set[str], name: str, parent: QWidget, rows: int = 8
) -> QListWidget:
    """(value, label) pairs as checkable rows, at most `rows` tall, named for screen readers."""
    box = QListWidget(parent)
    box.setAccessibleName(name)
    for value, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
        box.addItem(item)
    box.setMaximumHeight(parent.fontMetrics().lineSpacing() * min(len(items) + 1, rows) + 8)
    return box


def checked_values(box: QListWidget) -> tuple[str, ...]:
    return tuple(
        str(box.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(box.count())
        if box.item(i).checkState() == Qt.CheckState.Checked
    )


def text_box(lines: int, parent: QWidget) -> QPlainTextEdit:
    """A few lines tall; Tab moves on to the next field, so forms are filled by keyboard."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(parent.fontMetrics().lineSpacing() * lines + 12)
    return box


def limit_dates(edit: QDateTimeEdit, span: Span, keep: QDate | None = None) -> None:
    """Offer only the days the services accept for this field. Qt's own range runs to
    9999-12-31, where what is computed from a date (an expiry a year on, a meeting's end)
    no longer exists. A saved day outside the span (`keep`) widens it, so the field shows it
    as saved instead of clamping it, which would change it on the next save."""
    first = QDate(span.first.year, span.first.month, span.first.day)
    last = QDate(span.last.year, span.last.month, span.last.day)
    if keep is not None and keep.isValid():
        first, last = min(first, keep), max(last, keep)
    edit.setDateRange(first, last)


def date_edit(day: date | None = None, span: Span | None = None) -> QDateEdit:
    """A date field; by default for an event (a few years around today, see date_limits)."""
    edit = QDateEdit(qdate(day or today()))
    limit_dates(edit, span or event_span(today()), edit.date())
    spell_days(edit)
    return edit


def spell_days(edit: QDateTimeEdit) -> None:
    """A date picker shows its day as lists do (`language.short_date`: 'Dec 7, 2026',
    '7 dic 2026'), with the window's month names, never 2026-12-07 nor a numeric date one
    reader takes for July 12; a picker with a time adds the locale's short time. Typing
    works section by section (the month by its first letters), and the calendar pops up."""
    locale = QLocale()
    edit.setLocale(locale)
    pattern = day_pattern()
    if edit.displayedSections() & QDateTimeEdit.Section.TimeSections_Mask:
        pattern += " " + locale.timeFormat(QLocale.FormatType.ShortFormat)
    edit.setDisplayFormat(pattern)
    edit.setCalendarPopup(True)


def qdate(day: date) -> QDate:
    """A calendar date for Qt's date pickers (never Qt's own idea of today: see the clock)."""
    return QDate(day.year, day.month, day.day)


def day_of(edit: QDateEdit) -> date:
    return day_from(edit.date())


def combo(items: dict[str, str] | list[tuple[str, str]], parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for value, label in items.items() if isinstance(items, dict) else items:
        combo.addItem(parent.tr(label), value)
    return combo


def natural_width[W: QWidget](widget: W) -> W:
    """As wide as its text, not the whole field column: a QFormLayout stretches every field
    (a button 940 px wide reads as a bar, not a button), but leaves a fixed-width one alone."""
    policy = widget.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Fixed)
    widget.setSizePolicy(policy)
    return widget


def form_group(title: str, *, grow: bool = True) -> tuple[QGroupBox, QFormLayout]:
    """A titled group and its form; `grow=False` keeps each field at its natural size (a spin
    box of minutes needs no 900 px). Align several with `align_labels`."""
    box = QGroupBox(title)
    form = QFormLayout(box)
    if not grow:
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    return box, form


def align_labels(*forms: QLayout | None) -> None:
    """Forms stacked one above the other (one per group box) read as one form: every label
    gets the widest one's width, so their fields start in one column."""
    labels = [
        label
        for form in forms
        if isinstance(form, QFormLayout)
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
        and (label := item.widget()) is not None
    ]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


def fit_width(box: QComboBox, chars: int = 36) -> QComboBox:
    """A choice of names: a long one (names run to 200 characters) is cut short in the closed
    box instead of widening the dialog past the screen; the open list shows it."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(chars)
    return box


class ReportsProblems:
    """The one way a form shows its request's progress and failure: a line under the form
    ("Saving…", then the service's message) and its submit control held back while the
    request runs, so nobody submits twice. A form has `error` (its PlainLabel) and names its
    submit control in `submit_control`."""

    error: PlainLabel
    _submit_had_focus = False

    def submit_control(self) -> QWidget:
        raise NotImplementedError

    def busy(self, text: str = "") -> None:
        self.error.setText(text or QCoreApplication.translate("Form", "Saving…"))
        submit = self.submit_control()
        self._submit_had_focus = submit.window().focusWidget() is submit
        submit.setEnabled(False)

    def show_error(self, message: str) -> None:
        """The service refused: say why and hand the form back as it was. Disabled while busy,
        the submit button gave its focus and its default to Cancel; left so, Return after
        fixing a field would close the form and lose what was typed."""
        self.error.setText(message)
        submit = self.submit_control()
        submit.setEnabled(True)
        if isinstance(submit, QPushButton):
            submit.setDefault(True)
        if self._submit_had_focus:
            submit.setFocus()


def problem_line() -> PlainLabel:
    """The line under a form where its request's progress and the service's answer show."""
    line = PlainLabel()
    line.setWordWrap(True)
    line.setAccessibleName(QCoreApplication.translate("Form", "Problem"))
    return line


def save_buttons(save_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """Save and Cancel, Save named for what it keeps ("Save assessment", "Save plan")."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setText(save_text)
    return buttons, save


def day_from(picked: QDate) -> date:
    """A date picker's day as a Python date."""
    day = picked.toPython()
    assert isinstance(day, date)
    return day


class FormDialog(ReportsProblems, QDialog):
    """A form with OK/Cancel and a line for the service's answer; subclasses fill `form` and
    implement `_submit`, which emits their value (the dialog closes when the save succeeds)."""

    def __init__(self, title: str, ok: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(plain_title(title))  # may name a member or an agenda item
        self.form = QFormLayout()
        self.error = problem_line()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def _submit(self) -> None:
        raise NotImplementedError

    def submit_control(self) -> QWidget:
        return self.ok
