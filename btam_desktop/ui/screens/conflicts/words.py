"""What a conflict is called on screen: one place, so the status bar, "To review", the banner
on a case and the dialog name it the same way (and translators see each phrase once)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from btam_desktop.domain.local_time import moment_text
from btam_desktop.services.contracts.sync import ConflictReview, ReviewVersion
from btam_desktop.ui.plain import isolate

#: Fields people write, named as the case page names them ("the summary").
_FIELDS = {
    ("cases", "summary"): "the summary",
    ("cases", "level_of_concern"): "the level of concern",
    ("cases", "next_review"): "the next review date",
    ("cases", "case_manager_id"): "the case manager",
}


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Conflicts", text, None, n)


def field_name(review: ConflictReview) -> str:
    """'the summary'; a field without a name of its own reads as its column ('the notes')."""
    known = _FIELDS.get((review.table, review.field))
    if known is not None:
        return tr(known)
    return tr("the %1").replace("%1", review.field.replace("_", " "))


def member_name(version: ReviewVersion) -> str:
    return isolate(version.member) if version.member else tr("a former member")


def by_when(version: ReviewVersion) -> str:
    """'Lucía, 2027-03-15 18:05' (local time); the name alone when the time is not known."""
    if not version.at:
        return member_name(version)
    return tr("%1, %2").replace("%1", member_name(version)).replace("%2", moment_text(version.at))


def oldest_first(review: ConflictReview) -> list[ReviewVersion]:
    """The versions in the order they were written: the diff reads from the first to the next."""
    return sorted(review.versions, key=lambda v: v.at)


def what(review: ConflictReview) -> str:
    """One line saying what the conflict is, without the names."""
    count = max(len(review.versions), 2)
    match review.kind:
        case "value" if count == 2:
            return tr("Two versions of %1").replace("%1", field_name(review))
        case "value":
            return tr("%n versions of %1", count).replace("%1", field_name(review))
        case "fork":
            return tr("Two versions of the plan or assessment were published from one")
        case "edit_delete":
            return tr("A record was deleted on one laptop and changed on another")
        case "number_collision":
            return tr("Case number %1 was given to two cases").replace("%1", review.case_number)
        case _:
            return tr("Changes made at once on two laptops")


def headline(review: ConflictReview) -> str:
    """'Two versions of the summary — Lucía, 2027-03-15 18:05 · Marcus, 2027-03-15 18:20'."""
    who = " · ".join(by_when(v) for v in oldest_first(review))
    return f"{what(review)} — {who}" if who else what(review)


def resolvable(review: ConflictReview) -> bool:
    """The dialog resolves text conflicts; the other kinds are listed, and resolved elsewhere."""
    return review.kind == "value" and len(review.versions) >= 2
