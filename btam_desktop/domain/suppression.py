"""Small-cell suppression for published counts: no cell under the minimum can be read off a
table, nor worked back from its totals.

A table is its cells plus a total per row, per column and overall. Seen as a whole, every row
and every column of that grid (totals included) is one equation: its cells sum to its total.
The entries are the edges of a bipartite graph (row lines on one side, column lines on the
other), and an entry nobody publishes is worked back from the published ones exactly when it
is a bridge of the graph of the suppressed entries: then one line, or a sum of lines, leaves
it alone. So:

1. Primary: every entry from 1 to `minimum - 1` is suppressed. Zeros are shown ("nobody"):
   states publish them, and hiding them would make 0 indistinguishable from 1-9.
2. Complementary: while a suppressed entry is a bridge, the cheapest chain of published
   entries that closes a cycle through it (the smallest counts: the least lost) is suppressed
   too. Zeros are never used: a line whose hidden entries sum to 0 would give them all away.
3. A line whose total is shown but whose hidden entries sum to less than `minimum` gets one
   more entry hidden: two hidden 1s under a shown 2 are otherwise both known (each is >= 1).

`tests/domain/test_suppression.py` checks with hypothesis that no suppressed entry of a
published table is determined by the published entries.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass

#: When the district pack names no minimum: the usual rule in US school reporting.
DEFAULT_MINIMUM = 10

#: An entry of the grid: (row, column); row `len(rows)` holds the column totals and column
#: `len(columns)` the row totals (the grand total at both).
Entry = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Published:
    """A table as it may be shown: `None` wherever a count is suppressed."""

    cells: tuple[tuple[int | None, ...], ...]
    row_totals: tuple[int | None, ...]
    column_totals: tuple[int | None, ...]
    total: int | None

    @property
    def suppressed(self) -> int:
        """How many entries (cells and totals) are hidden."""
        grid = [*self.cells, (*self.column_totals, self.total)]
        return sum(v is None for row in grid for v in row) + sum(v is None for v in self.row_totals)


def grid_of(cells: Sequence[Sequence[int]]) -> list[list[int]]:
    """The table with its totals: one more column (row totals) and one more row (columns')."""
    columns = len(cells[0]) if cells else 0
    out = [[*row, sum(row)] for row in cells]
    out.append([sum(row[j] for row in out) for j in range(columns + 1)])
    return out


def suppress(cells: Sequence[Sequence[int]], minimum: int = DEFAULT_MINIMUM) -> Published:
    """Publish `cells` (rows of non-negative counts, all the same length) with their totals,
    hiding what must be hidden (module docstring)."""
    if not cells or not cells[0]:
        return Published(tuple(tuple(row) for row in cells), (), (), 0)
    grid = grid_of(cells)
    hidden = hidden_entries(grid, minimum)
    n_rows, n_cols = len(cells), len(cells[0])

    def shown(i: int, j: int) -> int | None:
        return None if (i, j) in hidden else grid[i][j]

    return Published(
        cells=tuple(tuple(shown(i, j) for j in range(n_cols)) for i in range(n_rows)),
        row_totals=tuple(shown(i, n_cols) for i in range(n_rows)),
        column_totals=tuple(shown(n_rows, j) for j in range(n_cols)),
        total=shown(n_rows, n_cols),
    )


def hidden_entries(grid: Sequence[Sequence[int]], minimum: int) -> set[Entry]:
    """Which entries of a grid with totals (`grid_of`) to suppress."""
    rows, cols = len(grid), len(grid[0])
    hidden = {(i, j) for i in range(rows) for j in range(cols) if 0 < grid[i][j] < minimum}
    while True:
        bridge = _a_bridge(hidden, rows, cols)
        if bridge is not None:
            hidden |= _closing_path(grid, hidden, bridge)
            continue
        thin = _thin_line(grid, hidden, minimum)
        if thin is None:
            return hidden
        hidden.add(thin)


def _cost(value: int) -> float:
    # Zeros only if nothing else closes the cycle (never, in a grid with totals: a shown zero's
    # line always has a positive total beside a hidden positive entry).
    return float(value) if value > 0 else 1e12


def _closing_path(grid: Sequence[Sequence[int]], hidden: set[Entry], edge: Entry) -> set[Entry]:
    """The cheapest entries to hide so that `edge` lies on a cycle of hidden entries."""
    rows, cols = len(grid), len(grid[0])
    # Vertices: ("r", i) for row lines, ("c", j) for column lines. From row i to column j.
    start, goal = ("r", edge[0]), ("c", edge[1])
    best: dict[tuple[str, int], float] = {start: 0.0}
    back: dict[tuple[str, int], tuple[tuple[str, int], Entry]] = {}
    queue: list[tuple[float, tuple[str, int]]] = [(0.0, start)]
    while queue:
        cost, vertex = heapq.heappop(queue)
        if vertex == goal:
            break
        if cost > best.get(vertex, float("inf")):
            continue
        kind, index = vertex
        steps = (
            [(("c", j), (index, j)) for j in range(cols)]
            if kind == "r"
            else [(("r", i), (i, index)) for i in range(rows)]
        )
        for nxt, entry in steps:
            if entry == edge:
                continue
            step = 0.0 if entry in hidden else _cost(grid[entry[0]][entry[1]])
            if cost + step < best.get(nxt, float("inf")):
                best[nxt] = cost + step
                back[nxt] = (vertex, entry)
                heapq.heappush(queue, (cost + step, nxt))
    path: set[Entry] = set()
    vertex = goal
    while vertex != start:
        vertex, entry = back[vertex]
        path.add(entry)
    return path


def _a_bridge(hidden: set[Entry], rows: int, cols: int) -> Entry | None:
    """A hidden entry on no cycle of hidden entries, if any (Tarjan's bridges, iterative)."""
    adjacent: dict[tuple[str, int], list[tuple[tuple[str, int], Entry]]] = {}
    for i, j in hidden:
        adjacent.setdefault(("r", i), []).append((("c", j), (i, j)))
        adjacent.setdefault(("c", j), []).append((("r", i), (i, j)))
    order: dict[tuple[str, int], int] = {}
    low: dict[tuple[str, int], int] = {}
    for root in sorted(adjacent):
        if root in order:
            continue
        order[root] = low[root] = len(order)
        stack = [(root, (-1, -1), iter(adjacent[root]))]
        while stack:
            vertex, via, edges = stack[-1]
            advanced = False
            for nxt, entry in edges:
                if entry == via:
                    continue
                if nxt in order:
                    low[vertex] = min(low[vertex], order[nxt])
                else:
                    order[nxt] = low[nxt] = len(order)
                    stack.append((nxt, entry, iter(adjacent[nxt])))
                    advanced = True
                    break
            if advanced:
                continue
            stack.pop()
            if stack:
                parent = stack[-1][0]
                low[parent] = min(low[parent], low[vertex])
                if low[vertex] > order[parent]:
                    return via
    return None


def _thin_line(grid: Sequence[Sequence[int]], hidden: set[Entry], minimum: int) -> Entry | None:
    """A shown entry to hide in a line whose hidden entries sum to under `minimum` while the
    line's total is shown (then the hidden part, and with it small hidden entries, is known)."""
    rows, cols = len(grid), len(grid[0])
    lines = [[(i, j) for j in range(cols)] for i in range(rows)]
    lines += [[(i, j) for i in range(rows)] for j in range(cols)]
    for line in lines:
        gone = [e for e in line if e in hidden]
        if not gone:
            continue
        # The line's equation: the last entry (its total) equals the sum of the others.
        total_hidden = line[-1] in hidden
        part = sum(grid[i][j] for i, j in gone if (i, j) != line[-1])
        if total_hidden or part >= minimum:
            continue
        candidates = [e for e in line if e not in hidden and grid[e[0]][e[1]] > 0]
        if candidates:
            return min(candidates, key=lambda e: (e == line[-1], grid[e[0]][e[1]], e))
    return None
