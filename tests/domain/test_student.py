"""One student across cases: the same school id or a "same student" link in force makes two
case students one; links chain; an undone link counts no more; case order changes nothing."""

from __future__ import annotations

from hypothesis import given, strategies as st

from btam_desktop.domain.case import Person, PersonRole
from btam_desktop.domain.student import PersonLink, group


def _subject(n: int, name: str, student_id: str = "") -> tuple[str, str, Person]:
    person = Person(
        id=f"p{n}",
        case_id=f"c{n}",
        role=PersonRole.SUBJECT,
        name=name,
        student_id=student_id,
        grade=str(6 + n % 3),
    )
    return (f"c{n}", f"2026-{n:03d}", person)


SUBJECTS = [
    _subject(1, "Kenzie Varga-Holloway"),
    _subject(2, "Kenzie Varga-Holloway", "MH-2231"),
    _subject(3, "Kenzie Varga-Holloway", "MH-2231"),
    _subject(4, "Tobias Quennell-Marsh"),
    _subject(5, "Tobias Quennell-Marsh"),
]


def _cases(
    links: list[PersonLink], subjects: list[tuple[str, str, Person]] = SUBJECTS
) -> set[frozenset[str]]:
    return {frozenset(s.case_ids) for s in group(subjects, links)}


def test_without_links_only_the_school_id_joins_cases() -> None:
    assert _cases([]) == {
        frozenset({"c1"}),
        frozenset({"c2", "c3"}),
        frozenset({"c4"}),
        frozenset({"c5"}),
    }


def test_a_link_makes_a_student_recorded_without_an_id_the_same_student() -> None:
    found = group(SUBJECTS, [PersonLink(id="l1", person_id="p1", same_as_id="p3")])
    kenzie = next(s for s in found if "c1" in s.case_ids)
    assert kenzie.case_ids == ("c1", "c2", "c3")
    assert kenzie.student_id == "MH-2231"  # the id one of the records carries
    assert kenzie.person_id == "p3"  # the newest record


def test_links_chain_and_an_undone_link_counts_no_more() -> None:
    chain = [
        PersonLink(id="l1", person_id="p5", same_as_id="p4"),
        PersonLink(id="l2", person_id="p4", same_as_id="p1"),
    ]
    assert frozenset({"c1", "c4", "c5"}) in _cases(chain)
    undone = [chain[0], PersonLink(id="l2", person_id="p4", same_as_id="p1", undone_at="2026-")]
    assert _cases(undone) == {
        frozenset({"c1"}),
        frozenset({"c2", "c3"}),
        frozenset({"c4", "c5"}),
    }


@given(
    order=st.permutations(range(len(SUBJECTS))),
    pairs=st.lists(st.tuples(st.integers(1, 5), st.integers(1, 5), st.booleans()), max_size=6),
)
def test_grouping_does_not_depend_on_the_order_of_cases_or_links(
    order: list[int], pairs: list[tuple[int, int, bool]]
) -> None:
    links = [
        PersonLink(id=f"l{i}", person_id=f"p{a}", same_as_id=f"p{b}", undone_at=None if on else "x")
        for i, (a, b, on) in enumerate(pairs)
    ]
    shuffled = [SUBJECTS[i] for i in order]
    assert _cases(links, shuffled) == _cases(list(reversed(links)))
    # Every case is in exactly one student.
    assert sorted(c for s in group(shuffled, links) for c in s.case_ids) == [
        f"c{n}" for n in range(1, 6)
    ]
