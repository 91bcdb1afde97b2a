"""Assess: the form comes from a pack; saving records a new version with its rationale and
sets the case's level of concern, next review and what the level requires next."""

from __future__ import annotations

from dataclasses import replace

from btam_desktop.domain.assessment import Assessment, check_assessment, next_review
from btam_desktop.domain.changes import ChangeSet
from btam_desktop.domain.date_limits import event_span
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.pack import QuestionType, visible
from btam_desktop.domain.records import clean_name, clean_text, new_id, today
from btam_desktop.packs import snapshot
from btam_desktop.services.contracts.assess import (
    AssessmentForm as AssessmentForm,
    AssessmentInput as AssessmentInput,
    PastAssessment as PastAssessment,
)
from btam_desktop.services.packs import available, case_pack
from btam_desktop.services.session import Session
from btam_desktop.storage import case_repo, inquiry_repo, referral_repo, team_repo


def new_assessment_form(
    session: Session, case_id: str, pack_id: str | None = None
) -> AssessmentForm:
    """Under the case's model, or (`pack_id`) another model applied to this one case. A
    reassessment starts from the previous answers under the same model; a first one from
    what intake and the inquiry already hold, where the pack says so (`prefill`)."""
    conn = session.ocf.conn
    case = case_repo.get_case(conn, case_id)
    pack = case_pack(conn, case)
    if pack_id is not None and pack_id != pack.id:
        chosen = available(conn).get(pack_id)
        if chosen is None:
            raise ValidationError(f"The model '{pack_id[:40]}' is not available on this computer.")
        pack = chosen
    earlier = inquiry_repo.assessments_of(conn, case_id)
    same_model = [a for a, _ in earlier if a.pack_id == pack.id]
    prefill = dict(same_model[-1].answers) if same_model else {}
    known = _known_facts(session, case_id)
    for question in pack.questions():
        value = known.get(question.prefill) if question.prefill else None
        fits = question.type is QuestionType.TEXT or (
            question.type is QuestionType.YES_NO_UNKNOWN and value in ("yes", "no")
        )
        if value and fits and question.id not in prefill:
            prefill[question.id] = value
    return AssessmentForm(pack, prefill, inquiry_repo.next_version(conn, case_id))


def _known_facts(session: Session, case_id: str) -> dict[str, str]:
    """What intake and the inquiry already hold, by the keys packs use in `prefill`."""
    conn = session.ocf.conn
    facts: dict[str, str] = {}
    referrals = referral_repo.referrals_of(conn, case_id)
    if referrals:
        first = referrals[0]
        facts["referral:verbatim"] = first.verbatim
        facts["referral:narrative"] = first.narrative
        facts["referral:weapon"] = "yes" if any(r.weapon for r in referrals) else ""
    for item in inquiry_repo.items_of(conn, case_id):
        if item.pack_item_id and item.findings.strip():
            facts[f"inquiry:{item.pack_item_id}"] = item.findings
    return facts


def record_assessment(
    session: Session, case_id: str, item: AssessmentInput
) -> tuple[Assessment, ChangeSet]:
    """A new version. The case takes the level, the review date and the requirements."""
    conn = session.ocf.conn
    pack = available(conn).get(item.pack_id)
    if pack is None:
        raise ValidationError(f"The pack '{item.pack_id}' is not available on this computer.")
    check_assessment(pack, item.answers, item.level_id, item.rationale, item.present)
    risk = tuple(clean_name(f, "risk factor") for f in item.risk_factors)
    protective = tuple(clean_name(f, "protective factor") for f in item.protective_factors)
    on = item.assessed_on or today()
    event_span(today()).check(on, "assessment date")
    event_span(today()).check_optional(item.next_review, "next review date")
    if on > today():
        raise ValidationError("The assessment date is in the future.")
    level = pack.level(item.level_id)
    assert level is not None
    with session.ocf.transaction(intent="assess.record") as tx:
        case = case_repo.get_case(tx, case_id)
        for member_id in (*item.present, *(m for m, _ in item.dissent)):
            team_repo.get_member(tx, member_id)
        assessment = Assessment(
            id=new_id(),
            case_id=case_id,
            version=inquiry_repo.next_version(tx, case_id),
            pack_id=pack.id,
            pack_version=pack.version,
            assessed_on=on,
            answers={
                q.id: item.answers[q.id]
                for q in pack.questions()
                if item.answers.get(q.id) not in (None, "", []) and visible(q, item.answers)
            },
            level_id=level.id,
            rationale=clean_text(item.rationale, "rationale"),
            present=item.present,
            dissent=tuple(
                (m, clean_text(text, "dissent")) for m, text in item.dissent if text.strip()
            ),
            risk_factors=risk,
            protective_factors=protective,
            requirements=level.requires,
        )
        inquiry_repo.insert_assessment(tx, assessment, snapshot.to_json(pack), session.member_id)
        review = item.next_review or next_review(pack, level.id, on)
        assessed = replace(case, level_of_concern=level.id, next_review=review, pack_id=pack.id)
        case_repo.update_case(tx, assessed, session.member_id)
        session.ocf.audit.append(
            session.member_id,
            "assessment.recorded",
            entity="assessment",
            entity_id=assessment.id,
            case_id=case_id,
            detail={
                "version": assessment.version,
                "pack": pack.id,
                "pack_version": pack.version,
                "level": level.id,
            },
        )
    return assessment, ChangeSet(cases=frozenset({case_id}))


def assessments_of(session: Session, case_id: str) -> list[PastAssessment]:
    conn = session.ocf.conn
    saves = inquiry_repo.assessment_saves(conn, case_id)
    return [
        PastAssessment(a, snapshot.from_json(s), *saves.get(a.id, ("", "")))
        for a, s in inquiry_repo.assessments_of(conn, case_id)
    ]


def set_team_pack(session: Session, pack_id: str) -> ChangeSet:
    session.require_lead("choose the team's model pack")
    if pack_id not in available(session.ocf.conn):
        raise ValidationError(f"'{pack_id[:40]}' is not an available pack.")
    with session.ocf.transaction(intent="assess.set_team_pack") as tx:
        team = team_repo.get_team(tx)
        team_repo.update_team(tx, replace(team, pack_id=pack_id), session.member_id)
        session.ocf.audit.append(
            session.member_id,
            "team.pack_changed",
            entity="team",
            entity_id=team.id,
            detail={"pack": pack_id},
        )
    return ChangeSet(team=True)
