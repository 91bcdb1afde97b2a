"""Students across cases (`domain/student.py`): every student of the file, the ones a typed name
or id picks, and the student of a case."""

from __future__ import annotations

from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.student import StudentRecord as StudentRecord, group, matching
from btam_desktop.services.session import Session
from btam_desktop.storage import case_repo


def students(session: Session) -> list[StudentRecord]:
    subjects = case_repo.subjects(session.ocf.conn)
    return group([(case_id, number, person) for case_id, number, _status, person in subjects])


def find(session: Session, typed: str) -> list[StudentRecord]:
    """The students `typed` could mean (a record id, a school student id, or a name)."""
    return matching(students(session), typed)


def of_case(session: Session, case_id: str) -> StudentRecord:
    for student in students(session):
        if case_id in student.case_ids:
            return student
    raise ValidationError("This case has no student recorded.")
