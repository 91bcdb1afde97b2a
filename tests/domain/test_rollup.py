"""The district roll-up file and the district's sum: the format reads back what was written,
a changed byte breaks the signature, and no count a school hid can be worked back from the
district view and the other schools' files."""

from __future__ import annotations

import json
from dataclasses import replace
from fractions import Fraction

import pytest
from hypothesis import given, settings, strategies as st

from btam_desktop.domain import district_sum, rollup
from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.rollup import RollupFileError
from btam_desktop.domain.statistics import Figure
from btam_desktop.domain.suppression import Published, grid_of
from btam_desktop.storage import crypto
from tests.rollups import school_rollup, signed_bytes


def _verified(data: bytes) -> rollup.Signed:
    signed, message = rollup.read(data)
    assert crypto.signature_ok(signed.public_key, signed.signature, message)
    return signed


def test_a_file_reads_back_as_it_was_made_with_its_signer() -> None:
    made = school_rollup("Maple Hollow Middle School", [14, 30], [20, 3, 21])
    data = signed_bytes(made, "Dana Whitlock-Oyelaran")
    signed = _verified(data)
    assert signed.rollup == made
    assert signed.signer == "Dana Whitlock-Oyelaran"
    assert signed.fingerprint == rollup.fingerprint(signed.public_key)
    whole = json.loads(data)
    assert whole["format"] == "btam-district-rollup" and whole["version"] == 1
    assert whole["pack"]["minimum_cell_size"] == 10
    assert whole["signer"]["fingerprint"] == signed.fingerprint
    levels = next(t for t in whole["tables"] if t["figure"] == Figure.FIRST_LEVEL.value)
    assert levels["cells"][1] == [None]  # the 3: null, never its value
    assert "suppressed" in whole["null_means"]


def test_every_changed_byte_breaks_the_signature() -> None:
    data = signed_bytes(school_rollup("Cedar Ridge High School", [12, 25], [11, 14, 12]))
    assert _verified(data)  # positive control: the file as written verifies
    for at in range(0, len(data), 7):
        changed = bytearray(data)
        changed[at] ^= 0x01
        try:
            signed, message = rollup.read(bytes(changed))
        except RollupFileError:
            continue  # no longer a roll-up file at all: refused too
        assert not crypto.signature_ok(signed.public_key, signed.signature, message), at


def test_an_unsigned_or_foreign_file_is_refused() -> None:
    whole = json.loads(signed_bytes(school_rollup("Birch Lane", [0, 12], [12, 0, 0])))
    del whole["signature"]
    with pytest.raises(RollupFileError, match="not signed"):
        rollup.read(json.dumps(whole).encode())
    with pytest.raises(RollupFileError, match="not a BTAM Desktop"):
        rollup.read(b'{"format": "something else"}')
    with pytest.raises(RollupFileError, match="not JSON"):
        rollup.read(b"\xff\xfe")


def test_a_hostile_file_is_refused_with_a_reason_not_a_traceback() -> None:
    """JSON nested past Python's recursion limit, and a lone surrogate (valid JSON, not
    UTF-8 once signed): both say what is wrong before anything is added up."""
    with pytest.raises(RollupFileError, match="not JSON"):
        rollup.read(b"[" * 100_000 + b"]" * 100_000)
    whole = json.loads(signed_bytes(school_rollup("Birch Lane", [0, 12], [12, 0, 0])))
    text = json.dumps(whole).replace('"Birch Lane"', '"Birch \\ud800 Lane"')
    with pytest.raises(RollupFileError, match="damaged"):
        rollup.read(text.encode())


def test_the_signature_is_labelled_for_roll_ups_only() -> None:
    """A lead's key signs the team's key files too: what it signs for a roll-up begins with
    its own label, so one can never pass for the other."""
    made = signed_bytes(school_rollup("Birch Lane", [0, 12], [12, 0, 0]))
    _signed, covered = rollup.read(made)
    assert covered.startswith(b"btam-district-rollup-v1\0{")


def test_the_district_refuses_two_years_or_one_school_twice() -> None:
    a = school_rollup("Maple Hollow", [14, 30], [20, 12, 12])
    with pytest.raises(ValidationError, match="different school years"):
        district_sum.build([a, school_rollup("Cedar Ridge", [1, 2], [3, 0, 0], year="2025-26")])
    with pytest.raises(ValidationError, match="Files 1 and 2 are both from"):
        district_sum.build([a, school_rollup("  maple hollow ", [1, 2], [3, 0, 0])])


