"""Where TOML lines are: error messages name the line of the field that is wrong.

tomllib gives values without positions, so the text is read once more, only to learn where
each key, table and list element starts: table headers (`[pack]`, `[[sections.questions]]`),
`key = value` lines with plain, quoted or dotted keys, and inside a value, inline tables
(`show_if = { question = "a", equals = "yes" }`) and lists, which may span lines. Only the
text of a file tomllib has accepted is read, and only when a problem needs a line.
"""

from __future__ import annotations

import bisect
import contextlib

Path = tuple[str | int, ...]

_BARE_KEY = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_SPACE = " \t"
#: Where a number, date, boolean or bare word inside a value ends.
_SCALAR_END = frozenset(",]}\n#")


class LineIndex:
    """The lines of one pack file's fields, found on the first question (a valid pack never
    needs them, so loading one costs nothing extra)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: dict[Path, int] | None = None

    @classmethod
    def of(cls, text: str) -> LineIndex:
        return cls(text)

    def line_of(self, path: Path) -> int:
        """1-based line of the field at `path`; for a field that is not written (a missing
        one), the line of the nearest table or list around it that is; else line 1."""
        if self._starts is None:
            self._starts = _Scanner(self._text).scan()
        for length in range(len(path), 0, -1):
            found = self._starts.get(path[:length])
            if found is not None:
                return found
        return 1


class _Scanner:
    """One pass over valid TOML, recording the line where each path starts. It never raises:
    should it meet something it does not follow, it stops with what it has."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.starts: dict[Path, int] = {}
        self._newlines = [i for i, c in enumerate(text) if c == "\n"]
        #: Items seen so far of each array of tables (`[[x]]`), by the array's path.
        self._items: dict[Path, int] = {}

    def scan(self) -> dict[Path, int]:
        with contextlib.suppress(IndexError, ValueError):  # not TOML: what was found stands
            self._document()
        return self.starts

    # -- positions ---------------------------------------------------------------------------
    def _line(self) -> int:
        return bisect.bisect_left(self._newlines, self.pos) + 1

    def _mark(self, path: Path, line: int) -> None:
        self.starts.setdefault(path, line)

    def _peek(self, count: int = 1) -> str:
        return self.text[self.pos : self.pos + count]

    def _skip(self, *, newlines: bool) -> None:
        """Spaces and comments, and line ends too where a value may continue on the next."""
        while self.pos < len(self.text):
            c = self.text[self.pos]
            if c in _SPACE or (newlines and c in "\r\n"):
                self.pos += 1
            elif c == "#":
                end = self.text.find("\n", self.pos)
                self.pos = len(self.text) if end < 0 else end
            else:
                return

    # -- the document ------------------------------------------------------------------------
    def _document(self) -> None:
        table: Path = ()
        while True:
            self._skip(newlines=True)
            if self.pos >= len(self.text):
                return
            line = self._line()
            if self._peek(2) == "[[":
                self.pos += 2
                table = self._header(self._keys("]"), line, array=True)
                self.pos += 2
            elif self._peek() == "[":
                self.pos += 1
                table = self._header(self._keys("]"), line, array=False)
                self.pos += 1
            else:
                self._pair(table)

    def _header(self, keys: list[str], line: int, *, array: bool) -> Path:
        """The path a table header names: through arrays of tables to their latest item."""
        path: Path = ()
        for i, key in enumerate(keys):
            path = (*path, key)
            last = i == len(keys) - 1
            if last and array:
                index = self._items.get(path, 0)
                self._items[path] = index + 1
                self._mark(path, line)
                path = (*path, index)
            elif path in self._items:
                path = (*path, self._items[path] - 1)
            self._mark(path, line)
        return path

    def _keys(self, end: str) -> list[str]:
        """A dotted key up to `end` ("=" or "]"), which is left to the caller."""
        keys: list[str] = []
        while True:
            self._skip(newlines=False)
            c = self._peek()
            if c in "\"'":
                keys.append(self._string())
            else:
                start = self.pos
                while self._peek() and self._peek() in _BARE_KEY:
                    self.pos += 1
                if self.pos == start:
                    raise ValueError("no key here")
                keys.append(self.text[start : self.pos])
            self._skip(newlines=False)
            if self._peek() != ".":
                if self._peek() != end:
                    raise ValueError("not a key")
                return keys
            self.pos += 1

    def _pair(self, table: Path) -> None:
        """`key = value`, in a table or an inline table: the key's line for each part of it."""
        line = self._line()
        path = table
        for key in self._keys("="):
            path = (*path, key)
            self._mark(path, line)
        self.pos += 1  # "="
        self._skip(newlines=False)
        self._value(path)

    # -- values ------------------------------------------------------------------------------
    def _value(self, path: Path) -> None:
        c = self._peek()
        if c == "[":
            self.pos += 1
            self._array(path)
        elif c == "{":
            self.pos += 1
            self._inline_table(path)
        elif c in "\"'":
            self._string()
        else:
            while self.pos < len(self.text) and self.text[self.pos] not in _SCALAR_END:
                self.pos += 1

    def _array(self, path: Path) -> None:
        index = 0
        while True:
            self._skip(newlines=True)
            if self._peek() == "]":
                self.pos += 1
                return
            self._mark((*path, index), self._line())
            self._value((*path, index))
            self._skip(newlines=True)
            if self._peek() == ",":
                self.pos += 1
                index += 1
            elif self._peek() == "]":
                self.pos += 1
                return
            else:
                raise ValueError("not a list")

    def _inline_table(self, path: Path) -> None:
        while True:
            self._skip(newlines=True)
            if self._peek() == "}":
                self.pos += 1
                return
            self._pair(path)
            self._skip(newlines=True)
            if self._peek() == ",":
                self.pos += 1
            elif self._peek() == "}":
                self.pos += 1
                return
            else:
                raise ValueError("not an inline table")

    def _string(self) -> str:
        """Any of TOML's four strings; returns its text as written (escapes are not needed
        to match keys of packs, which are plain words)."""
        quote = self._peek()
        if self._peek(3) == quote * 3:
            self.pos += 3
            end = self._find_closing(quote * 3, escapes=quote == '"')
            extra = 0
            while extra < 2 and self.text[end + 3 + extra : end + 4 + extra] == quote:
                extra += 1  # up to two quotes may end the text itself: """a""""
            body = self.text[self.pos : end + extra]
            self.pos = end + 3 + extra
            return body
        self.pos += 1
        end = self._find_closing(quote, escapes=quote == '"')
        body = self.text[self.pos : end]
        self.pos = end + 1
        return body

    def _find_closing(self, delimiter: str, *, escapes: bool) -> int:
        i = self.pos
        while i < len(self.text):
            if escapes and self.text[i] == "\\":
                i += 2
            elif self.text.startswith(delimiter, i):
                return i
            else:
                i += 1
        raise ValueError("an unclosed string")
