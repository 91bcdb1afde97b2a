"""One student across cases: the cases whose student is the same person, found by the school's
student id, and how a name or an id typed at the command line picks one.

Until the team merges person records (issue 20, "One student's record"), the rule is plain:
cases whose students carry the same school student id are one student; a student recorded
without an id is that case's student alone, so two such cases of one child show as two matches
for a name, each with its case number, and the person picks one by its record id.
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


def group(subjects: Sequence[tuple[str, str, Person]]) -> list[StudentRecord]:
    """(case id, case number, the case's student) in case order -> one record per student."""
    groups: dict[str, list[tuple[str, str, Person]]] = {}
    for case_id, number, person in subjects:
        key = f"id:{person.student_id.strip()}" if person.student_id.strip() else person.id
        groups.setdefault(key, []).append((case_id, number, person))
    found = []
    for rows in groups.values():
        newest = rows[-1][2]
        found.append(
            StudentRecord(
                person_id=newest.id,
                name=newest.name,
                person_ids=tuple(r[2].id for r in rows),
                grade=newest.grade,
                student_id=newest.student_id.strip(),
                date_of_birth=newest.date_of_birth,
                school=newest.school,
                case_ids=tuple(r[0] for r in rows),
                case_numbers=tuple(r[1] for r in rows),
            )
        )
    return found


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
