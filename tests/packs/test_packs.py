"""Model packs: the built-ins load, district packs extend them, and every defect is named with
its file, line and field."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from btam_desktop.domain.pack import QuestionType, visible
from btam_desktop.domain.plan import about_others
from btam_desktop.packs.builtin import builtin_dir, builtin_packs, district_packs
from btam_desktop.packs.loader import PackError, load, parse

BUILTINS = (
    "ntac",
    "cstag-style",
    "salem-keizer-style",
    "florida-style",
    "virginia-style",
    "texas-style",
)


def test_every_builtin_loads_with_provenance_and_ordered_levels() -> None:
    packs = builtin_packs()
    assert sorted(packs) == sorted(BUILTINS)
    for pack in packs.values():
        assert pack.provenance and pack.licence and pack.levels
        assert all(level.review_days > 0 for level in pack.levels)
        seen: set[str] = set()
        for question in pack.questions():  # show-if only looks back
            if question.show_if:
                assert question.show_if.question in seen
            seen.add(question.id)
    for style in BUILTINS[1:]:
        assert "not endorsed" in packs[style].name and "own wording" in packs[style].licence
    ntac = packs["ntac"]
    assert len(ntac.sections[0].questions) >= 11  # the eleven key questions, and follow-ups
    assert [lv.id for lv in ntac.levels] == ["low", "moderate", "high"]
    assert [lv.id for lv in packs["cstag-style"].levels] == [
        "transient",
        "serious_substantive",
        "very_serious_substantive",
    ]
    assert packs["virginia-style"].plan_domains == (
        "Subject",
        "Target",
        "Environment",
        "Precipitating events",
    )


def test_show_if_is_evaluated_on_the_answers_so_far() -> None:
    ntac = builtin_packs()["ntac"]
    details = next(q for q in ntac.questions() if q.id == "intent_details")
    assert not visible(details, {})
    assert not visible(details, {"intent_communicated": "no"})
    assert visible(details, {"intent_communicated": "yes"})


DISTRICT = """
[pack]
id = "ridgeview-ntac"
name = "Ridgeview Unified NTAC"
version = "2026.1"
provenance = "Ridgeview Unified's additions to the built-in NTAC pack."
licence = "District internal."
extends = "ntac"

[stages]
inquiry = "Fact-finding (district form FF-2)"

[[levels]]
id = "high"
label = "High concern"
description = "Our district reviews high concern every 5 days."
review_days = 5

[[checklist]]
id = "src_bus"
kind = "source"
text = "Talk with the bus driver"
"""


def test_a_district_pack_extends_ntac(tmp_path: Path) -> None:
    path = tmp_path / "ridgeview.toml"
    path.write_text(DISTRICT, encoding="utf-8")
    builtins = builtin_packs()
    pack = load(path, builtins)
    base = builtins["ntac"]
    assert pack.id == "ridgeview-ntac" and pack.extends == "ntac"
    assert pack.stages["inquiry"] == "Fact-finding (district form FF-2)"
    assert pack.stages["assessment"] == base.stages["assessment"]
    high = pack.level("high")
    assert high is not None and high.review_days == 5 and pack.level("low") == base.level("low")
    assert pack.checklist[-1].id == "src_bus" and len(pack.checklist) == len(base.checklist) + 1
    assert pack.sections == base.sections
    found, skipped = district_packs(tmp_path, builtins)
    assert list(found) == ["ridgeview-ntac"] and skipped == []


VALID = """[pack]
id = "p"
name = "P"
version = "1"
provenance = "ours"
licence = "ours"

[[levels]]
id = "low"
label = "Low"
description = "d"
review_days = 30

[[sections]]
id = "s"
title = "S"

[[sections.questions]]
id = "a"
type = "yes_no_unknown"
text = "A?"

