"""Twilio's webhook signature: made (``compute_signature``) and checked (``validate_signature``).

The signed text is the full URL Twilio requested, then each form field name
in sorted order followed by each of its values (sorted, duplicates dropped);
its HMAC with the account's auth token, base64, is the ``X-Twilio-Signature``
header. A webhook rule with a SharedKey signs with that key instead, and says
so in ``X-Twilio-Webhooks-Signature-Settings: key=…,algorithm=HMAC_SHA256``.
Both functions give what twilio-python 9.13's ``RequestValidator`` gives.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import urllib.parse
from collections.abc import Callable, Mapping
from typing import Any

from ._exceptions import InvalidArgumentError, InvalidCallbackError
from ._forms import form_values

HMAC_SHA1 = "HMAC_SHA1"
HMAC_SHA256 = "HMAC_SHA256"
_HASHES: dict[str, Callable[..., Any]] = {HMAC_SHA1: hashlib.sha1, HMAC_SHA256: hashlib.sha256}
_DEFAULT_PORTS = {"https": 443, "http": 80}


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


def _signed_text(values: Mapping[str, list[str]]) -> str:
    return "".join(name + value for name in sorted(values) for value in sorted(set(values[name])))


def _sign(secret: str, text: str, digest: Callable[..., Any]) -> bytes:
    # surrogatepass: text no client could send still gets a (non-matching) digest.
    mac = hmac.new(secret.encode("utf-8"), text.encode("utf-8", "surrogatepass"), digest)
    return base64.b64encode(mac.digest())


def _check_secret(auth_token: object) -> str:
    if not isinstance(auth_token, str) or not auth_token:
        raise InvalidArgumentError(
            "auth_token must be the account's auth token, or the webhook rule's SharedKey "
            "secret (a non-empty string)",
            argument="auth_token",
        )
    return auth_token


def algorithm_of(signature_settings: str | None) -> str:
    """The algorithm ``X-Twilio-Webhooks-Signature-Settings`` names; HMAC_SHA1 without one.

    ``key=webhooks_sharedkey_…,algorithm=HMAC_SHA256`` gives ``HMAC_SHA256``; a
    missing or empty header, or one without ``algorithm=``, the auth token's
    HMAC_SHA1. Names are upper-cased; one this module does not know is
    returned as it is (and no signature matches it).
    """
    for part in (signature_settings or "").split(","):
        name, separator, value = part.partition("=")
        if separator and name.strip() == "algorithm" and value.strip():
            return value.strip().upper()
    return HMAC_SHA1


def compute_signature(
    url: str, params: Mapping[str, object], *, auth_token: str, algorithm: str = HMAC_SHA1
) -> str:
    """The ``X-Twilio-Signature`` Twilio sends with a form posted to *url*.

    ``params`` is the form: a mapping of names to strings or lists of strings,
    or a framework's multi-value form. ``algorithm`` is HMAC_SHA1 (the auth
    token's) or HMAC_SHA256 (a SharedKey's). What twilio-python's
    ``RequestValidator(auth_token).compute_signature(url, params)`` gives; for
    tests of an app's callbacks, and the embedded Proxy. Raises
    InvalidArgumentError for an empty secret or an algorithm it does not know,
    InvalidCallbackError for a value that is not text.
    """
    secret = _check_secret(auth_token)
    digest = _HASHES.get(algorithm.upper())
    if digest is None:
        raise InvalidArgumentError(
            f"algorithm must be {HMAC_SHA1} or {HMAC_SHA256}", argument="algorithm"
        )
    return _sign(secret, url + _signed_text(form_values(params)), digest).decode("ascii")


def validate_signature(
    url: str,
    params: Mapping[str, object] | str | bytes,
    signature: str | None,
    *,
    auth_token: str,
    signature_settings: str | None = None,
) -> bool:
    """Whether ``signature`` (the ``X-Twilio-Signature`` header) is Twilio's for this request.

    ``url`` is the full URL Twilio requested, query included, as Twilio saw it:
    the URL configured on the Service (from your settings), not one rebuilt from
    the request (frameworks decode ``%2F`` and non-ASCII characters in
    ``request.url``; a proxy rewrites the scheme or host). ``params`` is the
    posted form: a mapping whose values are strings or lists of strings, or a
    framework's multi-value form (Werkzeug's ``request.form``, Starlette's
    ``await request.form()``). For a JSON body, pass the raw body (``str`` or
    ``bytes``): its SHA-256 (hex) must equal the URL's ``bodySHA256`` query
    value, and the signature covers the URL alone.

    ``signature_settings`` is the ``X-Twilio-Webhooks-Signature-Settings``
    header, when Twilio sent one: with ``algorithm=HMAC_SHA256`` the request is
    signed with a webhook rule's SharedKey (pass its secret as ``auth_token``)
    and checked with SHA-256; without the header, the auth token and SHA-1; an
    algorithm this version does not know gives False.

    The URL is accepted with or without its scheme's default port (Twilio signs
    either). Signatures are compared in constant time. A missing, empty or
    malformed signature, a URL that cannot be parsed, or a form with a value
    that is not text, gives False, never an exception. Raises
    InvalidArgumentError only when ``auth_token`` is not a non-empty string (a
    configuration error).
    """
    secret = _check_secret(auth_token)
    digest = _HASHES.get(algorithm_of(signature_settings))
    if digest is None:
        return False
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
        body_hash = hashlib.sha256(body).hexdigest().encode("ascii")
        if not hmac.compare_digest(body_hash, hashes[0].encode("ascii")):
            return False
        signed = ""
    elif isinstance(params, Mapping):
        try:
            signed = _signed_text(form_values(params))
        except InvalidCallbackError:
            return False
    else:
        return False
    given = signature.encode("ascii")
    # Both forms are always computed: which one matched is no one's business.
    matches = [
        hmac.compare_digest(_sign(secret, candidate + signed, digest), given) for candidate in urls
    ]
    return any(matches)
