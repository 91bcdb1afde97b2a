"""Reading a blank form's writing lines back from the PDF: the horizontal rules a pen would
follow, and where a label sits, both in millimetres from the foot of the page."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PageObject, PdfReader
from pypdf.generic import ContentStream

MM = 72 / 25.4
Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1, 0, 0, 1, 0, 0)


@dataclass(frozen=True, slots=True)
class Rule:
    x0: float  # mm
    x1: float
    y: float

    @property
    def length(self) -> float:
        return self.x1 - self.x0


def _times(m: Matrix, n: Matrix) -> Matrix:
    """m then n (PDF's row-vector convention)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (
        a * p + b * r,
        a * q + b * s,
        c * p + d * r,
        c * q + d * s,
        e * p + f * r + t,
        e * q + f * s + u,
    )


def _point(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return (a * x + c * y + e) / MM, (b * x + d * y + f) / MM


def rules(page: PageObject) -> list[Rule]:
    """Every horizontal segment stroked on the page (moveto, lineto), top of the page first."""
    ops = ContentStream(page.get_contents(), page.pdf).operations
    ctm, stack, found = IDENTITY, [], []
    start: tuple[float, float] | None = None
    for operands, op in ops:
        if op == b"q":
            stack.append(ctm)
        elif op == b"Q":
            ctm = stack.pop()
        elif op == b"cm":
            ctm = _times(tuple(float(v) for v in operands), ctm)  # type: ignore[arg-type]
        elif op == b"m":
            start = _point(ctm, float(operands[0]), float(operands[1]))
        elif op == b"l" and start is not None:
            end = _point(ctm, float(operands[0]), float(operands[1]))
            if abs(end[1] - start[1]) < 0.05 and abs(end[0] - start[0]) > 1:
                x0, x1 = sorted((start[0], end[0]))
                found.append(Rule(x0, x1, start[1]))
            start = end
    return sorted(found, key=lambda r: -r.y)


def label_heights(page: PageObject) -> dict[str, float]:
    """Each run of text on the page and its baseline height (mm)."""
    seen: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            matrix = _times(tuple(tm), tuple(cm))  # type: ignore[arg-type]
            seen.setdefault(text.strip(), matrix[5] / MM)

    page.extract_text(visitor_text=visit)
    return seen


def pages(pdf: bytes) -> list[PageObject]:
    return list(PdfReader(io.BytesIO(pdf)).pages)
