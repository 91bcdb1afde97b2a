"""The case list as the window asks for it (`cases.list_columns`, issue 15): the rows of
`list_cases` as columns, and on unlock only the first rows, urgent cases first."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

import pytest

from btam_desktop.domain.case import CaseColumns, number_key
from btam_desktop.domain.records import utc_now
from btam_desktop.services import cases, demo, session as sessions
from btam_desktop.services.session import TEST_KDF, Session

_COLUMNS = [
    f.name
    for f in fields(CaseColumns)
    if f.name not in ("count", "complete", "separator", "urgent")
]


def table(listing: CaseColumns) -> dict[str, dict[str, str]]:
    """Each case's values by column, by case id (the columns hold the rows in no order)."""
    columns = {name: listing.split(getattr(listing, name)) for name in _COLUMNS}
    columns["urgent"] = list(listing.urgent)
    assert all(len(values) == listing.count for values in columns.values())
    return {
        case_id: {name: values[i] for name, values in columns.items()}
        for i, case_id in enumerate(columns["ids"])
    }


@pytest.fixture
def demo_session(tmp_path: Path) -> Iterator[Session]:
    folder = tmp_path / "demo.btam"
    s, _ = demo.build_demo(folder, "a demo passphrase", cases_count=24, kdf=TEST_KDF)
    yield s
    sessions.lock(s)


def test_the_columns_hold_what_the_rows_hold(demo_session: Session) -> None:
    s = demo_session
    first, *_, gone = cases.list_cases(s)
    # A second subject joins a case later: the first one stays its student, and both names,
    # and the notes, are searched (accents and case folded).
    cases.add_person(
        s,
        first.id,
        cases.NewPerson("subject", "Ilse Brandvold-Achebe", "8", "Sits with Zoë at lunch."),
    )
    with s.ocf.transaction(intent="tests.setup") as tx:  # nothing removes a case yet
        tx.execute("UPDATE cases SET deleted_at = ? WHERE id = ?", (utc_now(), gone.id))

    listing = cases.list_columns(s)
    rows = cases.list_cases(s)
    assert (listing.count, listing.complete) == (23, True) and len(rows) == 23
    assert table(listing) == table(CaseColumns.from_rows(rows))
    mine = table(listing)[first.id]
    assert mine["students"] == first.student
    assert "\nilse brandvold-achebe\nsits with zoe at lunch." in mine["search_keys"]
    assert gone.id not in table(listing)
    assert "1" in listing.urgent  # the demo's imminent-danger case


def test_the_first_rows_are_the_urgent_cases_then_the_newest(demo_session: Session) -> None:
    s = demo_session
    rows = cases.list_cases(s)  # newest number first
    expected = [r.id for r in rows if r.urgent] + [r.id for r in rows if not r.urgent]
    assert expected[0] != rows[0].id  # the urgent case is not the newest one

    first = cases.list_columns(s, 3)
    assert (first.count, first.complete) == (3, False)
    whole = table(cases.list_columns(s))
    assert table(first) == {case_id: whole[case_id] for case_id in expected[:3]}

    everything = cases.list_columns(s, 24)
    assert everything.complete and table(everything) == whole


def test_text_holding_the_separator_still_lines_up(session: Session) -> None:
    case, _ = cases.create_case(
        session, cases.NewCase("Hana Kowalczyk-Ibe", "7", "Pasted from a form:\x1fone\x1etwo")
    )
    cases.create_case(session, cases.NewCase("Owen Petrakis-Lund", "8"))
    listing = cases.list_columns(session)
    assert listing.separator not in "\x1f\x1e" and listing.count == 2
    assert table(listing) == table(CaseColumns.from_rows(cases.list_cases(session)))
    assert "pasted from a form:\x1fone\x1etwo" in table(listing)[case.id]["search_keys"]


def test_numbers_past_9999_sort_after_it(session: Session) -> None:
    for name in ("Hana Kowalczyk-Ibe", "Owen Petrakis-Lund"):
        cases.create_case(session, cases.NewCase(name))
    with session.ocf.transaction(intent="tests.setup") as tx:
        tx.execute("UPDATE cases SET number = '2026-9999' WHERE number = '2026-0001'")
        tx.execute("UPDATE cases SET number = '2026-10000' WHERE number = '2026-0002'")
    listing = cases.list_columns(session)
    numbers, keys = listing.split(listing.numbers), listing.split(listing.number_keys)
    assert {n: int(k) for n, k in zip(numbers, keys, strict=True)} == {
        "2026-9999": number_key("2026-9999"),
        "2026-10000": number_key("2026-10000"),
    }
    assert number_key("2026-10000") > number_key("2026-9999") > number_key("2025-10000")


def test_an_empty_file_lists_nothing(session: Session) -> None:
    for first in (None, 5):
        listing = cases.list_columns(session, first)
        assert (listing.count, listing.complete) == (0, True)
        assert listing.split(listing.ids) == [] and table(listing) == {}
