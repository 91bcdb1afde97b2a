"""A pack's own words in Spanish (`[labels.es]`): what the family's papers print. Every
built-in has them; a missing one is a warning of `packs check`, never an error; a district's
word replaces the model's; a bad table is an error with its line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from btam_desktop.packs.builtin import builtin_dir, builtin_packs
from btam_desktop.packs.loader import PackError, missing_labels, parse
from btam_desktop.packs.snapshot import from_json, to_json
from tests.packs.test_packs import DISTRICT

#: The demo district's kind of addition: a factor of its own, without its Spanish word (its
#: own level's description has one).
NEW_FACTOR = """
[factors]
protective = ["Plays in the school band"]

[labels.es]
"High concern" = "Preocupación alta (revisión cada 5 días)"
"Our district reviews high concern every 5 days." = "Revisión cada 5 días."
"""


def test_every_builtin_pack_has_spanish_for_what_families_read() -> None:
    for pack in builtin_packs().values():
        assert missing_labels(pack) == [], pack.id
        words = pack.family_words()
        assert words and all(pack.label(text, "es") != text for _, text in words), pack.id
    ntac = builtin_packs()["ntac"]
    assert ntac.label("Environment", "es") == "La escuela y el entorno"
    assert ntac.label("Environment", "en") == "Environment"  # its own words are English


def test_every_builtin_pack_has_spanish_for_its_forms_and_its_name() -> None:
    """The questions, their choices and the inquiry checklist print on the family's
    inspection copy; the name on the staff handout."""
    for pack in builtin_packs().values():
        forms = [q.text for q in pack.questions()]
        forms += [c for q in pack.questions() for c in q.choices]
        forms += [item.text for item in pack.checklist] + [s.title for s in pack.sections]
        kinds = {what for what, _ in pack.family_words()}
        assert {"question", "checklist item"} <= kinds, pack.id
        untranslated = [t for t in [*forms, pack.name] if pack.label(t, "es") == t]
        assert untranslated == [], pack.id
    ntac = builtin_packs()["ntac"]
    assert ntac.label("None known", "es") == "Ninguno que se sepa"
    assert ntac.label("Interview the student", "es") == "Entrevistar al estudiante"


def test_every_builtin_level_says_what_it_means_and_requires_in_spanish() -> None:
    """The assessment dialog shows the chosen level's description and what it requires
    next; `packs check` expects both in Spanish, as it does the level's name."""
    for pack in builtin_packs().values():
        kinds = {what for what, _ in pack.family_words()}
        assert {"level's description", "level's requirement"} <= kinds, pack.id
        said = [lv.description for lv in pack.levels]
        said += [need for lv in pack.levels for need in lv.requires]
        assert [t for t in said if pack.label(t, "es") == t] == [], pack.id
    high = builtin_packs()["ntac"].level("high")
    assert high is not None
    assert builtin_packs()["ntac"].label(high.requires[-1], "es") == (
        "Notificar a los padres o tutores"
    )
    needs = 'review_days = 5\nrequires = ["A call home within a day"]\n'
    district = parse(
        DISTRICT.replace("review_days = 5\n", needs), "d.toml", builtin_packs()["ntac"]
    )
    missing = "\n".join(missing_labels(district))
    assert "the level's description 'Our district reviews high concern every 5 days.'" in missing
    assert "the level's requirement 'A call home within a day'" in missing


@pytest.mark.parametrize("name", sorted(p.name for p in builtin_dir().glob("*.toml")))
def test_packs_check_of_a_builtin_pack_warns_of_nothing(name: str) -> None:
    run = [sys.executable, "-m", "btam_desktop", "packs", "check", str(builtin_dir() / name)]
    done = subprocess.run(run, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "warning" not in done.stdout + done.stderr, done.stderr
    assert ": ok" in done.stdout


def test_a_district_word_replaces_the_models_and_a_missing_one_is_a_warning() -> None:
    pack = parse(DISTRICT + NEW_FACTOR, "district.toml", builtin_packs()["ntac"])
    assert pack.label("High concern", "es") == "Preocupación alta (revisión cada 5 días)"
    assert pack.label("Low concern", "es") == "Preocupación baja"  # the model's, kept
    assert missing_labels(pack) == [
        "no Español label for the protective factor 'Plays in the school band' "
        "(add it under [labels.es])",
        "no Español label for the checklist item 'Talk with the bus driver' "
        "(add it under [labels.es])",
    ]
    # The district's own name needs no Spanish; the model's name does not travel with it.
    assert pack.label(pack.name, "es") == pack.name
    assert "NTAC behavioral threat assessment" not in pack.labels["es"]
    assert from_json(to_json(pack)).labels == pack.labels  # kept inside an assessment


def test_a_label_for_no_word_of_the_pack_is_a_warning() -> None:
    pack = parse(
        DISTRICT + '\n[labels.es]\n"Hihg concern" = "Alta"\n', "d.toml", builtin_packs()["ntac"]
    )
    assert missing_labels(pack)[-1] == (
        "[labels.es] 'Hihg concern' is none of the pack's words (its name, provenance, levels, "
        "their descriptions and requirements, screening decisions, plan domains, factors, tip "
        "line note, questions, answer choices, checklist items or their help)"
    )


@pytest.mark.parametrize(
    ("table", "message", "at"),
    [
        ('[labels.fr]\n"High concern" = "Préoccupation"\n', "labels.fr: is not a language", 0),
        ('[labels.es]\n"High concern" = ""\n', "labels.es.High concern: should be a non-empty", 1),
        ("[labels]\nes = 3\n", "labels.es: should be a table", 1),
    ],
)
def test_a_bad_labels_table_is_an_error_with_its_line(table: str, message: str, at: int) -> None:
    """`at`: the table's header line (0) or the line of the key (1)."""
    text = DISTRICT + "\n" + table
    with pytest.raises(PackError) as caught:
        parse(text, "d.toml", builtin_packs()["ntac"])
    line = len(DISTRICT.splitlines()) + 2 + at
    assert f"d.toml:{line}: {message}" in str(caught.value)


def test_packs_check_warns_of_a_missing_spanish_label_and_passes(tmp_path: Path) -> None:
    district = tmp_path / "district.toml"
    district.write_text(DISTRICT + NEW_FACTOR, "utf-8")
    run = [sys.executable, "-m", "btam_desktop", "packs", "check", str(district)]
    done = subprocess.run(run, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "2 warning(s)" in done.stdout and ": ok" in done.stdout
    assert (
        f"{district}: warning: no Español label for the protective factor 'Plays in the school "
        "band'" in done.stderr
    )
