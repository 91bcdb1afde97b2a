"""Errors a user can act on. Each carries a sentence meant for people, not a traceback."""


class BtamError(Exception):
    """Base of every known error; `str(error)` is a message a school team understands."""


class ValidationError(BtamError):
    """Input that breaks a rule of the domain (empty name, unknown role, bad date...)."""


class TransitionError(ValidationError):
    """A case status change the workflow does not allow."""


class NotFoundError(BtamError):
    """A record the caller named does not exist (or was deleted)."""


class PermissionDeniedError(BtamError):
    """The signed-in member may not do this (client-enforced; see the security model)."""
