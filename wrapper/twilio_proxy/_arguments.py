"""An operation's arguments checked and encoded as Twilio expects, before any I/O.

The spec decides which arguments an operation has (``Operation.params``, rendered
by ``make generate``: wire and Python names, kind, pattern, required, enum);
this module holds the rules a generator cannot know: how Twilio reads each
kind (``true``/``false``, ISO 8601 UTC dates, repeated keys, JSON text values),
which values are refused, and that nothing a caller passes can change the
request's path. Every refusal is an InvalidSidError or InvalidArgumentError
naming the argument, never quoting personal data or a secret.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import Any

from ._exceptions import InvalidArgumentError, InvalidSidError
from ._operation import (
    BOOL,
    DATETIME,
    ENUM,
    FORM,
    INT,
    JSON_TEXT,
    NUMBER,
    PATH,
    REQUIRED,
    STR,
    Operation,
    Param,
)

# No whitespace or control characters anywhere in a URL we pass on.
_URL_CHARS = re.compile(r"[!-~]+")
# Longest unique name Twilio accepts (its spec's maxLength).
MAX_UNIQUE_NAME = 191
# Shorter personal data is not scrubbed from server text: "ok" would be cut
# out of every word that holds it, and quoting it reveals little.
PRIVATE_MIN = 8

Naming = Callable[[Param], str]


def python_name(param: Param) -> str:
    """How an argument is named in errors raised to Python callers."""
    return param.name


class Prepared:
    """An operation's request parts, every value checked and encoded."""

    __slots__ = ("form", "identity", "path", "private", "query")

    def __init__(self) -> None:
        self.path = ""
        self.query: list[tuple[str, str]] = []
        self.form: list[tuple[str, str]] | None = None
        # Text no error may quote back (personal data the request carries).
        self.private: tuple[str, ...] = ()
        # (answer field, value) the answer must hold: the resource asked for.
        self.identity: tuple[str, str] | None = None


def prepare(
    operation: Operation[Any],
    arguments: Mapping[str, object],
    *,
    secrets: tuple[str, ...] = (),
    name: Naming = python_name,
) -> Prepared:
    """Check every argument of *operation* and encode it for the wire.

    *secrets* are never echoed in an error (a token pasted where a SID goes);
    *name* says how arguments are called in errors (``body`` or ``--body``).
    """
    prepared = Prepared()
    segments: dict[str, str] = {}
    private: list[str] = []
    for param in operation.params:
        value = arguments.get(param.name)
        if param.where == PATH:
            segments[param.name] = _path_segment(param, value, secrets, name, prepared)
            continue
        if value is None or value is REQUIRED:
            if param.required:
                raise InvalidArgumentError(f"{name(param)} is required", argument=param.name)
            continue
        pairs = [(param.wire, text) for text in _encode(param, value, name)]
        if operation.verb != "update" and any(not text for _, text in pairs):
            # An update sends "" to clear a value; anywhere else it is a mistake.
            raise InvalidArgumentError(f"{name(param)} must not be empty", argument=param.name)
        if param.pattern is not None:
            # A SID in the form or query (PN… to add, IS…, a proxy number's PN…).
            for _, text in pairs:
                if text and not param.pattern.fullmatch(text):
                    raise InvalidSidError(
                        f"{name(param)} must be {_pattern_words(param.pattern)}, got "
                        f"{describe(text, secrets)}",
                        argument=param.name,
                    )
        if param.url:
            # A callback URL may hold a password (https://user:pass@host/):
            # a server echoing the URL must not put it in an error.
            private.extend(secret for _, text in pairs for secret in _url_secrets(text))
        if param.private:
            texts = [text for _, text in pairs]
            if param.kind == JSON_TEXT:
                # A server quotes one value of the object ("Invalid Identifier:
                # +1555…"), not only the whole text: each is scrubbed too.
                texts += [leaf for item in value for leaf in _leaves(item)]  # type: ignore[attr-defined]
            # A phone number may come back without its "+" (E.164's digits alone).
            texts += [text[1:] for text in texts if text.startswith("+")]
            private.extend(text for text in texts if len(text) >= PRIVATE_MIN)
        if param.where == FORM:
            if prepared.form is None:
                prepared.form = []
            prepared.form.extend(pairs)
        else:
            prepared.query.extend(pairs)
    for group in operation.conditional:
        if all(arguments.get(member) in (None, REQUIRED) for member in group):
            named = {p.name: name(p) for p in operation.params}
            listed = " or ".join(named[member] for member in group)
            raise InvalidArgumentError(
                f"pass {listed} (at least one of them is required)", argument=group[0]
            )
    if operation.method == "POST" and prepared.form is None:
        prepared.form = []
    prepared.path = operation.path.format_map(segments)
    prepared.private = tuple(dict.fromkeys(private))
    return prepared


