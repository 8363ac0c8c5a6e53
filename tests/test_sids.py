"""check_sid: exactly a two-letter prefix and 32 ASCII hex digits, nothing else reaches a URL."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from twilio_proxy import InvalidSidError
from twilio_proxy._sids import check_sid

HEX = "0123456789abcdef" * 2
PREFIXES = ["KS", "KC", "KP", "KI"]


@pytest.mark.parametrize("prefix", PREFIXES)
@pytest.mark.parametrize("digits", [HEX, HEX.upper(), "0" * 32, "F" * 32])
def test_valid_sid_is_returned_as_is(prefix: str, digits: str) -> None:
    value = prefix + digits
    assert check_sid(value, argument="sid", prefix=prefix) is value


BAD = [
    "",
    "KI",
    "KI" + HEX[:31],  # 33 characters
    "KI" + HEX + "0",  # 35 characters
    "KS" + HEX,  # another resource's prefix
    "ki" + HEX,
    "\u212aI" + HEX,  # KELVIN SIGN, which lower-cases to 'k'
    ".",
    "..",
    "%2e",
    "%2e%2e",
    "/",
    "../../../v2/Other",
    "KI" + HEX[:15] + "/" + HEX[:16],
    "KI" + "%2F" + HEX[:29],
    "KI" + ".." + HEX[:30],
    "KI" + HEX[:31] + "?",
    "KI" + HEX[:31] + "#",
    "KI" + HEX[:31] + "\x00",
    " KI" + HEX[:31],
    "KI" + HEX + "\n",  # `$` would match before it; fullmatch does not
    "KI" + HEX[:30] + "\r\n",
    "KI" + "\u0663" * 32,  # ARABIC-INDIC DIGIT THREE: \d would take it
    "KI" + "\uff10" * 32,  # FULLWIDTH DIGIT ZERO
    "KI" + "\u00b2" + HEX[:31],  # SUPERSCRIPT TWO: str.isdigit() would take it
    "KI" + "g" * 32,
]


@pytest.mark.parametrize("value", BAD, ids=range(len(BAD)))
def test_bad_string_is_refused_and_shown_escaped(value: str) -> None:
    with pytest.raises(InvalidSidError) as info:
        check_sid(value, argument="sid", prefix="KI")
    message = str(info.value)
    assert info.value.argument == "sid"
    assert message == (
        "sid must be 'KI' followed by 32 hexadecimal digits (34 characters), "
        f"got {value!a} ({len(value)} characters)"
    )
    # Nothing in the value can forge a log line or drive a terminal.
    assert message.isascii()
    assert message.isprintable()


class Sneaky(str):
    """A str subclass could format to something else after the check."""

    def __format__(self, spec: str) -> str:
        return "../../Evil"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (None, "a NoneType"),
        (1234, "a int"),
        (("KI" + HEX).encode(), "a bytes"),
        (Sneaky("KI" + HEX), "'KI" + HEX + "' (34 characters)"),
    ],
)
def test_non_str_is_refused_by_type(value: Any, shown: str) -> None:
    with pytest.raises(InvalidSidError, match=re.escape(f"got {shown}") + "$"):
        check_sid(value, argument="session_sid", prefix="KI")


def test_long_value_is_cut_at_40_characters() -> None:
    with pytest.raises(InvalidSidError) as info:
        check_sid("KI" + "z" * 5000 + "\n", argument="participant_sid", prefix="KP")
    assert str(info.value) == (
        "participant_sid must be 'KP' followed by 32 hexadecimal digits (34 characters), "
        "got 'KI" + "z" * 38 + "\\u2026' (5003 characters)"
    )


def test_invalid_sid_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match=r"^service_sid must be 'KS'"):
        check_sid("nope", argument="service_sid", prefix="KS")


@settings(max_examples=200, deadline=None)
@given(
    prefix=st.sampled_from(PREFIXES),
    value=st.text(max_size=40)
    # Near misses: a prefix and 31-33 characters, mostly hex, some hostile.
    | st.builds(
        str.__add__,
        st.sampled_from(PREFIXES),
        st.text(alphabet=HEX + "ABCDEFgG./%\n\u0663\uff10", min_size=31, max_size=33),
    ),
)
def test_accepted_exactly_when_ascii_hex(prefix: str, value: str) -> None:
    expected = re.fullmatch(prefix + "[0-9a-fA-F]{32}", value, re.ASCII) is not None
    if expected:
        assert check_sid(value, argument="sid", prefix=prefix) == value
        return
    with pytest.raises(InvalidSidError) as info:
        check_sid(value, argument="sid", prefix=prefix)
    assert str(info.value).isascii()
