"""What a saved assessment, plan or screening says, in the words of its printout: each code by
the name the printed case summary gives it (services/print_words.py, the one source), names
for member ids, local times. RecordView (ui/record_view.py) decides how it looks."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from btam_desktop.domain.pack import Pack, Question, QuestionType, visible
from btam_desktop.domain.plan import INTERVENTION_TYPE_NAMES, Intervention, carried_by
from btam_desktop.services.print_words import answer_text, level, sentence
from btam_desktop.ui.language import pack_word, short_date, short_moment
from btam_desktop.ui.record_view import Record, level_sign

if TYPE_CHECKING:
    from btam_desktop.domain.referral import Screening
    from btam_desktop.services.contracts.assess import PastAssessment
    from btam_desktop.services.contracts.manage import PlanView


def tr(text: str) -> str:
    return QCoreApplication.translate("Records", text)


def bullets(items: tuple[str, ...] | list[str]) -> str:
    """One item a line, marked, as a list reads on paper."""
    return "\n".join(f"• {item}" for item in items)


def level_words(level_id: str, pack: Pack) -> str:
    """The level by its label and a sign of where it sits on the model's scale, so the level
    reads the same without color: "■■□ Moderate concern (2 of 3)"."""
    rank = next((i for i, lv in enumerate(pack.levels, start=1) if lv.id == level_id), 0)
    label = pack_word(pack, level(level_id, pack))
    if not rank:
        return label
    of = len(pack.levels)
    where = tr("(%1 of %2)").replace("%1", str(rank)).replace("%2", str(of))
    return f"{level_sign(rank, of)} {label} {where}"


def saved_line(saved_at: str, saved_by: str, names: dict[str, str]) -> str:
    """Who saved the record and when, in local time; empty when neither is known."""
    if not saved_at:
        return ""
    who = names.get(saved_by, "")
    when = short_moment(saved_at)
    if not who:
        return tr("Saved %1").replace("%1", when)
    return tr("Saved by %1 on %2").replace("%1", who).replace("%2", when)


def assessment_record(past: PastAssessment, names: dict[str, str], latest: bool) -> Record:
    """An assessment as it was made: the judgment first, then the model's questions with the
    answers given (unanswered ones left out, as on the printout)."""
    a, pack = past.assessment, past.pack
    word = _words(pack)
    title = tr("Assessment %1 — %2").replace("%1", str(a.version)).replace(
        "%2", word(pack.name)
    ) + (tr(" (latest)") if latest else "")
    record = Record().title(title)
    record.emphasis(tr("Level of concern:"), level_words(a.level_id, pack))
    record.note(
        tr("Assessed on %1").replace("%1", short_date(a.assessed_on))
        + (" · " + saved if (saved := saved_line(past.saved_at, past.saved_by, names)) else "")
    )
    record.field(tr("Rationale: why the team reached this level"), a.rationale)
    record.field(tr("Members present"), ", ".join(names.get(m, "?") for m in a.present))
    for member, view in a.dissent:
        record.field(tr("Dissent by %1").replace("%1", names.get(member, "?")), view)
    record.field(tr("Risk factors"), bullets([word(f) for f in a.risk_factors]))
    record.field(tr("Protective factors"), bullets([word(f) for f in a.protective_factors]))
    record.field(tr("Requires next"), bullets([word(r) for r in a.requirements]))
    for section in pack.sections:
        answered = [
            (word(q.text), _answer(q, text, a.answers.get(q.id), word))
            for q in section.questions
            if (text := answer_text(q, a.answers.get(q.id))) and visible(q, a.answers)
        ]
        if answered:
            record.heading(word(section.title))
            for question, answer in answered:
                record.field(question, answer)
    return record


def _words(pack: Pack | None) -> Callable[[str], str]:
    """A word of `pack` as the window shows it; a word as it is without a pack."""
    if pack is None:
        return str
    shown = pack

    def word(text: str) -> str:
        return pack_word(shown, text)

    return word


def plan_word(view: PlanView) -> Callable[[str], str]:
    """A plan domain or factor of the case's model as the window shows it."""
    return _words(view.pack)


def _answer(question: Question, text: str, answer: object, word: Callable[[str], str]) -> str:
    """An answer as shown: yes or no and the model's choices in the window's language, a
    typed answer as typed."""
    if question.type is QuestionType.YES_NO_UNKNOWN:
        return tr(text)
    if question.choices and isinstance(answer, str | list):
        return "; ".join(word(c) for c in ([answer] if isinstance(answer, str) else answer))
    return text


