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
import functools
from enum import Enum
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


@functools.cache
def _plan(
    fields: tuple[Field, ...],
) -> tuple[tuple[tuple[str, str, str, dict[str, Enum]], ...], frozenset[str]]:
    # Once per table: each enum's value -> member map, and the set of known names.
    rows = tuple(
        (name, attr, kind, {m.value: m for m in enum} if enum is not None else {})
        for name, attr, kind, enum in fields
    )
    return rows, frozenset(name for name, _, _, _ in fields)


def parse(model: type[R], fields: tuple[Field, ...], payload: object) -> R:
    """Build *model* from a decoded JSON object, checking every field against *fields*."""
    if type(payload) is not dict:
        raise InvalidBody(f"the body is a JSON {json_type(payload)}, not an object")
    rows, known = _plan(fields)
    values: dict[str, Any] = {}
    get = payload.get
    for name, attr, kind, members in rows:
        value = get(name)
        if value is None:
            continue
        if kind is STR:
            if type(value) is not str:
                raise _wrong(name, value, "a string")
        elif kind is DATETIME:
            value = parse_datetime(name, value)
        elif kind is OPEN_ENUM or kind is ENUM:
            if type(value) is not str:
                raise _wrong(name, value, "a string")
            member = members.get(value)
            if member is not None:
                value = member
            elif kind is ENUM:
                raise InvalidBody(f"field {name!r} is not one of the spec's values")
        elif kind is INT:
            if type(value) is not int:
                raise _wrong(name, value, "an integer")
        elif kind is NUMBER:
            if type(value) not in (int, float):
                raise _wrong(name, value, "a number")
            value = float(value)
        elif kind is BOOL:
            if type(value) is not bool:
                raise _wrong(name, value, "a boolean")
        elif kind is not JSON:  # pragma: no cover - emit.py writes no other kind
            raise InvalidBody(f"field {name!r} has an unknown kind {kind!r}")
        values[attr] = value
    if not payload.keys() <= known:
        values["extra"] = {key: v for key, v in payload.items() if key not in known}
    return model(**values)


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
