"""What a conflict is called on screen: one place, so the status bar, "To review", the banner
on a case and the dialog name it the same way (and translators see each phrase once)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from btam_desktop.services.contracts.sync import (
    ConflictReview,
    HeldChange,
    HeldEffect,
    Reconciled,
    ReviewVersion,
)
from btam_desktop.ui.language import short_moment
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


def field_words(table: str, field: str) -> str:
    """'the summary'; a field without a name of its own reads as its column ('the notes')."""
    known = _FIELDS.get((table, field))
    if known is not None:
        return tr(known)
    return tr("the %1").replace("%1", field.replace("_", " "))


def field_name(review: ConflictReview) -> str:
    return field_words(review.table, review.field)


def reconciled_line(found: Reconciled) -> str:
    """ "Marcus's next review date replaced Lucía's" (the field without its article)."""
    field = field_words(found.table, found.field).removeprefix(tr("the") + " ")
    over = " / ".join(isolate(name) if name else tr("a former member") for name in found.over)
    shown = isolate(found.shown_by) if found.shown_by else tr("a former member")
    return tr("%1's %2 replaced %3's").replace("%1", shown).replace("%2", field).replace("%3", over)


def member_name(version: ReviewVersion) -> str:
    return isolate(version.member) if version.member else tr("a former member")


def by_when(version: ReviewVersion) -> str:
    """'Lucía, 2027-03-15 18:05 (at home)' (local time, and the laptop's name when its member
    gave it one); the name alone when the time is not known."""
    said = member_name(version)
    if version.at:
        said = tr("%1, %2").replace("%1", said).replace("%2", short_moment(version.at))
    if version.laptop:
        said = tr("%1 (%2)").replace("%1", said).replace("%2", isolate(version.laptop))
    return said


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
        case "fork" if review.table == "plans":
            return tr("Two versions of the support plan were written from the same one")
        case "fork":
            return tr("Two versions of the assessment were written from the same one")
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
    """The dialog resolves every kind it can show: two versions of a text, a plan or an
    assessment, a number on two cases, and an edit against a delete."""
    if review.kind == "edit_delete":
        return True
    return review.kind in ("value", "fork", "number_collision") and len(review.versions) >= 2


# -- changes from a removed member's laptop, waiting for a lead -------------------------------
#: A record of each table, as people name it.
_RECORDS = {
    "cases": "case",
    "persons": "person",
    "referrals": "report",
    "screenings": "screening",
    "inquiry_items": "inquiry item",
    "interviews": "interview",
    "evidence": "evidence file",
    "assessments": "assessment",
    "plans": "plan version",
    "notifications": "notification",
    "checkins": "check-in",
    "reviews": "review",
    "closures": "closure",
    "status_changes": "status change",
    "meetings": "meeting",
    "agenda_items": "agenda item",
    "decisions": "decision",
    "action_items": "action item",
    "members": "team member",
    "trainings": "training record",
    "contacts": "staff member or provider",
    "awareness_staff": "person on the staff list",
    "awareness_sessions": "staff awareness session",
    "awareness_attendance": "attendance at a staff awareness session",
    "disclosures": "disclosure record",
    "community_services": "service on the directory",
    "service_referrals": "referral to a service",
    "service_referral_steps": "step of a referral to a service",
}


def _table_name(table: str) -> str:
    known = _RECORDS.get(table)
    return tr(known) if known else table.replace("_", " ")


def held_effect(effect: HeldEffect) -> str:
    """'Case 2026-0014: the summary changed to: …' (the value as typed, in full)."""
    where = (
        tr("Case %1").replace("%1", effect.case_number) if effect.case_number else tr("The team")
    )
    match effect.kind:
        case "set":
            field = field_words(effect.table, effect.field)
            return (
                tr("%1: %2 changed to: %3")
                .replace("%1", where)
                .replace("%2", field)
                .replace("%3", effect.value)
            )
        case "insert" if effect.value:
            return (
                tr("%1: a new %2: %3")
                .replace("%1", where)
                .replace("%2", _table_name(effect.table))
                .replace("%3", effect.value)
            )
        case "insert":
            return tr("%1: a new %2").replace("%1", where).replace("%2", _table_name(effect.table))
        case _:
            return (
                tr("%1: a %2 removed").replace("%1", where).replace("%2", _table_name(effect.table))
            )


def held_summary(change: HeldChange) -> str:
    """One line for the list: the first thing it does, and how many more."""
    if not change.effects:
        return tr("A change with nothing to apply (its record of who did what)")
    first = held_effect(change.effects[0]).splitlines()[0]
    if len(first) > 120:
        first = first[:119] + "…"
    more = len(change.effects) - 1
    return first if not more else tr("%1 (and %n more)", more).replace("%1", first)


def held_by_when(change: HeldChange) -> str:
    who = isolate(change.member) if change.member else tr("a former member")
    return (
        tr("%1, %2").replace("%1", who).replace("%2", short_moment(change.at)) if change.at else who
    )
