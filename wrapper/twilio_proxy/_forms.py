"""Reading a callback's posted form: what every generated callback class's ``from_form`` calls.

Every field is optional, and a field Twilio sends empty is None like a field
it leaves out (``form_rest`` keeps unknown fields as sent). A field sent more
than once with different values is refused: Twilio sends each once, and
picking one of several would let a tampered form choose. Every refusal is an
InvalidCallbackError naming the field, never quoting its value (callback
fields hold phone numbers and message bodies).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from typing import TypeVar

from ._exceptions import InvalidCallbackError
from ._parsing import decode_object

E = TypeVar("E", bound=Enum)


def form_values(form: Mapping[str, object]) -> dict[str, list[str]]:
    """Every field of a posted form with all its values.

    ``form`` is a mapping whose values are strings or lists of strings, or a
    multi-value mapping with ``getlist`` (Werkzeug's MultiDict, Starlette's
    FormData, Django's QueryDict) or ``getall`` (multidict, aiohttp). Raises
    InvalidCallbackError naming a field whose value is not text (a file).
    """
    getlist: Callable[[str], object] | None = getattr(form, "getlist", None) or getattr(
        form, "getall", None
    )
    values: dict[str, list[str]] = {}
    # dict.fromkeys: a multidict lists a repeated name once per value.
    for name in dict.fromkeys(form):
        if not isinstance(name, str):
            raise InvalidCallbackError("a field name is not text", field=repr(type(name)))
        raw = getlist(name) if getlist is not None else form[name]
        items = list(raw) if isinstance(raw, list | tuple) else [raw]
        texts = [item for item in items if isinstance(item, str)]
        if len(texts) != len(items):
            raise InvalidCallbackError(f"{name} is not text", field=name)
        values[name] = texts
    return values


def form_requires_one_of(values: Mapping[str, list[str]], names: Iterable[str], what: str) -> None:
    """Refuse a form holding none of *names* (the fields that say what the callback is about).

    A handler reading a form with guessed field names would otherwise get an
    event whose every field is None, and let every interaction through.
    """
    wanted = tuple(names)
    if not any(_single(values, name) for name in wanted if name in values):
        listed = ", ".join(wanted)
        raise InvalidCallbackError(
            f"this form is not {what}: it has none of {listed}", field=wanted[0]
        )


def _single(values: Mapping[str, list[str]], name: str) -> str:
    found = set(values[name])
    if len(found) > 1:
        raise InvalidCallbackError(
            f"{name} is sent more than once, with different values", field=name
        )
    return found.pop() if found else ""


def form_text(values: Mapping[str, list[str]], name: str) -> str | None:
    """Field *name* as sent, or None when it is left out or empty."""
    return (_single(values, name) or None) if name in values else None


def form_rest(values: Mapping[str, list[str]], known: frozenset[str]) -> dict[str, str]:
    """The fields a callback class does not read into attributes, as sent."""
    return {name: _single(values, name) for name in values if name not in known}


def form_integer(name: str, value: str | None, minimum: int | None) -> int | None:
    """A whole number of plain ASCII digits (at most 18), optionally no less than *minimum*."""
    if value is None:
        return None
    digits = value[1:] if value.startswith("-") else value
    # int() alone would take " 1", "1_0" and other scripts' digits.
    if not (0 < len(digits) <= 18 and digits.isascii() and digits.isdigit()):
        raise InvalidCallbackError(f"{name} is not a whole number", field=name)
    number = int(value)
    if minimum is not None and number < minimum:
        raise InvalidCallbackError(f"{name} is below {minimum}", field=name)
    return number


def form_datetime(name: str, value: str | None) -> dt.datetime | None:
    """A timezone-aware datetime from ISO 8601 / RFC 3339 or RFC 2822 text (no offset: UTC)."""
    if value is None:
        return None
    import email.utils  # only for the first date a callback holds

    parsed: dt.datetime | None = None
    try:
        # upper(): RFC 3339 allows a lower-case "t" and "z", fromisoformat does not.
        parsed = dt.datetime.fromisoformat(value.upper())
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            parsed = None
    if parsed is None:
        # Raised outside the except blocks: their exceptions quote the value.
        raise InvalidCallbackError(f"{name} is not a date and time", field=name)
    # Twilio's times are UTC; one without an offset is read as such.
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=dt.UTC)


def form_open_enum(value: str | None, cls: type[E]) -> E | str | None:
    """A member of *cls*, or the text itself for a value Twilio added later."""
    if value is None:
        return None
    return cls._value2member_map_.get(value, value)  # type: ignore[return-value]


def form_json_object(name: str, value: str | None) -> dict[str, object] | None:
    """The JSON object in field *name*; InvalidCallbackError when it is something else."""
    try:
        return decode_object(name, value)
    except ValueError as exc:
        problem = str(exc)
    raise InvalidCallbackError(problem, field=name)
