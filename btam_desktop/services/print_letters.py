"""Notification letters: a notification of a case, as the letter that goes with it.

The letter's reader and the student it names follow from whom the notification went to: the
student's parents or guardians (the student), the family of a student who may have been the
target (their own child, named only when the case names one target), or staff outside the team
(the student). Nothing else of the case is read into it: no finding, no level of concern, no
other student's name. It is signed by the team lead, with the contact the roster gives.
"""

from __future__ import annotations

from btam_desktop.domain.case import PersonRole
from btam_desktop.domain.disclosure import Audience
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.plan import (
    LETTER_RECIPIENTS,
    RECIPIENT_WORDS,
    LegalBasis,
    Notification,
)
from btam_desktop.reports import snapshots as sn
from btam_desktop.reports.inspection_words import ENGLISH
from btam_desktop.reports.letter_words import LetterKind
from btam_desktop.services.print_case import GUARDIAN_OF, CaseContext, first_name
from btam_desktop.services.session import Session
from btam_desktop.storage import manage_repo, team_repo

#: The notifications that have a letter (`plan.LETTER_RECIPIENTS`), and which letter.
LETTER_KINDS = dict(
    zip(
        LETTER_RECIPIENTS,
        (LetterKind.PARENTS, LetterKind.TARGET_FAMILY, LetterKind.STAFF),
        strict=True,
    )
)
#: The letter that goes to the student's own family: it prints in the guardian's language.
OWN_FAMILY = (LetterKind.PARENTS,)


def notification(session: Session, case_id: str, notification_id: str | None) -> Notification:
    """The case's notification a letter is printed from; a usage message when there is none,
    or when it went to someone who gets no letter (police, an agency, another school: they get
    the case summary, with its release block)."""
    found = manage_repo.notifications_of(session.ocf.conn, case_id)
    if not notification_id:
        raise ValidationError("Choose the notification on the Plan tab to print its letter.")
    chosen = next((n for n in found if n.id == notification_id), None)
    if chosen is None:
        raise ValidationError("That notification is not in this case.")
    if chosen.recipient not in LETTER_KINDS:
        raise ValidationError(
            f"There is no letter for {RECIPIENT_WORDS[chosen.recipient.value]}: letters are for "
            "the student's family, the family of a student at risk, and staff. Print the case "
            "summary prepared for them instead."
        )
    return chosen


def kind_of(record: Notification) -> LetterKind:
    return LETTER_KINDS[record.recipient]


def _named_child(ctx: CaseContext, kind: LetterKind) -> str:
    """The first name of the one student a letter is about: the target's, for their family,
    only when the case names exactly one target ("" otherwise: the letter says "your child")."""
    if kind is not LetterKind.TARGET_FAMILY:
        return first_name(ctx.subject.name) if ctx.subject else ""
    targets = [p for p in ctx.persons if p.role is PersonRole.TARGET]
    return first_name(targets[0].name) if len(targets) == 1 else ""


def team_lead(session: Session) -> sn.ContactLine | None:
    """Who signs: the team lead (the first by name when there are several), with the contact
    the roster gives."""
    leads = sorted(
        (m for m in team_repo.list_members(session.ocf.conn) if m.is_lead and m.active),
        key=lambda m: m.name,
    )
    return sn.ContactLine(leads[0].name, "", leads[0].contact) if leads else None


def letter(
    session: Session,
    ctx: CaseContext,
    info: sn.DocumentInfo,
    record: Notification,
    language: str,
) -> sn.LetterSnapshot:
    kind = kind_of(record)
    return sn.LetterSnapshot(
        info=info,
        kind=kind.value,
        dated=record.notified_on,
        to=record.recipient_name,
        first=_named_child(ctx, kind),
        lead=team_lead(session),
        district=team_repo.get_team(session.ocf.conn).district,
        language=language,
    )


def audience(ctx: CaseContext, record: Notification, language: str = "en") -> Audience:
    """A letter leaves the team: to the student's parents or guardians, the target's family
    (each the parent of the student the letter names), or a member of staff (a school
    official who works with the student). The parents' letter names them in its own language,
    as the family's plan does (the family's inspection copy lists it so)."""
    kind = kind_of(record)
    student = ctx.subject.name if ctx.subject else "the student"
    if kind is LetterKind.STAFF:
        who = record.recipient_name or f"School staff who work with {student}"
        interest = ENGLISH.works_with.format(student=student)  # the inspection copy says it
        return Audience(True, who[:200], LegalBasis.SCHOOL_OFFICIAL.value, interest)
    if kind is LetterKind.PARENTS:
        guardians = [p.name for p in ctx.persons if p.role is PersonRole.GUARDIAN]
        who = record.recipient_name or ", ".join(guardians)
        named, unnamed = GUARDIAN_OF.get(language, GUARDIAN_OF["en"])
        recipient = (
            named.format(names=who, student=student) if who else unnamed.format(student=student)
        )
        return Audience(True, recipient[:200], LegalBasis.PARENT.value)
    who = record.recipient_name or "The family of the student at risk"
    return Audience(True, who[:200], LegalBasis.PARENT.value)
