"""A pseudo-locale for tests: every translated string comes back about 40% longer, its letters
accented and in brackets ("Save case" -> "[Ŝàvé ƈàšé ŀőřéɱ]"), so a label or button sized for
the English shows it is too narrow. Placeholders (%1, %n, %L1), the "&" of a shortcut, entities
(&amp;), markup tags and "…" are kept as they are, so the strings still work.

Install it before the window is built, as `ui/language.apply` installs the real catalogue:
widgets read their words when they are made.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QCoreApplication, QTranslator

#: How much longer every line gets (the rule of thumb for English into German or Spanish).
GROWTH = 0.4
_ACCENTED = str.maketrans(
    "abcdeghiklnoprstuwyzABCDEGHIKLNOPRSTUWYZ",
    "àƀƈðéĝĥïķŀñőƥřšţüŵýžÀƁÇÐÉĜĤÎĶĹÑŐƤŘŠŢÛŴÝŽ",
)
_FILLER = "ŀőřéɱ ïƥšüɱ ðőŀőř šïţ àɱéţ ƈőñšéƈţéţüř "
#: What must not change: markup tags, entities, Qt's placeholders, a shortcut's "&" with its
#: letter ("&&" is a literal "&").
_KEEP = re.compile(r"<[^>]*>|&[a-zA-Z]+;|&#\d+;|%L?\d+|%n|&&|&.", re.DOTALL)


def _accent(text: str) -> str:
    out: list[str] = []
    at = 0
    for keep in _KEEP.finditer(text):
        out.append(text[at : keep.start()].translate(_ACCENTED))
        out.append(keep.group())
        at = keep.end()
    out.append(text[at:].translate(_ACCENTED))
    return "".join(out)


def _filler(length: int) -> str:
    text = (_FILLER * (length // len(_FILLER) + 1))[: max(1, length)]
    return text[:-1] + "·" if text.endswith(" ") else text


def stretch(text: str) -> str:
    """`text` about 40% longer, line by line; an empty line stays empty."""
    lines = []
    for line in text.split("\n"):
        if not line.strip():
            lines.append(line)
            continue
        extra = math.ceil(len(line) * GROWTH) - 3  # the brackets and a space count
        lines.append(f"[{_accent(line)} {_filler(extra)}]")
    return "\n".join(lines)


class PseudoTranslator(QTranslator):
    """Answers every string in every context with its stretched form."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if not source_text or source_text.startswith("<!DOCTYPE"):
            return None  # whole documents (the guide) are not UI strings
        return stretch(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


def install(app: QCoreApplication) -> PseudoTranslator:
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    return translator
