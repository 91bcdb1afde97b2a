"""Assess: a dated judgment under one pack, with a written rationale. A reassessment is a new
version; earlier versions stay readable ("what we knew when")."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from btam_desktop.domain.date_limits import LIFE
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.pack import Pack, Question, QuestionType, visible

Answer = str | list[str] | float | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Assessment:
    id: str
    case_id: str
    version: int
    pack_id: str
    pack_version: str
    assessed_on: date
    answers: dict[str, Answer]
    level_id: str
    rationale: str
    present: tuple[str, ...]  # member ids
    dissent: tuple[tuple[str, str], ...] = ()  # (member id, their view)
    risk_factors: tuple[str, ...] = ()
    protective_factors: tuple[str, ...] = ()
    requirements: tuple[str, ...] = field(default_factory=tuple)


_YES_NO_UNKNOWN = ("yes", "no", "unknown")


def _empty(answer: Answer) -> bool:
    return answer is None or answer == "" or answer == []


def check_answer(question: Question, answer: Answer) -> str | None:
    """A message when the answer does not fit the question's type, else None."""
    if _empty(answer):
        return None
    match question.type:
        case QuestionType.YES_NO_UNKNOWN:
            ok = answer in _YES_NO_UNKNOWN
        case QuestionType.SINGLE:
            ok = answer in question.choices
        case QuestionType.MULTIPLE:
            ok = isinstance(answer, list) and all(a in question.choices for a in answer)
        case QuestionType.NUMBER:
            ok = isinstance(answer, int | float) and not isinstance(answer, bool)
        case QuestionType.DATE:
            try:
                LIFE.check(date.fromisoformat(str(answer)), "date")
                ok = True
            except ValueError:
                ok = False
            except ValidationError as error:
                return f"'{question.text}': {error}"
        case _:
            ok = isinstance(answer, str)
    return None if ok else f"'{question.text}' has an answer of the wrong kind."


def check_assessment(
    pack: Pack, answers: dict[str, Answer], level_id: str, rationale: str, present: tuple[str, ...]
) -> None:
    """Every visible required question answered, answers of the right kind, a level from the
    pack, a written rationale, and who was present."""
    problems = []
    for question in pack.questions():
        if not visible(question, answers):
            continue
        answer = answers.get(question.id)
        if question.required and _empty(answer):
            problems.append(f"Answer '{question.text}'.")
        wrong = check_answer(question, answer)
        if wrong:
            problems.append(wrong)
    if pack.level(level_id) is None:
        problems.append("Choose the level of concern.")
    if not rationale.strip():
        problems.append("Write the rationale: why the team reached this level.")
    if not present:
        problems.append("Record which members were present.")
    if problems:
        raise ValidationError(" ".join(problems[:6]) + (" …" if len(problems) > 6 else ""))


def next_review(pack: Pack, level_id: str, assessed_on: date) -> date:
    level = pack.level(level_id)
    return assessed_on + timedelta(days=level.review_days if level else 30)