def _path_segment(
    param: Param, value: object, secrets: tuple[str, ...], name: Naming, prepared: Prepared
) -> str:
    """A SID that matches the spec's pattern, or, where allowed, a unique name as one segment."""
    pattern = param.pattern
    if type(value) is not str and isinstance(value, str):
        value = str.__str__(value)  # a str subclass (Django's SafeString): its plain text
    if type(value) is str and pattern is not None and pattern.fullmatch(value):
        # Only ASCII letters and digits: safe in the path verbatim.
        if param.unique_name is not None or param.name == "sid":
            prepared.identity = ("sid", value)
        return value
    if param.unique_name is not None and type(value) is str and not _holds(value, secrets):
        # (A pasted credential is no unique name: it would be logged with the path.)
        return _unique_name(param, value, name, prepared)
    expected = _pattern_words(pattern)
    if param.unique_name is not None:
        expected += ", or a unique name"
    raise InvalidSidError(
        f"{name(param)} must be {expected}, got {describe(value, secrets)}", argument=param.name
    )


def _unique_name(param: Param, value: str, name: Naming, prepared: Prepared) -> str:
    if not value or value in (".", "..") or len(value) > MAX_UNIQUE_NAME:
        raise InvalidArgumentError(
            f"{name(param)} must be a SID or a unique name of 1 to {MAX_UNIQUE_NAME} "
            "characters (not '.' or '..')",
            argument=param.name,
        )
    _check_utf8(param, value, name)
    assert param.unique_name is not None
    prepared.identity = (param.unique_name, value)
    # Every byte but letters, digits and "-._~" percent-encoded: "/", "?", "#",
    # "%" and control characters stay inside this one segment.
    return urllib.parse.quote(value, safe="")


def _pattern_words(pattern: re.Pattern[str] | None) -> str:
    source = pattern.pattern if pattern is not None else ""
    match = re.fullmatch(r"([A-Z]{2})\[0-9a-fA-F\]\{32\}", source)
    if match:
        return f"{match.group(1)!r} followed by 32 hexadecimal digits (34 characters)"
    return f"a SID matching {source!a}"


def describe(value: object, secrets: tuple[str, ...] = ()) -> str:
    """A short, safe description of a refused value (never a secret, never control text)."""
    if not isinstance(value, str):
        return f"a {type(value).__name__}"
    value = str.__str__(value)  # a str subclass: its plain text, never its own repr
    if _holds(value, secrets):
        return f"a value holding a credential ({len(value)} characters, not shown)"
    shown = value if len(value) <= 40 else value[:40] + "…"
    # ascii() escapes newlines, control and non-ASCII characters, so a hostile
    # value cannot forge log lines or terminal output through the message.
    return f"{shown!a} ({len(value)} characters)"


def _holds(value: str, secrets: tuple[str, ...]) -> bool:
    return any(secret and secret in value for secret in secrets)


def _encode(param: Param, value: object, name: Naming) -> list[str]:
    if param.many:
        items: Sequence[object]
        if isinstance(value, str | bytes | Mapping) or not isinstance(value, Sequence):
            if param.kind == STR and isinstance(value, str):
                items = [value]  # one URL for a list of URLs
            else:
                raise InvalidArgumentError(
                    f"{name(param)} must be a list, got a {type(value).__name__}",
                    argument=param.name,
                )
        else:
            items = value
        if not items:
            raise InvalidArgumentError(
                f"{name(param)} must not be an empty list (leave it out instead)",
                argument=param.name,
            )
        return [_one(param, item, name) for item in items]
    return [_one(param, value, name)]


