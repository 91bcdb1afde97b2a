"""Resolving a conflict from the window: the dialog, then one `sync.resolve` call."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from btam_desktop.domain.errors import BtamError
from btam_desktop.services.contracts import api
from btam_desktop.services.contracts.sync import ConflictReview
from btam_desktop.ui.ops import Ops
from btam_desktop.ui.screens.conflicts.dialog import ResolveDialog


def review_and_resolve(
    ops: Ops, review: ConflictReview, parent: QWidget, resolved: Callable[[], None]
) -> ResolveDialog:
    """Open the dialog for `review`; the person's choice is resolved with one service call (one
    op, one audit event), and `resolved` runs once it is stored."""
    dialog = ResolveDialog(review, parent)

    def done(_: None) -> None:
        dialog.done_ok()
        resolved()

    def refused(error: BtamError) -> None:
        dialog.show_error(str(error))

    def choose(text: str) -> None:
        request = api.SYNC_RESOLVE(review.table, review.row_id, review.field, text)
        if not ops.run(request, on_done=done, on_error=refused):
            dialog.show_error(
                QCoreApplication.translate(
                    "Conflicts", "BTAM Desktop is still saving a change. Try again in a moment."
                )
            )

    dialog.chosen.connect(choose)
    dialog.open()
    return dialog
