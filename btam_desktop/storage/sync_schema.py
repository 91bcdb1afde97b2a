"""How every column of every table takes part in team sync: one table, read by the capture
(which columns become op effects) and, later, by the merge engine (what a concurrent write
does).

Why classify columns rather than tables: a case row holds a narrative (`summary`), a safety
judgment (`level_of_concern`) and bookkeeping (`updated_at`) side by side, and each must merge
differently. Concurrent edits of a narrative or a safety field must reach a person, never be
blended or silently overwritten; dates, assignees and positions may be settled by the latest
clock stamp and reported. Why one place: a column a migration adds without saying how it syncs
would be dropped or overwritten silently on other laptops, so `tests/storage/test_sync_schema.py`
fails until the new column is classified here (and when a classified one disappears).

The policies (research 4.4):

- `HUMAN_TEXT`: prose a person wrote; two live versions become a conflict a person resolves.
- `HUMAN_SAFETY`: status, level of concern, urgency, imminence, screening and review decisions,
  membership and lead rights, and `deleted_at` (an edit against a delete); same as above.
- `AUTO`: everything else a person edits (dates, assignees, positions, settings, roster
  details) and the record bookkeeping; the highest (clock stamp, origin) wins, and the sync
  report says so.
- `APPEND`: rows that are only ever added (the status history, disclosures, notifications,
  addenda, attachments, training records): the union of both sides, never a conflict.
- `VERSIONED`: plans and assessments: each save is a new row `based_on_id` its parent; two
  versions from one parent are a fork a person resolves by publishing a version based on both.
- `LOCAL`: never leaves this laptop: `meta` (file id, key generation), drafts of unsaved
  forms, the sync tables themselves, and `audit`, whose events travel instead as their
  origin's hash chain inside the op of the transaction that wrote them (`storage/audit.py`).

Attachment bytes (`evidence.content`) are not copied into ops: an op names them by SHA-256 and
size, and the transport will carry the content on its own.
"""

from __future__ import annotations

from enum import StrEnum


class Policy(StrEnum):
    HUMAN_TEXT = "human_text"
    HUMAN_SAFETY = "human_safety"
    AUTO = "auto"
    APPEND = "append"
    VERSIONED = "versioned"
    LOCAL = "local"


HT, HS, AU, AP, VE, LO = (
    Policy.HUMAN_TEXT,
    Policy.HUMAN_SAFETY,
    Policy.AUTO,
    Policy.APPEND,
    Policy.VERSIONED,
    Policy.LOCAL,
)

#: The bookkeeping every record table has (m0001 `_RECORD`) and how it syncs.
_BOOKKEEPING = {
    "id": AU,
    "created_at": AU,
    "created_by": AU,
    "updated_at": AU,
    "updated_by": AU,
    "deleted_at": HS,
}


def _record(default: Policy, names: str, **special: Policy) -> dict[str, Policy]:
    """A record table: bookkeeping, the columns in `names` under `default`, and exceptions."""
    columns = {**_BOOKKEEPING, **dict.fromkeys(names.split(), default), **special}
    return columns


def _local(names: str) -> dict[str, Policy]:
    return dict.fromkeys(names.split(), LO)


