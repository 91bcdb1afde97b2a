"""Blank forms measured on the printed page: full-width lines a pen can follow, 9 mm apart,
enough of them under every field, options in a grid, and pages used to their foot."""

from __future__ import annotations

import itertools

import pytest
from pypdf import PageObject

from btam_desktop.domain.referral import CHANNEL_NAMES
from btam_desktop.reports import blank_forms
from btam_desktop.reports.page import PrintOptions
from tests.reports import samples
from tests.reports.pdfrules import Rule, label_heights, pages, rules

PAPERS = ("letter", "a4")
#: The rule over the footer (the same on both papers); nothing is written below it.
FOOTER_RULE_MM = 21.0
#: A writing line runs across the text column (letter 176 mm, A4 170 mm).
FULL_WIDTH_MM = 165.0


def _forms(paper: str) -> list[PageObject]:
    return pages(blank_forms.build(samples.blank_forms(), PrintOptions(paper=paper)))


def _writing(page: PageObject) -> list[Rule]:
    """Rules between the header's and the footer's: the lines to write on (and grid lines)."""
    found = rules(page)
    return found[1:-1]  # top first: the header's rule, last the footer's


def _lines_under(page: PageObject, label: str, until: float | None = None) -> list[Rule]:
    """Full-width lines below `label`, down to the next label at `until` (or the page foot)."""
    top = label_heights(page)[label]
    floor = until if until is not None else FOOTER_RULE_MM
    return [r for r in _writing(page) if floor < r.y < top and r.length >= FULL_WIDTH_MM]


def _page_with(all_pages: list[PageObject], label: str) -> PageObject:
    return next(p for p in all_pages if label in label_heights(p))


@pytest.mark.parametrize("paper", PAPERS)
def test_every_checklist_item_has_full_width_lines_for_its_findings(paper: str) -> None:
    forms = _forms(paper)
    items = samples.blank_forms().pack.checklist
    for item in items:
        label = ("Ask: " if item.kind.value == "question" else "Source: ") + item.text
        page = _page_with(forms, label) if any(label in label_heights(p) for p in forms) else None
        if page is None:  # a label that wraps: find the page by its first words
            page = next(p for p in forms if any(k.startswith(label[:40]) for k in label_heights(p)))
            label = next(k for k in label_heights(page) if k.startswith(label[:40]))
        heights = label_heights(page)
        below = [
            y
            for k, y in heights.items()
            if y < heights[label] - 1 and k.startswith(("Ask", "Source", "Other sources"))
        ]
        lines = _lines_under(page, label, max(below, default=None))
        assert len(lines) == blank_forms.FINDINGS_LINES, item.text


@pytest.mark.parametrize("paper", PAPERS)
def test_writing_lines_are_nine_mm_apart(paper: str) -> None:
    page = _page_with(_forms(paper), "What happened")
    lines = _lines_under(page, "What happened", label_heights(page)["Targets (who was threatened)"])
    gaps = [a.y - b.y for a, b in itertools.pairwise(lines)]
    assert len(lines) >= blank_forms.HAPPENED_LINES[0]
    assert all(8.9 < g < 9.1 for g in gaps), gaps


@pytest.mark.parametrize("paper", PAPERS)
def test_the_exact_words_get_the_rest_of_the_first_page(paper: str) -> None:
    page = _page_with(_forms(paper), "Exact words said, written or posted")
    lines = _lines_under(page, "Exact words said, written or posted")
    assert len(lines) >= 8  # the old form gave three short lines
    assert min(r.y for r in lines) < FOOTER_RULE_MM + 15  # down to the foot of the page


@pytest.mark.parametrize("paper", PAPERS)
def test_every_form_uses_its_page_to_the_foot(paper: str) -> None:
    forms = _forms(paper)
    for title in ("Intake, continued", "Other sources and notes", "Dissent (who, their view)"):
        page = _page_with(forms, title)
        assert min(r.y for r in _writing(page)) < FOOTER_RULE_MM + 15, title
    plan = _page_with(forms, "Intervention plan form")
    assert min(r.y for r in _writing(plan)) < FOOTER_RULE_MM + 45  # a half-empty page before


def test_the_plan_grid_gives_every_area_several_rows() -> None:
    plan = _page_with(_forms("letter"), "Intervention plan form")
    heights = label_heights(plan)
    areas = ("Student", "Target", "Environment", "Events ahead", "Notifications to make")
    for area, after in itertools.pairwise(areas):
        row_lines = {round(r.y, 1) for r in _writing(plan) if heights[after] < r.y < heights[area]}
        assert len(row_lines) >= 3, area  # at least three rows, each 9 mm high


@pytest.mark.parametrize("paper", PAPERS)
def test_check_boxes_stand_in_a_grid_not_a_paragraph(paper: str) -> None:
    page = _page_with(_forms(paper), "How it came in")
    heights = label_heights(page)
    options = [f"☐ {name}" for name in CHANNEL_NAMES.values()]
    assert all(o in heights for o in options)  # each option whole, none wrapped
    rows = {round(heights[o]) for o in options}
    assert 1 < len(rows) < len(options)  # rows of several columns
