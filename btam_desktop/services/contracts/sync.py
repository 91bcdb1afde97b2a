"""Team sync: what applying other laptops' ops did, and the conflicts people resolve."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class OpenConflict:
    """Two or more live versions a person must choose between (or a number used twice, an
    edit against a delete, a plan published twice from one version)."""

    table: str
    row_id: str
    field: str
    #: "value", "fork", "edit_delete" or "number_collision".
    kind: str
    case_id: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class SyncReport:
    """One batch of ops applied: counts, and what was settled without asking anyone."""

    applied: int
    duplicates: int
    #: Ops waiting for an earlier op of their origin (or one their author had) to arrive.
    parked: int
    #: Automatic fields where the latest write shows over a concurrent one: (table, row, field).
    auto_resolved: tuple[tuple[str, str, str], ...]
    #: Conflicts this batch raised or left open on the rows it touched: (table, row, field).
    conflicted: tuple[tuple[str, str, str], ...]
    #: Changes a removed member's laptop wrote after the removal: they wait for a lead.
    held: int = 0
    #: Changes a newer BTAM Desktop wrote, waiting until this laptop is updated.
    newer: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class SkippedFile:
    """A file in the sync folder that was not applied (it is tried again at the next sync)."""

    path: str  # relative to the sync folder
    why: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Reconciled:
    """A field set on two laptops at once that people do not need to choose between (a date,
    an assignee): the newer value shows on every laptop, and the sync report says whose
    replaced whose ("Marcus's next review date replaced Lucía's")."""

    table: str
    field: str
    case_number: str  # "" for the team's own settings
    shown_by: str  # whose value shows (a member's name as typed)
    over: tuple[str, ...]  # whose values it replaced on screen


@dataclass(frozen=True, slots=True, kw_only=True)
class FolderSync:
    """One run of `sync`: what left this laptop, what arrived, what was not applied."""

    folder: str
    sent_ops: int
    sent_files: int
    received_ops: int
    received_files: int
    #: Names of the members whose changes arrived.
    received_from: tuple[str, ...]
    #: Ops that arrived but wait for an earlier op of their laptop (a file not here yet).
    waiting: int
    skipped: tuple[SkippedFile, ...]
    #: Files that are not ours (other tools' temporary files, conflict copies): never read.
    ignored: int
    open_conflicts: int
    #: Members whose changes are stamped more than a day ahead of this laptop's clock (their
    #: laptop's clock is wrong, or this one's): their changes wait, with the days ahead.
    clock_ahead: tuple[tuple[str, int], ...] = ()
    #: Attachments (evidence files) whose bytes were written to the folder / filled from it.
    sent_attachments: int = 0
    received_attachments: int = 0
    #: Attachments listed on this laptop whose bytes are not in the folder yet.
    attachments_waiting: int = 0
    #: Newer key generations this laptop moved to (a lead removed a member).
    generation_moved: int = 0
    #: The lead who removed this laptop's member from the team: it sends nothing more.
    removed_by: str = ""
    #: When they did (UTC, ISO 8601; "" when the lead's laptop did not say).
    removed_at: str = ""
    #: Other laptops' segments this sync carried into the folder (a relay: a USB stick).
    relayed_files: int = 0
    #: Files still to read when a sync stopped early to show its progress (0: it finished).
    files_left: int = 0
    #: Changes a removed member's laptop wrote after the removal, waiting for a lead.
    held: int = 0
    #: Changes a newer BTAM Desktop wrote (to tables or fields this version lacks): they
    #: apply at the first sync after this laptop is updated.
    newer: int = 0
    #: Another lead removed a member at the same time as this laptop's lead did, and the team
    #: follows their new key: this laptop sends nothing more (the lead makes a fresh copy with
    #: `join` and repeats the removal). The lead's name, and whom they removed.
    key_lost_to: str = ""
    key_lost_removed: str = ""
    #: Fields two laptops set at once that were reconciled without asking (the newer shows).
    reconciled: tuple[Reconciled, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class ConflictLine:
    """One open conflict as `btam-desktop conflicts` lists it."""

    conflict_id: str  # stable on every laptop: a hash of (table, row, field)
    case_number: str
    what: str
    members: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ReviewVersion:
    """One version of a conflicted field as the resolve dialog shows it."""

    version_id: str
    member: str  # the member's name as typed ("" for the value the field had before sync)
    at: str  # when it was written: UTC, ISO 8601 ("" when not known)
    text: str
    #: The name the writing laptop's member gave it ("at home"; "" when none).
    laptop: str = ""
    #: What choosing this version keeps: the plan or assessment version's row id (a fork),
    #: the case's id (a number used twice); "" for a field's value.
    record_id: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class ConflictReview:
    """One open conflict, with what a person needs to choose: "To review", the banner on the
    case page and the resolve dialog all read it (`sync.review`)."""

    conflict_id: str  # as `ConflictLine`: stable on every laptop
    table: str
    row_id: str
    field: str
    #: "value", "fork", "edit_delete" or "number_collision".
    kind: str
    case_id: str  # "" for a conflict that belongs to no case (the team's settings)
    case_number: str
    #: The live versions, the one the row shows first (value conflicts; others: who only).
    versions: tuple[ReviewVersion, ...]
    #: What every version started from, when the versions' history still names it.
    base: ReviewVersion | None


@dataclass(frozen=True, slots=True, kw_only=True)
class HeldEffect:
    """One thing a held change would do, as a lead reviews it."""

    #: "insert", "set" or "delete" (a record added, a field changed, a record removed).
    kind: str
    table: str
    field: str  # the column a "set" changes; "" otherwise
    case_number: str  # "" when the record belongs to no case
    #: The new value of a "set", as text; what a new record says (its name and prose) for an
    #: "insert"; "" for a record removed.
    value: str


@dataclass(frozen=True, slots=True, kw_only=True)
class HeldChange:
    """A change written on a removed member's laptop after the removal: it waits for a lead
    (`sync.held`), who imports it (with the earlier ones of that laptop) or discards it (with
    the later ones)."""

    origin: str  # the laptop's replica id
    seq: int  # its place in that laptop's changes
    member: str  # the removed member's name as typed
    at: str  # when it was written: UTC, ISO 8601
    intent: str  # the service that made it ("cases.update_case")
    effects: tuple[HeldEffect, ...]
