"""Turning a non-2xx answer into the right APIStatusError, and reading Retry-After."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any, TypeVar

from ._exceptions import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)
from ._headers import Headers

# Longest Retry-After honoured: a server asking for more is not waited for
# (the error is raised, with retry_after set, for the app to schedule).
MAX_RETRY_AFTER = 60.0
EXCERPT_CHARS = 200
MAX_DETAILS_DEPTH = 32

_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}
_UNICODE_ESCAPE = re.compile(r"\\u[0-9a-f]{4}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def status_error(
    *,
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    method: str,
    url: str,
    secrets: tuple[str, ...],
) -> APIStatusError:
    """The exception for a non-2xx answer: the class by status, the fields from Twilio's body.

    A body that is not Twilio's JSON error still gives the right class, with a
    short excerpt as the message. All server text is cleaned of control
    characters and of *secrets*, so a server echoing the request cannot leak them.
    """
    cls = _BY_STATUS.get(status_code) or (
        ServerError if 500 <= status_code <= 599 else APIStatusError
    )
    request_id = headers.get("twilio-request-id")
    fields = _twilio_fields(body)
    if fields is not None:
        fields["message"] = _clean(fields["message"], secrets)
        for name in ("detail", "more_info"):
            if name in fields:
                fields[name] = _clean(fields[name], secrets)
        if "details" in fields:
            try:
                fields["details"] = _redact_all(fields["details"], secrets)
            except ValueError:  # nested too deeply to scrub (or to copy): dropped
                del fields["details"]
    else:
        fields = {"message": _excerpt(body, headers, secrets)}
    if cls is RateLimitError:
        fields["retry_after"] = parse_retry_after(headers.get("retry-after"))
    if 300 <= status_code <= 399 and "location" in headers:
        fields["message"] += f" (redirect to {_clean(headers['location'], secrets)} not followed)"
    return cls(
        status_code=status_code,
        method=method,
        url=url,
        request_id=_clean(request_id, secrets) if request_id else None,
        headers=redact_headers(headers, secrets),
        **fields,
    )


def _twilio_fields(body: bytes) -> dict[str, Any] | None:
    """code, message, detail, more_info and details from Twilio's JSON error body, else None.

    Every Twilio API answers an error with ``{"code": int, "message": str,
    "more_info": str, "status": int}`` (``detail`` and ``details`` on some);
    only that shape is trusted, field by field.
    """
    import json  # usually loaded already; an error response is rare

    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if type(payload) is not dict:
        return None
    code, message, status = payload.get("code"), payload.get("message"), payload.get("status")
    if type(code) is not int or type(message) is not str or type(status) is not int:
        return None
    fields: dict[str, Any] = {"code": code, "message": message}
    detail, more_info, details = (payload.get(k) for k in ("detail", "more_info", "details"))
    if type(detail) is str and detail:
        fields["detail"] = detail
    if type(more_info) is str:
        fields["more_info"] = more_info
    if type(details) is dict:
        fields["details"] = details
    return fields


def _excerpt(body: bytes, headers: Mapping[str, str], secrets: tuple[str, ...]) -> str:
    if not body.strip():
        return "empty body"
    # The whole body is scrubbed before it is cut: a cut first would leave the
    # start of an echoed message that reaches past it.
    text = _clean(body.decode("utf-8", "replace"), secrets)
    if len(text) > EXCERPT_CHARS:
        text = text[:EXCERPT_CHARS] + "…"
    kind = headers.get("content-type", "unknown type").split(";")[0].strip() or "unknown type"
    return f"non-Twilio body ({_clean(kind, secrets)[:60]}): {text}"


def redact(text: str, secrets: tuple[str, ...]) -> str:
    """*text* with every secret replaced by ``[redacted]``."""
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, "[redacted]")
    return text


def _redact_all(value: Any, secrets: tuple[str, ...], depth: int = 0) -> Any:
    # details is free-form JSON: scrub every string in it, keys included. The
    # depth cap keeps a hostile body from raising RecursionError here (json.loads
    # accepts deeper nesting than this recursion, or deepcopy of the error, can take).
    if depth > MAX_DETAILS_DEPTH:
        raise ValueError("details are nested too deeply")
    if isinstance(value, str):
        return redact(value, secrets)
    if isinstance(value, dict):
        return {
            redact(str(k), secrets): _redact_all(v, secrets, depth + 1) for k, v in value.items()
        }
    if isinstance(value, list):
        return [_redact_all(item, secrets, depth + 1) for item in value]
    return value


H = TypeVar("H", bound=Mapping[str, str])


def redact_headers(headers: H, secrets: tuple[str, ...]) -> H | Headers:
    """*headers* as given, or a Headers copy with every secret replaced when a value holds one."""
    if isinstance(headers, Headers):
        # The usual case, on every answer: a scan of the raw values, nothing built.
        clean = not headers.mentions(_latin1(secrets))
    else:
        clean = not any(secret in value for value in headers.values() for secret in secrets)
    if clean:
        return headers
    return Headers.of((name, redact(value, secrets)) for name, value in headers.items())


def _latin1(secrets: tuple[str, ...]) -> tuple[bytes, ...]:
    """The raw header bytes each secret would be: header bytes are read as Latin-1."""
    needles = []
    for secret in secrets:
        try:
            needles.append(secret.encode("latin-1"))
        except UnicodeEncodeError:
            # No header value can hold it as such; its UTF-8 bytes, read as
            # Latin-1, are another of the forms private_forms gives.
            continue
    return tuple(needles)


def private_forms(text: str) -> tuple[str, ...]:
    r"""Every form in which an answer could quote *text* (a message a create sends), longest first.

    As sent, and form-encoded (a space as ``+`` or ``%20``). JSON-escaped, as a
    gateway's JSON body quotes it: by encoders that escape all non-ASCII
    (``\u`` with lower- or upper-case hex) or none, ``/`` as ``\/`` or not.
    HTML-escaped, as an error page quotes it. Its UTF-8 bytes read as Latin-1: a
    header echoing it arrives so. Its UTF-8 bytes as Python shows bytes, once or
    twice escaped: the transports' parse errors quote a malformed answer so (h11
    as ``bytearray(b'...')``, aiohttp inside a repr).
    """
    raw = text.encode("utf-8")
    import html
    import urllib.parse

    quoted = urllib.parse.quote(text, safe="")
    escaped = repr(raw)[2:-1]
    import json

    ascii_json = json.dumps(text)[1:-1]
    json_forms = (
        ascii_json,
        _UNICODE_ESCAPE.sub(lambda match: "\\u" + match[0][2:].upper(), ascii_json),
        json.dumps(text, ensure_ascii=False)[1:-1],
    )
    forms = (
        text,
        quoted,
        quoted.replace("%20", "+"),  # quote_plus(text), without quoting it again
        *json_forms,
        *(form.replace("/", "\\/") for form in json_forms),
        html.escape(text),
        html.escape(text, quote=False),
        raw.decode("latin-1"),
        escaped,
        escaped.replace("\\", "\\\\"),
    )
    # Longest first: a form holding another is replaced whole, not around it.
    return tuple(sorted(dict.fromkeys(forms), key=len, reverse=True))


def _clean(text: str, secrets: tuple[str, ...]) -> str:
    text = redact(text, secrets)
    text = _CONTROL.sub(" ", text).strip()
    return text if len(text) <= 500 else text[:500] + "…"


def parse_retry_after(value: str | None, *, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date), else None.

    Negative, unparsable and non-finite values give None; a past date gives 0.
    """
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            import email.utils  # only for an HTTP date, which Twilio does not send

            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, OverflowError):  # Overflow: absurd years
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        seconds = (when - (now or dt.datetime.now(dt.UTC))).total_seconds()
        return max(seconds, 0.0)
    if not (0 <= seconds < float("inf")):
        return None
    return seconds
