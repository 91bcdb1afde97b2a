"""Reading and checking a pack file. Every problem names the file, the line and the field, and
a bad pack is refused whole: the app never runs on half a model."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Any

from btam_desktop.domain.pack import (
    DEFAULT_MIN_CELL,
    MIN_CELL_RANGE,
    ChecklistItem,
    ChecklistKind,
    Level,
    Pack,
    PackError as PackError,
    Problem as Problem,
    Question,
    QuestionType,
    Section,
    ShowIf,
    visible,
)
from btam_desktop.domain.plan import DEFAULT_DOMAINS, Recipient
from btam_desktop.domain.retention import (
    ALLOWED_THEN,
    MAX_YEARS,
    Counted,
    RecordKind,
    RetentionRule,
    Then,
)
from btam_desktop.packs.labels import (
    extended_provenance,
    missing_labels as missing_labels,
    translations,
)
from btam_desktop.packs.locate import LineIndex, Path as FieldPath
from btam_desktop.packs.protocol import harm_to_self
from btam_desktop.packs.state_report import check_levels, state_report
from btam_desktop.packs.tip_line import TIP_LINE_MAX as TIP_LINE_MAX, tip_line
from btam_desktop.packs.transfer import transfer_days

MAX_BYTES = 1024 * 1024  # a pack is a few dozen kilobytes; a 10 MB file is a mistake
STAGE_IDS = ("referral", "screening", "inquiry", "assessment", "management", "monitoring", "closed")


def _dotted(path: FieldPath) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


class _Reader:
    """Walks the parsed TOML, collecting problems instead of stopping at the first."""

    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.index = LineIndex.of(text)
        self.problems: list[Problem] = []

    def problem(self, path: FieldPath, message: str) -> None:
        self.problems.append(Problem(self.name, self.index.line_of(path), _dotted(path), message))

    def get(
        self,
        table: dict[str, Any],
        path: FieldPath,
        kind: type,
        *,
        required: bool = True,
        default: Any = None,
    ) -> Any:
        key = path[-1]
        assert isinstance(key, str)
        if key not in table:
            if required:
                self.problem(path, "is missing")
            return default
        value = table[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            return value
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.problem(path, f"should be {_kind_name(kind)}, not {_kind_name(type(value))}")
            return default
        if isinstance(value, str) and required and not value.strip():
            self.problem(path, "is empty")
        return value

    def strings(
        self, table: dict[str, Any], path: FieldPath, *, required: bool = False
    ) -> tuple[str, ...]:
        values = self.get(table, path, list, required=required, default=[])
        good = []
        for i, v in enumerate(values):
            if isinstance(v, str) and v.strip():
                good.append(v)
            else:
                self.problem((*path, i), "should be a non-empty text")
        return tuple(good)

    def items(
        self, table: dict[str, Any], path: FieldPath, *, required: bool = True
    ) -> list[dict[str, Any]]:
        values = self.get(table, path, list, required=required, default=[])
        good = []
        for i, v in enumerate(values):
            if isinstance(v, dict):
                good.append(v)
            else:
                self.problem((*path, i), "should be a table")
        return good

    def unique(self, ids: list[tuple[str, FieldPath]], what: str) -> None:
        seen: set[str] = set()
        for value, path in ids:
            if value in seen:
                self.problem(path, f"duplicate {what} id '{value}'")
            seen.add(value)


def _kind_name(kind: type) -> str:
    return {
        str: "text",
        int: "a whole number",
        list: "a list",
        dict: "a table",
        bool: "true or false",
        float: "a number",
    }.get(kind, kind.__name__)


def _levels(r: _Reader, data: dict[str, Any]) -> tuple[Level, ...]:
    out = []
    for i, item in enumerate(r.items(data, ("levels",))):
        days = r.get(item, ("levels", i, "review_days"), int, default=30)
        if isinstance(days, int) and not 1 <= days <= 730:
            r.problem(("levels", i, "review_days"), "should be between 1 and 730 days")
        out.append(
            Level(
                id=r.get(item, ("levels", i, "id"), str, default=f"level{i}"),
                label=r.get(item, ("levels", i, "label"), str, default=""),
                description=r.get(item, ("levels", i, "description"), str, default=""),
                review_days=days if isinstance(days, int) else 30,
                requires=r.strings(item, ("levels", i, "requires")),
                notify=_recipients(r, item, ("levels", i, "notify")),
            )
        )
    if not out and "levels" in data:
        r.problem(("levels",), "needs at least one level")
    r.unique([(lv.id, ("levels", i, "id")) for i, lv in enumerate(out)], "level")
    return tuple(out)


def _recipients(r: _Reader, item: dict[str, Any], where: FieldPath) -> tuple[str, ...]:
    known = {str(v) for v in Recipient}
    found = r.strings(item, where)
    for value in found:
        if value not in known:
            r.problem(where, f"'{value}' is not one of {', '.join(sorted(known))}")
    return tuple(v for v in found if v in known)


def _checklist(r: _Reader, data: dict[str, Any]) -> tuple[ChecklistItem, ...]:
    out = []
    for i, item in enumerate(r.items(data, ("checklist",), required=False)):
        kind = r.get(item, ("checklist", i, "kind"), str, default="question")
        if kind not in set(ChecklistKind):
            r.problem(("checklist", i, "kind"), f"'{kind}' is not source or question")
            kind = "question"
        out.append(
            ChecklistItem(
                r.get(item, ("checklist", i, "id"), str, default=f"item{i}"),
                ChecklistKind(kind),
                r.get(item, ("checklist", i, "text"), str, default=""),
                r.get(item, ("checklist", i, "help"), str, required=False, default=""),
            )
        )
    r.unique([(c.id, ("checklist", i, "id")) for i, c in enumerate(out)], "checklist item")
    return tuple(out)


PREFILL_REFERRAL = ("verbatim", "narrative", "weapon")


def _show_if_problem(target: Question, values: tuple[str, ...]) -> str:
    """A show-if can only wait for answers its target question can actually give."""
    if target.type is QuestionType.YES_NO_UNKNOWN:
        allowed: tuple[str, ...] = ("yes", "no", "unknown")
    elif target.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        allowed = target.choices
    else:
        return f"cannot depend on '{target.id}': only yes/no/unknown and choice answers can"
    wrong = [v for v in values if v not in allowed]
    return f"'{target.id}' never answers {', '.join(wrong)}" if wrong else ""


def _sections(
    r: _Reader,
    data: dict[str, Any],
    checklist_ids: set[str] | None = None,
    base_questions: tuple[Question, ...] = (),
) -> tuple[Section, ...]:
    checklist_ids = checklist_ids or set()
    sections = []
    # An extending pack may show a question only after one of the base pack's questions.
    earlier: dict[str, Question] = {q.id: q for q in base_questions}
    all_ids: list[tuple[str, FieldPath]] = []
    for s, item in enumerate(r.items(data, ("sections",), required=False)):
        questions = []
        for q, qd in enumerate(r.items(item, ("sections", s, "questions"))):
            here: FieldPath = ("sections", s, "questions", q)
            qid = r.get(qd, (*here, "id"), str, default=f"q{s}_{q}")
            kind = r.get(qd, (*here, "type"), str, default="text")
            if kind not in set(QuestionType):
                r.problem(
                    (*here, "type"),
                    f"unknown question type '{kind}' (use "
                    f"{', '.join(t.value for t in QuestionType)})",
                )
                kind = "text"
            choices = r.strings(qd, (*here, "choices"))
            if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE) and len(choices) < 2:
                r.problem((*here, "choices"), "a choice question needs at least two choices")
            show_if = None
            if "show_if" in qd:
                cond = r.get(qd, (*here, "show_if"), dict, default={})
                target = r.get(cond, (*here, "show_if", "question"), str, default="")
                equals = cond.get("equals", [])
                values = tuple(str(v) for v in (equals if isinstance(equals, list) else [equals]))
                if target == qid:
                    r.problem((*here, "show_if"), f"question '{qid}' depends on itself")
                elif target and target not in earlier:
                    r.problem(
                        (*here, "show_if"),
                        f"refers to '{target}', which is not an earlier "
                        "question (unknown, later, or a cycle)",
                    )
                elif target:
                    problem = _show_if_problem(earlier[target], values)
                    if problem:
                        r.problem((*here, "show_if"), problem)
                if not values:
                    r.problem((*here, "show_if"), "needs equals = an answer (or a list)")
                show_if = ShowIf(target, values)
            prefill = r.get(qd, (*here, "prefill"), str, required=False, default="")
            source, _, key = prefill.partition(":")
            if prefill and not (
                (source == "referral" and key in PREFILL_REFERRAL)
                or (source == "inquiry" and key in checklist_ids)
            ):
                r.problem(
                    (*here, "prefill"),
                    f"'{prefill}' is not inquiry:<checklist id> or "
                    f"referral:<{'|'.join(PREFILL_REFERRAL)}>",
                )
            question = Question(
                id=qid,
                type=QuestionType(kind),
                text=r.get(qd, (*here, "text"), str, default=""),
                help=r.get(qd, (*here, "help"), str, required=False, default=""),
                required=bool(r.get(qd, (*here, "required"), bool, required=False, default=False)),
                choices=choices,
                show_if=show_if,
                prefill=prefill,
            )
            questions.append(question)
            earlier[qid] = question
            all_ids.append((qid, (*here, "id")))
        sections.append(
            Section(
                r.get(item, ("sections", s, "id"), str, default=f"section{s}"),
                r.get(item, ("sections", s, "title"), str, default=""),
                tuple(questions),
            )
        )
    r.unique(all_ids, "question")
    r.unique([(sec.id, ("sections", i, "id")) for i, sec in enumerate(sections)], "section")
    return tuple(sections)


def _min_cell(r: _Reader, data: dict[str, Any]) -> int | None:
    """`[statistics] min_cell`: the smallest count the statistics may show."""
    if "statistics" not in data:
        return None
    table = r.get(data, ("statistics",), dict, default={})
    for key in table:
        if key != "min_cell":
            r.problem(("statistics", key), "is not a statistics setting (min_cell)")
    if "min_cell" not in table:
        return None
    value = r.get(table, ("statistics", "min_cell"), int, default=DEFAULT_MIN_CELL)
    low, high = MIN_CELL_RANGE
    if isinstance(value, bool) or not low <= value <= high:
        r.problem(("statistics", "min_cell"), f"should be a whole number from {low} to {high}")
        return None
    return int(value)


RETENTION_FIELDS = ("applies_to", "years", "after", "then", "source", "levels")


def _retention(r: _Reader, data: dict[str, Any]) -> tuple[RetentionRule, ...]:
    """`[[retention.rules]]`: one rule per kind of record (`applies_to`), kept `years` after
    closure (or after the student left school), then offered for review or destruction."""
    if "retention" not in data:
        return ()
    table = r.get(data, ("retention",), dict, default={})
    for key in table:
        if key != "rules":
            r.problem(("retention", key), "is not 'rules'")
    rules: list[RetentionRule] = []
    seen: set[str] = set()
    for i, item in enumerate(r.items(table, ("retention", "rules"))):
        here: FieldPath = ("retention", "rules", i)
        for key in item:
            if key not in RETENTION_FIELDS:
                r.problem((*here, key), f"is not one of {', '.join(RETENTION_FIELDS)}")
        applies = r.get(item, (*here, "applies_to"), str, default="")
        years = r.get(item, (*here, "years"), int, default=0)
        after = r.get(item, (*here, "after"), str, required=False, default=Counted.CLOSURE.value)
        then = r.get(item, (*here, "then"), str, required=False, default=Then.REVIEW.value)
        ok = True
        if applies not in set(RecordKind):
            if applies:
                r.problem(
                    (*here, "applies_to"),
                    f"'{applies}' is not one of {', '.join(k.value for k in RecordKind)}",
                )
            ok = False
        elif applies in seen:
            r.problem((*here, "applies_to"), f"a second rule for '{applies}'")
        seen.add(applies)
        if not 0 <= years <= MAX_YEARS:
            r.problem((*here, "years"), f"is {years}; use 0 to {MAX_YEARS} years")
            ok = False
        if after not in set(Counted):
            r.problem((*here, "after"), f"'{after}' is not one of {', '.join(Counted)}")
            ok = False
        if then not in set(Then):
            r.problem((*here, "then"), f"'{then}' is not one of {', '.join(Then)}")
            ok = False
        elif ok and Then(then) not in ALLOWED_THEN[RecordKind(applies)]:
            allowed = ", ".join(sorted(ALLOWED_THEN[RecordKind(applies)]))
            r.problem((*here, "then"), f"a '{applies}' rule can only {allowed}")
            ok = False
        levels = r.strings(item, (*here, "levels"))
        if levels and applies != RecordKind.LOW_LEVEL:
            r.problem((*here, "levels"), "only a 'low_level' rule names levels")
        if ok:
            rules.append(
                RetentionRule(
                    applies_to=RecordKind(applies),
                    years=years,
                    after=Counted(after),
                    then=Then(then),
                    source=r.get(item, (*here, "source"), str, required=False, default=""),
                    levels=levels,
                )
            )
    return tuple(rules)


def _labels(r: _Reader, data: dict[str, Any], key: str) -> dict[str, str]:
    table = r.get(data, (key,), dict, required=False, default={})
    out = {}
    for k, v in table.items():
        if isinstance(v, str) and v.strip():
            out[str(k)] = v
        else:
            r.problem((key, str(k)), "should be a non-empty text")
    return out


def parse(text: str, name: str, base: Pack | None = None) -> Pack:
    """Build a Pack from TOML text, or raise PackError listing every problem found."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = getattr(error, "lineno", None) or _line_in(str(error))
        raise PackError([Problem(name, line, "(file)", f"not valid TOML: {error}")]) from None
    except RecursionError:
        raise PackError([Problem(name, 1, "(file)", "nested too deeply to read")]) from None
    r = _Reader(name, text)
    meta = r.get(data, ("pack",), dict, default={})
    pack_id = r.get(meta, ("pack", "id"), str, default="")
    extends = r.get(meta, ("pack", "extends"), str, required=False, default="")
    if extends and (base is None or base.id != extends):
        r.problem(("pack", "extends"), f"extends '{extends}', which is not a built-in pack")
    stages = _labels(r, data, "stages")
    for stage in stages:
        if stage not in STAGE_IDS:
            r.problem(("stages", stage), f"'{stage}' is not a stage ({', '.join(STAGE_IDS)})")
    factors = r.get(data, ("factors",), dict, required=False, default={})
    quorum = r.get(data, ("quorum",), dict, required=False, default={})
    plan = r.get(data, ("plan",), dict, required=False, default={})
    checklist = _checklist(r, data)
    child = Pack(
        id=pack_id,
        name=r.get(meta, ("pack", "name"), str, default=""),
        version=r.get(meta, ("pack", "version"), str, default=""),
        provenance=r.get(meta, ("pack", "provenance"), str, default=""),
        licence=r.get(meta, ("pack", "licence"), str, default=""),
        stages=stages,
        screening_outcomes=_labels(r, data, "screening_outcomes"),
        levels=_levels(r, data) if "levels" in data or not extends else (),
        quorum_roles=r.strings(quorum, ("quorum", "roles")),
        checklist=checklist,
        sections=_sections(
            r,
            data,
            {c.id for c in (*checklist, *(base.checklist if base else ()))},
            tuple(base.questions()) if base else (),
        ),
        risk_factors=r.strings(factors, ("factors", "risk")),
        protective_factors=r.strings(factors, ("factors", "protective")),
        plan_domains=r.strings(plan, ("plan", "domains")),
        notifications=r.strings(plan, ("plan", "notifications")),
        extends=extends,
        source_file=name,
        plan_about_others=r.strings(plan, ("plan", "about_others")),
        tip_line=tip_line(r, data),
        min_cell=_min_cell(r, data),
        retention=_retention(r, data),
        transfer_deadline_days=transfer_days(r, data),
        labels=translations(r, data),
        harm_to_self=harm_to_self(r, data),
        state_report=state_report(r, data),
    )
    if r.problems:
        raise PackError(r.problems)
    if not (extends and base is not None):
        _check_about_others(r, child)
        _check_retention_levels(r, child)
        check_levels(r, child)
        if r.problems:
            raise PackError(r.problems)
        return child
    merged = merge(base, child)
    if "about_others" in plan:  # said, even if empty: the district's word, not the base's
        merged = replace(merged, plan_about_others=child.plan_about_others)
    _check_about_others(r, merged)
    _check_retention_levels(r, merged)
    check_levels(r, merged)
    seen: dict[str, str] = {}
    for section in merged.sections:
        for question in section.questions:
            if question.id in seen and seen[question.id] != section.id:
                r.problem(
                    ("sections",),
                    f"question id '{question.id}' is already used by {base.name} "
                    f"(section '{seen[question.id]}'); choose another id",
                )
            seen.setdefault(question.id, section.id)
    if r.problems:
        raise PackError(r.problems)
    return merged


