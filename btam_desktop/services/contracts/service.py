"""Typed service calls: each service the window may call is a `Service` descriptor that names
it and says, for the type checker, what it takes and what it answers.

In the spirit of Anki's `CollectionOp`/`QueryOp`: a screen builds a `Request` by calling the
descriptor with the service's own arguments (`UPDATE_CASE(case_id, edit)`), and hands it to
`Ops.run` or `Ops.queue` with an `on_done` that receives the service's result type. mypy checks
the arguments against the descriptor and the callback against its result; a test checks each
descriptor against the service function it names (tests/services/test_contracts.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from btam_desktop.services.contracts.calls import Call


@dataclass(frozen=True)
class Request[R]:
    """One call ready to send; `R` is what its `on_done` receives."""

    call: Call


@dataclass(frozen=True)
class Service[**P, R]:
    """A service the window may call: its name in the service table, and `shape`, a stub with
    the service function's parameters after the session (`P`) and its result (`R`: what the
    function returns, or the first half of the (result, ChangeSet) pair it returns)."""

    name: str
    shape: Callable[P, R] = field(repr=False, compare=False)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> Request[R]:
        return Request(Call(self.name, tuple(args), dict(kwargs)))
