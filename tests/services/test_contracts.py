"""The typed boundary: every descriptor the window calls matches the service function it names,
and the service table and the descriptors name the same services."""

from __future__ import annotations

import importlib
import inspect
import typing
from collections.abc import Callable

import pytest

from btam_desktop.domain.changes import ChangeSet
from btam_desktop.services import host
from btam_desktop.services.contracts import Service, api

#: Parameters the window never sends: the service process decides them itself.
SERVICE_SIDE = {"kdf"}
#: Calls the host answers itself (services/host.py) rather than through its table.
HOST_OWN = {
    "session.unlock",
    "session.create",
    "session.create_demo",
    "session.recover",
    "session.lock",
    "session.is_unlocked",
}


def descriptors() -> dict[str, Service[..., object]]:
    return {d.name: d for d in vars(api).values() if isinstance(d, Service)}


def table() -> dict[str, tuple[str, str]]:
    return {**host._WITH_SESSION, **host._WITHOUT_SESSION}


def function_of(name: str) -> Callable[..., object]:
    module, function = table()[name]
    found: Callable[..., object] = getattr(
        importlib.import_module(f"btam_desktop.services.{module}"), function
    )
    return found


def result_of(returned: object) -> object:
    """What reaches the window: a (result, ChangeSet) pair sends its result; a ChangeSet
    alone sends nothing."""
    if returned is ChangeSet:
        return type(None)
    args = typing.get_args(returned)
    if typing.get_origin(returned) is tuple and len(args) == 2 and args[1] is ChangeSet:
        return args[0]
    return returned


def shape(function: Callable[..., object], *, skip_session: bool) -> list[tuple[str, object]]:
    hints = typing.get_type_hints(function)
    parameters = list(inspect.signature(function).parameters.values())[int(skip_session) :]
    return [
        (f"{p.name}:{p.kind.name}:{p.default!r}", hints[p.name])
        for p in parameters
        if p.name not in SERVICE_SIDE
    ]


def test_the_descriptors_and_the_service_table_name_the_same_services() -> None:
    assert set(descriptors()) == set(table()) | HOST_OWN


@pytest.mark.parametrize("name", sorted(set(host._WITH_SESSION) | set(host._WITHOUT_SESSION)))
def test_each_descriptor_has_its_services_parameters_and_result(name: str) -> None:
    described = descriptors()[name]
    function = function_of(name)
    takes_session = name in host._WITH_SESSION
    assert shape(described.shape, skip_session=False) == shape(function, skip_session=takes_session)
    stub_result = typing.get_type_hints(described.shape)["return"]
    assert stub_result == result_of(typing.get_type_hints(function)["return"])


def test_the_hosts_own_calls_take_what_the_session_functions_take() -> None:
    from btam_desktop.services import session

    unlock = shape(api.SESSION_UNLOCK.shape, skip_session=False)
    assert [p for p, _ in unlock] == [p for p, _ in shape(session.unlock, skip_session=False)][:3]
    create = shape(api.SESSION_CREATE.shape, skip_session=False)
    assert create == shape(session.create_case_file, skip_session=False)[:3]
    recover = shape(api.SESSION_RECOVER.shape, skip_session=False)
    assert recover == shape(session.recover, skip_session=False)


def test_a_wrong_descriptor_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """Control: a descriptor whose stub drifted from its service fails the comparison."""

    def drifted(case_id: int) -> None: ...

    monkeypatch.setattr(api, "CASES_GET", Service("cases.get", drifted))
    with pytest.raises(AssertionError):
        test_each_descriptor_has_its_services_parameters_and_result("cases.get")
