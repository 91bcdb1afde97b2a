"""`[labels.es]` of a pack: the pack's own words (levels, with their descriptions and
requirements, screening decisions, plan domains, factors, the tip line's note, the
assessment's questions and choices, the inquiry checklist, the pack's name and provenance)
in the other languages a family's paper or the window shows them in.

    [labels.es]
    "Low concern" = "Preocupación baja"
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from btam_desktop.domain.language import PAPER_LANGUAGES
from btam_desktop.domain.pack import Pack

if TYPE_CHECKING:
    from btam_desktop.packs.loader import _Reader

#: The languages a pack's `[labels.*]` may give words in (its own words are English).
LABEL_LANGUAGES = tuple(code for code in PAPER_LANGUAGES if code != "en")


def translations(r: _Reader, data: dict[str, Any]) -> dict[str, dict[str, str]]:
    """`[labels.es]`: the pack's own words (as written in the pack) -> the same in Spanish."""
    table = r.get(data, ("labels",), dict, required=False, default={})
    out: dict[str, dict[str, str]] = {}
    for language in table:
        if language not in LABEL_LANGUAGES:
            r.problem(("labels", language), f"is not a language ({', '.join(LABEL_LANGUAGES)})")
            continue
        words = r.get(table, ("labels", language), dict, default={})
        out[language] = {}
        for key, value in words.items():
            if isinstance(value, str) and value.strip():
                out[language][str(key)] = value.strip()
            else:
                r.problem(("labels", language, str(key)), "should be a non-empty text")
    return out


#: A district pack's provenance by language: its own line, then the model it extends (the
#: app's words around the packs' own; `extended_provenance`).
_EXTENDS = {
    "en": "{own} Extends {name} {version}: {source}",
    "es": "{own} Amplía el modelo “{name}” {version}: {source}",
}


def extended_provenance(base: Pack, child: Pack, language: str) -> str:
    """The provenance of `child` merged over `base`, in `language`: each pack's own line and
    the model's name as each gives them there (its English where it gives none). The window
    shows it in Settings and above the assessment form; English is what the merged pack says."""
    return _EXTENDS.get(language, _EXTENDS["en"]).format(
        own=child.label(child.provenance, language),
        name=base.label(base.name, language),
        version=base.version,
        source=base.label(base.provenance, language),
    )


def missing_labels(pack: Pack) -> list[str]:
    """Warnings, not errors: each word a family's paper prints that has no label in a
    language (the paper prints it in English), and each label that names no word of the pack
    (a misspelt key)."""
    words = pack.family_words()
    known = pack.label_keys()
    out = []
    for language in LABEL_LANGUAGES:
        name = PAPER_LANGUAGES[language]
        given = pack.labels.get(language, {})
        out += [
            f"no {name} label for the {what} '{text}' (add it under [labels.{language}])"
            for what, text in words
            if text not in given
        ]
        out += [
            f"[labels.{language}] '{key}' is none of the pack's words (its name, provenance, "
            "levels, their descriptions and requirements, screening decisions, plan domains, "
            "factors, tip line note, questions, answer choices, checklist items or their help)"
            for key in given
            if key not in known
        ]
    return out
