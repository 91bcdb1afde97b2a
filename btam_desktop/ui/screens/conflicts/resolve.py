"""Resolving a conflict from the window: the dialog, then one `sync.resolve` call; deciding on
a change from a removed member's laptop: its dialog, then one import or discard call."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from btam_desktop.domain.errors import BtamError
from btam_desktop.services.contracts import api
from btam_desktop.services.contracts.service import Request
from btam_desktop.services.contracts.sync import ConflictReview, HeldChange
from btam_desktop.ui.ops import Ops
from btam_desktop.ui.screens.conflicts.dialog import DELETE, EDIT_DELETE, NUMBER, ResolveDialog
from btam_desktop.ui.screens.conflicts.held_dialog import IMPORT, HeldDialog


def _busy() -> str:
    return QCoreApplication.translate(
        "Conflicts", "BTAM Desktop is still saving a change. Try again in a moment."
    )


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

    def choose(answer: str) -> None:
        request: Request[None]
        if review.kind == NUMBER:
            request = api.SYNC_RENUMBER(answer)
        elif review.kind == EDIT_DELETE:
            request = api.SYNC_RESOLVE_DELETE(review.table, review.row_id, answer == DELETE)
        else:  # a text kept or combined, or the version of a plan or assessment kept
            request = api.SYNC_RESOLVE(review.table, review.row_id, review.field, answer)
        if not ops.run(request, on_done=done, on_error=refused):
            dialog.show_error(_busy())

    dialog.chosen.connect(choose)
    dialog.open()
    return dialog


def review_held(
    ops: Ops,
    change: HeldChange,
    held: list[HeldChange],
    *,
    is_lead: bool,
    parent: QWidget,
    decided: Callable[[], None],
) -> HeldDialog:
    """Open the dialog for a held change; a lead's import or discard is one service call (one
    op, one audit event), and `decided` runs once it is stored."""
    same_laptop = [c for c in held if c.origin == change.origin]
    dialog = HeldDialog(change, same_laptop, is_lead=is_lead, parent=parent)

    def done(_: None) -> None:
        dialog.done_ok()
        decided()

    def refused(error: BtamError) -> None:
        dialog.show_error(str(error))

    def decide(choice: str) -> None:
        service = api.SYNC_IMPORT_HELD if choice == IMPORT else api.SYNC_DISCARD_HELD
        if not ops.run(service(change.origin, change.seq), on_done=done, on_error=refused):
            dialog.show_error(_busy())

    dialog.decided.connect(decide)
    dialog.open()
    return dialog