def test_a_district_total_hides_where_any_school_hid_its_count() -> None:
    view = district_sum.build(
        [
            school_rollup("Maple Hollow", [14, 30], [20, 12, 12]),
            school_rollup("Cedar Ridge", [3, 25], [11, 14, 3]),
        ]
    )
    months = view.tables[0].values
    assert months.cells == ((14, None), (30, None))
    assert months.row_totals == (None, None)  # Cedar hid both its months
    assert months.total == 44 + 28
    levels = view.tables[1].values
    assert levels.cells[1] == (12, 14) and levels.row_totals[1] == 26
    assert levels.row_totals[2] is None  # Cedar hid its 3 (and its 11, so a total cannot give it)


def test_the_districts_own_minimum_hides_small_totals() -> None:
    view = district_sum.build(
        [school_rollup("A", [4, 0], [0, 0, 0], minimum=3), school_rollup("B", [3, 0], [0] * 3)],
        minimum=10,
    )
    assert view.minimum == 10
    assert view.tables[0].values.cells[0] == (4, None)  # B's 3 is under its own 10
    view = district_sum.build(
        [
            school_rollup("A", [4, 0], [0] * 3, minimum=3),
            school_rollup("B", [3, 0], [0] * 3, minimum=3),
        ],
        minimum=10,
    )
    assert view.tables[0].values.cells[0] == (4, 3)
    assert view.tables[0].values.row_totals[0] is None  # 7: under the district's 10


def test_a_figure_a_school_s_file_lacks_is_not_counted_as_zero() -> None:
    """A file made by another version may lack a figure: that school is left out of the
    figure's table and named, never added to the district's totals as 0."""
    older = school_rollup("Birch Lane", [12, 20], [12, 10, 10])
    older = replace(older, tables=older.tables[:1])  # no levels table
    view = district_sum.build([school_rollup("Maple Hollow", [14, 30], [20, 12, 12]), older])
    months, levels = view.tables
    assert months.columns == ("Maple Hollow", "Birch Lane")
    assert months.values.total == 44 + 32
    assert levels.columns == ("Maple Hollow",)
    assert levels.values.row_totals == (20, 12, 12) and levels.values.total == 44
    assert view.absent == ((Figure.FIRST_LEVEL, ("Birch Lane",)),)
    assert view.absent_from(Figure.BY_MONTH) == ()


@pytest.mark.parametrize(
    ("typed", "school", "digits"),
    [
        ("Maple Hollow=9b67 faed 03c1 77d2", "maple hollow", "9b67faed03c177d2"),
        (
            "  Café  Lumière =SHA-256 9B67 FAED 03C1 77D2 0000",
            "cafe lumiere",
            "9b67faed03c177d20000",
        ),
        ("A=B school=" + "ab" * 32, "a=b school", "ab" * 32),
    ],
)
def test_an_expected_key_is_read_as_the_lead_reads_it_aloud(
    typed: str, school: str, digits: str
) -> None:
    assert district_sum.expected_key(typed) == (school, digits)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("9b67 faed 03c1 77d2", "write the school"),
        ("=9b67 faed 03c1 77d2", "write the school"),
        ("Maple=9b67 faed", "at least the first 16"),
        ("Maple=9b67 faed 03c1 77zz", "at least the first 16"),
        ("Maple=" + "a" * 65, "at least the first 16"),
    ],
)
def test_a_wrong_expected_key_says_how_to_write_it(typed: str, says: str) -> None:
    with pytest.raises(ValidationError, match=says):
        district_sum.expected_key(typed)


def test_a_file_is_trusted_only_with_the_key_given_for_its_school() -> None:
    fingerprint = "9b67faed03c177d2" + "0" * 48
    expected = dict([district_sum.expected_key("maple  hollow=9b67 faed 03c1 77d2")])
    assert district_sum.unexpected_signer(expected, "Maple Hollow", fingerprint) is None
    other = district_sum.unexpected_signer(expected, "Maple Hollow", "1" + fingerprint[1:])
    assert other is not None and "not the one given for Maple Hollow" in other
    unknown = district_sum.unexpected_signer(expected, "Cedar Ridge", fingerprint)
    assert unknown is not None and "no key was given" in unknown


