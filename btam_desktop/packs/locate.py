"""Where TOML lines are: error messages name the line of the field that is wrong."""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_.]+)\s*\]\]")
_TABLE = re.compile(r"^\s*\[\s*([A-Za-z0-9_.]+)\s*\]")

Path = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class LineIndex:
    lines: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> LineIndex:
        return cls(tuple(text.splitlines()))

    def _top(self, key: str) -> int | None:
        header = re.compile(rf"^\s*\[\[?\s*{re.escape(key)}\s*\]\]?\s*$|^{re.escape(key)}\s*=")
        return next((n for n, line in enumerate(self.lines) if header.match(line)), None)

    def _start(self, path: Path) -> int:
        """0-based line of the table (or array-of-tables item) holding `path`."""
        if len(path) == 1 and isinstance(path[0], str):
            found = self._top(path[0])
            if found is not None:
                return found
        tables = [p for p in path if isinstance(p, str)]
        indexes = [p for p in path if isinstance(p, int)]
        counters: dict[str, int] = {}
        parent_item = -1
        for number, line in enumerate(self.lines):
            header = _HEADER.match(line)
            if header:
                key = header.group(1)
                depth = key.count(".")
                if depth == 0:
                    counters[key] = counters.get(key, -1) + 1
                    parent_item = counters[key]
                    for k in [k for k in counters if k.startswith(key + ".")]:
                        del counters[k]
                else:
                    counters[key] = counters.get(key, -1) + 1
                wanted = ".".join(tables[: len(indexes)])
                if key == wanted and len(indexes) == depth + 1:
                    outer_ok = depth == 0 or parent_item == indexes[0]
                    if outer_ok and counters[key] == indexes[-1]:
                        return number
            elif not indexes:
                table = _TABLE.match(line)
                if table and table.group(1) == ".".join(tables[:-1] or tables):
                    return number
        return 0

    def line_of(self, path: Path) -> int:
        """1-based line of the field at `path` (or of its table when the field is missing)."""
        if len(path) > 1 and isinstance(path[-1], int) and isinstance(path[-2], str):
            start = self._start(path)
            if start == 0 and not _HEADER.match(self.lines[0] if self.lines else ""):
                return self.line_of(path[:-1])  # an element of a plain list: the list's line
        start = self._start(path)
        last = path[-1] if path else ""
        if isinstance(last, str):
            pattern = re.compile(rf"^\s*{re.escape(last)}\s*=")
            for number in range(start, len(self.lines)):
                if number > start and (
                    _HEADER.match(self.lines[number]) or _TABLE.match(self.lines[number])
                ):
                    break
                if pattern.match(self.lines[number]):
                    return number + 1
        return start + 1
