"""User text into ReportLab flowables, printed exactly as typed.

Everything a person typed is escaped before it becomes Paragraph markup (`<b>`, `<font size=80>`
and `&` print as characters). CJK runs switch to the CJK font. Text with Arabic or Hebrew is
shaped (contextual letter forms) and put in visual order one line at a time, so a paragraph
that wraps keeps its lines in reading order.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, Paragraph

from btam_desktop.reports import fonts

_CJK = re.compile(
    "([\u1100-\u11ff\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3130-\u318f"
    "\u31a0-\u31ff\u3200-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f"
    "\uff00-\uffef\U00020000-\U0003134f]+)"
)
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: One paragraph of a long narrative is cut into pieces of about this many characters, so a
#: megabyte of text without line breaks still lays out in linear time.
CHUNK = 4000


def clean(text: str) -> str:
    """Tabs become spaces, other control characters go; CRLF and CR become LF."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _CONTROL.sub("", text)


def _runs(text: str) -> str:
    """Escaped markup for one line of text, with CJK runs in the CJK font."""
    if not _CJK.search(text):
        return escape(text)
    parts = _CJK.split(text)
    font = fonts.register_cjk()
    return "".join(
        f'<font name="{font}">{escape(part)}</font>' if i % 2 else escape(part)
        for i, part in enumerate(parts)
    )


def markup(text: str) -> str:
    """Paragraph markup that prints `text` as typed (line breaks kept)."""
    return "<br/>".join(_runs(line) for line in clean(text).split("\n"))


def has_rtl(text: str) -> bool:
    return bool(_RTL.search(text))


def _starts_rtl(text: str) -> bool:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


class BidiParagraph(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """A paragraph with right-to-left text: wrapped in logical order at the width it gets,
    then each line shaped and reordered for display."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = clean(text)
        self.style = style
        self._para: Paragraph | None = None

    def _paragraph(self, width: float) -> Paragraph:
        style = self.style
        lines: list[str] = []
        # The width the inner paragraph lays lines in, less a little so it never re-wraps one.
        usable = max(width - style.leftIndent - style.rightIndent - 1, 1)
        for logical in self.text.split("\n"):
            shaped = arabic_reshaper.reshape(logical)
            wrapped = simpleSplit(shaped, style.fontName, style.fontSize, usable) or [""]
            lines += [get_display(line) for line in wrapped]
        if _starts_rtl(self.text):
            style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        return Paragraph("<br/>".join(_runs(line) for line in lines), style)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._para = self._paragraph(available_width)
        width, height = self._para.wrap(available_width, available_height)
        return width, height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts: list[Flowable] = self._paragraph(available_width).split(
            available_width, available_height
        )
        return parts

    def draw(self) -> None:
        if self._para is not None:
            self._para.drawOn(self.canv, 0, 0)


def paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """Flowables for free text: one per line, long lines cut so layout stays linear."""
    out: list[Flowable] = []
    for line in clean(text).split("\n"):
        for piece in _pieces(line):
            out.append(para(piece, style))
    return out


def _pieces(line: str) -> list[str]:
    """A line cut into pieces of at most CHUNK characters, at a space where there is one."""
    pieces, start = [], 0
    while len(line) - start > CHUNK:
        cut = line.rfind(" ", start + CHUNK // 2, start + CHUNK)
        end = cut + 1 if cut > 0 else start + CHUNK
        pieces.append(line[start:end])
        start = end
    pieces.append(line[start:])
    return pieces


def para(text: str, style: ParagraphStyle) -> Flowable:
    """One paragraph of user text, escaped (and shaped when it has Arabic or Hebrew)."""
    fonts.register()
    if has_rtl(text):
        return BidiParagraph(text, style)
    return Paragraph(markup(text), style)


def label_value(label: str, value: str, style: ParagraphStyle) -> Flowable:
    """'Label: value', the label ours (bold), the value as typed."""
    fonts.register()
    if has_rtl(value):
        return BidiParagraph(f"{label}: {value}", style)
    return Paragraph(f"<b>{escape(label)}:</b> {markup(value)}", style)
