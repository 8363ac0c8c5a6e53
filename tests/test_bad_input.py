"""Hostile SID arguments: refused before any I/O, or sent verbatim to the one endpoint.

For any value given as any of the four SIDs, a fetch either raises
InvalidSidError with nothing sent, or sends exactly one GET to
``https://proxy.twilio.com/v1/Services/{KS}/Sessions/{KC}/Participants/{KP}/MessageInteractions/{KI}``
with the four values in the path byte for byte. Which of the two happens is
checked against an oracle written independently of the wrapper's regex: prefix
+ 32 ASCII hex digits (either case), nothing else.
"""

from __future__ import annotations

import functools
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, assume, event, example, given, settings
from hypothesis import strategies as st

import twilio_proxy
from _support import MODES, SIDS, json_response, make_async_client, make_client, ok_body

PREFIXES = {"service_sid": "KS", "session_sid": "KC", "participant_sid": "KP", "sid": "KI"}
ARGUMENTS = tuple(PREFIXES)
HEX = "0123456789abcdefABCDEF"
# Digits (and for FULLWIDTH letters) that look like hex but are not ASCII.
ARABIC_INDIC = {ord("0") + i: 0x0660 + i for i in range(10)}
FULLWIDTH = {ord(char): ord(char) + 0xFEE0 for char in "0123456789abcdef"}

# Short pieces that mean something to a URL, a path, a header or a terminal.
TRICKY = [
    "",
    ".",
    "..",
    "/",
    "\\",
    "%2F",
    "%2f",
    "%2e%2e",
    "%2E%2E",
    "%252F",
    "%00",
    "?",
    "?x=1",
    "#",
    "#frag",
    ";",
    ":",
    "@",
    "&",
    "=",
    "+",
    "~",
    " ",
    "\t",
    "\n",
    "\r\n",
    "\x00",
    "\x7f",
    "\u0663",  # ARABIC-INDIC DIGIT THREE: a digit to str.isdigit(), not to us
    "\uff10",  # FULLWIDTH DIGIT ZERO
    "\u00b2",  # SUPERSCRIPT TWO
    "\u212a",  # KELVIN SIGN: lower-cases to 'k'
    "\u0130",  # I WITH DOT ABOVE: lower-cases to two characters
    "\u200b",  # ZERO WIDTH SPACE
    "\ufeff",  # BYTE ORDER MARK
    "\u2028",  # LINE SEPARATOR
    "\ud800",  # a lone surrogate: not encodable as UTF-8
    "é",
    "/../",
    "/./",
    "../../../v2/Other",
]


def is_valid(value: object, prefix: str) -> bool:
    """The oracle: exactly *prefix* followed by 32 ASCII hex digits."""
    return (
        type(value) is str
        and len(value) == 34
        and value[:2] == prefix
        and all(char in HEX for char in value[2:])
    )


def expected_path(sids: dict[str, str]) -> bytes:
    return (
        f"/v1/Services/{sids['service_sid']}/Sessions/{sids['session_sid']}"
        f"/Participants/{sids['participant_sid']}/MessageInteractions/{sids['sid']}"
    ).encode("ascii")


def valid_sids(prefix: str) -> st.SearchStrategy[str]:
    return st.text(alphabet=HEX, min_size=32, max_size=32).map(lambda digits: prefix + digits)


@st.composite
def near_valid(draw: st.DrawFn, prefix: str) -> str:
    """A valid SID with one small change: most are invalid, a few (case changes) are not."""
    sid = draw(valid_sids(prefix))
    where = draw(st.integers(0, len(sid)))
    piece = draw(st.sampled_from(TRICKY) | st.characters() | st.sampled_from(HEX + "gGxXzZ"))
    others = [p for p in PREFIXES.values() if p != prefix] + ["AC", "SK", "KX", "ks", "Ks", "kS"]
    change = draw(
        st.sampled_from(
            [
                "replace",
                "insert",
                "delete",
                "length-33",
                "length-35",
                "prefix",
                "upper",
                "lower",
                "digits-arabic",
                "digits-fullwidth",
                "surround",
            ]
        )
    )
    event(f"near-valid: {change}")
    if change == "replace":
        return sid[:where] + piece + sid[where + 1 :]
    if change == "insert":
        return sid[:where] + piece + sid[where:]
    if change == "delete":
        return sid[:where] + sid[where + 1 :]
    if change == "length-33":
        return sid[:33]
    if change == "length-35":
        return sid + draw(st.sampled_from(HEX))
    if change == "prefix":
        return draw(st.sampled_from(others)) + sid[2:]
    if change == "upper":
        return sid.upper() if draw(st.booleans()) else prefix + sid[2:].upper()  # valid
    if change == "lower":
        return sid.lower()
    if change == "digits-arabic":
        return prefix + sid[2:].translate(ARABIC_INDIC)
    if change == "digits-fullwidth":
        return prefix + sid[2:].lower().translate(FULLWIDTH)
    before, after = draw(st.sampled_from(TRICKY)), draw(st.sampled_from(TRICKY))
    return before + sid + after


def sid_values(prefix: str) -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(),
        st.text(alphabet=st.characters(codec="ascii"), min_size=30, max_size=36),
        st.sampled_from(TRICKY),
        valid_sids(prefix),
        near_valid(prefix),
        near_valid(prefix),
    )


@st.composite
def sid_sets(draw: st.DrawFn) -> dict[str, str]:
    """Four SID arguments, of which a random subset (possibly none) is fuzzed."""
    fuzzed = draw(st.sets(st.sampled_from(ARGUMENTS)))
    return {
        argument: draw(sid_values(prefix) if argument in fuzzed else valid_sids(prefix))
        for argument, prefix in PREFIXES.items()
    }


