"""Importing referrals: the planned import (rows read and problems) and what was imported."""

from __future__ import annotations

from dataclasses import dataclass

from btam_desktop.services.contracts.intake import ReferralInput

#: The fields a row can fill, by the header names the CLI recognizes without --map.
FIELDS = (
    "received_at",
    "received_by",
    "channel",
    "reporter_name",
    "reporter_relationship",
    "anonymous",
    "student_name",
    "student_id",
    "grade",
    "date_of_birth",
    "school",
    "iep_504",
    "location",
    "narrative",
    "verbatim",
    "weapon",
    "prior_concerns",
    "targets",
)


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What an import would do: shown before anything is written."""

    headers: tuple[str, ...]
    mapping: dict[str, str]  # header -> field
    unmapped: tuple[str, ...]
    rows: int
    preview: tuple[ReferralInput, ...]
    #: Why nothing can be imported yet (e.g. no column for the student's name); "" when ready.
    problem: str = ""


@dataclass(frozen=True, slots=True)
class Imported:
    referrals: int
    new_cases: int
    unmapped: tuple[str, ...]
