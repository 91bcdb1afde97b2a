"""The group figures beside enrollment, as a property: whatever the cases and the enrollment,
a small group's count is hidden exactly as every other figure's (no published table lets a
hidden count be worked back: the checker of `test_suppression`), and a share or a ratio is
only ever given where its count is shown, so none of them reveals a hidden count either."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings, strategies as st

from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.evaluation import Group, Sex, enrollment
from btam_desktop.domain.statistics import (
    BESIDE_ENROLLMENT,
    CaseFacts,
    Figure,
    build,
    school_year,
)
from tests.domain.test_suppression import _published_grid, determined

GROUPS = ["", *(g.value for g in Group)]
SEXES = ["", *(s.value for s in Sex)]


@st.composite
def cases(draw: st.DrawFn) -> list[CaseFacts]:
    n = draw(st.integers(min_value=0, max_value=60))
    return [
        CaseFacts(
            opened_on=date(2026, 9, 1),
            group=draw(st.sampled_from(GROUPS)),
            sex=draw(st.sampled_from(SEXES)),
            iep_504=draw(st.booleans()),
            english_learner=draw(st.sampled_from([None, True, False])),
        )
        for _ in range(n)
    ]


@settings(max_examples=150, deadline=None)
@given(cases(), st.integers(min_value=3, max_value=12))
def test_small_groups_are_hidden_and_no_share_uses_a_hidden_count(
    facts: list[CaseFacts], minimum: int
) -> None:
    enrolled = enrollment(2026, 1000, {g.value: 100 for g in Group} | {"iep_504": 150})
    figures = build(facts, school_year(2026), [], minimum, enrolled)
    for figure in BESIDE_ENROLLMENT:
        table = figures.table(figure)
        cells = [row[0] for row in table.values.cells]
        assert all(c is None or c == 0 or c >= minimum for c in cells), figure
        assert determined(_published_grid(table.values)) == set(), figure
        share, _enrolled, _of_school, ratio = table.derived
        for count, s, r in zip(cells, share.values, ratio.values, strict=True):
            if count is None:
                assert s is None and r is None, figure


def test_a_small_group_beside_enrollment_table_by_hand() -> None:
    """Twelve White students' cases and three Asian students': the 3 is hidden, so is another
    count (complementary), and neither has a share or a ratio; the shown total stays."""
    facts = [CaseFacts(opened_on=date(2026, 9, 1), group="white") for _ in range(12)]
    facts += [CaseFacts(opened_on=date(2026, 9, 1), group="asian") for _ in range(3)]
    facts += [CaseFacts(opened_on=date(2026, 9, 1)) for _ in range(11)]  # not recorded
    enrolled = enrollment(2026, 400, {"white": 200, "asian": 40})
    table = build(facts, school_year(2026), [], 10, enrolled).table(Figure.RACE)
    asian, white = table.rows.index("Asian"), table.rows.index("White")
    cells = [row[0] for row in table.values.cells]
    assert cells[asian] is None and table.values.total == 26
    assert sum(c is None for c in cells) >= 2
    share, enrolled_col, of_school, ratio = table.derived
    assert share.values[asian] is None and ratio.values[asian] is None
    assert enrolled_col.values[asian] == 40 and of_school.values[asian] == 0.1
    assert of_school.values[white] == 0.5


def test_enrollment_that_cannot_be_right_is_refused_with_the_figure_named() -> None:
    for total, counts, words in (
        (0, {}, "total enrollment"),
        (100, {"asian": 101}, "Asian: 101 is not between 0 and the total"),
        (100, {"white": 60, "black": 50}, "race/ethnicity groups adds up to 110"),
        (100, {"female": 60, "male": 50}, "sexes adds up to 110"),
        (100, {"left_handed": 3}, "not an enrollment group"),
    ):
        try:
            enrollment(2026, total, counts)
        except ValidationError as e:
            assert words in str(e)
        else:
            raise AssertionError(f"{counts} was accepted")