def _check_about_others(r: _Reader, pack: Pack) -> None:
    """Each domain marked as about other people is one of the plan's domains: a misspelt one
    would silently put another student's safety plan on the family's copy."""
    domains = pack.plan_domains or DEFAULT_DOMAINS
    for i, domain in enumerate(pack.plan_about_others):
        if domain not in domains:
            r.problem(
                ("plan", "about_others", i),
                f"'{domain}' is not one of the plan domains ({', '.join(domains)})",
            )


def _check_retention_levels(r: _Reader, pack: Pack) -> None:
    """A level a `low_level` rule clears is one of the model's levels (a misspelt one would
    silently never clear anything)."""
    ids = [lv.id for lv in pack.levels]
    for i, rule in enumerate(pack.retention):
        for j, level in enumerate(rule.levels):
            if level not in ids:
                r.problem(
                    ("retention", "rules", i, "levels", j),
                    f"'{level}' is not one of the levels ({', '.join(ids)})",
                )


def _line_in(message: str) -> int:
    marker = "line "
    if marker in message:
        digits = message.split(marker, 1)[1].split()[0].strip(",)")
        if digits.isdigit():
            return int(digits)
    return 1


def _by_id[T: (Level, ChecklistItem, Section)](
    base: tuple[T, ...], extra: tuple[T, ...]
) -> tuple[T, ...]:
    """Items of the extension replace the base's items with the same id; new ones come last."""
    replaced = {item.id: item for item in extra}
    kept = tuple(replaced.pop(item.id, item) for item in base)
    return kept + tuple(item for item in extra if item.id in replaced)


