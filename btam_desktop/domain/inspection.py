"""What a parent inspecting their child's record (FERPA, 34 CFR 99.10) may not see, as rules.

A parent may inspect every record about their child, but where a record also holds another
student's information, only the part about their own child (99.12(a)); a reporter who asked
to stay unnamed is a promise the team keeps. The rules are plain and named, so the packet can
say, per reason, how many passages it withheld:

- a reporter who asked to be kept confidential (`ReporterKind.CONFIDENTIAL`): the name and
  relationship, wherever the name appears;
- other students: the targets and witnesses of the student's cases, presumed students unless
  the team knows them as staff (a member or a contact); a named reporter whose relationship
  says they are a student; and the students of every other case in the file, wherever their
  names appear;
- plan items the case's model marks as about other people (`plan.about_others`) and safety
  plans for a target: that person's protection, not the student's.

A police-liaison item is the team's record of the student and is shown: no rule of 99.12 lets
the school keep it from the parent.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from enum import StrEnum

from btam_desktop.domain.case import Person, PersonRole
from btam_desktop.domain.plan import Intervention, InterventionType
from btam_desktop.domain.referral import Referral, ReporterKind


class Withheld(StrEnum):
    """Why a passage is withheld, in the order the packet lists the reasons."""

    CONFIDENTIAL_REPORTER = "confidential_reporter"
    OTHER_STUDENTS = "other_students"
    OTHERS_SAFETY = "others_safety"


#: Words in a reporter's relationship that make them a student ("classmate", "a friend").
STUDENT_WORDS = ("student", "classmate", "schoolmate", "peer", "friend", "teammate")
#: People in a case who may be another student.
_MAYBE_STUDENTS = (PersonRole.TARGET, PersonRole.WITNESS, PersonRole.REPORTER)


def is_other_student(person: Person, staff: frozenset[str]) -> bool:
    """A target, witness or reporter of the case is presumed a student unless the team knows
    them as staff (`staff`: folded names of members and contacts). A grade or a school id
    says so plainly; most targets come from a referral with a name only."""
    if person.role not in _MAYBE_STUDENTS:
        return False
    if person.grade.strip() or person.student_id.strip():
        return True
    return person.name.strip().casefold() not in staff


def reporter_withheld(referral: Referral, students: frozenset[str]) -> Withheld | None:
    """Why a referral's reporter is not named to the family, or None (`students`: folded
    names of the other students the packet withholds)."""
    if referral.reporter_kind is ReporterKind.CONFIDENTIAL:
        return Withheld.CONFIDENTIAL_REPORTER
    if referral.reporter_kind is ReporterKind.ANONYMOUS:
        return None
    relationship = referral.reporter_relationship.casefold()
    if referral.reporter_name.strip().casefold() in students or any(
        word in relationship for word in STUDENT_WORDS
    ):
        return Withheld.OTHER_STUDENTS
    return None


def plan_item_withheld(item: Intervention, others: frozenset[str]) -> Withheld | None:
    """A plan item about another person's safety (`others`: the domains the case's model marks
    as about other people), or None."""
    if item.domain in others or item.type is InterventionType.TARGET_SAFETY:
        return Withheld.OTHERS_SAFETY
    return None


#: Where a name splits into its words ("Varga-Holloway", "O'Rourke").
_NAME_SPLIT = re.compile(r"[\s\-'\u2019.,]+")
#: A word of text, or a mark already put in (left as it is).
_WORD = re.compile("\ue000[a-z_]+\ue001|\\w+")


def name_scrubber(
    withheld: Iterable[tuple[str, Withheld]], kept: Iterable[str], mark: Callable[[Withheld], str]
) -> Callable[[str], str]:
    """Replaces each withheld name in free text with `mark(reason)`: the whole name in any
    case, then each word of it (three letters or more, with its capital, so "park" stays in
    "the park") unless that word is also in a name the family may read (`kept`: the student,
    the guardians): "Kenzie" of another Kenzie does not hide their own child's name.

    A file holds thousands of students: a text is matched only against the whole names whose
    first word it holds, and its words are looked up, not matched against every name."""
    keep = {w.casefold() for name in kept for w in _NAME_SPLIT.split(name) if w}
    whole: dict[str, Withheld] = {}
    by_first: dict[str, list[str]] = {}
    parts: dict[str, Withheld] = {}
    for name, reason in withheld:
        name = name.strip()
        words = re.findall(r"\w+", name.casefold())
        if len(name) < 2 or not words:
            continue
        if name.casefold() not in whole:
            whole[name.casefold()] = reason
            by_first.setdefault(words[0], []).append(name.casefold())
        for part in _NAME_SPLIT.split(name):
            if len(part) >= 3 and part.casefold() not in keep:
                parts.setdefault(part, reason)

    def word(m: re.Match[str]) -> str:
        found = parts.get(m.group(0))
        return m.group(0) if found is None else mark(found)

    def scrub(text: str) -> str:
        firsts = {m.group(0).casefold() for m in _WORD.finditer(text)}
        names = {n for first in firsts for n in by_first.get(first, ())}
        if names:
            keys = sorted(names, key=len, reverse=True)
            pattern = re.compile(
                r"(?<!\w)(" + "|".join(re.escape(k) for k in keys) + r")(?!\w)", re.IGNORECASE
            )
            text = pattern.sub(lambda m: mark(whole[m.group(1).casefold()]), text)
        return _WORD.sub(word, text) if parts else text

    return scrub
