"""Receive Twilio Proxy's callbacks: check their signature, read them typed, answer them.

    from twilio_proxy.webhooks import InteractionCallback, validate_signature

    if not validate_signature(url, form, signature, auth_token=token):
        ...  # answer 403 and log nothing of the form
    event = InteractionCallback.from_form(form)

The callback classes are rendered from the spec's ``webhooks:`` section
(``twilio_proxy_api.webhooks``) and used as they are; the signature is
Twilio's (``compute_signature`` makes one, for an app's own tests).
README, "Receive Proxy's callbacks", shows a Flask view and a Starlette one.
"""

from __future__ import annotations

import datetime as dt
import json

from twilio_proxy_api.enums import (
    InteractionResourceStatus,
    InteractionType,
    SessionMode,
    SessionStatus,
)
from twilio_proxy_api.webhooks import InteractionCallback, InterceptCallback, OutOfSessionCallback

from ._exceptions import InvalidArgumentError, InvalidCallbackError
from ._signature import HMAC_SHA1, HMAC_SHA256, compute_signature, validate_signature

__all__ = [
    "HMAC_SHA1",
    "HMAC_SHA256",
    "InteractionCallback",
    "InteractionResourceStatus",
    "InteractionType",
    "InterceptCallback",
    "InvalidCallbackError",
    "OutOfSessionCallback",
    "SessionMode",
    "SessionStatus",
    "compute_signature",
    "out_of_session_answer",
    "validate_signature",
]

# Twilio's limit on a Session's unique_name.
_UNIQUE_NAME_MAX = 191


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