[[sections.questions]]
id = "b"
type = "text"
text = "B?"
show_if = { question = "a", equals = "yes" }
"""

DEFECTS = [
    ("missing pack id", VALID.replace('id = "p"\n', ""), 1, "pack.id", "is missing"),
    ("empty name", VALID.replace('name = "P"', 'name = ""'), 3, "pack.name", "is empty"),
    (
        "review days as text",
        VALID.replace("review_days = 30", 'review_days = "ten"'),
        12,
        "levels[0].review_days",
        "should be a whole number",
    ),
    (
        "review days absurd",
        VALID.replace("review_days = 30", "review_days = 9999"),
        12,
        "levels[0].review_days",
        "between 1 and 730",
    ),
    (
        "unknown question type",
        VALID.replace('type = "text"', 'type = "essay"'),
        25,
        "sections[0].questions[1].type",
        "unknown question type 'essay'",
    ),
    (
        "duplicate question id",
        VALID.replace('id = "b"', 'id = "a"'),
        24,
        "sections[0].questions[1].id",
        "duplicate question id 'a'",
    ),
    (
        "show-if unknown",
        VALID.replace('question = "a"', 'question = "zzz"'),
        27,
        "sections[0].questions[1].show_if",
        "not an earlier question",
    ),
    (
        "show-if on itself",
        VALID.replace('question = "a"', 'question = "b"'),
        27,
        "sections[0].questions[1].show_if",
        "depends on itself",
    ),
    (
        "show-if forward (a cycle)",
        VALID.replace(
            'type = "yes_no_unknown"\ntext = "A?"',
            'type = "yes_no_unknown"\ntext = "A?"\nshow_if = { question = "b", equals = "yes" }',
        ),
        22,
        "sections[0].questions[0].show_if",
        "not an earlier question",
    ),
    (
        "single choice without choices",
        VALID.replace('type = "text"', 'type = "single"'),
        23,
        "sections[0].questions[1].choices",
        "at least two choices",
    ),
    (
        "missing question text",
        VALID.replace('text = "B?"\n', ""),
        23,
        "sections[0].questions[1].text",
        "is missing",
    ),
    (
        "no levels",
        VALID.split("[[levels]]")[0] + "[[sections]]" + VALID.split("[[sections]]")[1],
        1,
        "levels",
        "is missing",
    ),
    (
        "unknown stage",
        VALID + '\n[stages]\nlunch = "Lunch"\n',
        30,
        "stages.lunch",
        "is not a stage",
    ),
    (
        "extends unknown",
        VALID.replace('licence = "ours"', 'licence = "ours"\nextends = "nope"'),
        7,
        "pack.extends",
        "not a built-in pack",
    ),
    ("bad TOML", VALID.replace('title = "S"', "title = S S"), 16, "(file)", "not valid TOML"),
    (
        "about_others names no domain",  # a typo would put another student's plan on paper
        VALID + '\n[plan]\ndomains = ["Student", "Victim"]\nabout_others = ["Victims"]\n',
        31,
        "plan.about_others[0]",
        "'Victims' is not one of the plan domains (Student, Victim)",
    ),
    (
        "duplicate level id",
        VALID.replace(
            "[[sections]]",
            '[[levels]]\nid = "low"\nlabel = "L"\n'
            'description = "d"\nreview_days = 3\n\n[[sections]]',
        ),
        15,
        "levels[1].id",
        "duplicate level id",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "line", "field", "message"), DEFECTS, ids=[d[0] for d in DEFECTS]
)
def test_each_defect_names_file_line_and_field(
    name: str, text: str, line: int, field: str, message: str
) -> None:
    with pytest.raises(PackError) as caught:
        parse(text, "district.toml")
    matching = [p for p in caught.value.problems if p.field == field and message in p.message]
    assert matching, str(caught.value)
    assert (matching[0].file, matching[0].line) == ("district.toml", line), str(matching[0])


def test_which_plan_domains_are_about_other_people_is_the_packs_word() -> None:
    """The family's copy of a plan leaves these domains out; each pack says which they are."""
    marked = {pack.id: pack.plan_about_others for pack in builtin_packs().values()}
    assert marked == {
        "ntac": ("Target",),
        "virginia-style": ("Target",),
        "cstag-style": ("Potential victim",),
        "salem-keizer-style": ("Target protection",),
        "florida-style": (),  # supports, supervision, monitoring: all about the student
        "texas-style": ("Protecting others",),
    }
    base = builtin_packs()["ntac"]
    renamed = DISTRICT + '\n[plan]\ndomains = ["Student", "Target", "School"]\n'
    assert parse(renamed, "d.toml", base).plan_about_others == ("Target",)  # kept by name
    own = DISTRICT + '\n[plan]\ndomains = ["Student", "Victim"]\nabout_others = ["Victim"]\n'
    assert parse(own, "d.toml", base).plan_about_others == ("Victim",)
    none = DISTRICT + "\n[plan]\nabout_others = []\n"
    assert parse(none, "d.toml", base).plan_about_others == ()
    assert about_others((), ()) == frozenset({"Target"})  # no domains: the default ones
    assert parse(VALID, "p.toml").plan_about_others == ()


