"""What every emitted module shares: the operation table's types and small helpers.

Emitted from the spec by openapi/emit.py: do not edit. ``make generate``
rewrites it; ``make check-generated`` fails when it differs from the spec.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from enum import Enum
from typing import Any, Final, Generic, TypeVar

R = TypeVar("R")

# Where an argument goes.
PATH: Final = "path"
QUERY: Final = "query"
FORM: Final = "form"

# What an argument or answer field holds.
SID: Final = "sid"  # a path SID, checked against the spec's pattern
STR: Final = "str"
INT: Final = "int"
NUMBER: Final = "number"
BOOL: Final = "bool"
DATETIME: Final = "datetime"
ENUM: Final = "enum"  # one of the enum's values, nothing else
OPEN_ENUM: Final = "open_enum"  # an enum value, or any string Twilio adds later
JSON: Final = "json"  # any JSON value, kept as decoded
JSON_TEXT: Final = "json_text"  # a JSON object, sent as JSON text in a form value


class _Required:
    """The default of a required form argument: omitted, it is refused before any I/O."""

    def __repr__(self) -> str:
        return "REQUIRED"


REQUIRED: Any = _Required()


class Param:
    """One argument: its Python keyword, the spec's name, where it goes, and its checks.

    A plain class (not a dataclass): this module is loaded with twilio_proxy,
    and importing dataclasses would cost more than all of it.
    """

    __slots__ = (
        "enum",
        "help",
        "many",
        "name",
        "pattern",
        "private",
        "required",
        "unique_name",
        "url",
        "where",
        "wire",
        "kind",
    )

    def __init__(
        self,
        name: str,
        wire: str,
        where: str,
        kind: str,
        *,
        required: bool = False,
        pattern: re.Pattern[str] | None = None,
        unique_name: str | None = None,
        enum: type[Enum] | None = None,
        many: bool = False,
        url: bool = False,
        private: bool = False,
        help: str = "",
    ) -> None:
        self.name = name
        self.wire = wire
        self.where = where
        self.kind = kind
        self.required = required
        self.pattern = pattern
        self.unique_name = (
            unique_name  # the answer's field when a name is passed for the SID
        )
        self.enum = enum
        self.many = many  # a list: the form key is repeated
        self.url = url  # an http(s) URL
        self.private = private  # personal data: never quoted in an error
        self.help = help  # the spec's description, first sentence

    def __repr__(self) -> str:
        return f"Param({self.name!r}, {self.wire!r}, {self.where!r}, {self.kind!r})"


class Operation(Generic[R]):
    """One operation of the spec: how to build its request and read its answer.

    ``parse`` is None for a delete (no body). For a list, ``items`` is the key
    of the page's array and ``parse`` reads one item.
    """

    __slots__ = (
        "conditional",
        "items",
        "method",
        "name",
        "params",
        "parse",
        "path",
        "status",
        "summary",
        "verb",
        "what",
    )

    def __init__(
        self,
        *,
        name: str,
        verb: str,
        method: str,
        path: str,
        params: tuple[Param, ...],
        status: int,
        parse: Callable[[object], R] | None,
        what: str,
        items: str | None = None,
        conditional: tuple[tuple[str, ...], ...] = (),
        summary: str = "",
    ) -> None:
        self.name = name
        self.verb = verb
        self.method = method
        self.path = path
        self.params = params
        self.status = status
        self.parse = parse
        self.what = what
        self.items = items
        self.conditional = conditional
        self.summary = summary

    def __repr__(self) -> str:
        return f"<Operation {self.name}: {self.method} {self.path}>"


def plain(value: object) -> object:
    """An enum member or datetime as its JSON value."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return value


def hidden(value: object) -> str:
    """What repr shows of personal data."""
    if value is None:
        return "None"
    return f"<{len(value) if isinstance(value, str) else 'value'} characters hidden>"


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
