"""One shape for the Team page's lists of things outside the case file's cases: people outside
the team (`contacts.py`) and the services directory (`services_pane.py`). Each is a note saying
what the list is for, a table of whole rows, and Change / Take off / Add buttons; the row a
person chose stays chosen when the list reloads after a save, found by its id."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btam_desktop.ui.ops import Ops
from btam_desktop.ui.plain import PlainLabel, set_plain_tooltip


class Listed(Protocol):
    @property
    def id(self) -> str: ...


class DirectoryList(QWidget):
    """The list's widgets and its selection; a subclass fills the rows (`fill`), opens its
    dialog (`edit`) and takes a row off (`remove`)."""

    def __init__(
        self,
        ops: Ops,
        *,
        name: str,
        headers: Sequence[str],
        whole: Sequence[int],
        note: str,
        buttons: tuple[str, str, str],
        parent: QWidget | None = None,
    ) -> None:
        """`whole`: the columns shown at their full width (short words: a kind, a status);
        the others share the rest. `buttons`: the labels of Add, Change and Take off."""
        super().__init__(parent)
        self._ops = ops
        self._rows: list[Listed] = []
        self.table = QTableWidget(0, len(headers))
        self.table.setAccessibleName(name)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in whole:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        words = PlainLabel(note)
        words.setWordWrap(True)
        self.add_button, self.edit_button, self.remove_button = (
            QPushButton(text) for text in buttons
        )
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(words)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(self._edit_chosen)
        self.remove_button.clicked.connect(self.remove)
        self.table.itemSelectionChanged.connect(self.enable)
        self.table.itemActivated.connect(lambda _item: self._edit_chosen())
        self.enable()

    def fill(
        self, rows: Sequence[Listed], cells: Sequence[Sequence[str]], tips: Sequence[str] = ()
    ) -> None:
        """Show `rows` as `cells` (one tuple of texts a row; `tips`: a tooltip on each row's
        first cell), keeping the chosen row chosen."""
        keep = self.chosen()
        self._rows = list(rows)
        self.table.setRowCount(len(self._rows))
        for number, texts in enumerate(cells):
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 0 and number < len(tips):
                    set_plain_tooltip(item, tips[number])
                self.table.setItem(number, column, item)
        if keep is not None:
            found = [i for i, r in enumerate(self._rows) if r.id == keep.id]
            if found:
                self.table.selectRow(found[0])
        self.enable()

    def chosen(self) -> Listed | None:
        row = self.table.currentRow()
        picked = self.table.selectionModel().hasSelection()
        return self._rows[row] if picked and 0 <= row < len(self._rows) else None

    def enable(self) -> None:
        picked = self.chosen() is not None
        self.edit_button.setEnabled(picked)
        self.remove_button.setEnabled(picked)

    def _edit_chosen(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.edit(chosen)

    def edit(self, current: Listed | None) -> object:
        raise NotImplementedError

    def remove(self) -> None:
        raise NotImplementedError
