"""What the generated result classes share: the refusal they raise and the checks they call.

Each result class's parse function is rendered from the spec
(``twilio_proxy_api``) as straight-line code; this module holds the pieces
that are the same for every field: a wrong type is an ``InvalidBody`` naming
the field (never quoting its value), numbers are floats, date-times are
timezone-aware whether Twilio sends ISO 8601 or RFC 2822; and what the
classes show of a value (``plain`` for JSON, ``hidden`` for personal data).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from enum import Enum


class InvalidBody(Exception):
    """Internal: why a 2xx body is not what the spec says (the client wraps it)."""


def not_object(payload: object) -> InvalidBody:
    """The refusal of a body that is not a JSON object."""
    return InvalidBody(f"the body is a JSON {json_type(payload)}, not an object")


def wrong(name: str, value: object, expected: str) -> InvalidBody:
    """The refusal of field *name* holding the wrong JSON type."""
    return InvalidBody(f"field {name!r} is a JSON {json_type(value)}, expected {expected}")


def number(name: str, value: object) -> float:
    """A JSON number as a float; a JSON integer past 1.8e308 is refused, not infinite."""
    if type(value) is float:
        return value
    if type(value) is int:
        try:
            return float(value)
        except OverflowError:
            raise InvalidBody(f"field {name!r} is too large") from None
    raise wrong(name, value, "a number")


def parse_datetime(name: str, value: object) -> dt.datetime:
    """A timezone-aware datetime from ISO 8601 / RFC 3339 or RFC 2822 text."""
    if type(value) is not str:
        raise wrong(name, value, "a date-time string")
    parsed: dt.datetime | None = None
    with contextlib.suppress(ValueError):
        # upper(): RFC 3339 allows a lower-case "z", fromisoformat does not.
        parsed = dt.datetime.fromisoformat(value.upper())
    if parsed is None:
        import email.utils  # only for the RFC 2822 dates of older Twilio APIs

        # "Thu, 30 Jul 2015 20:00:00 +0000"
        with contextlib.suppress(TypeError, ValueError, OverflowError):  # Overflow: absurd years
            parsed = email.utils.parsedate_to_datetime(value)
    if parsed is None:
        # Raised outside the except block: the parser's error quotes the text.
        raise InvalidBody(f"field {name!r} is not an ISO 8601 or RFC 2822 date-time")
    # Twilio documents these as GMT; a value without an offset is read as UTC.
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=dt.UTC)


def json_type(value: object) -> str:
    """The JSON name of a decoded value's type."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def plain(value: object) -> object:
    """An enum member or datetime as its JSON value; anything else as it is."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return value


def hidden(value: object) -> str:
    """What a repr shows of personal data: its length, never its text."""
    if value is None:
        return "None"
    return f"<{len(value) if isinstance(value, str) else 'value'} characters hidden>"


# scheme://user:password@ up to the last "@" of the authority.
_PASSWORD = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://[^/?#:@]*:)[^/?#]*@")


def shown_url(value: object) -> str:
    """What a repr shows of a URL: the repr of *value*, any password in it replaced by ``***``.

    A callback URL may carry basic-auth credentials (``https://user:pass@host/``).
    """
    if isinstance(value, str) and "@" in value:
        value = _PASSWORD.sub(r"\1***@", value, count=1)
    return repr(value)


_NOT_JSON = object()


def decode_object(name: str, value: str | None) -> dict[str, object] | None:
    """The JSON object in text field *name*; ValueError naming it, never quoting it."""
    if value is None:
        return None
    import json  # only when a JSON text field is decoded

    try:
        decoded: object = json.loads(value)
    except ValueError:
        decoded = _NOT_JSON
    if decoded is _NOT_JSON:
        # Raised outside the except block: a JSONDecodeError holds the whole
        # text (personal data) in .doc, and would be chained.
        raise ValueError(f"{name} is not JSON")
    if not isinstance(decoded, dict):
        raise ValueError(f"{name} holds a JSON {type(decoded).__name__}, not an object")
    return decoded
