"""What a table or tree shows, read as a user reads it.

Qt's accessors answer `None` for an empty cell or a missing row; a test that reads one expects it
to be there, so these fail with the place instead of an AttributeError on None.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTreeWidget, QTreeWidgetItem


def cell(table: QTableWidget, row: int, column: int) -> str:
    """The text of one table cell, which must exist."""
    item = table.item(row, column)
    assert item is not None, f"no cell at row {row}, column {column}"
    return item.text()


def top(tree: QTreeWidget, index: int) -> QTreeWidgetItem:
    """One top-level row of a tree (a group), which must exist."""
    item = tree.topLevelItem(index)
    assert item is not None, f"no top-level row {index}"
    return item


def children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """The rows under one row of a tree."""
    found = [item.child(i) for i in range(item.childCount())]
    return [child for child in found if child is not None]


def leaves(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """Every row under every group of a two-level tree, in order."""
    return [row for g in range(tree.topLevelItemCount()) for row in children(top(tree, g))]


#: How US English writes the half of the day after a time (Qt's short time format, from the
#: Unicode data: a narrow no-break space before it).
AM, PM = "\u202fAM", "\u202fPM"
