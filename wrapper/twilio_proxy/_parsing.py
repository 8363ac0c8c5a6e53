"""Checked parsing of decoded JSON into the generated result types.

The spec gives each result type a parse table (``twilio_proxy_api.typed``:
JSON name, attribute, kind, enum class). This module applies it and checks
every value's type, which the generated attrs models do not (they cast): a
wrong type is an ``InvalidBody`` naming the field. Null or absent is None;
a value outside an open enum stays a ``str`` (Twilio adds values over time);
date-times are timezone-aware; unknown fields are kept in ``extra``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
from collections.abc import Callable
from typing import Any, TypeVar

from twilio_proxy_api.typed import (
    BOOL,
    DATETIME,
    ENUM,
    INT,
    JSON,
    NUMBER,
    OPEN_ENUM,
    STR,
    Field,
)

R = TypeVar("R")


class InvalidBody(Exception):
    """Internal: why a 2xx body is not what the spec says (the client wraps it)."""


# Kinds whose value is converted (not kept as decoded).
_CONVERTED = frozenset({DATETIME, OPEN_ENUM, ENUM, NUMBER})

# What each kind of field checks, as straight-line code: {v} is the value
# (not None), {n} the JSON name's repr, {m} the enum's value -> member map.
_CHECKS = {
    STR: "if {v}.__class__ is not str: raise _wrong({n}, {v}, 'a string')",
    INT: "if {v}.__class__ is not int: raise _wrong({n}, {v}, 'an integer')",
    BOOL: "if {v}.__class__ is not bool: raise _wrong({n}, {v}, 'a boolean')",
    NUMBER: (
        "if {v}.__class__ is int:\n"
        "    try: {v} = float({v})\n"  # a JSON integer past 1.8e308 overflows
        "    except OverflowError: raise InvalidBody('field ' + repr({n}) + ' is too large')\n"
        "elif {v}.__class__ is not float: raise _wrong({n}, {v}, 'a number')"
    ),
    # The common case inline (ISO 8601 with an offset); anything else, and every
    # error, through parse_datetime.
    DATETIME: (
        "try: {v} = fromisoformat({v})\n"
        "except (TypeError, ValueError): {v} = parse_datetime({n}, {v})\n"
        "else:\n"
        "    if {v}.tzinfo is None: {v} = {v}.replace(tzinfo=UTC)"
    ),
    OPEN_ENUM: (
        "if {v}.__class__ is not str: raise _wrong({n}, {v}, 'a string')\n{v} = {m}.get({v}, {v})"
    ),
    ENUM: (
        "if {v}.__class__ is not str: raise _wrong({n}, {v}, 'a string')\n"
        # Not an f-string: {n} is a quoted literal, and reusing its quotes inside
        # an f-string is a SyntaxError before Python 3.12.
        "if {v} not in {m}: raise InvalidBody('field ' + repr({n}) + ' is not one of its values')\n"
        "{v} = {m}[{v}]"
    ),
    JSON: "pass",
}


# Keyed by identity: hashing a table (a tuple of tuples) on every answer would
# cost more than a small answer's checks. Each entry keeps its keys alive, so
# an id is never reused while its entry exists.
_PARSERS: dict[tuple[int, int], tuple[type[Any], tuple[Field, ...], Callable[[object], Any]]] = {}


def parser_for(model: type[R], fields: tuple[Field, ...]) -> Callable[[object], R]:
    """A parser for *model*, compiled once per table into straight-line code.

    Like dataclasses' generated ``__init__``: a loop over the table costs about
    twice as much per item, and a page holds up to 1,000 of them. Names come
    from the generated table (attributes are identifiers, JSON names are
    inserted as literals).
    """
    entry = _PARSERS.get((id(model), id(fields)))
    if entry is not None:
        found: Callable[[object], R] = entry[2]
        return found
    scope: dict[str, Any] = {
        "new": object.__new__,
        "object_setattr": object.__setattr__,
        "fromisoformat": dt.datetime.fromisoformat,
        "UTC": dt.UTC,
        "model": model,
        "known": frozenset(name for name, _, _, _ in fields),
        "_wrong": _wrong,
        "_not_object": _not_object,
        "parse_datetime": parse_datetime,
        "InvalidBody": InvalidBody,
    }
    lines = [
        "def parse(payload):",
        "    if payload.__class__ is not dict: raise _not_object(payload)",
    ]
    lines.append("    get = payload.get")
    arguments: list[tuple[str, str]] = []
    for index, (name, attr, kind, enum) in enumerate(fields):
        if not attr.isidentifier() or kind not in _CHECKS:  # pragma: no cover - emit.py's job
            raise ValueError(f"cannot parse field {name!r} ({kind!r})")
        value, members = f"v{index}", f"m{index}"
        if enum is not None:
            scope[members] = {member.value: member for member in enum}
        lines.append(f"    {value} = get({name!r})")
        lines.append(f"    if {value} is not None:")
        check = _CHECKS[kind].format(v=value, n=repr(name), m=members)
        lines.extend(f"        {line}" for line in check.split("\n"))
        arguments.append((attr, value))
    missing = [attr for _, attr, _, _ in fields if not hasattr(model, attr)]
    if missing:  # emit.py gives every field the default None
        raise ValueError(f"{model.__name__} has no default for {', '.join(missing)}")
    # A copy of the decoded dict becomes the instance's __dict__ (one C-level
    # copy, not a second dict built field by field): converted values are
    # written back, unknown keys moved to extra, and a field Twilio left out
    # reads the class's default (None).
    lines.append("    payload = payload.copy()")
    for name, attr, _, _ in fields:
        if attr != name:
            lines.append(f"    payload.pop({name!r}, None)")
    lines.append("    if payload.keys() <= known: extra = {}")
    lines.append(
        "    else: extra = {k: payload.pop(k) for k in [k for k in payload if k not in known]}"
    )
    for (name, attr, kind, _), (_, value) in zip(fields, arguments, strict=True):
        if attr != name or kind in _CONVERTED:
            lines.append(f"    if {value} is not None: payload[{attr!r}] = {value}")
    lines.append("    payload['extra'] = extra")
    lines.append("    made = new(model)")
    lines.append("    object_setattr(made, '__dict__', payload)")
    lines.append("    return made")
    exec("\n".join(lines), scope)  # noqa: S102 - source built above from the generated table
    parser: Callable[[object], R] = scope["parse"]
    _PARSERS[id(model), id(fields)] = (model, fields, parser)
    return parser


def parse(model: type[R], fields: tuple[Field, ...], payload: object) -> R:
    """Build *model* from a decoded JSON object, checking every field against *fields*."""
    return parser_for(model, fields)(payload)


def _not_object(payload: object) -> InvalidBody:
    return InvalidBody(f"the body is a JSON {json_type(payload)}, not an object")


def _wrong(name: str, value: object, expected: str) -> InvalidBody:
    return InvalidBody(f"field {name!r} is a JSON {json_type(value)}, expected {expected}")


def parse_datetime(name: str, value: object) -> dt.datetime:
    """A timezone-aware datetime from ISO 8601 / RFC 3339 or RFC 2822 text."""
    if type(value) is not str:
        raise _wrong(name, value, "a date-time string")
    parsed: dt.datetime | None = None
    with contextlib.suppress(ValueError):
        # upper(): RFC 3339 allows a lower-case "z", fromisoformat does not.
        parsed = dt.datetime.fromisoformat(value.upper())
    if parsed is None:
        # Older Twilio APIs send RFC 2822 ("Thu, 30 Jul 2015 20:00:00 +0000").
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, OverflowError):  # Overflow: absurd years
            raise InvalidBody(f"field {name!r} is not an ISO 8601 or RFC 2822 date-time") from None
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
