import pytest

from btam_desktop.domain.errors import ValidationError
from btam_desktop.domain.records import MAX_TEXT, check_utf8, clean_name, clean_text, new_id
from btam_desktop.domain.team import Role, TeamSettings


def test_names_are_trimmed_and_normalised() -> None:
    nfd = "Zoe\u0308 Ngata-Lefe\u0300vre"
    assert clean_name(f"  {nfd} ", "name") == "Zoë Ngata-Lefèvre"


@pytest.mark.parametrize("bad", ["", "   ", "a\tb", "line\nbreak", "x" * 201])
def test_absurd_names_are_refused_with_a_reason(bad: str) -> None:
    with pytest.raises(ValidationError, match="name"):
        clean_name(bad, "name")


def test_free_text_is_kept_exactly_but_bounded() -> None:
    text = "  =cmd|' /C calc'!A0  \n<b>not markup</b>  "
    assert clean_text(text, "notes") == text
    with pytest.raises(ValidationError, match="longer than"):
        clean_text("x" * (MAX_TEXT + 1), "notes")


def test_ids_are_unique_uuids() -> None:
    ids = {new_id() for _ in range(1000)}
    assert len(ids) == 1000 and all(len(i) == 36 for i in ids)


def test_roles_parse_from_what_people_type() -> None:
    assert Role.parse("School Psychologist".replace("School ", "")) is Role.PSYCHOLOGIST
    assert Role.parse("SRO") is Role.LAW_ENFORCEMENT
    assert Role.parse("law-enforcement") is Role.LAW_ENFORCEMENT
    with pytest.raises(ValidationError, match="Choose one of"):
        Role.parse("wizard")


def test_auto_lock_has_a_floor_of_one_minute() -> None:
    assert TeamSettings().idle_minutes == 10
    with pytest.raises(ValidationError):
        TeamSettings(idle_minutes=0)


@pytest.mark.parametrize("check", [clean_name, clean_text])
def test_text_holding_bytes_that_are_not_utf8_is_refused_by_name(check: object) -> None:
    """Python keeps such bytes of an argument, variable or file name as lone surrogates."""
    with pytest.raises(ValidationError, match=r"The notes is not valid UTF-8 text \(byte 0xFF at"):
        check("Dana\udcff", "notes")  # type: ignore[operator]
    with pytest.raises(ValidationError, match="a broken character at character 2"):
        check_utf8("a\ud800", "notes")
    assert check_utf8("Zoë Ngata-Lefèvre", "name") == "Zoë Ngata-Lefèvre"


def test_records_are_built_by_field_name_only() -> None:
    """A case file's record (a dataclass with an id) is built from rows, JSON and forms in
    several places; built by position, a new field would shift every later one into the wrong
    place without an error. Every one takes keyword arguments only."""
    import dataclasses
    import importlib
    import pkgutil

    import btam_desktop.domain as domain

    records = [
        cls
        for info in pkgutil.iter_modules(domain.__path__)
        if info.name != "pack"  # a model's definition (levels, questions), not a case record
        for cls in vars(importlib.import_module(f"btam_desktop.domain.{info.name}")).values()
        if isinstance(cls, type)
        and dataclasses.is_dataclass(cls)
        and cls.__module__ == f"btam_desktop.domain.{info.name}"
        and "id" in {f.name for f in dataclasses.fields(cls)}
    ]
    assert len(records) >= 20
    positional = [c.__name__ for c in records if not all(f.kw_only for f in dataclasses.fields(c))]
    assert positional == []
