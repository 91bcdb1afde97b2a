"""Errors a user can act on. Each carries a sentence meant for people, not a traceback."""


class BtamError(Exception):
    """Base of every known error; `str(error)` is a message a school team understands."""

    def __reduce__(self) -> tuple[object, ...]:
        """Errors cross from the service process to the window: rebuild them with their type,
        message and attributes, whatever their own __init__ asks for."""
        return (_rebuild, (type(self), str(self), dict(self.__dict__)))


def _rebuild(cls: type[BtamError], message: str, attributes: dict[str, object]) -> BtamError:
    error = cls.__new__(cls)
    error.args = (message,)
    error.__dict__.update(attributes)
    return error


class ValidationError(BtamError):
    """Input that breaks a rule of the domain (empty name, unknown role, bad date...)."""


class TransitionError(ValidationError):
    """A case status change the workflow does not allow."""


class NotFoundError(BtamError):
    """A record the caller named does not exist (or was deleted)."""


class PermissionDeniedError(BtamError):
    """The signed-in member may not do this (client-enforced; see the security model)."""
