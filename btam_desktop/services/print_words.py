"""How stored values read on the printed case: a code by the name the screen gives it (the
domain's one table for each, or the case's model's own words), in a table cell or inside a
sentence of the timeline, and an assessment's answers as a reader reads them."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from enum import StrEnum

from btam_desktop.domain.assessment import Answer
from btam_desktop.domain.audit import AuditEvent
from btam_desktop.domain.case import STATUS_NAMES, CaseStatus
from btam_desktop.domain.inquiry import ITEM_STATUS_NAMES, ItemStatus
from btam_desktop.domain.pack import Pack, Question, QuestionType, visible
from btam_desktop.domain.plan import (
    RECIPIENT_WORDS,
    REVIEW_DECISION_NAMES,
    LegalBasis,
    ReviewDecision,
)
from btam_desktop.domain.referral import CHANNEL_NAMES, Channel

#: The legal basis as a copy leaving the team prints it (its release block, the record of
#: disclosures): with the regulation it rests on.
BASIS_TEXT = {
    LegalBasis.SCHOOL_OFFICIAL: "School official with a legitimate educational interest "
    "(FERPA, 34 CFR 99.31(a)(1))",
    LegalBasis.HEALTH_SAFETY_EMERGENCY: "Health or safety emergency (FERPA, 34 CFR 99.36)",
    LegalBasis.CONSENT: "Written consent of the parent or eligible student (FERPA, 34 CFR 99.30)",
    LegalBasis.PARENT: "The student's parent or guardian (FERPA, 34 CFR 99.10)",
    LegalBasis.COURT_ORDER: "Subpoena or court order (FERPA, 34 CFR 99.31(a)(9))",
    LegalBasis.RECEIVING_SCHOOL: "School where the student seeks or intends to enroll "
    "(FERPA, 34 CFR 99.31(a)(2), 99.34)",
    LegalBasis.OTHER: "Other lawful basis",
}


def basis_text(value: str) -> str:
    """A stored legal basis as paper cites it; "" for none, the code itself if unknown."""
    try:
        return BASIS_TEXT[LegalBasis(value)]
    except ValueError:
        return words(value)


def words(value: str) -> str:
    return value.replace("_", " ")


def sentence(value: str) -> str:
    """A phrase made to start a table cell ("parents or guardians" -> "Parents or guardians")."""
    return value[:1].upper() + value[1:]


def in_sentence(value: str) -> str:
    """A label made to sit inside a sentence ("Step down to monitoring" -> "step down to
    monitoring"); a label that starts with an acronym ("NTAC ...") keeps its capitals."""
    return value if value[1:2].isupper() else value[:1].lower() + value[1:]


def outcome(decision: str, pack: Pack) -> str:
    """A screening decision in the case's model's own words ("Gather facts (full inquiry)")."""
    return pack.screening_outcomes.get(decision, sentence(words(decision)))


def named[E: StrEnum](names: Mapping[E, str], kind: type[E], value: str) -> str:
    """A stored code by its display name (the domain's one table), or the code in words when
    it is not one (a value from a newer version of the app)."""
    try:
        return names[kind(value)]
    except (ValueError, KeyError):
        return sentence(words(value))


def review_decision(decision: str) -> str:
    return named(REVIEW_DECISION_NAMES, ReviewDecision, decision)


def answer_text(question: Question, answer: Answer, word: Callable[[str], str] = str) -> str:
    """An assessment answer as a reader reads it: "Yes", "Family conflict; Bullying", "3";
    the model's choices through `word` (a pack's label in a paper's language)."""
    if answer is None or answer == "" or answer == []:
        return ""
    if isinstance(answer, list):
        return "; ".join(word(a) if a in question.choices else a for a in answer)
    if isinstance(answer, float | int):
        return f"{answer:g}"
    if question.type is QuestionType.YES_NO_UNKNOWN:
        return sentence(answer)
    return word(answer) if answer in question.choices else answer


def key_answers(
    pack: Pack, answers: dict[str, Answer], scrub: Callable[[str], str], language: str = "en"
) -> tuple[tuple[str, str], ...]:
    """Each question the assessment showed, in the model's order, with its answer (the
    questions left unanswered are left out); the questions and the model's choices in the
    pack's words for `language`, a typed answer as typed."""

    def word(text: str) -> str:
        return pack.label(text, language)

    shown = []
    for question in pack.questions():
        text = answer_text(question, answers.get(question.id), word)
        if text and visible(question, answers):
            shown.append((word(question.text), scrub(text)))
    return tuple(shown)


# -- pieces ----------------------------------------------------------------------------------


_EVENTS = {
    "case.created": "opened the case",
    "case.status_changed": "moved the case from {from} to {to}",
    "case.reopened": "reopened the case",
    "case.updated": "edited the case",
    "referral.added": "took in a report ({channel})",
    "screening.recorded": "recorded the screening decision: {decision}",
    "evidence.attached": "attached evidence",
    "inquiry.checklist_added": "added the inquiry checklist",
    "inquiry.item_updated": "updated an inquiry item ({status})",
    "interview.added": "added interview notes",
    "assessment.recorded": "recorded assessment {version} ({level})",
    "plan.saved": "saved plan version {version}",
    "notification.logged": "logged a notification ({recipient})",
    "checkin.added": "added a check-in (concern {trend})",
    "review.recorded": "recorded a review ({decision})",
    "person.added": "added a person ({role})",
    "retention.hold_placed": "put the case on legal hold",
    "retention.hold_lifted": "lifted the legal hold",
    "retention.kept": "kept the case past its retention date, to review on {review_on}",
    "retention.level_cleared": "removed the level label under the retention rules",
    "document.printed": "printed the {document}",
    "document.saved": "saved the {document} as a PDF",
    "transfer.sent": "sent a transfer packet to a receiving school",
    "transfer.received": "received the case from another school (transfer packet)",
    "harm.marked": "marked the case: risk of harm to self identified",
    "harm.unmarked": "removed the harm-to-self mark",
    "harm.step_recorded": "recorded a step of the suicide-risk protocol ({step})",
    "harm.safety_plan_saved": "saved the safety plan",
}


def describe(event: AuditEvent, pack: Pack) -> str:
    """One line of the timeline, its values in the words the rest of the page uses."""
    text = _EVENTS.get(event.action, words(event.action.replace(".", " ")))
    for key, value in event.detail.items():
        text = text.replace("{" + key + "}", _detail(event.action, key, str(value), pack))
    return re.sub(r"\s*\(?\{\w+\}\)?", "", text)


def _detail(action: str, key: str, value: str, pack: Pack) -> str:
    if key == "recipient":
        return RECIPIENT_WORDS.get(value, words(value))
    if key in ("from", "to") and value in STATUSES:
        return STATUS_NAMES[STATUSES[value]]
    if key == "level":
        return in_sentence(level(value, pack))
    if key == "decision" and action == "screening.recorded":
        return in_sentence(outcome(value, pack))
    if key == "decision" and action == "review.recorded":
        return in_sentence(review_decision(value))
    if key == "channel":
        return in_sentence(named(CHANNEL_NAMES, Channel, value))
    if key == "status" and action.startswith("inquiry."):
        return in_sentence(named(ITEM_STATUS_NAMES, ItemStatus, value))
    return words(value)


STATUSES = {s.value: s for s in CaseStatus}


def level(level_id: str, pack: Pack) -> str:
    """A level of concern by its label in `pack` (the model the case or assessment used)."""
    level = pack.level(level_id)
    return level.label if level else words(level_id)