COLUMNS: dict[str, dict[str, Policy]] = {
    # -- local to this laptop --------------------------------------------------------------
    "meta": _local("key value"),
    "drafts": _local("member_id form_key payload_json saved_at"),
    # What the statistics count, kept per case: each laptop counts its own copy's cases.
    "stats_facts": _local("case_id opened_on closed_on case_facts factor_facts"),
    "stats_dirty": _local("case_id"),
    "audit": _local(
        "seq ts member_id action entity entity_id case_id detail_json prev_mac mac "
        "origin origin_seq hlc prev_hash hash"
    ),
    "sync_replica": _local("replica_id member_id hlc next_seq"),
    "sync_ops": _local("origin seq op_id hlc member_id intent body"),
    "sync_versions": _local(
        "tbl row_id field version_id hlc member_id value_json replaces_json live"
    ),
    "sync_replaced": _local("version_id"),
    "sync_conflicts": _local("tbl row_id field kind case_id detected_hlc"),
    "sync_seen": _local("origin member_id max_seq head_hash last_hlc"),
    "sync_quarantine": _local("origin seq reason body"),
    "sync_segments": _local("origin seq_from seq_to generation member_id nonce signature"),
    # -- the team ----------------------------------------------------------------------------
    "team": _record(AU, "school district pack_id settings_json last_backup_at"),
    "members": _record(
        AU,
        "name role disciplines_json contact active_from active_to",
        active=HS,
        is_lead=HS,
    ),
    "contacts": _record(
        AU, "name kind role organization contact agreement_on agreement_until", notes=HT
    ),
    "district_packs": _record(AU, "file_name source"),
    "trainings": _record(AP, "member_id taken_on course provider hours expires_on"),
    # -- cases -------------------------------------------------------------------------------
    # `number` is AUTO for the field itself; two live cases with one number are the merge
    # engine's `number_collision` conflict (the UNIQUE rule it replaces, m0009).
    "cases": _record(
        AU,
        "number school_year opened_on case_manager_id next_review closed_on pack_id",
        summary=HT,
        closure_reason=HT,
        status=HS,
        level_of_concern=HS,
        urgent=HS,
    ),
    "persons": _record(
        AU,
        "case_id role name grade student_id date_of_birth school iep_504 language",
        notes=HT,
    ),
    "status_changes": dict.fromkeys(
        ["id", "case_id", "from_status", "to_status", "reason", "changed_at", "changed_by"], AP
    ),
    "referrals": _record(
        AU,
        "case_id received_at received_by channel reporter_kind reporter_name "
        "reporter_relationship location targets_json",
        narrative=HT,
        verbatim=HT,
        prior_concerns=HT,
        emergency_actions=HT,
        imminent=HS,
        weapon=HS,
    ),
    "screenings": _record(AU, "case_id lead_id second_member_id", reason=HT, decision=HS),
    "evidence": _record(AP, "case_id referral_id stage file_name media_type size sha256 content"),
    "inquiry_items": _record(
        AU,
        "case_id pack_id pack_item_id kind text help position assignee_id due_on status "
        "found_on corroborated evidence_ids_json",
        findings=HT,
        sources=HT,
    ),
    "interviews": _record(
        AU,
        "case_id interviewee_role interviewee held_on interviewer_id others_present",
        notes=HT,
    ),
    "assessments": _record(
        VE,
        "case_id version pack_id pack_version pack_snapshot_json assessed_on answers_json "
        "level_id rationale present_json dissent_json risk_factors_json "
        "protective_factors_json requirements_json based_on_id",
    ),
    "plans": _record(VE, "case_id version goals interventions_json based_on_id"),
    "notifications": _record(
        AP,
        "case_id recipient recipient_name notified_on by_id method shared legal_basis contact_id",
    ),
    "checkins": _record(AU, "case_id held_on by_id trend contact_id", observations=HT),
    "reviews": _record(AU, "case_id held_on attendees_json next_review", progress=HT, decision=HS),
    "closures": _record(AU, "case_id checklist_json watcher", summary=HT),
    # -- meetings ----------------------------------------------------------------------------
    "meetings": _record(
        AU,
        "held_on starts_at duration_minutes place chair_id note_taker_id attendance_json "
        "approved_at approved_by",
    ),
    "agenda_items": _record(AU, "meeting_id position kind case_id title minutes", reason=HT),
    "decisions": _record(AU, "meeting_id agenda_item_id", decision=HT, rationale=HT, dissent=HT),
    "action_items": _record(
        AU,
        "meeting_id agenda_item_id case_id kind assignee_id due_on done_on linked_id",
        what=HT,
    ),
    "minutes_addenda": _record(AP, "meeting_id text"),
    # A partner at a meeting is a row; unchecking them soft-deletes it (`deleted_at`).
    "meeting_partners": _record(AU, "meeting_id contact_id"),
    "disclosures": _record(
        AP,
        "document_id document destination case_id meeting_id options_json recipient legal_basis "
        "detail threat",
    ),
    # -- retention ---------------------------------------------------------------------------
    # Lifting a hold is a safety decision: a lift on one laptop against an edit of the hold on
    # another reaches a person. Keep decisions are only ever added.
    "retention_holds": _record(AU, "case_id placed_on", reason=HT, lifted_on=HS, lift_reason=HT),
    "retention_keeps": _record(AP, "case_id reason decided_on review_on"),
    # -- transfers ---------------------------------------------------------------------------
    # A packet received from another school: kept as it came, never edited.
    "received_records": _record(AP, "case_id from_school sent_on received_at content_json"),
    # -- all-staff awareness training --------------------------------------------------------
    # A list and its sessions, no student data. Attendance rows are only added (unticking
    # soft-deletes the row, ticking again adds one), so ticks made on two laptops both stay.
    "awareness_staff": _record(AU, "name role department left_on"),
    "awareness_sessions": _record(AU, "held_on led_by topic"),
    "awareness_attendance": _record(AP, "session_id staff_id"),
    # -- one student across cases -------------------------------------------------------------
    # "The same person" is a judgment about a child's record: separating on one laptop against
    # an edit on another reaches a person, as a delete does.
    "person_links": _record(AU, "person_id same_as_id undone_by", undone_at=HS),
    # -- services and referrals to them ----------------------------------------------------
    # The directory is settings-like (latest wins) but for its notes; a referral row only
    # ties a case to a service; its steps are only ever added (both laptops' steps stay, the
    # domain orders them: `domain/community.ordered`).
    "community_services": _record(AU, "name kind contact languages cost removed_on", notes=HT),
    "service_referrals": _record(AU, "case_id service_id intervention_id"),
    "service_referral_steps": _record(AP, "referral_id case_id step happened_on given_by note"),
    # -- program evaluation ------------------------------------------------------------------
    # Codes only, one row per case (the latest edit wins, field by field) and the school's
    # enrollment per school year: nothing a person must reconcile.
    "evaluation": _record(
        AU,
        "case_id hispanic races sex disability english_learner services discipline law_enforcement",
    ),
    "enrollment": _record(AU, "school_year total counts_json"),
    # -- harm to self (schema 20) -------------------------------------------------------------
    # Setting or removing the mark is a safety judgment; the protocol's steps are dates and
    # names (their notes prose); the safety plan is the student's own words, edited in place.
    "self_harm_marks": _record(
        AU,
        "case_id identified_on identified_by source cleared_by",
        cleared_at=HS,
        clear_reason=HT,
    ),
    "protocol_steps": _record(AU, "case_id step_id label done_on by_id by_name", note=HT),
    "safety_plans": _record(
        HT,
        "made_with warning_signs coping people_places adults crisis_line",
        case_id=AU,
        made_on=AU,
    ),
}


def captured_columns(table: str) -> list[str]:
    """The columns of `table` that travel in ops (all but LOCAL ones), in classified order."""
    return [name for name, policy in COLUMNS[table].items() if policy is not LO]


def captured_tables() -> list[str]:
    """Tables with at least one column that travels; each has an `id` primary key."""
    return [name for name in COLUMNS if captured_columns(name)]


def based_on(table: str) -> str:
    """SQL for the version a new row of a VERSIONED table is made from, with parameters
    (case_id, version): the case's latest before it. Versions form a tree once laptops
    publish offline; the merge engine follows this link, not the numbers."""
    assert COLUMNS[table].get("based_on_id") is VE
    return (
        f"(SELECT b.id FROM {table} b WHERE b.case_id = ? AND b.version < ? "
        "AND b.deleted_at IS NULL ORDER BY b.version DESC LIMIT 1)"
    )
