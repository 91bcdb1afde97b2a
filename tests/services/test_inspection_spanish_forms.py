"""The team's forms on the family's Spanish inspection copy: the model's inquiry checklist, its
assessment questions and its answer choices print in the pack's Spanish (`[labels.es]`);
what the team typed prints as typed."""

from __future__ import annotations

from pathlib import Path

from btam_desktop.domain.assessment import Answer
from btam_desktop.domain.pack import Pack
from btam_desktop.packs.builtin import builtin_packs
from btam_desktop.services import cases, demo, printing, session as sessions
from btam_desktop.services.print_words import key_answers
from btam_desktop.services.session import TEST_KDF
from tests.reports.pdftext import text


def _forms(pack: Pack) -> set[str]:
    """Every English word of the pack's forms: checklist items, questions, choices."""
    words = {item.text for item in pack.checklist}
    words |= {q.text for q in pack.questions()}
    return words | {c for q in pack.questions() for c in q.choices}


def test_the_demos_spanish_inspection_copy_prints_no_english_question(tmp_path: Path) -> None:
    s, _ = demo.build_demo(tmp_path / "demo.btam", "demo passphrase", cases_count=2, kdf=TEST_KDF)
    try:
        kenzie = next(r.id for r in cases.list_cases(s) if r.student == "Kenzie Varga-Holloway")
        request = printing.PrintRequest("inspection", kenzie, language="es")
        found = text(printing.prepare(s, request).pdf)
    finally:
        sessions.lock(s)
    ntac = builtin_packs()["ntac"]
    english = {t for pack in builtin_packs().values() for t in _forms(pack) if len(t.split()) > 2}
    assert sorted(t for t in english if t in found) == []
    for spanish in (
        "Entrevistar al estudiante",  # the checklist
        "¿Qué motivos u objetivos tiene el estudiante",
        "¿Qué motivos y objetivos tiene el estudiante?",  # an assessment question
        f"Acceso a armas: {ntac.label('None known', 'es')}",  # a choice, answered
        "Modelo: Evaluación conductual de amenazas del NTAC, Ridgeview Unified",
    ):
        assert spanish in found, spanish


def test_the_models_choices_are_in_the_papers_language_and_typed_text_as_typed() -> None:
    ntac = builtin_packs()["ntac"]
    answers: dict[str, Answer] = {
        "stressors": ["Loss or bereavement", "Other", "a move across town"],
        "weapons_access": "Possible",
        "motives": "Other",  # typed into a text question: the team's words
    }
    shown = dict(key_answers(ntac, answers, str, "es"))
    assert (
        shown["Fuentes de estrés presentes"] == "Una pérdida o un duelo; Otra; a move across town"
    )
    assert shown["Acceso a armas"] == "Posible"
    assert shown["¿Qué motivos y objetivos tiene el estudiante?"] == "Other"
    assert dict(key_answers(ntac, answers, str))["Access to weapons"] == "Possible"
