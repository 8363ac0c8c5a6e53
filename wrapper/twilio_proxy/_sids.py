"""Local checks of the four SIDs in the endpoint's path, before any I/O."""

from __future__ import annotations

import re

from ._exceptions import InvalidSidError

# An explicit ASCII class, not \d or str.isalnum(): those accept non-ASCII
# digits. fullmatch, not $: $ also matches before a trailing newline.
_HEX32 = "[0-9a-fA-F]{32}"
_SHAPES = {prefix: re.compile(prefix + _HEX32) for prefix in ("KS", "KC", "KP", "KI")}


def check_sid(value: object, *, argument: str, prefix: str) -> str:
    """Return *value* if it is *prefix* + 32 hex digits, else raise InvalidSidError.

    A value that passes holds only ASCII letters and digits, so it can be put in
    the URL path verbatim: no '/', '.', '%', whitespace or escape can reach it.
    """
    if type(value) is str and _SHAPES[prefix].fullmatch(value):
        return value
    raise InvalidSidError(
        f"{argument} must be {prefix!r} followed by 32 hexadecimal digits "
        f"(34 characters), got {_describe(value)}",
        argument=argument,
    )


def _describe(value: object) -> str:
    if not isinstance(value, str):
        return f"a {type(value).__name__}"
    shown = value if len(value) <= 40 else value[:40] + "…"
    # ascii() escapes newlines, control and non-ASCII characters, so a hostile
    # value cannot forge log lines or terminal output through the message.
    return f"{shown!a} ({len(value)} characters)"
