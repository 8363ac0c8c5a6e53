"""resolve_credentials: explicit arguments before the environment, a complete pair before half."""

from __future__ import annotations

import base64
from typing import Any

import httpx2
import pytest

from _support import ACCOUNT_SID, AUTH_TOKEN, ENCODED_AUTH
from twilio_proxy import ConfigurationError, MissingCredentialsError
from twilio_proxy._credentials import Credentials, resolve_credentials

API_KEY = "SK" + "0123456789ABCDEF" * 2
API_SECRET = "api-5ecret-VALUE-do-not-leak"
ENV_SID = "AC" + "1" * 32
ENV_TOKEN = "env-token-do-not-leak"
ENV_KEY = "SK" + "2" * 32
ENV_SECRET = "env-5ecret-do-not-leak"

SID, TOKEN, KEY, SECRET = ACCOUNT_SID, AUTH_TOKEN, API_KEY, API_SECRET
# The environment as letters: A T K S set TWILIO_ACCOUNT_SID, _AUTH_TOKEN, _API_KEY, _API_SECRET.
ENVIRONMENT = {
    "A": ("TWILIO_ACCOUNT_SID", ENV_SID),
    "T": ("TWILIO_AUTH_TOKEN", ENV_TOKEN),
    "K": ("TWILIO_API_KEY", ENV_KEY),
    "S": ("TWILIO_API_SECRET", ENV_SECRET),
}


def env(letters: str) -> dict[str, str]:
    return dict(ENVIRONMENT[letter] for letter in letters)


def case(kwargs: dict[str, Any], letters: str, expected: Any) -> Any:
    return pytest.param(kwargs, letters, expected, id=f"{'+'.join(kwargs) or '-'} env={letters}")


def resolve(environ: dict[str, str] | None = None, **kwargs: Any) -> Credentials:
    args = {"account_sid": None, "auth_token": None, "api_key": None, "api_secret": None}
    return resolve_credentials(**{**args, **kwargs}, environ={} if environ is None else environ)


def used(credentials: Credentials) -> tuple[str, str, str | None]:
    """(username, secret, account_sid) of what was picked."""
    return credentials.username, credentials.secrets[0], credentials.account_sid


# (arguments, environment, (username, secret, account_sid)): the rule in resolve_credentials.
PICKED = [
    case({"account_sid": SID, "auth_token": TOKEN}, "", (SID, TOKEN, SID)),
    case({"account_sid": SID, "auth_token": TOKEN}, "ATKS", (SID, TOKEN, SID)),
    case({"auth_token": TOKEN}, "AT", (ENV_SID, TOKEN, ENV_SID)),
    case({"account_sid": SID}, "AT", (SID, ENV_TOKEN, SID)),
    case({"api_key": KEY, "api_secret": SECRET}, "AT", (KEY, SECRET, ENV_SID)),
    case({"api_key": KEY, "api_secret": SECRET, "account_sid": SID}, "", (KEY, SECRET, SID)),
    case({"api_key": KEY}, "S", (KEY, ENV_SECRET, None)),
    case({"api_secret": SECRET}, "KAT", (ENV_KEY, SECRET, ENV_SID)),
    case({}, "KS", (ENV_KEY, ENV_SECRET, None)),
    case({}, "AT", (ENV_SID, ENV_TOKEN, ENV_SID)),
    case({}, "ATKS", (ENV_KEY, ENV_SECRET, ENV_SID)),  # both pairs complete: the API key
    # A complete token pair beats half an API key pair (a stray TWILIO_API_KEY used to raise).
    case({}, "ATK", (ENV_SID, ENV_TOKEN, ENV_SID)),
    case({}, "ATS", (ENV_SID, ENV_TOKEN, ENV_SID)),
    case({"account_sid": SID}, "TKS", (ENV_KEY, ENV_SECRET, SID)),
    case({"account_sid": SID}, "TK", (SID, ENV_TOKEN, SID)),
    case({"account_sid": SID.upper(), "auth_token": "!~"}, "", (SID.upper(), "!~", SID.upper())),
]


@pytest.mark.parametrize(("kwargs", "letters", "expected"), PICKED)
def test_which_credentials_are_used(
    kwargs: dict[str, str], letters: str, expected: tuple[str, str, str | None]
) -> None:
    assert used(resolve(env(letters), **kwargs)) == expected


def test_process_environment_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_API_KEY", ENV_KEY)
    monkeypatch.setenv("TWILIO_API_SECRET", ENV_SECRET)
    args = {"account_sid": None, "auth_token": None, "api_key": None, "api_secret": None}
    assert used(resolve_credentials(**args)) == (ENV_KEY, ENV_SECRET, None)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"auth_token": TOKEN, "api_key": KEY},
        {"auth_token": TOKEN, "api_secret": SECRET},
        {"account_sid": SID, "auth_token": TOKEN, "api_key": KEY, "api_secret": SECRET},
    ],
)
def test_auth_token_with_an_api_key_is_a_contradiction(kwargs: dict[str, str]) -> None:
    with pytest.raises(ConfigurationError) as info:
        resolve(**kwargs)
    assert str(info.value) == (
        "pass either auth_token (with an account SID) or api_key + api_secret, not both"
    )


HOW = (
    "Use either TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN, or "
    "TWILIO_API_KEY + TWILIO_API_SECRET (an API key, SK…)."
)