def test_one_school_given_two_different_keys_is_refused() -> None:
    same = district_sum.expected_keys(["Maple=9b67 faed 03c1 77d2", "maple=9b67faed03c177d2 aa"])
    assert same == {"maple": "9b67faed03c177d2aa"}  # the same key, read further
    with pytest.raises(ValidationError, match="two different keys for Maple"):
        district_sum.expected_keys(["Maple=9b67 faed 03c1 77d2", "Maple=0000 faed 03c1 77d2"])


# -- nothing hidden comes back ---------------------------------------------------------------
def _fixed(equations: list[tuple[dict[str, Fraction], Fraction]], unknowns: list[str]) -> set[str]:
    """The unknowns that the linear equations (coefficients, constant) fix exactly."""
    matrix = [[coefs.get(u, Fraction(0)) for u in unknowns] for coefs, _ in equations]
    row = 0
    for col in range(len(unknowns)):
        pivot = next((r for r in range(row, len(matrix)) if matrix[r][col] != 0), None)
        if pivot is None:
            continue
        matrix[row], matrix[pivot] = matrix[pivot], matrix[row]
        lead = matrix[row][col]
        matrix[row] = [v / lead for v in matrix[row]]
        for r in range(len(matrix)):
            if r != row and matrix[r][col] != 0:
                f = matrix[r][col]
                matrix[r] = [a - f * b for a, b in zip(matrix[r], matrix[row], strict=True)]
        row += 1
    return {
        unknowns[next(k for k, v in enumerate(line) if v != 0)]
        for line in matrix
        if sum(v != 0 for v in line) == 1
    }


def _equations(
    name: str, p: Published
) -> tuple[list[tuple[dict[str, Fraction], Fraction]], list[str]]:
    """A school's published grid as equations over its hidden entries (each line sums to 0
    with its total negated)."""
    grid = [[*row, tot] for row, tot in zip(p.cells, p.row_totals, strict=True)]
    grid.append([*p.column_totals, p.total])
    rows, cols = len(grid), len(grid[0])
    unknowns = [f"{name}:{i}:{j}" for i in range(rows) for j in range(cols) if grid[i][j] is None]
    lines = [[(i, j) for j in range(cols)] for i in range(rows)]
    lines += [[(i, j) for i in range(rows)] for j in range(cols)]
    out = []
    for line in lines:
        coefs: dict[str, Fraction] = {}
        constant = Fraction(0)
        for k, (i, j) in enumerate(line):
            sign = -1 if k == len(line) - 1 else 1
            if grid[i][j] is None:
                coefs[f"{name}:{i}:{j}"] = coefs.get(f"{name}:{i}:{j}", Fraction(0)) + sign
            else:
                constant -= sign * grid[i][j]  # type: ignore[operator]
        if coefs:
            out.append((coefs, constant))
    return out, unknowns


small = st.integers(min_value=0, max_value=30) | st.integers(min_value=0, max_value=9)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.lists(small, min_size=2, max_size=2), st.lists(small, min_size=3, max_size=3)),
        min_size=2,
        max_size=4,
    )
)
def test_no_hidden_school_count_comes_back_from_the_district_view(
    schools: list[tuple[list[int], list[int]]],
) -> None:
    made = [school_rollup(f"School {n}", m, lv) for n, (m, lv) in enumerate(schools)]
    view = district_sum.build(made)
    for figure, (table_index, counts_of) in enumerate(((0, 0), (1, 1))):
        equations: list[tuple[dict[str, Fraction], Fraction]] = []
        unknowns: list[str] = []
        for n, r in enumerate(made):
            eq, un = _equations(f"s{n}", r.tables[table_index].values)
            equations += eq
            unknowns += un
        district = view.tables[figure].values
        # Every district total shown is one more equation over the schools' cells.
        for i, total in enumerate(district.row_totals):
            if total is None:
                continue
            coefs: dict[str, Fraction] = {}
            constant = Fraction(total)
            for n, r in enumerate(made):
                value = r.tables[table_index].values.cells[i][0]
                if value is None:
                    coefs[f"s{n}:{i}:0"] = Fraction(1)
                else:
                    constant -= value
            if coefs:
                equations.append((coefs, constant))
        assert not _fixed(equations, unknowns), (schools, counts_of)
        # And every shown district total is the true sum.
        for i, total in enumerate(district.row_totals):
            truth = sum(grid_of([[c] for c in s[counts_of]])[i][0] for s in schools)
            assert total is None or total == truth
