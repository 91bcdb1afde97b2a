"""Unsaved form text, kept through a lock: each form's field values as text, by form key."""

from __future__ import annotations

#: One form's fields as typed ("summary", "review"...), all text.
Draft = dict[str, str]
#: Every open form's draft, by form key ("case:<id>").
Drafts = dict[str, Draft]
