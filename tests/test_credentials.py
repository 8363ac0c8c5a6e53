"""Credentials: explicit arguments first, then the environment; checked at construction."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest

import twilio_proxy
from _support import ACCOUNT_SID, AUTH_TOKEN, SIDS, json_response, ok_body

API_KEY = "SK" + "0123456789ABCDEF" * 2
API_SECRET = "api-5ecret-VALUE-do-not-leak"
OTHER_SID = "AC" + "1" * 32
OTHER_TOKEN = "other-token-from-env"

# The "how to fix it" sentence every missing-credentials message ends with.
BOTH_WAYS = (
    "Use either TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN, or "
    "TWILIO_API_KEY + TWILIO_API_SECRET (an API key, SK…)."
)


def _decode(header: str) -> tuple[str, str]:
    scheme, _, value = header.partition(" ")
    assert scheme == "Basic"
    username, _, password = base64.b64decode(value).decode().partition(":")
    return username, password


def sent_credentials(*args: Any, **kwargs: Any) -> tuple[str, str]:
    """Build a Client with *args*/*kwargs*, fetch once, return the basic-auth pair it sent."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, ok_body())

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with twilio_proxy.Client(*args, http_client=http, **kwargs) as client:
        client.fetch_message_interaction(**SIDS)
    assert len(seen) == 1
    return _decode(seen[0].headers["Authorization"])


async def async_sent_credentials(**kwargs: Any) -> tuple[str, str]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, ok_body())

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with twilio_proxy.AsyncClient(http_client=http, **kwargs) as client:
        await client.fetch_message_interaction(**SIDS)
    assert len(seen) == 1
    return _decode(seen[0].headers["Authorization"])


# --- where the credentials come from -------------------------------------------------


def test_explicit_account_sid_and_token() -> None:
    assert sent_credentials(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN) == (
        ACCOUNT_SID,
        AUTH_TOKEN,
    )


def test_positional_account_sid_and_token() -> None:
    assert sent_credentials(ACCOUNT_SID, AUTH_TOKEN) == (ACCOUNT_SID, AUTH_TOKEN)


async def test_async_explicit_account_sid_and_token() -> None:
    assert await async_sent_credentials(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN) == (
        ACCOUNT_SID,
        AUTH_TOKEN,
    )


def test_account_sid_and_token_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)
    assert sent_credentials() == (ACCOUNT_SID, AUTH_TOKEN)


async def test_async_credentials_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_API_KEY", API_KEY)
    monkeypatch.setenv("TWILIO_API_SECRET", API_SECRET)
    assert await async_sent_credentials() == (API_KEY, API_SECRET)


def test_explicit_arguments_beat_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", OTHER_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", OTHER_TOKEN)
    assert sent_credentials(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN) == (
        ACCOUNT_SID,
        AUTH_TOKEN,
    )


def test_each_value_falls_back_to_its_own_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", OTHER_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", OTHER_TOKEN)
    assert sent_credentials(auth_token=AUTH_TOKEN) == (OTHER_SID, AUTH_TOKEN)
    assert sent_credentials(account_sid=ACCOUNT_SID) == (ACCOUNT_SID, OTHER_TOKEN)


def test_explicit_api_key_and_secret() -> None:
    assert sent_credentials(api_key=API_KEY, api_secret=API_SECRET) == (API_KEY, API_SECRET)


def test_api_key_with_account_sid_authenticates_as_the_key() -> None:
    assert sent_credentials(account_sid=ACCOUNT_SID, api_key=API_KEY, api_secret=API_SECRET) == (
        API_KEY,
        API_SECRET,
    )


def test_api_key_from_environment_with_account_sid(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT_SID)
    monkeypatch.setenv("TWILIO_API_KEY", API_KEY)
    monkeypatch.setenv("TWILIO_API_SECRET", API_SECRET)
    assert sent_credentials() == (API_KEY, API_SECRET)


def test_api_key_from_environment_without_account_sid(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_API_KEY", API_KEY)
    monkeypatch.setenv("TWILIO_API_SECRET", API_SECRET)
    assert sent_credentials() == (API_KEY, API_SECRET)


def test_explicit_api_key_takes_its_secret_from_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TWILIO_API_SECRET", API_SECRET)
    assert sent_credentials(api_key=API_KEY) == (API_KEY, API_SECRET)


def test_explicit_auth_token_beats_api_key_in_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TWILIO_API_KEY", API_KEY)
    monkeypatch.setenv("TWILIO_API_SECRET", API_SECRET)
    assert sent_credentials(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN) == (
        ACCOUNT_SID,
        AUTH_TOKEN,
    )


def test_api_key_variables_win_when_the_environment_has_both_pairs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Documented in resolve_credentials: with no auth_token argument, a set
    # TWILIO_API_KEY/TWILIO_API_SECRET selects the API key.
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)
    monkeypatch.setenv("TWILIO_API_KEY", API_KEY)
    monkeypatch.setenv("TWILIO_API_SECRET", API_SECRET)
    assert sent_credentials() == (API_KEY, API_SECRET)


def test_upper_case_hex_account_sid_is_accepted() -> None:
    sid = "AC" + "ABCDEF0123456789" * 2
    assert sent_credentials(account_sid=sid, auth_token=AUTH_TOKEN) == (sid, AUTH_TOKEN)


# --- missing credentials -------------------------------------------------------------


def _missing(**kwargs: Any) -> str:
    with pytest.raises(twilio_proxy.MissingCredentialsError) as info:
        twilio_proxy.Client(**kwargs)
    return str(info.value)


def test_nothing_at_all_names_both_arguments_and_variables() -> None:
    assert _missing() == (
        "Twilio credentials are missing: pass account_sid= (or $TWILIO_ACCOUNT_SID) and "
        "auth_token= (or $TWILIO_AUTH_TOKEN). " + BOTH_WAYS
    )


def test_missing_token_names_only_the_token() -> None:
    message = _missing(account_sid=ACCOUNT_SID)
    assert message.startswith(
        "Twilio credentials are missing: pass auth_token= (or $TWILIO_AUTH_TOKEN). "
    )
    assert "account_sid=" not in message


def test_missing_account_sid_names_only_the_account_sid(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)
    message = _missing()
    assert message.startswith(
        "Twilio credentials are missing: pass account_sid= (or $TWILIO_ACCOUNT_SID). "
    )
    assert AUTH_TOKEN not in message


def test_missing_api_secret_names_the_api_secret() -> None:
    message = _missing(api_key=API_KEY)
    assert message == (
        "Twilio credentials are missing: pass api_secret= (or $TWILIO_API_SECRET). " + BOTH_WAYS
    )


def test_missing_api_key_names_the_api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_API_SECRET", API_SECRET)
    message = _missing()
    assert message == (
        "Twilio credentials are missing: pass api_key= (or $TWILIO_API_KEY). " + BOTH_WAYS
    )
    assert API_SECRET not in message


def test_empty_variable_counts_as_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "")
    assert "auth_token= (or $TWILIO_AUTH_TOKEN)" in _missing()


async def test_async_client_checks_credentials_at_construction() -> None:
    with pytest.raises(twilio_proxy.MissingCredentialsError, match=r"account_sid= .* auth_token="):
        twilio_proxy.AsyncClient()


def test_missing_credentials_error_is_a_twilio_proxy_error() -> None:
    assert issubclass(twilio_proxy.MissingCredentialsError, twilio_proxy.TwilioProxyError)


# --- malformed credentials -----------------------------------------------------------

BAD_ACCOUNT_SIDS = [
    pytest.param("AC" + "f" * 31, id="short"),
    pytest.param("AC" + "f" * 33, id="long"),
    pytest.param("ac" + "f" * 32, id="lower-prefix"),
    pytest.param("AC" + "g" * 32, id="not-hex"),
    pytest.param(API_KEY, id="an-api-key"),
    pytest.param(" AC" + "f" * 31, id="leading-space"),
    pytest.param("AC" + "f" * 32 + "\n", id="trailing-newline"),
    pytest.param("AC" + "\uff11" * 32, id="fullwidth-digits"),
]


@pytest.mark.parametrize("value", BAD_ACCOUNT_SIDS)
def test_malformed_account_sid(value: str) -> None:
    message = _missing(account_sid=value, auth_token=AUTH_TOKEN)
    assert message == (
        "account_sid (or $TWILIO_ACCOUNT_SID) is malformed: expected 'AC' followed by "
        f"32 hex digits, got a value of {len(value)} characters."
    )


def test_malformed_account_sid_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "not-a-sid")
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)
    assert _missing().startswith("account_sid (or $TWILIO_ACCOUNT_SID) is malformed")


def test_malformed_account_sid_alongside_an_api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC123")
    message = _missing(api_key=API_KEY, api_secret=API_SECRET)
    assert message.startswith("account_sid (or $TWILIO_ACCOUNT_SID) is malformed")


def test_non_string_account_sid_names_its_type() -> None:
    message = _missing(account_sid=12345, auth_token=AUTH_TOKEN)
    assert message.endswith("got a int.")


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("SK" + "f" * 31, id="short"),
        pytest.param(ACCOUNT_SID, id="an-account-sid"),
        pytest.param("sk" + "f" * 32, id="lower-prefix"),
        pytest.param("SK" + "z" * 32, id="not-hex"),
    ],
)
def test_malformed_api_key(value: str) -> None:
    message = _missing(api_key=value, api_secret=API_SECRET)
    assert message == (
        "api_key (or $TWILIO_API_KEY) is malformed: expected 'SK' followed by 32 hex "
        f"digits, got a value of {len(value)} characters."
    )


BAD_SECRETS = [
    pytest.param("", id="empty"),
    pytest.param("has space", id="space"),
    pytest.param("token\n", id="newline"),
    pytest.param("tok\r\nX-Evil: 1", id="header-injection"),
    pytest.param("t\u00f6ken", id="non-ascii"),
    pytest.param("tab\there", id="tab"),
]


@pytest.mark.parametrize("value", BAD_SECRETS)
def test_malformed_auth_token(value: str) -> None:
    message = _missing(account_sid=ACCOUNT_SID, auth_token=value)
    assert message == (
        "auth_token (or $TWILIO_AUTH_TOKEN) is malformed: expected printable ASCII without "
        f"spaces, got a value of {len(value)} characters."
    )


@pytest.mark.parametrize("value", BAD_SECRETS)
def test_malformed_api_secret(value: str) -> None:
    message = _missing(api_key=API_KEY, api_secret=value)
    assert message.startswith("api_secret (or $TWILIO_API_SECRET) is malformed")


def test_non_string_auth_token_names_its_type() -> None:
    assert _missing(account_sid=ACCOUNT_SID, auth_token=b"bytes-token").endswith("got a bytes.")


def test_malformed_values_are_never_echoed() -> None:
    secret = "s3cret value pasted wrongly"
    message = _missing(account_sid=ACCOUNT_SID, auth_token=secret)
    assert secret not in message
    assert "s3cret" not in message
    misplaced = "AC-this-is-actually-my-token"
    assert misplaced not in _missing(account_sid=misplaced, auth_token=AUTH_TOKEN)


def test_no_request_is_made_without_credentials() -> None:
    seen: list[httpx.Request] = []
    http = httpx.Client(
        transport=httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(200))
    )
    with pytest.raises(twilio_proxy.MissingCredentialsError):
        twilio_proxy.Client(http_client=http)
    assert seen == []


# --- never shown ---------------------------------------------------------------------


def test_secret_is_not_in_reprs() -> None:
    http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(500)))
    client = twilio_proxy.Client(ACCOUNT_SID, AUTH_TOKEN, http_client=http)
    assert AUTH_TOKEN not in repr(client)
    assert AUTH_TOKEN not in repr(client._credentials)
    assert repr(client._credentials) == f"Credentials(username={ACCOUNT_SID!r}, secret=<hidden>)"
    assert repr(client) == (
        f"Client(base_url='https://proxy.twilio.com', username={ACCOUNT_SID!r}, max_retries=2)"
    )