def merge(base: Pack, child: Pack) -> Pack:
    """A district pack on top of a built-in one: renamed labels, extra or replaced items."""
    domains = child.plan_domains or base.plan_domains
    merged = replace(
        base,
        id=child.id,
        name=child.name,
        version=child.version,
        provenance=extended_provenance(base, child, "en"),
        licence=child.licence,
        stages={**base.stages, **child.stages},
        screening_outcomes={**base.screening_outcomes, **child.screening_outcomes},
        levels=_by_id(base.levels, child.levels),
        quorum_roles=child.quorum_roles or base.quorum_roles,
        checklist=_by_id(base.checklist, child.checklist),
        sections=_by_id(base.sections, child.sections),
        risk_factors=base.risk_factors + child.risk_factors,
        protective_factors=base.protective_factors + child.protective_factors,
        plan_domains=domains,
        notifications=base.notifications + child.notifications,
        extends=base.id,
        source_file=child.source_file,
        # Unless the district says, its domains keep the base's marks where the names match.
        plan_about_others=child.plan_about_others
        or tuple(d for d in base.plan_about_others if d in domains),
        # The district's line when it names one (a built-in may name the state's).
        tip_line=child.tip_line or base.tip_line,
        min_cell=child.min_cell if child.min_cell is not None else base.min_cell,
        # A district's schedule replaces the model's whole (rules of one schedule belong together).
        retention=child.retention or base.retention,
        transfer_deadline_days=child.transfer_deadline_days
        if child.transfer_deadline_days is not None
        else base.transfer_deadline_days,
        # A district's protocol replaces the model's whole: its steps belong together.
        harm_to_self=child.harm_to_self or base.harm_to_self,
        # A district's mapping replaces the model's whole: it follows one form of one year.
        state_report=child.state_report or base.state_report,
    )
    # The district's words over the model's, language by language; the model's only for the
    # words the district kept (not its name, nor an item the district replaced).
    keys = merged.label_keys()
    labels = {
        language: {
            **{k: v for k, v in base.labels.get(language, {}).items() if k in keys},
            **child.labels.get(language, {}),
        }
        for language in {*base.labels, *child.labels}
    }
    # The provenance is said anew (the district's own line, then the model's, each in its
    # words of that language); the district's line alone is no word of the merged pack.
    for language, words in labels.items():
        words.pop(child.provenance, None)
        words[merged.provenance] = extended_provenance(base, child, language)
    return replace(merged, labels=labels)


def load(path: Path, builtins: dict[str, Pack] | None = None) -> Pack:
    """Read a pack file: size-checked, UTF-8, validated (and merged when it extends a pack)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise PackError(
                [
                    Problem(
                        path.name, 1, "(file)", f"is {size / 2**20:.1f} MB; a pack is at most 1 MB"
                    )
                ]
            )
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise PackError(
            [Problem(path.name, 1, "(file)", f"is not UTF-8 text ({error.reason})")]
        ) from None
    except OSError as error:
        raise PackError(
            [Problem(path.name, 1, "(file)", f"cannot be read: {error.strerror}")]
        ) from None
    extends = extends_of(text)
    base = (builtins or {}).get(extends) if extends else None
    return parse(text, path.name, base)


def extends_of(text: str) -> str:
    try:
        value = tomllib.loads(text).get("pack", {}).get("extends", "")
    except (tomllib.TOMLDecodeError, RecursionError, AttributeError):
        return ""
    return value if isinstance(value, str) else ""


__all__ = [
    "Pack",
    "PackError",
    "Problem",
    "load",
    "merge",
    "missing_labels",
    "parse",
    "visible",
]
