# mypy: disable-error-code="empty-body"
"""The descriptors of the case list and a case's record from its first report: cases, intake
(referrals, screening, evidence), importing referrals, one student across cases, transfer
packets. One area of `api` (see there); the window imports `api`, not this module.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from btam_desktop.domain.audit import AuditEvent
from btam_desktop.domain.case import Case, CaseColumns, CaseStatus, Person
from btam_desktop.domain.pack import LevelChoice
from btam_desktop.domain.referral import EvidenceInfo, Referral, Screening
from btam_desktop.domain.transfer import Deadline, ReceivedRecord
from btam_desktop.services.contracts.cases import CaseDetail, CaseEdit, NewCase
from btam_desktop.services.contracts.imports import Imported, ImportPlan
from btam_desktop.services.contracts.intake import IntakeResult, ReferralInput, StudentCase
from btam_desktop.services.contracts.service import Service
from btam_desktop.services.contracts.students import StudentSnapshot
from btam_desktop.services.contracts.transfer import TransferMade, TransferReceived, TransferRequest


def _cases_list(first: int | None = None) -> CaseColumns: ...


def _cases_get(case_id: str) -> CaseDetail: ...


def _cases_create(request: NewCase) -> Case: ...


def _cases_update(case_id: str, edit: CaseEdit) -> Case: ...


def _cases_change_status(case_id: str, target: CaseStatus, reason: str = "") -> Case: ...


def _cases_history(case_id: str) -> list[AuditEvent]: ...


def _cases_levels(language: str = "en") -> list[LevelChoice]: ...


def _cases_family_language(case_id: str, person_id: str, language: str) -> Person: ...


def _intake_referral(item: ReferralInput) -> IntakeResult: ...


def _intake_find_student_cases(name: str) -> list[StudentCase]: ...


def _intake_referrals(case_id: str) -> list[Referral]: ...


def _intake_screenings(case_id: str) -> list[Screening]: ...


def _intake_record_screening(
    case_id: str,
    decision: str,
    second_member_id: str | None,
    reason: str,
    case_manager_id: str | None = None,
) -> Screening: ...


def _intake_attach_evidence(
    case_id: str,
    file_name: str,
    content: bytes,
    referral_id: str | None = None,
    stage: str = "referral",
) -> EvidenceInfo: ...


def _intake_evidence(case_id: str) -> list[EvidenceInfo]: ...


def _intake_evidence_content(evidence_id: str) -> bytes: ...


def _import_plan(data: bytes, overrides: dict[str, str]) -> ImportPlan: ...


def _import_run(data: bytes, overrides: dict[str, str]) -> Imported: ...


def _transfer_deadline(case_id: str, asked_on: date | None = None) -> Deadline | None: ...


def _transfer_make(request: TransferRequest) -> TransferMade: ...


def _transfer_receive(packet: Path, passphrase: str) -> TransferReceived: ...


def _transfer_received(case_id: str) -> list[ReceivedRecord]: ...


def _students_record(case_id: str) -> StudentSnapshot: ...


def _students_merge(person_id: str, same_as_id: str) -> str: ...


def _students_separate(link_id: str) -> None: ...


CASES_LIST = Service("cases.list", _cases_list)
CASES_GET = Service("cases.get", _cases_get)
CASES_CREATE = Service("cases.create", _cases_create)
CASES_UPDATE = Service("cases.update", _cases_update)
CASES_CHANGE_STATUS = Service("cases.change_status", _cases_change_status)
CASES_HISTORY = Service("cases.history", _cases_history)
CASES_LEVELS = Service("cases.levels", _cases_levels)
CASES_FAMILY_LANGUAGE = Service("cases.family_language", _cases_family_language)
INTAKE_REFERRAL = Service("intake.referral", _intake_referral)
INTAKE_FIND_STUDENT_CASES = Service("intake.find_student_cases", _intake_find_student_cases)
INTAKE_REFERRALS = Service("intake.referrals", _intake_referrals)
INTAKE_SCREENINGS = Service("intake.screenings", _intake_screenings)
INTAKE_RECORD_SCREENING = Service("intake.record_screening", _intake_record_screening)
INTAKE_ATTACH_EVIDENCE = Service("intake.attach_evidence", _intake_attach_evidence)
INTAKE_EVIDENCE = Service("intake.evidence", _intake_evidence)
INTAKE_EVIDENCE_CONTENT = Service("intake.evidence_content", _intake_evidence_content)
IMPORT_PLAN = Service("import.plan", _import_plan)
IMPORT_RUN = Service("import.run", _import_run)
TRANSFER_DEADLINE = Service("transfer.deadline", _transfer_deadline)
TRANSFER_MAKE = Service("transfer.make", _transfer_make)
TRANSFER_RECEIVE = Service("transfer.receive", _transfer_receive)
TRANSFER_RECEIVED = Service("transfer.received", _transfer_received)
STUDENTS_RECORD = Service("students.record", _students_record)
STUDENTS_MERGE = Service("students.merge", _students_merge)
STUDENTS_SEPARATE = Service("students.separate", _students_separate)
