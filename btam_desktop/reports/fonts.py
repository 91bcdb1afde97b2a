"""The TrueType fonts embedded in every PDF, registered with ReportLab on first use.

DejaVu Sans prints Latin (with every accent), Greek, Cyrillic, Vietnamese, Hebrew and Arabic;
WenQuanYi Micro Hei prints Chinese, Japanese kana and Korean. The CJK font is 5 MB, so it is
registered only when a document has a CJK character in it.
"""

from __future__ import annotations

import functools

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from btam_desktop.resources import resource_dir

REGULAR = "BTAM-Sans"
BOLD = "BTAM-Sans-Bold"
MONO = "BTAM-Mono-Bold"
CJK = "BTAM-CJK"


def _font(name: str, file_name: str, **kwargs: int) -> TTFont:
    # shapable=False: ReportLab would shape with uharfbuzz if it were installed; the text
    # arrives here already shaped and ordered (see text.py), so shaping it twice would undo it.
    return TTFont(name, str(resource_dir() / "fonts" / file_name), shapable=False, **kwargs)


@functools.cache
def register() -> None:
    """Register the Latin/Arabic fonts once a process (ReportLab keeps them by name)."""
    pdfmetrics.registerFont(_font(REGULAR, "DejaVuSans.ttf"))
    pdfmetrics.registerFont(_font(BOLD, "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(_font(MONO, "DejaVuSansMono-Bold.ttf"))
    # <b> inside a Paragraph picks the bold face of the family.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)


@functools.cache
def register_cjk() -> str:
    pdfmetrics.registerFont(_font(CJK, "wqy-microhei.ttc", subfontIndex=0))
    addMapping(CJK, 0, 0, CJK)
    addMapping(CJK, 1, 0, CJK)
    addMapping(CJK, 0, 1, CJK)
    addMapping(CJK, 1, 1, CJK)
    return CJK
