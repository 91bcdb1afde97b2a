"""The languages a family's paper can be printed in, named as each names itself (a Spanish
reader looks for "Español", not "Spanish"). Issue 23 adds the window's own languages."""

from __future__ import annotations

#: Language code -> its own name. Every paper written in several languages has each of these.
PAPER_LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
