"""The four SIDs are checked locally, before any I/O; no value can steer the request elsewhere."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import twilio_proxy
from _support import BASE_URL, MODES, SIDS, json_response, make_async_client, make_client, ok_body

PREFIXES = {"service_sid": "KS", "session_sid": "KC", "participant_sid": "KP", "sid": "KI"}
HEX = "0123456789abcdef" * 2


def bad_values(prefix: str) -> list[Any]:
    wrong = "KX" if prefix != "KX" else "KS"
    return [
        "",
        prefix,
        prefix + HEX[:31],
        prefix + HEX + "0",
        wrong + HEX,
        prefix.lower() + HEX,
        ".",
        "..",
        "/",
        "%2F",
        "%2e%2e",
        "../../../v2/Other",
        prefix + HEX[:15] + "/" + HEX[:16],
        prefix + "%2F" + HEX[:29],
        prefix + "%2e%2e" + HEX[:26],
        prefix + ".." + HEX[:30],
        prefix + "/.." + HEX[:29],
        prefix + HEX[:31] + "?",
        prefix + HEX[:31] + "#",
        prefix + HEX[:31] + "\x00",
        " " + prefix + HEX[:31],
        prefix + HEX[:31] + " ",
        prefix + HEX + "\n",
        prefix + HEX[:31] + "\n",
        prefix + HEX[:30] + "\r\n",
        prefix + HEX[:31] + "\t",
        prefix + "\u0663" * 32,  # ARABIC-INDIC DIGIT THREE
        prefix + "\uff10" * 32,  # FULLWIDTH DIGIT ZERO
        prefix + "\u00b2" + HEX[:31],  # SUPERSCRIPT TWO
        prefix + "g" * 32,
        prefix + HEX[:31] + "G",
        "\u212a" + prefix[1] + HEX,  # KELVIN SIGN, which lower-cases to 'k'
        None,
        1234,
        (prefix + HEX).encode(),
    ]


CASES = [
    pytest.param(argument, value, id=f"{argument}-{index}")
    for argument, prefix in PREFIXES.items()
    for index, value in enumerate(bad_values(prefix))
]


@pytest.mark.parametrize(("argument", "value"), CASES)
@pytest.mark.parametrize("mode", MODES)
async def test_bad_sid_raises_before_any_request(mode: str, argument: str, value: Any) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, ok_body())

    sids = {**SIDS, argument: value}

    async def call() -> None:
        if mode == "sync":
            make_client(handler).fetch_message_interaction_with_response(**sids)
        else:
            await make_async_client(handler).fetch_message_interaction(**sids)

    with pytest.raises(twilio_proxy.InvalidSidError) as info:
        await call()
    assert seen == []
    error = info.value
    assert error.argument == argument
    prefix = PREFIXES[argument]
    assert str(error).startswith(
        f"{argument} must be '{prefix}' followed by 32 hexadecimal digits (34 characters), got "
    )
    # The value is shown escaped: nothing it holds can break a log line or a terminal.
    assert str(error).isascii()
    assert "\n" not in str(error)
    assert "\r" not in str(error)


@pytest.mark.parametrize("argument", list(PREFIXES))
def test_message_describes_the_value(argument: str) -> None:
    client = make_client(lambda r: json_response(200, ok_body()))
    with pytest.raises(twilio_proxy.InvalidSidError) as info:
        client.fetch_message_interaction(**{**SIDS, argument: "../x\n"})
    assert str(info.value).endswith("got '../x\\n' (5 characters)")
    with pytest.raises(twilio_proxy.InvalidSidError) as info:
        client.fetch_message_interaction(**{**SIDS, argument: None})
    assert str(info.value).endswith("got a NoneType")


def test_long_value_is_cut_short_in_the_message() -> None:
    client = make_client(lambda r: json_response(200, ok_body()))
    with pytest.raises(twilio_proxy.InvalidSidError) as info:
        client.fetch_message_interaction(**{**SIDS, "sid": "KI" + "z" * 5000})
    assert str(info.value).endswith(
        "'KIzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\\u2026' (5002 characters)"
    )
    assert len(str(info.value)) < 200


def test_first_bad_argument_is_named() -> None:
    client = make_client(lambda r: json_response(200, ok_body()))
    with pytest.raises(twilio_proxy.InvalidSidError) as info:
        client.fetch_message_interaction(
            service_sid="x", session_sid="y", participant_sid="z", sid="w"
        )
    assert info.value.argument == "service_sid"


def test_invalid_sid_error_is_a_value_error() -> None:
    assert issubclass(twilio_proxy.InvalidSidError, ValueError)
    assert issubclass(twilio_proxy.InvalidSidError, twilio_proxy.TwilioProxyError)
    client = make_client(lambda r: json_response(200, ok_body()))
    with pytest.raises(ValueError, match="service_sid must be"):
        client.fetch_message_interaction(**{**SIDS, "service_sid": "nope"})


def test_str_subclass_is_refused() -> None:
    # A str subclass could change what it formats to after the check.
    class Sneaky(str):
        def __format__(self, spec: str) -> str:
            return "../../Evil"

    seen: list[httpx.Request] = []
    client = make_client(lambda r: seen.append(r) or json_response(200, ok_body()))
    with pytest.raises(twilio_proxy.InvalidSidError):
        client.fetch_message_interaction(**{**SIDS, "sid": Sneaky("KI" + HEX)})
    assert seen == []


@pytest.mark.parametrize("mode", MODES)
async def test_valid_sids_go_into_the_path_verbatim(mode: str) -> None:
    sids = {
        "service_sid": "KS" + "ABCDEF0123456789" * 2,
        "session_sid": "KC" + "abcdefABCDEF0123" * 2,
        "participant_sid": "KP" + "0" * 32,
        "sid": "KI" + "f" * 32,
    }
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, ok_body())

    if mode == "sync":
        make_client(handler).fetch_message_interaction(**sids)
    else:
        await make_async_client(handler).fetch_message_interaction(**sids)
    expected = (
        f"/v1/Services/{sids['service_sid']}/Sessions/{sids['session_sid']}"
        f"/Participants/{sids['participant_sid']}/MessageInteractions/{sids['sid']}"
    )
    assert [str(r.url) for r in seen] == [BASE_URL + expected]
    assert seen[0].url.raw_path == expected.encode()
