"""Which credentials a client uses: explicit arguments first, then the environment."""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Mapping

from ._exceptions import ConfigurationError, MissingCredentialsError

_ACCOUNT_SID = re.compile("AC[0-9a-fA-F]{32}")
_API_KEY = re.compile("SK[0-9a-fA-F]{32}")
# Printable ASCII without space: anything else in a secret is a copy-paste
# mistake (a trailing newline, a quote) or an attempt to break the header.
_SECRET = re.compile("[!-~]+")


class Credentials:
    """The username/secret pair sent as HTTP basic auth, never shown in a repr."""

    __slots__ = ("account_sid", "authorization", "secrets", "username")

    account_sid: str | None
    username: str
    authorization: str
    secrets: tuple[str, ...]

    def __init__(self, *, username: str, secret: str, account_sid: str | None) -> None:
        self.username = username
        self.account_sid = account_sid
        # Strings to scrub from any server-supplied text before it reaches an
        # exception: the secret, and the base64 form a server could echo back.
        encoded = base64.b64encode(f"{username}:{secret}".encode()).decode("ascii")
        self.authorization = f"Basic {encoded}"  # the header value, sent on every path
        self.secrets = (secret, encoded)

    def __repr__(self) -> str:
        return f"Credentials(username={self.username!r}, secret=<hidden>)"


def resolve_credentials(
    *,
    account_sid: str | None,
    auth_token: str | None,
    api_key: str | None,
    api_secret: str | None,
    environ: Mapping[str, str] | None = None,
) -> Credentials:
    """Pick and check the credentials, or raise MissingCredentialsError.

    One rule: explicit arguments before the environment, and a complete pair
    before an incomplete one.

    1. ``auth_token`` together with ``api_key``/``api_secret`` is a contradiction:
       ConfigurationError.
    2. ``api_key``/``api_secret`` passed: an API key (the other half may come
       from ``TWILIO_API_KEY``/``TWILIO_API_SECRET``).
    3. ``auth_token`` passed: the account SID (argument, else
       ``TWILIO_ACCOUNT_SID``) and that token.
    4. Nothing secret passed: a complete API key pair in the environment, else a
       complete account SID + token pair (``account_sid=`` or
       ``TWILIO_ACCOUNT_SID`` with ``TWILIO_AUTH_TOKEN``), else the error names
       what is missing from the pair that is nearer complete.

    Error messages name the arguments and variables to set and never repeat a value.
    """
    env = os.environ if environ is None else environ

    def pick(value: str | None, variable: str) -> str | None:
        return value if value is not None else (env.get(variable) or None)

    if auth_token is not None and (api_key is not None or api_secret is not None):
        raise ConfigurationError(
            "pass either auth_token (with an account SID) or api_key + api_secret, not both"
        )
    sid = pick(account_sid, "TWILIO_ACCOUNT_SID")
    key = pick(api_key, "TWILIO_API_KEY")
    secret = pick(api_secret, "TWILIO_API_SECRET")
    token = pick(auth_token, "TWILIO_AUTH_TOKEN")
    if api_key is not None or api_secret is not None:
        use_key = True
    elif auth_token is not None:
        use_key = False
    elif key is not None and secret is not None:
        use_key = True
    elif sid is not None and token is not None:
        use_key = False
    else:
        # Neither pair is complete: report on the one that was started.
        use_key = (key is not None or secret is not None) and token is None

    if use_key:
        missing = [name for name, value in (("api_key", key), ("api_secret", secret)) if not value]
        if key is None or secret is None:
            raise _missing(missing)
        _check("api_key", "TWILIO_API_KEY", key, _API_KEY, "'SK' followed by 32 hex digits")
        _check_secret("api_secret", "TWILIO_API_SECRET", secret)
        if sid is not None:
            _check(
                "account_sid",
                "TWILIO_ACCOUNT_SID",
                sid,
                _ACCOUNT_SID,
                "'AC' followed by 32 hex digits",
            )
        return Credentials(username=key, secret=secret, account_sid=sid)

    missing = [name for name, value in (("account_sid", sid), ("auth_token", token)) if not value]
    if sid is None or token is None:
        raise _missing(missing)
    _check("account_sid", "TWILIO_ACCOUNT_SID", sid, _ACCOUNT_SID, "'AC' followed by 32 hex digits")
    _check_secret("auth_token", "TWILIO_AUTH_TOKEN", token)
    return Credentials(username=sid, secret=token, account_sid=sid)


_VARIABLES = {
    "account_sid": "TWILIO_ACCOUNT_SID",
    "auth_token": "TWILIO_AUTH_TOKEN",
    "api_key": "TWILIO_API_KEY",
    "api_secret": "TWILIO_API_SECRET",
}


def _missing(missing: list[str]) -> MissingCredentialsError:
    wanted = " and ".join(f"{name}= (or ${_VARIABLES[name]})" for name in missing)
    return MissingCredentialsError(
        f"Twilio credentials are missing: pass {wanted}. "
        "Use either TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN, or "
        "TWILIO_API_KEY + TWILIO_API_SECRET (an API key, SK…).",
        variables=tuple(_VARIABLES[name] for name in missing),
    )


def _check(name: str, variable: str, value: str, shape: re.Pattern[str], expected: str) -> None:
    if not (type(value) is str and shape.fullmatch(value)):
        # Never echo the value: a secret pasted into the wrong slot would leak.
        raise MissingCredentialsError(
            f"{name} (or ${variable}) is malformed: expected {expected}, got {_shape_of(value)}.",
            variables=(variable,),
        )


def _check_secret(name: str, variable: str, value: str) -> None:
    if not (type(value) is str and _SECRET.fullmatch(value)):
        raise MissingCredentialsError(
            f"{name} (or ${variable}) is malformed: expected printable ASCII without "
            f"spaces, got {_shape_of(value)}.",
            variables=(variable,),
        )


def _shape_of(value: object) -> str:
    if not isinstance(value, str):
        return f"a {type(value).__name__}"
    return f"a value of {len(value)} characters"