class Recorder:
    """A MockTransport handler that answers 200 and keeps every request."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return json_response(200, ok_body())


@functools.cache
def shared_sync_client() -> tuple[twilio_proxy.Client, Recorder]:
    # One client for all examples: 1,000 clients would only measure client creation.
    recorder = Recorder()
    return make_client(recorder, max_retries=0), recorder


def check_outcome(
    sids: dict[str, Any], requests: list[httpx.Request], error: Exception | None
) -> None:
    invalid = [arg for arg, prefix in PREFIXES.items() if not is_valid(sids[arg], prefix)]
    event("refused" if invalid else "sent")
    if invalid:
        assert isinstance(error, twilio_proxy.InvalidSidError), repr(error)
        assert isinstance(error, ValueError)
        assert requests == []  # nothing was sent
        assert error.argument in invalid
        message = str(error)
        # The value is shown escaped: it cannot forge a log line or a terminal sequence.
        assert message.isascii()
        assert message.isprintable()
        assert message.startswith(f"{error.argument} must be {PREFIXES[error.argument]!r} ")
        return
    assert error is None, repr(error)
    [request] = requests
    assert request.method == "GET"
    assert request.url.scheme == "https"
    assert request.url.host == "proxy.twilio.com"
    assert request.url.port is None
    assert request.url.raw_path == expected_path(sids)  # includes any query: there is none
    assert request.url.query == b""
    assert request.url.fragment == ""


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sids=sid_sets())
@example(sids={**SIDS, "service_sid": "KS" + "ABCDEF0123456789" * 2})  # upper-case hex: valid
@example(sids={**SIDS, "sid": ".."})
@example(sids={**SIDS, "participant_sid": SIDS["participant_sid"] + "\n"})
@example(sids={**SIDS, "session_sid": "KC" + "\u0663" * 32})
@example(sids={**SIDS, "sid": SIDS["sid"][:17] + "/" + SIDS["sid"][18:]})
@example(sids={**SIDS, "sid": SIDS["sid"][:17] + "%2F" + SIDS["sid"][20:]})
def test_any_sid_string_is_refused_or_sent_verbatim(sids: dict[str, str]) -> None:
    client, recorder = shared_sync_client()
    recorder.requests.clear()
    error: Exception | None = None
    try:
        client.fetch_message_interaction(**sids)
    except Exception as exc:  # checked below: only InvalidSidError is allowed
        error = exc
    check_outcome(sids, recorder.requests, error)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sids=sid_sets())
@example(sids={**SIDS, "sid": "KI" + "0123456789ABCDEF" * 2})
@example(sids={**SIDS, "service_sid": "%2e%2e"})
async def test_any_sid_string_is_refused_or_sent_verbatim_async(sids: dict[str, str]) -> None:
    recorder = Recorder()
    error: Exception | None = None
    async with make_async_client(recorder, max_retries=0) as aclient:
        try:
            await aclient.fetch_message_interaction(**sids)
        except Exception as exc:  # checked below: only InvalidSidError is allowed
            error = exc
    check_outcome(sids, recorder.requests, error)


# --- values that are not str ------------------------------------------------------------


class LyingStr(str):
    """A str subclass whose formatting says something else than its value."""

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        return "../../../v2/Other"

    def __str__(self) -> str:
        return "../../../v2/Other"


def non_str_values(prefix: str) -> list[Any]:
    sid = prefix + "0123456789abcdef" * 2
    return [
        None,
        0,
        1234,
        -1,
        3.14,
        True,
        sid.encode(),
        bytearray(sid.encode()),
        memoryview(sid.encode()),
        [sid],
        (sid,),
        {sid: sid},
        {sid},
        object(),
        LyingStr(sid),
    ]


async def fetch(mode: str, recorder: Recorder, sids: dict[str, Any]) -> None:
    if mode == "sync":
        with make_client(recorder) as client:
            client.fetch_message_interaction(**sids)
    else:
        async with make_async_client(recorder) as aclient:
            await aclient.fetch_message_interaction(**sids)


NON_STR_CASES = [
    pytest.param(argument, value, id=f"{argument}-{type(value).__name__}-{index}")
    for argument, prefix in PREFIXES.items()
    for index, value in enumerate(non_str_values(prefix))
]


@pytest.mark.parametrize(("argument", "value"), NON_STR_CASES)
@pytest.mark.parametrize("mode", MODES)
async def test_non_str_sid_is_refused_before_any_io(mode: str, argument: str, value: Any) -> None:
    recorder = Recorder()
    with pytest.raises(twilio_proxy.InvalidSidError) as caught:
        await fetch(mode, recorder, {**SIDS, argument: value})
    assert recorder.requests == []
    assert caught.value.argument == argument
    if isinstance(value, LyingStr):
        # Refused by type, whatever its text; the message shows the real characters.
        assert "../" not in str(caught.value)
    else:
        assert f"got a {type(value).__name__}" in str(caught.value)


@settings(max_examples=200, deadline=None)
@given(
    argument=st.sampled_from(ARGUMENTS),
    value=st.one_of(
        st.none(),
        st.integers(),
        st.floats(),
        st.booleans(),
        st.binary(),
        st.lists(st.text(), max_size=3),
        st.dictionaries(st.text(), st.text(), max_size=2),
    ),
)
def test_any_non_str_sid_is_refused_before_any_io(argument: str, value: Any) -> None:
    assume(not isinstance(value, str))
    client, recorder = shared_sync_client()
    recorder.requests.clear()
    with pytest.raises(twilio_proxy.InvalidSidError) as caught:
        client.fetch_message_interaction(**{**SIDS, argument: value})
    assert recorder.requests == []
    assert caught.value.argument == argument
