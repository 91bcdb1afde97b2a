"""A BTAM model pack: the vocabulary, checklists and forms a school's model uses, as data.

The app is model-driven: nothing here names NTAC, CSTAG or any other model. Packs are read
from TOML files by `btam_desktop.packs`; these classes are what the rest of the app sees.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.harm_to_self import Protocol
from btam_desktop.domain.retention import RetentionRule

if TYPE_CHECKING:  # statistics reads `LevelChoice` from here: only the name, no import
    from btam_desktop.domain.state_report import StateReport


class QuestionType(StrEnum):
    YES_NO_UNKNOWN = "yes_no_unknown"
    SINGLE = "single"
    MULTIPLE = "multiple"
    TEXT = "text"
    DATE = "date"
    NUMBER = "number"


class ChecklistKind(StrEnum):
    SOURCE = "source"  # someone or something to consult (a teacher, discipline records...)
    QUESTION = "question"  # something the team must find out


@dataclass(frozen=True, slots=True)
class LevelChoice:
    """A level as lists show and sort it: a case stores `id`; `label` is what people read,
    from the case's model; `rank` orders levels within a model (1 = least concern)."""

    pack_id: str
    id: str
    label: str
    rank: int


@dataclass(frozen=True, slots=True)
class Level:
    """One step of the classification vocabulary, in order from least to most concern."""

    id: str
    label: str
    description: str
    review_days: int
    requires: tuple[str, ...] = ()
    #: Who must be notified at this level (Recipient values); the agenda and My tasks chase them.
    notify: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    id: str
    kind: ChecklistKind
    text: str
    help: str = ""


@dataclass(frozen=True, slots=True)
class ShowIf:
    """Show a question only when an earlier question has this answer (or one of these)."""

    question: str
    equals: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    type: QuestionType
    text: str
    help: str = ""
    required: bool = False
    choices: tuple[str, ...] = ()
    show_if: ShowIf | None = None
    #: Where an answer can be taken from before the team starts: "inquiry:<checklist item id>"
    #: (its findings) or "referral:<verbatim|narrative|weapon>" (the first report).
    prefill: str = ""


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    title: str
    questions: tuple[Question, ...]


@dataclass(frozen=True, slots=True)
class TipLine:
    """The state's or district's line for reports, anonymous ones included, as the handouts
    for students and families print it. A name and at least one way to reach it."""

    name: str
    phone: str = ""
    text: str = ""  # a number to send a text message to
    web: str = ""  # a web address or an app's name
    note: str = ""  # e.g. "Open 24 hours, every day."

    def ways(self) -> tuple[tuple[str, str], ...]:
        """(how, where) for each way given: ("phone", ...), ("text", ...), ("web", ...)."""
        return tuple(
            (how, value)
            for how, value in (("phone", self.phone), ("text", self.text), ("web", self.web))
            if value
        )


#: The usual small-cell rule in US school reporting; a district pack may set its own.
DEFAULT_MIN_CELL = 10
#: What `[transfer] deadline_school_days` may say.
TRANSFER_DAYS_RANGE = (1, 60)
#: What `[statistics] min_cell` may say: at least 3 (under it suppression protects nobody).
MIN_CELL_RANGE = (3, 100)


