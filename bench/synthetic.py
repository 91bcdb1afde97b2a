"""Large synthetic case files (10,000 and 100,000 cases) for the benchmarks.

Why this exists: the benchmarks must measure the app on files far larger than a team ever
builds by hand, and building those through the per-action services takes far too long: one
fsync'd transaction per action (about 460,000 of them for 100,000 cases) and a scan of the
school year's numbers for every new case. This generator writes the very same rows through
the very same storage calls (`case_repo.insert_case`, `insert_person`, `update_case`,
`AuditLog.append`) but commits ~2,000 cases per transaction, so the file has the shape of one
built through the services: a valid audit chain anchored in the key file, workflow histories
that pass `check_transition`, and audit details that hold ids, statuses and field names only.

All data is fictional (the Maple Hollow pools in `demo_data`) and fixed by the seed; ids come
from the seeded generator too, so two runs differ only in timestamps, key material and the
member ids the services assign.

    BTAM_PASSPHRASE='...' python -m bench.synthetic /tmp/big.btam --cases 100000 [--seed 7]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from btam_desktop.domain.case import (
    STATUS_ORDER,
    Case,
    CaseStatus,
    Person,
    PersonRole,
    check_transition,
    format_case_number,
    school_year_of,
)
from btam_desktop.domain.records import clean_name, today
from btam_desktop.services import members
from btam_desktop.services.demo_data import (
    DISTRICT,
    EXTRA_FIRST,
    EXTRA_LAST,
    SCHOOL,
    TEAM,
    UNICODE_NAMES,
    VIGNETTES,
)
from btam_desktop.services.session import (
    KdfParams,
    NewCaseFile,
    Session,
    create_case_file,
    lock,
)
from btam_desktop.storage import case_repo, db

#: Cases per transaction: big enough to amortise the commit (fsync), small enough that the
#: WAL stays a few megabytes.
BATCH = 2_000

#: How often each final status occurs. Every status appears at any size (see `_plan`).
_STATUS_WEIGHTS: dict[CaseStatus, int] = {
    CaseStatus.REFERRAL: 6,
    CaseStatus.SCREENING: 8,
    CaseStatus.INQUIRY: 8,
    CaseStatus.ASSESSMENT: 8,
    CaseStatus.MANAGEMENT: 10,
    CaseStatus.MONITORING: 12,
    CaseStatus.CLOSED: 48,
}
_REVIEWED = frozenset({CaseStatus.ASSESSMENT, CaseStatus.MANAGEMENT, CaseStatus.MONITORING})
#: Open cases that were once closed and reopened (a "case.reopened" event in their history).
_REOPENABLE = frozenset({CaseStatus.SCREENING, CaseStatus.INQUIRY, CaseStatus.ASSESSMENT})
_REOPEN_SHARE = 0.04
#: The stage a closed case closed from, with how often: dismissals and transient threats close
#: early, substantive ones after monitoring.
_CLOSED_FROM: tuple[tuple[CaseStatus, int, str], ...] = (
    (
        CaseStatus.SCREENING,
        35,
        "Dismissed at screening: not a threat after inquiry; discipline handled separately.",
    ),
    (CaseStatus.INQUIRY, 30, "Transient: resolved on the spot with an apology; noted."),
    (CaseStatus.ASSESSMENT, 10, "Closed after assessment: no substantive threat found."),
    (CaseStatus.MANAGEMENT, 10, "Closed after management: the student moved to another district."),
    (CaseStatus.MONITORING, 15, "Closed after monitoring: plan goals met."),
)
_REOPEN_REASON = "New report from a classmate this term about renewed threats."
_LEVELS = ("", "low", "moderate", "high")
_EDITABLE = ("summary", "level_of_concern", "case_manager_id")

_PERSON_ROLES = (PersonRole.TARGET, PersonRole.WITNESS, PersonRole.GUARDIAN, PersonRole.REPORTER)
_PERSON_WEIGHTS = (3, 2, 3, 3)
_OTHERS_WEIGHTS = (20, 35, 30, 15)  # 0, 1, 2 or 3 persons besides the subject
_NOTES = (
    "Prefers to be called after 3 pm; works evenings.",
    "Interviewed with the counselor present; statement in the paper file.",
    "Asked that the student not be told who reported.",
    "Shares two classes with the student; seating changed.",
    "Speaks Portuguese at home; interpreter arranged for meetings.",
    "Was not at school on the day of the incident.",
    "Agreed to be the trusted adult for weekly check-ins.",
)
_STAFF_FIRST = ("Wendell", "Gus", "Hettie", "Anselm", "Rosalind", "Beata", "Ingrid", "Tomas")


def _name_pools() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """First names, and surnames recombined from the halves of every compound surname we have
    (16 + 8 halves each side -> 576 surnames; with 34 first names and a middle initial, about
    half a million distinct students)."""
    students = [v.student for v in VIGNETTES]
    first = tuple(dict.fromkeys([*EXTRA_FIRST, *(s.split(" ", 1)[0] for s in students)]))
    compounds = [*EXTRA_LAST, *(s.split(" ", 1)[1] for s in students)]
    halves = [c.split("-", 1) for c in compounds if "-" in c]
    left = tuple(dict.fromkeys(h[0] for h in halves))
    right = tuple(dict.fromkeys(h[1] for h in halves))
    return first, tuple(f"{a}-{b}" for a in left for b in right if a != b)


_FIRST, _LAST = _name_pools()
_INITIALS = "ABCDEFGHIJKLMNOPRSTVWZ"


@dataclass(frozen=True, slots=True)
class _Slot:
    """A case before its content: when it was opened, its number and where it ends up."""

    opened: date
    status: CaseStatus
    number: str
    school_year: int


class _Writer:
    """Draws one case's content from the seeded generator and writes its rows and events."""

    def __init__(
        self, session: Session, rng: random.Random, team: Sequence[str], now: date
    ) -> None:
        self.session = session
        self.rng = rng
        self.team = list(team)
        self.today = now
        self.staff = [name for name, _ in TEAM]

    # -- fictional content ------------------------------------------------------------------

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def student(self) -> str:
        rng = self.rng
        if rng.random() < 0.02:
            return rng.choice(UNICODE_NAMES)
        return f"{rng.choice(_FIRST)} {rng.choice(_INITIALS)}. {rng.choice(_LAST)}"

    def grade(self) -> str:
        return str(self.rng.randint(6, 12))

    def summary(self, status: CaseStatus, student: str) -> tuple[str, str]:
        """(first sentence, full summary): 1-3 sentences mixed from three vignettes, where a
        vignette's own student (by first name) becomes this case's student."""
        rng = self.rng
        came, said, found = rng.choice(VIGNETTES), rng.choice(VIGNETTES), rng.choice(VIGNETTES)
        first_name = student.split()[0]

        def retold(text: str, source: str) -> str:
            return text.replace(source.split()[0], first_name)

        first = f"{came.came_in}."
        sentences = [first]
        if rng.random() < 0.85:
            sentences.append(f"Reported words: {retold(said.words, said.student)}.")
        if status not in (CaseStatus.REFERRAL, CaseStatus.SCREENING) and rng.random() < 0.8:
            sentences.append(f"Fact-finding: {retold(found.context, found.student)}")
        return first, " ".join(sentences)

    def persons(self, case_id: str, student: str, grade: str) -> list[Person]:
        rng = self.rng
        people = [
            Person(
                id=self.new_id(),
                case_id=case_id,
                role=PersonRole.SUBJECT,
                name=student,
                grade=grade,
            )
        ]
        (count,) = rng.choices(range(4), _OTHERS_WEIGHTS)
        for role in rng.choices(_PERSON_ROLES, _PERSON_WEIGHTS, k=count):
            if role in (PersonRole.TARGET, PersonRole.WITNESS):
                name, pgrade = self.student(), self.grade()
            elif role is PersonRole.GUARDIAN:
                surname = student.rsplit(" ", 1)[-1]
                name, pgrade = f"{rng.choice(_STAFF_FIRST + _FIRST)} {surname}", ""
            else:
                name, pgrade = rng.choice(self.staff), ""
            notes = rng.choice(_NOTES) if rng.random() < 0.25 else ""
            people.append(
                Person(
                    id=self.new_id(),
                    case_id=case_id,
                    role=role,
                    name=clean_name(name, "name"),
                    grade=pgrade,
                    notes=notes,
                )
            )
        return people

    def history(self, status: CaseStatus) -> tuple[list[tuple[CaseStatus, CaseStatus]], str]:
        """The workflow steps from Referral to `status`, and the closure reason if it closed."""
        steps: list[tuple[CaseStatus, CaseStatus]] = []
        current = CaseStatus.REFERRAL

        def walk(to: CaseStatus) -> None:
            nonlocal current
            for nxt in STATUS_ORDER[STATUS_ORDER.index(current) + 1 : STATUS_ORDER.index(to) + 1]:
                steps.append((current, nxt))
                current = nxt

        closure = ""
        if status is CaseStatus.CLOSED:
            stops, weights, reasons = zip(*_CLOSED_FROM, strict=True)
            (i,) = self.rng.choices(range(len(stops)), weights)
            walk(stops[i])
            closure = reasons[i]
            steps.append((current, CaseStatus.CLOSED))
        else:
            if status in _REOPENABLE and self.rng.random() < _REOPEN_SHARE:
                walk(CaseStatus.SCREENING)
                steps += [
                    (CaseStatus.SCREENING, CaseStatus.CLOSED),
                    (CaseStatus.CLOSED, CaseStatus.SCREENING),
                ]
                current = CaseStatus.SCREENING
            walk(status)
        for before, after in steps:  # the generator must never write a history the app refuses
            reason = (closure or _REOPEN_REASON) if CaseStatus.CLOSED in (before, after) else ""
            check_transition(before, after, reason)
        return steps, closure

    # -- writing ----------------------------------------------------------------------------

    def write(self, conn: db.Connection, slot: _Slot) -> None:
        rng = self.rng
        audit = self.session.ocf.audit
        case_id = self.new_id()
        student, grade = self.student(), self.grade()
        people = self.persons(case_id, student, grade)
        steps, closure = self.history(slot.status)
        first_sentence, summary = self.summary(slot.status, student)
        level = "" if slot.status is CaseStatus.REFERRAL else rng.choice(_LEVELS[1:])
        if slot.status is CaseStatus.REFERRAL and rng.random() < 0.5:
            level = rng.choice(_LEVELS)
        manager: str | None = rng.choice(self.team)
        if slot.status is CaseStatus.REFERRAL and rng.random() < 0.3:
            manager = None

        # Field edits: a referral always has one (it has no status change yet), others sometimes.
        edited: list[str] = []
        if slot.status is CaseStatus.REFERRAL or rng.random() < 0.15:
            edited = sorted(
                rng.sample(_EDITABLE, rng.randint(1, 2)),
                key=_EDITABLE.index,
            )
            if manager is None and "case_manager_id" in edited:
                edited.remove("case_manager_id")
            if level == "" and "level_of_concern" in edited:
                edited.remove("level_of_concern")
            edited = edited or ["summary"]
        review: date | None = None
        if slot.status in _REVIEWED:
            review = self.today + timedelta(days=rng.randint(-21, 35))  # some are overdue
        closed_on: date | None = None
        if slot.status is CaseStatus.CLOSED:
            span = max(0, min(180, (self.today - slot.opened).days))
            closed_on = slot.opened + timedelta(days=rng.randint(0, span))

        final = Case(
            id=case_id,
            number=slot.number,
            status=slot.status,
            opened_on=slot.opened,
            summary=summary,
            level_of_concern=level,
            case_manager_id=manager,
            next_review=review,
            closed_on=closed_on,
            closure_reason=closure,
        )
        created = replace(
            final,
            status=CaseStatus.REFERRAL,
            # An edited summary started as its first sentence (or blank, if that is all).
            summary=(first_sentence if first_sentence != summary else "")
            if "summary" in edited
            else summary,
            level_of_concern="" if "level_of_concern" in edited else level,
            case_manager_id=None if "case_manager_id" in edited else manager,
            next_review=None,
            closed_on=None,
            closure_reason="",
        )
        author = rng.choice(self.team)
        actor = manager or author
        case_repo.insert_case(conn, created, slot.school_year, author)
        for person in people:
            case_repo.insert_person(conn, person, author)
        event: dict[str, Any] = {"entity": "case", "entity_id": case_id, "case_id": case_id}
        audit.append(author, "case.created", **event, detail={"number": slot.number})
        for before, after in steps:
            action = "case.reopened" if before is CaseStatus.CLOSED else "case.status_changed"
            audit.append(actor, action, **event, detail={"from": before.value, "to": after.value})
        updates = [edited] if edited else []
        if review is not None:
            updates.append(["next_review"])
        for fields in updates:
            audit.append(actor, "case.updated", **event, detail={"fields": fields})
        # One UPDATE stands for the whole walk: the final row is what the services leave.
        case_repo.update_case(conn, final, actor)


