"""One vocabulary, in US English, on screens and on paper: the words the glossary in
docs/guide.md chose are the only ones the app's text uses."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: British spellings and the words the glossary replaced, as they would appear in text.
AVOIDED = re.compile(
    r"\b(behaviour\w*|counsell\w*|organis\w*|recognis\w*|summaris\w*|apologis\w*|colour\w*|"
    r"centre[sd]?|favour\w*|honour\w*|programme\w*|judgement|catalogue\w*|grey|whilst|"
    r"fact-finding|fact finding|consult:|potential victim)\b",
    re.IGNORECASE,
)
#: Where a model pack keeps its own words (a CSTAG-style level says "potential victim"), and
#: the one place the guide names the words it replaced.
ALLOWED_LINES = (
    re.compile(r"^licence\s*="),  # a pack file's field name, read by district packs too
    re.compile(r"Glossary|also called|some models say", re.IGNORECASE),
)


def python_texts(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module (what a user can read; names and comments aside)."""
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    return [(t.start[0], t.string) for t in tokens if t.type == tokenize.STRING]


def lines(path: Path) -> list[tuple[int, str]]:
    return list(enumerate(path.read_text(encoding="utf-8").splitlines(), 1))


def offenders() -> list[str]:
    sources = [
        *(
            (p, python_texts(p))
            for p in sorted((ROOT / "btam_desktop").rglob("*.py"))
            if "migrations" not in p.parts  # released steps are never edited, docstrings too
        ),
        *((p, lines(p)) for p in sorted((ROOT / "resources" / "packs").glob("*.toml"))),
        *((p, lines(ROOT / p)) for p in (Path("docs/guide.md"), Path("README.md"))),
    ]
    found = []
    for path, texts in sources:
        for number, text in texts:
            if any(rule.search(text) for rule in ALLOWED_LINES):
                continue
            for match in AVOIDED.finditer(text):
                if "potential victim" in match.group(0).lower() and path.suffix == ".toml":
                    continue  # a model's own words (the app says "target")
                found.append(f"{Path(path).name}:{number}: {match.group(0)}")
    return found


def test_screens_papers_and_the_guide_use_the_glossarys_words() -> None:
    assert offenders() == []


def test_the_check_sees_a_british_spelling_in_a_string(tmp_path: Path) -> None:
    """Positive control: the scan finds what it looks for in a string literal, not in a name."""
    module = tmp_path / "sample.py"
    module.write_text('colour_name = "x"\nLABEL = "Concerning behaviour"\n', encoding="utf-8")
    texts = python_texts(module)
    assert [AVOIDED.findall(t) for _, t in texts] == [[], ["behaviour"]]