@dataclass(frozen=True, slots=True)
class Pack:
    id: str
    name: str
    version: str
    provenance: str
    licence: str
    stages: dict[str, str]
    screening_outcomes: dict[str, str]
    levels: tuple[Level, ...]
    quorum_roles: tuple[str, ...]
    checklist: tuple[ChecklistItem, ...]
    sections: tuple[Section, ...]
    risk_factors: tuple[str, ...]
    protective_factors: tuple[str, ...]
    plan_domains: tuple[str, ...]
    notifications: tuple[str, ...]
    extends: str = ""
    #: Plan domains whose interventions concern other people (the target's protection): a
    #: family's copy of the plan leaves them out. Empty with no `plan_domains`: the defaults'.
    plan_about_others: tuple[str, ...] = ()
    #: The tip line the handouts for students and families print; None: they name none.
    tip_line: TipLine | None = None
    #: `[statistics] min_cell`: counts under it are never published (None: not said, the
    #: base pack's or 10; see `cell_minimum`).
    min_cell: int | None = None
    #: `[[retention.rules]]`: how long closed cases are kept; empty: every case is kept.
    retention: tuple[RetentionRule, ...] = ()
    #: `[transfer] deadline_school_days`: the state's limit for sending a student's record to
    #: the school they move to (Florida: 3 school days); None: the model names none.
    transfer_deadline_days: int | None = None
    #: `[labels.es]`: the pack's own words in another language, keyed by the words as the pack
    #: writes them ("Low concern" = "Preocupación baja"): what the family's papers print.
    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    #: `[harm_to_self]`: the school's suicide-risk protocol as a checklist; None: none named.
    harm_to_self: Protocol | None = None
    #: `[state_report]`: the state's yearly data collection, field by field (which of the
    #: app's figures answers each); None: the model maps none.
    state_report: StateReport | None = None
    source_file: str = field(default="", compare=False)

    @property
    def cell_minimum(self) -> int:
        """The smallest count a published figure may show (10 unless the pack says)."""
        return self.min_cell if self.min_cell is not None else DEFAULT_MIN_CELL

    def level(self, level_id: str) -> Level | None:
        return next((lv for lv in self.levels if lv.id == level_id), None)

    def level_choices(self, language: str = "en") -> tuple[LevelChoice, ...]:
        """The levels as lists show them, labelled in `language` (see `label`)."""
        return tuple(
            LevelChoice(self.id, lv.id, self.label(lv.label, language), rank)
            for rank, lv in enumerate(self.levels, start=1)
        )

    def questions(self) -> list[Question]:
        return [q for s in self.sections for q in s.questions]

    def label(self, text: str, language: str) -> str:
        """`text` (a level's label, a factor, a plan domain, a question or its choices, a
        checklist item, the tip line's note, the pack's name: any word the pack writes) in
        `language` as the pack writes it there (`[labels.es]`); `text` itself, in English,
        when the pack has no word for it.

        The one place a pack's word is put into a language: the family's papers call it with
        the paper's language, the window (`ui/language.pack_word`) with the window's."""
        return label_in(self.labels, text, language)

    def family_words(self) -> tuple[tuple[str, str], ...]:
        """(what, text) for each of the pack's words a family's paper may print, in the
        pack's order, each text once: the levels, the screening decisions (the inspection copy
        prints them), the plan domains, the factors, the tip line's note, and the team's
        forms the inspection copy prints (the assessment's sections, questions and answer
        choices; the inquiry checklist), with their help, and each level's description and
        requirements (the window shows those). `packs check` warns of each without a label."""
        words = [("level", lv.label) for lv in self.levels]
        for lv in self.levels:
            words.append(("level's description", lv.description))
            words += [("level's requirement", need) for need in lv.requires]
        words += [("screening decision", text) for text in self.screening_outcomes.values()]
        words += [("plan domain", d) for d in self.plan_domains]
        words += [("risk factor", f) for f in self.risk_factors]
        words += [("protective factor", f) for f in self.protective_factors]
        if self.tip_line is not None and self.tip_line.note:
            words.append(("tip line note", self.tip_line.note))
        for section in self.sections:
            words.append(("section", section.title))
            for q in section.questions:
                words.append(("question", q.text))
                words += [("answer choice", choice) for choice in q.choices]
                words += [("question's help", q.help)] if q.help else []
        for item in self.checklist:
            words.append(("checklist item", item.text))
            words += [("checklist item's help", item.help)] if item.help else []
        once: dict[str, str] = {}
        for what, text in words:
            once.setdefault(text, what)
        return tuple((what, text) for text, what in once.items())

    def label_keys(self) -> frozenset[str]:
        """Every word `[labels.*]` may give: `family_words`, the pack's name (the staff
        handout prints it) and its provenance (the window shows it in Settings and above the
        assessment form); both optional, as a district's own words may need no translation."""
        return frozenset(text for _, text in self.family_words()) | {self.name, self.provenance}


#: A pack's `[labels]`: language -> the pack's word -> the word in that language.
Labels = Mapping[str, Mapping[str, str]]


def label_in(labels: Labels, text: str, language: str) -> str:
    """`text` in `language` by `labels` (a pack's, or `merged_labels` of several), else
    `text` itself: `Pack.label`, for where the words travel without their pack."""
    return labels.get(language, {}).get(text, text)


def merged_labels(packs: Sequence[Pack]) -> dict[str, dict[str, str]]:
    """The labels of several packs as one table; the first pack's word wins where two packs
    put one word differently (pass the team's model first)."""
    out: dict[str, dict[str, str]] = {}
    for pack in reversed(packs):
        for language, words in pack.labels.items():
            out.setdefault(language, {}).update(words)
    return out


def visible(question: Question, answers: Mapping[str, object]) -> bool:
    """Whether a question shows, given the answers so far (show-if is evaluated live)."""
    if question.show_if is None:
        return True
    answer = answers.get(question.show_if.question)
    values = answer if isinstance(answer, list | tuple | set) else [answer]
    return any(str(v) in question.show_if.equals for v in values)


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


class PackError(ValidationError):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        shown = "\n".join(str(p) for p in problems[:10])
        more = f"\n(and {len(problems) - 10} more)" if len(problems) > 10 else ""
        super().__init__(f"The model pack has {len(problems)} problem(s):\n{shown}{more}")