def _one(param: Param, value: object, name: Naming) -> str:
    kind = param.kind
    if kind == STR:
        if not isinstance(value, str):
            raise _wrong(param, value, "a str" + (" (a URL)" if param.url else ""), name)
        text = str.__str__(value)  # a str subclass (Markup, SafeString): its plain text
        if text:  # empty only where prepare() allows it: an update clearing a value
            _check_utf8(param, text, name)
            if param.url:
                _check_url(param, text, name)
        return text
    if kind == INT:
        if type(value) is not int:
            raise _wrong(param, value, "an int", name)
        return str(value)
    if kind == NUMBER:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _wrong(param, value, "a number", name)
        return repr(float(value)) if isinstance(value, float) else str(value)
    if kind == BOOL:
        if type(value) is not bool:
            raise _wrong(param, value, "a bool", name)
        return "true" if value else "false"
    if kind == DATETIME:
        if not isinstance(value, dt.datetime) or value.utcoffset() is None:
            raise _wrong(param, value, "a timezone-aware datetime", name)
        try:
            utc = value.astimezone(dt.UTC)
        except OverflowError:
            utc = None
        if utc is None:
            raise InvalidArgumentError(
                f"{name(param)} must be a datetime between the years 1 and 9999 in UTC",
                argument=param.name,
            )
        # isoformat, not strftime("%Y"): the year is always 4 digits.
        return utc.replace(tzinfo=None, microsecond=0).isoformat() + "Z"
    if kind == ENUM:
        return _enum(param, value, name)
    if kind == JSON_TEXT:
        return _json_text(param, value, name)
    raise AssertionError(f"the generated table gave {param.name} the unknown kind {kind!r}")


def _enum(param: Param, value: object, name: Naming) -> str:
    enum = param.enum
    assert enum is not None
    if isinstance(value, enum):
        return str(value.value)
    if isinstance(value, str) and not isinstance(value, Enum):
        text = str.__str__(value)
        if text in enum._value2member_map_:
            return text
    allowed = ", ".join(repr(str(member.value)) for member in enum)
    raise InvalidArgumentError(
        f"{name(param)} must be a {enum.__name__} or one of {allowed}, got "
        f"{describe(value) if not param.private else 'another value'}",
        argument=param.name,
    )


def _json_text(param: Param, value: object, name: Naming) -> str:
    if not isinstance(value, Mapping):
        # Named by type only: an item may be a participant's phone number.
        raise InvalidArgumentError(
            f"{name(param)} must be a list of mappings (JSON objects), got a "
            f"{type(value).__name__}",
            argument=param.name,
        )
    import json  # only for participants=[...]

    try:
        text = json.dumps(dict(value), ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        text.encode("utf-8")
    except (TypeError, ValueError, UnicodeEncodeError, RecursionError):
        text = None
    if text is None:
        # Raised outside the except block: the encoder's error may quote the value.
        raise InvalidArgumentError(
            f"{name(param)}: each item must be a mapping of JSON values (text, numbers, "
            "booleans, lists, mappings)",
            argument=param.name,
        )
    return text


def _url_secrets(url: str) -> list[str]:
    """The ``user:password`` of *url*, and its password when long enough to scrub alone."""
    userinfo, at, _ = urllib.parse.urlsplit(url).netloc.rpartition("@")
    _, colon, password = userinfo.partition(":")
    if not (at and colon and password):
        return []
    return [userinfo] + ([password] if len(password) >= PRIVATE_MIN else [])


def _leaves(value: object) -> list[str]:
    """Every string and number inside a JSON value, as text (its keys are the API's, not data)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return [str(value)]
    if isinstance(value, Mapping):
        return [leaf for item in value.values() for leaf in _leaves(item)]
    if isinstance(value, list | tuple):
        return [leaf for item in value for leaf in _leaves(item)]
    return []


def _check_utf8(param: Param, text: str, name: Naming) -> None:
    if text.isascii():
        return
    try:
        text.encode("utf-8")
        return
    except UnicodeEncodeError:
        pass
    # Outside the except block: a UnicodeEncodeError holds the whole text in .object.
    raise InvalidArgumentError(
        f"{name(param)} is not valid text: it holds a lone surrogate (half of an emoji "
        "or other character cut in two), which cannot be sent",
        argument=param.name,
    )


def _check_url(param: Param, url: str, name: Naming) -> None:
    if _URL_CHARS.fullmatch(url):
        try:
            parts = urllib.parse.urlsplit(url)
        except ValueError:
            parts = None
        if parts is not None and parts.scheme in ("http", "https") and parts.hostname:
            return
    raise InvalidArgumentError(
        f"{name(param)} must be an http:// or https:// URL with a host and no spaces",
        argument=param.name,
    )


def _wrong(param: Param, value: object, expected: str, name: Naming) -> InvalidArgumentError:
    got = f"a {type(value).__name__}"
    if value is not None and not param.private and isinstance(value, int | float | str):
        got = describe(value) if isinstance(value, str) else f"{type(value).__name__} {value!r}"
    if isinstance(value, str) and not value:
        got = "an empty str"
    return InvalidArgumentError(f"{name(param)} must be {expected}, got {got}", argument=param.name)