def _plan(cases: int, rng: random.Random, now: date) -> list[_Slot]:
    """Opened dates over the last three school years (referrals recent, closed cases anywhere),
    numbered in date order within each school year, as the app numbers them."""
    start = date(school_year_of(now) - 2, 7, 1)
    window = (now - start).days
    statuses, weights = zip(*_STATUS_WEIGHTS.items(), strict=True)
    drawn: list[tuple[date, int, CaseStatus]] = []
    for i in range(cases):
        status = STATUS_ORDER[i] if i < len(STATUS_ORDER) else rng.choices(statuses, weights)[0]
        age_limit = {
            CaseStatus.REFERRAL: 14,
            CaseStatus.SCREENING: 45,
            CaseStatus.CLOSED: window,
        }.get(status, 400)
        opened = now - timedelta(days=rng.randint(0, min(age_limit, window)))
        drawn.append((opened, i, status))
    drawn.sort()
    sequence: dict[int, int] = {}
    slots = []
    for opened, _, status in drawn:
        year = school_year_of(opened)
        sequence[year] = sequence.get(year, 0) + 1
        slots.append(_Slot(opened, status, format_case_number(year, sequence[year]), year))
    return slots


def make_casefile(
    folder: Path, cases: int, *, seed: int = 7, passphrase: str, kdf: KdfParams | None = None
) -> None:
    """Create `folder` as a case file of the Maple Hollow team (six members, all with
    `passphrase`) holding `cases` synthetic cases, and lock it."""
    rng = random.Random(seed)
    now = today()
    (lead_name, lead_role), *others = TEAM
    session, _ = create_case_file(
        folder, NewCaseFile(SCHOOL, lead_name, lead_role.value, DISTRICT), passphrase, kdf
    )
    try:
        team = [session.member_id]
        for name, role in others:
            member, _ = members.add_member(session, name, role.value, passphrase, kdf=kdf)
            team.append(member.id)
        writer = _Writer(session, rng, team, now)
        slots = _plan(cases, rng, now)
        for start in range(0, len(slots), BATCH):
            with session.ocf.transaction(intent="bench.synthetic") as tx:
                for slot in slots[start : start + BATCH]:
                    writer.write(tx, slot)
    finally:
        lock(session)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.synthetic",
        description="Write a synthetic case file for benchmarks (passphrase: $BTAM_PASSPHRASE).",
    )
    parser.add_argument("path", type=Path, help="the case-file folder to create (must not exist)")
    parser.add_argument("--cases", type=int, required=True, help="how many cases to write")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    args = parser.parse_args(argv)
    passphrase = os.environ.get("BTAM_PASSPHRASE", "")
    if not passphrase:
        parser.error("set the passphrase in the BTAM_PASSPHRASE environment variable")
    if args.cases < 0:
        parser.error("--cases cannot be negative")
    if args.path.exists():
        parser.error(f"{args.path} already exists")
    os.umask(0o077)
    started = time.perf_counter()
    make_casefile(args.path, args.cases, seed=args.seed, passphrase=passphrase)
    elapsed = time.perf_counter() - started
    size = folder_size(args.path)
    print(f"{args.cases} cases in {elapsed:.1f} s -> {args.path} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
