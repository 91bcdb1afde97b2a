"""One student across cases: the cases whose student is the same person, and how a name or an
id typed at the command line picks one.

Two case students are one student when they carry the same school student id, or when the team
said so: a `PersonLink` ("this case's student is the same person as that one's"), written when
intake answered "Is this the same …?" with yes, or by a lead's merge. Links chain (A is B, B is
C: one student), and an undone link ("separate") counts no more. A student recorded without an
id and never linked is that case's student alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from btam_desktop.domain.case import Person
from btam_desktop.domain.records import could_be_same_name, name_words, search_fold


@dataclass(frozen=True, slots=True, kw_only=True)
class StudentRecord:
    """A student and every case about them (oldest case first). `person_id` is the student's
    record in their newest case: what `--student` takes besides a name or a school id."""

    person_id: str
    name: str
    person_ids: tuple[str, ...] = ()  # the student's record in each case
    grade: str = ""
    student_id: str = ""  # the school's id, "" when none was recorded
    date_of_birth: date | None = None
    school: str = ""
    case_ids: tuple[str, ...] = ()
    case_numbers: tuple[str, ...] = ()

    def describe(self) -> str:
        """One line that tells two students apart: name, grade, id, birth date, cases."""
        parts = [self.name]
        if self.grade:
            parts.append(f"grade {self.grade}")
        if self.student_id:
            parts.append(f"student id {self.student_id}")
        if self.date_of_birth:
            parts.append(f"born {self.date_of_birth.isoformat()}")
        cases = ", ".join(self.case_numbers)
        parts.append(f"case {cases}" if len(self.case_numbers) == 1 else f"cases {cases}")
        parts.append(f"record {self.person_id}")
        return " · ".join(parts)


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonLink:
    """The team said `person_id` (a case's student) is the same person as `same_as_id`."""

    id: str
    person_id: str
    same_as_id: str
    linked_at: str = ""  # UTC ISO 8601
    linked_by: str | None = None  # member id
    undone_at: str | None = None  # "separate": the link counts no more
    undone_by: str | None = None

    @property
    def in_force(self) -> bool:
        return self.undone_at is None


def _roots(keys: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Union-find over the pairs that are one student: each key -> its group's smallest key
    (the smallest, so the answer does not depend on the order the pairs come in)."""
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for a, b in keys:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {key: root(key) for key in list(parent)}


def group(
    subjects: Sequence[tuple[str, str, Person]], links: Sequence[PersonLink] = ()
) -> list[StudentRecord]:
    """(case id, case number, the case's student) in case order -> one record per student:
    the same school id or a link in force makes two case students one."""
    pairs = [(p.id, p.id) for _c, _n, p in subjects]
    pairs += [
        (p.id, f"id:{p.student_id.strip()}") for _c, _n, p in subjects if p.student_id.strip()
    ]
    pairs += [(link.person_id, link.same_as_id) for link in links if link.in_force]
    roots = _roots(pairs)
    groups: dict[str, list[tuple[str, str, Person]]] = {}
    for case_id, number, person in subjects:
        groups.setdefault(roots[person.id], []).append((case_id, number, person))
    found = []
    for rows in groups.values():
        newest = rows[-1][2]
        school_id = next((r[2].student_id.strip() for r in reversed(rows) if r[2].student_id), "")
        found.append(
            StudentRecord(
                person_id=newest.id,
                name=newest.name,
                person_ids=tuple(r[2].id for r in rows),
                grade=newest.grade,
                student_id=school_id,
                date_of_birth=next(
                    (r[2].date_of_birth for r in reversed(rows) if r[2].date_of_birth), None
                ),
                school=newest.school,
                case_ids=tuple(r[0] for r in rows),
                case_numbers=tuple(r[1] for r in rows),
            )
        )
    return found


def one_student(records: Sequence[StudentRecord], person_id: str) -> StudentRecord | None:
    """The student whose record in some case is `person_id`."""
    return next((s for s in records if person_id in s.person_ids), None)


def matching(students: Sequence[StudentRecord], typed: str) -> list[StudentRecord]:
    """The students `typed` names: a record id or a school student id exactly; else the full
    name (any case or accents); else every name it could be (`could_be_same_name`)."""
    typed = typed.strip()
    if not typed:
        return []
    folded = search_fold(typed)
    by_id = [
        s
        for s in students
        if typed in s.person_ids or (s.student_id and folded == search_fold(s.student_id))
    ]
    if by_id:
        return by_id
    words = name_words(typed)
    exact = [s for s in students if name_words(s.name) == words]
    return exact or [s for s in students if could_be_same_name(typed, s.name)]