def test_the_valid_sample_parses() -> None:
    pack = parse(VALID, "district.toml")
    assert [q.id for q in pack.questions()] == ["a", "b"]


def test_a_huge_or_binary_file_is_refused_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "huge.toml").write_bytes(b"# " + b"x" * (10 * 2**20) + b"\n")
    (tmp_path / "binary.toml").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(PackError, match="at most 1 MB"):
        load(tmp_path / "huge.toml")
    with pytest.raises(PackError, match="not UTF-8"):
        load(tmp_path / "binary.toml")
    found, skipped = district_packs(tmp_path, builtin_packs())
    assert found == {} and sorted(s.file for s in skipped) == ["binary.toml", "huge.toml"]


def test_packs_check_command(tmp_path: Path) -> None:
    good = builtin_dir() / "ntac.toml"
    bad = tmp_path / "bad.toml"
    bad.write_text(VALID.replace('type = "text"', 'type = "essay"'), encoding="utf-8")
    run = [sys.executable, "-m", "btam_desktop", "packs", "check"]
    ok = subprocess.run([*run, str(good)], capture_output=True, text=True)
    assert ok.returncode == 0 and "ok" in ok.stdout
    failed = subprocess.run([*run, str(bad)], capture_output=True, text=True)
    assert failed.returncode == 1 and "bad.toml:25: sections[0].questions[1].type" in failed.stderr


# -- random valid packs ----------------------------------------------------------------------
ids = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=8)
texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40
).filter(lambda s: s.strip() != "")


def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


@st.composite
def packs_text(draw: st.DrawFn) -> tuple[str, int]:
    qids = draw(st.lists(ids, min_size=1, max_size=12, unique=True))
    lines = [
        "[pack]",
        'id = "gen"',
        'name = "Generated"',
        'version = "1"',
        'provenance = "hypothesis"',
        'licence = "test"',
        "",
        "[[levels]]",
        'id = "one"',
        'label = "One"',
        'description = "d"',
        "review_days = 7",
        "",
        "[[sections]]",
        'id = "s"',
        'title = "Generated"',
    ]
    kinds: dict[str, QuestionType] = {}
    for qid in qids:
        kind = draw(st.sampled_from(list(QuestionType)))
        lines += [
            "",
            "[[sections.questions]]",
            f'id = "{qid}"',
            f'type = "{kind.value}"',
            f"text = {_toml_string(draw(texts))}",
        ]
        if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
            choices = draw(st.lists(texts, min_size=2, max_size=4))
            lines.append("choices = [" + ", ".join(map(_toml_string, choices)) + "]")
        yes_no = [q for q, k in kinds.items() if k is QuestionType.YES_NO_UNKNOWN]
        if bool(yes_no) and draw(st.booleans()):
            earlier = draw(st.sampled_from(yes_no))
            lines.append(f'show_if = {{ question = "{earlier}", equals = "yes" }}')
        kinds[qid] = kind
    return "\n".join(lines) + "\n", len(qids)


