"""Receive Twilio Proxy's callbacks: check their signature, read them typed, answer them.

    from twilio_proxy.webhooks import InteractionCallback, validate_signature

    if not validate_signature(url, form, signature, auth_token=token):
        ...  # answer 403 and log nothing of the form
    event = InteractionCallback.from_form(form)

The callback classes and their enums are emitted from the spec's
``webhooks:`` section (``twilio_proxy_spec.webhooks``) and used as they are.
README, "Receive Proxy's callbacks", shows a Flask view and a Starlette one.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import urllib.parse
from collections.abc import Mapping

from twilio_proxy_spec.webhooks import (
    InteractionCallback,
    InteractionResourceStatus,
    InteractionType,
    InterceptCallback,
    OutOfSessionCallback,
    SessionMode,
    SessionStatus,
    form_values,
)

from ._exceptions import InvalidArgumentError, InvalidCallbackError

__all__ = [
    "InteractionCallback",
    "InteractionResourceStatus",
    "InteractionType",
    "InterceptCallback",
    "InvalidCallbackError",
    "OutOfSessionCallback",
    "SessionMode",
    "SessionStatus",
    "out_of_session_answer",
    "validate_signature",
]

_DEFAULT_PORTS = {"https": 443, "http": 80}
# Twilio's limit on a Session's unique_name.
_UNIQUE_NAME_MAX = 191


def _urls(url: str) -> list[str]:
    """The URL, and the same URL with or without its scheme's default port.

    Twilio may sign either form. A URL with another port is taken only as it
    is (twilio-python also drops such a port, which accepts a signature made
    for a different URL). Raises ValueError for a malformed port.
    """
    parts = urllib.parse.urlsplit(url)
    port = parts.port
    default = _DEFAULT_PORTS.get(parts.scheme.lower())
    if default is None or (port is not None and port != default):
        return [url]
    # With a port, the last ":" of netloc is its separator (an IPv6 host is in brackets).
    netloc = f"{parts.netloc}:{default}" if port is None else parts.netloc.rpartition(":")[0]
    return [url, urllib.parse.urlunsplit(parts._replace(netloc=netloc))]


def _sign(auth_token: str, text: str) -> bytes:
    # surrogatepass: text no client could send still gets a (non-matching) digest.
    digest = hmac.new(
        auth_token.encode("utf-8"), text.encode("utf-8", "surrogatepass"), hashlib.sha1
    ).digest()
    return base64.b64encode(digest)


def validate_signature(
    url: str,
    params: Mapping[str, object] | str | bytes,
    signature: str | None,
    *,
    auth_token: str,
) -> bool:
    """Whether ``signature`` (the ``X-Twilio-Signature`` header) is Twilio's for this request.

    ``url`` is the full URL Twilio requested, query included, as Twilio saw it
    (scheme and host before any proxy rewrote them). ``params`` is the posted
    form: a mapping whose values are strings or lists of strings (repeated
    fields), or a framework's multi-value form (Werkzeug's ``request.form``,
    Starlette's ``await request.form()``). For a JSON body, pass the raw body
    (``str`` or ``bytes``): its SHA-256 (hex) must equal the URL's
    ``bodySHA256`` query value, and the signature covers the URL alone.

    Twilio's algorithm: the URL, then each parameter name in sorted order
    followed by each of its values (sorted, duplicates dropped), HMAC-SHA1
    with the auth token, base64. The URL is accepted with or without its
    scheme's default port. Signatures are compared in constant time.

    A missing, empty or malformed signature, a URL that cannot be parsed, or
    a form with a value that is not text, gives False, never an exception.
    Raises InvalidArgumentError only when ``auth_token`` is not a non-empty
    string (a configuration error).
    """
    if not isinstance(auth_token, str) or not auth_token:
        raise InvalidArgumentError(
            "auth_token must be the account's auth token (a non-empty string)",
            argument="auth_token",
        )
    if not isinstance(signature, str) or not signature or not signature.isascii():
        return False
    if not isinstance(url, str):
        return False
    try:
        urls = _urls(url)
    except ValueError:
        return False
    if isinstance(params, str | bytes):
        body = params.encode("utf-8", "surrogatepass") if isinstance(params, str) else params
        hashes = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query).get("bodySHA256")
        if not hashes or not hashes[0].isascii():
            return False
        digest = hashlib.sha256(body).hexdigest().encode("ascii")
        if not hmac.compare_digest(digest, hashes[0].encode("ascii")):
            return False
        payload = ""
    elif isinstance(params, Mapping):
        try:
            values = form_values(params)
        except InvalidCallbackError:
            return False
        payload = "".join(
            name + value for name in sorted(values) for value in sorted(set(values[name]))
        )
    else:
        return False
    given = signature.encode("ascii")
    # Both forms are always computed: which one matched is no one's business.
    matches = [
        hmac.compare_digest(_sign(auth_token, candidate + payload), given) for candidate in urls
    ]
    return any(matches)


def out_of_session_answer(
    participant_identifier: str,
    *,
    unique_name: str | None = None,
    mode: SessionMode | str | None = None,
    ttl: int | None = None,
    date_expiry: dt.datetime | None = None,
    participant_proxy_identifier: str | None = None,
) -> str:
    """The JSON answer to an out-of-session callback that makes Proxy create a Session.

    Send it with status 200 and ``Content-Type: application/json``. Proxy then
    creates a Session between the caller or sender and ``participant_identifier``
    (the other participant's real phone number, e.g. your agent's) and goes on
    as if the Session had been open. ``unique_name`` (no personal data, at most
    191 characters), ``mode`` (a ``SessionMode``), ``ttl`` (seconds, 0 or more),
    ``date_expiry`` (a timezone-aware datetime, sent in UTC to the second) and
    ``participant_proxy_identifier`` (the proxy number to give that participant)
    are left out when None.

    Raises InvalidArgumentError, naming the argument and never quoting its
    value, when one is not what Twilio accepts.
    """
    answer: dict[str, object] = {}
    if unique_name is not None:
        if not isinstance(unique_name, str) or not 0 < len(unique_name) <= _UNIQUE_NAME_MAX:
            raise InvalidArgumentError(
                f"unique_name must be a string of 1 to {_UNIQUE_NAME_MAX} characters",
                argument="unique_name",
            )
        answer["uniqueName"] = unique_name
    if mode is not None:
        try:
            answer["mode"] = SessionMode(mode).value
        except ValueError:
            allowed = ", ".join(member.value for member in SessionMode)
            raise InvalidArgumentError(f"mode must be one of {allowed}", argument="mode") from None
    if ttl is not None:
        # bool is an int to Python, not to Twilio.
        if not isinstance(ttl, int) or isinstance(ttl, bool) or ttl < 0:
            raise InvalidArgumentError(
                "ttl must be a whole number of seconds, 0 or more", argument="ttl"
            )
        answer["ttl"] = ttl
    if date_expiry is not None:
        if not isinstance(date_expiry, dt.datetime) or date_expiry.utcoffset() is None:
            raise InvalidArgumentError(
                "date_expiry must be a timezone-aware datetime", argument="date_expiry"
            )
        answer["dateExpiry"] = date_expiry.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    answer["participantIdentifier"] = _text("participant_identifier", participant_identifier)
    if participant_proxy_identifier is not None:
        answer["participantProxyIdentifier"] = _text(
            "participant_proxy_identifier", participant_proxy_identifier
        )
    return json.dumps(answer)


def _text(argument: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(f"{argument} must be a non-empty string", argument=argument)
    return value