@pytest.mark.parametrize(
    ("kwargs", "letters", "missing"),
    [
        case({}, "", ["account_sid", "auth_token"]),
        case({"account_sid": SID}, "", ["auth_token"]),
        case({}, "T", ["account_sid"]),
        case({"auth_token": TOKEN}, "KS", ["account_sid"]),  # explicit token: no API key
        case({"api_key": KEY}, "AT", ["api_secret"]),  # explicit key: no token
        case({"api_secret": SECRET}, "", ["api_key"]),
        case({}, "S", ["api_key"]),
        # Two half pairs: the error is about the one that has no token.
        case({}, "AK", ["api_secret"]),
        case({}, "TK", ["account_sid"]),
    ],
)
def test_missing_credentials_are_named(
    kwargs: dict[str, str], letters: str, missing: list[str]
) -> None:
    environ = env(letters)
    with pytest.raises(MissingCredentialsError) as info:
        resolve(environ, **kwargs)
    variables = tuple(f"TWILIO_{name.upper()}" for name in missing)
    assert info.value.variables == variables
    wanted = " and ".join(f"{n}= (or ${v})" for n, v in zip(missing, variables, strict=True))
    assert str(info.value) == f"Twilio credentials are missing: pass {wanted}. {HOW}"
    for value in (*kwargs.values(), *environ.values()):
        assert value not in str(info.value)


def test_empty_variables_count_as_unset() -> None:
    environ = {"TWILIO_ACCOUNT_SID": "", "TWILIO_AUTH_TOKEN": "", "TWILIO_API_KEY": ""}
    with pytest.raises(MissingCredentialsError) as info:
        resolve(environ)
    assert info.value.variables == ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN")


BAD_SIDS = [
    "AC" + "f" * 31,
    "AC" + "f" * 33,
    "ac" + "f" * 32,
    "AC" + "g" * 32,
    API_KEY,
    "AC" + "f" * 32 + "\n",
    "AC" + "\uff11" * 32,
    "AC-actually-my-token-do-not-leak",
]
BAD_SECRETS = ["", "s3cr3t value", "s3cr3t\n", "s3cr3t\r\nX-Evil: 1", "s3cr\u00f6t", "\ts3cr3t"]
MALFORMED = [
    *[({"account_sid": v, "auth_token": TOKEN}, "account_sid", v) for v in BAD_SIDS],
    *[
        ({"account_sid": v, "api_key": KEY, "api_secret": SECRET}, "account_sid", v)
        for v in BAD_SIDS[:2]
    ],
    *[({"api_key": v, "api_secret": SECRET}, "api_key", v) for v in [SID, "sk" + "f" * 32]],
    *[({"account_sid": SID, "auth_token": v}, "auth_token", v) for v in BAD_SECRETS],
    *[({"api_key": KEY, "api_secret": v}, "api_secret", v) for v in BAD_SECRETS],
]


@pytest.mark.parametrize(("kwargs", "name", "value"), MALFORMED)
def test_malformed_value_is_refused_without_echo(
    kwargs: dict[str, str], name: str, value: str
) -> None:
    variable = f"TWILIO_{name.upper()}"
    as_variables = {f"TWILIO_{key.upper()}": v for key, v in kwargs.items()}
    for args, environ in ((kwargs, {}), ({}, as_variables)):
        if not value and not args:
            continue  # an empty variable is unset, not malformed
        with pytest.raises(MissingCredentialsError) as info:
            resolve(environ, **args)
        message = str(info.value)
        assert message.startswith(f"{name} (or ${variable}) is malformed: expected ")
        assert message.endswith(f", got a value of {len(value)} characters.")
        assert info.value.variables == (variable,)
        if len(value) > 3:
            assert value not in message
            assert value.strip() not in message


@pytest.mark.parametrize(
    ("kwargs", "kind"),
    [
        ({"account_sid": 12345, "auth_token": AUTH_TOKEN}, "int"),
        ({"account_sid": ACCOUNT_SID, "auth_token": b"bytes-token"}, "bytes"),
        ({"api_key": API_KEY, "api_secret": ["s"]}, "list"),
    ],
)
def test_non_str_value_is_named_by_type(kwargs: dict[str, Any], kind: str) -> None:
    with pytest.raises(MissingCredentialsError, match=f"got a {kind}\\.$"):
        resolve(**kwargs)


def test_credentials_hold_the_secret_only_where_it_is_needed() -> None:
    credentials = resolve(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN)
    assert repr(credentials) == f"Credentials(username={ACCOUNT_SID!r}, secret=<hidden>)"
    # What scrubbing needs: the secret and the base64 form a server could echo back.
    assert credentials.secrets == (AUTH_TOKEN, ENCODED_AUTH)
    assert base64.b64decode(ENCODED_AUTH).decode() == f"{ACCOUNT_SID}:{AUTH_TOKEN}"
    assert credentials.authorization == f"Basic {ENCODED_AUTH}"
    # The header httpx2's own basic auth would send.
    basic = httpx2.BasicAuth(ACCOUNT_SID, AUTH_TOKEN)
    request = next(basic.auth_flow(httpx2.Request("GET", "https://x.example")))
    assert request.headers["Authorization"] == credentials.authorization
    assert not hasattr(credentials, "__dict__")