@settings(max_examples=60, deadline=None)
@given(packs_text(), st.dictionaries(ids, st.sampled_from(["yes", "no", "unknown"])))
def test_random_valid_packs_load_and_evaluate(
    generated: tuple[str, int], answers: dict[str, str]
) -> None:
    text, count = generated
    pack = parse(text, "generated.toml")
    assert len(pack.questions()) == count
    for question in pack.questions():
        visible(question, answers)


def test_list_elements_are_reported_on_their_lists_line() -> None:
    text = VALID.replace(
        'type = "text"\ntext = "B?"', 'type = "single"\ntext = "B?"\nchoices = ["x", ""]'
    )
    with pytest.raises(PackError) as caught:
        parse(text, "d.toml")
    problem = next(p for p in caught.value.problems if p.field.endswith("choices[1]"))
    assert problem.line == text.splitlines().index('choices = ["x", ""]') + 1


@pytest.mark.parametrize(
    ("text", "field", "line"),
    [
        (
            VALID.replace('question = "a"', "question = 5"),
            "sections[0].questions[1].show_if.question",
            "show_if = {",
        ),
        (
            'levels = [\n  { id = "low", label = "Low", description = "d", review_days = 3 },'
            '\n  { id = "high", label = "High", description = "d", review_days = "ten" },\n]\n'
            + VALID.replace(
                '[[levels]]\nid = "low"\nlabel = "Low"\ndescription = "d"\nreview_days = 30\n',
                "",
            ),
            "levels[1].review_days",
            '  { id = "high"',
        ),
        (
            VALID.replace(
                '[[sections.questions]]\nid = "a"',
                'questions = [{ id = "x", type = "essay", text = "X?" }]\n\n'
                '[[sections.questions]]\nid = "a"',
            ).replace("[[sections.questions]]", "[[other]]"),
            "sections[0].questions[0].type",
            'questions = [{ id = "x"',
        ),
    ],
    ids=["inside an inline table", "a list of inline tables", "an inline list of one"],
)
def test_problems_inside_inline_tables_name_their_own_line(
    text: str, field: str, line: str
) -> None:
    """Inline tables and lists of them were all reported on line 1."""
    with pytest.raises(PackError) as caught:
        parse(text, "d.toml")
    problem = next(p for p in caught.value.problems if p.field == field)
    assert text.splitlines()[problem.line - 1].startswith(line), str(problem)


def test_show_if_must_wait_for_an_answer_the_question_can_give() -> None:
    wrong_value = VALID.replace('equals = "yes"', 'equals = "Yes"')
    with pytest.raises(PackError, match="never answers Yes"):
        parse(wrong_value, "d.toml")
    on_text = VALID.replace('type = "yes_no_unknown"', 'type = "text"')
    with pytest.raises(PackError, match="only yes/no/unknown and choice answers"):
        parse(on_text, "d.toml")


def test_an_extension_may_follow_but_not_reuse_base_questions() -> None:
    base = builtin_packs()["ntac"]
    follow = DISTRICT + (
        '\n[[sections]]\nid = "district"\ntitle = "District"\n\n[[sections.questions]]\n'
        'id = "capacity_note"\ntype = "text"\ntext = "Why?"\n'
        'show_if = { question = "capacity", equals = "yes" }\n'
    )
    pack = parse(follow, "d.toml", base)
    assert pack.sections[-1].questions[0].show_if is not None
    clash = follow.replace('id = "capacity_note"', 'id = "capacity"').replace(
        'show_if = { question = "capacity", equals = "yes" }\n', ""
    )
    with pytest.raises(PackError, match="already used by"):
        parse(clash, "d.toml", base)
