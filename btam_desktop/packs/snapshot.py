"""A pack frozen as JSON inside each assessment, so an old assessment renders exactly as it
was made even after the pack file changes or disappears."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from btam_desktop.domain.pack import (
    ChecklistItem,
    ChecklistKind,
    Level,
    Pack,
    Question,
    QuestionType,
    Section,
    ShowIf,
)


def to_json(pack: Pack) -> str:
    return json.dumps(asdict(pack), ensure_ascii=False, sort_keys=True)


def _question(d: dict[str, Any]) -> Question:
    show = d.get("show_if")
    return Question(
        d["id"],
        QuestionType(d["type"]),
        d["text"],
        d.get("help", ""),
        bool(d.get("required")),
        tuple(d.get("choices", ())),
        ShowIf(show["question"], tuple(show["equals"])) if show else None,
        d.get("prefill", ""),
    )


def from_json(text: str) -> Pack:
    d = json.loads(text)
    return Pack(
        id=d["id"],
        name=d["name"],
        version=d["version"],
        provenance=d["provenance"],
        licence=d["licence"],
        stages=dict(d["stages"]),
        screening_outcomes=dict(d["screening_outcomes"]),
        levels=tuple(
            Level(
                lv["id"], lv["label"], lv["description"], lv["review_days"], tuple(lv["requires"])
            )
            for lv in d["levels"]
        ),
        quorum_roles=tuple(d["quorum_roles"]),
        checklist=tuple(
            ChecklistItem(c["id"], ChecklistKind(c["kind"]), c["text"], c["help"])
            for c in d["checklist"]
        ),
        sections=tuple(
            Section(s["id"], s["title"], tuple(_question(q) for q in s["questions"]))
            for s in d["sections"]
        ),
        risk_factors=tuple(d["risk_factors"]),
        protective_factors=tuple(d["protective_factors"]),
        plan_domains=tuple(d["plan_domains"]),
        notifications=tuple(d["notifications"]),
        extends=d.get("extends", ""),
        plan_about_others=tuple(d.get("plan_about_others", ())),
        source_file=d.get("source_file", ""),
        min_cell=d.get("min_cell"),
        labels={lang: dict(words) for lang, words in d.get("labels", {}).items()},
    )