def plan_gaps(view: PlanView) -> list[tuple[str, str]]:
    """What the saved plan leaves open, as (heading, items): the latest assessment's factors
    no intervention addresses yet, and interventions whose member has left the team."""
    gaps = []
    word = plan_word(view)
    if view.unaddressed_risk:
        gaps.append(
            (
                tr("Risk factors no intervention reduces yet"),
                bullets([word(f) for f in view.unaddressed_risk]),
            )
        )
    if view.unaddressed_protective:
        gaps.append(
            (
                tr("Protective factors no intervention strengthens yet"),
                bullets([word(f) for f in view.unaddressed_protective]),
            )
        )
    if view.needs_reassignment:
        count = len(view.needs_reassignment)
        gaps.append(
            (
                tr("Interventions to reassign"),
                QCoreApplication.translate(
                    "Records",
                    "%n intervention(s) belong to a member who left the team: reassign them.",
                    "",
                    count,
                ),
            )
        )
    return gaps


def who_carries(item: Intervention, names: dict[str, str], flagged: set[str]) -> str:
    """Who carries an intervention, by name, marked when their member has left the team."""
    who = carried_by(item, names) or "?"
    return who + (tr(" (left the team)") if item.id in flagged else "")


def intervention_lines(
    item: Intervention,
    names: dict[str, str],
    flagged: set[str],
    word: Callable[[str], str] = str,
) -> str:
    """An intervention's particulars in the words of the printed plan: who, how often, when
    and its status on one line (as the plan's table row reads), then what it changes."""
    status = tr(sentence(item.status.value))
    if item.status_reason:
        status += f" ({item.status_reason})"
    facts = [
        (tr("Responsible"), who_carries(item, names, flagged)),
        (tr("How often"), tr(sentence(item.frequency))),
        (tr("Starts"), short_date(item.start_on)),
        (tr("Review by"), short_date(item.due_on)),
        (tr("Status"), status),
    ]
    more = [
        (tr("Reduces"), "; ".join(word(f) for f in item.reduces)),
        (tr("Strengthens"), "; ".join(word(f) for f in item.strengthens)),
        (tr("Outcome"), item.outcome),
    ]
    first = " · ".join(f"{label}: {value}" for label, value in facts if value)
    return "\n".join([first, *(f"{label}: {value}" for label, value in more if value)])


def plan_record(view: PlanView, names: dict[str, str]) -> Record:
    """The saved support plan: its goals and what it leaves open, then the interventions
    under their domains (the pack's order first)."""
    plan = view.latest
    if plan is None:
        record = Record().text(tr("No plan saved yet. New plan… writes the first version."))
    else:
        record = Record().title(tr("Support plan, version %1").replace("%1", str(plan.version)))
        record.note(saved_line(plan.saved_at, plan.saved_by or "", names))
        record.field(tr("Goals"), plan.goals)
        _open_items(record, view)
        flagged = set(view.needs_reassignment)
        word = plan_word(view)
        used = {i.domain for i in plan.interventions}
        for domain in [*view.domains, *sorted(used - set(view.domains))]:
            items = [i for i in plan.interventions if i.domain == domain]
            if items:
                record.heading(word(domain))
            for item in items:
                label = f"{tr(INTERVENTION_TYPE_NAMES[item.type])}: {item.description}"
                record.field(label, intervention_lines(item, names, flagged, word))
        return record
    return _open_items(record, view)


def _open_items(record: Record, view: PlanView) -> Record:
    """What the plan leaves open, under the goals: what the team has to act on comes first."""
    gaps = plan_gaps(view)
    if gaps:
        record.heading(tr("Not yet addressed"))
        for heading, open_items in gaps:
            record.field(heading, open_items)
    return record


def screening_record(
    screenings: list[Screening], names: dict[str, str], decisions: dict[str, str]
) -> Record:
    """Each screening decision (`decisions`: the words for each), who decided it with whom
    and when (local time), and the reason given."""
    record = Record()
    if not screenings:
        return record.text(tr("Not screened yet."))
    for s in screenings:
        decided = sentence(tr(decisions.get(s.decision.value, s.decision.value)))
        record.field(
            decided,
            "\n".join(
                filter(
                    None,
                    (
                        tr("Decided by %1 with %2 on %3")
                        .replace("%1", names.get(s.lead_id, "?"))
                        .replace("%2", names.get(s.second_member_id, "?"))
                        .replace("%3", short_moment(s.decided_at)),
                        tr("Reason: %1").replace("%1", s.reason) if s.reason else "",
                    ),
                )
            ),
        )
    return record
