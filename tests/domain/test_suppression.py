"""Small-cell suppression: nothing under the minimum can be read off, or worked back from, a
published table (its cells and its totals)."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings, strategies as st

from btam_desktop.domain.suppression import Published, grid_of, suppress

MINIMUM = 10


def _published_grid(p: Published) -> list[list[int | None]]:
    rows: list[list[int | None]] = [
        [*row, total] for row, total in zip(p.cells, p.row_totals, strict=True)
    ]
    rows.append([*p.column_totals, p.total])
    return rows


def determined(grid: list[list[int | None]]) -> set[tuple[int, int]]:
    """The hidden entries the published ones fix exactly: every line of the grid says its
    entries (the last one, its total, with a minus sign) sum to 0; move the shown entries to
    the right-hand side and reduce; an unknown is fixed when some combination of the lines
    leaves it alone."""
    rows, cols = len(grid), len(grid[0])
    unknowns = [(i, j) for i in range(rows) for j in range(cols) if grid[i][j] is None]
    index = {e: k for k, e in enumerate(unknowns)}
    lines = [[(i, j) for j in range(cols)] for i in range(rows)]
    lines += [[(i, j) for i in range(rows)] for j in range(cols)]
    matrix: list[list[Fraction]] = []
    for line in lines:
        row = [Fraction(0)] * len(unknowns)
        for position, entry in enumerate(line):
            if entry in index:
                row[index[entry]] += -1 if position == len(line) - 1 else 1
        if any(row):
            matrix.append(row)
    # Reduced row echelon form; an unknown is fixed when a row is that unknown's unit vector.
    pivot_row = 0
    for col in range(len(unknowns)):
        found = next((r for r in range(pivot_row, len(matrix)) if matrix[r][col] != 0), None)
        if found is None:
            continue
        matrix[pivot_row], matrix[found] = matrix[found], matrix[pivot_row]
        pivot = matrix[pivot_row][col]
        matrix[pivot_row] = [v / pivot for v in matrix[pivot_row]]
        for r in range(len(matrix)):
            if r != pivot_row and matrix[r][col] != 0:
                factor = matrix[r][col]
                matrix[r] = [
                    a - factor * b for a, b in zip(matrix[r], matrix[pivot_row], strict=True)
                ]
        pivot_row += 1
    return {
        unknowns[next(k for k, v in enumerate(row) if v != 0)]
        for row in matrix
        if sum(v != 0 for v in row) == 1
    }


counts = st.integers(min_value=0, max_value=40) | st.integers(min_value=0, max_value=9)


@st.composite
def tables(draw: st.DrawFn) -> list[list[int]]:
    rows = draw(st.integers(min_value=1, max_value=7))
    cols = draw(st.integers(min_value=1, max_value=5))
    return [[draw(counts) for _ in range(cols)] for _ in range(rows)]


@settings(max_examples=400, deadline=None)
@given(tables())
def test_no_hidden_entry_can_be_worked_back(cells: list[list[int]]) -> None:
    published = suppress(cells, MINIMUM)
    grid = _published_grid(published)
    truth = grid_of(cells)
    for i, row in enumerate(grid):
        for j, value in enumerate(row):
            # Shown entries are the truth, and none is a small count.
            if value is not None:
                assert value == truth[i][j]
                assert value == 0 or value >= MINIMUM
    assert determined(grid) == set()
    # No line shows its total while hiding entries that sum to under the minimum.
    columns = [list(column) for column in zip(*grid, strict=True)]
    true_columns = [list(column) for column in zip(*truth, strict=True)]
    for shown, real in [*zip(grid, truth, strict=True), *zip(columns, true_columns, strict=True)]:
        hidden = [r for v, r in zip(shown[:-1], real[:-1], strict=True) if v is None]
        if hidden and shown[-1] is not None:
            assert sum(hidden) >= MINIMUM


def test_the_checker_finds_a_cell_left_alone_in_its_row() -> None:
    """The property's positive control: one hidden cell under a shown total is found."""
    grid: list[list[int | None]] = [[None, 12, 15], [20, 20, 40], [None, 32, 55]]
    assert determined(grid) == {(0, 0), (2, 0)}


def test_a_row_of_one_small_cell_hides_a_second_and_keeps_zeros() -> None:
    published = suppress([[3], [25], [0], [40]], MINIMUM)
    assert published.cells[0] == (None,)
    assert published.cells[2] == (0,)
    assert [c[0] for c in published.cells].count(None) == 2  # the 3 and the smallest other
    assert published.total == 68


def test_nothing_small_nothing_hidden() -> None:
    published = suppress([[12, 30], [0, 11]], MINIMUM)
    assert published.suppressed == 0
    assert published.row_totals == (42, 11)
    assert published.total == 53


def test_a_small_total_is_hidden_with_its_cells() -> None:
    published = suppress([[2, 1], [3, 0]], MINIMUM)
    assert published.total is None
    assert published.cells == ((None, None), (None, 0))
