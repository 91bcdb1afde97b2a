# mypy: disable-error-code="empty-body"
"""Typed descriptors of the test-only calls the session script's service process answers
(tests/reliability/session_host.py), so tests call them as the window calls real services."""

from __future__ import annotations

from btam_desktop.services.contracts import Service


def _fail() -> None: ...


def _spill(marker: str) -> int: ...


def _sleep(seconds: float) -> str: ...


def _foreign() -> object: ...


TEST_FAIL = Service("test.fail", _fail)
TEST_SPILL = Service("test.spill", _spill)
TEST_SLEEP = Service("test.sleep", _sleep)
TEST_FOREIGN = Service("test.foreign", _foreign)
